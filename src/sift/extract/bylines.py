"""The author a byline element names when no meta tag, JSON-LD, exact byline element or dated byline does.

Many CMSs print the byline in an element whose class only *holds* "author" or "byline" ("entry-meta-author",
"c-page-intro__author", "content__author", "node__author", "dates_auteurs"), often with its cue ("von Juliane
Ziegengeist", "par Didier Roy, 21 juin 2018", "Von: Götz Warnke") and apart from the date. Such an element names
the page's author when what it holds is a person's name (:func:`~sift.extract.dates.person_name`): a handle, a
group ("von Redaktion"), a site or an organisation names none. Elements of a comment thread or a sidebar (a
comment's "comment-author", a widget's teasers "Von X am DATE") are not read, and elements naming different people
(a list of teasers, each with its author) name none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml.html import HtmlElement

from sift.extract.dates import find_date, person_name
from sift.extract.tree import element_text, in_marked_box
from sift.lexicon.fold import fold

__all__ = ["marked_byline"]

MAX_BYLINE_WORDS = 12  # "Text von Christian Seiler, 12. März 2021 um 10:15 Uhr"; a biography is longer
# the cue opening a byline: "von", "By", "par", "Von:", "Text:", "Autorin:", "geschrieben von", "Posted by"
_CUE_RE = re.compile(
    r"\W*(?:(?:text|beitrag|artikel|interview|geschrieben|verfasst|erstellt|veröffentlicht|eingestellt|written|posted|"
    r"écrit|publié|escrito|publicado)\s+)?"
    r"(?:(?:von|by|par|por)\b\s*:?|(?:text|autor|autorin|author|auteur|auteure)\s*:)\s*",
    re.IGNORECASE,
)
# where a byline's name ends: a date, a time or a separator after it ("par Didier Roy, 21 juin 2018"); a list of
# names ends at the same marks but a comma
_END = r"[|•·(/]|\s[–—-](?:\s|$)|\d"
_NAME_END_RE = re.compile(rf"\s*(?:,|{_END})")
_LIST_END_RE = re.compile(rf"\s*(?:{_END})")
# a cue inside a text that opens with none: "Pressemitteilung von Katja Kipping", "Foto von …" (not a byline's)
_INNER_CUE_RE = re.compile(r"\s(?:von|by|par|por)\s", re.IGNORECASE)
# the "and" between names: "von Lars Fischer und Alina Schadwinkel"
_AND = r"(?:und|and|et|y|e|&)"
_JOINED_RE = re.compile(rf"\s+{_AND}\s+")
# a series of names: "By Anna Smith, Ben Jones and Carla Diaz" (a comma alone may end the name: "Anna Smith, Reuters")
_SERIES_RE = re.compile(rf"[^,]+(?:,\s*[^,]+)+,?\s+{_AND}\s+[^,]+")
_SERIES_SPLIT_RE = re.compile(rf",?\s+{_AND}\s+|,\s*")
# boxes whose bylines are not the page's: a comment thread ("discussion", Disqus, replies), a sidebar, a widget or
# another article's card ("most-popular", "next-article")
_ELSEWHERE_RE = re.compile(
    r"comment|discussion|disqus|repl(?:y|ies)|sidebar|widget|related|teaser|recent|popular|trending|recommend|"
    r"next[-_]?(?:article|post|story)|up[-_]?next|(?<![a-z])(?:aside|secondary)(?![a-z])"
)
_ELSEWHERE_TAGS = frozenset(("aside", "nav", "footer"))
_PAGE_BOXES = frozenset(("html", "body"))


def _elsewhere(element: HtmlElement) -> bool:
    """Whether the element sits in a comment thread, a sidebar, a widget or a teaser box, or is off the page."""
    # detached: dropped from the page since it was found (a dialog, a related box)
    return in_marked_box(element, _elsewhere_box, _PAGE_BOXES, detached=True)


def _elsewhere_box(box: HtmlElement, marks: str) -> bool:
    return box.tag in _ELSEWHERE_TAGS or bool(_ELSEWHERE_RE.search(marks))


def _names(text: str) -> list[str]:
    """The persons' names a byline element's text gives: after its cue, before a date or separator."""
    cue = _CUE_RE.match(text)
    rest = text[cue.end() :] if cue else text
    if date := find_date(rest):  # "CBS News February 3, 2020": the name ends where the date begins
        rest = rest[: date[1].start()]
    listed = rest[: end.start()] if (end := _LIST_END_RE.search(rest)) else rest
    if _SERIES_RE.fullmatch(listed := listed.strip(" ,")):
        names = [person_name(part) for part in _SERIES_SPLIT_RE.split(listed)]
        if all(names) and (cue or not _INNER_CUE_RE.search(listed)):
            return names
    if end := _NAME_END_RE.search(rest):  # a comma stays: it marks a weekday before it ("Tomas Spahn Fr, …")
        rest = rest[: end.end() if "," in end.group() else end.start()]
    if cue is None and _INNER_CUE_RE.search(rest):
        return []
    parts = _JOINED_RE.split(rest)
    names = [person_name(part) for part in parts]
    tails = [part.split()[len(name.split()) :] for name, part in zip(names, parts, strict=True)]
    if cue is None and any(
        tail and tail[-1].endswith((".", "!", "?")) and any(map(str.islower, tail)) for tail in tails
    ):
        return []  # no cue and a sentence after the name: a biography ("Peter Miller Peter covers city hall.")
    return names if names and all(names) else []


def _fold(text: str) -> set[str]:
    """The words of ``text`` without case and accents."""
    return set(fold(text, casefold=True).split())


# how a <title> sets the site's name apart from the headline: "Hund vertreibt Einbrecher – Hildesheimer Presse"
_TITLE_SEPARATOR_RE = re.compile(r"\s+[|–—-]\s+|\s*::\s*")


def _title_site(tree: HtmlElement) -> set[str]:
    """The folded first and last parts of the page's ``<title>`` (where a site prints its name)."""
    title = tree.find(".//title")
    parts = _TITLE_SEPARATOR_RE.split(element_text(title)) if title is not None else []
    return {" ".join(sorted(_fold(parts[0]))), " ".join(sorted(_fold(parts[-1])))} if len(parts) > 1 else set()


def marked_byline(marked: tuple[HtmlElement, ...], tree: HtmlElement, rejects: Callable[[str], bool]) -> str | None:
    """The author named by the page's byline elements (class holding "author" or "byline"), or ``None``.

    Args:
        marked: the elements whose class holds "author", "byline", "auteur" or "autor", in page order
            (:class:`~sift.extract.metadata.PageMetadata`'s ``bylines``).
        tree: the page.
        rejects: whether a name found is no author (the site's name, an organisation's).
    """
    found: list[str] = []
    site: set[str] | None = None
    for element in marked:
        text = element_text(element)
        if not text or len(text.split()) > MAX_BYLINE_WORDS or _elsewhere(element) or not (names := _names(text)):
            continue
        site = _title_site(tree) if site is None else site
        names = [name for name in names if not rejects(name) and " ".join(sorted(_fold(name))) not in site]
        if names:
            found.append("; ".join(names))
    if not found:
        return None
    first = _fold(found[0])
    # every byline element names the same people (a name box beside the byline); different ones are teasers'. The
    # one naming most of them wins: a byline box glued to its label loses a name ("… ERIC TUCKER Associated Press")
    if not all(_fold(other) & first for other in found[1:]):
        return None
    return max(found, key=lambda names: names.count(";"))
