"""Versioned schema: an ordered list of migrations, each a tuple of SQL steps shared by both backends.

Step text may use ``{serial}`` for the backend's auto-incrementing integer primary key. Never edit a
released migration: append a new one, and the stores upgrade themselves on the next writable open.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migration_steps"]

MIGRATIONS: tuple[tuple[str, ...], ...] = (
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
    # 2: a team's own outlet profiles (sift sources import), laid over the shipped outlet table; ``key`` is
    # the folded name, ``fields`` the profile fields the team's row set (JSON list).
    (
        """CREATE TABLE outlets (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            record TEXT NOT NULL,
            fields TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def migration_steps(current: int, serial: str) -> list[tuple[int, str]]:
    """The ``(version, sql)`` steps that bring a store from ``current`` to ``SCHEMA_VERSION``, in order."""
    return [
        (version, step.format(serial=serial))
        for version, steps in enumerate(MIGRATIONS, start=1)
        if version > current
        for step in steps
    ]
