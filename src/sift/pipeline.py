"""Runs the named stages over a Document, checks their contracts and records timings.

A stage is a plain function ``(document, resources, config) -> document`` registered once with the
fields it ``requires`` and ``assigns``. Models are loaded lazily, once, by the :class:`Resources` object
the pipeline owns, never by module-level caches.

The registry is open: any package can add a stage through the ``sift.stages`` entry-point group (the
entry point's name is the stage name, its value the decorated function, ``"pkg.module:func"``), as spaCy
packages add factories. sift's own stages load through the same path from :data:`BUILTIN_STAGES`
(datasette's ``DEFAULT_PLUGINS``). The run order follows from ``requires``/``assigns``; stages the graph
leaves unordered run in :data:`DEFAULT_ORDER`, then by name.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
import threading
import time
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, TypeVar

from sift.document import Document
from sift.errors import ConfigError, SiftError, StageError

__all__ = [
    "BUILTIN_STAGES",
    "DEFAULT_ORDER",
    "ENTRY_POINT_GROUP",
    "Pipeline",
    "Resources",
    "StageSpec",
    "make_config",
    "register_stage",
    "registered_stages",
    "run_order",
]

T = TypeVar("T")

#: The entry-point group other packages register stages under (name = stage name, value = "module:function").
ENTRY_POINT_GROUP = "sift.stages"
#: sift's own stages, loaded like entry points. A built-in that fails to import is an error, never a shorter pipeline.
BUILTIN_STAGES = {
    "extract": "sift.extract:extract_document",
    "language": "sift.language:detect_languages",
    "segment": "sift.segment:segment_blocks",
    "claims": "sift.claims:detect_claims",
    "attribution": "sift.attribution:attribute_statements",
    "sources": "sift.sources.stage:profile_outlets",
    "match": "sift.match:match_claims",
    "coverage": "sift.stories.coverage:find_coverage",
}
#: How stages that ``requires``/``assigns`` leave unordered run: ``match`` after ``claims`` (it narrows its lookups
#: to claims when they exist); ``coverage`` (the stories room: where else a story runs) last, once matches are known.
DEFAULT_ORDER = ("extract", "language", "segment", "claims", "attribution", "sources", "match", "coverage")
#: A stage name: lower-case words joined by "_" (no dots: a dotted name is a document field, as in requires).
_STAGE_NAME = re.compile(r"[a-z][a-z0-9_]*")

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
_LOADED = False
_LOADING = threading.RLock()


def register_stage(
    name: str, *, config: type, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[StageFunc], StageFunc]:
    """Decorator registering a stage; a second, different function under a taken name raises.

    Raises:
        ConfigError: the name is not lower-case words joined by "_", or another function holds it.
    """
    if not _STAGE_NAME.fullmatch(name):
        raise ConfigError(f"stage name {name!r} is not allowed; use lower-case words joined by '_' (no dots)")

    def decorate(func: StageFunc) -> StageFunc:
        existing = _REGISTRY.get(name)
        if existing is not None and existing.func is not func:
            raise ConfigError(f"stage {name!r} is already registered by {existing.func.__module__}")
        _REGISTRY[name] = StageSpec(name, func, config, tuple(requires), tuple(assigns))
        return func

    return decorate


def _load(name: str, target: str, origin: str) -> None:
    """Import one stage's module (``module:function``), which registers it, and check it registered ``name``."""
    module_name, _, attribute = target.partition(":")
    try:
        func = getattr(importlib.import_module(module_name), attribute)
    except Exception as error:  # a broken stage package: say which, and how to get out
        raise ConfigError(
            f"stage {name!r} ({target}, from {origin}) cannot be loaded: {type(error).__name__}: {error}; "
            f"{'reinstall sift' if origin == 'sift' else f'fix or uninstall {origin}'}"
        ) from error
    spec = _REGISTRY.get(name)
    if spec is None or spec.func is not func:
        raise ConfigError(f"{target} (from {origin}) does not register a stage called {name!r} with @register_stage")


def _load_stages() -> None:
    """Load sift's stages, then every ``sift.stages`` entry point, once per process."""
    global _LOADED
    with _LOADING:
        if _LOADED:
            return
        for name, target in BUILTIN_STAGES.items():
            _load(name, target, "sift")
        for point in entry_points(group=ENTRY_POINT_GROUP):
            origin = point.dist.name if point.dist is not None else "an installed package"
            if point.name in BUILTIN_STAGES:
                if point.value == BUILTIN_STAGES[point.name]:
                    continue  # sift itself, when its metadata lists its own stages
                raise ConfigError(f"{origin} registers a stage called {point.name!r}, a name sift's own stage holds")
            _load(point.name, point.value, origin)
        _LOADED = True


def _rank(name: str) -> tuple[int, str]:
    return (DEFAULT_ORDER.index(name) if name in DEFAULT_ORDER else len(DEFAULT_ORDER), name)


