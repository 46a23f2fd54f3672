"""The PostgreSQL store (``postgresql://`` locations), for teams sharing one fact-check database.

Needs the ``postgres`` extra (psycopg 3). Writers are serialised by a transaction-scoped advisory lock,
the PostgreSQL counterpart of SQLite's ``BEGIN IMMEDIATE``, so ``seq`` values commit in increasing order
and the matcher's "everything after seq N" never skips a row.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sift.errors import StoreError
from sift.lexicon.fold import fold
from sift.store.base import WRITE_WAIT_S
from sift.store.sql import SqlStore

__all__ = ["PostgresStore", "open_postgres", "redact_url"]

#: What separates words for search, as SQLite's FTS5 ``unicode61`` tokenizer sees it: anything but letters and digits.
_NOT_WORD = re.compile(r"[\W_]+")

#: Advisory lock key shared by every sift writer on a database ("sift" in ASCII).
WRITE_LOCK_KEY = 0x73696674
#: Longest wait for the server to accept a connection (a stopped server should fail fast).
CONNECT_TIMEOUT_S = 10.0


def search_words(text: str) -> str:
    """Text as the words PostgreSQL indexes: case and accents folded, split where FTS5 splits.

    The ``simple`` configuration has no stemming and no stop words, right for pages in any language, but its
    parser keeps URLs, paths and hosts whole; splitting them first makes "example" find
    ``https://news.example.org/x`` as it does in SQLite. sift folds accents itself: ``unaccent`` is an
    extension a server may not have.
    """
    return _NOT_WORD.sub(" ", fold(text, casefold=True))


def redact_url(url: str) -> str:
    """The URL without its password, safe to print and to use as ``Store.location``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresStore(SqlStore):
    """A store in a PostgreSQL database (see :func:`open_postgres`)."""

    backend = "postgres"
    serial_ddl = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
    snapshot_sql = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

    def __init__(self, connection: Any, location: str, *, read_only: bool, timeout_s: float):
        import psycopg

        super().__init__(connection, location, read_only=read_only)
        self.driver_errors = (psycopg.Error,)
        self.timeout_s = timeout_s

    def _sql(self, text: str) -> str:
        return text.replace("?", "%s")

    def _begin_write(self) -> None:
        self._execute("BEGIN")
        self._execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK_KEY,))

    def _rollback(self) -> None:
        from psycopg.pq import TransactionStatus

        if self._connection.info.transaction_status in (TransactionStatus.INTRANS, TransactionStatus.INERROR):
            self._execute("ROLLBACK")

    def _index_document(self, doc_id: str, title: str, location: str, text: str) -> None:
        self._execute(
            "UPDATE documents SET search_vector = setweight(to_tsvector('simple', ?), 'A') || "
            "setweight(to_tsvector('simple', ?), 'B') || to_tsvector('simple', ?) WHERE id = ?",
            (search_words(title), search_words(location), search_words(text), doc_id),
        )

    def _unindex_document(self, doc_id: str) -> None:
        """The search vector is a column of the document's row: it goes with it."""

    def _search_documents(self, terms: list[str]) -> tuple[str, list[Any], str]:
        return (
            "documents d, plainto_tsquery('simple', ?) AS q WHERE d.search_vector @@ q",
            [search_words(" ".join(terms))],
            "ts_rank(d.search_vector, q) DESC, d.updated DESC, d.id",
        )

    def _has_table(self, name: str) -> bool:
        return self._execute("SELECT to_regclass(?)", (name,)).fetchone()[0] is not None

    def _explain(self, error: BaseException, action: str) -> StoreError:
        from psycopg import errors

        if isinstance(error, errors.LockNotAvailable | errors.QueryCanceled):
            return StoreError(
                f"cannot {action} store {self.location}: it is locked by another writer "
                f"(waited {self.timeout_s:g} s); retry when the other import or server write has finished"
            )
        if isinstance(error, errors.ReadOnlySqlTransaction | errors.InsufficientPrivilege):
            return StoreError(
                f"cannot {action} store {self.location}: the database refused the write "
                f"({str(error).splitlines()[0]}); check the role's privileges"
            )
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return StoreError(f"cannot {action} store {self.location}: {first_line}")


def open_postgres(url: str, *, read_only: bool = False, timeout_s: float = WRITE_WAIT_S) -> PostgresStore:
    """Connect to the PostgreSQL store at ``url``, creating or upgrading its tables when writable.

    Args:
        url: a ``postgresql://user[:password]@host[:port]/dbname`` URL.
        read_only: every transaction is read-only and every write raises ``StoreError``.
        timeout_s: how long a write waits for other writers (PostgreSQL queues them on the advisory lock);
            connecting waits at most :data:`CONNECT_TIMEOUT_S` of it.

    Returns:
        The open store.

    Raises:
        StoreError: psycopg is missing, the server is unreachable, or the schema is too new.
    """
    try:
        import psycopg
    except ImportError:
        raise StoreError(
            "PostgreSQL stores need psycopg: pip install 'sift[postgres]' (or use an SQLite path)"
        ) from None
    location = redact_url(url)
    options = f"-c lock_timeout={int(timeout_s * 1000)}"
    if read_only:
        options += " -c default_transaction_read_only=on"
    try:
        connection = psycopg.connect(
            url, autocommit=True, connect_timeout=max(1, round(min(timeout_s, CONNECT_TIMEOUT_S))), options=options
        )
    except psycopg.Error as error:
        reason = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
        raise StoreError(f"cannot connect to store {location}: {reason}; is the server running?") from None
    store = PostgresStore(connection, location, read_only=read_only, timeout_s=timeout_s)
    try:
        store.migrate()
    except BaseException:
        store.close()
        raise
    return store
