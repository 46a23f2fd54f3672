"""Features of a (query, fact-check) pair for the re-ranker, and the human-readable evidence behind them."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["CROSS_FEATURES", "FEATURES", "PairSignals", "QuerySignals", "pair_features"]

#: Every feature, in column order. Same-language pairs use all of them.
FEATURES = (
    "dense_max",  # best cosine over query variants (sentence, clauses) x (claim, title)
    "dense_full",  # cosine of the whole query with the claim or title
    "dense_gap",  # dense_max minus the best dense_max among this query's candidates (<= 0)
    "bm25_rel",  # BM25 score over the best BM25 score among this query's candidates
    "bm25_log",  # log(1 + BM25 score)
    "term_cover",  # share of the fact-check's content lemmas found in the query
    "term_jacc",  # Jaccard of query and fact-check content lemmas
    "name_cover",  # shared names / (fact-check's names + 1): one lone generic name ("Syria") is weak
    "name_any",  # 1 when at least one name is shared
    "num_agree",  # +1 a number is shared, -1 both have numbers and none is shared, 0 otherwise
)
#: Features that still mean something across languages (lexical ones do not: "photos" is not "Fotos").
CROSS_FEATURES = ("dense_max", "dense_full", "dense_gap", "name_cover", "name_any", "num_agree")


@dataclass(frozen=True, slots=True)
class QuerySignals:
    """What is computed once per query."""

    terms: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    best_dense: float
    best_bm25: float


@dataclass(frozen=True, slots=True)
class PairSignals:
    """What is computed per candidate fact-check."""

    terms: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    dense_max: float
    dense_full: float
    bm25: float


def pair_features(query: QuerySignals, pair: PairSignals) -> np.ndarray:
    """One row of :data:`FEATURES` for a candidate."""
    shared_terms = query.terms & pair.terms
    union = query.terms | pair.terms
    shared_names = _fuzzy_shared(query.names, pair.names)
    return np.array(
        [
            pair.dense_max,
            pair.dense_full,
            pair.dense_max - query.best_dense,
            pair.bm25 / query.best_bm25 if query.best_bm25 > 0 else 0.0,
            math.log1p(pair.bm25),
            len(shared_terms) / len(pair.terms) if pair.terms else 0.0,
            len(shared_terms) / len(union) if union else 0.0,
            len(shared_names) / (len(pair.names) + 1),
            1.0 if shared_names else 0.0,
            _number_agreement(query.numbers, pair.numbers),
        ],
        dtype=np.float32,
    )


def _number_agreement(query: frozenset[str], record: frozenset[str]) -> float:
    """+1 when a number is shared, -1 when both sides give numbers and none is shared, else 0."""
    if not query or not record:
        return 0.0
    return 1.0 if query & record else -1.0


def evidence(query: QuerySignals, pair: PairSignals, best_clause: str | None) -> str:
    """Why a fact-check was matched, in one line: similarity, the clause that matched, shared names/terms."""
    parts = [f"similarity {pair.dense_max:.2f}"]
    if best_clause:
        short = best_clause if len(best_clause) <= 80 else best_clause[:77] + "…"
        parts[0] += f" (clause: “{short}”)"
    names = sorted(_fuzzy_shared(query.names, pair.names))
    if names:
        parts.append("shared names: " + ", ".join(names[:6]))
    terms = sorted((query.terms & pair.terms) - set(names))
    if terms:
        parts.append("shared terms: " + ", ".join(terms[:8]))
    numbers = sorted(query.numbers & pair.numbers)
    if numbers:
        parts.append("same numbers: " + ", ".join(numbers[:4]))
    return "; ".join(parts)


def _fuzzy_shared(query_names: frozenset[str], names: frozenset[str]) -> set[str]:
    """Names of the fact-check also in the query, allowing transliteration drift in the ending.

    "Syria"/"Syrie"/"Syrien" and "Klintsevitch"/"Klinzewitsch" meet: two names of five letters or more
    agree when they share their first four letters; shorter names must be equal.
    """
    shared = set(names & query_names)
    prefixes = {n[:4] for n in query_names if len(n) >= 5}
    shared.update(n for n in names if len(n) >= 5 and n[:4] in prefixes)
    return shared
