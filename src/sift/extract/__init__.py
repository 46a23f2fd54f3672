"""The extract stage: what the page says (title, date, site, author, paragraphs) without its clutter."""

from __future__ import annotations

import re
import unicodedata

from sift.document import HTML_MEDIA_TYPES, Document
from sift.errors import InputError
from sift.extract.budget import bound_pieces
from sift.extract.config import ExtractConfig
from sift.extract.result import Extraction, Piece, write_extraction
from sift.pipeline import Resources, register_stage

__all__ = ["ExtractConfig", "Extraction", "Piece", "extract_document", "extract_page"]

MARKUP_SNIFF_CHARS = 65_536
_MARKUP_RE = re.compile(r"<[A-Za-z!/?]")


def extract_page(raw: str, media_type: str, config: ExtractConfig, location: str = "input") -> Extraction:
    """Extract a page without touching any Document (the pure half of the stage).

    Args:
        raw: the decoded page.
        media_type: ``text/html`` (or XHTML) for markup; any other ``text/*`` type, or "HTML" without a tag
            in its first 64 KiB, is read as plain text.
        config: extraction settings.
        location: where the page came from, for error messages.

    Returns:
        The extraction, with at least one body, quote or caption paragraph; paragraphs are cut to
        ``config.max_block_chars`` and the page to ``config.max_chars`` (the rest is in ``removed``).

    Raises:
        InputError: for a non-text media type, unreadable HTML, or a page with no readable text.
    """
    kind = media_type.split(";", 1)[0].strip().lower()
    # letters written as a base and a combining mark ("a" + U+0308 for "ä", as some CMSs store them) split words
    # for every reader after this stage (regular expressions, the tokenizer): one code point per letter
    raw = unicodedata.normalize("NFC", raw)
    if kind in HTML_MEDIA_TYPES and _MARKUP_RE.search(raw, 0, MARKUP_SNIFF_CHARS):
        from sift.extract.html import extract_html  # trafilatura is heavy: load it only for HTML

        result = extract_html(raw, config)
    elif kind.startswith("text/") or kind in HTML_MEDIA_TYPES:  # "HTML" without a single tag is text
        from sift.extract.text import extract_text

        result = extract_text(raw)
    else:
        raise InputError(f"cannot extract text from {media_type!r} ({location}); give an HTML or plain-text page")
    if all(piece.role == "related" for piece in result.pieces):
        from sift.extract.parse import MAX_PARSED_DEPTH, nests_too_deep

        if kind in HTML_MEDIA_TYPES and nests_too_deep(raw):
            raise InputError(
                f"no article text found in {location}: its elements nest more than {MAX_PARSED_DEPTH} levels deep "
                "and the HTML parser does not read past that; pass the page's text as text/plain"
            )
        raise InputError(f"no article text found in {location}; is this a page with an article on it?")
    result.pieces, beyond = bound_pieces(
        result.pieces, max_block_chars=config.max_block_chars, max_chars=config.max_chars
    )
    if beyond is not None:
        result.removed.append(beyond)
    return result


@register_stage(
    "extract",
    config=ExtractConfig,
    requires=("raw",),
    assigns=("title", "published", "site", "author", "blocks", "removed"),
)
def extract_document(doc: Document, resources: Resources, config: ExtractConfig) -> Document:
    """Fill title, published, site, author, blocks and removed from ``doc.raw`` (replacing earlier values).

    Args:
        doc: a document whose ``raw`` and ``source.media_type`` were set by ingest.
        resources: unused; extraction needs no loaded model.
        config: extraction settings.

    Returns:
        The same document, annotated.

    Raises:
        InputError: when the page holds no readable article text.
    """
    return write_extraction(doc, extract_page(doc.raw, doc.source.media_type, config, doc.source.location))
