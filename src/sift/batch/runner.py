"""The batch run: the inputs' pages, minus what the store already holds, analysed here or on Dask, and stored.

Every document is stored under its source key and content hash, the pages of a chunk in one transaction, so a run
killed at any moment and run again stores every page exactly once: what was stored is skipped, what was in flight
(or in an uncommitted chunk) is redone and replaces nothing twice. A page that fails is recorded with its reason
and skipped by later runs until ``retry_failed``; it never ends the run.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from sift.batch.fetcher import fetch_pages
from sift.batch.inputs import Input
from sift.batch.pages import BadRecord, Page
from sift.batch.progress import Progress
from sift.batch.timeline import note, reset
from sift.batch.worker import Outcome, WorkerSettings, analyse_pages, build_workbench
from sift.errors import ConfigError
from sift.ingest import IngestConfig
from sift.store.base import DocumentFailure

if TYPE_CHECKING:
    from sift.batch.cluster import DaskRunner
    from sift.store import Store
    from sift.workbench import Workbench

__all__ = ["BatchOptions", "BatchSummary", "run_batch"]

#: Pages looked up in the store at once to decide what a rerun skips.
LOOKUP_PAGES = 256
#: Default URL downloads at once (all hosts) and seconds between two requests to one host.
FETCH_CONCURRENCY = 8
HOST_INTERVAL_S = 1.0
#: Pages per task sent to a Dask worker: enough to keep the task overhead small, few enough to spread the work.
CHUNK_PAGES = 4
DASK_HINT = "pip install 'sift[dask]'"


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchOptions:
    """How a batch run works.

    Args:
        store: the store location (SQLite path or ``postgresql://`` URL): fact-checks to match, documents to keep.
        workers: analyse on a local Dask cluster of this many processes (``None``: in this process).
        scheduler: analyse on an existing Dask cluster (``tcp://host:port``); workers need the store too.
        retry_failed: analyse again the pages a previous run recorded as failed.
        match: match claims against the store's fact-checks.
        stages: the stages to run (default: all registered).
        configs: stage config overrides (``{"claims": {"threshold": 0.6}}``).
        ingest: how pages are read and URLs fetched (size cap, timeout, private addresses).
        fetch_concurrency: URL downloads at once.
        host_interval_s: seconds between two requests to one host.
        chunk_pages: pages per Dask task.
    """

    store: str
    workers: int | None = None
    scheduler: str | None = None
    retry_failed: bool = False
    match: bool = True
    stages: tuple[str, ...] | None = None
    configs: Mapping[str, Any] = field(default_factory=dict)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    fetch_concurrency: int = FETCH_CONCURRENCY
    host_interval_s: float = HOST_INTERVAL_S
    chunk_pages: int = CHUNK_PAGES

    def __post_init__(self) -> None:
        if self.workers is not None and self.workers < 1:
            raise ConfigError(f"--workers must be at least 1, got {self.workers}")
        if self.workers is not None and self.scheduler is not None:
            raise ConfigError("give --workers (a local cluster) or --scheduler (an existing one), not both")
        if self.fetch_concurrency < 1 or self.chunk_pages < 1:
            raise ConfigError("fetch_concurrency and chunk_pages must be at least 1")
        if self.host_interval_s < 0:
            raise ConfigError(f"host_interval_s must be 0 or more seconds, got {self.host_interval_s}")

    @property
    def distributed(self) -> bool:
        """Analysis runs on Dask."""
        return self.workers is not None or self.scheduler is not None


@dataclass(slots=True)
class BatchSummary:
    """What a run did: pages analysed and stored, skipped (stored or failed before), failed, and how fast."""

    processed: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    #: input records that are not pages (a crawl's images and scripts, hidden files); not counted anywhere else
    ignored: int = 0
    #: input records passed over because an earlier one was the same (a URL listed twice, a JSONL line repeated); not
    #: counted elsewhere
    duplicates: int = 0
    #: of ``skipped``, the pages skipped because they failed in an earlier run (what ``--retry-failed`` would retry)
    failed_before: int = 0

    @property
    def pages_per_s(self) -> float:
        """Pages analysed and stored per second of the run."""
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """``{"processed", "skipped", "failed", "seconds", "pages_per_s"}`` (``sift batch --json``)."""
        return {
            "processed": self.processed,
            "skipped": self.skipped,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "pages_per_s": round(self.pages_per_s, 3),
        }


@dataclass(slots=True)
class _Run:
    """One run's store, counts and progress, shared by the steps of the stream."""

    store: Store
    options: BatchOptions
    summary: BatchSummary
    progress: Progress

    def fail(self, key: str, location: str, reason: str, content_hash: str | None) -> None:
        self.store.record_failure(DocumentFailure(key, location, reason, content_hash))
        self.summary.failed += 1
        self.progress.failed(key, reason)
        self.progress.advance()

    def skip(self, pages: int = 1) -> None:
        self.summary.skipped += pages
        self.progress.advance(pages)

    def unseen(self, items: Iterable[Page | BadRecord]) -> Iterator[Page | BadRecord]:
        """``items`` without the pages the store holds (same key and bytes; a URL: same key) or saw fail."""
        iterator = iter(items)
        while chunk := list(islice(iterator, LOOKUP_PAGES)):
            keys = [item.key for item in chunk]
            stored = self.store.stored_sources(keys)
            failed = {} if self.options.retry_failed else self.store.failed_sources(keys)
            for item in chunk:
                known = _known(item, stored, failed)
                if known is None:
                    yield item
                    continue
                self.skip()
                self.summary.failed_before += known == "failed"

    def pages(self, items: Iterable[Page | BadRecord]) -> Iterator[Page]:
        """The pages of ``items``; bad records are recorded as failures on the way."""
        for item in items:
            if isinstance(item, BadRecord):
                self.fail(item.key, item.location, item.reason, item.content_hash)
            else:
                yield item

    def settle_chunk(self, outcomes: list[Outcome], bench: Workbench | None) -> None:
        """Settle a chunk's outcomes in one write transaction (one commit a chunk, not a page): the documents this
        process stores (``bench``) and the failures. A store that refuses it ends the run, as a page's did."""
        if bench is None and all(outcome.ok for outcome in outcomes):
            for outcome in outcomes:  # stored where they were analysed: nothing to write here
                self.settle(outcome, None)
            return
        with bench.transaction() if bench is not None else self.store.transaction():
            for outcome in outcomes:
                self.settle(outcome, bench)

    def settle(self, outcome: Outcome, bench: Workbench | None) -> None:
        """Store an outcome's document (when the worker did not), or record its failure."""
        if outcome.error is not None:
            self.fail(outcome.key, outcome.location, outcome.error, outcome.content_hash)
            return
        if outcome.doc is not None and bench is not None:
            bench.save(outcome.doc, key=outcome.key, story=outcome.story)
        self.summary.processed += 1
        self.progress.advance()


def _known(item: Page | BadRecord, stored: dict[str, set[str]], failed: dict[str, str | None]) -> str | None:
    """Why a rerun skips ``item`` (``"stored"``: its bytes are stored under its key; ``"failed"``: it failed with
    these bytes), or ``None``."""
    digest = item.content_hash
    if item.key in stored and (digest is None or digest in stored[item.key]):  # a URL not fetched yet: by its key
        return "stored"
    if item.key in failed and (digest is None or failed[item.key] in (None, digest)):
        return "failed"
    return None


def _chunks(pages: Iterable[Page], size: int) -> Iterator[list[Page]]:
    iterator = iter(pages)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _total(inputs: Sequence[Input]) -> int | None:
    counts = [source.count() for source in inputs]
    return None if any(count is None for count in counts) else sum(count or 0 for count in counts)


def run_batch(inputs: Sequence[Input], options: BatchOptions, *, progress: Progress | None = None) -> BatchSummary:
    """Analyse and store every page of ``inputs`` that the store does not hold yet.

    Args:
        inputs: from :func:`sift.batch.inputs.open_inputs`.
        options: the store, where the analysis runs, and how pages are read.
        progress: what to show while running (default: nothing but failure lines on stderr).

    Returns:
        The counts of the run.

    Raises:
        ConfigError: bad options, Dask missing for ``workers``/``scheduler``, an unreachable scheduler.
        StoreError: the store cannot be opened or written (pages already stored stay stored).
    """
    from sift.store import open_store

    progress = progress if progress is not None else Progress(bar=False)
    dask_runner = _dask_runner() if options.distributed else None  # a missing extra fails before any work
    started = time.perf_counter()
    reset()
    note("client: run started")
    summary = BatchSummary()
    with open_store(options.store) as store:
        note("client: store open")
        is_postgres = "://" in store.location
        # workers store documents themselves in a server database; an SQLite file has one writer: this process
        write_here = not (options.distributed and is_postgres)
        settings = WorkerSettings(
            store=options.store,
            write=not write_here,
            match=options.match,
            configs=options.configs,
            ingest=options.ingest,
        )
        run = _Run(store, options, summary, progress)
        if options.match and not store.count_factchecks():
            progress.note(
                f"the store {store.location} has no fact-checks, so no page is matched; load some with "
                "`sift factchecks load-sample` or `sift factchecks import FILE` first"
            )
        progress.start(_total(inputs))
        with ExitStack() as stack:
            stack.callback(progress.close)
            chunks = _stream(inputs, run)
            # a local cluster's forkserver loads the models on the first chunk (which its workers then share)
            # while this process builds its own Workbench
            first = next(chunks, None) if options.workers is not None else None
            note("client: first chunk read")
            warm = None if first is None else (settings, first)
            starting = None if dask_runner is None else stack.enter_context(_starting(dask_runner, options, warm))
            # One BLAS thread here, as in every Dask worker (the nanny sets OPENBLAS_NUM_THREADS=1), `sift check` and
            # `sift serve`. With workers, this process's numpy would spin two OpenBLAS threads per product while it
            # saves pages and assigns stories, taking the cores the workers need: 80 scrapinghub pages on 2 cores,
            # 2 workers 2.27 -> 2.82 pages/s (bench/batch.py, same quiet machine, one run each). Without workers,
            # the pages' own small products (the matcher's claim groups) ran slower on two threads: 40 pages,
            # CPU 15.0 s -> 9.6-10.1 s, the match stage 594 -> 232-300 ms a page (load 12-17).
            import numpy  # noqa: F401 (loads OpenBLAS: threadpool_limits reaches only libraries loaded already)
            from threadpoolctl import threadpool_limits

            stack.enter_context(threadpool_limits(limits=1))
            # here: the whole analysis; on Dask: saving, and the match index brought up to date before workers
            # read it
            bench = build_workbench(store, settings)
            note("client: workbench built")
            if first is not None:
                chunks = chain([first], chunks)
            _run_pages(chunks, run, bench, settings, starting)
        summary.ignored = sum(source.ignored for source in inputs)
        summary.duplicates = sum(source.duplicates for source in inputs)
        summary.seconds = time.perf_counter() - started
    return summary


def _stream(inputs: Sequence[Input], run: _Run) -> Iterator[list[Page]]:
    """The unseen pages of ``inputs`` (fetched, when URLs), in chunks; bad records recorded on the way."""
    options = run.options
    items = run.unseen(chain.from_iterable(inputs))
    fetched = fetch_pages(
        items,
        options.ingest,
        concurrency=options.fetch_concurrency,
        host_interval_s=options.host_interval_s,
    )
    return _chunks(run.pages(fetched), options.chunk_pages)


def _run_pages(
    chunks: Iterator[list[Page]],
    run: _Run,
    bench: Workbench,
    settings: WorkerSettings,
    starting: Future[DaskRunner] | None,
) -> None:
    """Every chunk analysed (here, or on the cluster ``starting``) and its pages settled."""
    write_here = not settings.write  # an SQLite file has one writer: this process
    if starting is not None:
        cluster = starting.result()
        note("client: cluster ready")
        cluster.start(settings)
        note("client: workers set up")
        for outcomes in cluster.run_chunks(chunks):
            run.settle_chunk(outcomes, bench if write_here else None)
            note("client: first chunk settled")
    else:
        for chunk in chunks:
            run.settle_chunk(analyse_pages(bench, chunk, write=True), None)


@contextmanager
def _starting(
    runner: type[DaskRunner], options: BatchOptions, warm: tuple[WorkerSettings, list[Page]] | None
) -> Iterator[Future[DaskRunner]]:
    """A Dask runner starting in a thread while the block runs; shut down when the block ends, however it ends.

    ``warm``: the workers' settings and the first pages, for a local cluster to load its models on.

    A runner that failed to start raises its ConfigError from ``result()`` in the block, not again here.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sift-dask-start") as pool:
        starting = pool.submit(runner, workers=options.workers, scheduler=options.scheduler, warm=warm)
        try:
            yield starting
        finally:
            error = starting.exception()  # waits for a start still under way
            if error is None:
                starting.result().close()


def _dask_runner() -> type[DaskRunner]:
    """The Dask runner class; ConfigError naming the install command when the ``dask`` extra is missing."""
    try:
        from sift.batch.cluster import DaskRunner
    except ImportError as error:
        if (error.name or "").split(".")[0] in ("dask", "distributed"):
            raise ConfigError(f"--workers and --scheduler need Dask: {DASK_HINT}") from None
        raise
    return DaskRunner
