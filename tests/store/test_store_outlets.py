"""A team's outlets in the store, on both backends: one transaction, replace by name, read back whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from sift.errors import StoreError
from sift.sources import Evidence, Profile, TeamOutlet
from sift.store import open_store
from sift.store.imports import import_outlets


def _outlet(name: str, **values: object) -> TeamOutlet:
    profile = Profile(name, evidence=(Evidence("team", "file", "t.csv"),), **values)  # type: ignore[arg-type]
    return TeamOutlet(profile, frozenset(values) - {"domains", "aliases"})


def test_add_list_and_replace(store_location: str) -> None:
    with open_store(store_location) as store:
        first = store.add_outlets([_outlet("Sputnik", quality=0.1), _outlet("Paper", domains=("paper.example",))])
        assert (first.imported, first.duplicate) == (2, 0)
        again = store.add_outlets([_outlet("SPUTNIK", quality=0.2, reliability="watchlist")])
        assert (again.imported, again.duplicate) == (1, 1)
        outlets = {o.profile.name: o for o in store.list_outlets()}
    assert set(outlets) == {"SPUTNIK", "Paper"}
    assert outlets["SPUTNIK"].profile.quality == 0.2 and outlets["SPUTNIK"].fields == {"quality", "reliability"}
    assert outlets["Paper"].profile.domains == ("paper.example",)


def test_import_is_one_transaction(store_location: str, tmp_path: Path) -> None:
    path = tmp_path / "outlets.csv"
    path.write_text("name,quality\nGood,0.5\nBad,2\nAlso good,0.4\n", encoding="utf-8")
    with open_store(store_location) as store:
        summary = import_outlets(store, path)
        assert (summary.imported, summary.rejected) == (2, 1) and "row 3" in summary.reasons[0]
        assert {o.profile.name for o in store.list_outlets()} == {"Good", "Also good"}

        def broken() -> list[TeamOutlet]:
            return [_outlet("Third"), "not an outlet"]  # type: ignore[list-item]

        with pytest.raises(AttributeError):
            store.add_outlets(broken())
        assert {o.profile.name for o in store.list_outlets()} == {"Good", "Also good"}  # nothing of it kept


def test_read_only_store_refuses(store_location: str) -> None:
    open_store(store_location).close()
    with open_store(store_location, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.add_outlets([_outlet("X")])
        assert store.list_outlets() == []
