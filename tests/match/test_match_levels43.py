"""train/match_relative.py (issue #12, levels43 session): the per-search relative columns it fits the mono model
with (a pair's lead over the best pair of another claim, the crowd of claims near the best, names shared while the
numbers disagree)."""

from __future__ import annotations

import runpy
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from sift.factchecks.record import FactCheck
from sift.match.signals import FEATURES

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def script() -> SimpleNamespace:
    """train/match_relative.py's globals (the train scripts are scripts, not a package)."""
    path = REPO / "train" / "match_relative.py"
    return SimpleNamespace(**runpy.run_path(str(path), run_name="train_match_relative"))


def test_a_lead_is_the_margin_over_the_best_pair_of_another_claim(script: SimpleNamespace) -> None:
    values = np.array([0.9, 0.8, 0.6, 0.5])
    claims = np.array([0, 0, 1, 2])  # the first two check one claim: the second is no rival of the first
    lead = script.claim_lead(values, np.ones(4, dtype=bool), claims)
    assert lead.tolist() == pytest.approx([0.3, 0.2, 0.0, 0.0])


def test_no_lead_without_a_rival_claim_or_outside_among(script: SimpleNamespace) -> None:
    values = np.array([0.9, 0.7, 0.95])
    assert script.claim_lead(values[:2], np.ones(2, dtype=bool), np.array([4, 4])).tolist() == [0.0, 0.0]
    # the third pair is not among (a cross-language pair of a page sentence): it neither leads nor rivals
    lead = script.claim_lead(values, np.array([True, True, False]), np.array([0, 1, 2]))
    assert lead.tolist() == pytest.approx([0.2, 0.0, 0.0])


def test_the_crowd_counts_other_claims_near_the_best(script: SimpleNamespace) -> None:
    dense = np.array([0.70, 0.69, 0.67, 0.60, 0.66])
    claims = np.array([0, 0, 1, 2, 3])  # claim 0 leads; claims 1 and 3 lie within 0.05 of it, claim 2 does not
    assert script.crowd(dense, np.ones(5, dtype=bool), claims) == pytest.approx(np.log1p(2))
    assert script.crowd(dense, np.zeros(5, dtype=bool), claims) == 0.0


def test_relative_columns_per_search_and_the_conflict_column(script: SimpleNamespace) -> None:
    rows = np.zeros((4, len(FEATURES)), dtype=np.float32)
    rows[:, FEATURES.index("dense_max")] = [0.8, 0.5, 0.4, 0.6]
    rows[:, FEATURES.index("name_any")] = [1, 1, 0, 1]
    rows[:, FEATURES.index("num_agree")] = [-1, 1, -1, 0]
    blocks, claims = np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1])  # two searches of two claims each
    out = script.relative_columns(rows, blocks, np.ones(4, dtype=bool), claims)
    names = list(script.RELATIVE)
    assert out.shape == (4, len(names))
    assert out[:, names.index("dense_lead")].tolist() == pytest.approx([0.3, 0.0, 0.0, 0.2])
    assert out[:, names.index("dense_crowd")].tolist() == [0.0, 0.0, 0.0, 0.0]
    assert out[:, names.index("name_num_conflict")].tolist() == [1.0, 0.0, 0.0, 0.0]
    assert set(script.VARIANTS["crowd"]) > set(script.VARIANTS["leads"])


@pytest.fixture(scope="module")
def fields() -> SimpleNamespace:
    """train/match_fields.py's globals."""
    path = REPO / "train" / "match_fields.py"
    return SimpleNamespace(**runpy.run_path(str(path), run_name="train_match_fields"))


def test_a_title_splits_into_headline_and_standfirst(fields: SimpleNamespace) -> None:
    both = FactCheck(
        claim="c", title="Did X Fund Y? — X funds Y, a meme said.", review_url="u", publisher_name="p", rating=""
    )
    assert fields.headline_and_standfirst(both) == ("Did X Fund Y?", "X funds Y, a meme said.")
    alone = FactCheck(claim="c", title="Did X Fund Y?", review_url="u", publisher_name="p", rating="")
    assert fields.headline_and_standfirst(alone) == ("Did X Fund Y?", "Did X Fund Y?")
    untitled = FactCheck(claim="X funds Y.", title=None, review_url="u", publisher_name="p", rating="")
    assert fields.headline_and_standfirst(untitled) == ("X funds Y.", "X funds Y.")


def test_field_cosines_embed_each_text_once(fields: SimpleNamespace) -> None:
    class Letters:
        """A fake encoder: a text's vector counts its a, b and c."""

        def __init__(self) -> None:
            self.calls: list[list[str]] = []

        def encode(self, texts: list[str]) -> np.ndarray:
            self.calls.append(list(texts))
            return np.array([[t.count("a"), t.count("b"), t.count("c") + 1e-9] for t in texts], dtype=float)

    encoder = Letters()
    cosines = fields.FieldCosines(encoder)
    check = FactCheck(claim="c", title="aa — bb", review_url="u", publisher_name="p", rating="")
    ((head, stand),) = cosines("a https://t.co/x", [check])  # the URL is stripped before embedding
    assert head == pytest.approx(1.0) and stand == pytest.approx(0.0, abs=1e-6)
    cosines("a https://t.co/x", [check])
    assert sum(len(call) for call in encoder.calls) == 3  # the query, the headline, the standfirst: once each
