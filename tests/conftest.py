"""Shared fixtures: the bundled seed page, the shared data folder, and one pipeline per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

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
