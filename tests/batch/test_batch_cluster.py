"""Batch on a real Dask LocalCluster: the results of one process, and a run killed with SIGKILL then resumed.

Every stage runs here, with matching on the bundled sample fact-checks. The kill tests run the real command in
its own process group and kill the whole group (the command, its Dask scheduler, forkserver and worker processes)
mid-run. The local workers fork from a forkserver that loaded the models first; a forkserver that fails or is
late leaves the workers to spawn, with one line on stderr.
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

import pytest
from batch_corpus import write_pages

import sift.batch.cluster as cluster
from postgres_server import fresh_postgres_database
from sift.batch import BatchOptions, open_inputs, run_batch
from sift.batch.cluster import DaskRunner, start_forkserver, stop_forkserver
from sift.batch.pages import Page
from sift.batch.worker import WorkerSettings, build_workbench, keep_models, kept_models
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
    spread = run_batch(inputs(), BatchOptions(store=there, workers=2))
    assert (single.processed, spread.processed, single.failed, spread.failed) == (6, 6, 0, 0)
    expected, got = documents(here), documents(there)
    assert got == expected
    # the workers embed the story texts, the client only assigns them: the same stories as one process
    assert story_groups(there) == story_groups(here)
    seed = next(doc for doc in got.values() if doc["source"]["location"].endswith("seed.txt"))
    assert seed["claims"] and seed["attributions"] and seed["matches"]  # every stage ran on the workers


def corpus_pages(folder: Path, count: int) -> list[Page]:
    write_pages(folder, count)
    (source,) = open_inputs([str(folder)], max_bytes=20_000_000)
    return [page for page in source if isinstance(page, Page)]


def analyse_on(runner: DaskRunner, settings: WorkerSettings, pages: list[Page]) -> list[str | None]:
    with open_store(settings.store) as store:  # type: ignore[arg-type]
        build_workbench(store, settings)  # the client brings the match index up to date first
    runner.start(settings)
    return [outcome.error for outcome in runner.run([pages[:2], pages[2:]])]


def profiling_workers(runner: DaskRunner) -> int:
    """How many workers run Dask's statistical profiler (a thread sampling the running page every 10 ms)."""
    import dask

    return sum(runner._client.run(lambda: bool(dask.config.get("distributed.worker.profile.enabled"))).values())


def trimming_workers(runner: DaskRunner) -> int:
    """How many workers started with glibc's trim threshold set (Dask's default, which pins the mmap threshold: every
    array over 128 kB a fresh mmap, zeroed page by page)."""
    return sum(
        value is not None for value in runner._client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")).values()
    )


@pytest.mark.slow
def test_the_workers_fork_with_the_models_the_forkserver_loaded(tmp_path: Path) -> None:
    pages = corpus_pages(tmp_path / "corpus", 4)
    settings = WorkerSettings(store=sample_store(str(tmp_path / "sift.db")))
    with DaskRunner(workers=2, warm=(settings, pages[:2])) as runner:
        assert runner.forked
        assert analyse_on(runner, settings, pages) == [None] * 4
        assert runner.workers_with_forked_models() == 2
        assert profiling_workers(runner) == 0  # Dask's background work left out (LOCAL_CLUSTER_CONFIG)
        assert trimming_workers(runner) == 0
    assert not runner.forked  # its forkserver stopped with it: the next run loads on its own pages


@pytest.mark.slow
def test_a_forkserver_that_fails_leaves_the_workers_to_spawn_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = corpus_pages(tmp_path / "corpus", 4)
    settings = WorkerSettings(store=sample_store(str(tmp_path / "sift.db")))
    monkeypatch.setattr(cluster, "start_forkserver", lambda settings, pages: "not ready within 0 s")
    with DaskRunner(workers=2, warm=(settings, pages[:2])) as runner:
        assert not runner.forked
        assert analyse_on(runner, settings, pages) == [None] * 4
        assert runner.workers_with_forked_models() == 0
        assert profiling_workers(runner) == 0
        assert trimming_workers(runner) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines == ["sift: note: batch workers spawn and load their own models (forkserver: not ready within 0 s)"]


def test_a_forkserver_still_loading_is_not_ready_and_is_stopped(tmp_path: Path) -> None:
    from multiprocessing import forkserver

    pages = corpus_pages(tmp_path / "corpus", 2)
    # importing sift and loading the models takes far longer than no time at all
    problem = start_forkserver(WorkerSettings(store=None), pages, timeout_s=0)
    assert problem == "not ready within 0 s"
    stop_forkserver(kill=True)
    assert forkserver._forkserver._forkserver_pid is None


def test_kept_models_serve_only_the_stages_and_configs_they_were_loaded_for(monkeypatch: pytest.MonkeyPatch) -> None:
    import sift.batch.worker as worker

    monkeypatch.setattr(worker, "_kept", None)
    settings = WorkerSettings(store=None, configs={"claims": {"threshold": 0.6}})
    assert kept_models(settings) is None  # a process started afresh
    model, matcher = object(), object()
    keep_models(settings, Resources(encoder=model, matcher=matcher))
    kept = kept_models(WorkerSettings(store="other.db", write=True, configs={"claims": {"threshold": 0.6}}))
    assert kept is not None and kept.optional("encoder") is model
    assert kept.optional("matcher") is None  # store-bound: every worker opens its own
    assert kept_models(WorkerSettings(store=None)) is None
    assert kept_models(WorkerSettings(store=None, stages=("language",), configs=settings.configs)) is None


def test_a_warm_up_that_fails_keeps_nothing_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sift.batch.worker as worker
    from sift.batch.warm import _warm

    monkeypatch.setattr(worker, "_kept", None)
    broken = tmp_path / "warm.pickle"
    broken.write_bytes(b"not a pickle")
    _warm(str(broken))
    assert worker._kept is None
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("sift: note: batch workers load their own models (UnpicklingError: ")


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
