"""The default store: one SQLite file in WAL mode, every write in ``BEGIN IMMEDIATE``.

WAL lets readers (the web server, the matcher) read while an import writes; ``BEGIN IMMEDIATE`` takes the
single write lock up front, so a second writer waits and then either writes or fails cleanly, never
half-way through a transaction. It waits in attempts of at most :data:`ATTEMPT_S` (SQLite's busy timeout)
with jittered, doubling pauses between them, for up to the store's ``timeout_s`` in all (default
:data:`~sift.store.base.WRITE_WAIT_S`): twenty parallel imports then all land, one after the other.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from sift.errors import StoreError
from sift.store.base import WRITE_WAIT_S
from sift.store.sql import SqlStore

__all__ = ["DEFAULT_TIMEOUT_S", "SqliteStore", "open_sqlite", "retry_busy"]

#: How long a write waits, in all, for other writers' locks before giving up.
DEFAULT_TIMEOUT_S = WRITE_WAIT_S
#: SQLite's own busy wait per attempt (it polls within it, every 1 to 100 ms).
ATTEMPT_S = 1.0
#: First pause between attempts, and the longest one; each pause is drawn from its upper half at random so
#: that writers who failed together do not retry together.
FIRST_PAUSE_S = 0.05
MAX_PAUSE_S = 2.0

T = TypeVar("T")


def _is_busy(error: sqlite3.Error) -> bool:
    text = str(error)
    return "locked" in text or "busy" in text


def retry_busy(statement: Callable[[], T], timeout_s: float) -> T:
    """Run ``statement`` until it does not meet another writer's lock, for up to ``timeout_s`` in all.

    Raises:
        sqlite3.Error: the statement's own error, or the lock error once ``timeout_s`` has passed.
    """
    deadline = time.monotonic() + timeout_s
    pause = FIRST_PAUSE_S
    while True:
        try:
            return statement()
        except sqlite3.OperationalError as error:
            if not _is_busy(error) or time.monotonic() + pause / 2 >= deadline:
                raise
        time.sleep(min(random.uniform(pause / 2, pause), max(0.0, deadline - time.monotonic())))
        pause = min(2 * pause, MAX_PAUSE_S)


class SqliteStore(SqlStore):
    """A store in one SQLite file (see :func:`open_sqlite`)."""

    backend = "sqlite"
    serial_ddl = "INTEGER PRIMARY KEY AUTOINCREMENT"
    driver_errors = (sqlite3.Error,)

    def __init__(self, connection: sqlite3.Connection, location: str, *, read_only: bool, timeout_s: float):
        in_memory = location == ":memory:"  # one private database: no second connection can see it
        super().__init__(
            connection,
            location,
            read_only=read_only,
            connect_reader=None if in_memory else lambda: _connect(location, read_only=True, timeout_s=timeout_s),
        )
        self.timeout_s = timeout_s

    def _begin_write(self) -> None:
        retry_busy(lambda: self._execute("BEGIN IMMEDIATE"), self.timeout_s)

    def _rollback(self) -> None:
        if self._connection.in_transaction:
            self._execute("ROLLBACK")

    def _has_table(self, name: str) -> bool:
        row = self._execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return row.fetchone() is not None

    def _explain(self, error: BaseException, action: str) -> StoreError:
        return explain_sqlite_error(error, action, self.location, self.timeout_s)

    def _index_document(self, doc_id: str, title: str, location: str, text: str) -> None:
        rowid = search_rowid(doc_id)
        self._execute("DELETE FROM documents_fts WHERE rowid = ?", (rowid,))
        self._execute(
            "INSERT INTO documents_fts (rowid, id, title, location, body) VALUES (?, ?, ?, ?, ?)",
            (rowid, doc_id, title, location, text),
        )

    def _unindex_document(self, doc_id: str) -> None:
        self._execute("DELETE FROM documents_fts WHERE rowid = ?", (search_rowid(doc_id),))

    def _search_documents(self, terms: list[str]) -> tuple[str, list[Any], str]:
        # each word a quoted FTS5 string (its own tokens in a row), all of them required
        match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        return (
            "documents_fts f JOIN documents d ON d.id = f.id WHERE documents_fts MATCH ?",
            [match],
            f"bm25(documents_fts, {BM25_WEIGHTS}), d.updated DESC, d.id",
        )


#: FTS5 bm25 weights of the columns id (not indexed), title, location and body: a word in the title counts most.
BM25_WEIGHTS = "0.0, 10.0, 2.0, 1.0"


def search_rowid(doc_id: str) -> int:
    """The FTS5 rowid of a document: a signed 64-bit number from its id, stable where SQLite's own rowid is not."""
    return int.from_bytes(hashlib.sha256(doc_id.encode("utf-8")).digest()[:8], "big", signed=True)