def run_order(names: Iterable[str], specs: Mapping[str, StageSpec] | None = None) -> tuple[str, ...]:
    """``names`` sorted so that each stage runs after the stages assigning what it requires.

    A requirement no listed stage assigns is read from the document as given (``raw``, or fields of a loaded
    document). Stages the graph leaves unordered keep :data:`DEFAULT_ORDER`, then name order.

    Raises:
        ConfigError: two listed stages assign one field, or the requirements form a cycle.
    """
    specs = specs if specs is not None else _REGISTRY
    chosen = sorted(set(names), key=_rank)
    writer: dict[str, str] = {}
    for name in chosen:
        for assigned in specs[name].assigns:
            if assigned in writer:
                raise ConfigError(
                    f"stages {writer[assigned]!r} and {name!r} both assign {assigned!r}; choose one with stages=(...)"
                )
            writer[assigned] = name
    after = {name: {writer[r] for r in specs[name].requires if r in writer and writer[r] != name} for name in chosen}
    order: list[str] = []
    while len(order) < len(chosen):
        ready = [name for name in chosen if name not in order and after[name] <= set(order)]
        if not ready:
            stuck = [name for name in chosen if name not in order]
            raise ConfigError(f"stages {', '.join(stuck)} require each other's fields (a cycle)")
        order.append(ready[0])
    return tuple(order)


def registered_stages() -> dict[str, StageSpec]:
    """All registered stages in run order (loads the built-in and entry-point stages on first call)."""
    _load_stages()
    return {name: _REGISTRY[name] for name in run_order(_REGISTRY)}


def _fits(value: Any, hint: Any) -> tuple[bool, Any]:
    """Whether ``value`` fits a config field's type hint, and the value to store (lists become tuples)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        for arm in args:
            fits, converted = _fits(value, arm)
            if fits:
                return True, converted
        return False, value
    if origin is typing.Literal:
        return value in args, value
    if hint is bool:
        return isinstance(value, bool), value
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool), value
    if hint is float:
        fits = isinstance(value, int | float) and not isinstance(value, bool)
        return fits, float(value) if fits else value
    if origin is tuple:
        if not isinstance(value, list | tuple):
            return False, value
        item = args[0] if len(args) == 2 and args[1] is Ellipsis else Any
        checked = [_fits(element, item) for element in value]
        return all(fits for fits, _ in checked), tuple(converted for _, converted in checked)
    if hint is type(None):
        return value is None, value
    if isinstance(origin or hint, type):
        return isinstance(value, origin or hint), value
    return True, value  # Any, or a hint this check does not read: the config class validates


def _checked(spec: StageSpec, changes: Mapping[str, Any]) -> dict[str, Any]:
    """``changes`` to a stage's config with every field known and every value of the field's type.

    Raises:
        ConfigError: naming the stage and the unknown field, or the field and the expected type.
    """
    cls = spec.config_cls
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls) if f.init}
    checked: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in known:
            raise ConfigError(
                f"stage {spec.name!r} has no setting {key!r}; its settings are {', '.join(sorted(known))}"
            )
        fits, checked[key] = _fits(value, hints.get(key, Any))
        if not fits:
            raise ConfigError(f"{spec.name}.{key} must be {hints[key]}, got {value!r}")
    return checked


def make_config(spec: StageSpec, value: Any = None) -> Any:
    """The config of a stage from ``None`` (defaults), a config object, or a dict of field overrides.

    Raises:
        ConfigError: an unknown field, a value of the wrong type, or one the config class refuses.
    """
    cls = spec.config_cls
    if value is None:
        return cls()
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):
        raise ConfigError(f"config for stage {spec.name!r} must be a {cls.__name__} or a dict of its fields")
    return cls(**_checked(spec, value))


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
    """Stages in run order with their configs; call it on a Document.

    Args:
        stages: names of the stages to run (default: every registered stage); they run in :func:`run_order`.
        configs: per stage, a config object or a dict of overrides (``{"claims": {"threshold": 0.6}}``); stages
            without one get their config class defaults.
        resources: shared loaded models; pass one in to share it between pipelines.

    Raises:
        ConfigError: an unknown stage name (in ``stages`` or ``configs``), an unknown setting, or a bad value.
    """

    stages: tuple[str, ...] | None = None
    configs: dict[str, Any] = field(default_factory=dict)
    resources: Resources = field(default_factory=Resources)

    def __post_init__(self) -> None:
        available = registered_stages()
        names = tuple(self.stages) if self.stages is not None else tuple(available)
        unknown = [name for name in (*names, *self.configs) if name not in available]
        if unknown:
            raise ConfigError(f"unknown stage(s): {', '.join(unknown)}; available: {', '.join(available)}")
        self.stages = run_order(names, available)
        given = dict(self.configs)
        self.configs = {name: make_config(available[name], given.get(name)) for name in (*self.stages, *given)}

    def config(self, name: str) -> Any:
        """The config object of a stage."""
        return self.configs[name]

    def with_config(self, name: str, **changes: Any) -> None:
        """Replace fields of one stage's config (checked like a dict of overrides)."""
        self.configs[name] = dataclasses.replace(self.configs[name], **_checked(registered_stages()[name], changes))

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
