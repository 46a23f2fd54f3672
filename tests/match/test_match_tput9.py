"""The match stage's cheaper paths give, bit for bit, what the plain ones gave (issue #13, tput9)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import numpy as np
import pytest
from test_match_context import _page
from test_match_debate import CONTEXT, _keys, _only, _open

from sift.lexicon.fold import fold
from sift.match import MatchConfig, debate, match_claims
from sift.match.analysis import char_grams
from sift.match.debate import search_with_context
from sift.match.signals import (
    FEATURES,
    PairSignals,
    QuerySignals,
    _date_features,
    _fuzzy_shared,
    _number_agreement,
    _ranks,
    claim_numbers,
    feature_matrix,
)
from sift.pipeline import Resources


def _shared_names(query_names: frozenset[str], names: frozenset[str]) -> set[str]:
    """Names shared allowing a drifting ending, as _fuzzy_shared gave them before its one-pass form."""
    shared = set(names & query_names)
    prefixes = {n[:4] for n in query_names if len(n) >= 5}
    shared.update(n for n in names if len(n) >= 5 and n[:4] in prefixes)
    return shared


def _rows(query: QuerySignals, pairs: list[PairSignals]) -> np.ndarray:
    """The features row by row in Python floats, as feature_matrix computed them before it worked on columns."""
    dense = [p.dense_max for p in pairs]
    bm25 = np.array([p.bm25 for p in pairs])
    chars = np.array([p.char_cos for p in pairs])
    groups = claim_numbers(pairs)
    dense_rank, bm25_rank, char_rank = _ranks(np.array(dense), groups), _ranks(bm25, groups), _ranks(chars, groups)
    best_dense, best_bm25, best_chars = max(dense), float(bm25.max()), float(chars.max())
    named = frozenset(term for term in query.terms if fold(query.words.get(term, term)) in query.names)
    n_terms = len(query.terms)
    rows = []
    for i, pair in enumerate(pairs):
        shared_terms = query.terms & pair.terms
        n_shared, n_pair = len(shared_terms), len(pair.terms)
        union = n_terms + n_pair - n_shared
        shared_names = _shared_names(query.names, pair.names)
        plain = n_shared - len(shared_terms & named)
        rows.append(
            [
                dense[i],
                pair.dense_full,
                pair.dense_claim,
                pair.dense_title,
                dense[i] - best_dense,
                1.0 / (1.0 + dense_rank[i]),
                pair.bm25 / best_bm25 if best_bm25 > 0 else 0.0,
                math.log1p(pair.bm25),
                1.0 / (1.0 + bm25_rank[i]) if pair.bm25 > 0 else 0.0,
                n_shared / n_pair if n_pair else 0.0,
                n_shared / union if union else 0.0,
                len(shared_names) / (len(pair.names) + 1),
                1.0 if shared_names else 0.0,
                _number_agreement(query.numbers, pair.numbers),
                pair.char_cos,
                pair.char_cos - best_chars,
                1.0 / (1.0 + char_rank[i]),
                *_date_features(query.date, pair.date),
                pair.e5,
                math.log1p(n_terms),
                1.0 - n_shared / n_terms if n_terms else 1.0,
                math.log1p(plain),
                float(bool(shared_names) and plain == 0),
                pair.e5_lead,
            ]
        )
    return np.array(rows, dtype=np.float32)


def _pair(i: int, rng: np.random.Generator, **changes: object) -> PairSignals:
    terms = ["budget", "ohio", "school", "cut", "percent", "teacher", "vaccin", "microchip", "gates"]
    names = ["ohio", "gates", "bill", "klintsevitch", "klinzewitsch", "syria", "syrien"]
    values = dict(
        terms=frozenset(rng.choice(terms, size=int(rng.integers(0, 6)), replace=False).tolist()),
        names=frozenset(rng.choice(names, size=int(rng.integers(0, 4)), replace=False).tolist()),
        numbers=frozenset(rng.choice(["30", "2011", "5"], size=int(rng.integers(0, 2)), replace=False).tolist()),
        char_cos=float(rng.random()),
        date=None if i % 3 == 0 else dt.date(2017, 11, 14) + dt.timedelta(days=int(rng.integers(-400, 400))),
        dense_full=float(np.float32(rng.random())),
        dense_claim=float(np.float32(rng.random())),
        dense_title=float(np.float32(rng.random())),
        bm25=float(rng.random() * 20) if i % 4 else 0.0,
        claim_group=int(rng.integers(-1, 3)),
        e5=float(np.float32(0.7 + rng.random() * 0.2)) if i % 2 else 0.8,
        e5_lead=float(np.float32(rng.random() * 0.05)) if i % 5 == 1 else 0.0,
    )
    values.update(changes)
    return PairSignals(**values)  # type: ignore[arg-type]


def _query(terms: set[str], names: set[str], date: dt.date | None) -> QuerySignals:
    return QuerySignals(
        terms=frozenset(terms),
        names=frozenset(names),
        numbers=frozenset({"30"}),
        grams=char_grams("Ohio cut its school budget by 30 percent"),
        date=date,
        words={"ohio": "Ohio", "gates": "Gates"},
    )


def test_feature_columns_are_the_rows_python_floats_gave() -> None:
    rng = np.random.default_rng(13)
    queries = [
        _query({"budget", "ohio", "school", "cut"}, {"ohio", "klintsevitch", "syria"}, dt.date(2017, 11, 20)),
        _query({"vaccin", "gates"}, {"gates"}, None),
        _query(set(), set(), None),  # no content terms: query_left 1, no shared names
    ]
    for query in queries:
        for size in (1, 2, 7, 40):
            pairs = [_pair(i, rng) for i in range(size)]
            got = feature_matrix(query, pairs)
            assert got.dtype == np.float32 and got.shape == (size, len(FEATURES))
            assert np.array_equal(got.view(np.uint32), _rows(query, pairs).view(np.uint32))
    # every BM25 score zero, every pair without terms or names: the quotients' fallbacks
    empty = [_pair(i, rng, bm25=0.0, terms=frozenset(), names=frozenset()) for i in range(5)]
    got = feature_matrix(queries[0], empty)
    assert np.array_equal(got.view(np.uint32), _rows(queries[0], empty).view(np.uint32))
    assert feature_matrix(queries[0], []).shape == (0, len(FEATURES))


def test_shared_names_in_one_pass_are_the_same_names() -> None:
    names = ["syria", "syrie", "syrien", "klintsevitch", "klinzewitsch", "ohio", "ohi", "gates", "gatesville", "bill"]
    rng = np.random.default_rng(9)
    for _ in range(300):
        query = frozenset(rng.choice(names, size=int(rng.integers(0, 5)), replace=False).tolist())
        other = frozenset(rng.choice(names, size=int(rng.integers(0, 6)), replace=False).tolist())
        assert _fuzzy_shared(query, other) == _shared_names(query, other)
        assert _fuzzy_shared(query, other, frozenset(n[:4] for n in query if len(n) >= 5)) == _shared_names(
            query, other
        )


def _search(weak_from: float | None, model: Any) -> list[list[Any]]:
    texts = ["And she did it again.", "Ohio cut the school budget by 30 percent.", "The budget went up again."]
    return search_with_context(
        _open(),
        texts,
        langs=["en"] * 3,
        variants=[[], [], []],
        contexts=[CONTEXT, None, None],
        dates=[None] * 3,
        speakers=["Jane Doe", "Jane Doe", None],
        topics=[CONTEXT, CONTEXT, None],
        model=model,
        explain=3,
        weak_from=weak_from,
    )


@pytest.mark.parametrize("weak_from", [0.0, 0.12, 0.5, 0.99, math.inf])
def test_hits_a_weak_candidate_reader_cannot_see_are_not_reordered(weak_from: float) -> None:
    model = _only("speaker_same")  # puts Jane Doe's own fact-check first among the unlevelled hits
    full, cheap = _search(None, model), _search(weak_from, model)
    for whole, some in zip(full, cheap, strict=True):
        levelled = [hit for hit in whole if hit.level is not None]
        assert _keys([hit for hit in some if hit.level is not None]) == _keys(levelled)
        if levelled:
            continue
        if whole and max(hit.score for hit in whole) >= weak_from:
            assert _keys(some) == _keys(whole)  # a weak candidate may be read: re-ordered as before
        else:
            assert all(hit.score < weak_from for hit in some)  # none is read: the first is under weak_from too
    assert _keys(_search(0.0, model)[0]) == _keys(full[0])
    if weak_from == math.inf:  # nothing is re-ordered: the matcher's own order
        matcher = _open()
        (found,) = matcher.candidates_many(["And she did it again."], langs=["en"], contexts=[CONTEXT])
        plain = matcher.rank(found, 10)
        assert [hit.factcheck.id for hit in cheap[0]] == [hit.factcheck.id for hit in plain]


@pytest.mark.parametrize("weak_min_score", [0.0, 0.05, 0.12, 0.6])
def test_the_stage_finds_what_it_found_when_every_sentence_was_reordered(
    weak_min_score: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = MatchConfig(weak_min_score=weak_min_score)
    cheap = match_claims(_page(), Resources(matcher=_open()), config)
    rerank = debate.rerank
    monkeypatch.setattr(debate, "rerank", lambda *args, weak_from, **kwargs: rerank(*args, **kwargs))
    full = match_claims(_page(), Resources(matcher=_open()), config)
    assert cheap.matches == full.matches
    assert cheap.weak_matches == full.weak_matches
    assert cheap.match_status == full.match_status
    if weak_min_score == 0.0:
        assert full.matches or full.weak_matches, "the test needs hits"
