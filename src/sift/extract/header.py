"""Read the article's header: what a page prints with the headline, before and around the first paragraph.

The standfirst (lead) sits there, often in a header block or a "teaser" box that main-content extractors
leave out, although it states the story's main finding; two signs find it in any language: sites repeat it
as their meta description, and it is the prose printed between the headline and the article. The date line
sits there too, next to the headline, where the site's own header (today's date, a weather widget) and other
articles' teasers do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.etree import XPath
from lxml.html import HtmlElement

from sift.extract.dates import DateLine, read_date_line
from sift.extract.lexicon import boilerplate_reason
from sift.extract.result import Extraction, Piece
from sift.extract.title import repeats_title
from sift.extract.tree import TextElement, compact, compact_positions

__all__ = ["article_dates", "cut_banners_above_headline", "restore_standfirst"]

# Standfirst thresholds, set by hand and checked on scrapinghub and half a of trafilatura-eval-dev (python
# bench/extract.py, both formats; re-run both after a change): restoring standfirsts gains 0.015 F on half a and
# costs 0.004 F1 on scrapinghub, whose ground truth leaves standfirsts out.
MIN_STANDFIRST_WORDS = 8  # a shorter description is a slogan or a site tagline, not a lead
MATCH_CHARS = 60  # a description truncated by the site ("…") still shares its first characters with the lead
MAX_MATCH_CHARS = 200  # a body that holds this much of the description already starts with the standfirst
MIN_BODY_CHARS = 100  # the first element at least this long that is in the body marks where the article starts
_ISO_DAY_RE = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")
# Between headline and article, a lead is prose: this many words ending a sentence (kickers, bylines, date
# lines and credits are shorter), and not mostly a link (a teaser of another article is).
MIN_LEAD_WORDS = 12
MAX_LEAD_LINK_SHARE = 0.5
MAX_LEAD_PARAGRAPHS = 2
MAX_KICKER_WORDS = 3  # a label glued before the standfirst
MAX_BANNER_PARAGRAPHS = 2  # a site banner above the headline (trafilatura-eval-dev: one StackExchange page)
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
# The article's date is printed with its headline: from a few text pieces above it to a few below the first
# paragraph ("<time>15. Mai 2019, 05:28 Uhr</time>", "<span>26, Abril, 2022</span>", a date under the lead).
# Without a headline, the pieces above the first paragraph are read instead. Further up is the site's header
# (today's date, the weather), further down other articles' dates. Set by hand on bench/data/realpages-dev
# (bench/extract.py --dates).
PIECES_BEFORE_HEADLINE = 3
PIECES_BEFORE_ARTICLE = 15
PIECES_AFTER_START = 6  # read only when nothing above the first paragraph is a date; the first date counts
MAX_DISTINCT_DATES = 2  # a date and its update; more is a list
MIN_START_CHARS = 12  # a shorter text piece may open many paragraphs ("The", "Photo:")
_TEXT_NODES_XPATH = XPath("//body//text()[normalize-space()]")


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
    wanted = compact(text)
    if title and _matches(wanted, compact(title)):
        return ""  # the description repeats the headline
    return wanted


def _is_headline(element: HtmlElement, words: str, title: str | None) -> bool:
    """The article's headline: an h1 (or h2) repeating the title, or any h1 when the page has no title."""
    if element.tag not in _HEADINGS:
        return False
    if not title:
        return element.tag == "h1"
    return repeats_title(words, title)


def _is_lead(element: HtmlElement, words: str, captions: frozenset[str]) -> bool:
    """Prose printed between headline and article: long enough, a finished sentence, not a link or furniture."""
    if len(words.split()) < MIN_LEAD_WORDS or not words.endswith(_SENTENCE_END) or compact(words) in captions:
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


def _unglue_kicker(result: Extraction, wanted: str) -> None:
    """Cut a kicker glued to the start of the standfirst ("<span>Agriculture</span>L'Office fédéral …")."""
    for index, piece in enumerate(result.pieces[: MAX_LEAD_PARAGRAPHS + 1]):
        packed = compact(piece.text)
        at = packed.find(wanted[:MATCH_CHARS])
        if piece.role != "body" or at <= 0:
            continue
        kept, cut = 0, 0  # the spaced text's position after ``at`` non-space characters
        for position, char in enumerate(piece.text):
            if not char.isspace():
                kept += 1
                if kept == at:
                    cut = position + 1
                    break
        label = piece.text[:cut].strip()
        if len(label.split()) <= MAX_KICKER_WORDS:
            result.cut(label, "kicker")
            result.pieces[index] = Piece("body", piece.text[cut:].strip())
        return


def cut_banners_above_headline(elements: Iterable[TextElement], result: Extraction) -> None:
    """Cut the body's opening paragraphs that the page prints above the article's headline, and nowhere after it.

    A site's welcome banner ("X is a question and answer site for … It's 100% free, no registration required")
    sits above everything, and a main-content extractor that takes the whole page as one column keeps it as the
    article's first paragraph; the standfirst search, which reads the page down to that paragraph, then stops
    before the headline and the question or lead below it is lost. Only paragraphs before the first one printed
    after the headline are cut, only when the page has an ``<h1>`` headline, only a banner's few paragraphs (more
    are the article under a heading that repeats a wrong title: a shop's page titled by its newsletter box),
    and never the last body paragraph.
    """
    headline = next(
        (
            index
            for index, found in enumerate(elements)
            if found.element.tag == "h1" and _is_headline(found.element, found.text, result.title)
        ),
        None,
    )
    if headline is None:
        return
    positions = compact_positions(elements)
    body = [piece for piece in result.pieces if piece.role == "body"]
    above: list[Piece] = []
    for piece in body[:-1]:
        seen = positions.get(compact(piece.text))
        if not seen or max(seen) > headline:
            break  # printed after the headline too (or not one element): the article has started
        above.append(piece)
    if len(above) == len(body) or len(above) > MAX_BANNER_PARAGRAPHS:
        return  # more is the article itself under a section heading that repeats a wrong title
    for piece in above:
        result.cut(piece.text, _above_headline_reason(piece.text, result.title))
        result.pieces.remove(piece)


