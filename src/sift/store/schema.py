"""Versioned schema: an ordered list of migrations, each a tuple of SQL steps shared by both backends.

Step text may use ``{serial}`` for the backend's auto-incrementing integer primary key. A :class:`Backfill`
step fills new columns from the stored records in Python (what SQL alone cannot compute), in the same
transaction. Never edit a released migration: append a new one, and the stores upgrade themselves on the next
writable open.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Backfill", "migration_steps"]


@dataclass(frozen=True, slots=True)
class Backfill:
    """A migration step run by the store's ``_backfill_<name>`` method."""

    name: str


MIGRATIONS: tuple[tuple[str | Backfill, ...], ...] = (
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
)

SCHEMA_VERSION = len(MIGRATIONS)


def migration_steps(current: int, serial: str) -> list[tuple[int, str | Backfill]]:
    """The ``(version, step)`` steps that bring a store from ``current`` to ``SCHEMA_VERSION``, in order."""
    return [
        (version, step.format(serial=serial) if isinstance(step, str) else step)
        for version, steps in enumerate(MIGRATIONS, start=1)
        if version > current
        for step in steps
    ]
