"""Linked cards: a paragraph wrapped in a link is a teaser of another page, not a paragraph of this one.

Running text links words inside its paragraphs; a site that makes a whole card clickable wraps the card's
paragraphs in the link instead (macrumors' product guide box above the article: ``<a href="/guide/night-mode/"><p>
Night mode is an automatic setting …</p></a>``). Such a card is cut before extraction, unless it is long or holds
more than two paragraphs: an unclosed ``<a>`` before the article swallows its paragraphs in the parser, and then
they are the article.
"""

from __future__ import annotations

from lxml.etree import XPath
from lxml.html import HtmlElement

from sift.extract.result import Extraction
from sift.extract.tree import drop_element, element_text

__all__ = ["drop_linked_cards"]

REASON = "linked card (a teaser of another page)"
#: A teaser is a sentence or two; a link holding more is taken for a parser's unclosed ``<a>``.
MAX_CARD_WORDS = 80
MAX_CARD_PARAGRAPHS = 2
_LINKS_WITH_PARAGRAPHS_XPATH = XPath("//a[.//p]")  # one pass in libxml2: 0.65x a Python test of every link


def drop_linked_cards(tree: HtmlElement, result: Extraction) -> None:
    """Cut every link holding one or two paragraphs and at most :data:`MAX_CARD_WORDS` words."""
    for link in _LINKS_WITH_PARAGRAPHS_XPATH(tree):
        if link.getparent() is None or len(link.findall(".//p")) > MAX_CARD_PARAGRAPHS:
            continue
        text = element_text(link)
        if len(text.split()) <= MAX_CARD_WORDS:
            result.cut(text, REASON)
            drop_element(link)
