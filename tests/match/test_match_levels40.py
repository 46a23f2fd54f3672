"""train/match_interactions.py (issue #12, levels40 session): the per-query level flags the paired bootstrap reads,
the product columns and the widened column layout, which must not outlive the experiment."""

from __future__ import annotations

import runpy
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

import sift.match.rerank as rerank
from sift.errors import ConfigError
from sift.match.e5 import E5_UNSEEN
from sift.match.rerank import LinearModel
from sift.match.signals import FEATURES

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def script() -> SimpleNamespace:
    """train/match_interactions.py's globals (the train scripts are scripts, not a package)."""
    path = REPO / "train" / "match_interactions.py"
    return SimpleNamespace(**runpy.run_path(str(path), run_name="train_match_interactions"))


def _two_queries() -> tuple[np.ndarray, np.ndarray]:
    """Labels and query numbers laid out as ``collect`` lays them: per query n, n - g, n, n - g rows (g gold)."""
    # query 0: 3 candidates, the first gold (blocks of 3, 2, 3, 2 rows); query 1: 2, the second gold (2, 1, 2, 1)
    q0 = [True, False, False, False, False, True, False, False, False, False]
    q1 = [False, True, False, False, True, False]
    return np.array([*q0, *q1]), np.array([0] * len(q0) + [1] * len(q1))


def test_levelled_queries_read_each_querys_first_block_only(script: SimpleNamespace) -> None:
    labels, groups = _two_queries()
    scores = np.zeros(len(labels))
    scores[0] = 0.9  # query 0's gold in its first block
    scores[12] = 0.9  # query 1's gold, but in its third block (undated copy): not what the level recall reads
    flags = script.mr.levelled_queries(scores, labels, groups, 0.5)
    assert flags.tolist() == [True, False]
    assert script.mr.train_level_recall(scores, labels, groups, 0.5) == pytest.approx(0.5)
    scores[11] = 0.9  # now its gold in its first block
    assert script.mr.levelled_queries(scores, labels, groups, 0.5).tolist() == [True, True]


def test_products_pair_every_two_features_and_read_e5_floored(script: SimpleNamespace) -> None:
    rows = np.zeros((2, len(FEATURES)), dtype=np.float32)
    rows[:, FEATURES.index("char_gap")] = [2.0, 3.0]
    rows[:, FEATURES.index("e5")] = [0.5, 0.9]  # the first under E5_UNSEEN: read as E5_UNSEEN
    names, columns = script.products(rows)
    assert len(names) == len(set(names)) == 28 and columns.shape == (2, 28)
    at = names.index("char_gap*e5")
    assert columns[:, at].tolist() == pytest.approx([2.0 * E5_UNSEEN, 3.0 * 0.9], rel=1e-6)
    assert columns[:, names.index("char_gap*dense_gap")].tolist() == [0.0, 0.0]


def test_the_widened_layout_is_undone_after_the_block(script: SimpleNamespace) -> None:
    rows = np.hstack([np.zeros((1, len(FEATURES))), [[2.0]]])
    with script.widened_layout(("x*y",)):
        model = LinearModel(("x*y",), (0.0,), (1.0,), (1.0,), 0.0)
        assert model.raw(rows)[0] == pytest.approx(1.0 / (1.0 + np.exp(-2.0)))
    assert rerank.FEATURES == FEATURES
    with pytest.raises(ConfigError):
        LinearModel(("x*y",), (0.0,), (1.0,), (1.0,), 0.0)  # "x*y" is no column of FEATURES again
    with pytest.raises(RuntimeError), script.widened_layout(("x*y",)):
        raise RuntimeError("a failed fit")
    assert rerank.FEATURES == FEATURES


def test_the_paired_bootstrap_counts_gains_and_losses(script: SimpleNamespace) -> None:
    same = np.array([True, False] * 50)
    assert script.paired_bootstrap(same, same, 200) == {"diff": 0.0, "ci95": [0.0, 0.0], "gained": 0, "lost": 0}
    after = same.copy()
    after[1::2][:10] = True  # ten queries gained, none lost
    figures = script.paired_bootstrap(same, after, 200)
    assert figures["diff"] == pytest.approx(0.1) and (figures["gained"], figures["lost"]) == (10, 0)
    assert 0.0 < figures["ci95"][0] <= 0.1 <= figures["ci95"][1]
