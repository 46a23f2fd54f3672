"""Versioned schema: an ordered list of migrations, each a tuple of SQL steps shared by both backends.

Step text may use ``{serial}`` for the backend's auto-incrementing integer primary key; a step whose SQL differs
between the backends (full-text search: SQLite's FTS5, PostgreSQL's tsvector) is a :class:`Dialects` pair. Never
edit a released migration: append a new one, and the stores upgrade themselves on the next writable open.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BACKENDS", "MIGRATIONS", "SCHEMA_VERSION", "SEARCH_INDEX_VERSION", "Dialects", "migration_steps"]

BACKENDS = ("sqlite", "postgres")


@dataclass(frozen=True, slots=True)
class Dialects:
    """One migration step written once per backend; ``""`` means the backend has nothing to do."""

    sqlite: str
    postgres: str


#: Full-text search over documents: an FTS5 table beside ``documents`` (its rowid derived from the document id,
#: see ``SqliteStore``), a weighted tsvector column with a GIN index in PostgreSQL. Stores that cross this step
#: index the documents they already hold (``SqlStore.migrate``).
_DOCUMENT_SEARCH = Dialects(
    sqlite="CREATE VIRTUAL TABLE documents_fts USING fts5("
    "id UNINDEXED, title, location, body, tokenize = 'unicode61 remove_diacritics 2')",
    postgres="ALTER TABLE documents ADD COLUMN search_vector tsvector",
)

MIGRATIONS: tuple[tuple[str | Dialects, ...], ...] = (
    # 1: fact-checks (seq is the matcher's incremental cursor) and analysed documents.
    (
        """CREATE TABLE factchecks (
            seq {serial},
            id TEXT NOT NULL UNIQUE,
            claim TEXT NOT NULL,
            review_url TEXT NOT NULL,
            publisher_name TEXT NOT NULL,
            rating TEXT NOT NULL,
            verdict TEXT NOT NULL,
            language TEXT NOT NULL,
            review_date TEXT,
            search_text TEXT NOT NULL,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX factchecks_language ON factchecks (language)",
        "CREATE INDEX factchecks_verdict ON factchecks (verdict)",
        "CREATE INDEX factchecks_publisher ON factchecks (publisher_name)",
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            title TEXT,
            language TEXT NOT NULL,
            location TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            search_text TEXT NOT NULL,
            body TEXT NOT NULL
        )""",
        "CREATE INDEX documents_updated ON documents (updated)",
    ),
    # corpus mode (sift batch): a document is keyed by its source (path, URL, WARC record id) and the SHA-256 of
    # its bytes, unique together, so a resumed run never stores a page twice; pages that failed are kept with
    # their reason until a retry succeeds. Documents saved before keep their location as their key.
    (
        "ALTER TABLE documents ADD COLUMN source_key TEXT",
        "ALTER TABLE documents ADD COLUMN content_hash TEXT",
        Dialects(
            sqlite="UPDATE documents SET source_key = location, content_hash = json_extract(body, '$.source.sha256')",
            postgres="UPDATE documents SET source_key = location, content_hash = (body::json -> 'source' ->> 'sha256')",
        ),
        "CREATE UNIQUE INDEX documents_source ON documents (source_key, content_hash)",
        "CREATE INDEX documents_language ON documents (language)",
        """CREATE TABLE document_failures (
            source_key TEXT PRIMARY KEY,
            content_hash TEXT,
            location TEXT NOT NULL,
            reason TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            failed TEXT NOT NULL
        )""",
    ),
    # full-text search over the title, source location and text of stored documents.
    (
        _DOCUMENT_SEARCH,
        Dialects(sqlite="", postgres="CREATE INDEX documents_search ON documents USING GIN (search_vector)"),
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
#: The version that creates the document search index (the lead may renumber migrations when merging branches).
SEARCH_INDEX_VERSION = next(version for version, steps in enumerate(MIGRATIONS, 1) if _DOCUMENT_SEARCH in steps)


def migration_steps(current: int, serial: str, backend: str = "sqlite") -> list[tuple[int, str]]:
    """The ``(version, sql)`` steps that bring a ``backend`` store from ``current`` to ``SCHEMA_VERSION``, in order.

    Raises:
        ValueError: an unknown backend (one of :data:`BACKENDS`).
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown store backend {backend!r}; one of {', '.join(BACKENDS)}")
    steps: list[tuple[int, str]] = []
    for version, migration in enumerate(MIGRATIONS, start=1):
        if version <= current:
            continue
        for step in migration:
            text = getattr(step, backend) if isinstance(step, Dialects) else step
            if text:
                steps.append((version, text.format(serial=serial)))
    return steps
