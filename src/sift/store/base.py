"""The one narrow interface every store backend implements, and the plain records it returns."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self, runtime_checkable

from sift.document import Document
from sift.factchecks.record import FactCheck, ImportSummary
from sift.sources.profile import TeamOutlet

if TYPE_CHECKING:
    from sift.store.desk import AuditEntry, ReviewChange, ReviewState, TokenRecord

__all__ = [
    "WRITE_WAIT_S",
    "DocumentFailure",
    "DocumentStats",
    "DocumentSummary",
    "FactCheckStats",
    "OutletFactChecks",
    "Store",
    "StoryChanges",
    "StoryRows",
]

#: How long a write waits, in all, for other writers before it fails (nothing is written then). Twenty
#: parallel imports of 30,000 records each queue for about a minute on two cores; five minutes leaves room.
WRITE_WAIT_S = 300.0


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


@dataclass(slots=True)
class StoryRows:
    """The story tables as read: rows in the column order of ``sift.store.sql`` (see ``sift.store.stories``), and
    the version (``Store.story_version``) they were read at."""

    documents: list[tuple[Any, ...]]
    stories: list[tuple[Any, ...]]
    links: list[tuple[Any, ...]]
    redirects: list[tuple[Any, ...]]
    version: int = 0


@dataclass(slots=True)
class StoryChanges:
    """The story operations saved after a version, oldest first, read from one snapshot.

    ``operations`` are as written (see ``Store.write_story_operations``), except that a ``("document", id)``
    carries the document's ``story_documents`` row as of ``version`` (``None`` when a later operation forgot it).
    ``rows`` counts the rows read (log rows and document rows): what catching up cost. When the log no longer
    reaches back to the version asked about (it keeps the latest operations only), ``reload`` holds every story
    row instead and ``operations`` is empty.
    """

    operations: list[tuple[Any, ...]]
    version: int
    rows: int
    reload: StoryRows | None = None


@dataclass(slots=True)
class OutletFactChecks:
    """Stored fact-checks that may name an outlet: as publisher, ``(host, verdict, count)`` rows for its hosts
    and their sub-domains; as claimant, counts by verdict."""

    publisher: list[tuple[str, str, int]] = field(default_factory=list)
    claimant: dict[str, int] = field(default_factory=dict)


@runtime_checkable
class Store(Protocol):
    """Fact-checks and analysed documents, behind one interface for SQLite and PostgreSQL.

    Every write is one transaction: it either lands whole or raises ``StoreError`` leaving the store as it
    was; writes inside ``with store.transaction():`` land together, as one. ``location`` is the SQLite file
    path or the PostgreSQL URL without its password; ``read_only``: every write raises.
    """

    location: str
    read_only: bool

    def add_factchecks(self, records: Iterable[FactCheck]) -> ImportSummary: ...

    def get_factcheck(self, id: str) -> FactCheck | None: ...

    def get_factchecks(self, ids: Iterable[str]) -> dict[str, FactCheck]: ...

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

    def count_outlet_factchecks(self, hosts: Sequence[str], keys: Sequence[str]) -> OutletFactChecks: ...

    def add_outlets(self, outlets: Iterable[TeamOutlet]) -> ImportSummary: ...

    def list_outlets(self) -> list[TeamOutlet]: ...

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

    def load_story_rows(self) -> StoryRows: ...

    def load_story_changes(self, since: int) -> StoryChanges: ...

    def story_version(self) -> int: ...

    def write_story_operations(self, operations: Sequence[tuple[Any, ...]]) -> int: ...

    def write_story_change(self, since: int, change: Callable[[StoryChanges], Sequence[tuple[Any, ...]]]) -> int: ...

    def transaction(self) -> AbstractContextManager[None]: ...

    # the verification desk (sift.store.desk): tokens, audit log, claim reviews
    def add_token(self, name: str, role: str, token_hash: str, *, actor: str) -> TokenRecord: ...

    def remove_token(self, name: str, *, actor: str) -> bool: ...

    def list_tokens(self) -> list[TokenRecord]: ...

    def token_by_hash(self, token_hash: str) -> TokenRecord | None: ...

    def record_audit(self, actor: str, action: str, target: str, detail: dict[str, Any] | None = None) -> None: ...

    def list_audit(
        self, *, actor: str | None = None, action: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[AuditEntry]: ...

    def queue_claims(self, doc: Document) -> int: ...

    def get_review(self, document_id: str, sentence_id: str) -> ReviewState | None: ...

    def list_reviews(self, document_id: str) -> list[ReviewState]: ...

    def update_review(
        self, document_id: str, sentence_id: str, change: ReviewChange, *, actor: str, claim: str, language: str
    ) -> ReviewState: ...

    def review_queue(
        self,
        *,
        status: str | None = None,
        assignee: str | None = None,
        language: str | None = None,
        story: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[ReviewState]: ...

    def review_counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...
