"""A pipeline wired to a store and a fact-check matcher: what every edge (CLI, API, batch) needs to check pages.

Stages never open stores or indexes themselves; the edge builds a :class:`Workbench`, which injects the matcher
into the pipeline's resources.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sift.document import Document
from sift.pipeline import Pipeline, Resources, registered_stages

if TYPE_CHECKING:
    from sift.ingest import IngestConfig
    from sift.store import Store

__all__ = ["Workbench"]


@dataclass
class Workbench:
    """Pipeline + optional store/matcher, built once and reused for many pages.

    Args:
        store: an open store whose fact-checks the ``match`` stage searches; ``None`` disables matching.
        stages: stage names to run (default: all registered).
        configs: per-stage config objects or dicts of overrides, e.g. ``{"claims": {"threshold": 0.6}}``.
        ingest: limits for reading pages (size, timeout, private addresses).
    """

    store: Store | None = None
    stages: tuple[str, ...] | None = None
    configs: dict[str, Any] = field(default_factory=dict)
    ingest: IngestConfig | None = None
    pipeline: Pipeline = field(init=False)

    def __post_init__(self) -> None:
        available = registered_stages()
        overrides = {name: value for name, value in self.configs.items() if isinstance(value, dict)}
        ready = {name: value for name, value in self.configs.items() if not isinstance(value, dict)}
        self.pipeline = Pipeline(stages=self.stages, configs=ready, resources=Resources())
        for name, changes in overrides.items():
            if name in available and name in (self.pipeline.stages or ()):
                self.pipeline.configs[name] = dataclasses.replace(self.pipeline.configs[name], **changes)
        if self.store is not None and "match" in (self.pipeline.stages or ()):
            self._attach_matcher(self.store)

    def _attach_matcher(self, store: Store) -> None:
        from sift.match import provide_matcher

        provide_matcher(self.pipeline.resources, store)

    @property
    def matcher(self) -> Any | None:
        """The fact-check matcher, when a store is attached."""
        return self.pipeline.resources.optional("matcher")

    def load(self, source: str | bytes, *, kind: str | None = None) -> Document:
        """Read a page (path, URL, ``-``, text or bytes) into a Document without analysing it."""
        from sift.ingest import load

        return load(source, kind=kind, config=self.ingest)

    def check(self, source: str | bytes, *, kind: str | None = None) -> Document:
        """Read and analyse one page."""
        return self.pipeline(self.load(source, kind=kind))
