"""Shared fixtures: the bundled seed page, the shared data folder, a throwaway PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from postgres_server import postgres_server

REPO = Path(__file__).resolve().parents[1]
SEED_PATH = REPO / "src" / "sift" / "resources" / "seed-albu-kamal.txt"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The bundled copy of the reference page."""
    return SEED_PATH


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests using it are marked ``shared_data`` and skip when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA} (only present on project machines)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """``DATABASE_URL`` when set; otherwise a throwaway cluster on 127.0.0.1 for this session."""
    yield from postgres_server()
