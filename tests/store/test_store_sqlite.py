"""SQLite-only failure modes: locked file, read-only open, not a database, default location, no psycopg."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sift.errors import StoreError
from sift.factchecks.record import FactCheck
from sift.store import default_location, open_store
from sift.store.sqlite import retry_busy


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


def test_read_only_folder_reads_the_file_as_immutable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sift.db"
    with open_store(str(path)) as store:
        store.add_factchecks([record(1)])
    monkeypatch.setattr("sift.store.sqlite.os.access", lambda folder, mode: Path(folder) != tmp_path)
    with open_store(str(path), read_only=True) as reader:
        assert reader.count_factchecks() == 1
        with pytest.raises(StoreError, match="opened read-only"):
            reader.add_factchecks([record(2)])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sift.db"]  # no -wal/-shm created


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


def test_reads_from_other_threads_go_on_during_a_long_write(tmp_path: Path) -> None:
    results: list[object] = []
    with open_store(str(tmp_path / "sift.db")) as store:
        store.add_factchecks([record(1)])

        def read() -> None:
            results.append(store.count_factchecks())
            results.append(store.get_factcheck(record(1).id) == record(1))

        reader = threading.Thread(target=read)
        with pytest.raises(RuntimeError, match="roll back"), store._writing("test"):  # type: ignore[attr-defined]
            store._execute("DELETE FROM factchecks")  # type: ignore[attr-defined]
            reader.start()
            reader.join(timeout=60)  # a reader blocked by the writer would still be alive here
            assert not reader.is_alive()
            raise RuntimeError("roll back")
        assert results == [1, True]  # the committed state, not the uncommitted delete
        assert store.count_factchecks() == 1


def test_closing_closes_every_thread_connection(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "sift.db"))
    threads = [threading.Thread(target=store.count_factchecks) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    readers = list(store._readers)  # type: ignore[attr-defined]
    assert len(readers) >= 3
    store.close()
    for reader in readers:
        with pytest.raises(sqlite3.ProgrammingError):
            reader.execute("SELECT 1")


def test_retry_busy_retries_lock_errors_only_until_the_deadline() -> None:
    calls: list[int] = []

    def locked_twice() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise sqlite3.OperationalError("database is locked")
        return "written"

    assert retry_busy(locked_twice, 10.0) == "written" and len(calls) == 3
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        retry_busy(lambda: (calls.append(1), sqlite3.connect(":memory:").execute("SELECT * FROM t"))[1], 10.0)

    def always_locked() -> None:
        raise sqlite3.OperationalError("database is locked")

    with pytest.raises(sqlite3.OperationalError, match="locked"):
        retry_busy(always_locked, 0.3)


@pytest.mark.slow
def test_parallel_cli_imports_all_land_while_another_writer_holds_the_lock(tmp_path: Path) -> None:
    """Reproduction #7 of issue 17: 11 of 20 parallel imports failed with 'locked by another writer (waited 10 s)'.

    Another writer holds the lock for longer than the old 10 s limit; every import waits for it, and for the
    others, and lands whole.
    """
    path = tmp_path / "sift.db"
    with open_store(str(path)) as store:
        store.add_factchecks([record(0)])
    files = []
    for n in range(6):
        rows = [json.dumps(record(10_000 * n + i).to_dict()) for i in range(1, 2001)]
        files.append(tmp_path / f"part{n}.jsonl")
        files[-1].write_text("\n".join(rows), encoding="utf-8")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    imports = [
        subprocess.Popen(
            [sys.executable, "-m", "sift", "factchecks", "import", str(file), "--db", str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for file in files
    ]
    time.sleep(12)  # past the old limit: before, every import had given up by now
    holder.execute("ROLLBACK")
    holder.close()
    errors = [process.communicate(timeout=600)[1] for process in imports]
    assert [process.returncode for process in imports] == [0] * len(files), errors
    with open_store(str(path)) as store:
        assert store.count_factchecks() == 1 + 6 * 2000
