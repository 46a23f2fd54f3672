"""Bending the cross-language model's scale so the shared level thresholds level its pairs at their stated precision."""

from __future__ import annotations

import runpy
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from sift.match.rerank import LinearModel, Reranker
from sift.match.signals import FEATURES

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def trainer() -> SimpleNamespace:
    """train/match_reranker.py's globals (the train scripts are scripts, not a package)."""
    return SimpleNamespace(**runpy.run_path(str(REPO / "train" / "match_reranker.py"), run_name="train_match_reranker"))


def _isotonic(xs: list[float], ys: list[float]) -> LinearModel:
    n = len(FEATURES)
    return LinearModel(FEATURES, (0.0,) * n, (1.0,) * n, (0.0,) * n, 0.0, tuple(xs), tuple(ys))


def test_levels_start_exactly_at_the_raw_outputs_given(trainer: SimpleNamespace) -> None:
    # an isotonic map that is stricter than the shared thresholds: raw 0.45 reads 0.40, raw 0.7 reads 0.80
    iso = _isotonic([0.0, 0.2, 0.45, 0.7, 0.9, 1.0], [0.0, 0.1, 0.40, 0.80, 0.95, 1.0])
    bent = trainer.level_aligned(iso, 0.45, 0.7, 0.65, 0.9)
    reranker = Reranker(iso, bent, 0.9, 0.65, {})
    raw = np.linspace(0.0, 1.0, 2001)
    scores = bent.calibrate(raw)
    assert np.all(np.diff(scores) >= 0.0)  # a higher logistic output never reads lower
    levels = [reranker.level(float(s)) for s in scores]
    assert all((level is not None) == (r >= 0.45) for r, level in zip(raw, levels, strict=True))
    assert all((level == "match") == (r >= 0.7) for r, level in zip(raw, levels, strict=True))
    # under the possible point the probabilities are the isotonic ones: weak candidates read as before
    under = raw < 0.4
    assert np.allclose(scores[under], iso.calibrate(raw[under]), atol=1e-6)


def test_a_laxer_isotonic_map_is_held_back_to_the_points(trainer: SimpleNamespace) -> None:
    # an isotonic value already above ``possible`` under the point given must not make a level there
    iso = _isotonic([0.0, 0.3, 0.6, 1.0], [0.0, 0.7, 0.95, 1.0])
    bent = trainer.level_aligned(iso, 0.5, 0.8, 0.65, 0.9)
    assert bent.calibrate(np.array([0.49]))[0] < 0.65 <= bent.calibrate(np.array([0.5]))[0]
    assert bent.calibrate(np.array([0.79]))[0] < 0.9 <= bent.calibrate(np.array([0.8]))[0]


def test_the_shipped_cross_model_keeps_its_isotonic_scale(trainer: SimpleNamespace) -> None:
    """The bent scale was tried and not shipped (held-out false levels rose over the 0.1 % target): recipe = file."""
    assert trainer.CROSS_NEGATIVE_RATE is None
    assert "raw_at_possible_match" not in Reranker.load().info["cross_refit"]
