"""Ranking metrics and the CheckThat! data loaders used by bench/match.py and train/match_reranker.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sift.errors import InputError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from checkthat_data import Query, average_precision, load_queries, load_vclaims, rank_metrics

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "claim-matching" / "checkthat2022-2a"


def test_average_precision_like_checkthat() -> None:
    assert average_precision(["a", "b"], frozenset({"a"}), 5) == 1.0
    assert average_precision(["x", "a"], frozenset({"a"}), 5) == 0.5
    assert average_precision(["x", "a"], frozenset({"a"}), 1) == 0.0
    assert average_precision(["a", "x", "b"], frozenset({"a", "b"}), 5) == pytest.approx((1 + 2 / 3) / 2)


def test_rank_metrics() -> None:
    queries = [Query("q1", "", frozenset({"a"})), Query("q2", "", frozenset({"b"}))]
    metrics = rank_metrics([["a"], ["x", "y"]], queries)
    assert metrics["p@1"] == 0.5 and metrics["map@5"] == 0.5 and metrics["s@10"] == 0.5


def test_missing_folder_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="vclaims"):
        next(load_vclaims(tmp_path))
    with pytest.raises(InputError, match="queries-dev"):
        load_queries(tmp_path, "dev")


@pytest.mark.shared_data
def test_checkthat_dev_split_loads() -> None:
    if not (DATA / "qrels-dev.tsv").exists():
        pytest.skip(f"shared data not found at {DATA}")
    queries = load_queries(DATA, "dev")
    assert len(queries) == 199 and all(q.gold for q in queries)
    ids = {fc.id for fc in load_vclaims(DATA)}
    assert len(ids) == 14231 and all(q.gold <= ids for q in queries)
