"""Batch on a real Dask LocalCluster: the results of one process, and a run killed with SIGKILL then resumed.

Every stage runs here, with matching on the bundled sample fact-checks. The kill tests run the real command in
its own process group and kill the whole group (the command, its Dask scheduler and worker processes) mid-run.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from batch_corpus import write_pages

from postgres_server import fresh_postgres_database
from sift.batch import BatchOptions, open_inputs, run_batch
from sift.batch.cluster import PLUGIN_NAME, DaskRunner
from sift.batch.pages import Page
from sift.batch.worker import STORE_BOUND, WorkerSettings, build_workbench, sharing_models
from sift.pipeline import Resources
from sift.sample import load_sample
from sift.store import open_store
from sift.store.stories import StoredStoryIndex

PAGES = 200
#: Documents stored before the first run is killed (the run is then well under way and far from done).
KILL_AFTER = 20


def sample_store(location: str) -> str:
    with open_store(location) as store:
        load_sample(store)
    return location


def documents(location: str) -> dict[str, dict]:
    """Every stored document as its JSON, without timings (they differ from run to run)."""
    with open_store(location, read_only=True) as store:
        found = {}
        for item in store.list_documents(limit=1000):
            data = store.get_document(item.id).to_dict()  # type: ignore[union-attr]
            data.pop("timings_ms")
            found[item.id] = data
    return found


def story_groups(location: str) -> list[list[str]]:
    """The stored documents grouped by the story each joined (story ids are not compared, only who is with whom)."""
    with open_store(location, read_only=True) as store:
        index = StoredStoryIndex(store)
        groups: dict[str | None, list[str]] = {}
        for item in store.list_documents(limit=1000):
            groups.setdefault(index.story_of(item.id), []).append(item.id)
    assert None not in groups, "a stored document joined no story"
    return sorted(sorted(group) for group in groups.values())


@pytest.mark.slow
def test_two_workers_store_what_one_process_stores(tmp_path: Path, seed_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_pages(corpus, 5)
    (corpus / "seed.txt").write_bytes(seed_path.read_bytes())
    here, there = sample_store(str(tmp_path / "here.db")), sample_store(str(tmp_path / "there.db"))
    inputs = lambda: open_inputs([str(corpus)], max_bytes=20_000_000)  # noqa: E731
    single = run_batch(inputs(), BatchOptions(store=here))
    # one page per task: the first is analysed here (warming the models the workers fork with), the rest there
    spread = run_batch(inputs(), BatchOptions(store=there, workers=2, chunk_pages=1))
    assert (single.processed, spread.processed, single.failed, spread.failed) == (6, 6, 0, 0)
    expected, got = documents(here), documents(there)
    assert got == expected
    # the workers embed the story texts, the client only assigns them: the same stories as one process
    assert story_groups(there) == story_groups(here)
    seed = next(doc for doc in got.values() if doc["source"]["location"].endswith("seed.txt"))
    assert seed["claims"] and seed["attributions"] and seed["matches"]  # every stage ran on the workers


def loaded_models(resources: Resources) -> dict[str, Any]:
    """The objects a pipeline's resources hold, by name (the models it loaded, the services it was given)."""
    return {name: resources.optional(name) for name in resources.names()}


def worker_sharing(dask_worker: Any) -> dict[str, Any]:
    """In a worker: which of its Workbench's resources are the very objects of the Workbench it was forked with."""
    from sift.batch import worker

    assert worker._inherited is not None, "the worker was not forked with a Workbench"
    own = loaded_models(dask_worker.plugins[PLUGIN_NAME].bench.pipeline.resources)
    parent = loaded_models(worker._inherited[1].pipeline.resources)
    return {
        "same": sorted(name for name in own if own[name] is parent.get(name)),
        "own": sorted(name for name in own if own[name] is not parent.get(name)),
        "parent_store_open": worker._inherited[1].store is not dask_worker.plugins[PLUGIN_NAME].store,
    }


