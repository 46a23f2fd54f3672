"""Investigate the source: outlet profiles from open data (state media, owner, country, quality) and resolution.

``open_sources()`` loads the shipped table (``src/sift/resources/sources/``, see its SOURCE note) and lays a
team's imported outlets over it; ``SourceTable.resolve`` finds a profile for a domain, URL or name in any
script ("rt.com", "fr.sputniknews.com", "Spoutnik", "РИА Новости").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sift.sources.profile import TYPES, Evidence, Profile, TeamOutlet
from sift.sources.table import Found, SourceTable

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["TYPES", "Evidence", "Found", "Profile", "SourceTable", "TeamOutlet", "open_sources"]


def open_sources(store: Any | None = None, *, path: Path | None = None) -> SourceTable:
    """The shipped outlet table, with the outlets a team imported into ``store`` laid over it.

    Args:
        store: an open store; its ``list_outlets()`` are laid over the shipped profiles (stores without
            outlets, such as the in-memory fact-check store, add nothing).
        path: another table file written by ``scripts/build_sources.py`` (default: the shipped one).

    Raises:
        InputError: the table file is missing or damaged.
        StoreError: the store cannot be read.
    """
    table = SourceTable.load(path)
    list_outlets = getattr(store, "list_outlets", None)
    return table.with_team(list_outlets()) if list_outlets is not None else table
