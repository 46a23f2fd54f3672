"""Pairwise products of content features in the same-language re-ranker: an experiment on train, not shipped.

Issue #12: 2A dev level recall is 0.769 against 0.85 while MAP@5 is 0.967, so the gold fact-check is found but its
calibrated score stays under ``possible``, which the fit half's page sentences set (at most ``MONO_E5_LEVEL_RATE`` of
them with a level). The levels40 session read 40 train queries whose gold gets no level, out of fold (SOURCE-match.md,
"Why gold pairs miss a level, read"): the sentences that set ``possible`` are short and topical with one strong signal
(e5, BM25-best), the missed gold are long tweets whose signals are all moderately low. A logistic model adds its
signals up; products of them let it ask for several at once, or read a cosine against the sentence's length.

This script fits the shipped recipe (``match_reranker.held_out_levels``) and the same recipe whose mono model also
reads the pairwise products of ``PAIRED`` (28 columns; e5 floored at ``E5_UNSEEN`` as the model reads it), in one run
on one ``--cache`` (``train/match_reranker.py --only mono --cache FILE`` writes one), same folds, calibration and
threshold rules, and prints for each: thresholds, out-of-fold train level recall (gated as ``Reranker.score`` gates a
dated pair, undated, dated), fit-half sentences levelled, and the split-half check (``possible`` chosen on the fit-half
pages of one parity, the other parity's sentences levelled, both ways summed); then the paired bootstrap over train
queries of the recall difference (thresholds held; ``--resamples``). The 2A dev split and the held-out half of the
negatives are never read. The product columns are not in ``sift.match.signals.FEATURES``: the run widens the column
layout ``sift.match.rerank`` reads (``widened_layout``) for its own process only.

    PYTHONPATH=src .venv/bin/python train/match_interactions.py --cache FILE [--out JSON] [--resamples N]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

import sift.match.rerank as rerank
from sift.match.e5 import E5_UNSEEN
from sift.match.signals import FEATURES

sys.path.insert(0, str(Path(__file__).resolve().parent))
import match_reranker as mr  # the recipe under test (train/ is on the path)

#: The 7 non-date features with the largest |coef| in the shipped mono model (2026-12-05), and e5, the signal the
#: fit-half sentences that set ``possible`` lead with. Fixed before the run (SOURCE-match.md states the bar).
PAIRED = ("char_gap", "dense_gap", "query_terms_log", "bm25_rel", "shared_plain_log", "bm25_log", "term_cover", "e5")
RESAMPLES = 2000
SEED = 40


def products(rows: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """The names and columns of every pairwise product of ``PAIRED`` for rows laid out as ``FEATURES``."""
    columns = {name: rows[:, FEATURES.index(name)] for name in PAIRED}
    columns["e5"] = np.maximum(columns["e5"], E5_UNSEEN)
    pairs = [(a, b) for i, a in enumerate(PAIRED) for b in PAIRED[i + 1 :]]
    names = tuple(f"{a}*{b}" for a, b in pairs)
    return names, np.column_stack([columns[a] * columns[b] for a, b in pairs]).astype(rows.dtype)


@contextlib.contextmanager
def widened_layout(extra: tuple[str, ...]) -> Iterator[None]:
    """``sift.match.rerank`` reading rows laid out as ``FEATURES`` then ``extra``, for the duration of the block."""
    kept = rerank.FEATURES
    rerank.FEATURES = (*kept, *extra)
    rerank._indices.cache_clear()
    try:
        yield
    finally:
        rerank.FEATURES = kept
        rerank._indices.cache_clear()


def page_parity(negatives: mr.PageNegatives) -> np.ndarray:
    """0 or 1 per fit-half sentence: the parity of its page's number (the split-half check's halves)."""
    parity = np.zeros(negatives.sentences, dtype=np.int64)
    parity[negatives.sentence] = mr.page_groups(negatives) % 2
    return parity


def summary(levels: mr.HeldOutLevels, labels: np.ndarray, groups: np.ndarray, parity: np.ndarray) -> dict:
    """The figures the script prints for one recipe, and its per-query levelled flags (``flags``)."""
    flags = {"gated": mr.levelled_queries(levels.gated, labels, groups, levels.possible)}
    points, other = mr.split_half_levels(levels.top, parity, mr.level_rate(), levels.by_precision[1])
    return {
        "possible": levels.possible,
        "match": levels.match,
        "date_gate": levels.date_gate,
        "level_recall_gated": round(float(flags["gated"].mean()), 4),
        "level_recall_dated_mono_cross": [round(r, 4) for r in levels.recall],
        "fit_half_levelled": int(np.sum(levels.top >= levels.possible)),
        "fit_half_same_day_level_rate": round(levels.dated_rate, 6),
        "split_half_points": [round(p, 4) for p in points],
        "split_half_other_levelled": other,
        "flags": flags,
    }


def paired_bootstrap(before: np.ndarray, after: np.ndarray, resamples: int) -> dict:
    """The difference of two recipes' level recall over the same queries, with a 95 % percentile interval."""
    diff = after.astype(float) - before.astype(float)
    rng = np.random.default_rng(SEED)
    means = np.array([diff[rng.integers(0, len(diff), len(diff))].mean() for _ in range(resamples)])
    low, high = np.quantile(means, [0.025, 0.975])
    gained, lost = int(np.sum(diff > 0)), int(np.sum(diff < 0))
    interval = [round(float(low), 4), round(float(high), 4)]
    return {"diff": round(float(diff.mean()), 4), "ci95": interval, "gained": gained, "lost": lost}