def _above_headline_reason(text: str, title: str | None) -> str:
    """Why a paragraph above the headline goes: it is the headline again, a label, or the site's banner."""
    if title and repeats_title(text, title):
        return "title (printed again above the headline)"
    if len(text.split()) <= MAX_KICKER_WORDS:
        return "kicker"
    return "site banner above the headline"


def restore_standfirst(
    elements: Iterable[TextElement], description: str | None, captions: frozenset[str], result: Extraction
) -> None:
    """Insert the page's standfirst as the first body paragraph(s) when the extraction left it out.

    The page is read in order up to the first paragraph of the extracted article. An element repeating the
    meta description is the standfirst; without one, the prose paragraphs after the headline are.

    Args:
        elements: the page's innermost text elements, in document order (:func:`~sift.extract.tree.text_elements`).
        description: the page's meta description (``og:description`` or ``description``).
        captions: the page's figure captions, compacted (sites often reuse the lead photo's caption).
        result: the extraction; its pieces gain the standfirst.
    """
    body = [piece for piece in result.pieces if piece.role == "body"]
    if not body:
        return
    kept = "".join(compact(piece.text) for piece in body)
    wanted = _description(description, result.title)
    if wanted and wanted[:MAX_MATCH_CHARS].rstrip(".!?…") in kept:
        _unglue_kicker(result, wanted)
        return  # the body already holds it (sites often describe a page by one of its sentences)
    first = compact(body[0].text)
    leads: list[str] = []
    after_headline = described = started = False
    for found in elements:
        element, words, packed = found.element, found.text, found.compact
        if packed in first:
            if len(packed) >= MIN_BODY_CHARS or packed == first:
                started = True  # the article starts here
                break
            continue
        if wanted and _matches(packed, wanted) and packed not in captions:
            leads, described = [words], True
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
    quoted = {compact(piece.text) for piece in result.pieces if piece.role == "quote"}
    leads = [lead for lead in leads if compact(lead) not in quoted]  # kept already, as a quote: not printed twice
    if not leads or not (started or described):
        return  # without the article's first paragraph, nothing is known to precede it
    placed = {compact(lead) for lead in leads}
    pieces = [piece for piece in result.pieces if not (piece.role == "body" and compact(piece.text) in placed)]
    start = next((index for index, piece in enumerate(pieces) if piece.role == "body"), 0)
    result.pieces = [*pieces[:start], *(Piece("body", lead) for lead in leads), *pieces[start:]]


def _time_date(node: str) -> DateLine | None:
    """The date of a ``<time datetime="2019-11-19T10:36">`` holding this text ("1 day ago" shows no date)."""
    parent = node.getparent() if hasattr(node, "getparent") else None
    if parent is None or parent.tag != "time" or getattr(node, "is_tail", False):
        return None
    stamp = (parent.get("datetime") or "").strip()
    return DateLine(stamp[:10]) if _ISO_DAY_RE.match(stamp) else None


def article_dates(tree: HtmlElement, result: Extraction) -> list[DateLine]:
    """The date lines printed with the article: around its headline, down to just below its first paragraph.

    Args:
        tree: the parsed page.
        result: the extraction (its title and first body paragraph locate the article on the page).

    Returns:
        The date lines above the first paragraph in page order, else the first one just below it (a ``<time>``
        element's ``datetime`` counts as one); empty when the article's first paragraph is not found among the
        page's text pieces, or when the lines there are a list of dates.
    """
    first = next((compact(piece.text) for piece in result.pieces if piece.role == "body"), "")
    if not first:
        return []
    nodes = _TEXT_NODES_XPATH(tree)
    title = compact(result.title or "").casefold()
    headline: int | None = None
    start: int | None = None
    for index, node in enumerate(nodes):
        if len(node) < MIN_START_CHARS:
            continue  # most pieces are menu items; a compacted text is never longer than its text
        key = compact(str(node))
        if len(key) >= MIN_START_CHARS and first.startswith(key[:MATCH_CHARS]):
            start = index
            if headline is not None:
                break  # the first paragraph after the headline; an earlier copy may sit in a teaser list
        elif title and len(key) >= MIN_START_CHARS and title.startswith(key.casefold()[:MATCH_CHARS]):
            headline = index
    if start is None:
        return []
    if headline is not None and headline < start:
        low = max(headline - PIECES_BEFORE_HEADLINE, 0)
    else:
        low = max(start - PIECES_BEFORE_ARTICLE, 0)
    before = _dates(nodes[low:start])
    dates = before or _dates(nodes[start + 1 : start + PIECES_AFTER_START + 1])[:1]
    if len({date.iso for date in dates}) > MAX_DISTINCT_DATES:
        return []  # a list of dates above the article: other articles', a series' earlier parts
    return dates


def _dates(nodes: list[str]) -> list[DateLine]:
    """The date lines among text pieces (a ``<time>`` element's ``datetime`` counts as one), in order."""
    found = (_time_date(node) or read_date_line(" ".join(str(node).split())) for node in nodes)
    return [date for date in found if date is not None]
