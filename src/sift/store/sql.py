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
from sift.sources.hosts import host_of_url
from sift.sources.names import fold_name
from sift.sources.profile import Profile, TeamOutlet
from sift.store.base import (
    DocumentFailure,
    DocumentStats,
    DocumentSummary,
    FactCheckStats,
    OutletFactChecks,
    StoryChanges,
    StoryRows,
)
from sift.store.desk import DeskStore
from sift.store.schema import DESK_VERSION, SCHEMA_VERSION, SEARCH_INDEX_VERSION, Backfill, migration_steps

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
#: Ids bound per ``get_factchecks`` statement: under every driver's parameter limit (SQLite's is 32,766).
IDS_PER_QUERY = 500

#: FactCheck fields stored in ``record``, read directly: ``asdict`` deep-copies and dominated import time.
_RECORD_FIELDS = tuple(FactCheck.__dataclass_fields__)
_FACTCHECK_COLUMNS = (
    "id, claim, review_url, publisher_name, rating, verdict, language, review_date, search_text, record, "
    "publisher_host, claimant_key"
)
_INSERT_FACTCHECK = (
    f"INSERT INTO factchecks ({_FACTCHECK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO NOTHING"
)
_UPSERT_OUTLET = (
    "INSERT INTO outlets (key, name, record, fields, updated) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE "
    "SET name = excluded.name, record = excluded.record, fields = excluded.fields, updated = excluded.updated"
)
_UPSERT_DOCUMENT = (
    "INSERT INTO documents (id, title, language, location, created, updated, search_text, body, source_key, "
    "content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
    "language = excluded.language, location = excluded.location, updated = excluded.updated, "
    "search_text = excluded.search_text, body = excluded.body, source_key = excluded.source_key, "
    "content_hash = excluded.content_hash"
)
_UPSERT_FAILURE = (
    "INSERT INTO document_failures (source_key, content_hash, location, reason, attempts, failed) "
    "VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (source_key) DO UPDATE SET content_hash = excluded.content_hash, "
    "location = excluded.location, reason = excluded.reason, failed = excluded.failed, "
    "attempts = document_failures.attempts + 1"
)
_SUMMARY_COLUMNS = ("id", "title", "language", "location", "created", "updated")
#: Block roles whose text is searchable: the page's own words (related boxes are other stories' teasers).
SEARCH_ROLES = ("body", "quote", "caption")
#: Characters of a document's text that are searchable: beyond this a page is a dump, and PostgreSQL refuses
#: a tsvector over 1 MB.
MAX_SEARCH_CHARS = 200_000
#: Keys asked about per query by ``stored_sources``/``failed_sources`` (SQLite binds at most 32,766 values).
KEYS_PER_QUERY = 500
#: Story operations the change log keeps (older ones are deleted as new ones are written): a writer further behind
#: than this reloads every story row once. About 15,000 saved pages at 6-7 operations a page; a log row is ~60 bytes.
STORY_CHANGES_KEPT = 100_000
#: The log is cut each time its version passes a multiple of this (one range delete per ~150 saved pages).
STORY_CHANGES_CUT_EVERY = 1000


_STORY_DOCUMENT_COLUMNS = (
    "id, seq, story, lang, day, is_dated, vector, names, numbers, factchecks, title, site, published, source, claims"
)
_UPSERT_STORY_DOCUMENT = (
    f"INSERT INTO story_documents ({_STORY_DOCUMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{column} = excluded.{column}" for column in _STORY_DOCUMENT_COLUMNS.split(", ")[1:])
)
_UPSERT_STORY = (
    "INSERT INTO stories (id, created) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET created = excluded.created"
)
_UPSERT_REDIRECT = (
    "INSERT INTO story_redirects (old, new) VALUES (?, ?) ON CONFLICT (old) DO UPDATE SET new = excluded.new"
)
_UPSERT_LINK = (
    "INSERT INTO story_links (a, b, score) VALUES (?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET score = excluded.score"
)


