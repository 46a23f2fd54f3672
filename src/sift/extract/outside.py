"""List the page text the HTML extractor left out, with a reason taken from where it sat.

sift never loses text silently: navigation, footers, sidebars and comment threads that trafilatura drops
are recorded in ``removed`` so a reader can see what was cut and why.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from sift.extract.lexicon import boilerplate_reason
from sift.extract.related import element_text
from sift.extract.result import Extraction

__all__ = ["list_outside_text"]

TEXT_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "blockquote", "pre", "figcaption")
_PLACE_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"cookie|consent|gdpr", re.IGNORECASE), "cookie notice"),
    (re.compile(r"comment|disqus|respond|reply", re.IGNORECASE), "comments"),
    (re.compile(r"share|social|sharing|follow|newsletter|subscribe", re.IGNORECASE), "share/subscribe"),
    (re.compile(r"\bnav|menu|breadcrumb", re.IGNORECASE), "navigation"),
    (re.compile(r"footer", re.IGNORECASE), "footer"),
    (re.compile(r"sidebar|widget", re.IGNORECASE), "sidebar"),
    (re.compile(r"\bad\b|ads|advert|sponsor|promo", re.IGNORECASE), "advertisement"),
)
_TAG_REASONS = {
    "nav": "navigation",
    "menu": "navigation",
    "footer": "footer",
    "aside": "sidebar",
    "header": "page header",
}


def _place_reason(element: HtmlElement) -> str:
    """Why text at this place is boilerplate, read from the tags, classes and ids around it."""
    for ancestor in element.iterancestors():
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        for pattern, reason in _PLACE_REASONS:
            if pattern.search(marks):
                return reason
        if ancestor.tag in _TAG_REASONS:
            return _TAG_REASONS[ancestor.tag]
    return "boilerplate: outside main content"


def list_outside_text(tree: HtmlElement, result: Extraction) -> None:
    """Record every innermost text element of ``tree`` whose text is not in a kept piece.

    Args:
        tree: the parsed page (after related boxes were lifted out).
        result: the extraction; its ``removed`` list grows.
    """
    kept = "\n".join(piece.text for piece in result.pieces)
    seen = {removed.text for removed in result.removed}
    for element in tree.iter(*TEXT_TAGS):
        if any(True for _ in element.iterdescendants(*TEXT_TAGS)):
            continue
        text = element_text(element)
        if not text or text in seen or text in kept:
            continue
        seen.add(text)
        result.cut(text, boilerplate_reason(text) or _place_reason(element))
