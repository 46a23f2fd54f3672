"""Reproduction #8 of issue 17: several processes importing into one store and sharing its match index.

Before, a second process did not see records imported by the first in its searches, and simultaneous
imports failed with ``cannot write the match index ... rows.jsonl.tmp`` while the index left on disk
disagreed with itself. Each process here imports and refreshes in turn with the other (forked) one; at the
end each finds every record, and the index on disk covers the store exactly.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from test_match_support import HashEncoder, record

from postgres_server import fresh_postgres_database
from sift.match.index import FactCheckIndex
from sift.match.matcher import Matcher
from sift.store import open_store

ROUNDS = 6


def batch(process: str, round_: int) -> list:
    """Three records only ``process`` imports in ``round_``, each findable by its own words."""
    return [
        record(f"The {process} harbour {round_} {n} was closed by a storm of {process}{round_}x{n} gulls.")
        for n in range(3)
    ]


def import_and_refresh(location: str, folder: Path, process: str) -> None:
    """One process: import a batch, refresh the index, repeat (the matcher is opened once, as a server does)."""
    with open_store(location) as store:
        matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=folder)
        for round_ in range(ROUNDS):
            store.add_factchecks(batch(process, round_))
            matcher.refresh()


def run_child(location: str, folder: Path) -> None:
    try:
        import_and_refresh(location, folder, "beta")
    except BaseException:
        os._exit(1)
    os._exit(0)


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "sift.db")
    return fresh_postgres_database(request.getfixturevalue("postgres_url"))


def test_two_processes_on_one_store_find_each_others_records(location: str, tmp_path: Path) -> None:
    folder = tmp_path / "idx"
    with open_store(location) as store:
        store.add_factchecks([record("A photo shows a convoy of tanks crossing the Euphrates river.")])
    child = multiprocessing.get_context("fork").Process(target=run_child, args=(location, folder))
    child.start()
    import_and_refresh(location, folder, "alpha")
    child.join(timeout=300)
    assert child.exitcode == 0
    with open_store(location) as store:
        stored = {fc.id for _, fc in store.iter_factchecks()}
        assert len(stored) == 1 + 2 * ROUNDS * 3
        encoder = HashEncoder()
        matcher = Matcher.open(store, encoder=encoder, index_dir=folder)
        assert encoder.encoded == [], "the index the two processes saved covers the whole store"
        live = {i for i, alive in zip(matcher.index.ids, matcher.index.live, strict=True) if alive}
        assert live == stored and len(matcher.index.ids) == len(stored)
        for process in ("alpha", "beta"):
            for round_ in (0, ROUNDS - 1):
                wanted = batch(process, round_)[1]
                assert matcher.search(wanted.claim, k=1)[0].factcheck.id == wanted.id


def test_a_matcher_notices_records_another_process_indexed_and_adopts_its_index(location: str, tmp_path: Path) -> None:
    folder = tmp_path / "idx"
    with open_store(location) as store:
        store.add_factchecks([record("A photo shows a convoy of tanks crossing the Euphrates river.")])
        matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=folder)
        assert not matcher.behind()
        child = multiprocessing.get_context("fork").Process(target=run_child, args=(location, folder))
        child.start()
        child.join(timeout=300)
        assert child.exitcode == 0
        assert matcher.behind()
        encoder = matcher.encoder
        assert isinstance(encoder, HashEncoder)
        encoder.encoded.clear()
        assert matcher.refresh() > 0
        assert encoder.encoded == [], "the other process's generation is adopted, nothing is embedded again"
        assert not matcher.behind()
        wanted = batch("beta", ROUNDS - 1)[2]
        assert matcher.search(wanted.claim, k=1)[0].factcheck.id == wanted.id
        saved = FactCheckIndex.load(folder, encoder_name=encoder.name, dim=encoder.dim)
        assert saved.ids == matcher.index.ids
