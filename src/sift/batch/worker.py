"""Analysing pages where the work runs: one Workbench per process, built once, every page's outcome recorded.

The same code runs in the ``sift batch`` process (no ``--workers``) and in each Dask worker (through the plugin
in :mod:`sift.batch.cluster`). A page that cannot be read or analysed becomes an outcome with its reason, never
an exception that would end the run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sift.batch.pages import Page, document_id
from sift.document import Document
from sift.errors import SiftError
from sift.ingest import IngestConfig, load_bytes

if TYPE_CHECKING:
    from sift.pipeline import Resources
    from sift.store import Store
    from sift.stories.features import StoryDocument
    from sift.workbench import Workbench

__all__ = [
    "Outcome",
    "WorkerSettings",
    "analyse_page",
    "analyse_pages",
    "build_workbench",
    "keep_models",
    "open_workbench",
    "save_outcomes",
]

#: Resources bound to the store (or the process) that built them: a worker builds these again on its own store
#: connection, never uses ones it inherited.
STORE_BOUND = ("matcher", "outlets", "stories")

#: The loaded models (and the settings they were loaded for) that worker processes forked from this one reuse:
#: set by :func:`keep_models` in the forkserver of a local cluster (:mod:`sift.batch.warm`), inherited by every
#: worker it forks; ``None`` in a process started afresh.
_kept: tuple[WorkerSettings, dict[str, Any]] | None = None


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    """What a worker needs to build its Workbench; small and picklable, sent once to each worker.

    Args:
        store: the store location (SQLite path or PostgreSQL URL) whose fact-checks are matched, or ``None``.
        write: the worker stores documents itself (PostgreSQL); otherwise it returns them to the client.
        match: match claims against the store's fact-checks.
        stages: the stages to run (default: all registered).
        configs: stage config overrides (``{"claims": {"threshold": 0.6}}``).
        ingest: how pages are read (size cap).
    """

    store: str | None
    write: bool = False
    match: bool = True
    stages: tuple[str, ...] | None = None
    configs: Mapping[str, Any] = field(default_factory=dict)
    ingest: IngestConfig = field(default_factory=IngestConfig)


@dataclass(slots=True)
class Outcome:
    """What became of one page: its analysed document and story features (when the client stores it), or why
    it failed."""

    key: str
    location: str
    content_hash: str | None
    doc: Document | None = None
    story: StoryDocument | None = None
    doc_id: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """The page was analysed (and, on a writing worker, stored)."""
        return self.error is None


def open_workbench(settings: WorkerSettings) -> tuple[Workbench, Store | None]:
    """The worker's Workbench and the store it holds open (the caller closes it).

    A worker that only matches opens the store read-only; a store without fact-checks leaves matching off.

    Raises:
        sift.errors.StoreError: the store cannot be opened.
    """
    from sift.store import open_store

    store = None
    if settings.store is not None and (settings.write or settings.match):
        store = open_store(settings.store, read_only=not settings.write)
    return build_workbench(store, settings, resources=kept_models(settings)), store


def keep_models(settings: WorkerSettings, resources: Resources) -> None:
    """Keep ``resources``' loaded models, without the store-bound ones, for the workers this process forks."""
    global _kept
    objects = resources._objects  # the loaded models themselves, for the forked workers
    _kept = (settings, {name: obj for name, obj in objects.items() if name not in STORE_BOUND})


def kept_models(settings: WorkerSettings) -> Resources | None:
    """A Resources holding the models kept by :func:`keep_models` in the process this one was forked from, when
    they were loaded for the same stages and configs; ``None`` otherwise (the worker loads its own)."""
    if _kept is None:
        return None
    kept_settings, objects = _kept
    if (kept_settings.stages, kept_settings.configs) != (settings.stages, settings.configs):
        return None
    from sift.pipeline import Resources

    return Resources(**objects)


