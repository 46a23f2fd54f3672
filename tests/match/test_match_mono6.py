"""A feature read with a floor (``LinearModel.floors``): the same-language model may read e5 so that a cosine can
raise a pair, never lower it (issue #12, mono6 session; train/match_reranker.py's ``MONO_E5_FLOOR``)."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from sift.errors import ConfigError
from sift.match.e5 import E5_UNSEEN
from sift.match.rerank import LinearModel, Reranker
from sift.match.signals import FEATURES, MONO_FEATURES

REPO = Path(__file__).resolve().parents[2]
E5 = FEATURES.index("e5")
DENSE = FEATURES.index("dense_max")


@pytest.fixture(scope="module")
def trainer() -> SimpleNamespace:
    """train/match_reranker.py's globals (the train scripts are scripts, not a package)."""
    return SimpleNamespace(**runpy.run_path(str(REPO / "train" / "match_reranker.py"), run_name="train_match_reranker"))


def _model(floors: tuple[tuple[str, float], ...] = ()) -> LinearModel:
    return LinearModel(("dense_max", "e5"), (0.5, 0.8), (0.1, 0.05), (1.0, 2.0), -1.0, floors=floors)


def _rows(e5: list[float], dense: float = 0.6) -> np.ndarray:
    rows = np.zeros((len(e5), len(FEATURES)), dtype=np.float32)
    rows[:, DENSE], rows[:, E5] = dense, e5
    return rows


def test_a_cosine_under_the_floor_reads_as_the_floor() -> None:
    floored, plain = _model((("e5", 0.8),)), _model()
    raw = floored.raw(_rows([0.3, 0.79, 0.8, 0.85, 0.95]))
    # under the floor: the score of a pair without a cosine (E5_UNSEEN), whatever the cosine
    assert raw[0] == raw[1] == raw[2] == pytest.approx(floored.raw(_rows([E5_UNSEEN]))[0])
    # over it: as without a floor, and higher with the cosine
    assert raw[3:].tolist() == pytest.approx(plain.raw(_rows([0.85, 0.95])).tolist())
    assert raw[2] < raw[3] < raw[4]
    # the plain model lowers a pair whose cosine is under the neutral value; the floored one does not
    assert plain.raw(_rows([0.5]))[0] < floored.raw(_rows([0.5]))[0]


def test_the_rows_given_are_not_changed() -> None:
    rows = _rows([0.3])
    _model((("e5", 0.8),)).raw(rows)
    assert rows[0, E5] == np.float32(0.3)


def test_a_floor_must_name_a_feature_the_model_reads() -> None:
    with pytest.raises(ConfigError):
        LinearModel(("dense_max",), (0.0,), (1.0,), (1.0,), 0.0, floors=(("e5", 0.8),))
    with pytest.raises(ConfigError):
        LinearModel(("dense_max",), (0.0,), (1.0,), (1.0,), 0.0, floors=(("no_such_feature", 0.8),))


def test_floors_survive_saving_and_a_model_without_them_is_written_as_before(tmp_path: Path) -> None:
    path = tmp_path / "reranker.json"
    Reranker(_model((("e5", 0.8),)), _model(), 0.9, 0.6, {}).save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["mono"]["floors"] == [["e5", 0.8]]
    assert "floors" not in data["cross"]
    loaded = Reranker.load(path)
    assert loaded.mono.floors == (("e5", 0.8),) and loaded.cross.floors == ()
    rows = _rows([0.2, 0.9])
    assert loaded.mono.raw(rows).tolist() == pytest.approx(_model((("e5", 0.8),)).raw(rows).tolist())


def test_a_floored_model_whose_cosine_raises_scores_says_so() -> None:
    """The matcher's skip rule (no cosine for a pair that stays under the content gate even at the highest cosine)
    holds for a floored cosine: the score never falls as the cosine rises."""
    reranker = Reranker(_model((("e5", 0.8),)), _model(), 0.9, 0.6, {})
    assert reranker.reads_e5(cross=False) and reranker.e5_raises(cross=False)
    scores = reranker.mono.raw(_rows(list(np.linspace(0.0, 1.0, 21))))
    assert np.all(np.diff(scores) >= 0)


def test_the_trainer_fits_the_floored_column(trainer: SimpleNamespace) -> None:
    """``fit`` with floors learns from the column as the model will read it, and records the floors."""
    rng = np.random.default_rng(3)
    rows = np.zeros((400, len(FEATURES)), dtype=np.float32)
    rows[:, DENSE] = rng.random(400)
    rows[:, E5] = rng.uniform(0.6, 1.0, 400)
    labels = rows[:, DENSE] + np.maximum(rows[:, E5] - 0.8, 0) * 3 + rng.normal(0, 0.2, 400) > 0.9
    floors = (("e5", 0.8),)
    fitted = trainer.fit(rows, labels, ("dense_max", "e5"), floors=floors)
    assert fitted.floors == floors
    by_hand = rows.copy()
    by_hand[:, E5] = np.maximum(by_hand[:, E5], np.float32(0.8))
    plain = trainer.fit(by_hand, labels, ("dense_max", "e5"))
    assert fitted.coef == plain.coef and fitted.intercept == plain.intercept
    assert fitted.raw(rows).tolist() == pytest.approx(plain.raw(by_hand).tolist())
    assert rows[:, E5].min() < 0.8  # the rows given are not changed
    # out of fold, the fold models read the floored column too
    groups = np.arange(400) % 40
    views = trainer.out_of_fold_views(rows, labels, groups, ("dense_max", "e5"), [rows], floors=floors)[0]
    assert views.tolist() == pytest.approx(trainer.out_of_fold(by_hand, labels, groups, ("dense_max", "e5")).tolist())


def test_the_recipe_floors_e5_only_when_the_mono_model_reads_it(trainer: SimpleNamespace) -> None:
    globals_ = trainer.mono_floors.__globals__
    saved = (globals_["MONO_E5"], globals_["MONO_E5_FLOOR"], globals_["MONO_E5_LEAD"])
    try:
        # the floored cosine alone (MONO_E5_LEAD adds e5's lead: tests/match/test_match_mono7.py)
        globals_["MONO_E5"], globals_["MONO_E5_FLOOR"], globals_["MONO_E5_LEAD"] = False, True, False
        assert trainer.mono_floors() == () and trainer.mono_features() == MONO_FEATURES
        globals_["MONO_E5"] = True
        assert trainer.mono_floors() == (("e5", float(E5_UNSEEN)),)
        assert trainer.mono_features() == (*MONO_FEATURES, "e5")
        globals_["MONO_E5_FLOOR"] = False
        assert trainer.mono_floors() == ()
    finally:
        globals_["MONO_E5"], globals_["MONO_E5_FLOOR"], globals_["MONO_E5_LEAD"] = saved


def test_the_shipped_models_floors_are_the_recipes(trainer: SimpleNamespace) -> None:
    shipped = Reranker.load()
    assert shipped.mono.floors == trainer.mono_floors()
    assert shipped.cross.floors == trainer.cross_floors()  # the cross model's since cross3 (CROSS_E5_FLOOR)
