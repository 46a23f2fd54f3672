"""Outlet-table fixtures: the shipped table, loaded once per test session."""

from __future__ import annotations

import pytest

from sift.sources import SourceTable


@pytest.fixture(scope="session")
def table() -> SourceTable:
    """The shipped outlet table (read-only; tests that lay a team's outlets over it get a new table)."""
    return SourceTable.load()
