"""Where fact-checks and analysed documents are kept: SQLite by default, PostgreSQL for shared setups."""

from __future__ import annotations

import os
from pathlib import Path

from sift.store.base import WRITE_WAIT_S, DocumentSummary, FactCheckStats, Store

__all__ = ["DocumentSummary", "FactCheckStats", "Store", "default_location", "open_store"]


def default_location() -> str:
    """``$SIFT_DB`` when set, otherwise ``sift.db`` in the user's data folder (platformdirs)."""
    if os.environ.get("SIFT_DB"):
        return os.environ["SIFT_DB"]
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("sift")) / "sift.db")


def open_store(location: str | None = None, *, read_only: bool = False, timeout_s: float = WRITE_WAIT_S) -> Store:
    """Open the store at ``location``, creating and migrating it when writable.

    Args:
        location: ``None`` for :func:`default_location`, a ``postgresql://`` (or ``postgres://``) URL,
            or an SQLite file path.
        read_only: never create or change anything; every write raises ``StoreError``.
        timeout_s: how long a write waits, in all, for other writers before failing (SQLite retries with
            backoff, PostgreSQL queues on a lock).

    Returns:
        An open :class:`Store`; use it as a context manager or call ``close()``.

    Raises:
        StoreError: the store cannot be opened (missing, locked, not a database, psycopg absent…).
    """
    target = location if location else default_location()
    if target.startswith(("postgresql://", "postgres://")):
        from sift.store.postgres import open_postgres

        return open_postgres(target, read_only=read_only, timeout_s=timeout_s)
    from sift.store.sqlite import open_sqlite

    return open_sqlite(os.path.expanduser(target), read_only=read_only, timeout_s=timeout_s)
