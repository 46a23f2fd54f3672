"""Page checks in worker processes, each stopped when it runs past the server's time limit.

A check is seconds of CPU in spaCy, lingua and the encoder; a hostile or merely huge page can take minutes
(issue 17: a 200,000-character paragraph held the one check thread for 147 s while 18 of 20 ordinary checks
were refused). A thread cannot be stopped; a process can. Each worker loads the pipeline once (a warm-up
check before it takes work, so loading models never counts against the limit), then analyses the pages
the server sends it and answers with the document, or with the error a user should read. A worker that
passes ``--check-timeout`` is killed and replaced, and that request alone is refused. The server stores
the document itself: workers only read the store (for matching), through their own connection.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import queue
import signal
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from starlette.exceptions import HTTPException

from sift.document import Document
from sift.errors import SiftError
from sift.ingest.config import IngestConfig

__all__ = ["CheckTooLong", "CheckWorkers", "NoCheckWorker"]

log = logging.getLogger(__name__)

#: What a worker analyses before it reports ready: a paragraph per language with its own models (spaCy
#: English and French, HanTa German, the table taggers), so no first check pays for loading them (the
#: seed page's first check took 28 s after an English-only warm-up, 2.4 s after it).
WARM_UP = "\n\n".join(
    (
        "The ministry said on Monday that the bridge over the river was closed for repairs, Reuters reported.",
        "Le ministère a déclaré lundi que le pont sur la rivière était fermé pour travaux, selon l'AFP.",
        "Das Ministerium sagte am Montag, die Brücke über den Fluss sei wegen Reparaturen gesperrt, meldete dpa.",
        "El ministerio dijo el lunes que el puente sobre el río estaba cerrado por obras, según EFE.",
    )
)
#: Longest wait for a free (warm) worker before a check is refused as busy. The server's thread pool hands
#: a check over only when a worker should be free, so this wait is a worker's warm-up (after a start or a
#: stopped check): about 20 s on an idle 2-core machine, minutes when it is loaded.
MAX_IDLE_WAIT_S = 300.0


class CheckTooLong(HTTPException):
    """422: the page's analysis ran past the server's time limit and was stopped."""

    def __init__(self, timeout_s: float) -> None:
        super().__init__(
            422,
            f"the page took longer than {timeout_s:g} s to analyse and was stopped (the server's --check-timeout); "
            "send a shorter page or check it with the CLI",
        )


class NoCheckWorker(HTTPException):
    """503: no check worker became free in time (they are busy, starting or failed to start)."""

    def __init__(self, waited_s: float) -> None:
        super().__init__(
            503,
            f"no page-check worker was free within {waited_s:g} s; retry later",
            headers={"Retry-After": str(max(1, round(waited_s / 4)))},
        )


@dataclass(slots=True, eq=False)
class _Worker:
    process: Any
    connection: Connection


def _work(connection: Connection, location: str | None, ingest: IngestConfig) -> None:
    """A worker process: warm up, say ready, then answer ``(source, kind, name)`` requests until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the server stops its workers
    from sift.store import open_store
    from sift.store.stories import StoredStoryIndex
    from sift.workbench import Workbench

    store = open_store(location, read_only=True) if location else None
    stories = StoredStoryIndex(store) if store is not None else None  # the coverage stage reads the stories
    workbench = Workbench(store, ingest=ingest, services={} if stories is None else {"stories": stories})
    workbench.check(WARM_UP, kind="text")
    gc.freeze()  # the models live as long as the worker: full collections skip them (see Engine.start)
    connection.send("ready")
    while True:
        try:
            source, kind, name = connection.recv()
        except (EOFError, OSError):
            return
        try:
            matcher = workbench.matcher
            if matcher is not None and matcher.behind():  # another process imported fact-checks
                workbench.refresh()
            if stories is not None:
                stories.refresh()  # the server stored pages since (they join stories there)
            connection.send(("ok", workbench.check(source, kind=kind, name=name).to_dict()))
        except SiftError as error:
            connection.send(("error", SiftError(str(error)) if type(error).__module__ != "sift.errors" else error))
        except Exception as error:  # reported to the server, which answers 500 and logs it
            connection.send(("crash", f"{type(error).__name__}: {error}"))


class CheckWorkers:
    """``count`` warm worker processes; :meth:`check` runs one page on a free one within ``timeout_s``."""

    def __init__(self, count: int, timeout_s: float, *, location: str | None, ingest: IngestConfig) -> None:
        self.count = count
        self.timeout_s = timeout_s
        self._location = location
        self._ingest = ingest
        self._context = multiprocessing.get_context("spawn")  # the server has threads: never fork it
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._started = False
        self._ready = threading.Event()  # set when a worker is warm, or none is left to become so

    def start(self, *, wait: bool = False) -> None:
        """Start the workers (the first :meth:`check` starts them otherwise).

        Args:
            wait: return once one worker is warm (or every one failed), at most :data:`MAX_IDLE_WAIT_S`:
                a server then answers only when it can check a page at once.
        """
        with self._lock:
            starting = not (self._started or self._closed)
            self._started = True
        if starting:
            for _ in range(self.count):
                self._start()
        if wait:
            self._ready.wait(MAX_IDLE_WAIT_S)

    def _start(self) -> None:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=_work, args=(theirs, self._location, self._ingest), name="sift-check-worker", daemon=True
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        with self._lock:
            self._workers.add(worker)
        threading.Thread(target=self._wait_ready, args=(worker,), name="sift-check-start", daemon=True).start()

    def _wait_ready(self, worker: _Worker) -> None:
        try:
            worker.connection.recv()
        except (EOFError, OSError):
            log.error("a page-check worker failed to start (exit code %s)", worker.process.exitcode)
            self._drop(worker)
            with self._lock:
                if not self._workers:
                    self._ready.set()
            return
        self._idle.put(worker)
        self._ready.set()

    def _drop(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
        worker.process.kill()
        worker.process.join(5)
        worker.connection.close()

    def _replace(self, worker: _Worker) -> None:
        self._drop(worker)
        if not self._closed:
            self._start()

    def check(self, source: str | bytes, kind: str, name: str | None = None) -> Document:
        """Analyse one page on a worker (blocking; call it from a thread); ``name`` as in ``Workbench.check``.

        Raises:
            CheckTooLong: the analysis passed ``timeout_s``; the worker was replaced.
            NoCheckWorker: no worker was free within :data:`MAX_IDLE_WAIT_S`.
            sift.errors.SiftError: the page could not be read or analysed (the worker's own error).
            RuntimeError: the worker crashed or failed unexpectedly.
        """
        self.start()
        try:
            worker = self._idle.get(timeout=MAX_IDLE_WAIT_S)
        except queue.Empty:
            raise NoCheckWorker(MAX_IDLE_WAIT_S) from None
        try:
            worker.connection.send((source, kind, name))
            if not worker.connection.poll(self.timeout_s):
                log.warning("a page check passed %g s and was stopped; starting a new worker", self.timeout_s)
                self._replace(worker)
                raise CheckTooLong(self.timeout_s)
            status, payload = worker.connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            raise RuntimeError(f"the page-check worker stopped (exit code {worker.process.exitcode})") from None
        self._idle.put(worker)
        if status == "ok":
            return Document.from_dict(payload)
        if status == "error":
            raise payload
        raise RuntimeError(f"page check failed in its worker: {payload}")

    def close(self) -> None:
        """Stop every worker (a running check's client has gone with the server)."""
        self._closed = True
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            self._drop(worker)
