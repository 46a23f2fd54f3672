"""Running batch analysis on Dask: a local cluster of processes or an existing scheduler, one Workbench per worker.

Each worker builds its Workbench once, in a worker plugin, and keeps it (and its loaded models) for every chunk
of pages it is given. Imported only when ``--workers`` or ``--scheduler`` is given: Dask is an optional extra.

A local cluster's workers fork from a forkserver (where the platform has one) that loaded the models on the
run's first pages before it forked anything (:mod:`sift.batch.warm`): the workers start with the models loaded,
sharing their memory. A forkserver that fails or is not ready in time, or workers that fail to start from it,
fall back to spawning fresh interpreters that load their own models, with one line on stderr.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import signal
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from sift.batch.pages import Page
from sift.batch.timeline import note
from sift.batch.warm import WARM_ENV, ready
from sift.batch.worker import Outcome, WorkerSettings, analyse_pages, kept_models, open_workbench
from sift.errors import ConfigError

__all__ = ["DaskRunner", "WorkbenchPlugin", "analyse_chunk"]

PLUGIN_NAME = "sift-workbench"
#: Seconds a worker waits for a lost scheduler before it shuts down (a killed ``sift batch`` leaves no workers
#: behind for longer). Dask also gives a starting worker process this long to come up: 10 s failed the cluster's
#: start (an AssertionError from deep inside distributed) at load 14-17 on the 2-core machine.
DEATH_TIMEOUT_S = 60
#: Chunks in flight per worker: one running, one queued, so no worker waits for the client between chunks.
CHUNKS_PER_WORKER = 2
#: Seconds the forkserver gets to load the models on the first pages before the workers spawn instead. Its
#: loads are what a spawned worker would do itself (20-60 s on the 2-core machine under load; bench/batch.py).
FORKSERVER_READY_S = 240
#: Dask's background work a local cluster leaves out or does less often: every worker's statistical profiler (a
#: thread sampling the running task's stack every 10 ms), the event-loop health check every 20 ms in every
#: process, the system monitor's samples every 0.5 s and its GIL probe, each nanny's and worker's memory check
#: every 0.1 s (1 s still stops a runaway worker), the active memory manager (nothing here is replicated) and
#: the client's scheduler-info poll. An idle 2-worker cluster took 27-32 ms of CPU a second in the client (with
#: its scheduler) and 47-50 ms in its worker processes; with these 7.5-8.5 and 6.5-7 ms (2-3 runs each, load
#: 5-9): CPU the workers analyse pages with on a 2-core machine. Nothing sift reads needs them.
#: Nor glibc's trim threshold that Dask gives every worker (``MALLOC_TRIM_THRESHOLD_=65536``, to hand freed memory
#: back to the system at once): setting it also fixes glibc's mmap threshold at 128 kB, so every larger array a
#: page's stages make (the encoders' and matcher's numpy blocks, spaCy's) is a fresh mmap, zeroed page by page,
#: and unmapped when freed. 82 real pages in one process (bench/stage_cpu.py --batch-warm): 2.24 M page faults and
#: 6.0 s system CPU with it, 0.42 M and 1.5 s without, 361 vs 319 ms a page, peak memory 1,253 vs 1,357 MB.
LOCAL_CLUSTER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,  # None: Dask leaves the variable unset
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.active-memory-manager.start": False,
    "distributed.client.scheduler-info-interval": "10s",
}


class WorkbenchPlugin(WorkerPlugin):  # type: ignore[misc]
    """Builds the worker's Workbench when the worker starts and closes its store when it stops."""

    name = PLUGIN_NAME

    def __init__(self, settings: WorkerSettings) -> None:
        self.settings = settings
        self.bench: Any = None
        self.store: Any = None

    def setup(self, worker: Any) -> None:
        note("worker: setup started")
        self.bench, self.store = open_workbench(self.settings)
        note("worker: workbench built")
        #: the Workbench reuses the models this worker was forked with (see :mod:`sift.batch.warm`)
        self.forked_models = kept_models(self.settings) is not None

    def teardown(self, worker: Any) -> None:
        if self.store is not None:
            self.store.close()


