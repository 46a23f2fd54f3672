"""Reading pages into a Document: files, stdin, text and URLs, with size caps and an SSRF guard.

``load`` is the one entry point (used by ``sift.check``, the CLI, the API and the batch runner). It fills
only ``id``, ``source`` and ``raw``; the extract stage reads ``raw``.

Never let ``load`` guess the kind of untrusted input: a string naming a local path is read as a file.
Services should pass ``kind="url"`` or ``kind="text"`` explicitly.
"""

from __future__ import annotations

import hashlib
import re
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sift.document import Document, Source
from sift.errors import InputError
from sift.ingest.config import IngestConfig
from sift.ingest.decode import Decoded, decode_bytes, normalise_newlines
from sift.ingest.guard import Resolver, check_url, is_blocked_address
from sift.ingest.kinds import KINDS, check_kind, guess_kind
from sift.ingest.read import read_file, read_stream, too_large
from sift.ingest.sniff import (
    BINARY_CONTROL_SHARE,
    HTML_MEDIA_TYPES,
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    TEXT,
    binary_kind,
    control_share,
    sniff_media_type,
)
from sift.ingest.unpack import gunzip, is_gzip

if TYPE_CHECKING:  # httpx loads with the first URL: a file or stdin check does without it
    import httpx

__all__ = [
    "KINDS",
    "IngestConfig",
    "check_url",
    "guess_kind",
    "is_blocked_address",
    "load",
    "load_bytes",
    "page_suffix_is_html",
    "page_suffix_is_markdown",
]

#: Lone UTF-16 surrogates a str can carry (from broken JSON or surrogateescape) but no encoder accepts.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class _Origin:
    """Where bytes came from: the Source fields known before decoding, and how to name it in messages."""

    kind: str
    location: str
    what: str
    said_html: bool = False
    content_type: str | None = None
    fetched_at: str | None = None
    said_markdown: bool = False


def load(
    source: str | bytes,
    *,
    kind: str | None = None,
    config: IngestConfig | None = None,
    transport: httpx.BaseTransport | None = None,
    stdin: BinaryIO | None = None,
    resolve: Resolver = socket.getaddrinfo,
    name: str | None = None,
) -> Document:
    """Read one page into a Document with ``id``, ``source`` and ``raw`` filled.

    Args:
        source: a file path, an ``http(s)://`` URL, ``"-"`` for stdin, or the page itself (``str``/``bytes``).
        kind: ``"file"``, ``"url"``, ``"stdin"`` or ``"text"``; guessed when None (see :func:`guess_kind`).
        config: size cap, timeout, redirects, private-network opt-in, User-Agent (defaults if None).
        transport: httpx transport for URLs (tests pass ``httpx.MockTransport``).
        stdin: binary stream read for ``"-"`` (default ``sys.stdin.buffer``).
        resolve: ``socket.getaddrinfo``-shaped resolver for the SSRF guard (tests inject a fake one).
        name: for ``"text"``, the file name the page came with (an upload): its suffix says HTML or Markdown, as a
            file's does, and it is the source's location instead of ``<text>``.

    Returns:
        A Document whose ``id`` is the first 16 hex digits of the SHA-256 of the input bytes (as read, before
        gunzip), whose ``source.location`` is the absolute path, ``-``, ``<text>`` or the final URL, and
        whose ``raw`` is the decoded text with ``\\n`` newlines.

    Raises:
        InputError: missing, empty, whitespace-only, binary, oversized or damaged (gzip) input.
        FetchError: a refused or failed URL (blocked address, scheme, timeout, type, size, HTTP status).
        ConfigError: an unknown ``kind``.
    """
    config = config if config is not None else IngestConfig()
    kind = check_kind(kind) if kind is not None else guess_kind(source)
    if kind == "text":
        return _load_text(source, config, name)
    if isinstance(source, bytes):
        raise InputError(f"a {kind} source must be given as a str, not bytes; pass kind='text' for page bytes")
    if kind == "stdin":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _document(read_stream(stream, config.max_bytes), _Origin("stdin", "-", "stdin"), config)
    if kind == "file":
        path = Path(source.strip()).expanduser()
        origin = _named_origin("file", str(path.absolute()), path)
        return _document(read_file(path, config.max_bytes), origin, config)
    from sift.ingest.fetch import fetch

    fetched = fetch(source.strip(), config, transport=transport, resolve=resolve)
    origin = _Origin(
        "url",
        fetched.url,
        fetched.url,
        said_html=fetched.media_type in HTML_MEDIA_TYPES,
        content_type=fetched.content_type,
        fetched_at=fetched.fetched_at,
    )
    return _document(fetched.body, origin, config)


