"""List the page text the HTML extractor left out, with a reason taken from where it sat.

sift never loses text silently: navigation, footers, sidebars and comment threads that trafilatura drops
are recorded in ``removed`` so a reader can see what was cut and why.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from sift.extract.lexicon import boilerplate_reason
from sift.extract.result import Extraction

__all__ = ["list_outside_text"]

TEXT_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "blockquote", "pre", "figcaption")
_PLACE_RE = re.compile(
    r"(?P<cookie>cookie|consent|gdpr)|(?P<comments>comment|disqus|respond|reply)|"
    r"(?P<share>share|social|sharing|follow|newsletter|subscribe)|(?P<navigation>\bnav|menu|breadcrumb)|"
    r"(?P<footer>footer)|(?P<sidebar>sidebar|widget)|(?P<advertisement>\bad\b|ads|advert|sponsor|promo)",
    re.IGNORECASE,
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
    match = _PLACE_RE.search(f"{element.get('class', '')} {element.get('id', '')}")
    if match and match.lastgroup:
        return _GROUP_REASONS[match.lastgroup]
    return _TAG_REASONS.get(element.tag)


def _place_reason(element: HtmlElement, cache: dict[HtmlElement, str | None]) -> str:
    """Why text at this place is boilerplate: the nearest ancestor that says so (cached per ancestor)."""
    for ancestor in element.iterancestors():
        if ancestor not in cache:
            cache[ancestor] = _own_reason(ancestor)
        reason = cache[ancestor]
        if reason:
            return reason
    return OUTSIDE


def _innermost(elements: list[HtmlElement]) -> list[HtmlElement]:
    """Text elements holding no other text element (in document order, a container is followed by its first)."""
    kept = []
    for index, element in enumerate(elements[:-1]):
        following = elements[index + 1]
        if len(element) and any(ancestor is element for ancestor in following.iterancestors()):
            continue
        kept.append(element)
    return kept + elements[-1:]


def list_outside_text(tree: HtmlElement, result: Extraction) -> None:
    """Record every innermost text element of ``tree`` whose text is not in a kept piece.

    Args:
        tree: the parsed page (after related boxes were lifted out).
        result: the extraction; its ``removed`` list grows.
    """
    kept = "".join("".join(piece.text.split()) for piece in result.pieces)  # spacing differs between the two
    seen = {removed.text for removed in result.removed}
    cache: dict[HtmlElement, str | None] = {}
    for element in _innermost(list(tree.iter(*TEXT_TAGS))):
        text = " ".join("".join(element.itertext()).split())  # innermost: its children are inline
        if not text or text in seen or "".join(text.split()) in kept:
            continue
        seen.add(text)
        result.cut(text, boilerplate_reason(text) or _place_reason(element, cache))
