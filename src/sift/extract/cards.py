"""Hover cards: the picture-and-links box a page hides inside a paragraph and shows over a name on mouse-over.

The Hill writes each politician's name as ``<span><a>Ilhan Omar</a><span><img> <a>Ilhan Omar</a> <a>headline</a>
<a>headline</a>…</span></span>`` in the middle of the sentence; the card is hidden by the stylesheet, which the
extractor does not read, so the sentence came out as "Rep. Ilhan OmarIlhan OmarHillicon Valley: Progressives
oppose funding bill over … Omar asks court to … threatened to kill her". Running text holds no picture with a
list of links inside an inline element; a card does, so it is dropped before extraction, innermost element
first (the name the card hangs from stays in the sentence).
"""

from __future__ import annotations

from lxml.etree import XPath
from lxml.html import HtmlElement

from sift.extract.result import Extraction
from sift.extract.tree import drop_element, element_text

__all__ = ["drop_hover_cards"]

REASON = "hover card"
CARD_TAGS = ("span",)
_PICTURE_SPANS_XPATH = XPath("//p//span[.//img]")  # one pass in libxml2; most paragraphs hold no picture
MIN_CARD_LINKS = 2


def _is_card(element: HtmlElement) -> bool:
    """An inline element holding a picture (found by the caller), at least two links with words (the picture's
    own link does not count: a captioned picture is a linked image and a credit link), and no words outside its
    links (a card is a picture and links; a span around a paragraph's own words, as pasted text carries, is not)."""
    links = list(element.iter("a"))
    worded = [link for link in links if link.find(".//img") is None and link.text_content().strip()]
    if len(worded) < MIN_CARD_LINKS:
        return False
    in_links = sum(len(link.text_content().split()) for link in links)
    return len(element.text_content().split()) <= in_links


def drop_hover_cards(tree: HtmlElement, result: Extraction) -> None:
    """Cut the hover cards inside the page's paragraphs, the innermost element that is one."""
    cards = [span for span in _PICTURE_SPANS_XPATH(tree) if _is_card(span)]
    if not cards:
        return
    holding = {ancestor for card in cards for ancestor in card.iterancestors(*CARD_TAGS)}
    for card in cards:
        if card not in holding:  # innermost: no other card inside it
            result.cut(element_text(card), REASON)
            drop_element(card)