def explain_sqlite_error(error: BaseException, action: str, location: str, timeout_s: float) -> StoreError:
    """Turn an sqlite3 error into a one-line ``StoreError`` that says how to fix it."""
    text = str(error)
    if "locked" in text or "busy" in text:
        return StoreError(
            f"cannot {action} store {location}: it is locked by another writer (waited {timeout_s:g} s); "
            "retry when the other import or server write has finished"
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            f"cannot {action} store {location}: the database file or its folder is read-only; "
            "fix the permissions or pass another --db"
        )
    if "not a database" in text:
        return StoreError(f"cannot {action} {location}: it is not an SQLite database; pass another --db")
    if "unable to open" in text:
        return StoreError(f"cannot {action} store {location}: the file or its folder cannot be opened; check the path")
    return StoreError(f"cannot {action} store {location}: {text}")


def _connect(location: str, *, read_only: bool, timeout_s: float) -> sqlite3.Connection:
    """A connection in autocommit mode (sift issues BEGIN itself); ``mode=ro`` when read-only."""
    if read_only:
        path = Path(location).resolve()
        # In a folder we may not write, SQLite cannot create the WAL index (-shm) a reader needs, and no
        # WAL writer can work there either: read the file as immutable (no locks, no -shm) instead.
        immutable = "" if os.access(path.parent, os.W_OK) else "&immutable=1"
        target, uri = f"file:{quote(str(path))}?mode=ro{immutable}", True
    else:
        target, uri = location, False
    attempt_s = min(timeout_s, ATTEMPT_S)
    connection = sqlite3.connect(target, uri=uri, timeout=attempt_s, isolation_level=None, check_same_thread=False)
    connection.execute(f"PRAGMA busy_timeout = {int(attempt_s * 1000)}")
    return connection


def open_sqlite(path: str | Path, *, read_only: bool = False, timeout_s: float = DEFAULT_TIMEOUT_S) -> SqliteStore:
    """Open (creating and migrating when writable) the SQLite store at ``path``.

    Args:
        path: the database file; its folder is created when writable.
        read_only: open with ``mode=ro``: no file is created or changed, every write raises.
        timeout_s: how long a write waits, in all, for other writers' locks (retrying with backoff).

    Returns:
        The open store.

    Raises:
        StoreError: the file is missing (read-only), not a database, locked, unwritable or too new.
    """
    location = str(path)
    try:
        if read_only and not Path(path).is_file():
            raise StoreError(f"no store at {location}: create it first, e.g. sift factchecks load-sample")
        if not read_only:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection = _connect(location, read_only=read_only, timeout_s=timeout_s)
    except OSError as error:
        raise StoreError(f"cannot create the folder for store {location}: {error.strerror}") from None
    except sqlite3.Error as error:
        raise explain_sqlite_error(error, "open", location, timeout_s) from None
    store = SqliteStore(connection, location, read_only=read_only, timeout_s=timeout_s)
    try:
        if not read_only:
            with store._using(lambda: connection, store._lock, "open"):
                retry_busy(lambda: store._execute("PRAGMA journal_mode = WAL"), timeout_s)
        store.migrate()
    except BaseException:
        store.close()
        raise
    return store