def load_bytes(
    data: bytes,
    *,
    kind: str,
    location: str,
    config: IngestConfig | None = None,
    said_html: bool = False,
    content_type: str | None = None,
    fetched_at: str | None = None,
    said_markdown: bool = False,
) -> Document:
    """A page whose bytes the caller already holds (a batch input: a file, a JSONL line, a WARC record).

    Read like :func:`load` reads a file or a download (size cap, gunzip, binary refusal, decoding), with the
    ``Source`` the caller knows: ``kind`` (``"file"``, ``"url"``, ``"text"``), ``location`` (also how
    messages name the page), the ``Content-Type`` it was served with and when it was fetched; ``said_markdown``
    (a ``.md`` name) reads a page that is not HTML as Markdown, as :func:`load` reads a ``.md`` file.

    Raises:
        InputError: empty, whitespace-only, binary, oversized or damaged (gzip) input.
        ConfigError: an unknown ``kind``.
    """
    origin = _Origin(
        check_kind(kind),
        location,
        location,
        said_html=said_html,
        content_type=content_type,
        fetched_at=fetched_at,
        said_markdown=said_markdown,
    )
    return _document(data, origin, config if config is not None else IngestConfig())


def page_suffix_is_html(path: str) -> bool:
    """Whether a file name says HTML (``.html``, ``.htm``, also under ``.gz``)."""
    return _page_suffix(Path(path)) in HTML_SUFFIXES


def page_suffix_is_markdown(path: str) -> bool:
    """Whether a file name says Markdown (``.md``, ``.markdown``, also under ``.gz``)."""
    return _page_suffix(Path(path)) in MARKDOWN_SUFFIXES


def _page_suffix(path: Path) -> str:
    """Lower-case suffix naming the page type, looking through ``.gz`` (``a.html.gz`` → ``.html``)."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _named_origin(kind: str, location: str, path: Path) -> _Origin:
    """The origin of a page that comes with a file name: its suffix says HTML or Markdown (a hint, never decisive)."""
    suffix = _page_suffix(path)
    return _Origin(
        kind, location, str(path), said_html=suffix in HTML_SUFFIXES, said_markdown=suffix in MARKDOWN_SUFFIXES
    )


def _load_text(source: str | bytes, config: IngestConfig, name: str | None = None) -> Document:
    """A page given as bytes (decoded like a file) or as a str (already text; its UTF-8 bytes are hashed)."""
    origin = _named_origin("text", name, Path(name)) if name else _Origin("text", "<text>", "the text")
    if isinstance(source, bytes):
        return _document(source, origin, config)
    data = source.encode("utf-8", "surrogatepass")
    _check_size(data, origin.what, config.max_bytes)
    text = _LONE_SURROGATE.sub("\ufffd", source.removeprefix("\ufeff"))
    return _finish(data, Decoded(text, "utf-8"), origin)


def _check_size(data: bytes, what: str, max_bytes: int) -> None:
    if not data:
        raise InputError(f"{what} is empty (0 bytes); give a page with some text")
    if len(data) > max_bytes:
        raise too_large(what, max_bytes, len(data))


def _document(data: bytes, origin: _Origin, config: IngestConfig) -> Document:
    """Decompress, refuse binary formats, decode, then build the Document."""
    _check_size(data, origin.what, config.max_bytes)
    payload = gunzip(data, config.max_bytes) if is_gzip(data) else data
    binary = binary_kind(payload)
    if binary is not None:
        raise InputError(f"{origin.what} is {binary}, not a web page or text; sift reads HTML and plain text")
    return _finish(data, decode_bytes(payload, content_type=origin.content_type), origin)


def _finish(data: bytes, decoded: Decoded, origin: _Origin) -> Document:
    """Refuse blank or binary-looking text, sniff HTML vs plain text, and fill id, source and raw."""
    text = normalise_newlines(decoded.text)
    if not text.strip():
        raise InputError(f"{origin.what} holds only whitespace ({len(data)} bytes); give a page with some text")
    share = control_share(text)
    if share > BINARY_CONTROL_SHARE:
        raise InputError(
            f"{origin.what} looks like binary data ({share:.0%} control characters), not a web page or text; "
            "check that you picked the right file"
        )
    digest = hashlib.sha256(data).hexdigest()
    media_type = sniff_media_type(text, said_html=origin.said_html)
    if origin.said_markdown and media_type == TEXT:  # a .md page that is HTML after all stays HTML
        from sift.ingest.markdown import MARKDOWN_MEDIA_TYPE, markdown_text

        text, media_type = markdown_text(text), MARKDOWN_MEDIA_TYPE
    source = Source(
        kind=origin.kind,
        location=origin.location,
        sha256=digest,
        media_type=media_type,
        encoding=decoded.encoding,
        size_bytes=len(data),
        fetched_at=origin.fetched_at,
    )
    return Document(id=digest[:16], source=source, raw=text)