def write_figures(figures: dict, out: Path | None) -> None:
    """Print the figures as JSON, and write them to ``out`` when given (train/match_calibrations.py too)."""
    print(json.dumps(figures, indent=1))
    if out is not None:
        out.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


def cache_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments every experiment on a mono cache takes (this script, match_calibrations, match_relative,
    match_fields)."""
    parser.add_argument("--cache", type=Path, required=True, help="a train/match_reranker.py --only mono --cache file")
    parser.add_argument("--out", type=Path, default=None, help="write the figures here (JSON)")
    parser.add_argument("--resamples", type=int, default=RESAMPLES)


def read_mono_cache(parser: argparse.ArgumentParser, path: Path) -> tuple:
    """``match_reranker.read_cache`` of a mono cache, refused with a clear message when it lacks what the leads read
    (the same-language e5 cosines, the claim groups)."""
    saved = np.load(path)
    if not bool(saved.get("mono_e5_collected", False)):
        parser.error(f"{path} has no same-language e5 cosines; collect it with train/match_reranker.py")
    features, labels, groups, claims, negatives = mr.read_cache(saved)
    if claims is None or negatives.claims is None:
        parser.error(f"{path} has no claim groups (the leads read them); collect it again")
    return features, labels, groups, claims, negatives


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cache_arguments(parser)
    args = parser.parse_args(argv)
    features, labels, groups, claims, negatives = read_mono_cache(parser, args.cache)
    features, negatives = mr.with_mono_leads(features, labels, groups, claims, negatives)
    parity = page_parity(negatives)
    shipped = summary(mr.held_out_levels(features, labels, groups, negatives), labels, groups, parity)
    names, columns = products(features)
    wide = dataclasses.replace(negatives, features=np.hstack([negatives.features, products(negatives.features)[1]]))
    with widened_layout(names):
        levels = mr.held_out_levels(np.hstack([features, columns]), labels, groups, wide, (*mr.mono_features(), *names))
        paired = summary(levels, labels, groups, parity)
    figures = {"shipped": shipped, "products": paired, "paired": PAIRED}
    figures["bootstrap_gated"] = paired_bootstrap(shipped["flags"]["gated"], paired["flags"]["gated"], args.resamples)
    for recipe in (shipped, paired):
        recipe.pop("flags")
    write_figures(figures, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
