"""The stage registry (open, ordered by requires/assigns, loud when a stage cannot load) and the pipeline's checks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sift import pipeline as pipeline_module
from sift.document import Document, Source
from sift.errors import ConfigError, StageError
from sift.pipeline import (
    BUILTIN_STAGES,
    DEFAULT_ORDER,
    Pipeline,
    Resources,
    StageSpec,
    make_config,
    register_stage,
    registered_stages,
    run_order,
)

REGISTRY_FILE = Path(__file__).with_name("stage_registrations.json")


@pytest.fixture
def scratch_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, StageSpec]]:
    """The live registry (built-ins loaded), restored after the test whatever it registered."""
    registered_stages()
    saved = dict(pipeline_module._REGISTRY)
    yield pipeline_module._REGISTRY
    pipeline_module._REGISTRY.clear()
    pipeline_module._REGISTRY.update(saved)


def _doc() -> Document:
    return Document(id="d1", source=Source(kind="text", location="x", sha256="0" * 64))


def test_registry_matches_checked_in_list() -> None:
    """Like spaCy's factory registrations test: a change to a stage's contract is a reviewed change."""
    live = {
        name: {"requires": list(spec.requires), "assigns": list(spec.assigns)}
        for name, spec in registered_stages().items()
    }
    expected = json.loads(REGISTRY_FILE.read_text())
    assert live == expected
    assert list(live) == list(expected), "the run order changed"


def test_builtins_run_in_todays_order() -> None:
    assert tuple(registered_stages()) == tuple(name for name in DEFAULT_ORDER if name in BUILTIN_STAGES)


def test_every_builtin_is_registered_under_its_name() -> None:
    stages = registered_stages()
    for name, target in BUILTIN_STAGES.items():
        assert f"{stages[name].func.__module__}:{stages[name].func.__name__}" == target


def test_registering_a_second_function_under_a_taken_name_raises() -> None:
    spec = registered_stages()["extract"]

    def other(doc: Document, resources: Resources, config: object) -> Document:
        return doc

    with pytest.raises(ConfigError, match="already registered"):
        register_stage("extract", config=spec.config_cls)(other)
    for bad in ("no.such", "", "Upper", "with space"):
        with pytest.raises(ConfigError, match="not allowed"):
            register_stage(bad, config=spec.config_cls)


@dataclass(frozen=True, kw_only=True)
class NoteConfig:
    words: int = 3
    label: str = "note"
    roles: tuple[str, ...] = ("body",)
    floor: float | None = None


def test_any_name_registers_and_runs_where_its_fields_put_it(scratch_registry: dict[str, StageSpec]) -> None:
    """A third-party stage needs no place in a fixed list: requires/assigns order it among the built-ins."""

    @register_stage("summary_note", config=NoteConfig, requires=("claims", "speakers"), assigns=("note",))
    def add_note(doc: Document, resources: Resources, config: NoteConfig) -> Document:
        return doc

    order = run_order(["summary_note", "attribution", "claims", "segment"])
    assert order == ("segment", "claims", "attribution", "summary_note")
    assert list(registered_stages())[-1] == "summary_note"


def test_two_writers_of_one_field_and_cycles_are_refused(scratch_registry: dict[str, StageSpec]) -> None:
    def stage(doc: Document, resources: Resources, config: NoteConfig) -> Document:
        return doc

    register_stage("my_claims", config=NoteConfig, requires=("blocks.sentences",), assigns=("claims",))(stage)
    with pytest.raises(ConfigError, match="both assign 'claims'"):
        run_order(["claims", "my_claims"])
    assert run_order(["segment", "my_claims"]) == ("segment", "my_claims")
    register_stage("chicken", config=NoteConfig, requires=("egg",), assigns=("chicken",))(stage)
    register_stage("egg", config=NoteConfig, requires=("chicken",), assigns=("egg",))(stage)
    with pytest.raises(ConfigError, match="cycle"):
        run_order(["chicken", "egg"])


def test_a_stage_that_cannot_load_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken built-in must not shrink the pipeline (and let tests skip): it stops the run with its reason."""
    monkeypatch.setattr(pipeline_module, "_LOADED", False)
    monkeypatch.setitem(pipeline_module.BUILTIN_STAGES, "claims", "sift.no_such_module:detect_claims")
    with pytest.raises(ConfigError, match=r"stage 'claims' .*cannot be loaded: ModuleNotFoundError.*reinstall sift"):
        registered_stages()
    monkeypatch.setitem(pipeline_module.BUILTIN_STAGES, "claims", "sift.claims:ClaimsConfig")
    with pytest.raises(ConfigError, match="does not register a stage called 'claims'"):
        registered_stages()


