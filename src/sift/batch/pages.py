"""What batch inputs yield: a page (its bytes, or a URL still to fetch) or a bad record, both keyed by source."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

__all__ = ["BadRecord", "Page", "document_id"]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a corpus, keyed by where it came from.

    Args:
        key: the source key a rerun recognises the page by: an absolute path, a URL (as listed, see
            :func:`~sift.batch.inputs.url_key`), a WARC record id, or ``file:line`` for a JSONL line without a URL.
        location: where the page is shown to come from (``Source.location``): the path or the URL.
        kind: the ``Source.kind``: ``"file"``, ``"url"`` or ``"text"``.
        data: the page's bytes; ``None`` for a listed URL not fetched yet.
        said_html: the input said the page is HTML (a ``.html`` name, an ``html`` field).
        content_type: the ``Content-Type`` it was served with, if known.
        fetched_at: when it was fetched (UTC ISO), if known.
        said_markdown: the input said the page is Markdown (a ``.md`` name): read into plain text.
        title: a title the input gives (a JSONL ``title``); it replaces the extracted one.
        published: a publication date the input gives (a JSONL ``published``); it replaces the extracted one.
    """

    key: str
    location: str
    kind: str
    data: bytes | None = None
    said_html: bool = False
    content_type: str | None = None
    fetched_at: str | None = None
    said_markdown: bool = False
    title: str | None = None
    published: str | None = None

    @property
    def content_hash(self) -> str | None:
        """SHA-256 of the bytes as read (before any gunzip), as ``Source.sha256``; ``None`` before fetching."""
        return None if self.data is None else hashlib.sha256(self.data).hexdigest()

    def with_data(self, data: bytes, **fields: str | bool | None) -> Page:
        """The page with its bytes (and whatever else fetching learnt: final URL, Content-Type, time)."""
        return replace(self, data=data, **fields)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class BadRecord:
    """An input line or record that is not a page (bad JSON, no text, an unreadable WARC record, a failed fetch)."""

    key: str
    location: str
    reason: str
    content_hash: str | None = None


def document_id(key: str, content_hash: str) -> str:
    """The id of a batch document: 16 hex digits of the SHA-256 of its source key and content hash.

    Two sources holding the same bytes are two documents (``sift check`` ids hash the bytes alone); the same
    source and bytes are always the same document, so a rerun replaces rather than duplicates.
    """
    return hashlib.sha256(f"{key}\n{content_hash}".encode("utf-8", "surrogatepass")).hexdigest()[:16]
