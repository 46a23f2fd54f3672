"""Store fixtures: one store per backend, against real databases (SQLite file, throwaway PostgreSQL).

The PostgreSQL server (``postgres_url``) is a session fixture of ``tests/conftest.py`` (``tests/postgres_server.py``):
the batch tests use it too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from postgres_server import fresh_postgres_database
from sift.store import Store, open_store


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store location for each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "store" / "sift.db")
    return fresh_postgres_database(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(store_location: str) -> Iterator[Store]:
    """An open, empty store for each backend."""
    with open_store(store_location) as opened:
        yield opened