def analyse_chunk(pages: list[Page], write: bool) -> list[Outcome]:
    """The task each worker runs: a chunk of pages through the worker's own Workbench."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    return analyse_pages(plugin.bench, pages, write=write)


def _forked_models(dask_worker: Any) -> bool:  # Client.run passes the worker by this name
    return bool(dask_worker.plugins[PLUGIN_NAME].forked_models)


class DaskRunner:
    """Chunks of pages analysed on a Dask cluster, a bounded number in flight; use it as a context manager.

    The cluster starts in the constructor and the workers build their Workbench in :meth:`start`, so the caller
    can do its own setup (the client's Workbench, which brings the match index up to date) while the worker
    processes spawn and import, then start the workers once the index is ready for them.

    Args:
        workers: start a local cluster of this many worker processes (one thread each).
        scheduler: the address of an existing ``dask.distributed`` scheduler (``tcp://host:port``) instead.
        warm: the workers' settings and the run's first pages: a local cluster's forkserver loads the models on
            them and its workers fork with them loaded (``None``: the workers spawn and load their own).

    Raises:
        ConfigError: the scheduler cannot be reached.
    """

    def __init__(
        self,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        warm: tuple[WorkerSettings, Sequence[Page]] | None = None,
    ) -> None:
        self.settings: WorkerSettings | None = None
        self.workers = 0
        self.forked = False
        self._cluster: Any = None
        try:
            if scheduler is not None:
                self._client = Client(scheduler, timeout="10s")
            else:  # the settings are read as the scheduler, nannies and client start; nannies pass them on
                with dask.config.set(LOCAL_CLUSTER_CONFIG):
                    self._cluster = self._local_cluster(workers, warm)
                    note("client: cluster up")
                    self._client = Client(self._cluster)
                    note("client: connected")
        except (OSError, TimeoutError) as error:
            self.close()
            raise ConfigError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
        except RuntimeError as error:  # distributed's "Nanny failed to start" and kin
            self.close()
            raise ConfigError(f"cannot start {workers} Dask worker processes: {error}") from None

    def _local_cluster(self, workers: int | None, warm: tuple[WorkerSettings, Sequence[Page]] | None) -> Any:
        """A local cluster whose workers fork from a warmed forkserver, or else spawn (saying why on stderr)."""
        if warm is not None and "forkserver" in multiprocessing.get_all_start_methods():
            problem = start_forkserver(*warm)
            note("client: forkserver ready")
            if problem is None:
                try:
                    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
                        cluster = _local_cluster(workers)
                    self.forked = True
                    return cluster
                except Exception as error:  # e.g. a worker that never reached its nanny
                    problem = f"its workers did not start: {type(error).__name__}: {error}"
            stop_forkserver(kill=True)
            print(f"sift: note: batch workers spawn and load their own models (forkserver: {problem})", file=sys.stderr)
        return _local_cluster(workers)

    def start(self, settings: WorkerSettings) -> None:
        """Have every worker build its Workbench from ``settings`` (returns once they have)."""
        self.settings = settings
        self._client.register_plugin(WorkbenchPlugin(settings), name=PLUGIN_NAME)
        self.workers = max(1, len(self._client.scheduler_info(n_workers=-1).get("workers", {})))

    def workers_with_forked_models(self) -> int:
        """How many workers built their Workbench on the models they were forked with (after :meth:`start`)."""
        return sum(self._client.run(_forked_models).values())

    def run(self, chunks: Iterable[list[Page]]) -> Iterator[Outcome]:
        """Outcomes of every page of ``chunks``, in completion order; a chunk lost with its worker fails its pages."""
        for outcomes in self.run_chunks(chunks):
            yield from outcomes

    def run_chunks(self, chunks: Iterable[list[Page]]) -> Iterator[list[Outcome]]:
        """The outcomes of each chunk of ``chunks``, chunk by chunk in completion order (see :meth:`run`)."""
        if self.settings is None:
            raise RuntimeError("DaskRunner.start(settings) must run before DaskRunner.run")
        pending = as_completed()
        futures: dict[Any, list[Page]] = {}
        source = iter(chunks)
        exhausted = False
        while True:
            while not exhausted and len(futures) < CHUNKS_PER_WORKER * self.workers:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                future = self._client.submit(analyse_chunk, chunk, self.settings.write, pure=False)
                note("client: first chunk sent")
                futures[future] = chunk
                pending.add(future)
            if not futures:
                return
            future = next(pending)
            chunk = futures.pop(future)
            try:
                outcomes = future.result()
                note("client: first result back")
            except Exception as error:  # the worker died (KilledWorker) or the task could not run
                reason = f"the worker analysing it was lost: {type(error).__name__}: {error}"
                outcomes = [Outcome(page.key, page.location, page.content_hash, error=reason) for page in chunk]
            yield outcomes

    def close(self) -> None:
        """Shut the client (and the local cluster, if this runner started one) down."""
        client, self._client = getattr(self, "_client", None), None
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
        if self.forked:  # the next run's forkserver loads the models on its own pages and settings
            stop_forkserver()
            self.forked = False

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _local_cluster(workers: int | None) -> Any:
    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        # No dashboard, and its HTTP server (which a None address still starts on 8787) on any free
        # port: two runs on one machine must not collide.
        dashboard_address=":0",
        scheduler_kwargs={"dashboard": False},
        silence_logs=logging.ERROR,
        death_timeout=DEATH_TIMEOUT_S,
    )


def start_forkserver(
    settings: WorkerSettings, pages: Sequence[Page], timeout_s: float = FORKSERVER_READY_S
) -> str | None:
    """Start this process's forkserver with :mod:`sift.batch.warm` loading the models on ``pages``, and wait
    until it forks: ``None`` when it does, else what went wrong (the forkserver is then left to be stopped).

    The forkserver starts with ``exec`` (no thread of this process is copied into it), with the environment
    Dask's nanny gives a spawned worker (one BLAS/OpenMP thread) and the warm-up file named in it.
    """
    from multiprocessing import forkserver

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["distributed", "sift.batch.warm"])
    with tempfile.NamedTemporaryFile(prefix="sift-warm-", suffix=".pickle") as file:
        pickle.dump((settings, list(pages)), file)
        file.flush()
        spawned = dask.config.get("distributed.nanny.pre-spawn-environ")
        environ = {str(key): str(value) for key, value in spawned.items() if value is not None}  # None: unset
        try:
            with _environ({**environ, WARM_ENV: file.name}):
                forkserver.ensure_running()
            note("client: forkserver started")
        except Exception as error:
            return f"could not start: {type(error).__name__}: {error}"
        # a process started from the forkserver starts once the preload (the warm-up) is done
        probe = context.Process(target=ready, daemon=True)
        outcome: list[BaseException | None] = []

        def start_probe() -> None:
            try:
                probe.start()
                probe.join()
                outcome.append(None)
            except BaseException as error:
                outcome.append(error)

        starter = threading.Thread(target=start_probe, name="sift-forkserver-probe", daemon=True)
        starter.start()
        starter.join(timeout_s)
    if not outcome:
        return f"not ready within {timeout_s:.0f} s"
    if outcome[0] is not None or probe.exitcode != 0:
        return f"its first process failed: {outcome[0] or f'exit code {probe.exitcode}'}"
    return None


def stop_forkserver(*, kill: bool = False) -> None:
    """Stop this process's forkserver (``kill``: at once, e.g. one stuck loading), if one runs."""
    from multiprocessing import forkserver

    server = forkserver._forkserver  # the module's one server; multiprocessing has no public way to stop it
    if kill and server._forkserver_pid is not None:
        with suppress(ProcessLookupError):
            os.kill(server._forkserver_pid, signal.SIGKILL)
    server._stop()


@contextmanager
def _environ(values: dict[str, str]) -> Iterator[None]:
    """``os.environ`` with ``values`` inside the block (for a process started in it), as it was after."""
    before = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
