"""claims13: the real-page bench reports P@k (k from the page's gold) beside P@5, and the pages under five gold."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_realpages_claims13", REPO / "bench" / "realpages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _bench()


def test_precision_at_k_takes_k_from_the_gold() -> None:
    truths = ["Two soldiers were killed.", "The army said the crash was an accident."]
    ranked = ["Two soldiers were killed.", "Read more: other news", "The army said the crash was an accident."]
    assert bench.precision_at_k(ranked, truths) == pytest.approx(1 / 2)  # k = 2: one hit in the first two
    assert bench.precision_at_k(ranked[:1], truths) == pytest.approx(1 / 2)  # a claim not shown is a miss
    assert bench.precision_at_k(ranked[::2], truths) == 1.0
    assert bench.precision_at_k(ranked * 3, truths * 4) == pytest.approx(3 / 5)  # k is at most five
    assert bench.precision_at_k([], truths) == 0.0
    assert bench.precision_at_k(ranked, []) is None


def test_summary_reports_pages_under_five_gold_beside_p_at_5() -> None:
    def page(p5: float | None, pk: float | None, gold: int) -> dict:
        return {
            "speakers": {},
            "relays": {},
            "claims_p@5": p5,
            "claims_p@5_lenient": p5,
            "claims_p@k": pk,
            "gold_strict": gold,
            "gold_sentences": 10,
            "flagged": 1,
            "body_sentences": 10,
            "date_correct": True,
            "attributions": 0,
        }

    summary = bench.summarise([page(1.0, 0.5, 2), page(0.4, 0.4, 7), page(None, None, 0)])
    assert summary["claims_p@5"] == pytest.approx(0.7)
    assert summary["claims_p@k"] == pytest.approx(0.45)
    assert summary["claims_gold_under_5"] == 1
    assert summary["claims_p@5_if_five_shown"] == pytest.approx((2 / 5 + 1.0) / 2)
