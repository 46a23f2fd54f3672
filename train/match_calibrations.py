"""Smoother calibrations of the same-language re-ranker: an experiment on train, not shipped.

Issue #12: the mono model's isotonic map (``match_reranker.calibrate``) gives whole blocks of raw outputs one score, so
the ``possible`` point, chosen above the fit-half sentences allowed a level (``MONO_E5_LEVEL_RATE``), leaves out every
pair on the step it sits on: gold pairs whose raw output is above the last sentence the budget allows, too. A strictly
increasing map of the same raw outputs places the point between the sentences by raw order. This script fits the
shipped recipe (``match_reranker.held_out_levels``) once per calibration of the mono model, each fitted on the
out-of-fold outputs where the script fits isotonic (``CALIBRATIONS``; the cross model's stays isotonic), same cache,
folds and threshold rules, and prints for each: thresholds, out-of-fold train level recall (gated as
``Reranker.score`` gates a dated pair), fit-half sentences levelled, the split-half check, the out-of-fold pair
precision at ``match`` and ``possible``, level recall at budgets of k fit-half sentences, and the paired bootstrap of
its recall against isotonic's (thresholds held). The 2A dev split and the held-out half of the negatives are never
read. The maps are written as ``LinearModel`` calibration points (linear between them), the shipped file's format.

    PYTHONPATH=src .venv/bin/python train/match_calibrations.py --cache FILE [--out JSON] [--resamples N]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from sift.match.rerank import LinearModel

sys.path.insert(0, str(Path(__file__).resolve().parent))
import match_interactions as mi  # (its summary, split-half parity and paired bootstrap)
import match_reranker as mr  # (the recipe under test; train/ is on the path)

#: Logits at which a parametric map (Platt, beta) is written as calibration points: 0.05 apart, so linear
#: interpolation between them stays within 0.001 of the curve where the levels sit.
GRID_LOGITS = np.arange(-12.0, 12.0001, 0.05)
#: Bootstrap resamples of the bagged isotonic map, and the raw quantiles it is written at.
BAGS = 25
BAG_POINTS = 1001
SEED = 40
#: Budgets (fit-half sentences above ``possible``) at which level recall is also reported.
BUDGETS = (0, 1, 2, 3, 5, 10, 20)


def with_points(model: LinearModel, xs: np.ndarray, ys: np.ndarray) -> LinearModel:
    """``model`` with the calibration points ``xs`` -> ``ys`` (rounded as the shipped file is; a raw value that
    rounds onto the one before is dropped, so the points stay strictly increasing)."""
    xs, ys = np.round(np.asarray(xs, dtype=float), 6), np.round(np.clip(np.asarray(ys, dtype=float), 0.0, 1.0), 6)
    keep = np.r_[True, np.diff(xs) > 0]
    ys = np.maximum.accumulate(ys[keep])
    return dataclasses.replace(
        model,
        calibration_raw=tuple(float(v) for v in xs[keep]),
        calibration_prob=tuple(float(v) for v in ys),
    )


def _logit(raw: np.ndarray) -> np.ndarray:
    clipped = np.clip(raw, 1e-9, 1.0 - 1e-9)
    return np.log(clipped / (1.0 - clipped))


def _grid() -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-GRID_LOGITS))


def isotonic_midpoints(model: LinearModel, raw: np.ndarray, labels: np.ndarray) -> LinearModel:
    """Isotonic, read at the middle of each block's raw range and linear between (centred isotonic): its plateaus
    become slopes, the tails stay flat."""
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip", increasing=True).fit(raw, labels)
    xs, ys = np.asarray(iso.X_thresholds_), np.asarray(iso.y_thresholds_)
    starts = np.flatnonzero(np.r_[True, np.diff(ys) != 0])
    ends = np.r_[starts[1:], len(ys)] - 1
    mids = (xs[starts] + xs[ends]) / 2.0
    return with_points(model, np.r_[xs[0], mids, xs[-1]], np.r_[ys[0], ys[starts], ys[-1]])


def platt(model: LinearModel, raw: np.ndarray, labels: np.ndarray) -> LinearModel:
    """A logistic map of the raw logit (Platt scaling), unregularised."""
    fitted = LogisticRegression(C=1e6, max_iter=1000).fit(_logit(raw)[:, None], labels)
    grid = _grid()
    return with_points(model, grid, fitted.predict_proba(_logit(grid)[:, None])[:, 1])


def beta(model: LinearModel, raw: np.ndarray, labels: np.ndarray) -> LinearModel:
    """Beta calibration (Kull et al. 2017): a logistic map of ``ln s`` and ``-ln(1 - s)``; a term whose coefficient
    comes out negative is dropped and the map refitted, so it stays increasing (both negative: the labels do not
    rise with the output, and the map is flat at their mean)."""

    def columns(values: np.ndarray, kept: list[int]) -> np.ndarray:
        clipped = np.clip(values, 1e-9, 1.0 - 1e-9)
        return np.column_stack([np.log(clipped), -np.log(1.0 - clipped)])[:, kept]

    kept = [0, 1]
    fitted = LogisticRegression(C=1e6, max_iter=1000).fit(columns(raw, kept), labels)
    if np.any(fitted.coef_[0] < 0):
        kept = [int(np.argmax(fitted.coef_[0]))]
        fitted = LogisticRegression(C=1e6, max_iter=1000).fit(columns(raw, kept), labels)
    grid = _grid()
    if fitted.coef_[0][0] < 0:
        return with_points(model, grid, np.full(len(grid), float(np.mean(labels))))
    return with_points(model, grid, fitted.predict_proba(columns(grid, kept))[:, 1])


def bagged_isotonic(model: LinearModel, raw: np.ndarray, labels: np.ndarray) -> LinearModel:
    """The mean of ``BAGS`` isotonic maps fitted on bootstrap resamples of the pairs, read at ``BAG_POINTS`` raw
    quantiles and linear between: more, smaller steps."""
    rng = np.random.default_rng(SEED)
    xs = np.unique(np.quantile(raw, np.linspace(0.0, 1.0, BAG_POINTS)))
    total = np.zeros(len(xs))
    for _ in range(BAGS):
        pick = rng.integers(0, len(raw), len(raw))
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip", increasing=True)
        total += iso.fit(raw[pick], labels[pick]).predict(xs)
    return with_points(model, xs, total / BAGS)


#: The maps compared, isotonic (the shipped one) first: the bootstrap compares each with it.
CALIBRATIONS: dict[str, Callable[[LinearModel, np.ndarray, np.ndarray], LinearModel]] = {
    "isotonic": mr.calibrate,
    "isotonic_midpoints": isotonic_midpoints,
    "platt": platt,
    "beta": beta,
    "bagged_isotonic": bagged_isotonic,
}


def precision_at(levels: mr.HeldOutLevels, labels: np.ndarray, point: float) -> float | None:
    """Out-of-fold precision of the train pairs (gated) at or above ``point``."""
    above = levels.gated >= point
    return round(float(labels[above].mean()), 4) if above.any() else None


def budget_curve(levels: mr.HeldOutLevels, labels: np.ndarray, groups: np.ndarray) -> dict[str, float]:
    """Gated level recall with ``possible`` just above the k-th best fit-half sentence (and at least the 75 %
    precision point), the date gate held."""
    ordered = np.sort(levels.top)[::-1]
    curve = {}
    for k in BUDGETS:
        point = max(levels.by_precision[1], float(ordered[k]) + 1e-4)
        curve[str(k)] = round(mr.train_level_recall(levels.gated, labels, groups, point), 4)
    return curve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mi.cache_arguments(parser)
    args = parser.parse_args(argv)
    features, labels, groups, claims, negatives = mi.read_mono_cache(parser, args.cache)
    features, negatives = mr.with_mono_leads(features, labels, groups, claims, negatives)
    parity = mi.page_parity(negatives)
    figures: dict[str, dict] = {}
    for name, calibration in CALIBRATIONS.items():
        levels = mr.held_out_levels(features, labels, groups, negatives, mono_calibration=calibration)
        figures[name] = mi.summary(levels, labels, groups, parity)
        figures[name]["points"] = len(levels.mono.calibration_raw)
        figures[name]["precision_at_match_possible"] = [
            precision_at(levels, labels, levels.match),
            precision_at(levels, labels, levels.possible),
        ]
        figures[name]["budget_curve_gated"] = budget_curve(levels, labels, groups)
        print(name, json.dumps({k: v for k, v in figures[name].items() if k != "flags"}), flush=True)
    shipped = figures["isotonic"]["flags"]["gated"]
    for name in CALIBRATIONS:
        flags = figures[name].pop("flags")["gated"]
        if name != "isotonic":
            figures[name]["bootstrap_gated"] = mi.paired_bootstrap(shipped, flags, args.resamples)
    mi.write_figures(figures, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
