"""Features of a (query, fact-check) pair for the re-ranker, and the human-readable evidence behind them."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from sift.lexicon.fold import fold
from sift.match.analysis import CharGrams, char_grams
from sift.match.e5 import E5_UNSEEN

__all__ = [
    "CROSS_FEATURES",
    "DATE_FEATURES",
    "E5_FEATURES",
    "FEATURES",
    "MONO_FEATURES",
    "SENTENCE_FEATURES",
    "PairSignals",
    "QuerySignals",
    "claim_numbers",
    "e5_lead",
    "evidence",
    "feature_matrix",
]

#: How far apart the claim and the fact-check are in time (language-independent).
DATE_FEATURES = (
    "date_known",  # 1 when both the query (a tweet byline) and the fact-check are dated
    "date_log_gap",  # log(1 + days between them) when both are dated
    "date_month",  # 1 when they are at most 31 days apart
    "date_year",  # 1 when they are at most 365 days apart
    "date_before",  # 1 when the fact-check is older than the query by more than 31 days
)
#: How much of the *sentence* the fact-check accounts for (same-language only: they count words). A short generic
#: page sentence sharing one topic name with a short Snopes claim is what false levels look like (SOURCE-match.md).
SENTENCE_FEATURES = (
    "query_terms_log",  # log(1 + the query's content terms): short sentences say little a fact-check can cover
    "query_left",  # share of the query's content terms the fact-check does not hold (what it leaves unexplained)
    "shared_plain_log",  # log(1 + shared content terms that are not names): the predicate, not only the topic
    "name_only",  # 1 when names are shared but no other content term is
)
#: Every feature, in column order (train/match_reranker.py's --cache files keep this layout).
FEATURES = (
    "dense_max",  # best cosine over query variants (sentence, clauses) x (claim, title)
    "dense_full",  # cosine of the whole query with the claim or title
    "dense_claim",  # best cosine of any query variant with the claim alone
    "dense_title",  # best cosine of any query variant with the title alone (claim again when no title)
    "dense_gap",  # dense_max minus the best dense_max among this query's candidates (<= 0)
    "dense_rrank",  # 1 / (1 + rank by dense_max among the distinct claims of this query's candidates)
    "bm25_rel",  # BM25 score over the best BM25 score among this query's candidates
    "bm25_log",  # log(1 + BM25 score)
    "bm25_rrank",  # 1 / (1 + rank by BM25 among the distinct claims of this query's candidates)
    "term_cover",  # share of the fact-check's content terms (stemmed lemmas) found in the query
    "term_jacc",  # Jaccard of query and fact-check content terms
    "name_cover",  # shared names / (fact-check's names + 1): one lone generic name ("Syria") is weak
    "name_any",  # 1 when at least one name is shared
    "num_agree",  # +1 a number is shared, -1 both have numbers and none is shared, 0 otherwise
    "char_cos",  # cosine of character 3-5-gram counts (spelling-tolerant overlap, handles and compounds)
    "char_gap",  # char_cos minus the best char_cos among this query's candidates (<= 0)
    "char_rrank",  # 1 / (1 + rank by char_cos among the distinct claims of this query's candidates)
    *DATE_FEATURES,
    "e5",  # multilingual e5 cosine of sentence and claim, for chosen pairs (sift.match.e5; else E5_UNSEEN)
    *SENTENCE_FEATURES,
    "e5_lead",  # how far a pair's e5 stands above E5_UNSEEN and the query's other claims' (>= 0; e5_lead), per model
)
#: Ranks among the query's candidates. They are ranks among distinct claims: a store often holds a dozen checks of one
#: viral claim (the seed's Albu Kamal debunks), and ranked one by one every one but the first read as a runner-up;
#: fact-checks of one claim (``PairSignals.claim_group``) share the rank of their best member.
RANK_FEATURES = ("dense_rrank", "bm25_rrank", "char_rrank")
#: The columns a model lists only when it reads e5 (train/match_reranker.py's ``MONO_E5``, ``MONO_E5_LEAD``).
E5_FEATURES = ("e5", "e5_lead")
#: Features of the same-language model but the e5 ones, which a model lists besides them when it reads them.
MONO_FEATURES = tuple(name for name in FEATURES if name not in E5_FEATURES)
#: Features of the cross-language model: those that still mean something across languages (word-level ones do not:
#: "photos" is not "Fotos"). It keeps the dense rank, its one relative signal besides the gap: without it
#: cross-language level recall (bench/match_levels.py, fr/de/es dev) fell from 0.375 to 0.198 at the same rate of
#: levelled negatives. Character 3-5-grams survive translation where words do not (names, figures, cognates:
#: "Guantánamo", "Kardashian", "épilepsie"/"epilepsy"): fitted on hand-translated train tweets (train/data/
#: crosslingual-train.jsonl) they raised the out-of-fold share of translations whose gold no fit-half negative
#: sentence outscores from 0.201 to 0.269 (a /tmp run on train features; SOURCE-match.md, "Cross model").
CROSS_FEATURES = (
    "dense_max",
    "dense_full",
    "dense_claim",
    "dense_title",
    "dense_gap",
    "dense_rrank",
    "name_cover",
    "name_any",
    "num_agree",
    "char_cos",
    "char_gap",
    "char_rrank",
    *DATE_FEATURES,
)


#: Each feature's column, and the date features' columns (:func:`feature_matrix` fills them by name).
_COLUMN = {name: i for i, name in enumerate(FEATURES)}
_DATE_COLUMNS = [_COLUMN[name] for name in DATE_FEATURES]


@dataclass(frozen=True, slots=True)
class QuerySignals:
    """What is computed once per query."""

    terms: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    #: character 3-5-gram counts of the query text
    grams: CharGrams = field(default_factory=lambda: char_grams(""))
    #: when the claim was made, if the text says so (an embedded tweet's byline)
    date: dt.date | None = None
    #: how each term was written in the query (stems are not for reading)
    words: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PairSignals:
    """What is computed per candidate fact-check."""

    terms: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    char_cos: float
    date: dt.date | None
    dense_full: float
    dense_claim: float
    dense_title: float
    bm25: float
    #: candidates of one query with the same number check the same claim (near-identical claim vectors, see
    #: ``sift.match.matcher.DUPLICATE_CLAIM_COSINE``) and share their ranks; -1: a claim of its own
    claim_group: int = -1
    #: multilingual e5 cosine of the query and the claim, where computed (``sift.match.e5.e5_rows``)
    e5: float = E5_UNSEEN
    #: ``e5_lead`` of the pair among the query's same-language candidates, where the matcher computed e5 (else 0)
    e5_lead: float = 0.0

    @property
    def dense_max(self) -> float:
        """Best cosine of any query variant with the claim or the title."""
        return max(self.dense_claim, self.dense_title)


def feature_matrix(query: QuerySignals, pairs: Sequence[PairSignals]) -> np.ndarray:
    """Rows of :data:`FEATURES`, one per candidate; relative features compare the candidates given.

    Built column by column (a query has tens of candidates): the set comparisons per pair in Python, the arithmetic
    on whole columns in float64, then one cast to float32. Each value is the one a row of Python floats would give
    (IEEE operations; logarithms through ``math.log1p``, as numpy's may differ in the last bit).
    """
    if not pairs:
        return np.zeros((0, len(FEATURES)), dtype=np.float32)
    dense_claim = np.array([p.dense_claim for p in pairs])
    dense_title = np.array([p.dense_title for p in pairs])
    dense = np.maximum(dense_claim, dense_title)  # PairSignals.dense_max
    bm25_values = [p.bm25 for p in pairs]
    bm25 = np.array(bm25_values)
    chars = np.array([p.char_cos for p in pairs])
    groups = claim_numbers(pairs)
    dense_rank, bm25_rank, char_rank = _ranks(dense, groups), _ranks(bm25, groups), _ranks(chars, groups)
    best_bm25 = float(bm25.max())
    # what depends on the query alone, once per call (a query has tens of candidates): the prefixes its long names
    # share (_fuzzy_shared), its terms written as one of its names, its size
    prefixes = _name_prefixes(query.names)
    named = frozenset(term for term in query.terms if fold(query.words.get(term, term)) in query.names)
    n_terms = len(query.terms)
    # per pair: shared terms, the pair's terms, the union's size, shared names, the pair's names, shared non-names
    counts = []
    agreement = []
    for pair in pairs:
        shared_terms = query.terms & pair.terms
        n_shared, n_pair = len(shared_terms), len(pair.terms)
        shared_names = _fuzzy_shared(query.names, pair.names, prefixes) if query.names else ()
        counts.append(
            (
                n_shared,
                n_pair,
                n_terms + n_pair - n_shared,  # len(query.terms | pair.terms)
                len(shared_names),
                len(pair.names),
                n_shared - len(shared_terms & named) if named else n_shared,
            )
        )
        agreement.append(_number_agreement(query.numbers, pair.numbers))
    n_shared, n_pair, union, n_names, pair_names, plain = np.array(counts, dtype=np.float64).T
    with np.errstate(divide="ignore", invalid="ignore"):  # the quotients of zero counts are replaced by np.where
        values = {
            "dense_max": dense,
            "dense_full": [p.dense_full for p in pairs],
            "dense_claim": dense_claim,
            "dense_title": dense_title,
            "dense_gap": dense - dense.max(),
            "dense_rrank": 1.0 / (1.0 + dense_rank),
            "bm25_rel": bm25 / best_bm25 if best_bm25 > 0 else 0.0,
            "bm25_log": [math.log1p(value) for value in bm25_values],
            "bm25_rrank": np.where(bm25 > 0, 1.0 / (1.0 + bm25_rank), 0.0),
            "term_cover": np.where(n_pair > 0, n_shared / n_pair, 0.0),
            "term_jacc": np.where(union > 0, n_shared / union, 0.0),
            "name_cover": n_names / (pair_names + 1),
            "name_any": n_names > 0,
            "num_agree": agreement,
            "char_cos": chars,
            "char_gap": chars - chars.max(),
            "char_rrank": 1.0 / (1.0 + char_rank),
            "e5": [p.e5 for p in pairs],
            # SENTENCE_FEATURES: the query's size, what the fact-check leaves of it, shared non-names
            "query_terms_log": math.log1p(n_terms),
            "query_left": 1.0 - n_shared / n_terms if n_terms else 1.0,
            "shared_plain_log": [math.log1p(value) for value in plain.tolist()],
            "name_only": (n_names > 0) & (plain == 0),
            "e5_lead": [p.e5_lead for p in pairs],
        }
    columns = np.zeros((len(pairs), len(FEATURES)), dtype=np.float64)  # a feature nobody fills reads 0, not garbage
    for name, column in values.items():
        columns[:, _COLUMN[name]] = column
    # an undated query gives every pair zeros (_date_features)
    columns[:, _DATE_COLUMNS] = 0.0 if query.date is None else [_date_features(query.date, p.date) for p in pairs]
    return columns.astype(np.float32)


def e5_lead(cosines: np.ndarray, among: np.ndarray, claims: np.ndarray, seen: np.ndarray | None = None) -> np.ndarray:
    """Per pair of ``among`` (a query's same-language candidates), how far its e5 cosine stands above both
    :data:`~sift.match.e5.E5_UNSEEN` and the best cosine among the pairs of ``among`` that check another claim
    (``claims``: a claim-group number per pair, as the ranks read them); 0 when it does not, and for the other pairs.
    A page sentence on one topic ("Quick access to Siri by saying 'Hey Siri'") reads high e5 cosines with fact-checks
    of several claims; a claim a fact-check checks stands out from the others, however many checks of it the store
    holds (the seed's Albu Kamal debunks read 0.825-0.849 with its first claim).

    ``seen`` (the cross model's reading, cross3 session): the pairs whose cosine was computed. A lead then needs a
    rival: when the computed pairs of ``among`` all check one claim, every lead is 0 (a lone cosine stands above
    nothing but the neutral value, and junk sentences read high e5 cosines with anything: "Sonntag, 06. Februar
    2022" 0.83 with a Snopes claim)."""
    lead = np.zeros(len(cosines), dtype=np.float32)
    rows = np.flatnonzero(among)
    if not len(rows):
        return lead
    if seen is not None and len(np.unique(np.asarray(claims)[np.flatnonzero(among & seen)])) < 2:
        return lead
    values, groups = np.asarray(cosines, dtype=np.float64)[rows], np.asarray(claims)[rows]
    top = int(np.argmax(values))
    others = groups != groups[top]
    outside = float(values[others].max()) if others.any() else -np.inf
    # the best pair of another claim: the best of all for a pair outside the top pair's claim, else the best outside
    other = np.where(others, values[top], outside)
    lead[rows] = np.maximum(values - np.maximum(other, E5_UNSEEN), 0.0)
    return lead


def claim_numbers(pairs: Sequence[PairSignals]) -> np.ndarray:
    """One group number per pair: its ``claim_group``, or a number of its own when it has none."""
    groups = np.array([p.claim_group for p in pairs], dtype=np.int64)
    alone = groups < 0
    groups[alone] = groups.max(initial=0) + 1 + np.arange(int(alone.sum()))
    return groups


def _ranks(values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Rank of each candidate among distinct claims: 0 when its group's best value is the highest, and so on.

    A store often holds several fact-checks of one viral claim (the sample: a dozen Albu Kamal debunks, in
    five languages). Ranked one by one, every one of them but the first reads as a runner-up and the
    re-ranker learns to doubt it; ranked as one claim, they share the rank of their best member, which is
    what "the best candidate of the pool" means to a reader. Distinct claims with equal values share a rank.
    """
    best = np.full(int(groups.max()) + 1, -np.inf)
    np.maximum.at(best, groups, values)
    present = np.zeros(len(best), dtype=bool)
    present[groups] = True  # the groups, as np.unique gives them (which imports numpy.ma: 0.02-0.05 s of a cold check)
    tops = np.sort(best[present])
    # groups whose best beats this candidate's group's best
    return len(tops) - np.searchsorted(tops, best[groups], side="right")


def _date_features(query: dt.date | None, record: dt.date | None) -> tuple[float, ...]:
    """:data:`DATE_FEATURES`: how far apart the claim and the fact-check are, all zeros when either is undated.

    Rumours are checked within weeks of going round: on the train split the gap alone lifts the
    re-ranker's cross-validated MAP@5 from 0.88 to 0.92 (/tmp/matchq/exp4.py).
    """
    if query is None or record is None:
        return (0.0, 0.0, 0.0, 0.0, 0.0)
    gap = (record - query).days
    return (1.0, math.log1p(abs(gap)), float(abs(gap) <= 31), float(abs(gap) <= 365), float(gap < -31))


def _number_agreement(query: frozenset[str], record: frozenset[str]) -> float:
    """+1 when a number is shared, -1 when both sides give numbers and none is shared, else 0."""
    if not query or not record:
        return 0.0
    return 1.0 if query & record else -1.0


def evidence(query: QuerySignals, pair: PairSignals, best_clause: str | None) -> str:
    """Why a fact-check was matched, in one line: similarity, the clause that matched, shared names/terms, dates."""
    parts = [f"similarity {pair.dense_max:.2f}"]
    if best_clause:
        short = best_clause if len(best_clause) <= 80 else best_clause[:77] + "…"
        parts[0] += f" (clause: “{short}”)"
    names = sorted(_fuzzy_shared(query.names, pair.names))
    if names:
        parts.append("shared names: " + ", ".join(names[:6]))
    terms = sorted({query.words.get(term, term) for term in query.terms & pair.terms} - set(names))
    if terms:
        parts.append("shared terms: " + ", ".join(terms[:8]))
    numbers = sorted(query.numbers & pair.numbers)
    if numbers:
        parts.append("same numbers: " + ", ".join(numbers[:4]))
    if query.date is not None and pair.date is not None:
        parts.append(_date_gap(query.date, pair.date))
    return "; ".join(parts)


def _date_gap(claim: dt.date, factcheck: dt.date) -> str:
    """The date signal in words, since it moves scores a lot: "fact-check 1 day after the claim"."""
    days = (factcheck - claim).days
    if days == 0:
        return "fact-check dated the same day as the claim"
    unit = "day" if abs(days) == 1 else "days"
    return f"fact-check {abs(days)} {unit} {'after' if days > 0 else 'before'} the claim"


def _fuzzy_shared(
    query_names: frozenset[str], names: frozenset[str], prefixes: frozenset[str] | None = None
) -> set[str]:
    """Names of the fact-check also in the query, allowing transliteration drift in the ending.

    "Syria"/"Syrie"/"Syrien" and "Klintsevitch"/"Klinzewitsch" meet: two names of five letters or more
    agree when they share their first four letters; shorter names must be equal. ``prefixes``: the query's
    :func:`_name_prefixes`, when the caller has them.
    """
    if prefixes is None:
        prefixes = _name_prefixes(query_names)
    if not prefixes:
        return set(names & query_names)
    return {n for n in names if n in query_names or (len(n) >= 5 and n[:4] in prefixes)}


def _name_prefixes(query_names: frozenset[str]) -> frozenset[str]:
    """The first four letters of the query's names of five letters or more (what :func:`_fuzzy_shared` compares)."""
    return frozenset(n[:4] for n in query_names if len(n) >= 5)
