"""Content sniffing: is this input binary, HTML or plain text? Decided from the bytes, not the name."""

from __future__ import annotations

import itertools
import re

from sift.document import HTML_MEDIA_TYPES

__all__ = [
    "BINARY_CONTROL_SHARE",
    "HTML_MEDIA_TYPES",
    "HTML_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "PAGE_FILE_SUFFIXES",
    "TEXT",
    "binary_kind",
    "control_share",
    "sniff_media_type",
]

HTML = "text/html"
TEXT = "text/plain"

#: Leading bytes of formats people mistake for pages, with what to call them in the error message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document (convert it to text first, e.g. with pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive or office document (DOCX/ODT/EPUB)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document (save it as plain text or HTML first)"),
    (b"\x1f\x8b", "gzip data compressed twice"),
    (b"BZh", "bzip2 data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz data (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", "zstd data (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable program"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg audio/video file"),
    (b"ID3", "an MP3 audio file"),
    (b"fLaC", "a FLAC audio file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x00asm", "a WebAssembly module"),
)
#: RIFF containers and ISO media carry their type a few bytes in.
_RIFF_TYPES = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}

#: C0 controls that never occur in real text (tab, newlines, VT, FF and ESC are allowed), plus DEL.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
#: Share of control characters above which decoded input is called binary. bench/ingest.py margins:
#: the 181 scrapinghub pages 0.0 at most, random and compressed bytes 0.09 at least.
BINARY_CONTROL_SHARE = 0.01
#: Characters sampled for the control-character share (binary formats show themselves early).
_CONTROL_SAMPLE_CHARS = 1 << 16

#: Complete tags that mark a document as HTML when they open near its start.
_HTML_START = re.compile(
    r"<!doctype\s+html[^>]*>|<(?:html|head|body|meta|title|link|script|style|div|p|article|section|main"
    r"|header|nav|table|h[1-6]|ul|ol|br|span|a|iframe|form|center|font|b|i)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
#: Any complete opening, closing or comment tag (``a<b and c>d`` in prose is not one: no tag name run).
_ANY_TAG = re.compile(r"<[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|</[a-zA-Z][a-zA-Z0-9-]*\s*>|<!--")
#: Tags near its start that make text not opening with one an HTML fragment (two are a quoted tag pair).
MIN_FRAGMENT_TAGS = 4
#: How far into the text the opening HTML markers must appear (a page's head starts at once).
_HTML_HEAD_CHARS = 1024
#: File suffixes and HTTP media types that say a document is HTML (a hint, never decisive).
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
#: File suffixes that say a text document is Markdown (read into plain text by ``sift.ingest.markdown``).
MARKDOWN_SUFFIXES = (".md", ".markdown")
#: File suffixes of pages (HTML, plain text, Markdown): what a directory walk reads and what makes a short string a
#: file name (each also under ``.gz``).
PAGE_FILE_SUFFIXES = (*HTML_SUFFIXES, ".txt", *MARKDOWN_SUFFIXES)


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is (e.g. ``"a PNG image"``) from its magic number, or None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_TYPES:
        return _RIFF_TYPES[data[8:12]]
    if data[4:8] == b"ftyp":
        return "an MP4/MOV/HEIC media file"
    return None


def control_share(text: str) -> float:
    """Share of characters in (a sample of) ``text`` that are control characters text never holds."""
    sample = text[:_CONTROL_SAMPLE_CHARS]
    if not sample:
        return 0.0
    return len(_CONTROL_CHARS.findall(sample)) / len(sample)


def _is_markup(head: str) -> bool:
    """Whether text that does not open with a tag still holds enough tags to be a fragment of a page.

    Prose that quotes a tag or two (``a reader wrote <script>alert(1)</script>``) is text: read as HTML
    it parsed into nothing and was refused as "not readable HTML".
    """
    return sum(1 for _ in itertools.islice(_ANY_TAG.finditer(head), MIN_FRAGMENT_TAGS)) >= MIN_FRAGMENT_TAGS


def sniff_media_type(text: str, *, said_html: bool = False) -> str:
    """``text/html`` when markup opens the text (or it was said to be HTML and has tags at all), else plain.

    Args:
        text: the decoded input.
        said_html: the file suffix or the HTTP Content-Type says HTML; a hint, never decisive.

    Returns:
        ``"text/html"`` or ``"text/plain"``.
    """
    head = text[:_HTML_HEAD_CHARS]
    if _HTML_START.search(head) and (head.lstrip("\ufeff \t\r\n").startswith("<") or _is_markup(head)):
        return HTML
    if said_html and _ANY_TAG.search(text):
        return HTML
    return TEXT
