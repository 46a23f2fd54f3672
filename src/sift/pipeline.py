"""Runs the named stages over a Document, checks their contracts and records timings.

A stage is a plain function ``(document, resources, config) -> document`` registered once with the
fields it ``requires`` and ``assigns``. Models are loaded lazily, once, by the :class:`Resources` object
the pipeline owns, never by module-level caches.
"""

from __future__ import annotations

import dataclasses
import importlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sift.document import Document
from sift.errors import ConfigError, SiftError, StageError

__all__ = ["STAGE_ORDER", "Pipeline", "Resources", "StageSpec", "register_stage", "registered_stages"]

T = TypeVar("T")

#: The order stages run in. A stage not registered (e.g. not built yet, or disabled) is skipped.
STAGE_ORDER = ("extract", "language", "segment", "claims", "attribution", "match", "coverage")

#: Modules that register sift's own stages when imported (loaded on first use, not at import).
BUILTIN_STAGE_MODULES = (
    "sift.extract",
    "sift.language",
    "sift.segment",
    "sift.claims",
    "sift.attribution",
    "sift.match",
)

StageFunc = Callable[[Document, "Resources", Any], Document]


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A registered stage: its function, its config class and the document fields it reads and writes."""

    name: str
    func: StageFunc
    config_cls: type
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


_REGISTRY: dict[str, StageSpec] = {}


def register_stage(
    name: str, *, config: type, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[StageFunc], StageFunc]:
    """Decorator registering a stage; a second, different function under a taken name raises."""
    if "." in name or name not in STAGE_ORDER:
        raise ConfigError(f"unknown stage name {name!r}; stages are {', '.join(STAGE_ORDER)}")

    def decorate(func: StageFunc) -> StageFunc:
        existing = _REGISTRY.get(name)
        if existing is not None and existing.func is not func:
            raise ConfigError(f"stage {name!r} is already registered by {existing.func.__module__}")
        _REGISTRY[name] = StageSpec(name, func, config, tuple(requires), tuple(assigns))
        return func

    return decorate


def _load_builtin_stages() -> None:
    for module in BUILTIN_STAGE_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise


def registered_stages() -> dict[str, StageSpec]:
    """All registered stages in run order (imports the built-in stage modules on first call)."""
    _load_builtin_stages()
    return {name: _REGISTRY[name] for name in STAGE_ORDER if name in _REGISTRY}


class Resources:
    """Loaded models and injected services, created lazily and kept for the pipeline's lifetime.

    Stages ask for what they need with ``resources.get("lingua", build_detector)``; the factory runs once.
    Edges (CLI, API, batch) inject services such as the fact-check matcher with ``provide``.
    """

    def __init__(self, **services: Any) -> None:
        self._objects: dict[str, Any] = dict(services)

    def get(self, name: str, factory: Callable[[], T]) -> T:
        """The object called ``name``, built by ``factory`` on first request."""
        if name not in self._objects:
            self._objects[name] = factory()
        return self._objects[name]  # type: ignore[no-any-return]

    def provide(self, name: str, service: Any) -> None:
        """Inject a service (e.g. ``matcher``) that a stage looks up with :meth:`optional`."""
        self._objects[name] = service

    def optional(self, name: str) -> Any | None:
        """The injected service called ``name``, or ``None`` when the edge provided none."""
        return self._objects.get(name)


@dataclass
class Pipeline:
    """Stages in order with their configs; call it on a Document.

    Args:
        stages: names of the stages to run (default: every registered stage).
        configs: config objects by stage name; missing ones get the config class defaults.
        resources: shared loaded models; pass one in to share it between pipelines.
    """

    stages: tuple[str, ...] | None = None
    configs: dict[str, Any] = field(default_factory=dict)
    resources: Resources = field(default_factory=Resources)

    def __post_init__(self) -> None:
        available = registered_stages()
        names = self.stages if self.stages is not None else tuple(available)
        unknown = [name for name in names if name not in available]
        if unknown:
            raise ConfigError(f"unknown stage(s): {', '.join(unknown)}; available: {', '.join(available)}")
        self.stages = tuple(name for name in STAGE_ORDER if name in names)
        for name in self.stages:
            spec = available[name]
            config = self.configs.get(name)
            if config is None:
                self.configs[name] = spec.config_cls()
            elif not isinstance(config, spec.config_cls):
                raise ConfigError(f"config for stage {name!r} must be a {spec.config_cls.__name__}")

    def config(self, name: str) -> Any:
        """The config object of a stage."""
        return self.configs[name]

    def with_config(self, name: str, **changes: Any) -> None:
        """Replace fields of one stage's config (validated by the config class)."""
        self.configs[name] = dataclasses.replace(self.configs[name], **changes)

    def __call__(self, doc: Document) -> Document:
        """Run every stage in order, re-running a stage replaces what it assigned before."""
        available = registered_stages()
        assert self.stages is not None
        done = set(doc.timings_ms)
        for name in self.stages:
            spec = available[name]
            provided = {f for stage in done if stage in available for f in available[stage].assigns}
            missing = [req for req in spec.requires if req not in provided and not _has_field(doc, req)]
            if missing:
                raise StageError(name, doc.id, f"requires {', '.join(missing)}, which no earlier stage assigned")
            started = time.perf_counter()
            try:
                result = spec.func(doc, self.resources, self.configs[name])
            except SiftError:
                raise
            except Exception as error:  # a bug in a stage: name it, keep the cause for debugging
                raise StageError(name, doc.id, f"{type(error).__name__}: {error}") from error
            if not isinstance(result, Document):
                raise StageError(name, doc.id, f"returned {type(result).__name__}, not a Document")
            doc = result
            doc.timings_ms[name] = round((time.perf_counter() - started) * 1000, 3)
            done.add(name)
        return doc


def _has_field(doc: Document, name: str) -> bool:
    """Whether a required field such as ``blocks`` or ``blocks.sentences`` is filled on a loaded document."""
    head, _, rest = name.partition(".")
    value = getattr(doc, head, None)
    if not rest:
        return bool(value)
    return bool(value) and all(getattr(item, rest, None) for item in value)
