"""Extract an HTML page with trafilatura, keeping paragraphs, quotes, captions and related boxes apart.

The page is parsed once. Metadata is read from that tree (meta tags, JSON-LD, htmldate), scripts go,
related boxes are lifted out and figure captions turned into paragraphs; trafilatura then extracts the
main content from the same tree, and its XML body is walked paragraph by paragraph: furniture, appeals and
date lines are cut with their reason, kickers and other articles' headlines too, and the standfirst the
extractor left out is put back. The publication date is the earliest of the date printed with the article
and the metadata's. Text trafilatura left out is listed in ``removed`` with the reason its place gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from lxml.etree import _Element, strip_elements
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.settings import Document as TrafilaturaDocument
from trafilatura.settings import Extractor

from sift.extract.bylines import marked_byline
from sift.extract.calendars import drop_calendars
from sift.extract.cards import drop_hover_cards
from sift.extract.celltables import restore_cell_tables
from sift.extract.config import ExtractConfig
from sift.extract.dates import REAL_NEW_YEAR, DateLine, is_template_default, pick_published, read_date_line
from sift.extract.dialogs import drop_dialogs
from sift.extract.header import article_dates, cut_banners_above_headline, restore_standfirst
from sift.extract.kickers import drop_kickers
from sift.extract.labels import cut_glyph_headline, cut_page_labels
from sift.extract.lexicon import boilerplate_reason, is_author_box_heading, related_heading_rest
from sift.extract.linkcards import drop_linked_cards
from sift.extract.metadata import markup_date, names_publisher, read_metadata
from sift.extract.modules import join_split_body
from sift.extract.notes import cut_closing_notes, italic_paragraphs
from sift.extract.outside import list_outside_text
from sift.extract.parse import parse_html
from sift.extract.posts import declares_news_article, place_posts, read_posts
from sift.extract.related import lift_related
from sift.extract.repeats import cut_displaced_teasers, cut_repeated_paragraphs
from sift.extract.result import Extraction, Piece
from sift.extract.stacked import drop_stacked_articles
from sift.extract.taglinks import drop_tag_lists
from sift.extract.title import kicker_and_headline, repeats_title
from sift.extract.tree import compact, drop_element, element_text, text_elements

__all__ = ["extract_html"]

# trafilatura's fast mode (no readability/jusText comparison) takes half the time and is as good unless it
# finds almost nothing; below this many characters the full cascade runs, in balanced mode. On
# shared/data/extraction/scrapinghub and half a of trafilatura-eval-dev, 500 beat 300, 800, 1200 and 2000
# (bench/extract.py, both formats); re-run both after a change.
FALLBACK_BELOW_CHARS = 500
MIN_TEASER_WORDS = 3
_BLOCK_TAGS = ("p", "head", "item", "list", "cell", "row", "quote", "lb", "code", "table")
# Wrappers trafilatura may keep around paragraphs, and the tags that make one a wrapper rather than a paragraph (a
# ``<div>`` of text and line breaks is one paragraph).
_CONTAINER_TAGS = ("div", "section", "article", "main")
_PARAGRAPH_TAGS = ("p", "head", "list", "quote", "table", "code", *_CONTAINER_TAGS)
# Inline markup inside a wrapper's own text: with the text and tails around it, one paragraph up to the next block.
_INLINE_TAGS = ("hi", "ref", "lb", "del", "graphic")
NEVER_TEXT = ("script", "style")  # trafilatura drops them too; gone early, no scan reads them
# A <noscript> holds a "please enable JavaScript" line or a tracking pixel, and goes too; but an unclosed one
# swallows the rest of the page in the parser, and then its content is the article and stays.
MAX_NOSCRIPT_CHARS = 300
# A page indented with <blockquote>s (an old how-to's every section one) quotes no one: a quote block holding a
# heading is a wrapper, and when the quote blocks hold this share of the body's text, all of them are
LAYOUT_QUOTE_SHARE = 0.9


def _drop_noscript(tree: HtmlElement) -> None:
    """Remove small ``<noscript>`` elements, unwrap large ones (an unclosed tag that swallowed the page)."""
    large = []
    for element in list(tree.iter("noscript")):
        if len("".join(element.itertext())) > MAX_NOSCRIPT_CHARS:
            large.append(element)
        else:
            drop_element(element)
    for element in large:
        element.drop_tag()


#: Inline tags that trafilatura's precision mode deletes when empty, and with them the text after them
#: (``trafilatura.htmlprocessing.prune_html`` keeps tails only outside precision mode): an empty ``<strong></strong>``
#: in a paragraph cut "par un dirigeant de LREM dans un portrait du" out of a gala.fr sentence. sift drops them first,
#: keeping the text after them.
EMPTY_INLINE_TAGS = ("b", "strong", "em", "i", "q", "span")


def _drop_empty_inline(tree: HtmlElement) -> None:
    """Remove empty inline elements (no text, no children), keeping the text that follows each.

    Innermost first, each judged when its turn comes: ``<strong><em></em></strong>`` is empty once its ``<em>`` is
    gone, and trafilatura would delete it with the text after it."""
    for element in reversed(list(tree.iter(*EMPTY_INLINE_TAGS))):
        if element.text is None and len(element) == 0:
            drop_element(element)


_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", ":")
MAX_CAPTION_WORDS = 50
# A paragraph that ends with a photo credit ("… en el Congreso (Foto: Natacha Pisarenko/Pool)", "… © AFP / X")
# is a caption printed in the flow of the article.
_CREDIT_END_RE = re.compile(
    r"(?:[(\[](?:photos?|fotos?|foto ?de|fotó|kuva|bild|images?|crédits? photos?|photo credits?|credit|crédito|"
    r"zdjęcie|фото)\s*:[^()\[\]]{2,80}[)\]]|©\s*[^.©]{2,60})\s*\.?$",
    re.IGNORECASE,
)
MAX_DANGLING_HEADING_WORDS = 4
# An author box is a name and a short biography; a longer run after an "About the author" line is article text
# (an essay that ends with the author talking about themselves). Checked on both extraction sets (bench/extract.py).
MAX_AUTHOR_BOX_WORDS = 150


def _drop_dangling_headings(result: Extraction) -> None:
    """Cut short "Weitere Informationen:" / "More:" lines left at the end without the links they introduced."""
    pieces = result.pieces
    for index in range(len(pieces) - 1, -1, -1):
        piece = pieces[index]
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if (
            piece.role == "body"
            and piece.text.endswith(":")
            and len(piece.text.split()) <= MAX_DANGLING_HEADING_WORDS
            and (following is None or following.role == "caption")
        ):
            result.cut(pieces.pop(index).text, "heading without its content (links cut)")


def _cut_author_box(result: Extraction) -> None:
    """Cut an author box the extractor kept at the end: its heading and the short biography after it."""
    pieces = result.pieces
    headings = [i for i, piece in enumerate(pieces) if piece.role == "body" and is_author_box_heading(piece.text)]
    heading = headings[-1] if headings and headings[-1] > 0 else None
    if heading is None:
        return
    box = pieces[heading + 1 :]
    if not box or sum(len(piece.text.split()) for piece in box) > MAX_AUTHOR_BOX_WORDS:
        return
    if any(piece.role not in ("body", "caption") for piece in box):
        return
    for piece in pieces[heading:]:
        result.cut(piece.text, "author box")
    del pieces[heading:]


def _options(config: ExtractConfig, *, fast: bool, focus: str | None = None) -> Extractor:
    """trafilatura settings for sift: comments off, focus and tables from the config (metadata done apart)."""
    return _extractor(fast, focus or config.focus, config.include_tables)


@cache
def _extractor(fast: bool, focus: str, tables: bool) -> Extractor:
    """One trafilatura settings object per combination: building one reads trafilatura's config file values (0.15 ms,
    about 1 % of an extraction), and the extraction only reads it (its recall retry changes a copy)."""
    return Extractor(
        output_format="python",
        fast=fast,
        precision=focus == "precision",
        recall=focus == "recall",
        comments=False,
        tables=tables,
    )


def _text_length(document: TrafilaturaDocument | None) -> int:
    """Characters of extracted text (0 for no result)."""
    return len(document.text or "") if document is not None else 0


def _main_content(tree: HtmlElement, config: ExtractConfig) -> _Element | None:
    """The extracted body, escalating only when the quick pass finds almost nothing.

    1. fast mode (trafilatura's own extractor alone), in the configured focus;
    2. below ``FALLBACK_BELOW_CHARS``: the full cascade (readability and jusText comparisons), in balanced
       mode when the focus is precision (precision mode discards teaser-only and paywalled articles, and
       pages whose text is not in one article element), kept when it finds more; a table it read one cell a
       paragraph gets its rows back (:func:`~sift.extract.celltables.restore_cell_tables`).
    """
    document = _as_document(bare_extraction(tree, options=_options(config, fast=True)))
    if not config.fast and _text_length(document) < FALLBACK_BELOW_CHARS:
        focus = "balanced" if config.focus == "precision" else config.focus
        rescue = _as_document(bare_extraction(tree, options=_options(config, fast=False, focus=focus)))
        if _text_length(rescue) > _text_length(document):
            document = rescue
            restore_cell_tables(rescue.body, tree)  # jusText reads a table one cell a paragraph
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
            captions.add(compact(text))
    return frozenset(captions)


@dataclass(slots=True)
class PageMarks:
    """What the source page says about extracted text that trafilatura's output no longer shows."""

    tree: HtmlElement  # the page, read for its links when a paragraph might be one
    captions: frozenset[str]  # figure captions, turned into paragraphs before extraction (compacted)
    dates: list[DateLine] = field(default_factory=list)  # date lines found in the extracted body
    _links: frozenset[str] | None = None

    def is_link(self, compact: str) -> bool:
        """Whether a compacted paragraph is the whole text of a link (a teaser); the links are read on first use."""
        if self._links is None:
            self._links = _link_texts(self.tree)
        return compact in self._links


def _link_texts(tree: HtmlElement) -> frozenset[str]:
    """The text of every link with a few words (shorter ones cannot be mistaken for paragraphs)."""
    words = (link.text_content().split() for link in tree.iter("a"))
    return frozenset("".join(chunk) for chunk in words if len(chunk) >= MIN_TEASER_WORDS)


def _keep(result: Extraction, role: str, text: str, marks: PageMarks) -> None:
    """Keep a paragraph unless it is furniture, a date line, a "Read more: …" line or a lone link to another page."""
    text = " ".join(text.split())
    if not text:
        return
    if role == "body" and (date := read_date_line(text)) is not None:
        result.cut(text, "date line")
        marks.dates.append(date)
        return
    reason = boilerplate_reason(text)
    rest = related_heading_rest(text) if role == "body" else None
    if reason:
        result.cut(text, reason)
    elif rest is not None:
        result.cut(text[: len(text) - len(rest)], "related heading")
        result.keep("related", rest)
    elif role == "body" and not text.endswith(_SENTENCE_END) and marks.is_link(compact(text)):
        result.keep("related", text)
    elif role == "body" and len(text.split()) <= MAX_CAPTION_WORDS and _CREDIT_END_RE.search(text):
        result.keep("caption", text)  # a photo's caption printed as a paragraph, signed by its credit
    else:
        result.keep(role, text)


def _flat_text(element: _Element) -> str:
    """Text with inline pieces joined as written ("study, published"), whitespace collapsed."""
    return " ".join("".join(element.itertext()).split())


def _unquote_layout(body: _Element) -> None:
    """Read as wrappers the quote blocks that indent a page rather than quote someone: a quote whose own block is a
    heading (a quotation has none), and all of them when one does and they carry nearly the whole body (netbits.us'
    rsync how-to, every section a ``<blockquote>``: the page was one quote, its sections' own text and headings lost).
    A review roundup's quotes of other outlets, between its own headings, hold none and stay quotes."""
    quotes = [quote for quote in body.iter("quote") if next(quote.iterancestors("quote"), None) is None]
    headed = [quote for quote in quotes if quote.find("head") is not None]  # not an author box's in a paragraph
    if not headed:
        return
    quoted = sum(len(_flat_text(quote)) for quote in quotes)
    for quote in quotes if quoted >= LAYOUT_QUOTE_SHARE * len(_flat_text(body)) else headed:
        quote.tag = "div"


def _walk_body(body: _Element, marks: PageMarks, result: Extraction) -> None:
    """One piece per paragraph, heading, list item, table row or quote paragraph of the extracted body."""
    _read_html_tables(body)
    _unquote_layout(body)
    for block in body.iter(*_BLOCK_TAGS):  # so that joining texts never glues two blocks' words together
        block.text = f" {block.text or ''}"
        block.tail = f" {block.tail or ''}"
    _walk_blocks(body, marks, result)


def _cell_text(cell: _Element) -> str:
    """A table cell's text, without a table nested in it: an old layout's nested table (kept in HTML markup by the
    fallback extractors) has rows of its own, and read into its outer cell as well its text came three times (the
    outer row, then each inner row)."""
    if cell.find(".//table") is None:
        return _flat_text(cell)
    parts = [cell.text or ""]
    for child in cell:
        if isinstance(child.tag, str) and child.tag != "table":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _read_html_tables(body: _Element) -> None:
    """Give a table the fallback extractors kept in HTML markup trafilatura's rows and cells, so that each row is a
    piece of cells kept apart: readability's output keeps ``<tr>``/``<td>``, and a ``<p>`` holding a table (a
    page builder's text box: "Werkliste …<table>") was read flat, every cell glued to the next ("EignerVorname
    MotivTechnik", one sentence of a whole work list)."""
    for table in body.iter("table"):
        if table.find(".//tr") is None:  # trafilatura's own markup (or no rows): nothing to do
            continue
        for element in table.iter("tr", "td", "th"):
            element.tag = "row" if element.tag == "tr" else "cell"
        parent = table.getparent()
        if parent is not None and parent.tag == "p":
            parent.tag = "div"  # a container: its own text one paragraph, the table its rows


def _holds_blocks(element: _Element) -> bool:
    """Whether an element is a container of paragraphs rather than one: trafilatura keeps a page's own ``<div>``
    wrappers when its output comes from the fallback extractors or a section it took whole (a German advice page
    of handwerksblatt.de, an Italian park's news), and read flat such a wrapper made one 14,000-character block of
    every heading and paragraph ("Quelle: Verbraucherzentrale NRW Rheinland-Pfalz Beim Friseur gilt …")."""
    return element.tag in _CONTAINER_TAGS and any(True for _ in element.iterdescendants(*_PARAGRAPH_TAGS))


def _walk_blocks(parent: _Element, marks: PageMarks, result: Extraction, *, container: bool = False) -> None:
    """The pieces of ``parent``'s children in order. A container's own text, with the inline markup and tails after
    it up to its next block, is one paragraph ("<div>Der Minister sagte <hi>am Montag</hi>, die Lage sei ernst.<p>…":
    cut at each tag, its sentence lost its cue)."""
    run = [parent.text or ""] if container else []
    for child in parent:
        if container and child.tag in _INLINE_TAGS:
            run += ["".join(child.itertext()), child.tail or ""]
            continue
        _keep(result, "body", "".join(run), marks)  # ignores an empty run
        run = []
        if _holds_blocks(child):
            _walk_blocks(child, marks, result, container=True)
        elif child.tag == "list":
            for item in child.iter("item"):
                if item.find(".//item") is None:
                    _keep(result, "body", _flat_text(item), marks)
        elif child.tag == "quote":
            paragraphs = child.findall(".//p") or [child]
            for paragraph in paragraphs:
                _keep(result, "quote", _flat_text(paragraph), marks)
        elif child.tag == "table":
            for row in child.iter("row"):
                cells = (_cell_text(cell) for cell in row.iter("cell") if next(cell.iterancestors("row")) is row)
                result.keep("body", " | ".join(cell for cell in cells if cell))  # a row is data, never furniture
        elif child.tag != "graphic":
            text = _flat_text(child)
            _keep(result, "caption" if compact(text) in marks.captions else "body", text, marks)
        run = [child.tail or ""]
    _keep(result, "body", "".join(run), marks)


def _in_page_order(pieces: list[Piece], lifted: list[Piece]) -> list[Piece]:
    """Put each lifted related piece after the paragraph its anchor text ends; the rest after the article."""
    ordered, unplaced = list(pieces), []
    for piece in lifted:
        hits = [i for i, kept in enumerate(ordered) if piece.anchor and piece.anchor in compact(kept.text)]
        if not hits:
            unplaced.append(piece)
            continue
        position = hits[-1] + 1
        while position < len(ordered) and ordered[position].role == "related":
            position += 1  # after the related pieces already placed there, keeping the page's order
        ordered.insert(position, piece)
    return ordered + unplaced


def _date_the_page(article: list[DateLine], body: list[DateLine], metadata: str | None, raw: str) -> str | None:
    """The publication date: the earliest of the dates printed with the article and the page's metadata.

    Sites stamp their metadata with a revision, a re-creation or a UTC time, and print updates next to the
    headline without saying so, but an article is never published after any of those: the earliest date that
    says "published" or nothing wins. Without either: htmldate's markup search, a date line further down the
    body, an update date. A CMS's default day (``1970-01-01``) dates nothing, but 1 January 2001 printed with the
    article dates a page that no other source dates (its metadata's ``2001-01-01`` alone is a template's).

    Args:
        article: the date lines printed with the article (:func:`~sift.extract.header.article_dates`).
        body: the date lines cut from the article's body.
        metadata: htmldate's date from the URL, meta tags and JSON-LD.
        raw: the page, for htmldate's markup search.
    """
    new_year = [line for line in article if line.iso == REAL_NEW_YEAR and line.kind != "updated"]
    article, body = _undefaulted(article), _undefaulted(body)
    # an ambiguous "11/01/2021" is read the way the metadata has it when one reading matches
    printed = [
        line.swapped if line.swapped and line.swapped == metadata else line.iso
        for line in article
        if line.kind != "updated"
    ]
    if printed or metadata:
        return min([*printed, *([metadata] if metadata else [])])
    return (
        markup_date(raw)
        or pick_published(line for line in body if line.kind != "updated")
        or pick_published([*article, *body])
        or (REAL_NEW_YEAR if new_year else None)
    )


def _undefaulted(lines: list[DateLine]) -> list[DateLine]:
    """The date lines but those printing a CMS's default day ("01.01.1970": an empty date field)."""
    return [line for line in lines if not is_template_default(line.iso)]


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
    metadata = read_metadata(tree, raw)  # before scripts go: JSON-LD carries title, date and author
    news = declares_news_article(tree)  # also read off JSON-LD: comments under a news story are no content
    strip_elements(tree, *NEVER_TEXT, with_tail=False)
    _drop_noscript(tree)
    _drop_empty_inline(tree)
    result = Extraction(metadata.title, metadata.published, metadata.site, metadata.author)
    posts = read_posts(tree, metadata.author)  # before any box is dropped: a thread may sit in one
    drop_dialogs(tree, result)
    drop_calendars(tree, result)  # on every page: its walk for tables (0.12 ms) costs less than a search of the source
    drop_stacked_articles(tree, metadata.title, result)  # before related boxes: the other stories' go with them
    lift_related(tree, result)
    # after related boxes are lifted: a box's teaser cards and tag links stay related, shown apart
    drop_tag_lists(tree, result)
    drop_hover_cards(tree, result)
    drop_linked_cards(tree, result)
    captions = _mark_captions(tree) if config.include_captions else frozenset()
    if not config.include_captions:
        for figure in list(tree.iter("figcaption")):
            result.cut(element_text(figure), "caption (captions off)")
            drop_element(figure)
    join_split_body(tree)  # after related boxes are lifted: a story split over modules is read whole
    marks = PageMarks(tree, captions)
    italic = italic_paragraphs(tree)
    body = _main_content(tree, config)
    if body is None:
        return result
    lifted, result.pieces = result.pieces, []
    _walk_body(body, marks, result)
    _drop_dangling_headings(result)
    _cut_author_box(result)
    cut_closing_notes(result, italic)
    elements = text_elements(tree)
    drop_kickers(tree, elements, result)
    cut_displaced_teasers(elements, result)
    cut_page_labels(elements, result)
    cut_repeated_paragraphs(result)
    cut_glyph_headline(result)
    if result.pieces and repeats_title(result.pieces[0].text, result.title):
        result.title = result.pieces[0].text  # the headline as printed: the title may add the site's name
        result.cut(result.pieces.pop(0).text, "title (moved to title)")
    for _ in range(kicker_and_headline([piece.text for piece in result.pieces[:2]], result.title)):
        result.cut(result.pieces.pop(0).text, "title (kicker and headline)")
    cut_banners_above_headline(elements, result)
    restore_standfirst(elements, metadata.description, captions, result)
    printed = article_dates(tree, result)
    result.published = _date_the_page(printed, marks.dates, metadata.published, raw)
    # no meta tag, JSON-LD or byline element names the author: the byline printed with the date may
    bylines = (line.byline for line in printed if line.byline and line.kind != "updated")
    result.author = result.author or next(bylines, None)
    if not result.author:  # … and else an element classed as one ("entry-meta-author": "von Jane Doe")
        result.author = marked_byline(metadata.bylines, tree, lambda name: names_publisher(name, result.site, tree))
    result.pieces = _in_page_order(result.pieces, lifted)
    place_posts(result, posts, always=config.comments, news=news)
    if config.list_outside_text:
        list_outside_text(elements, result)
    return result
