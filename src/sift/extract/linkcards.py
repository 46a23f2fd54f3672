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

from sift.extract.related import is_attached
from sift.extract.result import Extraction
from sift.extract.tree import drop_element, element_text

__all__ = ["drop_linked_cards"]

REASON = "linked card (a teaser of another page)"
#: A teaser is a sentence or two; a link holding more is taken for a parser's unclosed ``<a>``.
MAX_CARD_WORDS = 80
MAX_CARD_PARAGRAPHS = 2
#: a link to another page: an ``<a name>`` anchor or an in-page ``#`` link (a live blog's entry) is no teaser
_LINKS_WITH_PARAGRAPHS_XPATH = XPath("//a[@href][not(starts-with(normalize-space(@href), '#'))][.//p]")


def drop_linked_cards(tree: HtmlElement, result: Extraction) -> None:
    """Cut every link holding one or two paragraphs and at most :data:`MAX_CARD_WORDS` words."""
    for link in _LINKS_WITH_PARAGRAPHS_XPATH(tree):
        if not is_attached(link, tree) or len(link.findall(".//p")) > MAX_CARD_PARAGRAPHS:
            continue  # inside a card cut before it, or too long for a teaser
        text = element_text(link)
        if len(text.split()) <= MAX_CARD_WORDS:
            result.cut(text, REASON)
            drop_element(link)