def test_entry_points_load_through_the_same_path(monkeypatch: pytest.MonkeyPatch) -> None:
    class Point:
        name, value = "claims", "other_pkg.stages:claims"
        dist = type("Dist", (), {"name": "other-pkg"})()

    monkeypatch.setattr(pipeline_module, "_LOADED", False)
    monkeypatch.setattr(pipeline_module, "entry_points", lambda group: [Point()])
    with pytest.raises(ConfigError, match="other-pkg registers a stage called 'claims'"):
        registered_stages()
    Point.name = "extra"
    with pytest.raises(ConfigError, match=r"stage 'extra' .*from other-pkg.*fix or uninstall other-pkg"):
        registered_stages()


def test_unknown_stage_and_wrong_config_are_refused() -> None:
    with pytest.raises(ConfigError, match="unknown stage"):
        Pipeline(stages=("extract", "nonsense"))
    with pytest.raises(ConfigError, match=r"unknown stage.*claim"):
        Pipeline(stages=("extract",), configs={"claim": {"threshold": 0.5}})

    @dataclass(frozen=True)
    class Wrong:
        pass

    with pytest.raises(ConfigError, match="must be a"):
        Pipeline(stages=("extract",), configs={"extract": Wrong()})


def test_config_overrides_are_typed(scratch_registry: dict[str, StageSpec]) -> None:
    spec = StageSpec("note", lambda doc, resources, config: doc, NoteConfig)
    config = make_config(spec, {"words": 5, "roles": ["body", "quote"], "floor": 1})
    assert config == NoteConfig(words=5, roles=("body", "quote"), floor=1.0)
    assert make_config(spec, {"floor": None}).floor is None
    with pytest.raises(ConfigError, match="has no setting 'word'; its settings are floor, label, roles, words"):
        make_config(spec, {"word": 5})
    for field, value in (("words", "5"), ("words", True), ("label", 3), ("roles", "body"), ("floor", "low")):
        with pytest.raises(ConfigError, match=rf"note\.{field} must be"):
            make_config(spec, {field: value})


def test_pipeline_takes_dict_overrides_and_checks_them() -> None:
    pipeline = Pipeline(stages=("extract", "language", "segment", "claims"), configs={"claims": {"threshold": 0.6}})
    assert pipeline.config("claims").threshold == 0.6
    with pytest.raises(ConfigError, match=r"claims\.threshold must be"):
        Pipeline(configs={"claims": {"threshold": "high"}})
    with pytest.raises(ConfigError, match="claim threshold must be between 0 and 1"):
        Pipeline(configs={"claims": {"threshold": 1.5}})
    pipeline.with_config("claims", threshold=0.4)
    assert pipeline.config("claims").threshold == 0.4
    with pytest.raises(ConfigError, match="no setting 'treshold'"):
        pipeline.with_config("claims", treshold=0.4)


def test_missing_requirement_names_the_stage() -> None:
    with pytest.raises(StageError) as info:
        Pipeline(stages=("segment",))(_doc())
    assert info.value.stage == "segment" and "requires" in str(info.value)


def test_resources_build_once() -> None:
    calls: list[int] = []
    resources = Resources()
    for _ in range(3):
        resources.get("thing", lambda: calls.append(1) or "model")
    assert calls == [1]
    assert resources.optional("matcher") is None
    resources.provide("matcher", "m")
    assert resources.optional("matcher") == "m"
