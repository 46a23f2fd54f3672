"""A fact-check's headline and standfirst read apart (issue #12, fields44 session): the index keeps their vectors
(``fields.usearch``), the matcher computes ``dense_head`` / ``dense_stand``, an index saved without them gets them
on its next update, and the training script reads them from its cache (``MONO_FIELDS``)."""

from __future__ import annotations

import runpy
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from test_match_support import RECORDS, HashEncoder, record

from sift.match.index import current_generation, headline_and_standfirst
from sift.match.matcher import Matcher
from sift.match.rerank import Reranker
from sift.match.signals import CROSS_FEATURES, FEATURES, FIELD_FEATURES, MONO_FEATURES
from sift.store.memory import MemoryStore

REPO = Path(__file__).resolve().parents[2]
HEAD, STAND, TITLE = (FEATURES.index(name) for name in ("dense_head", "dense_stand", "dense_title"))
#: a 2A-style record: "headline — standfirst" (bench/checkthat_data.load_vclaims)
SPLIT = record(
    "Olive Garden is funding Donald Trump's re-election campaign.",
    "Did Olive Garden Fund Trump's Re-Election? — A boycott call said the restaurant chain funds the campaign.",
)
QUERY = "Olive Garden restaurants pay for the Trump campaign"


@pytest.fixture(scope="module")
def trainer() -> SimpleNamespace:
    """train/match_reranker.py's globals (the train scripts are scripts, not a package)."""
    return SimpleNamespace(**runpy.run_path(str(REPO / "train" / "match_reranker.py"), run_name="train_match_reranker"))


def _unit(encoder: HashEncoder, text: str) -> np.ndarray:
    vector = encoder.encode([text])[0]
    return vector / np.linalg.norm(vector)


def test_a_title_splits_into_headline_and_standfirst_only_when_it_has_both() -> None:
    assert headline_and_standfirst(SPLIT) == (
        "Did Olive Garden Fund Trump's Re-Election?",
        "A boycott call said the restaurant chain funds the campaign.",
    )
    assert headline_and_standfirst(RECORDS[0]) is None  # a headline alone (the sample's records)
    assert headline_and_standfirst(record("A claim.")) is None  # no title
    assert headline_and_standfirst(record("A claim.", "Headline —  ")) is None  # an empty standfirst
    assert headline_and_standfirst(record("A claim.", "Well—known fact")) is None  # a dash inside a word


def test_the_matcher_reads_the_headline_and_standfirst_cosines_of_the_text(tmp_path: Path) -> None:
    encoder = HashEncoder()
    matcher = Matcher.open(MemoryStore([*RECORDS, SPLIT]), encoder=encoder, index_dir=tmp_path / "idx")
    found = matcher.candidates(QUERY, lang="en")
    rows = {factcheck.id: row for factcheck, row in zip(found.factchecks, found.features, strict=True)}
    query = _unit(encoder, QUERY)
    head, stand = headline_and_standfirst(SPLIT)  # type: ignore[misc]
    split = rows[SPLIT.id]
    assert split[HEAD] == pytest.approx(float(query @ _unit(encoder, head)), abs=2e-3)  # f16 vectors
    assert split[STAND] == pytest.approx(float(query @ _unit(encoder, stand)), abs=2e-3)
    assert split[HEAD] != pytest.approx(split[STAND], abs=1e-2)
    # a title without both: its title vector stands for each (the text's cosine: no clause of it is a variant here)
    for factcheck in RECORDS:
        if factcheck.id in rows:
            expected = float(query @ _unit(encoder, factcheck.title or factcheck.claim))
            assert rows[factcheck.id][[HEAD, STAND]] == pytest.approx([expected, expected], abs=2e-3)
    # the in-memory index gives the same columns
    memory = Matcher.open(MemoryStore([*RECORDS, SPLIT]), encoder=HashEncoder(), index_dir=None)
    assert np.allclose(memory.candidates(QUERY, lang="en").features, found.features, atol=1e-6)


