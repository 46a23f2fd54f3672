"""The stage registry and the pipeline's contract checks."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from sift.document import Document, Source
from sift.errors import ConfigError, StageError
from sift.pipeline import Pipeline, Resources, register_stage, registered_stages

REGISTRY_FILE = Path(__file__).with_name("stage_registrations.json")


def test_registry_matches_checked_in_list() -> None:
    """Like spaCy's factory registrations test: a change to a stage's contract is a reviewed change."""
    live = {
        name: {"requires": list(spec.requires), "assigns": list(spec.assigns)}
        for name, spec in registered_stages().items()
    }
    expected = json.loads(REGISTRY_FILE.read_text())
    assert live == expected


def test_registering_a_second_function_under_a_taken_name_raises() -> None:
    spec = registered_stages()["extract"]

    def other(doc: Document, resources: Resources, config: object) -> Document:
        return doc

    with pytest.raises(ConfigError, match="already registered"):
        register_stage("extract", config=spec.config_cls)(other)
    with pytest.raises(ConfigError, match="unknown stage name"):
        register_stage("no.such", config=spec.config_cls)


def test_unknown_stage_and_wrong_config_are_refused() -> None:
    with pytest.raises(ConfigError, match="unknown stage"):
        Pipeline(stages=("extract", "nonsense"))

    @dataclass(frozen=True)
    class Wrong:
        pass

    with pytest.raises(ConfigError, match="must be a"):
        Pipeline(stages=("extract",), configs={"extract": Wrong()})


def test_missing_requirement_names_the_stage() -> None:
    doc = Document(id="d1", source=Source(kind="text", location="x", sha256="0" * 64))
    with pytest.raises(StageError) as info:
        Pipeline(stages=("segment",))(doc)
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
