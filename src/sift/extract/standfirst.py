"""Put back the standfirst (lead) that sits outside the article element, above the first body paragraph.

News pages print the standfirst between the headline and the article, often in a header block or a
"teaser" box that main-content extractors leave out, although it states the story's main finding. Two
signs find it, in any language: sites repeat it as their meta description, and it is the prose paragraph
printed between the headline and the first paragraph of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

from sift.extract.lexicon import boilerplate_reason
from sift.extract.result import Extraction, Piece

__all__ = ["restore_standfirst"]

MIN_STANDFIRST_WORDS = 8  # a shorter description is a slogan or a site tagline, not a lead
MATCH_CHARS = 60  # a description truncated by the site ("…") still shares its first characters with the lead
MAX_MATCH_CHARS = 200  # a body that holds this much of the description already starts with the standfirst
MIN_BODY_CHARS = 100  # the first element at least this long that is in the body marks where the article starts
# Between headline and article, a lead is prose: this many words ending a sentence (kickers, bylines, date
# lines and credits are shorter), and not mostly a link (a teaser of another article is).
MIN_LEAD_WORDS = 12
MAX_LEAD_LINK_SHARE = 0.5
MAX_LEAD_PARAGRAPHS = 2
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", ")")
_TRUNCATION = ("...", "…", "[…]", "[...]")
_HEADINGS = ("h1", "h2")
# Prose that is not a lead sits in a box named for what it is: a photo's caption, an author's bio, a comment.
_NOT_LEAD_RE = re.compile(
    r"caption|credit|image|img|photo|media|figure|gallery|slide|picture|thumb|video|player|author|bio\b|profile|"
    r"comment|promo|sidebar|widget|embed|tweet",
    re.IGNORECASE,
)
MAX_LEAD_ANCESTORS = 4  # how far up a box's name counts


def _compact(text: str) -> str:
    """Text without whitespace: the page and the extracted paragraphs space inline markup differently."""
    return "".join(text.split())


def _matches(element_text: str, description: str) -> bool:
    """The element is the description, a longer version of it, or the part of it the page prints."""
    return element_text.startswith(description[:MATCH_CHARS]) or (
        len(element_text) >= MATCH_CHARS and description.startswith(element_text)
    )


def _description(description: str | None, title: str | None) -> str:
    """The compacted description without the site's truncation mark; empty when it cannot be a lead."""
    if not description or len(description.split()) < MIN_STANDFIRST_WORDS:
        return ""
    text = description.strip()
    for mark in _TRUNCATION:
        text = text.removesuffix(mark).rstrip()
    wanted = _compact(text)
    if title and _matches(wanted, _compact(title)):
        return ""  # the description repeats the headline
    return wanted


def _is_headline(element: HtmlElement, words: str, title: str | None) -> bool:
    """The article's headline: an h1 (or h2) repeating the title, or any h1 when the page has no title."""
    if element.tag not in _HEADINGS:
        return False
    if not title:
        return element.tag == "h1"
    text, title = _compact(words).casefold(), _compact(title).casefold()
    return bool(text) and (text == title or (title.startswith(text) and len(text) >= len(title) // 2))


def _is_lead(element: HtmlElement, words: str, captions: frozenset[str]) -> bool:
    """Prose printed between headline and article: long enough, a finished sentence, not a link or furniture."""
    if len(words.split()) < MIN_LEAD_WORDS or not words.endswith(_SENTENCE_END) or _compact(words) in captions:
        return False
    linked = sum(len("".join(link.itertext())) for link in element.iter("a"))
    if linked > MAX_LEAD_LINK_SHARE * len(words) or boilerplate_reason(words) is not None:
        return False
    node: HtmlElement | None = element
    for _ in range(MAX_LEAD_ANCESTORS):
        if node is None:
            break
        if _NOT_LEAD_RE.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return False
        node = node.getparent()
    return True


def restore_standfirst(
    elements: Iterable[HtmlElement], description: str | None, captions: frozenset[str], result: Extraction
) -> None:
    """Insert the page's standfirst as the first body paragraph(s) when the extraction left it out.

    The page is read in order up to the first paragraph of the extracted article. An element repeating the
    meta description is the standfirst; without one, the prose paragraphs after the headline are.

    Args:
        elements: the page's innermost text elements, in document order.
        description: the page's meta description (``og:description`` or ``description``).
        captions: the page's figure captions, compacted (sites often reuse the lead photo's caption).
        result: the extraction; its pieces gain the standfirst.
    """
    body = [piece for piece in result.pieces if piece.role == "body"]
    if not body:
        return
    kept = "".join(_compact(piece.text) for piece in body)
    wanted = _description(description, result.title)
    if wanted and wanted[:MAX_MATCH_CHARS] in kept:
        return
    first = _compact(body[0].text)
    leads: list[str] = []
    after_headline = False
    for element in elements:
        words = " ".join("".join(element.itertext()).split())
        compact = _compact(words)
        if not compact:
            continue
        if compact in first:
            if len(compact) >= MIN_BODY_CHARS or compact == first:
                break  # the article starts here
            continue
        if wanted and _matches(compact, wanted) and compact not in captions:
            leads = [words]
            break
        if _is_headline(element, words, result.title):
            leads, after_headline = [], True  # only what follows the headline can be its standfirst
        elif (
            after_headline
            and len(leads) < MAX_LEAD_PARAGRAPHS
            and words not in leads
            and _is_lead(element, words, captions)
        ):
            leads.append(words)  # also when the extractor kept it, out of page order, further down
    else:
        return  # the article's first paragraph was never found: nothing is known to precede it
    placed = {_compact(lead) for lead in leads}
    pieces = [piece for piece in result.pieces if not (piece.role == "body" and _compact(piece.text) in placed)]
    start = next((index for index, piece in enumerate(pieces) if piece.role == "body"), 0)
    result.pieces = [*pieces[:start], *(Piece("body", lead) for lead in leads), *pieces[start:]]
