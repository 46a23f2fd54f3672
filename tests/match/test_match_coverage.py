"""Predicate coverage (issue #12): how much of the sentence's own content a fact-check's text holds."""

from __future__ import annotations

import pytest
from test_match_support import HashEncoder, record

from sift.match.matcher import Matcher
from sift.match.signals import COVERAGE_FEATURES, CROSS_FEATURES, FEATURES, PairSignals, QuerySignals, feature_matrix
from sift.store.memory import MemoryStore


def _pair(terms: set[str]) -> PairSignals:
    return PairSignals(
        terms=frozenset(terms),
        names=frozenset(),
        numbers=frozenset(),
        char_cos=0.0,
        date=None,
        dense_full=0.5,
        dense_claim=0.5,
        dense_title=0.5,
        bm25=1.0,
    )


def _columns(query: QuerySignals, pairs: list[PairSignals]) -> dict[str, list[float]]:
    rows = feature_matrix(query, pairs)
    return {name: rows[:, FEATURES.index(name)].tolist() for name in COVERAGE_FEATURES}


# "Please accept YouTube cookies to play this video." (a page's consent line) against a short Snopes claim that
# names YouTube, and against a paraphrase of the line
QUERY = QuerySignals(
    terms=frozenset({"accept", "youtub", "cooki", "play", "video"}),
    names=frozenset({"YouTube"}),
    numbers=frozenset(),
    words={"accept": "accept", "youtub": "youtube", "cooki": "cookies", "play": "play", "video": "video"},
    weights={"accept": 0.3, "youtub": 0.2, "cooki": 0.5, "play": 0.25, "video": 0.1},
)
ONE_WORD = _pair({"youtub", "shut", "longer", "video", "submiss"})
PARAPHRASE = _pair({"youtub", "cooki", "accept", "play", "video", "requir"})


def test_a_sentence_sharing_one_topic_word_is_barely_covered_a_paraphrase_is() -> None:
    col = _columns(QUERY, [ONE_WORD, PARAPHRASE])
    assert col["query_cover"] == pytest.approx([2 / 5, 1.0])
    # "youtube" and "video" are common words: weighted by IDF, the one-word pair covers even less
    assert col["query_cover_idf"][0] == pytest.approx(0.3 / 1.35)
    assert col["query_cover_idf"][1] == pytest.approx(1.0)
    assert col["shared_idf"][0] < col["shared_idf"][1]


def test_the_predicate_is_what_the_names_leave() -> None:
    # the shared name does not count towards the predicate: only "video" of accept/cookies/play/video is shared
    col = _columns(QUERY, [ONE_WORD, PARAPHRASE])
    assert col["predicate_cover"] == pytest.approx([0.1 / 1.15, 1.0])


def test_coverage_without_terms_or_weights() -> None:
    empty = QuerySignals(frozenset(), frozenset(), frozenset())
    assert all(values == [0.0] for values in _columns(empty, [PARAPHRASE]).values())
    # a term the index has never seen weighs 1, as an unseen term's IDF (rare, not free)
    unweighted = QuerySignals(frozenset({"a", "b"}), frozenset(), frozenset())
    assert _columns(unweighted, [_pair({"a"})])["query_cover_idf"] == [0.5]


def test_coverage_stays_out_of_the_cross_language_model() -> None:
    # words differ across languages: "photos" covers nothing of "Fotos"
    assert not set(COVERAGE_FEATURES) & set(CROSS_FEATURES)


def test_idf_is_relative_to_an_unseen_term_and_counts_new_rows() -> None:
    claims = ["video shows a flood in Paris", "video shows a fire in Rome", "a vaccine contains microchips"]
    store = MemoryStore([record(claim) for claim in claims])
    matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=None)
    video, vaccine, unseen = matcher.analyzer.tokens("video vaccine zebra", "en")
    idf = matcher.index.idf([video, vaccine, unseen])
    assert idf[unseen] == 1.0
    assert 0.0 < idf[video] < idf[vaccine] < 1.0
    # rows added since the main BM25 was built count too (their delta postings)
    store.add_many([record("zebra video"), record("zebra crossing")])
    matcher.refresh()
    after = matcher.index.idf([video, unseen])
    assert after[unseen] < 1.0 and after[video] < 1.0
