"""Extract an HTML page with trafilatura, keeping paragraphs, quotes, captions and related boxes apart.

The page is parsed once. Metadata is read from that tree (meta tags, JSON-LD, htmldate), scripts go,
related boxes are lifted out and figure captions turned into paragraphs; trafilatura then extracts the
main content from the same tree, and its XML body is walked paragraph by paragraph. Text trafilatura
left out is listed in ``removed`` with the reason its place on the page gives.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.etree import _Element, strip_elements
from lxml.html import HtmlElement
from trafilatura import bare_extraction, load_html
from trafilatura.settings import Document as TrafilaturaDocument
from trafilatura.settings import Extractor

from sift.errors import InputError
from sift.extract.config import ExtractConfig
from sift.extract.lexicon import boilerplate_reason, related_heading_rest
from sift.extract.metadata import read_metadata
from sift.extract.outside import list_outside_text
from sift.extract.related import lift_related
from sift.extract.result import Extraction, Piece
from sift.extract.tree import drop_element, element_text

__all__ = ["extract_html", "parse_html"]

# trafilatura's fast mode (no readability/jusText comparison) takes half the time and is as good unless it
# finds almost nothing; below this many characters the full cascade runs. F1 is flat for 500-800 on
# shared/data/extraction/scrapinghub (8-15 of 181 pages rerun); re-run bench/extract.py after a change.
FALLBACK_BELOW_CHARS = 500
# A balanced rerun replaces a still-short precision result only when it is this much longer (trafilatura's
# own jusText escalation ratio); on the scrapinghub pages it fires once, on a paywall notice (bench/extract.py).
RESCUE_RATIO = 2.0
MIN_TEASER_WORDS = 3
_BLOCK_TAGS = ("p", "head", "item", "list", "cell", "row", "quote", "lb", "code", "table")
NEVER_TEXT = ("script", "style", "noscript")  # trafilatura drops them too; gone early, no scan reads them
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", ":")


def parse_html(raw: str) -> HtmlElement:
    """Parse a page with trafilatura's lenient loader (repairs broken markup, caps nesting depth).

    Args:
        raw: the decoded HTML.

    Returns:
        The root element.

    Raises:
        InputError: when the text cannot be read as HTML at all.
    """
    tree = load_html(raw)
    if tree is None:
        raise InputError("input is not readable HTML; pass it as text/plain or check the file")
    return tree


def _options(config: ExtractConfig, *, fast: bool, focus: str | None = None) -> Extractor:
    """trafilatura settings for sift: comments off, focus and tables from the config (metadata done apart)."""
    focus = focus or config.focus
    return Extractor(
        output_format="python",
        fast=fast,
        precision=focus == "precision",
        recall=focus == "recall",
        comments=False,
        tables=config.include_tables,
    )


def _text_length(document: TrafilaturaDocument | None) -> int:
    """Characters of extracted text (0 for no result)."""
    return len(document.text or "") if document is not None else 0


def _main_content(tree: HtmlElement, config: ExtractConfig) -> _Element | None:
    """The extracted body, escalating only when a step finds almost nothing.

    1. fast mode (trafilatura's own extractor alone);
    2. below ``FALLBACK_BELOW_CHARS``: the full cascade (readability and jusText comparisons);
    3. still below it in precision mode: a balanced run, kept when it finds ``RESCUE_RATIO`` times more
       (paywall notices and teaser-only pages, where precision mode discards the article itself).
    """
    document = _as_document(bare_extraction(tree, options=_options(config, fast=True)))
    if not config.fast and _text_length(document) < FALLBACK_BELOW_CHARS:
        document = _as_document(bare_extraction(tree, options=_options(config, fast=False))) or document
    if not config.fast and config.focus == "precision" and _text_length(document) < FALLBACK_BELOW_CHARS:
        rescue = _as_document(bare_extraction(tree, options=_options(config, fast=False, focus="balanced")))
        if _text_length(rescue) >= RESCUE_RATIO * max(_text_length(document), 1):
            document = rescue
    return document.body if document is not None else None


def _as_document(found: object) -> TrafilaturaDocument | None:
    """bare_extraction's result when it is a document (it returns None when it finds nothing)."""
    return found if isinstance(found, TrafilaturaDocument) else None


def _mark_captions(tree: HtmlElement) -> frozenset[str]:
    """Turn each figure into a paragraph holding its caption, so the extractor keeps it in place."""
    captions: set[str] = set()
    for figure in list(tree.iter("figure")):
        caption = figure.find(".//figcaption")
        if caption is None:
            continue
        text = element_text(caption)
        figure.clear(keep_tail=True)
        figure.tag = "p"
        if text:
            figure.text = text
            captions.add(_compact(text))
    return frozenset(captions)


def _is_title(text: str, title: str | None) -> bool:
    """The article heading repeats the title, often without the " - Site" suffix of the meta title."""
    if not title:
        return False
    text, title = text.casefold(), title.casefold()
    return text == title or (title.startswith(text) and len(text) >= len(title) // 2)


@dataclass(slots=True, frozen=True)
class PageMarks:
    """What the source page says about extracted text that trafilatura's output no longer shows."""

    captions: frozenset[str]  # figure captions, turned into paragraphs before extraction (compacted)
    links: frozenset[str]  # whole texts of links, compacted: a paragraph that is one link is a teaser


def _link_texts(tree: HtmlElement) -> frozenset[str]:
    """The text of every link with a few words (shorter ones cannot be mistaken for paragraphs)."""
    words = ("".join(link.itertext()).split() for link in tree.iter("a"))
    return frozenset("".join(chunk) for chunk in words if len(chunk) >= MIN_TEASER_WORDS)


def _keep(result: Extraction, role: str, text: str, marks: PageMarks) -> None:
    """Keep a paragraph unless it is furniture, a "Read more: …" line or a lone link to another page."""
    text = " ".join(text.split())
    if not text:
        return
    reason = boilerplate_reason(text)
    rest = related_heading_rest(text) if role == "body" else None
    if reason:
        result.cut(text, reason)
    elif rest is not None:
        result.cut(text[: len(text) - len(rest)], "related heading")
        result.keep("related", rest)
    elif role == "body" and not text.endswith(_SENTENCE_END) and _compact(text) in marks.links:
        result.keep("related", text)
    else:
        result.keep(role, text)


def _compact(text: str) -> str:
    """Text without any whitespace: the page and trafilatura's output space inline markup differently."""
    return "".join(text.split())


def _flat_text(element: _Element) -> str:
    """Text with inline pieces joined as written ("study, published"), whitespace collapsed."""
    return " ".join("".join(element.itertext()).split())


def _walk_body(body: _Element, marks: PageMarks, result: Extraction) -> None:
    """One piece per paragraph, heading, list item, table row or quote paragraph of the extracted body."""
    for block in body.iter(*_BLOCK_TAGS):  # so that joining texts never glues two blocks' words together
        block.text = f" {block.text or ''}"
        block.tail = f" {block.tail or ''}"
    for child in body:
        if child.tag == "list":
            for item in child.iter("item"):
                if item.find(".//item") is None:
                    _keep(result, "body", _flat_text(item), marks)
        elif child.tag == "quote":
            paragraphs = child.findall(".//p") or [child]
            for paragraph in paragraphs:
                _keep(result, "quote", _flat_text(paragraph), marks)
        elif child.tag == "table":
            for row in child.iter("row"):
                cells = (_flat_text(cell) for cell in row.iter("cell"))
                result.keep("body", " | ".join(cell for cell in cells if cell))  # a row is data, never furniture
        elif child.tag != "graphic":
            text = _flat_text(child)
            _keep(result, "caption" if _compact(text) in marks.captions else "body", text, marks)
        if child.tail and child.tail.strip():
            _keep(result, "body", child.tail, marks)


def _in_page_order(pieces: list[Piece], lifted: list[Piece]) -> list[Piece]:
    """Put each lifted related piece after the paragraph its anchor text ends; the rest after the article."""
    ordered, unplaced = list(pieces), []
    for piece in lifted:
        hits = [i for i, kept in enumerate(ordered) if piece.anchor and piece.anchor in _compact(kept.text)]
        if not hits:
            unplaced.append(piece)
            continue
        position = hits[-1] + 1
        while position < len(ordered) and ordered[position].role == "related":
            position += 1  # after the related pieces already placed there, keeping the page's order
        ordered.insert(position, piece)
    return ordered + unplaced


def extract_html(raw: str, config: ExtractConfig) -> Extraction:
    """Extract title, date, site, author, body paragraphs, quotes, captions and related boxes from HTML.

    Args:
        raw: the decoded HTML page.
        config: extraction settings.

    Returns:
        The extraction; ``pieces`` is empty when trafilatura found no main content.

    Raises:
        InputError: when the text cannot be parsed as HTML.
    """
    tree = parse_html(raw)
    metadata = read_metadata(tree)  # before scripts go: JSON-LD carries title, date and author
    strip_elements(tree, *NEVER_TEXT, with_tail=False)
    result = Extraction(metadata.title, metadata.published, metadata.site, metadata.author)
    lift_related(tree, result)
    captions = _mark_captions(tree) if config.include_captions else frozenset()
    if not config.include_captions:
        for figure in list(tree.iter("figcaption")):
            result.cut(element_text(figure), "caption (captions off)")
            drop_element(figure)
    marks = PageMarks(captions, _link_texts(tree))
    body = _main_content(tree, config)
    if body is None:
        return result
    lifted, result.pieces = result.pieces, []
    _walk_body(body, marks, result)
    if result.pieces and _is_title(result.pieces[0].text, result.title):
        result.cut(result.pieces.pop(0).text, "title (moved to title)")
    result.pieces = _in_page_order(result.pieces, lifted)
    if config.list_outside_text:
        list_outside_text(tree, result)
    return result
