"""List the page text the HTML extractor left out, with a reason taken from where it sat.

sift never loses text silently: navigation, footers, sidebars and comment threads that trafilatura drops
are recorded in ``removed`` so a reader can see what was cut and why.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from sift.extract.budget import MAX_PAGE_CHARS
from sift.extract.lexicon import boilerplate_reason
from sift.extract.result import Extraction
from sift.extract.tree import TextElement

__all__ = ["list_outside_text"]

#: Characters of kept text searched for an element's text that is no whole paragraph (a link, a span).
#: Searching the whole article once per element was quadratic: 846 s on a 19 MB page of 30,000
#: paragraphs. Past the analysis budget (:data:`~sift.extract.budget.MAX_PAGE_CHARS`) text is not
#: analysed anyway; a part of a paragraph there may be listed as cut although the article holds it.
MAX_SEARCHED_CHARS = 2 * MAX_PAGE_CHARS

# matched on lower-cased class and id strings (faster than re.IGNORECASE)
_PLACE_RE = re.compile(
    r"(?P<cookie>cookie|consent|gdpr)|(?P<comments>comment|disqus|respond|reply)|"
    r"(?P<share>share|social|sharing|follow|newsletter|subscribe)|(?P<navigation>\bnav|menu|breadcrumb)|"
    r"(?P<footer>footer)|(?P<sidebar>sidebar|widget)|(?P<advertisement>(?<![a-z])ads?(?![a-z])|advert|sponsor|promo)",
)
_GROUP_REASONS = {
    "cookie": "cookie notice",
    "comments": "comments",
    "share": "share/subscribe",
    "navigation": "navigation",
    "footer": "footer",
    "sidebar": "sidebar",
    "advertisement": "advertisement",
}
_TAG_REASONS = {
    "nav": "navigation",
    "menu": "navigation",
    "footer": "footer",
    "aside": "sidebar",
    "header": "page header",
}
OUTSIDE = "boilerplate: outside main content"


def _own_reason(element: HtmlElement) -> str | None:
    """The boilerplate kind an element announces by its class, id or tag."""
    kind, name = element.get("class"), element.get("id")
    match = _PLACE_RE.search(f"{kind or ''} {name or ''}".lower()) if kind or name else None
    if match and match.lastgroup:
        return _GROUP_REASONS[match.lastgroup]
    return _TAG_REASONS.get(element.tag)


def _place_reason(element: HtmlElement, cache: dict[HtmlElement, str]) -> str:
    """Why text at this place is boilerplate: what the nearest telling ancestor says (memoised per ancestor)."""
    chain = []
    node = element.getparent()
    while node is not None and node not in cache:
        chain.append(node)
        node = node.getparent()
    reason = cache[node] if node is not None else OUTSIDE
    for ancestor in reversed(chain):  # top down: a nearer ancestor's own reason wins
        reason = _own_reason(ancestor) or reason
        cache[ancestor] = reason
    parent = element.getparent()
    return cache[parent] if parent is not None else OUTSIDE


def _split_by_cue(compact: str, cues: tuple[str, ...], kept: str) -> bool:
    """Whether this text is a listed "read also" cue followed by a kept headline."""
    return any(compact.startswith(cue) and compact[len(cue) :] in kept for cue in cues if cue and cue != compact)


def list_outside_text(elements: list[TextElement], result: Extraction) -> None:
    """Record every innermost text element whose text is not in a kept piece.

    Args:
        elements: the page's innermost text elements (after related boxes were lifted out).
        result: the extraction; its ``removed`` list grows.
    """
    pieces = ["".join(piece.text.split()) for piece in result.pieces]  # spacing differs between the two
    exact = set(pieces)
    kept = "".join(pieces)[:MAX_SEARCHED_CHARS]
    seen = {removed.text for removed in result.removed}
    # a "read also: <headline>" line was split in two: its cue is listed, its headline kept as related
    cues = tuple("".join(removed.text.split()) for removed in result.removed if removed.reason == "related heading")
    cache: dict[HtmlElement, str] = {}
    for found in elements:
        if (
            found.compact in exact
            or found.compact in kept
            or found.text in seen
            or (cues and _split_by_cue(found.compact, cues, kept))
        ):
            continue
        seen.add(found.text)
        reason = _place_reason(found.element, cache)  # memoised; the lexicon only names what the place does not
        result.cut(found.text, boilerplate_reason(found.text) or OUTSIDE if reason == OUTSIDE else reason)
