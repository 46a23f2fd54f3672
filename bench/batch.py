"""Throughput of ``sift batch`` on a folder of real pages, against bare ``trafilatura.extract`` on the same pages.

Usage: python bench/batch.py [--pages DIR] [--workers 2] [--one-worker] [--limit N] [--db URL]
    [--out bench/results/batch.json]
Every run starts from a fresh store holding the bundled sample fact-checks (as ``make demo``), so all stages
run, matching included; ``pages_per_s`` is over the wall time of ``run_batch`` from the first page read to the
last page stored, Dask cluster start and model loading in the workers included (what a user waits for);
``steady_pages_per_s`` runs from the first page done to the last (what a long run approaches), ``first_page_s``
is the wait for the first stored page, ``stage_ms`` each stage's mean per page (from the stored documents),
``timeline_s`` the start-up steps in seconds after the run started, in the client, the forkserver and each worker
(:mod:`sift.batch.timeline`).
``--one-worker`` adds a 1-worker Dask run of the same pages (the speed-up of a second worker, and
``page_ms_vs_one_worker``: how much longer a page's stages take with more workers, i.e. waiting for a core).
``--db`` takes a PostgreSQL server URL (``postgresql://…/postgres``; a fresh database is created in it for each
run; ``--db env`` reads ``$DATABASE_URL``, as ``scripts/with-postgres.sh`` sets it), where workers write
documents themselves.
Baseline measured in the same run: bare ``trafilatura.extract`` over the same pages in this one process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sift.batch.progress import Progress

try:
    from sift.batch import timeline
except ImportError:  # a tree from before the timeline, run as a baseline
    timeline = None  # type: ignore[assignment]

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO.parent / "shared" / "data" / "extraction" / "scrapinghub" / "html"


def page_files(folder: Path, limit: int | None) -> list[Path]:
    """The page files of ``folder`` in name order, at most ``limit``."""
    files = sorted(path for path in folder.rglob("*") if path.is_file() and ".htm" in path.name)
    return files[:limit] if limit else files


def read_page(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def trafilatura_pages_per_s(files: list[Path]) -> float:
    """Bare ``trafilatura.extract`` over the pages, reading included, in this process."""
    import trafilatura

    started = time.perf_counter()
    for path in files:
        trafilatura.extract(read_page(path))
    return len(files) / (time.perf_counter() - started)


def fresh_store(server: str | None, folder: Path) -> str:
    """A new store holding the sample fact-checks: a database on the PostgreSQL ``server`` or an SQLite file."""
    from sift.sample import load_sample
    from sift.store import open_store

    if server is None:
        location = str(folder / f"bench-{uuid.uuid4().hex[:8]}.db")
    else:
        import psycopg

        name = f"sift_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        location = server.rsplit("/", 1)[0] + f"/{name}"
    with open_store(location) as store:
        load_sample(store)
    return location


def stage_costs(location: str) -> dict[str, float]:
    """Mean milliseconds per page of each stage, from the timings of the documents the run stored.

    Each page's first stages pay the lazy loads of the models it is the first to need (a language pair,
    a spaCy pipeline) in its worker, so these means include every worker's share of model loading.
    """
    from sift.store import open_store

    totals: dict[str, float] = {}
    pages = 0
    with open_store(location, read_only=True) as store:
        for summary in store.list_documents(limit=1000):
            doc = store.get_document(summary.id)
            if doc is None:
                continue
            pages += 1
            for stage, ms in doc.timings_ms.items():
                totals[stage] = totals.get(stage, 0.0) + ms
    return {stage: round(total / max(pages, 1), 1) for stage, total in totals.items()}


class PageClock(Progress):
    """Progress that also notes when each page was done, for the rate once the workers are up."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.done_at: list[float] = []
        self.started_at = time.perf_counter()

    def advance(self, pages: int = 1) -> None:
        super().advance(pages)
        self.done_at.extend([time.perf_counter()] * pages)

    def steady_pages_per_s(self) -> float:
        """Pages per second from the first page done to the last (cluster start and model loading left out)."""
        if len(self.done_at) < 2 or self.done_at[-1] <= self.done_at[0]:
            return 0.0
        return (len(self.done_at) - 1) / (self.done_at[-1] - self.done_at[0])


