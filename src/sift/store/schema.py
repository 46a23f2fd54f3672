"""Versioned schema: an ordered list of migrations, each a tuple of SQL steps shared by both backends.

Step text may use ``{serial}`` for the backend's auto-incrementing integer primary key; a step whose SQL differs
between the backends (full-text search: SQLite's FTS5, PostgreSQL's tsvector) is a :class:`Dialects` pair. A
:class:`Backfill` step fills new columns from the stored records in Python (what SQL alone cannot compute), in the
same transaction. Never edit a released migration: append a new one, and the stores upgrade themselves on the next
writable open.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BACKENDS",
    "DESK_VERSION",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SEARCH_INDEX_VERSION",
    "Backfill",
    "Dialects",
    "migration_steps",
]

BACKENDS = ("sqlite", "postgres")


@dataclass(frozen=True, slots=True)
class Backfill:
    """A migration step run by the store's ``_backfill_<name>`` method."""

    name: str


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

#: The desk's first table; stores that cross the step that creates it queue the check-worthy claims of the documents
#: they already hold (``SqlStore.migrate``).
_DESK_TOKENS = """CREATE TABLE desk_tokens (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL
        )"""

MIGRATIONS: tuple[tuple[str | Dialects | Backfill, ...], ...] = (
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
    # 4: stories (sift.stories): the documents' story features and memberships, the links that hold a story
    # together, and the ids merged stories left behind. ``seq`` is the order documents were assigned in.
    (
        """CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            created INTEGER NOT NULL
        )""",
        """CREATE TABLE story_documents (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            story TEXT NOT NULL,
            lang TEXT NOT NULL,
            day DOUBLE PRECISION NOT NULL,
            is_dated INTEGER NOT NULL,
            vector TEXT NOT NULL,
            names TEXT NOT NULL,
            numbers TEXT NOT NULL,
            factchecks TEXT NOT NULL,
            title TEXT,
            site TEXT,
            published TEXT,
            source TEXT,
            claims TEXT NOT NULL
        )""",
        "CREATE INDEX story_documents_story ON story_documents (story)",
        "CREATE INDEX story_documents_day ON story_documents (day)",
        """CREATE TABLE story_links (
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (a, b)
        )""",
        "CREATE INDEX story_links_b ON story_links (b)",
        """CREATE TABLE story_redirects (
            old TEXT PRIMARY KEY,
            new TEXT NOT NULL
        )""",
    ),
    # 5: a team's own outlet profiles (sift sources import), laid over the shipped outlet table; ``key`` is
    # the folded name, ``fields`` the profile fields the team's row set (JSON list). Fact-checks get their
    # publisher's host and the folded claimant name, so an outlet's record ("3 fact-checks name RT as
    # claimant") is an indexed query (the claimant index skips the many records without one).
    (
        """CREATE TABLE outlets (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            record TEXT NOT NULL,
            fields TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
        "ALTER TABLE factchecks ADD COLUMN publisher_host TEXT",
        "ALTER TABLE factchecks ADD COLUMN claimant_key TEXT",
        Backfill("outlet_keys"),
        "CREATE INDEX factchecks_publisher_host ON factchecks (publisher_host)",
        "CREATE INDEX factchecks_claimant_key ON factchecks (claimant_key) WHERE claimant_key IS NOT NULL",
    ),
    # 6: # the verification desk (sift/store/desk.py): named tokens (by the SHA-256 of their secret), the audit log of
    # every write, and the review state of each check-worthy claim of a stored document.
    (
        _DESK_TOKENS,
        """CREATE TABLE audit_log (
            seq {serial},
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            detail TEXT NOT NULL
        )""",
        "CREATE INDEX audit_log_actor ON audit_log (actor)",
        """CREATE TABLE claim_reviews (
            document_id TEXT NOT NULL,
            sentence_id TEXT NOT NULL,
            status TEXT NOT NULL,
            assignee TEXT,
            verdict TEXT,
            evidence_urls TEXT NOT NULL,
            notes TEXT NOT NULL,
            claim TEXT NOT NULL,
            language TEXT NOT NULL,
            updated TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            PRIMARY KEY (document_id, sentence_id)
        )""",
        "CREATE INDEX claim_reviews_queue ON claim_reviews (status, updated)",
    ),
    # 7: the story tables' change log (sift/store/stories.py): one row per saved story operation, its ``seq``
    # the tables' version. A writer that another writer overtook reads the rows after its version (and the
    # documents they name) instead of every story row, and the version is the log's last ``seq`` (an index
    # lookup) instead of a count of ``story_documents``. ``operation`` is JSON; a document is named, its row
    # read from ``story_documents``. Stories saved before start with an empty log (version 0).
    (
        """CREATE TABLE story_changes (
            seq {serial},
            operation TEXT NOT NULL
        )""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
#: The version that creates the document search index (the lead may renumber migrations when merging branches).
SEARCH_INDEX_VERSION = next(version for version, steps in enumerate(MIGRATIONS, 1) if _DOCUMENT_SEARCH in steps)
#: The version that creates the verification desk's tables (found by content, like ``SEARCH_INDEX_VERSION``).
DESK_VERSION = next(version for version, steps in enumerate(MIGRATIONS, 1) if _DESK_TOKENS in steps)


def migration_steps(current: int, serial: str, backend: str = "sqlite") -> list[tuple[int, str | Backfill]]:
    """The ``(version, step)`` steps that bring a ``backend`` store from ``current`` to ``SCHEMA_VERSION``, in
    order: SQL text, or a :class:`Backfill` for the store to run.

    Raises:
        ValueError: an unknown backend (one of :data:`BACKENDS`).
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown store backend {backend!r}; one of {', '.join(BACKENDS)}")
    steps: list[tuple[int, str | Backfill]] = []
    for version, migration in enumerate(MIGRATIONS, start=1):
        if version <= current:
            continue
        for step in migration:
            if isinstance(step, Backfill):
                steps.append((version, step))
                continue
            text = getattr(step, backend) if isinstance(step, Dialects) else step
            if text:
                steps.append((version, text.format(serial=serial)))
    return steps
