"""Speed of ``sift check`` on the seed page: warm p50/p95 of the spine and of all stages, and cold starts.

Usage: python bench/check.py [--runs 30] [--cold-runs 5] [--out bench/results/check.json]
Cold ``sift check``: the median wall time (and CPU time, steadier on a busy machine) of fresh processes checking
the seed against the bundled sample store (as ``make demo`` does; the store's index is built by one untimed run
first, as it is after ``load-sample``, and so are the machine caches of ``sift.machine_cache`` and the bytecode of
sift's modules, which an installed sift has: the bench drops ``PYTHONDONTWRITEBYTECODE``, or every fresh process
would compile sift's 105 modules from source again, 0.26 s of CPU).
``--runs 0`` skips the warm figures. Baselines measured in the same run: ``python -c pass`` start (interpreter
floor) for the CLI start and the cold check, and plain ``trafilatura.extract`` on the same page for the per-page time.
``--against SRC`` also times the cold check of another checkout's ``src`` folder (``git archive main src | tar -x``),
alternately with this one's, each against its own copy of the sample store: the ratio holds on a busy machine
where the seconds do not.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
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


def cold_check_ms(runs: int, against: Path | None = None) -> dict[str, dict[str, float]]:
    """Median and spread of fresh ``sift check SEED`` processes against a sample store in a temporary directory.

    With ``against`` (another checkout's ``src``), its processes run alternately with this checkout's
    (``"baseline"`` in the result); each side's first, untimed run builds the index and its machine caches.
    """
    sides = {"this": dict(os.environ)}
    if against is not None:
        sides["baseline"] = {**os.environ, "PYTHONPATH": str(against.resolve())}
    with tempfile.TemporaryDirectory() as tmp:
        sift = [sys.executable, "-m", "sift"]
        # one store per side: a tree with a newer store migration upgrades a shared store, which an older tree
        # then refuses to open (the session-26 baseline stopped at migration 7 that way)
        commands = {}
        for side, env in sides.items():
            db = str(Path(tmp) / f"sample-{side}.db")
            load = [*sift, "factchecks", "load-sample", "--db", db]
            subprocess.run(load, check=True, capture_output=True, env=env)
            commands[side] = [*sift, "check", str(SEED), "--db", db]
            subprocess.run(commands[side], check=True, capture_output=True, env=env)  # index, caches, bytecode
        times: dict[str, list[float]] = {side: [] for side in sides}
        cpu: dict[str, list[float]] = {side: [] for side in sides}
        for _ in range(runs):
            for side, env in sides.items():
                started, used = time.perf_counter(), _children_cpu_s()
                subprocess.run(commands[side], check=True, capture_output=True, env=env)
                times[side].append((time.perf_counter() - started) * 1000)
                cpu[side].append((_children_cpu_s() - used) * 1000)
    return {
        side: {
            "median": statistics.median(times[side]),
            "min": min(times[side]),
            "max": max(times[side]),
            "cpu_median": statistics.median(cpu[side]),
            "runs": runs,
        }
        for side in sides
    }


def _children_cpu_s() -> float:
    """CPU seconds (user + system) of the finished child processes: steadier than wall time on a busy machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="warm checks (0: cold figures only)")
    parser.add_argument("--cold-runs", type=int, default=5, help="fresh `sift check` processes")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "check.json")
    parser.add_argument("--against", type=Path, help="another checkout's src folder, cold-checked alternately")
    args = parser.parse_args()
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # fresh processes read sift's bytecode, as an installed sift does
    load_before = os.getloadavg()[0]
    python_ms = cold_start_ms([sys.executable, "-c", "pass"], 5)
    cli_ms = cold_start_ms([sys.executable, "-m", "sift", "--help"], 5)
    colds = cold_check_ms(args.cold_runs, args.against)
    cold = colds["this"]
    result: dict[str, object] = {
        "cold_check_ms": cold,
        "cli_start_ms": cli_ms,
        "python_start_ms": python_ms,
        "load_average": {"before": load_before, "after": os.getloadavg()[0]},
    }
    summary = (
        f"cold sift check {cold['median'] / 1000:.2f} s median of {args.cold_runs} "
        f"(min {cold['min'] / 1000:.2f} s, CPU {cold['cpu_median'] / 1000:.2f} s) · CLI start {cli_ms:.0f} ms · "
        f"python alone {python_ms:.0f} ms · "
        f"load {load_before:.1f}→{os.getloadavg()[0]:.1f}"
    )
    if "baseline" in colds:
        baseline = colds["baseline"]
        result |= {"baseline_src": str(args.against), "baseline_cold_check_ms": baseline}
        wall, cpu = cold["median"] / baseline["median"], cold["cpu_median"] / baseline["cpu_median"]
        summary += (
            f" · baseline {args.against} {baseline['median'] / 1000:.2f} s (CPU {baseline['cpu_median'] / 1000:.2f} s):"
            f" ratio {wall:.2f} wall, {cpu:.2f} CPU"
        )
    if args.runs > 0:
        result |= warm_figures(args.runs)
        summary = warm_summary(result) + " · " + summary
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"check: {summary}")


def warm_figures(runs: int) -> dict[str, object]:
    """Warm per-check times of the spine and of every stage, in this process."""
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
    spine_ms = time_calls(lambda: spine(load(str(SEED))), runs)
    sift_ms = time_calls(check_fresh, runs)
    stage_ms = check_fresh().timings_ms
    trafilatura_ms = time_calls(lambda: trafilatura.extract(f"<html><body><pre>{page}</pre></body></html>"), runs)
    return {
        "stages": list(full.stages or ()),
        "warm_ms": {"p50": percentile(sift_ms, 0.5), "p95": percentile(sift_ms, 0.95)},
        "spine_warm_ms": {"p50": percentile(spine_ms, 0.5), "p95": percentile(spine_ms, 0.95)},
        "stage_ms": stage_ms,
        "trafilatura_extract_ms": {"p50": percentile(trafilatura_ms, 0.5)},
    }


def warm_summary(result: dict[str, object]) -> str:
    """The warm half of the printed line."""
    spine, warm, extract = result["spine_warm_ms"], result["warm_ms"], result["trafilatura_extract_ms"]
    return (
        f"spine ({'+'.join(SPINE)}) warm p50 {spine['p50']:.1f} ms · "  # type: ignore[index]
        f"all stages (sample store) warm p50 {warm['p50']:.1f} ms p95 {warm['p95']:.1f} ms "  # type: ignore[index]
        f"(trafilatura.extract alone {extract['p50']:.1f} ms) · stages {','.join(result['stages'])}"  # type: ignore[index,arg-type]
    )


if __name__ == "__main__":
    main()
