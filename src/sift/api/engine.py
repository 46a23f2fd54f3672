"""The server's working parts: store, workbench, bounded check workers and the lock that guards the indexes.

A page check is seconds of CPU-bound work, a fact-check search a fraction of one. Checks therefore run in
``--check-workers`` worker processes (:mod:`sift.api.checkers`), each stopped past ``--check-timeout`` so
one huge page cannot hold the others back, behind a short, bounded queue; with ``--check-workers 0`` they
run on one thread of the server (no time limit). Searches run beside them in the server's thread pool.
When the queue is full a check is refused at once with a 503 and a ``Retry-After`` estimate from the
queue's length and the typical (median) check duration, instead of waiting past any client's timeout.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import math
import statistics
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from starlette.exceptions import HTTPException

from sift.api.auth import STORE_ROLE, Principal
from sift.api.batching import BatchingEncoder
from sift.api.checkers import CheckTooLong, CheckWorkers
from sift.api.settings import ServeSettings
from sift.document import Coverage, Document
from sift.store import Store
from sift.stories import Story

__all__ = [
    "MAX_CHECK_WAIT_S",
    "MAX_QUEUED_CHECKS",
    "SEARCH_WORKERS",
    "Engine",
    "ReadWriteLock",
    "ServerBusy",
    "upload_name",
]

#: Checks allowed to wait behind the running one, whatever their expected duration.
MAX_QUEUED_CHECKS = 8
#: A check is refused when the expected wait before it starts (mean duration x checks ahead) exceeds this:
#: clients commonly give up after 60 s, so a request that would wait longer gets a 503 now instead
#: (bench/api_load.py, 50 clients, 800-word pages).
MAX_CHECK_WAIT_S = 30.0
#: Searches run at once. More threads only contend for the GIL; a few keep the batching encoder's batches
#: full while the others do their Python scoring (bench/api_load.py).
SEARCH_WORKERS = 8
#: Longest upload file name kept as a document's source location.
MAX_FILENAME_CHARS = 200
#: Recent check durations whose median is the typical one behind the Retry-After estimate (one outlier,
#: even one stopped at the time limit, does not move a median of twenty).
DURATIONS_KEPT = 20
#: The typical check duration assumed until checks have been timed.
FIRST_GUESS_S = 5.0
#: How often a server asks the store whether other processes (a second server, a CLI import) wrote
#: fact-checks: one ``MAX(seq)`` query, at most this often, before a search or a check.
CATCH_UP_EVERY_S = 1.0


class ServerBusy(HTTPException):
    """503: the check queue is full; ``Retry-After`` says when a slot is likely to be free."""

    def __init__(self, queued: int, retry_after_s: int) -> None:
        super().__init__(
            503,
            f"{queued} page checks are ahead of this one; retry in about {retry_after_s} s",
            headers={"Retry-After": str(retry_after_s)},
        )


class ReadWriteLock:
    """Many readers (searches, checks) or one writer (an index refresh); a waiting writer blocks new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Hold the lock shared for the ``with`` block."""
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._writers_waiting)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the lock exclusively for the ``with`` block."""
        with self._cond:
            self._writers_waiting += 1
            self._cond.wait_for(lambda: not self._writing and not self._readers)
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


def upload_name(filename: str | None) -> str | None:
    """An upload's own file name, its folders dropped and cut to :data:`MAX_FILENAME_CHARS` before its suffix: it says
    more than "<text>" as the document's location, and its suffix says HTML or Markdown (the id still hashes the
    bytes)."""
    path = Path(filename or "")
    if len(path.name) <= MAX_FILENAME_CHARS:
        return path.name or None
    suffix = path.suffix[:MAX_FILENAME_CHARS]
    return path.name[: MAX_FILENAME_CHARS - len(suffix)] + suffix


