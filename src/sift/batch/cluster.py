"""Running batch analysis on Dask: a local cluster of processes or an existing scheduler, one Workbench per worker.

Each worker builds its Workbench once, in a worker plugin, and keeps it (and its loaded models) for every chunk
of pages it is given. Imported only when ``--workers`` or ``--scheduler`` is given: Dask is an optional extra.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from sift.batch.pages import Page
from sift.batch.worker import Outcome, WorkerSettings, analyse_pages, open_workbench
from sift.errors import ConfigError

__all__ = ["DaskRunner", "WorkbenchPlugin", "analyse_chunk"]

PLUGIN_NAME = "sift-workbench"
#: Seconds a worker waits for a lost scheduler before it shuts down (a killed ``sift batch`` leaves no workers
#: behind for longer). Dask also gives a starting worker process this long to come up: 10 s failed the cluster's
#: start (an AssertionError from deep inside distributed) at load 14-17 on the 2-core machine.
DEATH_TIMEOUT_S = 60
#: Chunks in flight per worker: one running, one queued, so no worker waits for the client between chunks.
CHUNKS_PER_WORKER = 2


class WorkbenchPlugin(WorkerPlugin):  # type: ignore[misc]
    """Builds the worker's Workbench when the worker starts and closes its store when it stops."""

    name = PLUGIN_NAME

    def __init__(self, settings: WorkerSettings) -> None:
        self.settings = settings
        self.bench: Any = None
        self.store: Any = None

    def setup(self, worker: Any) -> None:
        self.bench, self.store = open_workbench(self.settings)

    def teardown(self, worker: Any) -> None:
        if self.store is not None:
            self.store.close()


def analyse_chunk(pages: list[Page], write: bool) -> list[Outcome]:
    """The task each worker runs: a chunk of pages through the worker's own Workbench."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    return analyse_pages(plugin.bench, pages, write=write)


class DaskRunner:
    """Chunks of pages analysed on a Dask cluster, a bounded number in flight; use it as a context manager.

    The cluster starts in the constructor and the workers build their Workbench in :meth:`start`, so the caller
    can do its own setup (the client's Workbench, which brings the match index up to date) while the worker
    processes spawn and import, then start the workers once the index is ready for them.

    Args:
        workers: start a local cluster of this many worker processes (one thread each).
        scheduler: the address of an existing ``dask.distributed`` scheduler (``tcp://host:port``) instead.

    Raises:
        ConfigError: the scheduler cannot be reached.
    """

    def __init__(self, *, workers: int | None = None, scheduler: str | None = None) -> None:
        self.settings: WorkerSettings | None = None
        self.workers = 0
        self._cluster: Any = None
        try:
            if scheduler is not None:
                self._client = Client(scheduler, timeout="10s")
            else:
                self._cluster = LocalCluster(
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
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as error:
            self.close()
            raise ConfigError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
        except RuntimeError as error:  # distributed's "Nanny failed to start" and kin
            self.close()
            raise ConfigError(f"cannot start {workers} Dask worker processes: {error}") from None

    def start(self, settings: WorkerSettings) -> None:
        """Have every worker build its Workbench from ``settings`` (returns once they have)."""
        self.settings = settings
        self._client.register_plugin(WorkbenchPlugin(settings), name=PLUGIN_NAME)
        self.workers = max(1, len(self._client.scheduler_info(n_workers=-1).get("workers", {})))

    def run(self, chunks: Iterable[list[Page]]) -> Iterator[Outcome]:
        """Outcomes of every page of ``chunks``, in completion order; a chunk lost with its worker fails its pages."""
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
                futures[future] = chunk
                pending.add(future)
            if not futures:
                return
            future = next(pending)
            chunk = futures.pop(future)
            try:
                outcomes = future.result()
            except Exception as error:  # the worker died (KilledWorker) or the task could not run
                reason = f"the worker analysing it was lost: {type(error).__name__}: {error}"
                outcomes = [Outcome(page.key, page.location, page.content_hash, error=reason) for page in chunk]
            yield from outcomes

    def close(self) -> None:
        """Shut the client (and the local cluster, if this runner started one) down."""
        client, self._client = getattr(self, "_client", None), None
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
