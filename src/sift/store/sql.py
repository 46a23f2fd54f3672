"""The store logic both backends share: one locked write connection, one transaction per write call.

Backends subclass :class:`SqlStore` and supply how a write transaction starts, how driver errors read,
and the placeholder style; all SQL is written once, with ``?`` placeholders.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from itertools import islice
from types import TracebackType
from typing import Any, Self

from sift.document import Document
from sift.errors import InputError, StoreError
from sift.factchecks.record import VERDICTS, FactCheck, ImportSummary
from sift.lexicon.fold import fold
from sift.store.base import DocumentSummary, FactCheckStats
from sift.store.schema import SCHEMA_VERSION, migration_steps

__all__ = ["MAX_LIMIT", "MAX_OFFSET", "MAX_QUERY_CHARS", "SqlStore"]

#: Longest search query accepted; a longer one is almost certainly a pasted page, not a query.
MAX_QUERY_CHARS = 1000
#: Largest page a list or search returns.
MAX_LIMIT = 1000
#: Largest offset into a list: far past any store, and far inside the 64-bit integers both databases bind
#: (``?offset=9223372036854775808`` was an OverflowError, a 500).
MAX_OFFSET = 1_000_000_000
#: Records written per ``executemany`` inside the one import transaction (bounds memory on big feeds).
CHUNK_SIZE = 1000
#: Rows read per page by ``iter_factchecks`` (the lock is released between pages).
PAGE_SIZE = 1000

#: FactCheck fields stored in ``record``, read directly: ``asdict`` deep-copies and dominated import time.
_RECORD_FIELDS = tuple(FactCheck.__dataclass_fields__)
_FACTCHECK_COLUMNS = (
    "id, claim, review_url, publisher_name, rating, verdict, language, review_date, search_text, record"
)
_INSERT_FACTCHECK = (
    f"INSERT INTO factchecks ({_FACTCHECK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"
)
_UPSERT_DOCUMENT = (
    "INSERT INTO documents (id, title, language, location, created, updated, search_text, body) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
    "language = excluded.language, location = excluded.location, updated = excluded.updated, "
    "search_text = excluded.search_text, body = excluded.body"
)


def _like_terms(query: str) -> list[str]:
    """One escaped ``LIKE`` pattern per query word; every word must occur."""
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(
            f"search query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}: "
            "search for a few distinctive words"
        )
    escaped = fold(query, casefold=True).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return [f"%{word}%" for word in escaped.split()]


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise InputError(f"offset must be between 0 and {MAX_OFFSET}, got {offset}")


def _factcheck_row(record: FactCheck) -> tuple[Any, ...]:
    searchable = " ".join(part for part in (record.claim, record.title, record.claimant, record.publisher_name) if part)
    return (
        record.id,
        record.claim,
        record.review_url,
        record.publisher_name,
        record.rating,
        record.verdict,
        record.language,
        record.review_date,
        fold(searchable, casefold=True),
        json.dumps({name: getattr(record, name) for name in _RECORD_FIELDS}, ensure_ascii=False),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SqlStore:
    """A :class:`~sift.store.base.Store` over one DB-API connection in autocommit mode.

    One store object may be shared by the threads of a web server: writes go through one connection under
    a lock, each in one explicit transaction opened by :meth:`_begin_write`; reads use a per-thread
    connection when the backend passes ``connect_reader`` (SQLite in WAL mode), else the same locked one.
    """

    #: DDL for the auto-incrementing ``seq`` column.
    serial_ddl: str = ""
    #: Driver exception classes that mean "the database said no"; turned into ``StoreError``.
    driver_errors: tuple[type[BaseException], ...] = ()

    def __init__(
        self,
        connection: Any,
        location: str,
        *,
        read_only: bool,
        connect_reader: Callable[[], Any] | None = None,
    ) -> None:
        self._connection = connection
        self._lock = threading.RLock()
        self._connect_reader = connect_reader
        self._local = threading.local()
        self._readers: list[Any] = []
        self._readers_lock = threading.Lock()  # not ``_lock``: a reader must never wait for the writer
        self.location = location
        self.read_only = read_only
        self._closed = False

    # ---- backend hooks ----------------------------------------------------------------------------

    def _begin_write(self) -> None:
        """Open a write transaction that excludes other writers until commit."""
        raise NotImplementedError

    def _rollback(self) -> None:
        """Abandon the open write transaction, if the database has not already done so."""
        raise NotImplementedError

    def _has_table(self, name: str) -> bool:
        """Whether a table exists (to tell an empty database from a sift store)."""
        raise NotImplementedError

    def _sql(self, text: str) -> str:
        """Adapt ``?`` placeholders to the driver's style."""
        return text

    def _explain(self, error: BaseException, action: str) -> StoreError:
        """A one-line ``StoreError`` for a driver error raised while doing ``action``."""
        return StoreError(f"cannot {action} store {self.location}: {error}")

    # ---- plumbing ---------------------------------------------------------------------------------

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement on the connection this thread is using (see :meth:`_using`)."""
        return self._local.connection.execute(self._sql(sql), params)

    def _reader(self) -> Any:
        """This thread's own read connection, opened on first use."""
        reader = getattr(self._local, "reader", None)
        if reader is None:
            reader = self._connect_reader()  # type: ignore[misc]
            with self._readers_lock:
                self._readers.append(reader)
            self._local.reader = reader
        return reader

    @contextmanager
    def _using(self, connection: Callable[[], Any], lock: AbstractContextManager[Any], action: str) -> Iterator[None]:
        """Run the block on one connection (``_execute`` uses it) and turn driver errors into ``StoreError``."""
        if getattr(self._local, "connection", None) is not None:  # nested in this thread's read or write
            yield
            return
        with lock:
            if self._closed:
                raise StoreError(f"store {self.location} is closed; open it again with sift.open_store")
            try:
                self._local.connection = connection()
                yield
            except self.driver_errors as error:
                raise self._explain(error, action) from error
            finally:
                self._local.connection = None

    def _reading(self, action: str) -> AbstractContextManager[None]:
        """Reads run on a per-thread connection when the backend offers one, so a long write never blocks them."""
        if self._connect_reader is None:
            return self._using(lambda: self._connection, self._lock, action)
        return self._using(self._reader, nullcontext(), action)

    @contextmanager
    def _writing(self, action: str) -> Iterator[None]:
        """One transaction on the write connection: commit at the end, roll back on any error."""
        if self.read_only:
            raise StoreError(f"cannot {action}: store {self.location} was opened read-only")
        with self._using(lambda: self._connection, self._lock, action):
            try:
                self._begin_write()
                yield
                self._execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def _schema_version(self) -> int:
        """Stored schema version, 0 for an empty database."""
        if not self._has_table("schema_version"):
            return 0
        row = self._execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> None:
        """Bring the schema up to date (writable stores), or check it is current (read-only stores).

        Raises:
            StoreError: the database is newer than this sift, or a read-only store needs an upgrade.
        """
        with self._reading("read the schema of"):
            current = self._schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.location} has schema version {current}, newer than this sift "
                f"({SCHEMA_VERSION}): upgrade sift"
            )
        if current == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(
                f"store {self.location} has schema version {current}, expected {SCHEMA_VERSION}: "
                "open it once without read_only to create or upgrade it"
            )
        with self._writing("create or upgrade the schema of"):
            self._execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self._schema_version()  # another process may have migrated meanwhile
            for version, step in migration_steps(current, self.serial_ddl):
                self._execute(step)
                self._execute("DELETE FROM schema_version")
                self._execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    # ---- fact-checks ------------------------------------------------------------------------------

    def add_factchecks(self, records: Iterable[FactCheck]) -> ImportSummary:
        """Insert fact-checks in one transaction, skipping those whose id is already stored.

        Args:
            records: fact-checks, possibly a lazy stream; written in chunks inside one transaction.

        Returns:
            Counts of inserted and duplicate records.

        Raises:
            StoreError: the store is read-only, locked or broken; nothing of this call is kept.
        """
        summary = ImportSummary(source=None)
        with self._writing("add fact-checks to"):
            iterator = iter(records)
            while chunk := list(islice(iterator, CHUNK_SIZE)):
                cursor = self._connection.cursor()
                cursor.executemany(self._sql(_INSERT_FACTCHECK), [_factcheck_row(r) for r in chunk])
                summary.imported += cursor.rowcount
                summary.duplicate += len(chunk) - cursor.rowcount
        return summary

    def get_factcheck(self, id: str) -> FactCheck | None:
        """The fact-check with this id, or ``None``."""
        with self._reading("read"):
            row = self._execute("SELECT record FROM factchecks WHERE id = ?", (id,)).fetchone()
        return FactCheck.from_dict(json.loads(row[0])) if row else None

    def iter_factchecks(self, after_seq: int = 0) -> Iterator[tuple[int, FactCheck]]:
        """Every fact-check inserted after ``after_seq``, as ``(seq, record)`` in insertion order.

        ``seq`` only grows (writers are serialised), so a consumer that remembers the last ``seq`` it saw
        can pick up exactly the records added since. Rows are read in pages: memory stays bounded.
        """
        last = after_seq
        while True:
            with self._reading("read"):
                rows = self._execute(
                    "SELECT seq, record FROM factchecks WHERE seq > ? ORDER BY seq LIMIT ?", (last, PAGE_SIZE)
                ).fetchall()
            for seq, record in rows:
                yield int(seq), FactCheck.from_dict(json.loads(record))
            if len(rows) < PAGE_SIZE:
                return
            last = int(rows[-1][0])

    def max_seq(self) -> int:
        """The highest ``seq`` stored, 0 when empty."""
        with self._reading("read"):
            row = self._execute("SELECT MAX(seq) FROM factchecks").fetchone()
        return int(row[0] or 0)

    def count_factchecks(self) -> int:
        """How many fact-checks are stored."""
        with self._reading("read"):
            return int(self._execute("SELECT COUNT(*) FROM factchecks").fetchone()[0])

    def search_factchecks(
        self,
        query: str = "",
        *,
        language: str | None = None,
        verdict: str | None = None,
        publisher: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[FactCheck]:
        """Fact-checks whose claim, title, claimant or publisher contain every word of ``query``.

        Matching ignores case and accents; an empty query lists everything (newest review first).
        Semantic matching is the matcher's job, not the store's.

        Args:
            query: words that must all occur; at most ``MAX_QUERY_CHARS`` characters.
            language: keep only this language code.
            verdict: keep only this normalised verdict (one of ``VERDICTS``).
            publisher: keep only this publisher name (exact).
            limit: page size, 1 to ``MAX_LIMIT``.
            offset: records to skip.

        Returns:
            Matching records, newest review first.

        Raises:
            InputError: query too long, unknown verdict, or a bad page.
        """
        _check_page(limit, offset)
        if verdict is not None and verdict not in VERDICTS:
            raise InputError(f"unknown verdict {verdict!r}: use one of {', '.join(VERDICTS)}")
        clauses: list[str] = []
        params: list[Any] = []
        for pattern in _like_terms(query):
            clauses.append("search_text LIKE ? ESCAPE '\\'")
            params.append(pattern)
        for column, value in (("language", language), ("verdict", verdict), ("publisher_name", publisher)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = (
            f"SELECT record FROM factchecks {where} "
            "ORDER BY (review_date IS NULL), review_date DESC, seq DESC LIMIT ? OFFSET ?"
        )
        with self._reading("search"):
            rows = self._execute(sql, (*params, limit, offset)).fetchall()
        return [FactCheck.from_dict(json.loads(row[0])) for row in rows]

    def factcheck_stats(self) -> FactCheckStats:
        """Counts by language, verdict and publisher (largest first) and the review-date range."""
        with self._reading("read"):
            counts = {
                column: {
                    str(key): int(count)
                    for key, count in self._execute(
                        f"SELECT {column}, COUNT(*) FROM factchecks GROUP BY {column} ORDER BY COUNT(*) DESC, {column}"
                    ).fetchall()
                }
                for column in ("language", "verdict", "publisher_name")
            }
            total, first, last = self._execute(
                "SELECT COUNT(*), MIN(review_date), MAX(review_date) FROM factchecks"
            ).fetchone()
        return FactCheckStats(
            total=int(total),
            by_language=counts["language"],
            by_verdict=counts["verdict"],
            by_publisher=counts["publisher_name"],
            first_review_date=first,
            last_review_date=last,
        )

    # ---- documents --------------------------------------------------------------------------------

    def save_document(self, doc: Document) -> str:
        """Store an analysed document as ``sift/1`` JSON, replacing a stored one with the same id.

        Returns:
            The document id.

        Raises:
            StoreError: the store is read-only, locked or broken.
        """
        now = _now()
        searchable = fold(" ".join(part for part in (doc.title, doc.source.location) if part), casefold=True)
        row = (doc.id, doc.title, doc.language, doc.source.location, now, now, searchable, doc.to_json(indent=None))
        with self._writing("save a document to"):
            self._execute(_UPSERT_DOCUMENT, row)
        return doc.id

    def get_document(self, id: str) -> Document | None:
        """The stored document with this id, or ``None``."""
        with self._reading("read"):
            row = self._execute("SELECT body FROM documents WHERE id = ?", (id,)).fetchone()
        return Document.from_json(row[0]) if row else None

    def list_documents(self, query: str = "", limit: int = 50, offset: int = 0) -> list[DocumentSummary]:
        """Stored documents whose title or source location contain every word of ``query``, newest first.

        Raises:
            InputError: query too long or a bad page.
        """
        _check_page(limit, offset)
        patterns = _like_terms(query)
        where = " AND ".join("search_text LIKE ? ESCAPE '\\'" for _ in patterns)
        sql = (
            "SELECT id, title, language, location, created, updated FROM documents "
            f"{'WHERE ' + where if where else ''} ORDER BY updated DESC, id LIMIT ? OFFSET ?"
        )
        with self._reading("list documents of"):
            rows = self._execute(sql, (*patterns, limit, offset)).fetchall()
        return [DocumentSummary(*row) for row in rows]

    def delete_document(self, id: str) -> bool:
        """Delete a stored document; ``True`` if it existed."""
        with self._writing("delete a document from"):
            cursor = self._execute("DELETE FROM documents WHERE id = ?", (id,))
        return bool(cursor.rowcount)

    # ---- lifetime ---------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection; later calls raise ``StoreError``. Closing twice is harmless."""
        with self._lock:
            if not self._closed:
                self._closed = True
                with self._readers_lock:
                    for reader in self._readers:
                        reader.close()
                self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.location!r}, read_only={self.read_only})"