def build_workbench(store: Store | None, settings: WorkerSettings, *, resources: Resources | None = None) -> Workbench:
    """A Workbench on an open store: matching its fact-checks when asked and it has some, saving into it.

    A writable store also gives the story index every saved document joins (``sift stories`` reads it).

    Building it brings the store's match index up to date, so the client does this before workers start and
    the workers only read the index. ``resources``: loaded models to reuse (see :func:`kept_models`).
    """
    from sift.pipeline import Pipeline, registered_stages
    from sift.workbench import Workbench

    matching = settings.match and store is not None and store.count_factchecks() > 0
    stages = settings.stages if settings.stages is not None else tuple(registered_stages())
    if not matching:  # no fact-checks to match: the stage would only load the encoder for nothing
        stages = tuple(name for name in stages if name != "match")
    # a corpus builds the stories rather than reading them: a page's coverage would be a snapshot of the pages
    # stored before it (in whatever order workers finish), while its story, kept as it is stored, is live
    stages = tuple(name for name in stages if name != "coverage")
    services = {}
    if store is not None and not store.read_only:  # this process saves: each document joins its story
        from sift.store.stories import StoredStoryIndex

        services["stories"] = StoredStoryIndex(store)
    pipeline = None
    if resources is not None:
        pipeline = Pipeline(stages=stages, configs=dict(settings.configs), resources=resources)
    return Workbench(
        store, stages=stages, configs=settings.configs, ingest=settings.ingest, services=services, pipeline=pipeline
    )


def analyse_page(bench: Workbench, page: Page, *, write: bool) -> Outcome:
    """Read, analyse and (``write``) store one page; any failure becomes the outcome's ``error``."""
    return analyse_pages(bench, [page], write=write)[0]


def analyse_pages(bench: Workbench, pages: list[Page], *, write: bool) -> list[Outcome]:
    """Read and analyse a chunk of pages, in order, and (``write``) store them together (:func:`save_outcomes`).

    Without ``write`` each outcome carries its document and story features for the process that stores it.
    """
    outcomes = [_analyse(bench, page, features=not write or bench.stories is not None) for page in pages]
    if write:
        save_outcomes(bench, outcomes)
    return outcomes


def save_outcomes(bench: Workbench, outcomes: list[Outcome]) -> None:
    """Store the analysed documents of ``outcomes`` in one write transaction (:meth:`Workbench.transaction`): one
    commit, and on PostgreSQL one wait for the story lock, a chunk rather than a page; a kill at any moment leaves
    the chunk stored or not at all, and a rerun redoes what is not. When the store refuses the chunk, each page is
    saved again in its own transaction, so that a page it refuses fails alone, with the reason.

    A saved outcome keeps neither its document nor its features (nothing to send back).
    """
    ready = [outcome for outcome in outcomes if outcome.ok and outcome.doc is not None]
    if not ready:
        return
    try:
        with bench.transaction():
            for outcome in ready:
                _save(bench, outcome)
        return
    except Exception as error:
        if len(ready) == 1:
            _failed(ready[0], error)
            return
    for outcome in ready:
        try:
            with bench.transaction():
                _save(bench, outcome)
        except Exception as error:
            _failed(outcome, error)


def _save(bench: Workbench, outcome: Outcome) -> None:
    assert outcome.doc is not None
    bench.save(outcome.doc, key=outcome.key, story=outcome.story)
    outcome.doc = outcome.story = None


def _failed(outcome: Outcome, error: Exception) -> None:
    outcome.doc, outcome.story, outcome.doc_id = None, None, None
    if isinstance(error, SiftError):
        outcome.error = str(error)
    else:  # a bug on one page must not end a run of a million
        outcome.error = f"internal error: {type(error).__name__}: {error}"


def _analyse(bench: Workbench, page: Page, *, features: bool) -> Outcome:
    """One page read and analysed (not stored): its document and (``features``) story features, or its error.

    The story features are computed where the page was analysed, whose encoder has its sentences cached.
    """
    content_hash = page.content_hash
    outcome = Outcome(page.key, page.location, content_hash)
    if page.data is None or content_hash is None:
        outcome.error = "the page was never fetched"
        return outcome
    try:
        doc = load_bytes(
            page.data,
            kind=page.kind,
            location=page.location,
            config=bench.ingest,
            said_html=page.said_html,
            content_type=page.content_type,
            fetched_at=page.fetched_at,
            said_markdown=page.said_markdown,
        )
        doc.id = document_id(page.key, content_hash)
        doc = bench.run(doc)
        if page.title is not None:
            doc.title = page.title
        if page.published is not None:
            doc.published = page.published
        doc.raw = ""  # read once; neither stored nor worth sending back
        outcome.doc = doc
        if features:
            outcome.story = bench.story_features(doc)
        outcome.doc_id = doc.id
    except Exception as error:
        _failed(outcome, error)
    return outcome
