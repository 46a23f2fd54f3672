"""Cross-validated F1 of the check-worthiness sentence recipe, per language, on train + dev (never dev-test).

    python train/checkworthy_cv.py [--folds 5] [--cache DIR] [--out bench/results/checkworthy-cv.json]

For each language with a train file (en, nl, ar), its train and dev sentences are pooled and split into
``--folds`` folds; every fold is scored by heads fitted as ``train/checkworthy.py`` fits them (the multilingual
head also sees the other languages' train files) on the other folds. A fold's threshold is chosen on the
out-of-fold scores of the other folds only, so each fold's F1 is measured at a threshold it did not choose;
the figure is the mean and standard deviation over folds.

English dev shares its debates with train (ids interleave), so English folds are groups of 2,000 consecutive
sentence ids (a debate stays within one block, mostly): a fold is scored by a model that has not read its
debates. Dutch and Arabic folds keep a tweet with its augmented copy.

``--clean`` adds the same cross-validation with the training folds cleaned of likely label noise: rows whose
first-pass out-of-fold probability contradicts their label by more than ``NOISE_MARGIN`` (a "Yes" scored under
0.5 - margin or a "No" over 0.5 + margin; the heads are class-balanced) are dropped from the training folds
only, and the held-out fold is scored in full. (The first pass's fold models saw the held-out fold; the leak
only chooses which training rows to drop.)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import checkworthy as recipe
from sift.claims.data import available_languages, read_split
from sift.claims.model import CheckworthyModel
from sift.encoders import DEFAULT_ENCODER

ROOT = Path(__file__).resolve().parents[1]
# Consecutive English sentence ids per group: debates are a few hundred to a thousand sentences long.
EN_ID_BLOCK = 2000
NOISE_MARGIN = 0.3


def pooled_rows(encoder: str, data: Path, lang: str, cache: Path | None) -> tuple[recipe.TrainingSet, np.ndarray]:
    """A language's train and dev sentences (with augmented copies) and each row's CV group."""
    parts = []
    groups = []
    offset = 0
    for split_name in ("train", "dev"):
        split = read_split(data, lang, split_name)
        rows = recipe._augmented_set(encoder, split, cache)
        if lang == "en":
            ids = np.asarray([float(value) for value in split.ids])
            groups.append((ids[rows.origin] // EN_ID_BLOCK).astype(int))
        else:
            groups.append(rows.origin + offset)
        rows.origin = rows.origin + offset
        offset = int(rows.origin.max()) + 1
        parts.append(rows)
    return parts[0].concat(parts[1]), np.concatenate(groups)


def out_of_fold(
    encoder: str,
    sets: dict[str, recipe.TrainingSet],
    lang: str,
    rows: recipe.TrainingSet,
    folds: list[np.ndarray],
    drop: np.ndarray | None = None,
) -> np.ndarray:
    """Raw out-of-fold scores of ``rows``; ``drop`` marks rows never used for training."""
    scores = np.zeros(len(rows.labels))
    for held in folds:
        fit = ~held if drop is None else ~held & ~drop
        heads = recipe.fit_heads({**sets, lang: rows.subset(fit)}, own_heads=(lang,))
        part = rows.subset(held)
        model = CheckworthyModel(encoder, 0.5, heads)
        scores[held] = model.raw_score(part.inputs(), [lang] * len(part.texts))
    return scores


def fold_f1s(scores: np.ndarray, labels: np.ndarray, folds: list[np.ndarray], originals: np.ndarray) -> list[float]:
    """F1 of each fold's original (not augmented) rows at the threshold best on the other folds' scores."""
    values = []
    for held in folds:
        threshold = recipe._best_threshold(scores[~held], labels[~held])
        test = held & originals
        values.append(float(recipe._f1_at(scores[test], labels[test], np.array([threshold]))[0]))
    return values


def summary(values: list[float], scores: np.ndarray, labels: np.ndarray) -> dict[str, object]:
    return {
        "f1_mean": round(float(np.mean(values)), 4),
        "f1_sd": round(float(np.std(values)), 4),
        "f1_folds": [round(value, 4) for value in values],
        "threshold_on_all_folds": recipe._best_threshold(scores, labels),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=recipe.DEFAULT_DATA)
    parser.add_argument("--encoder", default=DEFAULT_ENCODER)
    parser.add_argument("--cache", type=Path, default=None, help="embedding cache folder (optional)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--langs", nargs="*", default=None)
    parser.add_argument("--clean", action="store_true", help="also cross-validate with noisy training rows dropped")
    parser.add_argument("--noise-margin", type=float, default=NOISE_MARGIN, help="how far past 0.5 is noise")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "checkworthy-cv.json")
    args = parser.parse_args()
    started = time.perf_counter()
    data = args.data.resolve()
    langs = [lang for lang in available_languages(data, "train") if args.langs is None or lang in args.langs]
    sets = {
        lang: recipe._augmented_set(args.encoder, read_split(data, lang, "train"), args.cache)
        for lang in available_languages(data, "train")
    }
    result: dict[str, object] = {"folds": args.folds, "data": "train + dev (dev-test not read)", "languages": {}}
    for lang in langs:
        rows, groups = pooled_rows(args.encoder, data, lang, args.cache)
        originals = np.ones(len(rows.labels), dtype=bool)
        if lang in recipe.AUGMENT:
            # Augmented copies follow their originals within each split: the first half of each part.
            train_size = len(read_split(data, lang, "train").texts)
            dev_size = len(read_split(data, lang, "dev").texts)
            originals[:] = False
            originals[:train_size] = True
            originals[2 * train_size : 2 * train_size + dev_size] = True
        splitter = StratifiedGroupKFold(args.folds, shuffle=True, random_state=recipe.SEED)
        folds = []
        for _, held in splitter.split(rows.labels, rows.labels, groups):
            mask = np.zeros(len(rows.labels), dtype=bool)
            mask[held] = True
            folds.append(mask)
        scores = out_of_fold(args.encoder, sets, lang, rows, folds)
        entry: dict[str, object] = {
            "sentences": int(originals.sum()),
            "positive_rate": round(float(rows.labels[originals].mean()), 4),
            "recipe": summary(fold_f1s(scores, rows.labels, folds, originals), scores, rows.labels),
        }
        print(f"{lang}: recipe CV F1 {entry['recipe']}", flush=True)
        if args.clean:
            margin = args.noise_margin
            noisy = np.where(rows.labels, scores < 0.5 - margin, scores > 0.5 + margin)
            cleaned = out_of_fold(args.encoder, sets, lang, rows, folds, drop=noisy)
            entry["cleaned"] = {
                **summary(fold_f1s(cleaned, rows.labels, folds, originals), cleaned, rows.labels),
                "kept": round(float(1 - noisy.mean()), 4),
                "noise_margin": margin,
            }
            print(f"{lang}: cleaned CV F1 {entry['cleaned']}", flush=True)
        result["languages"][lang] = entry  # type: ignore[index]
    result["seconds"] = round(time.perf_counter() - started)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    print(f"checkworthy CV -> {args.out}")


if __name__ == "__main__":
    main()
