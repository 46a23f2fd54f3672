"""Fact-check import and export throughput on a generated DataCommons-shaped ClaimReview feed.

Usage: python bench/store_import.py [--records 100000] [--memory-records 10000] [--out bench/results/store_import.json]
Measures, on SQLite in a temporary folder: ``import_path`` on the DataFeed (streamed with ijson, validated,
verdicts normalised), ``import_path`` on the same records as JSONL, and the ClaimReview export.
Baseline measured in the same run: ``json.load`` of the whole feed plus one bare ``executemany`` of the raw
fields (no validation, no dedup, no streaming): the floor a naive importer would reach, at what memory cost.
Peak traced memory (tracemalloc) is taken on ``--memory-records`` records, since tracing slows Python ~5x.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sift.factchecks.export import write_factchecks  # noqa: E402
from sift.store import open_store  # noqa: E402
from sift.store.imports import import_path  # noqa: E402

RATINGS = ["False", "Faux", "Falsch", "Mostly false", "Misleading", "Half true", "Engañoso", "True", "Unproven"]
LANGUAGES = ["en", "fr", "de", "en", "en", "en", "es", "en", "en"]


def write_feed(path: Path, count: int) -> None:
    """A DataFeed of ``count`` ClaimReviews, written element by element."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [\n')
        for n in range(count):
            review = {
                "@type": "ClaimReview",
                "url": f"https://checks.example.org/{n // 3}/review-{n}",
                "claimReviewed": f"Claim {n}: the ministry's images show a convoy leaving the city number {n % 97}",
                "datePublished": f"20{10 + n % 14}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "inLanguage": LANGUAGES[n % len(LANGUAGES)],
                "author": {"@type": "Organization", "name": f"Publisher {n % 40}", "url": "https://checks.example.org"},
                "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": f"Claimant {n % 500}"}},
                "reviewRating": {"@type": "Rating", "alternateName": RATINGS[n % len(RATINGS)]},
            }
            handle.write(("," if n else "") + json.dumps({"@type": "DataFeedItem", "item": [review]}) + "\n")
        handle.write("]}\n")


def naive_import(feed: Path, db: Path) -> int:
    """Baseline: whole-file ``json.load`` and one bare insert of the raw fields."""
    data = json.loads(feed.read_text(encoding="utf-8"))
    rows = [
        (
            item["url"],
            item["claimReviewed"],
            item["author"]["name"],
            item["reviewRating"]["alternateName"],
            item.get("inLanguage"),
        )
        for element in data["dataFeedElement"]
        for item in element["item"]
    ]
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE f (url TEXT, claim TEXT, publisher TEXT, rating TEXT, language TEXT)")
    with connection:
        connection.executemany("INSERT INTO f VALUES (?, ?, ?, ?, ?)", rows)
    connection.close()
    return len(rows)


def sift_import(source: Path, db: Path) -> int:
    with open_store(str(db)) as store:
        summary = import_path(store, source)
    if summary.rejected:
        raise SystemExit(f"unexpected rejections: {summary.reasons[:3]}")
    return summary.imported


def sift_export(db: Path, out: Path, format: str) -> int:
    with open_store(str(db), read_only=True) as store, out.open("w", encoding="utf-8") as handle:
        return write_factchecks((record for _, record in store.iter_factchecks()), handle, format)


def timed(action: Callable[[], int]) -> dict[str, Any]:
    start = time.perf_counter()
    count = action()
    seconds = time.perf_counter() - start
    return {"records": count, "seconds": round(seconds, 3), "records_per_s": round(count / seconds)}


def traced_peak_mb(action: Callable[[], int]) -> float:
    tracemalloc.start()
    try:
        action()
        return round(tracemalloc.get_traced_memory()[1] / 1e6, 2)
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000, help="feed size for the timings")
    parser.add_argument("--memory-records", type=int, default=10_000, help="feed size for the traced peaks")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "store_import.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sift-bench-") as folder:
        tmp = Path(folder)
        write_feed(tmp / "feed.json", args.records)
        write_feed(tmp / "small.json", args.memory_records)
        results: dict[str, Any] = {
            "baseline_naive_import": timed(lambda: naive_import(tmp / "feed.json", tmp / "naive.db")),
            "import_datafeed": timed(lambda: sift_import(tmp / "feed.json", tmp / "feed.db")),
            "export_jsonl": timed(lambda: sift_export(tmp / "feed.db", tmp / "out.jsonl", "jsonl")),
            "export_claimreview": timed(lambda: sift_export(tmp / "feed.db", tmp / "out.json", "claimreview")),
        }
        results["import_jsonl"] = timed(lambda: sift_import(tmp / "out.jsonl", tmp / "jsonl.db"))
        results["peak_mb"] = {
            "records": args.memory_records,
            "baseline_naive_import": traced_peak_mb(lambda: naive_import(tmp / "small.json", tmp / "naive2.db")),
            "import_datafeed": traced_peak_mb(lambda: sift_import(tmp / "small.json", tmp / "small.db")),
        }
    base = results["baseline_naive_import"]["seconds"]
    results["import_datafeed"]["vs_baseline"] = round(results["import_datafeed"]["seconds"] / base, 2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    peaks = results["peak_mb"]
    rate = {name: results[name]["records_per_s"] for name in ("import_datafeed", "import_jsonl", "export_claimreview")}
    print(
        f"store_import: {args.records} records: DataFeed import {rate['import_datafeed']}/s "
        f"({results['import_datafeed']['vs_baseline']}x the naive baseline's time), "
        f"JSONL import {rate['import_jsonl']}/s, ClaimReview export {rate['export_claimreview']}/s; "
        f"peak {peaks['import_datafeed']} MB vs baseline {peaks['baseline_naive_import']} MB "
        f"on {peaks['records']} records"
    )


if __name__ == "__main__":
    main()
