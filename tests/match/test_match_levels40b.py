"""train/match_calibrations.py (issue #12, levels40b session): the smoother maps it compares with isotonic are
increasing, written in the shipped file's point format, and break isotonic's plateaus; ``held_out_levels`` takes the
mono model's map as a parameter and keeps isotonic without one."""

from __future__ import annotations

import inspect
import runpy
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from sift.match.rerank import LinearModel

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def script() -> SimpleNamespace:
    """train/match_calibrations.py's globals (the train scripts are scripts, not a package)."""
    path = REPO / "train" / "match_calibrations.py"
    return SimpleNamespace(**runpy.run_path(str(path), run_name="train_match_calibrations"))


def _model() -> LinearModel:
    return LinearModel(("bm25_log",), (0.0,), (1.0,), (1.0,), 0.0)


def _outputs(n: int = 4000) -> tuple[np.ndarray, np.ndarray]:
    """Raw logistic outputs and labels drawn from a known logistic link (a little steeper than the outputs')."""
    rng = np.random.default_rng(3)
    logits = rng.normal(-2.0, 2.0, n)
    labels = rng.random(n) < 1.0 / (1.0 + np.exp(-(1.3 * logits + 0.4)))
    return 1.0 / (1.0 + np.exp(-logits)), labels


def test_with_points_drops_a_raw_value_that_rounds_onto_the_one_before(script: SimpleNamespace) -> None:
    model = script.with_points(_model(), [0.1, 0.2, 0.2000001, 0.5], [0.0, 0.3, 0.2, 0.9])
    assert model.calibration_raw == (0.1, 0.2, 0.5)
    assert model.calibration_prob == (0.0, 0.3, 0.9)


@pytest.mark.parametrize("name", ["isotonic_midpoints", "platt", "beta", "bagged_isotonic"])
def test_every_smoother_map_is_increasing_and_keeps_the_mean(script: SimpleNamespace, name: str) -> None:
    raw, labels = _outputs()
    model = script.CALIBRATIONS[name](_model(), raw, labels)
    xs, ys = np.asarray(model.calibration_raw), np.asarray(model.calibration_prob)
    assert np.all(np.diff(xs) > 0) and np.all(np.diff(ys) >= 0) and 0.0 <= ys.min() <= ys.max() <= 1.0
    assert model.calibrate(raw).mean() == pytest.approx(labels.mean(), abs=0.01)


def test_the_midpoint_map_turns_isotonic_plateaus_into_slopes(script: SimpleNamespace) -> None:
    raw, labels = _outputs()
    between = np.sort(raw)[len(raw) // 2 : -len(raw) // 10]  # the middle, away from the flat tails
    steps = script.CALIBRATIONS["isotonic"](_model(), raw, labels).calibrate(between)
    smooth = script.CALIBRATIONS["isotonic_midpoints"](_model(), raw, labels).calibrate(between)
    assert len(np.unique(steps)) < len(between) / 20  # isotonic: blocks of pairs share one score
    assert len(np.unique(smooth)) > len(between) * 0.9  # midpoints: (almost) every pair its own


def test_beta_drops_a_term_that_would_make_it_decrease(script: SimpleNamespace) -> None:
    raw, labels = _outputs()
    flipped = script.beta(_model(), raw, ~labels)  # labels that fall with the output: no increasing fit but a flat one
    assert set(flipped.calibration_prob) == {round(float(np.mean(~labels)), 6)}
    kept = script.beta(_model(), raw, labels)
    assert kept.calibrate(np.array([0.2]))[0] < kept.calibrate(np.array([0.8]))[0]


def test_held_out_levels_keeps_isotonic_for_the_mono_model_unless_told(script: SimpleNamespace) -> None:
    parameter = inspect.signature(script.mr.held_out_levels).parameters["mono_calibration"]
    assert parameter.default is None
    assert script.CALIBRATIONS["isotonic"] is script.mr.calibrate