def test_the_fields_are_kept_with_the_generation_and_embedded_once(tmp_path: Path) -> None:
    store = MemoryStore([*RECORDS, SPLIT])
    encoder = HashEncoder()
    Matcher.open(store, encoder=encoder, index_dir=tmp_path / "idx")
    assert encoder.encoded.count(headline_and_standfirst(SPLIT)[0]) == 1  # type: ignore[index]
    assert (current_generation(tmp_path / "idx") / "fields.usearch").exists()  # type: ignore[operator]
    again = HashEncoder()
    reopened = Matcher.open(store, encoder=again, index_dir=tmp_path / "idx")
    assert again.encoded == [] and len(reopened.index.fields) == 2  # type: ignore[arg-type]


def test_an_index_saved_without_fields_gets_them_on_opening(tmp_path: Path) -> None:
    """An index an older sift saved (no fields.usearch) embeds the headline and standfirst of its live rows from the
    store on the update that follows opening, nothing else, and then scores as a fresh build does."""
    store = MemoryStore([*RECORDS, SPLIT])
    fresh = Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "fresh").candidates(QUERY, lang="en")
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    (current_generation(tmp_path / "idx") / "fields.usearch").unlink()  # type: ignore[operator]
    encoder = HashEncoder()
    matcher = Matcher.open(store, encoder=encoder, index_dir=tmp_path / "idx")
    assert encoder.encoded == list(headline_and_standfirst(SPLIT))  # type: ignore[arg-type]
    assert (current_generation(tmp_path / "idx") / "fields.usearch").exists()  # type: ignore[operator]
    assert not matcher.index.stale_fields
    assert np.allclose(matcher.candidates(QUERY, lang="en").features, fresh.features, atol=1e-6)


def test_a_replaced_record_drops_its_field_vectors(tmp_path: Path) -> None:
    store = MemoryStore([*RECORDS, SPLIT])
    matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=None)
    row = matcher.index.ids.index(SPLIT.id)
    store.add_many([record(SPLIT.claim, "A headline alone", url=SPLIT.review_url)])
    matcher.refresh()
    assert not matcher.index.fields.contains(2 * row)  # type: ignore[union-attr]
    assert len(matcher.index.fields) == 0  # type: ignore[arg-type]


def test_the_same_language_model_alone_reads_the_fields(trainer: SimpleNamespace) -> None:
    assert FEATURES.index("dense_head") == TITLE + 1 and FEATURES.index("dense_stand") == TITLE + 2
    assert not set(FIELD_FEATURES) & {*MONO_FEATURES, *CROSS_FEATURES}  # listed by a model that reads them
    globals_ = trainer.mono_features.__globals__
    saved = globals_["MONO_FIELDS"]
    try:
        globals_["MONO_FIELDS"] = True
        assert trainer.mono_features()[-2:] == FIELD_FEATURES
        globals_["MONO_FIELDS"] = False
        assert not set(FIELD_FEATURES) & set(trainer.mono_features())
    finally:
        globals_["MONO_FIELDS"] = saved
    shipped = Reranker.load()
    assert not set(FIELD_FEATURES) & set(shipped.cross.features)


def test_an_older_cache_is_widened_with_fields_it_does_not_have(trainer: SimpleNamespace) -> None:
    rows = np.arange(3 * len(FEATURES), dtype=np.float32).reshape(3, len(FEATURES))
    older = np.delete(rows, [HEAD, STAND], axis=1)  # a cache collected before fields44
    widened = trainer.widened(older)
    assert widened.shape == rows.shape and np.isnan(widened[:, [HEAD, STAND]]).all()
    others = [i for i in range(len(FEATURES)) if i not in (HEAD, STAND)]
    assert np.array_equal(widened[:, others], rows[:, others])
    assert not trainer.fields_collected(widened) and trainer.fields_collected(rows)
    # before e5_lead too: both widenings
    oldest = trainer.widened(older[:, :-1])
    assert oldest.shape == rows.shape and (oldest[:, -1] == 0).all() and np.isnan(oldest[:, [HEAD, STAND]]).all()
