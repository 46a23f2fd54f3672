"""Turn what people write for a site ("https://www.RT.com/news/…", "fr.sputniknews.com", "Bild.de") into a host.

Hosts are lower-case, ASCII (IDNA), without scheme, port, path or a leading ``www.``/``m.``/``amp.``; lookups then
walk up the parent domains (``fr.sputniknews.com`` → ``sputniknews.com``). Public suffixes are settled when the
table is built (see ``scripts/build_sources.py``), so no suffix list is loaded at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from urllib.parse import urlsplit

__all__ = ["host_of_url", "is_own_domain", "looks_like_host", "normalise_host", "parent_hosts"]

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
#: A bare host as typed in prose: "rt.com", "Bild.de", "fr.sputniknews.com/…" (no spaces, a dotted TLD).
_HOSTLIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?::\d+)?(?:[/?#]\S*)?$")
#: Prefixes that name a device or a mirror of the same site, not another publisher.
_MIRROR_PREFIXES = ("www.", "www1.", "www2.", "m.", "mobile.", "amp.")


def looks_like_host(text: str) -> bool:
    """Whether ``text`` reads as a URL or a domain rather than an outlet's name ("Lenta.ru" does; "RT" doesn't)."""
    return bool(_HOSTLIKE.match(text.strip()))


def host_of_url(url: str) -> str | None:
    """:func:`normalise_host` of a URL, memoised on its authority part (imports read it once per record)."""
    scheme, separator, rest = url.partition("://")
    if separator and scheme.isalpha():
        return _normalised_authority(rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0])
    return normalise_host(url)


@lru_cache(maxsize=4096)
def _normalised_authority(authority: str) -> str | None:
    return normalise_host(authority)


def normalise_host(text: str) -> str | None:
    """The host of a URL or domain written in any usual way, or ``None`` when it is not one.

    ``None`` for IP addresses, single labels (``localhost``) and malformed input; internationalised names
    come back in their IDNA (``xn--``) form so they compare with the datasets'.
    """
    text = text.strip()
    if not text:
        return None
    if not _SCHEME.match(text):
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels) or labels[-1].isdigit():
        return None
    for prefix in _MIRROR_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    return host


def parent_hosts(host: str) -> Iterator[str]:
    """``host`` and each parent domain with at least two labels: ``a.b.c.com``, ``b.c.com``, ``c.com``."""
    while host.count(".") >= 1:
        yield host
        host = host.split(".", 1)[1]


def is_own_domain(name: str, domains: Sequence[str]) -> bool:
    """Whether a name is just one of the outlet's domains ("Lenta.ru" for lenta.ru): hosts find those, not names."""
    return looks_like_host(name) and normalise_host(name) in domains
