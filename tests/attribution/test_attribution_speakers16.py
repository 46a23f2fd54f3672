"""``train/speaker_confidence.py`` can add PolNeAR's speakers as extra training rows: they train every fold, at their
own weight and with an indicator feature, and are never scored nor used to choose the line (issue #18, speakers16)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_speaker_confidence", REPO / "train" / "speaker_confidence.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


script = _script()


def _speaker(set_name: str, correct: bool, cue: float, page: str = "p") -> dict[str, Any]:
    return {
        "set": set_name,
        "page": f"{set_name}-{page}",
        "kind": "speaker",
        "correct": correct,
        "found": [0] if correct else [],
        "hand_certain": True,
        "features": {"cue": cue, "name_words": 2.0 if correct else 1.0},
    }


def _real_rows() -> list[dict[str, Any]]:
    """Nine invented sets: correct speakers have strong cues, a few junk ones weak cues."""
    rows: list[dict[str, Any]] = []
    for number, name in enumerate(script.SETS):
        rows.append({"set": name, "page": f"{name}-p", "kind": "page", "gold": 6, "lang": "en"})
        rows += [_speaker(name, True, 0.8 + 0.02 * step) for step in range(6)]
        rows += [_speaker(name, False, 0.3 + 0.05 * number)]
    return rows


def _extra_rows(count: int = 20) -> list[dict[str, Any]]:
    return [_speaker(script.EXTRA, step % 4 != 0, 0.5 + 0.02 * step) for step in range(count)]


def test_extra_rows_carry_their_weight_and_indicator_and_leave_the_originals_alone() -> None:
    rows, extra = _real_rows(), _extra_rows()
    assert script.with_extra(rows, extra, 0.0, True) is rows  # weight 0: the real pages alone
    mixed = script.with_extra(rows, extra, 0.3, True)
    added = mixed[len(rows) :]
    assert len(added) == len(extra)
    assert all(row["weight"] == 0.3 and row["features"][script.SOURCE_FEATURE] == 1.0 for row in added)
    assert all("weight" not in row and script.SOURCE_FEATURE not in row["features"] for row in extra)
    plain = script.with_extra(rows, extra, 1.0, False)
    assert all(script.SOURCE_FEATURE not in row.get("features", {}) for row in plain)


def test_the_fit_follows_the_row_weights() -> None:
    """Junk extra rows with a strong cue pull the cue's weight down, the more the heavier they are."""
    rows = [row for row in _real_rows() if row["kind"] == "speaker"]
    junk = [_speaker(script.EXTRA, False, 0.95) for _ in range(30)]
    light = script.fit(script.with_extra(rows, junk, 0.05, False), ["cue"], 1.0)
    heavy = script.fit(script.with_extra(rows, junk, 1.0, False), ["cue"], 1.0)
    assert heavy["weights"]["cue"] < light["weights"]["cue"]


def test_extra_rows_train_every_fold_and_are_never_scored() -> None:
    rows = [row for row in _real_rows() if row["kind"] == "speaker"]
    extra = _extra_rows()
    mixed = script.with_extra(rows, extra, 1.0, True)
    names = ["cue", "name_words", script.SOURCE_FEATURE]
    probability = script.loso(mixed, names, 1.0, script.SETS)
    assert np.all(probability[len(rows) :] == 0)  # never scored
    assert np.all(probability[: len(rows)] > 0)
    alone = script.loso(rows, names[:2], 1.0, script.SETS)
    assert not np.allclose(probability[: len(rows)], alone)  # but in every training fold


def test_evaluate_scores_only_the_real_page_sets() -> None:
    rows = _real_rows()
    mixed = script.with_extra(rows, _extra_rows(), 0.5, True)
    result = script.evaluate(mixed, ["cue", "name_words", script.SOURCE_FEATURE], 1.0)
    assert [item["set"] for item in result["sets"]] == list(script.SETS)
    for item in result["sets"]:
        assert item["all"]["shown"] == 7  # the set's own speakers, no PolNeAR row
        assert item["auc"] is not None
    assert result["auc"] is not None and 0.0 <= result["auc"] <= 1.0


def test_the_shipped_model_records_the_recipe_it_was_fitted_with() -> None:
    shipped = json.loads((REPO / "src" / "sift" / "resources" / "attribution" / script.MODEL_FILE).read_text())
    assert shipped["polnear_weight"] == script.POLNEAR_WEIGHT
    assert shipped["polnear_indicator"] == script.POLNEAR_INDICATOR
    # run-time features never hold the indicator: a shipped weight on it would act as a constant
    assert (script.SOURCE_FEATURE in shipped["weights"]) == script.POLNEAR_INDICATOR
