"""The one narrow interface every store backend implements, and the plain records it returns."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from types import TracebackType
from typing import Any, Protocol, Self, runtime_checkable

from sift.document import Document
from sift.factchecks.record import FactCheck, ImportSummary

__all__ = ["DocumentFailure", "DocumentStats", "DocumentSummary", "FactCheckStats", "Store"]


@dataclass(slots=True)
class DocumentSummary:
    """One stored analysed document, as the web UI lists it."""

    id: str
    title: str | None
    language: str
    location: str
    created: str
    updated: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


@dataclass(slots=True)
class DocumentFailure:
    """A page that could not be read, analysed or stored, with the reason; kept until a retry stores it.

    ``key`` is the page's source key (path, URL, WARC record id, ``file:line``), ``content_hash`` the SHA-256
    of its bytes when they were read, ``failed`` the UTC time of the last attempt.
    """

    key: str
    location: str
    reason: str
    content_hash: str | None = None
    attempts: int = 1
    failed: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


@dataclass(slots=True)
class DocumentStats:
    """How many documents are stored (by main language) and how many pages are recorded as failed."""

    documents: int
    failed: int
    languages: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict: ``{"documents", "failed", "languages"}``."""
        return asdict(self)


@dataclass(slots=True)
class FactCheckStats:
    """Counts of the stored fact-checks by language, verdict and publisher, and their review-date range."""

    total: int
    by_language: dict[str, int]
    by_verdict: dict[str, int]
    by_publisher: dict[str, int]
    first_review_date: str | None
    last_review_date: str | None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)


@runtime_checkable
class Store(Protocol):
    """Fact-checks and analysed documents, behind one interface for SQLite and PostgreSQL.

    Every write is one transaction: it either lands whole or raises ``StoreError`` leaving the store as it
    was. ``location`` is the SQLite file path or the PostgreSQL URL without its password.
    """

    location: str

    def add_factchecks(self, records: Iterable[FactCheck]) -> ImportSummary: ...

    def get_factcheck(self, id: str) -> FactCheck | None: ...

    def iter_factchecks(self, after_seq: int = 0) -> Iterator[tuple[int, FactCheck]]: ...

    def max_seq(self) -> int: ...

    def search_factchecks(
        self,
        query: str = "",
        *,
        language: str | None = None,
        verdict: str | None = None,
        publisher: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[FactCheck]: ...

    def factcheck_stats(self) -> FactCheckStats: ...

    def count_factchecks(
        self,
        query: str = "",
        *,
        language: str | None = None,
        verdict: str | None = None,
        publisher: str | None = None,
    ) -> int: ...

    def save_document(self, doc: Document, *, key: str | None = None) -> str: ...

    def get_document(self, id: str) -> Document | None: ...

    def list_documents(
        self, query: str = "", limit: int = 50, offset: int = 0, *, language: str | None = None
    ) -> list[DocumentSummary]: ...

    def delete_document(self, id: str) -> bool: ...

    def stored_sources(self, keys: Sequence[str]) -> dict[str, set[str]]: ...

    def record_failure(self, failure: DocumentFailure) -> None: ...

    def failed_sources(self, keys: Sequence[str]) -> dict[str, str | None]: ...

    def list_failures(self, limit: int = 50, offset: int = 0) -> list[DocumentFailure]: ...

    def document_stats(self) -> DocumentStats: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...
