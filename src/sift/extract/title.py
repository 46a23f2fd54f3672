"""Strip the site's name from a page title ("… - La Stampa", "… | Le Monde", "Diario HOY | …").

Titles from ``<title>`` and often from ``og:title`` carry the site's name after a separator; a fact-checker
wants the headline. A segment is stripped only when it names the site: it matches the site name the page
declares or its web address, so "Trump - Biden debate" keeps both halves.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["kicker_and_headline", "page_host", "repeats_title", "strip_site_name"]

_SEPARATOR_RE = re.compile(r"\s+(?:[|•·»:]|::|[-–—])\s+")
_NOT_ALNUM_RE = re.compile(r"\W+")
MIN_NAME_CHARS = 3  # shorter segments ("TV", "DE") could name anything
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")
#: What may follow a headline inside the page title: a spaced separator and a site name ("… - Site", "… | Site").
#: A colon is not one: "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer" is a kicker and its headline.
_SUFFIX_START_RE = re.compile(r"\s+(?:[|•·»]|::|[-–—])(?:\s|$)")


def _key(text: str) -> str:
    """Letters and digits only, case-folded: "SWIM.DE", "swim.de" and "Swim DE" compare equal."""
    return _NOT_ALNUM_RE.sub("", text.casefold())


def page_host(url: str | None) -> str:
    """The host of a URL without "www." (``lastampa.it``), or ``""``."""
    if not url:
        return ""
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    for prefix in _HOST_PREFIXES:
        host = host.removeprefix(prefix)
    return host


def repeats_title(text: str, title: str | None) -> bool:
    """Whether a heading on the page is the article's title, perhaps without a site suffix the metadata adds.

    Equal (ignoring case and spacing), or the title's first half or more followed by a separator: the remainder is a
    site name nobody declared. A prefix followed by a colon or by more words is a kicker, not the headline (taz.de
    prints the kicker "Siemens und die Kohlemine Adani" above "Kaeser verarscht Neubauer").
    """
    if not title or not text.strip():
        return False
    text, title = " ".join(text.split()).casefold(), " ".join(title.split()).casefold()
    if text.replace(" ", "") == title.replace(" ", ""):  # the page and the metadata space inline markup differently
        return True
    if not title.startswith(text) or len(text) < len(title) // 2:
        return False
    return _SUFFIX_START_RE.match(title, len(text)) is not None


def kicker_and_headline(texts: list[str], title: str | None) -> int:
    """How many of the first ``texts`` are the title's "kicker: headline" halves, printed as separate lines.

    ``2`` when the first two are the kicker and the headline ("Siemens und die Kohlemine Adani" /
    "Kaeser verarscht Neubauer" for the title "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer"),
    ``1`` when the first is the headline after the colon (its kicker was printed elsewhere), else ``0``.
    """
    if not title or ": " not in title or not texts:
        return 0
    wanted = " ".join(title.split()).casefold()
    kicker, _, headline = wanted.partition(": ")
    first = " ".join(texts[0].split()).casefold()
    if first == headline:
        return 1
    if first == kicker and len(texts) > 1 and " ".join(texts[1].split()).casefold() == headline:
        return 2
    return 0


def _names_site(segment: str, site: str | None, host: str) -> bool:
    """Whether a title segment is the site's name: the declared name (or the start or end of it, "BLINKER" for
    "Blinker - Europas große Anglerzeitschrift") or the web address with or without its domain ending."""
    key = _key(segment)
    if len(key) < MIN_NAME_CHARS:
        return False
    name = _key(site or "")
    if name and (key == name or name.startswith(key) or name.endswith(key) or key.startswith(name)):
        return True
    if not host:
        return False
    labels = host.split(".")
    return key in (_key(host), _key(labels[0]), _key(".".join(labels[:-1])))


def _after_site_kicker(title: str, site: str | None) -> str:
    """The title without the declared site name used as its kicker: Blogger prints "Blog name: Post title" in
    ``og:title`` ("LinkNaija | Nigeria's popular news platform: BREAKING NEWS: Chelsea …")."""
    if not site or len(_key(site)) < MIN_NAME_CHARS or title[: len(site)].casefold() != site.casefold():
        return title
    rest = title[len(site) :]
    return rest[2:].strip() if rest.startswith(": ") and rest[2:].strip() else title


def _join(parts: list[str], separators: list[str]) -> str:
    """Title segments joined by the separators that stood between them."""
    return "".join(part + separator for part, separator in zip(parts, [*separators, ""], strict=True))


def strip_site_name(title: str | None, site: str | None, url: str | None = None) -> str | None:
    """The title without the site's name before or after it.

    Args:
        title: the page title.
        site: the site name the page declares (``og:site_name``, publisher), if any.
        url: the page's canonical address, if known.

    Returns:
        The headline; the title unchanged when no segment names the site (``None`` stays ``None``).
    """
    if not title:
        return title
    title = _after_site_kicker(title, site)
    host = page_host(url) or (page_host(site) if site and "." in site and " " not in site.strip() else "")
    parts = _SEPARATOR_RE.split(title)
    separators = _SEPARATOR_RE.findall(title)
    if len(parts) < 2:
        return title
    for cut in range(1, len(parts)):  # the longest tail first: "- WSVN 7News | Miami News, Weather, Sports"
        if _names_site(_join(parts[cut:], separators[cut:]), site, host) or (
            cut == len(parts) - 1 and _names_site(parts[-1], site, host)
        ):
            return _join(parts[:cut], separators[: cut - 1])
    if _names_site(parts[0], site, host):
        return _join(parts[1:], separators[1:])
    return title