def _story_statements(kind: str, values: list[Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """The SQL of one story operation (see :meth:`SqlStore.write_story_operations`)."""
    if kind == "document":
        return [(_UPSERT_STORY_DOCUMENT, tuple(values[0]))]
    if kind == "forget":
        return [
            ("DELETE FROM story_documents WHERE id = ?", (values[0],)),
            ("DELETE FROM story_links WHERE a = ? OR b = ?", (values[0], values[0])),
        ]
    if kind == "member":
        return [("UPDATE story_documents SET story = ? WHERE id = ?", (values[1], values[0]))]
    if kind == "story":
        return [(_UPSERT_STORY, (values[0], values[1]))]
    if kind == "drop":
        return [("DELETE FROM stories WHERE id = ?", (values[0],))]
    if kind == "redirect":
        return [(_UPSERT_REDIRECT, (values[0], values[1]))]
    if kind == "unredirect":
        return [("DELETE FROM story_redirects WHERE old = ?", (values[0],))]
    if kind == "link":
        a, b, score = values
        return [(_UPSERT_LINK, (min(a, b), max(a, b), score))]
    raise StoreError(f"unknown story operation {kind!r}")


def _check_query(query: str) -> None:
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(
            f"search query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}: "
            "search for a few distinctive words"
        )


def _like_terms(query: str) -> list[str]:
    """One escaped ``LIKE`` pattern per query word; every word must occur."""
    _check_query(query)
    escaped = _escape_like(fold(query, casefold=True))
    return [f"%{word}%" for word in escaped.split()]


def _factcheck_filter(
    query: str, language: str | None, verdict: str | None, publisher: str | None
) -> tuple[str, list[Any]]:
    """The ``WHERE`` clause and parameters of a fact-check search (words, language, verdict, publisher).

    Raises:
        InputError: the query is too long or the verdict unknown.
    """
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
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def _escape_like(text: str) -> str:
    """``text`` matched literally by ``LIKE … ESCAPE '\\'``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_terms(query: str) -> list[str]:
    """The words of a full-text query, case- and accent-folded (pieces without a letter or digit dropped).

    Raises:
        InputError: the query is longer than ``MAX_QUERY_CHARS``.
    """
    _check_query(query)
    return [word for word in fold(query, casefold=True).split() if any(char.isalnum() for char in word)]


def document_text(doc: Document) -> str:
    """The searchable text of a document: its body, quote and caption blocks, cut at ``MAX_SEARCH_CHARS``."""
    return "\n".join(block.text for block in doc.blocks if block.role in SEARCH_ROLES)[:MAX_SEARCH_CHARS]


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise InputError(f"offset must be between 0 and {MAX_OFFSET}, got {offset}")


def _older(record: FactCheck, stored: FactCheck) -> bool:
    """``record`` was reviewed before ``stored`` (both dated: the stored ISO days compare as text)."""
    return bool(record.review_date and stored.review_date and record.review_date < stored.review_date)


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
        *_outlet_keys(record),
    )


def _outlet_keys(record: FactCheck) -> tuple[str | None, str | None]:
    """The publisher's host (its site, else the review's) and the folded claimant name."""
    host = host_of_url(record.publisher_site) if record.publisher_site else None
    return host or host_of_url(record.review_url), fold_name(record.claimant or "") or None


def _chunks(keys: Sequence[str]) -> Iterator[list[str]]:
    distinct = list(dict.fromkeys(keys))
    for start in range(0, len(distinct), KEYS_PER_QUERY):
        yield distinct[start : start + KEYS_PER_QUERY]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SqlStore(DeskStore):
    """A :class:`~sift.store.base.Store` over one DB-API connection in autocommit mode.

    One store object may be shared by the threads of a web server: writes go through one connection under
    a lock, each in one explicit transaction opened by :meth:`_begin_write`; reads use a per-thread
    connection when the backend passes ``connect_reader`` (SQLite in WAL mode), else the same locked one.
    """

    #: Which SQL of a :class:`~sift.store.schema.Dialects` migration step this backend runs.
    backend: str = ""
    #: DDL for the auto-incrementing ``seq`` column.
    serial_ddl: str = ""
    #: Starts a read transaction that sees one snapshot of the database.
    snapshot_sql: str = "BEGIN"
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

    def _index_document(self, doc_id: str, title: str, location: str, text: str) -> None:
        """Write (or replace) the full-text entry of a stored document, inside the open write transaction."""
        raise NotImplementedError

    def _unindex_document(self, doc_id: str) -> None:
        """Drop the full-text entry of a document about to be deleted, inside the open write transaction."""
        raise NotImplementedError

    def _search_documents(self, terms: list[str]) -> tuple[str, list[Any], str]:
        """``(FROM … WHERE …, params, ORDER BY …)`` selecting documents (alias ``d``) that hold every term."""
        raise NotImplementedError

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
        """One transaction on the write connection: commit at the end, roll back on any error.

        Inside a :meth:`transaction` of this thread the block joins it: what it writes commits or rolls back
        with the rest of that transaction.
        """
        if self.read_only:
            raise StoreError(f"cannot {action}: store {self.location} was opened read-only")
        if getattr(self._local, "writing", False):
            yield
            return
        with self._using(lambda: self._connection, self._lock, action):
            try:
                self._begin_write()
                self._local.writing = True
                yield
                self._execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
            finally:
                self._local.writing = False

    def transaction(self) -> AbstractContextManager[None]:
        """One write transaction around several writes (``with store.transaction(): …``): they land together
        or, on any error, not at all; other writers wait until it ends. Reads inside it see its writes.

        Raises:
            StoreError: the store is read-only, locked or broken (the transaction is rolled back).
        """
        return self._writing("write to")

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
            for _, step in migration_steps(current, self.serial_ddl, self.backend):
                if isinstance(step, Backfill):
                    getattr(self, f"_backfill_{step.name}")()
                else:
                    self._execute(step)
            if current < SEARCH_INDEX_VERSION <= SCHEMA_VERSION:
                self._index_stored_documents()
            if 0 < current < DESK_VERSION <= SCHEMA_VERSION:
                self._queue_stored_documents()
            self._execute("DELETE FROM schema_version")
            self._execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))

    def _stored_documents(self) -> Iterator[Document]:
        """Every stored document, read in pages by id (inside a migration's transaction)."""
        last = ""
        while True:
            rows = self._execute(
                "SELECT id, body FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, PAGE_SIZE)
            ).fetchall()
            for _, body in rows:
                yield Document.from_json(body)
            if len(rows) < PAGE_SIZE:
                return
            last = rows[-1][0]

    def _index_stored_documents(self) -> None:
        """Index the documents stored before full-text search existed (inside the migration's transaction)."""
        for doc in self._stored_documents():
            self._index_document(doc.id, doc.title or "", doc.source.location, document_text(doc))

    def _queue_stored_documents(self) -> None:
        """Queue the check-worthy claims of documents stored before the desk existed (inside the migration)."""
        for doc in self._stored_documents():
            self._queue_rows(doc)

    # ---- fact-checks ------------------------------------------------------------------------------

    def add_factchecks(self, records: Iterable[FactCheck]) -> ImportSummary:
        """Insert fact-checks in one transaction; a record whose id is stored replaces it when it says something
        else (a corrected verdict, a publisher's new rating), and is a duplicate when it says the same. A record
        reviewed before the stored one (an older dump imported after a newer one) is stale: the stored one stays.
        Of one id given twice, the later record counts (the earlier is a duplicate).

        A replaced record is written afresh, with a new ``seq``: the matcher's incremental update then re-indexes
        it (its old row stops being live) and no process keeps showing the old verdict from its cache.

        Args:
            records: fact-checks, possibly a lazy stream; written in chunks inside one transaction.

        Returns:
            Counts of inserted, updated, duplicate and stale records.

        Raises:
            StoreError: the store is read-only, locked or broken; nothing of this call is kept.
        """
        summary = ImportSummary(source=None)
        with self._writing("add fact-checks to"):
            iterator = iter(records)
            while chunk := list(islice(iterator, CHUNK_SIZE)):
                latest = {record.id: record for record in chunk}  # a later line of a file corrects an earlier one
                stored = self._stored_factchecks(set(latest))
                stale = {id for id, record in latest.items() if id in stored and _older(record, stored[id])}
                writes = [record for id, record in latest.items() if id not in stale]
                changed = {record.id for record in writes if stored.get(record.id, record) != record}
                cursor = self._connection.cursor()
                if changed:
                    cursor.executemany(self._sql("DELETE FROM factchecks WHERE id = ?"), [(id,) for id in changed])
                cursor.executemany(self._sql(_INSERT_FACTCHECK), [_factcheck_row(r) for r in writes])
                summary.imported += cursor.rowcount - len(changed)
                summary.updated += len(changed)
                summary.duplicate += len(writes) - cursor.rowcount + len(chunk) - len(latest)
                summary.stale += len(stale)
        return summary

    def _stored_factchecks(self, ids: set[str]) -> dict[str, FactCheck]:
        """The stored records among ``ids`` (inside the caller's transaction)."""
        marks = ", ".join("?" * len(ids))
        rows = self._execute(f"SELECT id, record FROM factchecks WHERE id IN ({marks})", list(ids)).fetchall()
        return {str(id): FactCheck.from_dict(json.loads(record)) for id, record in rows}

    def get_factcheck(self, id: str) -> FactCheck | None:
        """The fact-check with this id, or ``None``."""
        with self._reading("read"):
            row = self._execute("SELECT record FROM factchecks WHERE id = ?", (id,)).fetchone()
        return FactCheck.from_dict(json.loads(row[0])) if row else None

    def get_factchecks(self, ids: Iterable[str]) -> dict[str, FactCheck]:
        """The fact-checks with these ids (those that exist), in one query per :data:`IDS_PER_QUERY` ids.

        The matcher reads its search candidates this way: one statement instead of one per candidate
        (tens per search, most of a search's store time at 50,000 fact-checks).
        """
        wanted = list(dict.fromkeys(ids))
        found: dict[str, FactCheck] = {}
        for start in range(0, len(wanted), IDS_PER_QUERY):
            chunk = wanted[start : start + IDS_PER_QUERY]
            marks = ", ".join("?" * len(chunk))
            with self._reading("read"):
                rows = self._execute(f"SELECT id, record FROM factchecks WHERE id IN ({marks})", chunk).fetchall()
            found.update((str(id), FactCheck.from_dict(json.loads(record))) for id, record in rows)
        return found

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

    def count_factchecks(
        self,
        query: str = "",
        *,
        language: str | None = None,
        verdict: str | None = None,
        publisher: str | None = None,
    ) -> int:
        """How many fact-checks are stored, or how many :meth:`search_factchecks` finds with these filters."""
        where, params = _factcheck_filter(query, language, verdict, publisher)
        with self._reading("read"):
            return int(self._execute(f"SELECT COUNT(*) FROM factchecks {where}", params).fetchone()[0])

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
        where, params = _factcheck_filter(query, language, verdict, publisher)
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

    def _backfill_outlet_keys(self) -> None:
        """The outlet-keys migration: the publisher host and folded claimant name of fact-checks stored before."""
        rows = self._execute("SELECT seq, record FROM factchecks").fetchall()
        updates = [(*_outlet_keys(FactCheck.from_dict(json.loads(record))), seq) for seq, record in rows]
        for start in range(0, len(updates), CHUNK_SIZE):
            self._connection.cursor().executemany(
                self._sql("UPDATE factchecks SET publisher_host = ?, claimant_key = ? WHERE seq = ?"),
                updates[start : start + CHUNK_SIZE],
            )

    def count_outlet_factchecks(self, hosts: Sequence[str], keys: Sequence[str]) -> OutletFactChecks:
        """The stored fact-checks that may name an outlet, counted by verdict.

        Args:
            hosts: the outlet's domains; fact-checks published on them or on a sub-domain are counted, by host
                (the caller decides which sub-domains are the outlet's: de.rt.com is RT DE, not RT).
            keys: the outlet's folded names (``sift.sources.names.fold_name``), matched against the folded
                claimant names.
        """
        result = OutletFactChecks()
        with self._reading("read"):
            if hosts:
                like = "publisher_host LIKE ? ESCAPE '\\'"
                where = " OR ".join([f"publisher_host IN ({', '.join('?' * len(hosts))})", *(like for _ in hosts)])
                params = [*hosts, *("%." + _escape_like(host) for host in hosts)]
                sql = f"SELECT publisher_host, verdict, COUNT(*) FROM factchecks WHERE {where} GROUP BY 1, 2"
                rows = self._execute(sql, params).fetchall()
                result.publisher = [(str(host), str(verdict), int(n)) for host, verdict, n in rows]
            if keys:
                marks = ", ".join("?" * len(keys))
                sql = f"SELECT verdict, COUNT(*) FROM factchecks WHERE claimant_key IN ({marks}) GROUP BY verdict"
                result.claimant = {str(verdict): int(n) for verdict, n in self._execute(sql, list(keys)).fetchall()}
        return result

    # ---- a team's outlets ---------------------------------------------------------------------------

    def add_outlets(self, outlets: Iterable[TeamOutlet]) -> ImportSummary:
        """Store a team's outlet profiles in one transaction, replacing stored ones with the same folded name.

        Returns:
            ``imported`` outlets written, of which ``duplicate`` replaced one stored before.

        Raises:
            StoreError: the store is read-only, locked or broken; nothing of this call is kept.
        """
        summary = ImportSummary(source=None)
        now = _now()
        with self._writing("add outlets to"):
            for outlet in outlets:
                key = outlet.key
                existed = self._execute("SELECT 1 FROM outlets WHERE key = ?", (key,)).fetchone() is not None
                record = json.dumps(outlet.profile.to_dict(), ensure_ascii=False)
                fields = json.dumps(sorted(outlet.fields))
                self._execute(_UPSERT_OUTLET, (key, outlet.profile.name, record, fields, now))
                summary.imported += 1
                summary.duplicate += int(existed)
        return summary

    def list_outlets(self) -> list[TeamOutlet]:
        """Every outlet a team imported, by key (the order they are laid over the shipped table)."""
        with self._reading("read"):
            rows = self._execute("SELECT record, fields FROM outlets ORDER BY key").fetchall()
        return [
            TeamOutlet(Profile.from_dict(json.loads(record)), frozenset(json.loads(fields))) for record, fields in rows
        ]

    # ---- documents ----------------------------------------------------------------------------------

    def save_document(self, doc: Document, *, key: str | None = None) -> str:
        """Store an analysed document as ``sift/1`` JSON, replacing a stored one with the same id or source.

        A document is known by its id and by its source: ``key`` (default: ``doc.source.location``) with the
        SHA-256 of its bytes. A stored document with the same source under another id is replaced; a failure
        recorded for ``key`` is cleared in the same transaction.

        Returns:
            The document id.

        Raises:
            StoreError: the store is read-only, locked or broken.
        """
        now = _now()
        key = doc.source.location if key is None else key
        content_hash = doc.source.sha256
        searchable = fold(" ".join(part for part in (doc.title, doc.source.location) if part), casefold=True)
        row = (
            doc.id,
            doc.title,
            doc.language,
            doc.source.location,
            now,
            now,
            searchable,
            doc.to_json(indent=None),
            key,
            content_hash,
        )
        text = document_text(doc)
        with self._writing("save a document to"):
            for (other,) in self._execute(
                "SELECT id FROM documents WHERE source_key = ? AND content_hash = ? AND id <> ?",
                (key, content_hash, doc.id),
            ).fetchall():
                self._unindex_document(other)
                self._execute("DELETE FROM documents WHERE id = ?", (other,))
            self._execute(_UPSERT_DOCUMENT, row)
            self._index_document(doc.id, doc.title or "", doc.source.location, text)
            self._execute("DELETE FROM document_failures WHERE source_key = ?", (key,))
        return doc.id

    def get_document(self, id: str) -> Document | None:
        """The stored document with this id, or ``None``."""
        with self._reading("read"):
            row = self._execute("SELECT body FROM documents WHERE id = ?", (id,)).fetchone()
        return Document.from_json(row[0]) if row else None

    def list_documents(
        self, query: str = "", limit: int = 50, offset: int = 0, *, language: str | None = None
    ) -> list[DocumentSummary]:
        """Stored documents, newest first, or those holding every word of ``query``, best match first.

        The search is full-text (SQLite FTS5, PostgreSQL tsvector) over the title, the source location and the
        text of the body, quote and caption blocks, ignoring case and accents; the title weighs most.

        Args:
            query: words that must all occur (any order); empty lists every document.
            limit: page size, 1 to ``MAX_LIMIT``.
            offset: documents to skip.
            language: keep only documents whose main language is this code.

        Raises:
            InputError: query too long or a bad page.
        """
        _check_page(limit, offset)
        terms = search_terms(query)
        columns = ", ".join(f"d.{column}" for column in _SUMMARY_COLUMNS)
        if terms:
            source, params, order = self._search_documents(terms)
        else:
            source, params, order = "documents d WHERE 1 = 1", [], "d.updated DESC, d.id"
        if language is not None:
            source += " AND d.language = ?"
            params.append(language)
        sql = f"SELECT {columns} FROM {source} ORDER BY {order} LIMIT ? OFFSET ?"
        with self._reading("list documents of"):
            rows = self._execute(sql, (*params, limit, offset)).fetchall()
        return [DocumentSummary(*row) for row in rows]

    def delete_document(self, id: str) -> bool:
        """Delete a stored document and the desk's reviews of its claims; ``True`` if it existed."""
        with self._writing("delete a document from"):
            self._unindex_document(id)
            self._execute("DELETE FROM claim_reviews WHERE document_id = ?", (id,))
            cursor = self._execute("DELETE FROM documents WHERE id = ?", (id,))
        return bool(cursor.rowcount)

    def stored_sources(self, keys: Sequence[str]) -> dict[str, set[str]]:
        """For each of ``keys`` that has stored documents, the content hashes stored under it."""
        found: dict[str, set[str]] = {}
        for chunk in _chunks(keys):
            marks = ", ".join("?" for _ in chunk)
            with self._reading("read"):
                rows = self._execute(
                    f"SELECT source_key, content_hash FROM documents WHERE source_key IN ({marks})", chunk
                ).fetchall()
            for key, content_hash in rows:
                found.setdefault(key, set()).add(content_hash)
        return found

    # ---- failures ---------------------------------------------------------------------------------

    def record_failure(self, failure: DocumentFailure) -> None:
        """Record (or update, counting attempts) why the page ``failure.key`` could not be stored.

        Raises:
            StoreError: the store is read-only, locked or broken.
        """
        row = (failure.key, failure.content_hash, failure.location, failure.reason, failure.failed or _now())
        with self._writing("record a failure in"):
            self._execute(_UPSERT_FAILURE, row)

    def failed_sources(self, keys: Sequence[str]) -> dict[str, str | None]:
        """For each of ``keys`` with a recorded failure, the content hash it failed with (``None``: unread)."""
        found: dict[str, str | None] = {}
        for chunk in _chunks(keys):
            marks = ", ".join("?" for _ in chunk)
            with self._reading("read"):
                rows = self._execute(
                    f"SELECT source_key, content_hash FROM document_failures WHERE source_key IN ({marks})", chunk
                ).fetchall()
            found.update(dict(rows))
        return found

    def list_failures(self, limit: int = 50, offset: int = 0) -> list[DocumentFailure]:
        """Recorded failures, latest first.

        Raises:
            InputError: a bad page.
        """
        _check_page(limit, offset)
        with self._reading("read"):
            rows = self._execute(
                "SELECT source_key, location, reason, content_hash, attempts, failed FROM document_failures "
                "ORDER BY failed DESC, source_key LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
        return [DocumentFailure(*row[:4], attempts=int(row[4]), failed=row[5]) for row in rows]

    def document_stats(self) -> DocumentStats:
        """Stored documents (by main language, largest first) and recorded failures."""
        with self._reading("read"):
            languages = {
                str(language): int(count)
                for language, count in self._execute(
                    "SELECT language, COUNT(*) FROM documents GROUP BY language ORDER BY COUNT(*) DESC, language"
                ).fetchall()
            }
            failed = int(self._execute("SELECT COUNT(*) FROM document_failures").fetchone()[0])
        return DocumentStats(documents=sum(languages.values()), failed=failed, languages=languages)

    # ---- stories ----------------------------------------------------------------------------------

    def load_story_rows(self) -> StoryRows:
        """Every stored story row, read from one snapshot (see :mod:`sift.store.stories`, which turns them into
        an index): a writer committing meanwhile is either wholly in the rows or not at all."""
        with self._reading("read the stories of"):
            self._execute(self.snapshot_sql)
            try:
                return self._story_rows()
            finally:
                self._execute("ROLLBACK")  # nothing was written: end the snapshot

    def _story_rows(self) -> StoryRows:
        documents = f"SELECT {_STORY_DOCUMENT_COLUMNS} FROM story_documents ORDER BY seq"
        return StoryRows(
            documents=self._execute(documents).fetchall(),
            stories=self._execute("SELECT id, created FROM stories ORDER BY created").fetchall(),
            links=self._execute("SELECT a, b, score FROM story_links ORDER BY a, b").fetchall(),
            redirects=self._execute("SELECT old, new FROM story_redirects ORDER BY old").fetchall(),
            version=self._story_version(),
        )

    def load_story_changes(self, since: int) -> StoryChanges:
        """The story operations saved after version ``since``, and the rows of the documents they name, read
        from one snapshot: what an index that another writer overtook reads to catch up (an index range on the
        log and a primary-key lookup per document, however many stories are stored)."""
        with self._reading("read the stories of"):
            self._execute(self.snapshot_sql)
            try:
                return self._story_changes(since)
            finally:
                self._execute("ROLLBACK")

    def _story_changes(self, since: int) -> StoryChanges:
        log = self._execute("SELECT seq, operation FROM story_changes WHERE seq > ? ORDER BY seq", (since,)).fetchall()
        # the log keeps every operation after (its last seq - STORY_CHANGES_KEPT): further behind, read it all
        if log and since < int(log[-1][0]) - STORY_CHANGES_KEPT:
            rows = self._story_rows()
            read = len(log) + len(rows.documents) + len(rows.stories) + len(rows.links) + len(rows.redirects)
            return StoryChanges([], rows.version, read, rows)
        operations = [tuple(json.loads(operation)) for _, operation in log]
        rows: dict[str, tuple[Any, ...]] = {}
        for chunk in _chunks(sorted({op[1] for op in operations if op[0] == "document"})):
            marks = ", ".join("?" for _ in chunk)
            query = f"SELECT {_STORY_DOCUMENT_COLUMNS} FROM story_documents WHERE id IN ({marks})"
            rows.update((row[0], tuple(row)) for row in self._execute(query, chunk).fetchall())
        operations = [("document", rows.get(op[1])) if op[0] == "document" else op for op in operations]
        return StoryChanges(operations, int(log[-1][0]) if log else since, len(log) + len(rows))

    def _story_version(self) -> int:
        row = self._execute("SELECT MAX(seq) FROM story_changes").fetchone()
        return int(row[0]) if row[0] is not None else 0

    def story_version(self) -> int:
        """The last saved story operation's number (0 before any): another writer changed the stories when it
        moves. An index lookup, not a count of the story tables."""
        with self._reading("read the stories of"):
            return self._story_version()

    def write_story_operations(self, operations: Sequence[tuple[Any, ...]]) -> int:
        """Replay story operations (rows already serialised, in order) in one transaction, and log them.

        ``("document", row)`` upserts a ``story_documents`` row; ``("forget", id)`` deletes a document and
        its links; ``("member", id, story)``; ``("story", id, created)``; ``("drop", id)``;
        ``("redirect", old, new)``; ``("unredirect", old)``; ``("link", a, b, score)``. Each is appended to
        ``story_changes`` (a document by its id), whose last ``seq`` is the new version.
        A writer that computes its operations on the stories it holds uses :meth:`write_story_change`, which
        catches up with other writers first, in the same transaction.

        Returns:
            The story version after the write.
        """
        with self._writing("save stories to"):
            return self._write_story_operations(operations)

    def write_story_change(self, since: int, change: Callable[[StoryChanges], Sequence[tuple[Any, ...]]]) -> int:
        """Compute a story change on the latest stories and save it, other writers held off meanwhile.

        In one write transaction: the operations saved after version ``since`` are read (as
        :meth:`load_story_changes` gives them), ``change`` turns them into the operations to save (the caller
        catches up with them and makes its change), and those are written (as :meth:`write_story_operations`).
        Writers are serialised by the transaction, so no change is ever computed on stale stories and none is
        redone; a ``change`` that raises writes nothing.

        Returns:
            The story version after the write.
        """
        with self._writing("save stories to"):
            return self._write_story_operations(change(self._story_changes(since)))

    def _write_story_operations(self, operations: Sequence[tuple[Any, ...]]) -> int:
        logged = []
        for operation in operations:
            kind, *values = operation
            for sql, params in _story_statements(kind, values):
                self._execute(sql, params)
            logged.append(json.dumps([kind, values[0][0]] if kind == "document" else [kind, *values]))
        if not logged:
            return self._story_version()
        version = 0
        for start in range(0, len(logged), KEYS_PER_QUERY):  # in order, duplicates kept
            chunk = logged[start : start + KEYS_PER_QUERY]
            marks = ", ".join("(?)" for _ in chunk)
            added = self._execute(f"INSERT INTO story_changes (operation) VALUES {marks} RETURNING seq", chunk)
            version = max(version, *(int(seq) for (seq,) in added.fetchall()))
        if version // STORY_CHANGES_CUT_EVERY != (version - len(logged)) // STORY_CHANGES_CUT_EVERY:
            # a range of the primary key: the log keeps (at least) its latest STORY_CHANGES_KEPT operations
            self._execute("DELETE FROM story_changes WHERE seq <= ?", (version - STORY_CHANGES_KEPT,))
        return version

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