class Engine:
    """Store + workbench (pipeline and matcher) shared by the API and the web pages.

    Args:
        settings: the validated server settings.
        store: an open store; the caller owns and closes it.
        max_queued_checks: checks that may wait behind the running one before new ones get a 503.
    """

    def __init__(self, settings: ServeSettings, store: Store, *, max_queued_checks: int = MAX_QUEUED_CHECKS) -> None:
        from sift.encoders import load_encoder
        from sift.ingest import IngestConfig
        from sift.store.stories import StoredStoryIndex
        from sift.workbench import Workbench

        self.settings = settings
        self.store = store
        # the story index the coverage stage reads, and that every stored check joins
        self.stories = StoredStoryIndex(store)
        # One batching encoder for the pipeline and the matcher: concurrent searches (and a check's lookups)
        # are embedded together.
        self.encoder = BatchingEncoder(load_encoder())
        self.workbench = Workbench(
            store,
            ingest=IngestConfig(allow_private=settings.allow_private, timeout_s=settings.fetch_timeout_s),
            services={"encoder": self.encoder, "stories": self.stories},
        )
        self.index_lock = ReadWriteLock()
        self.max_queued_checks = max_queued_checks
        location = settings.db or store.location
        self.checkers: CheckWorkers | None = None
        if settings.check_workers and location != ":memory:":
            self.checkers = CheckWorkers(
                settings.check_workers, settings.check_timeout_s, location=location, ingest=self.workbench.ingest
            )
        self.workers = self.checkers.count if self.checkers else 1
        self._worker = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="sift-check")
        self._searchers = ThreadPoolExecutor(max_workers=SEARCH_WORKERS, thread_name_prefix="sift-search")
        self._admitted = 0  # checks running or queued; only touched on the event loop thread
        self._durations: deque[float] = deque(maxlen=DURATIONS_KEPT)
        self._looked_at = -math.inf  # when the store's sequence number was last compared with the index's

    async def check(
        self, source: str | bytes, kind: str, *, filename: str | None = None, stored_by: str | None = None
    ) -> Document:
        """Analyse one submitted page on the check worker; store it when ``stored_by`` names who asked.

        Storing a document is a write like any other: the routes pass :meth:`storer`'s answer for the token or
        session (a reviewer or higher, on a server that takes writes), and the audit log records it. Anyone else
        gets the analysis without a stored copy. ``filename`` names an uploaded file in the
        document's ``source.location`` instead of ``<text>``.

        Raises:
            ServerBusy: ``max_queued_checks`` checks are already waiting, or the wait would pass
                ``MAX_CHECK_WAIT_S``.
            sift.errors.SiftError: the page could not be read or analysed.
        """
        waiting = self._admitted - self.workers  # checks queued behind the running ones (< 0: a worker is free)
        expected_wait_s = self.expected_wait_s()
        if waiting >= 0 and (waiting >= self.max_queued_checks or expected_wait_s > MAX_CHECK_WAIT_S):
            raise ServerBusy(self._admitted, max(1, math.ceil(expected_wait_s)))
        self._admitted += 1
        try:
            return await asyncio.wrap_future(self._worker.submit(self._check_now, source, kind, filename, stored_by))
        finally:
            self._admitted -= 1

    def storer(self, principal: Principal | None) -> str | None:
        """Who a check stores its document for: the principal's name when they may write a document (a
        reviewer or higher) and the server takes writes, else ``None`` (the page is analysed, not stored)."""
        if principal is None or not principal.may(STORE_ROLE) or self.settings.read_only:
            return None
        return principal.name

    def expected_wait_s(self) -> float:
        """How long a check admitted now would wait before a worker starts it: the checks ahead of it in
        rounds of ``workers``, each the typical (median) recent duration, at most the time limit."""
        typical = statistics.median(self._durations) if self._durations else FIRST_GUESS_S
        if self.checkers is not None:
            typical = min(typical, self.settings.check_timeout_s)
        return typical * max(0, math.ceil((self._admitted - self.workers + 1) / self.workers))

    def catch_up(self) -> None:
        """Index the fact-checks other processes wrote to the store since the last look (see CATCH_UP_EVERY_S).

        Another server on the same store imports into the store and saves the shared index; this one
        notices by the store's sequence number and adopts that index (or indexes what is still missing).
        """
        now = time.monotonic()
        if now - self._looked_at < CATCH_UP_EVERY_S:
            return
        self._looked_at = now
        matcher = self.workbench.matcher
        if matcher is None or not matcher.behind():
            return
        with self.index_lock.writing():
            if matcher.behind():
                self.workbench.refresh()

    def _check_now(self, source: str | bytes, kind: str, filename: str | None, stored_by: str | None) -> Document:
        started = time.perf_counter()
        name = upload_name(filename)
        try:
            if self.checkers is not None:
                doc = self.checkers.check(source, kind, name)
            else:
                self.catch_up()
                with self.index_lock.reading():
                    doc = self.workbench.check(source, kind=kind, name=name)
        except CheckTooLong:
            self._durations.append(time.perf_counter() - started)
            raise
        if stored_by is not None:
            self.workbench.save(doc)
            self.store.record_audit(stored_by, "check", doc.id, {"source": doc.source.location})
        self._durations.append(time.perf_counter() - started)
        return doc

    async def search(
        self, query: str, *, lang: str | None, k: int, date: dt.date | None = None
    ) -> list[dict[str, Any]]:
        """Fact-checks ranked for ``query`` by the matcher (empty when no matcher is attached)."""
        return await asyncio.wrap_future(self._searchers.submit(self._search_now, query, lang, k, date))

    def _search_now(self, query: str, lang: str | None, k: int, date: dt.date | None) -> list[dict[str, Any]]:
        self.catch_up()
        with self.index_lock.reading():
            hits = self.workbench.search(query, lang=lang, k=k, date=date)
        return [hit.to_dict() for hit in hits]

    def outlet(self, name_or_domain: str) -> dict[str, Any] | None:
        """The profile of an outlet (shipped, with the store's team outlets) and the store's record of it."""
        from sift.sources.stage import describe_outlet

        return describe_outlet(self.workbench.outlets, name_or_domain)

    def import_file(self, path: Path, *, label: str, actor: str) -> dict[str, Any]:
        """Import fact-checks from a file (``label`` names it in the summary), log it under ``actor``, then
        refresh the matcher's indexes."""
        from sift.store.imports import import_path

        summary = import_path(self.store, path, label=label)
        self.store.record_audit(actor, "import", label, summary.counts())
        with self.index_lock.writing():
            self.workbench.refresh()
        return summary.to_dict()

    def start(self) -> None:
        """Start the check workers and wait for one to be warm, open the matcher, then freeze the heap (the
        server's startup; without it the first check starts them and the first search opens the index).

        ``gc.freeze`` moves every object alive now (the index's row tables, the BM25 vocabulary, the encoder)
        out of the collector's reach: each full collection walked them with the GIL held, stalling every
        search and ``/healthz`` alike (a search-only process at 50,000 fact-checks: 110-140 ms a collection on
        a loaded 2-core machine, 1.6 s with the page pipeline loaded in-process as ``--check-workers 0`` does).
        Later full collections walk only what was made since (the matcher's record cache). They live as long
        as the server; ``close`` unfreezes. On bench/api_load.py at load 15-20 it did not move p99 measurably.
        """
        if self.checkers is not None:
            self.checkers.start(wait=True)
        _ = self.workbench.matcher  # a lazily opened index loads now, not on the first search
        gc.freeze()

    def list_stories(self, *, since: dt.date | None = None, lang: str | None = None) -> list[Story]:
        """Stories seen since ``since`` with a document in ``lang``, newest first (other writers' changes too)."""
        from sift.stories.features import day_number

        self.stories.refresh()
        return self.stories.list(since=None if since is None else day_number(since), lang=lang)

    def coverage_of(self, document_id: str) -> Coverage | None:
        """Where else a stored document's story runs as the store holds it now (other writers' changes too: a
        ``sift batch`` run beside the server stores pages the index has not read yet)."""
        from sift.stories.coverage import stored_coverage

        self.stories.refresh()
        return stored_coverage(document_id, self.stories)

    def story_summary(self, story: Story) -> dict[str, Any]:
        """A story's listing JSON (fact-checks described from the store)."""
        from sift.stories.view import story_summary

        return story_summary(story, self.stories)

    async def story_view(self, story_id: str) -> dict[str, Any] | None:
        """Everything a story page shows (recurring claims are embedded on a search thread), ``None`` if unknown."""
        return await asyncio.wrap_future(self._searchers.submit(self._story_view_now, story_id))

    def _story_view_now(self, story_id: str) -> dict[str, Any] | None:
        from sift.stories.view import story_view

        self.stories.refresh()
        story = self.stories.get(story_id)
        return None if story is None else story_view(story, self.stories, self.encoder)

    def delete_document(self, document_id: str, *, actor: str) -> bool:
        """Delete a stored document (and its claim reviews), withdraw it from its story and log it under ``actor``;
        ``False`` if there was none."""
        self.stories.remove(document_id)
        deleted = self.store.delete_document(document_id)
        if deleted:
            self.store.record_audit(actor, "delete", document_id)
        return deleted

    def close(self) -> None:
        """Drop queued checks and let the running one finish (its client has gone with the server)."""
        self._worker.shutdown(wait=False, cancel_futures=True)
        if self.checkers is not None:
            self.checkers.close()
        self._searchers.shutdown(wait=False, cancel_futures=True)
        gc.unfreeze()
