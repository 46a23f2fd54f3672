"""Speed of ``sift check`` on the seed page: warm p50/p95 of the spine and of all stages, and cold CLI start.

Usage: python bench/check.py [--runs 30] [--out bench/results/check.json]
Baselines measured in the same run: ``python -c pass`` start (interpreter floor) for the CLI start, and plain
``trafilatura.extract`` on the same page for the per-page time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sift.document import Document

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "src" / "sift" / "resources" / "seed-albu-kamal.txt"
#: The foundation's stages (the 150 ms target of the spine issue); the full run adds the model-based stages and
#: matching against the bundled sample store, with the encoder's cache emptied before every check.
SPINE = ("extract", "language", "segment")


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of ``values`` by linear interpolation."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def time_calls(func: object, runs: int) -> list[float]:
    """Milliseconds of ``runs`` calls of ``func``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return times


def cold_start_ms(command: list[str], runs: int) -> float:
    """Median wall time of a fresh process running ``command``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "check.json")
    args = parser.parse_args()

    import trafilatura

    from sift.encoders import CachingEncoder, load_encoder
    from sift.ingest import load
    from sift.match import provide_matcher
    from sift.pipeline import Pipeline, registered_stages
    from sift.sample import sample_path
    from sift.store.memory import MemoryStore

    spine = Pipeline(stages=SPINE)
    full = Pipeline(stages=registered_stages())
    provide_matcher(full.resources, MemoryStore.from_jsonl(sample_path()))  # the sample store, as `make demo`
    encoder = full.resources.get("encoder", load_encoder)
    page = SEED.read_text(encoding="utf-8")

    def check_fresh() -> Document:
        """One check of the seed with no vectors left from the previous one (stages still share theirs)."""
        if isinstance(encoder, CachingEncoder):
            encoder.clear()
        return full(load(str(SEED)))

    for pipeline in (spine, full):
        pipeline(load(str(SEED)))  # warm-up: loads every model once
    spine_ms = time_calls(lambda: spine(load(str(SEED))), args.runs)
    sift_ms = time_calls(check_fresh, args.runs)
    stage_ms = check_fresh().timings_ms
    trafilatura_ms = time_calls(lambda: trafilatura.extract(f"<html><body><pre>{page}</pre></body></html>"), args.runs)
    cli_ms = cold_start_ms([sys.executable, "-m", "sift", "--help"], 5)
    python_ms = cold_start_ms([sys.executable, "-c", "pass"], 5)

    result = {
        "stages": list(full.stages or ()),
        "warm_ms": {"p50": percentile(sift_ms, 0.5), "p95": percentile(sift_ms, 0.95)},
        "spine_warm_ms": {"p50": percentile(spine_ms, 0.5), "p95": percentile(spine_ms, 0.95)},
        "stage_ms": stage_ms,
        "trafilatura_extract_ms": {"p50": percentile(trafilatura_ms, 0.5)},
        "cli_start_ms": cli_ms,
        "python_start_ms": python_ms,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"check: spine ({'+'.join(SPINE)}) warm p50 {result['spine_warm_ms']['p50']:.1f} ms · "
        f"all stages (sample store) warm p50 {result['warm_ms']['p50']:.1f} ms p95 {result['warm_ms']['p95']:.1f} ms "
        f"(trafilatura.extract alone {result['trafilatura_extract_ms']['p50']:.1f} ms) · "
        f"CLI start {cli_ms:.0f} ms (python alone {python_ms:.0f} ms) · stages {','.join(result['stages'])}"
    )


if __name__ == "__main__":
    main()
