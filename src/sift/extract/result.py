"""What an extractor found on a page, kept apart from the Document until the stage writes it back.

The HTML and text paths both return an :class:`Extraction`; computing it never touches the Document, so
the heavy half can be tested and batched alone (spaCy's predict / set_annotations split).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sift.document import Block, Document, Poster, Removed

__all__ = ["Extraction", "Piece", "visible", "write_extraction"]

#: Soft hyphens (U+00AD) are hyphenation hints a browser shows only at a line break; inside a word they split it
#: for every later stage ("réac\u00adtion" is no French word to a tagger, a lemmatizer or a search). Zero-width
#: spaces, word joiners and byte-order marks (U+200B, U+2060, U+FEFF) show nothing either: editors fill empty
#: paragraphs with them ("<p>&#8203;</p>", seventeen blank blocks on a Korean theatre's post; issue #18, sweep44).
#: Zero-width (non-)joiners stay: they shape Persian, Indic and emoji text.
_INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u2060\ufeff"))


@dataclass(slots=True, frozen=True)
class Piece:
    """One paragraph of kept text and its role (body, related, quote or caption).

    ``anchor`` is the page text just before a paragraph that was lifted out of the page ahead of the main
    extraction (whitespace removed), so that it can be put back in page order; empty for all others.
    """

    role: str
    text: str
    anchor: str = ""
    #: who posted the paragraph, when it is one post of a thread (``sift.extract.posts``)
    poster: Poster | None = None


@dataclass(slots=True)
class Extraction:
    """Title, date, site, author, kept paragraphs in order, and everything cut with its reason."""

    title: str | None = None
    published: str | None = None
    site: str | None = None
    author: str | None = None
    pieces: list[Piece] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)

    def keep(self, role: str, text: str, anchor: str = "") -> None:
        """Append a paragraph, ignoring empty text."""
        text = text.strip()
        if text:
            self.pieces.append(Piece(role, text, anchor))

    def texts(self, role: str) -> list[str]:
        """The kept paragraphs with this role, in order."""
        return [piece.text for piece in self.pieces if piece.role == role]

    def reasons(self) -> dict[str, str]:
        """Each cut text with the reason it was cut (the last reason when a text was cut twice)."""
        return {removed.text: removed.reason for removed in self.removed}

    def cut(self, text: str, reason: str) -> None:
        """Record text that was cut, ignoring empty text."""
        text = text.strip()
        if text:
            self.removed.append(Removed(text, reason))


def visible(text: str) -> str:
    """``text`` as a reader sees it on the page: without soft hyphens nor zero-width spaces."""
    return text.translate(_INVISIBLE)


def write_extraction(doc: Document, extraction: Extraction) -> Document:
    """Replace the document's extract fields with ``extraction`` (never appends to an earlier run).

    Args:
        doc: the document to annotate.
        extraction: what the HTML or text extractor found.

    Returns:
        The same document, with ``title``, ``published``, ``site``, ``author``, ``blocks`` (ids ``b0, b1, …``)
        and ``removed`` set; title and block texts are :func:`visible`, and a piece with nothing visible makes no
        block.
    """
    doc.title = visible(extraction.title) if extraction.title else extraction.title
    doc.published = extraction.published
    doc.site = extraction.site
    doc.author = extraction.author
    shown = [(piece, text) for piece in extraction.pieces if (text := visible(piece.text)).strip()]
    doc.blocks = [
        Block(id=f"b{index}", role=piece.role, text=text, poster=piece.poster)
        for index, (piece, text) in enumerate(shown)
    ]
    doc.removed = list(extraction.removed)
    return doc
