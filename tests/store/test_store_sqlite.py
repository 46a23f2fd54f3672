"""SQLite-only failure modes: locked file, read-only open, not a database, default location, no psycopg."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from sift.errors import StoreError
from sift.factchecks.record import FactCheck
from sift.store import default_location, open_store


def record(n: int) -> FactCheck:
    return FactCheck(claim=f"claim {n}", review_url=f"https://c.example.org/{n}", publisher_name="P", rating="False")


def test_locked_store_fails_cleanly_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "sift.db"
    with open_store(str(path)) as store:
        store.add_factchecks([record(1)])
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with open_store(str(path), timeout_s=0.1) as store:
            with pytest.raises(StoreError, match=r"locked by another writer \(waited 0.1 s\)"):
                store.add_factchecks([record(2), record(3)])
            assert store.count_factchecks() == 1  # WAL: reads go on during the other write
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_store(str(path)) as store:
        assert store.add_factchecks([record(2)]).imported == 1
        assert store.count_factchecks() == 2


def test_read_only_open_never_creates_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "absent" / "sift.db"
    with pytest.raises(StoreError, match=r"no store at .*load-sample"):
        open_store(str(missing), read_only=True)
    assert not missing.parent.exists()


def test_read_only_uri_refuses_writes_even_for_root(tmp_path: Path) -> None:
    path = tmp_path / "sift.db"
    with open_store(str(path)) as store:
        store.add_factchecks([record(1)])
    with open_store(str(path), read_only=True) as reader:
        reader.read_only = False  # bypass the Python-side guard: SQLite's mode=ro must refuse too
        with pytest.raises(StoreError, match="read-only; fix the permissions"):
            reader.add_factchecks([record(2)])
        assert reader.count_factchecks() == 1


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for\n" * 100)
    with pytest.raises(StoreError, match="not an SQLite database"):
        open_store(str(path))
    assert path.read_text().startswith("these are not")


def test_folder_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create the folder"):
        open_store(str(tmp_path / "file" / "sift.db"))


def test_default_location_honours_sift_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIFT_DB", str(tmp_path / "env.db"))
    assert default_location() == str(tmp_path / "env.db")
    with open_store() as store:
        assert store.location == str(tmp_path / "env.db")
    monkeypatch.delenv("SIFT_DB")
    assert default_location().endswith("sift.db")


def test_postgres_without_psycopg_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(StoreError, match=r"pip install 'sift\[postgres\]'"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


@pytest.mark.postgres
def test_postgres_unreachable_is_one_line(postgres_url: str) -> None:
    from socket import socket

    with socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(StoreError, match=r"cannot connect to store postgresql://u@127.0.0.1:\d+/x: .*server"):
        open_store(f"postgresql://u:secret@127.0.0.1:{port}/x", timeout_s=1)
