"""Cut kickers (the label above a headline) and other articles' headlines that the extractor kept as body.

Both are short lines without final punctuation that the page itself marks: a kicker by a class name that
says so in the site's language ("kicker", "volanta", "Dachzeile", "surtitre", "occhiello"); a teaser of
another article by an image whose ``alt`` text repeats its headline, as teaser cards print it. The kicker
printed in the same card goes with its headline.
"""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

from sift.extract.result import Extraction
from sift.extract.tree import TextElement, compact, element_text

__all__ = ["drop_kickers", "headline_text"]

# Set by hand on the Clarín page of trafilatura-eval-dev half a; neither set loses a snippet to these rules
# (bench/extract.py, both formats).
MAX_KICKER_WORDS = 6
MAX_HEADLINE_WORDS = 30
MIN_ALT_CHARS = 20  # shorter alt texts ("photo", "logo") repeat nothing
MAX_MARK_ANCESTORS = 2  # the class may sit on the element or the box right around it
# A teaser card is a box with a link, a few levels up from its headline, holding a few lines only; an article
# body is far longer, so its subheadings never pass for teasers even when an image repeats one of them.
MAX_CARD_ANCESTORS = 4
MAX_CARD_WORDS = 60
MAX_CARD_CHILDREN = 8
_SENTENCE_END = (".", "!", "?", "…", ":", ";")
_ALTS_XPATH = XPath("//img/@alt", smart_strings=False)
_KICKER_CLASS_RE = re.compile(
    r"kicker|volanta|ante-?t[ií]tulo|overline|eyebrow|dachzeile|spitzmarke|sur-?titre|pre-?title|supertitle|"
    r"occhiello|sopratitolo|chap[eé]u|topline|roofline",
    re.IGNORECASE,
)


def _is_label(text: str, max_words: int) -> bool:
    """A short line that does not end a sentence."""
    return len(text.split()) <= max_words and not text.endswith(_SENTENCE_END)


def _has_kicker_class(element: HtmlElement) -> bool:
    """The element or the box right around it is named a kicker."""
    node: HtmlElement | None = element
    for _ in range(MAX_MARK_ANCESTORS + 1):
        if node is None:
            return False
        if _KICKER_CLASS_RE.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        node = node.getparent()
    return False


def headline_text(element: HtmlElement) -> str:
    """A teaser's text with its kicker set off by a colon: "Globale Lieferketten: Ökonom erwartet …", not
    "Globale Lieferketten Ökonom erwartet …", where the kicker's words ran into the headline's subject (an unseen
    Deutschlandfunk page's related box, whose kicker span gave the speaker "Globale Lieferketten Ökonom")."""
    text = element_text(element)
    for node in element.iter():
        if node is element or not _KICKER_CLASS_RE.search(f"{node.get('class', '')} {node.get('id', '')}"):
            continue
        kicker = element_text(node)
        rest = text[len(kicker) :].lstrip()
        if kicker and rest and text.startswith(kicker) and _is_label(kicker, MAX_KICKER_WORDS):
            return f"{kicker}: {rest}"
        break
    return text


def _teaser_card(element: HtmlElement) -> HtmlElement | None:
    """The small box around an element that links elsewhere: a teaser card (headline, kicker, image, link)."""
    node = element.getparent()
    for _ in range(MAX_CARD_ANCESTORS):
        if node is None or len(node) > MAX_CARD_CHILDREN:
            return None  # a list of cards or a page section, not one card
        if node.find(".//a[@href]") is not None:
            words = len("".join(node.itertext()).split())
            return node if words <= MAX_CARD_WORDS else None
        node = node.getparent()
    return None


def _card_texts(card: HtmlElement) -> list[str]:
    """The texts of a teaser card's innermost pieces."""
    texts = (" ".join(text.split()) for text in card.itertext())
    return [text for text in texts if text]


def drop_kickers(tree: HtmlElement, elements: list[TextElement], result: Extraction) -> None:
    """Cut body pieces that the page marks as kickers or as other articles' headlines (with their kickers).

    Args:
        tree: the parsed page (for its images' ``alt`` texts).
        elements: the page's innermost text elements, in document order.
        result: the extraction; its pieces shrink and ``removed`` grows.
    """
    labels = [piece for piece in result.pieces if piece.role == "body" and _is_label(piece.text, MAX_HEADLINE_WORDS)]
    if not labels:
        return
    wanted = {compact(piece.text) for piece in labels}
    sources: dict[str, HtmlElement] = {}
    for found in elements:
        if found.compact in wanted:
            sources.setdefault(found.compact, found.element)
    alts = {compact(alt) for alt in _ALTS_XPATH(tree) if len(alt) >= MIN_ALT_CHARS} - {compact(result.title or "")}
    reasons: dict[str, str] = {}
    for piece in labels:
        key = compact(piece.text)
        source = sources.get(key)
        if source is None or key in reasons:
            continue
        is_kicker = _is_label(piece.text, MAX_KICKER_WORDS)
        card = _teaser_card(source) if alts and (key in alts or is_kicker) else None
        if card is not None and key in alts:
            reasons[key] = "headline of another article"
            for text in _card_texts(card):
                if _is_label(text, MAX_KICKER_WORDS):
                    reasons.setdefault(compact(text), "kicker of another article")
        elif not is_kicker:
            continue
        elif card is not None and any(compact(text) in alts for text in _card_texts(card)):
            reasons[key] = "kicker of another article"  # its card's headline is a teaser's image caption
        elif _has_kicker_class(source):
            reasons[key] = "kicker"
    if not reasons:
        return
    kept = []
    for piece in result.pieces:
        reason = reasons.get(compact(piece.text)) if piece.role == "body" else None
        if reason:
            result.cut(piece.text, reason)
        else:
            kept.append(piece)
    result.pieces = kept
