"""Read the article's header: what a page prints between the headline and the first paragraph.

The standfirst (lead) sits there, often in a header block or a "teaser" box that main-content extractors
leave out, although it states the story's main finding; two signs find it in any language: sites repeat it
as their meta description, and it is the prose printed between the headline and the article. The date line
sits there too, next to the headline, where the site's own header (today's date, a weather widget) does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.etree import XPath
from lxml.html import HtmlElement

from sift.extract.dates import DateLine, read_date_line
from sift.extract.lexicon import boilerplate_reason
from sift.extract.result import Extraction, Piece
from sift.extract.tree import TextElement

__all__ = ["date_before_article", "read_header"]

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
# A date line printed just above the headline ("Posted on …" themes) still dates the article; further up is
# the site's header. Without a headline, the lines just above the first paragraph are read instead.
DATE_LINES_BEFORE_HEADLINE = 4
DATE_LINES_BEFORE_ARTICLE = 8
# When no element of the header is a date line, the nearest date among the page's text pieces before the
# article dates it ("<span>01.02.2022</span>" inside a header box); this many pieces back, no further.
MAX_TEXT_NODES_BEFORE_ARTICLE = 40
MIN_START_CHARS = 12  # a shorter text piece may open many paragraphs ("The", "Photo:")
_TEXT_NODES_XPATH = XPath("//body//text()")


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


def _inline_texts(element: HtmlElement) -> list[str]:
    """The element's text split at its inline markup, when it has any: "<b>Sport</b> <span>01.02.2022</span>"."""
    if not len(element):
        return []
    return [text for chunk in element.itertext() if (text := " ".join(chunk.split()))]


def read_header(
    elements: Iterable[TextElement], description: str | None, captions: frozenset[str], result: Extraction
) -> list[DateLine]:
    """Insert the page's standfirst as the first body paragraph(s) when the extraction left it out, and return
    the date lines printed around the headline.

    The page is read in order up to the first paragraph of the extracted article. An element repeating the
    meta description is the standfirst; without one, the prose paragraphs after the headline are.

    Args:
        elements: the page's innermost text elements, in document order (:func:`~sift.extract.tree.text_elements`).
        description: the page's meta description (``og:description`` or ``description``).
        captions: the page's figure captions, compacted (sites often reuse the lead photo's caption).
        result: the extraction; its pieces gain the standfirst.

    Returns:
        The date lines of the article's header, in page order (empty when the article's start is not found).
    """
    body = [piece for piece in result.pieces if piece.role == "body"]
    if not body:
        return []
    kept = "".join(_compact(piece.text) for piece in body)
    wanted = _description(description, result.title)
    has_standfirst = bool(wanted) and wanted[:MAX_MATCH_CHARS] in kept
    first = _compact(body[0].text)
    leads: list[str] = []
    before: list[TextElement] = []  # every element before the article, for its date lines
    headline: int | None = None
    described = False  # a lead was found by the description: it stands even if the article's start is not found
    started = False
    for found in elements:
        element, words, compact = found.element, found.text, found.compact
        if compact in first:
            if len(compact) >= MIN_BODY_CHARS or compact == first:
                started = True  # the article starts here
                break
            continue
        before.append(found)
        if _is_headline(element, words, result.title):
            headline = len(before) - 1
            if not has_standfirst:
                leads = []  # only what follows the headline can be its standfirst
        elif has_standfirst:
            continue
        elif wanted and _matches(compact, wanted) and compact not in captions:
            leads, has_standfirst, described = [words], True, True
        elif (
            headline is not None
            and len(leads) < MAX_LEAD_PARAGRAPHS
            and words not in leads
            and _is_lead(element, words, captions)
        ):
            leads.append(words)  # also when the extractor kept it, out of page order, further down
    if not started and not described:
        return []  # the article's first paragraph was never found: nothing is known to precede it
    if leads:
        placed = {_compact(lead) for lead in leads}
        pieces = [piece for piece in result.pieces if not (piece.role == "body" and _compact(piece.text) in placed)]
        start = next((index for index, piece in enumerate(pieces) if piece.role == "body"), 0)
        result.pieces = [*pieces[:start], *(Piece("body", lead) for lead in leads), *pieces[start:]]
    if not started:
        return []
    if headline is not None:
        start = max(headline - DATE_LINES_BEFORE_HEADLINE, 0)
    else:
        start = max(len(before) - DATE_LINES_BEFORE_ARTICLE, 0)
    # Pieces of an element ("<b>Sport</b> <span>01.02.2022</span>") count after the headline only: above it,
    # lists of other articles print their dates the same way.
    after = headline + 1 if headline is not None else len(before)
    texts = (
        text
        for index, found in enumerate(before[start:], start)
        for text in (found.text, *(_inline_texts(found.element) if index >= after else ()))
    )
    return [date for text in texts if (date := read_date_line(text))]


def date_before_article(tree: HtmlElement, result: Extraction) -> str | None:
    """The date printed nearest before the article's first paragraph, in any text piece of the page.

    Args:
        tree: the parsed page.
        result: the extraction (its first body paragraph marks where the article starts).

    Returns:
        ``YYYY-MM-DD`` of the last date line among the text pieces just before the article, or ``None``.
    """
    first = next((piece.text for piece in result.pieces if piece.role == "body"), None)
    if first is None:
        return None
    start = _compact(first)[:MATCH_CHARS]
    recent: list[str] = []
    for node in _TEXT_NODES_XPATH(tree):
        text = " ".join(str(node).split())
        if not text:
            continue
        if len(text) >= MIN_START_CHARS and start.startswith(_compact(text)[:MATCH_CHARS]):
            for candidate in reversed(recent):
                if (date := read_date_line(candidate)) is not None:
                    return date.iso
            return None
        recent.append(text)
        del recent[:-MAX_TEXT_NODES_BEFORE_ARTICLE]
    return None
