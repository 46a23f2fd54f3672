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


def test_a_cache_written_with_another_unseen_e5_value_reads_todays(trainer: SimpleNamespace, tmp_path: Path) -> None:
    from sift.match.e5 import E5_UNSEEN

    column = FEATURES.index("e5")
    features = np.zeros((3, len(FEATURES)), dtype=np.float32)
    features[:, column] = [0.7, 0.83, 0.7]  # two pairs without a cosine (the old constant), one computed
    np.savez(tmp_path / "legacy.npz", features=features)  # written before caches recorded their value
    np.savez(tmp_path / "today.npz", features=features, e5_unseen=0.7)
    for name in ("legacy.npz", "today.npz"):
        read = trainer.with_e5_unseen(features, np.load(tmp_path / name))
        assert read[:, column].tolist() == pytest.approx([E5_UNSEEN, 0.83, E5_UNSEEN])
    assert features[0, column] == np.float32(0.7)  # the cache's own array is left as it is
    np.savez(tmp_path / "same.npz", features=features, e5_unseen=E5_UNSEEN)
    assert trainer.with_e5_unseen(features, np.load(tmp_path / "same.npz")) is features


def test_the_shipped_cross_model_is_the_recipes(trainer: SimpleNamespace) -> None:
    """The shipped cross model was written by the script's recipe: its negative budget, its bend and its e5 column."""
    shipped = Reranker.load()
    refit = shipped.info["cross_refit"]
    assert refit.get("cross_negative_rate") == trainer.CROSS_NEGATIVE_RATE
    assert ("raw_at_possible_match" in refit) == (trainer.CROSS_NEGATIVE_RATE is not None)
    assert shipped.reads_e5(cross=True) == trainer.CROSS_E5


def test_a_point_set_by_one_outlier_shows_on_the_other_half(trainer: SimpleNamespace) -> None:
    # half 0: one outlying sentence (0.9) above a crowd at 0.5; half 1: its best sentence at 0.6
    top = np.array([0.9, 0.5, 0.5, 0.5, 0.6, 0.4, 0.3, -1.0])
    halves = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    # no budget: each half's point sits just above its own best sentence, so the other half's 0.9 passes half 1's
    points, levelled = trainer.split_half_levels(top, halves, 0.0, 0.2)
    assert points == pytest.approx([0.9001, 0.6001])
    assert levelled == 1
    # a budget of one sentence a half (rate 0.25 of 4): half 0's point drops to the crowd and levels half 1's best;
    # half 1's point drops to 0.4 and levels all four of half 0
    points, levelled = trainer.split_half_levels(top, halves, 0.25, 0.2)
    assert points == pytest.approx([0.5001, 0.4001])
    assert levelled == 1 + 4
    # the precision floor holds whatever the budget allows
    points, levelled = trainer.split_half_levels(top, halves, 0.25, 0.95)
    assert points == [0.95, 0.95]
    assert levelled == 0
