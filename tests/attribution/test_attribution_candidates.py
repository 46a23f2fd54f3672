"""The frame scorer of English cue candidates: its features, its model section and its effect on the stage."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources as package_resources
from pathlib import Path
from typing import Any

import pytest

from sift.attribution import SPACY_MODELS
from sift.attribution.candidates import frame_features
from sift.attribution.english import ParseModel, find_candidates, in_regions, load_parse_model
from sift.attribution.frames import quote_regions
from sift.attribution.spacy_models import load_pipeline
from sift.document import Document
from sift.errors import ConfigError
from sift.pipeline import Resources

Analyse = Callable[[list[tuple[str, str]]], Document]
MODEL_PATH = Path(str(package_resources.files("sift") / "resources" / "attribution" / "en-model.json"))


@pytest.fixture(scope="module")
def model() -> ParseModel:
    return load_parse_model(MODEL_PATH)


def _candidates(resources: Resources, model: ParseModel, text: str) -> list[tuple[str, list[str]]]:
    name = SPACY_MODELS["en"]
    nlp = resources.get(f"spacy:{name}:no-ner", lambda: load_pipeline(name))  # the stage's key: loaded once
    doc = nlp(text)
    regions = quote_regions(text)
    in_quote = [in_regions(token.idx, regions) for token in doc]
    candidates = find_candidates(doc, model, in_quote, model.cue_scores(doc, regions))
    return [
        (candidate.token.text, features)
        for candidate, features in zip(candidates, frame_features(doc, candidates, regions, in_quote), strict=True)
    ]


def test_quoted_content_after_the_cue_is_a_direct_frame(resources: Resources, model: ParseModel) -> None:
    rows = dict(_candidates(resources, model, "“We have the evidence,” the ministry said."))
    assert {"k=direct", "side=before", "src=NOUN", "iq=False"} <= set(rows["said"])


def test_report_inside_another_statement_is_marked_nested(resources: Resources, model: ParseModel) -> None:
    rows = dict(_candidates(resources, model, "Trump said that officials claimed the wall would be paid for."))
    assert "nest=none" in rows["said"]
    assert "nest=none" not in rows["claimed"]
    assert "hosts=1" in rows["said"]


def test_model_without_frame_scorer_is_a_config_error(tmp_path: Path) -> None:
    data: dict[str, Any] = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    del data["frames"]
    path = tmp_path / "old-model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match="frames"):
        load_parse_model(path)


def test_discourse_that_said_is_no_cue(analyse: Analyse) -> None:
    doc = analyse([("en", "That said, millennials say they believe success will require hard work.")])
    assert [a.cue.lemma for a in doc.attributions if a.cue] == ["say"]


def test_section_label_colon_is_no_cue_even_when_scored(analyse: Analyse) -> None:
    doc = analyse([("en", "The Latest: Trump delivers defense of ‘New York values.’")])
    assert not [a for a in doc.attributions if a.cue and a.cue.lemma == ":"]