class CpuSampler:
    """CPU seconds of this process's threads and of every process it started (Dask's nannies and workers, the
    forkserver), sampled until stopped: threads and processes that end before the run does keep their last sample.

    The main thread does the client's per-page work (reading and hashing pages, unpickling results, saving them,
    assigning stories, progress); the other threads of this process run the Dask scheduler, the client's comms and
    the cluster's start.
    """

    def __init__(self, every_s: float = 0.2) -> None:
        import psutil

        self._process = psutil.Process()
        self._main = threading.main_thread().native_id
        self._threads: dict[int, float] = {}
        self._children: dict[int, float] = {}
        self._stop = threading.Event()
        self._every_s = every_s
        self._sample()
        self._start_threads = dict(self._threads)  # threads already running count from now
        self._thread = threading.Thread(target=self._run, name="bench-cpu-sampler", daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import psutil

        me = threading.get_native_id()
        for thread in self._process.threads():
            if thread.id != me:
                self._threads[thread.id] = thread.user_time + thread.system_time
        for child in self._process.children(recursive=True):
            try:
                times = child.cpu_times()
            except psutil.Error:
                continue
            self._children[child.pid] = times.user + times.system

    def _run(self) -> None:
        while not self._stop.wait(self._every_s):
            self._sample()

    def stop(self) -> dict[str, float]:
        """``{"main", "other_threads", "children"}`` CPU seconds since the sampler started."""
        self._stop.set()
        self._thread.join()
        self._sample()
        used = {thread: cpu - self._start_threads.get(thread, 0.0) for thread, cpu in self._threads.items()}
        main = used.get(self._main, 0.0)
        return {
            "main": main,
            "other_threads": sum(used.values()) - main,
            "children": sum(self._children.values()),
        }


@contextmanager
def worker_timelines() -> Iterator[list[dict[str, float]]]:
    """The start-up steps each Dask worker noted (:mod:`sift.batch.timeline`), fetched as the run's runner closes."""
    from sift.batch import cluster

    collected: list[dict[str, float]] = []
    if timeline is None:  # a tree from before the timeline (a baseline): no steps
        yield collected
        return
    original = cluster.DaskRunner.close

    def close(self: Any) -> None:
        client = getattr(self, "_client", None)
        if client is not None:
            with suppress(Exception):
                collected.extend(client.run(timeline.events).values())
        original(self)

    cluster.DaskRunner.close = close  # type: ignore[method-assign]
    try:
        yield collected
    finally:
        cluster.DaskRunner.close = original  # type: ignore[method-assign]


def timeline_s(client: dict[str, float], workers: list[dict[str, float]]) -> dict[str, float]:
    """Every start-up step in seconds after the run started, in the order they happened: the client's, the
    forkserver's (the first worker's copy: every worker inherits them) and each worker's own (``worker 1: …``)."""
    steps = dict(client)
    for number, events in enumerate(sorted(workers, key=lambda events: events.get("worker: setup started", 0)), 1):
        for step, at in events.items():
            if step.startswith("forkserver: "):
                steps.setdefault(step, at)
            else:
                steps[step.replace("worker: ", f"worker {number}: ")] = at
    origin = client.get("client: run started", min(steps.values(), default=0.0))
    return {step: round(at - origin, 2) for step, at in sorted(steps.items(), key=lambda item: item[1])}


def sift_run(pages: Path, workers: int, location: str, profile: Path | None = None) -> dict[str, Any]:
    """One ``sift batch`` run over ``pages`` (a folder of the selected files) on a local Dask cluster.

    ``profile``: write a cProfile of this process's main thread (the client's per-page work) there.
    """
    from sift.batch.inputs import open_inputs
    from sift.batch.runner import BatchOptions, run_batch
    from sift.ingest import IngestConfig

    options = BatchOptions(store=location, workers=workers)
    clock = PageClock(bar=False)
    inputs = open_inputs([str(pages)], max_bytes=IngestConfig().max_bytes)
    sampler = CpuSampler()
    cpu_before = time.process_time()
    main_before = time.thread_time()
    with worker_timelines() as workers_steps:
        if profile is not None:
            import cProfile

            profiler = cProfile.Profile()
            summary = profiler.runcall(run_batch, inputs, options, progress=clock)
            profiler.dump_stats(profile)
        else:
            summary = run_batch(inputs, options, progress=clock)
    main_cpu = time.thread_time() - main_before
    cpu = sampler.stop()
    if summary.failed:
        print(f"batch bench: {summary.failed} pages failed (see the store's failures)")
    # this process's CPU: the client saving pages and assigning stories, and a local cluster's scheduler (its
    # nannies too); the cores it takes are cores the workers wait for
    client_cpu = time.process_time() - cpu_before
    first_done = clock.done_at[0] - clock.started_at if clock.done_at else None
    return {
        "pages_per_s": round(summary.pages_per_s, 3),
        "pages": summary.processed,
        "failed": summary.failed,
        "workers": workers,
        "seconds": round(summary.seconds, 1),
        "steady_pages_per_s": round(clock.steady_pages_per_s(), 3),
        "first_page_s": None if first_done is None else round(first_done, 1),
        "timeline_s": None if timeline is None else timeline_s(timeline.events(), workers_steps),
        "stage_ms": stage_costs(location),
        "client_cpu_ms_per_page": round(1000 * client_cpu / max(summary.processed, 1), 1),
        # the client's main thread: its own per-page work; other threads: Dask's scheduler and comms
        "client_main_cpu_ms_per_page": round(1000 * main_cpu / max(summary.processed, 1), 1),
        "client_other_threads_cpu_ms_per_page": round(1000 * (client_cpu - main_cpu) / max(summary.processed, 1), 1),
        # the processes the run started: workers (model loading included), nannies, the forkserver
        "workers_cpu_ms_per_page": round(1000 * cpu["children"] / max(summary.processed, 1), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES, help="a folder of pages (.html, .htm, .gz)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one-worker", action="store_true", help="also run 1 worker, for the speed-up")
    parser.add_argument("--limit", type=int, default=None, help="the first N pages by name")
    parser.add_argument("--db", default=None, help="a PostgreSQL server URL, or 'env' for $DATABASE_URL")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "batch.json")
    parser.add_argument("--profile", type=Path, default=None, help="write a cProfile of the client's main thread")
    args = parser.parse_args()
    server = os.environ["DATABASE_URL"] if args.db == "env" else args.db

    files = page_files(args.pages, args.limit)
    if not files:
        raise SystemExit(f"batch bench: no pages under {args.pages}")
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        selected = Path(tmp) / "pages"
        selected.mkdir()
        for path in files:
            shutil.copy(path, selected / path.name)
        baseline = trafilatura_pages_per_s(files)
        result: dict[str, Any] = {
            "sift": sift_run(selected, args.workers, fresh_store(server, Path(tmp)), args.profile),
            "trafilatura": {"pages_per_s": round(baseline, 3)},
            "store": "postgresql" if server else "sqlite",
        }
        if args.one_worker:
            result["one_worker"] = sift_run(selected, 1, fresh_store(server, Path(tmp)))
    result["vs_trafilatura"] = round(result["sift"]["pages_per_s"] / baseline, 4)
    line = (
        f"batch ({result['store']}): {result['sift']['pages']} pages, {args.workers} workers "
        f"{result['sift']['pages_per_s']:.2f} pages/s = {result['vs_trafilatura']:.3f}x bare trafilatura "
        f"({baseline:.1f} pages/s)"
    )
    if args.one_worker:
        result["speedup_vs_one_worker"] = round(result["sift"]["pages_per_s"] / result["one_worker"]["pages_per_s"], 3)
        line += f" · 1 worker {result['one_worker']['pages_per_s']:.2f} pages/s, {result['speedup_vs_one_worker']:.2f}x"
        # a page's stages taking longer with more workers: they wait for a core (other processes, the client,
        # each worker's own model loads), not for Dask or the store
        result["page_ms_vs_one_worker"] = round(
            sum(result["sift"]["stage_ms"].values()) / max(sum(result["one_worker"]["stage_ms"].values()), 1e-9), 3
        )
        line += f" · a page's stages {result['page_ms_vs_one_worker']:.2f}x as long as with 1 worker"
    line += f" · steady {result['sift']['steady_pages_per_s']:.2f}, first page after {result['sift']['first_page_s']} s"
    result["load_average"] = {"before": load_before, "after": os.getloadavg()[0]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(line + f" · load {load_before:.1f}→{os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
