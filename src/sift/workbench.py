"""The one way in: a pipeline wired to its services (encoder, store, matcher), built once by every edge.

The CLI (``sift check``, ``sift claims``, ``sift match``), the API server and ``sift.check`` all build a
:class:`Workbench`; stages never open stores or indexes themselves. An edge hands over what only it can
open (the store) or wants shared (the server's batching encoder) and the workbench injects it into the
pipeline's resources, where stages find it by name: the matcher, and the ``outlets`` service of the ``sources``
stage (the outlet table with the store's team outlets, and the store's counts). Rooms to come get their
services the same way, e.g. ``services={"stories": index}`` for a ``coverage`` stage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sift.document import Document
from sift.errors import ConfigError
from sift.pipeline import Pipeline, Resources

if TYPE_CHECKING:
    from sift.ingest import IngestConfig
    from sift.match.index import FactCheckSource
    from sift.match.matcher import Hit, Matcher
    from sift.sources.stage import OutletService
    from sift.store.stories import StoredStoryIndex
    from sift.stories.features import StoryDocument

__all__ = ["Workbench"]


class Workbench:
    """Pipeline + services + optional store/matcher, built once and reused for many pages.

    Args:
        store: fact-checks the ``match`` stage searches (a store, or anything with its read contract such as
            a ``MemoryStore``); ``None`` leaves matching off. The caller owns and closes it.
        stages: stage names to run (default: all registered).
        configs: per stage, a config object or a dict of overrides, e.g. ``{"claims": {"threshold": 0.6}}``;
            an unknown stage or setting raises ``ConfigError`` naming it.
        ingest: limits for reading pages (size, timeout, private addresses).
        services: objects injected into the pipeline's resources under their names before anything loads,
            e.g. ``{"encoder": BatchingEncoder(load_encoder())}`` so the matcher and the stages share one model.
        pipeline: a pipeline to reuse (its loaded models) instead of building one from ``stages``/``configs``.
        index_dir: where the matcher keeps its index (default: beside the store file).

    Raises:
        sift.errors.ConfigError: a bad stage name, setting or value.
        sift.errors.StoreError: the matcher's index beside the store cannot be read or written.
    """

    def __init__(
        self,
        store: FactCheckSource | None = None,
        *,
        stages: tuple[str, ...] | None = None,
        configs: Mapping[str, Any] | None = None,
        ingest: IngestConfig | None = None,
        services: Mapping[str, Any] | None = None,
        pipeline: Pipeline | None = None,
        index_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.ingest = ingest
        if pipeline is None:
            pipeline = Pipeline(stages=stages, configs=dict(configs or {}), resources=Resources())
        self.pipeline = pipeline
        for name, service in (services or {}).items():
            pipeline.resources.provide(name, service)
        if store is not None and "match" in (pipeline.stages or ()):
            from sift.match import provide_matcher

            provide_matcher(pipeline.resources, store, index_dir=index_dir)
        self._owns_outlets = "outlets" not in (services or {}) and "sources" in (pipeline.stages or ())
        if self._owns_outlets:
            self._attach_outlets()

    def _attach_outlets(self) -> None:
        """The ``outlets`` service: the shipped outlet table with the store's team outlets, and its counts."""
        from sift.sources import open_sources
        from sift.sources.stage import OutletService

        service = OutletService.for_store(open_sources(self.store), self.store)
        self.pipeline.resources.provide("outlets", service)

    @property
    def outlets(self) -> OutletService:
        """The outlet profiles (shipped, with the store's team outlets laid over them) and the store's counts."""
        from sift.sources import open_sources
        from sift.sources.stage import OutletService

        service = self.pipeline.resources.optional("outlets")
        if service is None:
            service = OutletService.for_store(open_sources(self.store), self.store)
            self.pipeline.resources.provide("outlets", service)
        return service  # type: ignore[no-any-return]

    @property
    def matcher(self) -> Matcher | None:
        """The fact-check matcher, when a store is attached and the ``match`` stage runs."""
        return self.pipeline.resources.optional("matcher")  # type: ignore[no-any-return]

    def load(self, source: str | bytes, *, kind: str | None = None, name: str | None = None) -> Document:
        """Read a page (path, URL, ``-``, text or bytes) into a Document without analysing it; ``name`` is an
        uploaded page's file name (its suffix says HTML or Markdown; see :func:`sift.ingest.load`)."""
        from sift.ingest import load

        return load(source, kind=kind, config=self.ingest, name=name)

    def run(self, doc: Document) -> Document:
        """Analyse a loaded Document (the batch runner's entry: it reads pages itself)."""
        return self.pipeline(doc)

    def check(self, source: str | bytes, *, kind: str | None = None, name: str | None = None) -> Document:
        """Read and analyse one page (``name``: see :meth:`load`)."""
        return self.run(self.load(source, kind=kind, name=name))

    def save(self, doc: Document, *, key: str | None = None, story: StoryDocument | None = None) -> str:
        """Store an analysed document: the one place where an edge (API, batch) puts a document into the store.

        Work that must follow a stored document belongs here, so that every edge does it: the document joins
        its story when the workbench has a story index (``services={"stories": StoredStoryIndex(store)}``).
        ``key`` is the page's source key (default: its location); see
        ``Store.save_document``. ``story`` is the document's story features when the workbench that analysed
        it computed them (:meth:`story_features`), else they are computed here.

        Returns:
            The document id.

        Raises:
            sift.errors.ConfigError: the workbench has no store, or only a read-only source of fact-checks.
            sift.errors.StoreError: the store refused the write.
        """
        save = getattr(self.store, "save_document", None)
        if save is None:
            raise ConfigError("this workbench has no store to save documents to; pass one, e.g. open_store(path)")
        queue = getattr(self.store, "queue_claims", None)
        saved: list[str] = []

        def store_document() -> None:
            saved.append(save(doc, key=key))
            if queue is not None:  # the desk's review queue: every check-worthy claim arrives as "new"
                queue(doc)

        # one transaction: the story change, the document and its queued claims land together or not at all
        # (a rerun redoes a page that is not stored), and the store is written once a page
        stories = self.stories
        if stories is not None:
            stories.add(story if story is not None else self.story_features(doc), also=store_document)
        else:
            with getattr(self.store, "transaction", nullcontext)():
                store_document()
        return saved[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several :meth:`save` calls in one write transaction of the store (``sift batch`` saves a chunk of
        pages together: one commit, and on PostgreSQL one wait for the story lock, instead of one a page). They
        land together or not at all; after a failure the story index is read again from the store, since the
        changes it made in memory were rolled back with the rest.

        Raises:
            sift.errors.StoreError: the store refused a write (nothing of the block is saved).
        """
        stories = self.stories
        if stories is not None:
            with stories.transaction():
                yield
        else:
            with getattr(self.store, "transaction", nullcontext)():
                yield

    def story_features(self, doc: Document) -> StoryDocument:
        """The features an analysed document joins its story with, embedded on this workbench's encoder.

        The encoder remembers the sentences the stages embedded, so the workbench that analysed a page embeds
        few new texts (80 of 96 were cached over 15 scrapinghub pages); a ``sift batch`` worker computes them
        and the client that saves its pages embeds nothing.
        """
        from sift.encoders import load_encoder
        from sift.stories.features import document_features

        return document_features(doc, self.pipeline.resources.get("encoder", load_encoder))

    @property
    def stories(self) -> StoredStoryIndex | None:
        """The story index every saved document joins (the ``stories`` service), when it keeps documents."""
        stories = self.pipeline.resources.optional("stories")
        return stories if hasattr(stories, "add_document") else None

    def search(self, text: str, *, lang: str | None = None, k: int = 10, date: dt.date | None = None) -> list[Hit]:
        """Fact-checks covering ``text``, best first (``[]`` without a store); see ``Matcher.search``. A keyword
        query ("Bucha") lists the fact-checks naming it in any spelling first (:func:`sift.match.browse.search`)."""
        from sift.match import browse

        matcher = self.matcher
        return [] if matcher is None else browse.search(matcher, text, lang=lang, k=k, date=date)

    def refresh(self) -> int:
        """Index the fact-checks imported since the matcher opened, and re-read the team's outlets; returns how
        many fact-checks were added."""
        if self._owns_outlets:
            self._attach_outlets()
        matcher = self.matcher
        return 0 if matcher is None else matcher.refresh()