@pytest.mark.slow
def test_forked_workers_reuse_the_models_loaded_here_and_open_their_own_store(tmp_path: Path, seed_path: Path) -> None:
    location = sample_store(str(tmp_path / "sift.db"))
    settings = WorkerSettings(store=location)
    with open_store(location) as store:
        bench = build_workbench(store, settings)
        expected = bench.check(seed_path.read_bytes()).to_dict()  # loads the models the seed needs
        models = set(loaded_models(bench.pipeline.resources)) - set(STORE_BOUND)
        assert {"encoder", "lingua", "checkworthy"} <= models
        with sharing_models(bench, settings):
            runner = DaskRunner(workers=2, fork=True)
        with runner:
            runner.start(settings)
            sharing = list(runner._client.run(worker_sharing).values())
            page = Page(key="seed", location=str(seed_path), kind="text", data=seed_path.read_bytes())
            (outcome,) = list(runner.run([[page]]))
    assert len(sharing) == 2
    for worker_view in sharing:
        assert set(worker_view["same"]) >= models  # no model loaded twice
        # its own matcher and outlets on its own store, never the connection of the process it was forked from
        assert {"matcher", "outlets"} <= set(worker_view["own"]) and worker_view["parent_store_open"]
    assert outcome.ok, outcome.error
    got = outcome.doc.to_dict()  # type: ignore[union-attr]
    for data in (got, expected):
        data.pop("timings_ms"), data.pop("id"), data.pop("source")
    assert got == expected


def run_command(*args: str) -> subprocess.Popen[bytes]:
    """``sift batch …`` in its own process group (so that killing the group kills its Dask workers too)."""
    return subprocess.Popen(
        [sys.executable, "-m", "sift", "batch", *args, "--workers", "2", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def sqlite_count(location: str) -> Callable[[], tuple[int, int]]:
    def count() -> tuple[int, int]:
        if not Path(location).exists():
            return 0, 0
        try:
            with sqlite3.connect(f"file:{location}?mode=ro", uri=True, timeout=5) as connection:
                return connection.execute("SELECT COUNT(*), COUNT(DISTINCT source_key) FROM documents").fetchone()
        except sqlite3.OperationalError:  # not created or migrated yet
            return 0, 0

    return count


def postgres_count(location: str) -> Callable[[], tuple[int, int]]:
    import psycopg

    def count() -> tuple[int, int]:
        try:
            with psycopg.connect(location, autocommit=True) as connection:
                return connection.execute("SELECT COUNT(*), COUNT(DISTINCT source_key) FROM documents").fetchone()
        except psycopg.errors.UndefinedTable:
            return 0, 0

    return count


def kill_mid_run(process: subprocess.Popen[bytes], count: Callable[[], tuple[int, int]]) -> int:
    """Wait until ``KILL_AFTER`` documents are stored, SIGKILL the whole process group, return how many were."""
    deadline = time.monotonic() + 900
    while count()[0] < KILL_AFTER:
        if process.poll() is not None:
            pytest.fail(f"the run ended before it could be killed: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail("no documents were stored within 15 minutes")
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    stored = count()[0]
    assert stored < PAGES, "the run finished before it was killed: it proves nothing; give it more pages"
    return stored


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_killed_run_resumes_and_stores_every_page_once(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    paths = write_pages(tmp_path / "corpus", PAGES)
    if backend == "sqlite":
        location = str(tmp_path / "sift.db")
        count = sqlite_count(location)
    else:
        location = fresh_postgres_database(request.getfixturevalue("postgres_url"))
        count = postgres_count(location)
    sample_store(location)
    killed_at = kill_mid_run(run_command(str(tmp_path / "corpus"), "--db", location), count)
    rerun = run_command(str(tmp_path / "corpus"), "--db", location)
    out, err = rerun.communicate(timeout=1800)
    assert rerun.returncode == 0, err.decode()[-3000:]
    summary = json.loads(out.decode())
    assert summary["failed"] == 0
    assert summary["skipped"] >= killed_at and summary["processed"] + summary["skipped"] == PAGES
    assert count() == (PAGES, PAGES)  # every page once: no duplicate, none lost
    with open_store(location, read_only=True) as store:
        assert store.stored_sources([str(path.absolute()) for path in paths]).keys() == {
            str(path.absolute()) for path in paths
        }
        assert store.document_stats().to_dict() == {"documents": PAGES, "failed": 0, "languages": {"en": PAGES}}


def test_workers_without_dask_is_one_line(tmp_path: Path) -> None:
    write_pages(tmp_path / "corpus", 1)
    code = (
        "import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None\n"
        "from sift.cli import main\n"
        f"main(['batch', {str(tmp_path / 'corpus')!r}, '--db', {str(tmp_path / 's.db')!r}, '--workers', '2'])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300)
    lines = [line for line in result.stderr.decode().splitlines() if line.strip()]
    assert result.returncode == 2, result.stderr.decode()
    assert lines == ["sift: error: --workers and --scheduler need Dask: pip install 'sift[dask]'"]
