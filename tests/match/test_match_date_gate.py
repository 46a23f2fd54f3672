"""train/match_reranker.py's date gate: the lowest content score keeping worst-case dated page sentences in budget."""

from __future__ import annotations

import runpy
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from sift.match.signals import DATE_FEATURES, FEATURES

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def trainer() -> SimpleNamespace:
    """train/match_reranker.py's globals (the train scripts are scripts, not a package)."""
    return SimpleNamespace(**runpy.run_path(str(REPO / "train" / "match_reranker.py"), run_name="train_match_reranker"))


def _negatives(trainer: SimpleNamespace, sentences: int) -> SimpleNamespace:
    """One pair per sentence (the gate only reads which sentence a pair belongs to)."""
    empty = np.zeros(sentences)
    return trainer.PageNegatives(empty[:, None], empty.astype(bool), empty, np.arange(sentences), sentences)


def test_the_gate_keeps_same_day_dated_sentences_to_the_budget(trainer: SimpleNamespace) -> None:
    # 1,000 sentences, 2 may keep a level (0.2 %). Content / same-day dated scores, possible 0.65: the first has a
    # level on content alone, the next three only with the date, the fifth's date lowers it (not counted).
    assert pytest.approx(0.002) == trainer.DATED_NEGATIVE_RATE
    content = np.full(1000, 0.1)
    worst = np.full(1000, 0.2)
    content[:5] = (0.7, 0.5, 0.45, 0.3, 0.62)
    worst[:5] = (0.95, 0.9, 0.9, 0.8, 0.4)
    train = np.array([0.9, 0.1])  # train pairs come first in each model's rows; the gate skips them
    rows = (np.concatenate([train, content]), np.concatenate([train, worst]), np.ones(1000, bool))
    gate, rate = trainer.gate_for_dates([rows], _negatives(trainer, 1000), 2, 0.65)
    assert gate == pytest.approx(0.45 + 1e-4)
    assert rate == pytest.approx(0.002)
    # as Reranker.score gates: the date raises a pair only when its content reaches the gate
    gated = np.where(content >= gate, worst, np.minimum(worst, content))
    assert np.flatnonzero(gated >= 0.65).tolist() == [0, 1]


def test_the_gate_never_exceeds_possible(trainer: SimpleNamespace) -> None:
    """More sentences over ``possible`` on content alone than allowed: no gate could help; it stops at ``possible``."""
    content, worst = np.full(100, 0.8), np.full(100, 0.9)
    gate, rate = trainer.gate_for_dates([(content, worst, np.ones(100, bool))], _negatives(trainer, 100), 0, 0.65)
    assert gate == 0.65 and rate == 1.0


def test_same_day_dates_replace_every_date_feature(trainer: SimpleNamespace) -> None:
    rows = np.ones((2, len(FEATURES)), dtype=np.float32)
    dated, undated = trainer.with_dates(rows, trainer.SAME_DAY), trainer.with_dates(rows, None)
    assert set(trainer.SAME_DAY) == set(DATE_FEATURES)
    for name in DATE_FEATURES:
        assert (dated[:, FEATURES.index(name)] == trainer.SAME_DAY[name]).all()
        assert (undated[:, FEATURES.index(name)] == 0.0).all()
    others = [i for i, name in enumerate(FEATURES) if name not in DATE_FEATURES]
    assert (dated[:, others] == 1.0).all() and (rows == 1.0).all()


def test_a_kept_cross_model_keeps_its_levels_and_gating_on_new_points(trainer: SimpleNamespace) -> None:
    """``--only mono`` may move the shared gate and thresholds; the kept cross model is rescaled to them."""
    from sift.match.rerank import LinearModel

    raw = np.round(np.linspace(0.0, 1.0, 101), 6)
    model = LinearModel(("dense_max",), (0.0,), (1.0,), (1.0,), 0.0, tuple(raw), tuple(raw**2))
    before, after = (0.674, 0.6796, 0.9212), (0.3453, 0.544, 0.9195)
    moved = trainer.rescaled(model, before, after)
    rng = np.random.default_rng(0)
    dated, content = rng.random(500), rng.random(500)

    def levels(scores: np.ndarray, points: tuple[float, float, float]) -> list[int]:
        gate, possible, match = points
        gated = np.where(scores[1] >= gate, scores[0], np.minimum(scores[0], scores[1]))
        return ((gated >= possible).astype(int) + (gated >= match)).tolist()

    old = np.stack([model.calibrate(dated), model.calibrate(content)])
    new = np.stack([moved.calibrate(dated), moved.calibrate(content)])
    assert levels(old, before) == levels(new, after)
    assert 0 < sum(levels(old, before)) < 1000  # the sample has pairs on every side of the points
    assert np.all(np.diff(moved.calibration_prob) >= 0) and set(model.calibration_raw) <= set(moved.calibration_raw)
    # a gate equal to ``possible`` on either side is one point
    same = trainer.rescaled(model, (0.6, 0.6, 0.9), (0.5, 0.5, 0.9))
    assert same.calibrate(np.array([0.6**0.5]))[0] == pytest.approx(0.5, abs=1e-4)


def test_the_shipped_mono_model_is_the_recipes(trainer: SimpleNamespace) -> None:
    """The shipped same-language model reads e5 exactly when the script's recipe says so, and its info says how the
    kept cross model was moved onto the shared points."""
    from sift.match.rerank import Reranker

    shipped = Reranker.load()
    assert shipped.reads_e5(cross=False) == trainer.MONO_E5
    assert tuple(shipped.mono.features) == trainer.mono_features()
    assert shipped.date_gate is not None and shipped.date_gate <= shipped.possible_threshold
