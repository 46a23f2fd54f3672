"""Warm CPU per stage on real pages, as a ``sift batch`` worker spends it, for comparing two source trees.

Run: ``nice .venv/bin/python bench/stage_cpu.py --out /tmp/a.json`` (this tree), or with ``PYTHONPATH=/tmp/main/src``
for another tree (``git archive main | tar -x -C /tmp/main``); run the two alternately and compare with
``--compare A.json B.json``: pages with identical output (the document JSON without ``timings_ms``, as ``sift check
-f json`` prints it) and, per stage, the CPU per page of each tree and their ratio. ``--profile FILE`` also writes
a cProfile of the pass (``python -m pstats FILE``).

The workbench is a batch worker's: the bundled sample store (as ``make demo`` loads it) and every stage but
``coverage``. The seed is checked twice first (models loaded, caches warm), then every page once in a fixed order,
so each page costs what a new page costs a worker early in a run (models a page's languages need load on the way;
the encoder's cache only holds what earlier pages embedded). ``--warm-pass`` checks every page once first and
then forgets the pages' sentence vectors: what a page costs late in a long run, every model loaded.
``--batch-warm`` first loads what ``sift batch``'s forkserver loads before its workers fork (``sift.batch.warm``:
its hand-made page per attributed language and lingua's high-accuracy models of every language): what a page costs
a batch worker early in a run, without the first loads no worker pays (lingua's pair models were most of the
language stage's CPU without it). One BLAS
thread, as in a worker. CPU is ``time.process_time`` around each stage; ``load`` is reading and parsing the page.
Pages: bench/attribution_pages.py's (the seed and the real-page dev sets' pages; no gold is read).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import json
import sys
import time
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_pages import EXTRACTION, SEED, page_paths

if TYPE_CHECKING:
    from sift.workbench import Workbench


def forget_sentences(workbench: Workbench) -> None:
    """Clear what the models remember of the pages' sentences (the encoder's and e5's query vectors); what they
    remember of the store (fact-check rows and vectors) stays, as in a long run."""
    for obj in workbench.pipeline.resources._objects.values():
        if type(obj).__name__ == "CachingEncoder":
            obj.clear()
        queries = getattr(obj, "_queries", None)
        if queries is not None:
            queries.clear()


def batch_warm(workbench: Workbench) -> None:
    """Load what ``sift batch``'s forkserver loads before its workers fork (:mod:`sift.batch.warm`)."""
    from sift.batch.warm import _preload_lingua, warm_pages
    from sift.language import DEFAULT_LANGUAGES

    for page in warm_pages():
        workbench.check(page.data.decode("utf-8"), kind="text")
    _preload_lingua(DEFAULT_LANGUAGES)


def measure(
    extraction: Path, profile: Path | None = None, *, warm_pass: bool = False, warm_batch: bool = False
) -> dict[str, Any]:
    import numpy  # noqa: F401 (loads OpenBLAS: threadpool_limits reaches only libraries loaded already)
    from threadpoolctl import threadpool_limits

    import sift
    import sift.pipeline
    from sift.errors import InputError
    from sift.pipeline import registered_stages
    from sift.sample import sample_path
    from sift.store.memory import MemoryStore
    from sift.workbench import Workbench

    threadpool_limits(limits=1)  # one BLAS thread, as in a Dask worker (its nanny sets OPENBLAS_NUM_THREADS=1)
    # the pipeline times its stages with perf_counter: make that the process's CPU clock for this run
    sift.pipeline.time = types.SimpleNamespace(perf_counter=time.process_time)  # type: ignore[attr-defined]
    stages = tuple(name for name in registered_stages() if name != "coverage")
    workbench = Workbench(MemoryStore.from_jsonl(sample_path()), stages=stages)
    for _ in range(2):
        workbench.check(str(SEED), kind="file")
    if warm_batch:
        batch_warm(workbench)
    if warm_pass:  # every model a page needs is loaded before timing: the cost of a page in a long run
        for _, path in page_paths(extraction):
            with contextlib.suppress(InputError):
                workbench.check(str(path), kind="file")
        forget_sentences(workbench)
    profiler = cProfile.Profile(time.process_time) if profile else None  # CPU, as the stages are timed
    pages: dict[str, Any] = {}
    for name, path in page_paths(extraction):
        if profiler:
            profiler.enable()
        started = time.process_time()
        try:
            doc = workbench.load(str(path), kind="file")
        except InputError as error:
            pages[name] = {"error": str(error)}
            continue
        load = time.process_time() - started
        doc = workbench.run(doc)
        if profiler:
            profiler.disable()
        cpu = {stage: ms / 1000 for stage, ms in doc.timings_ms.items()}
        cpu["load"] = load
        doc.timings_ms = {}
        digest = hashlib.sha256(doc.to_json().encode()).hexdigest()
        pages[name] = {"sha256": digest, "cpu_s": cpu}
    if profiler and profile:
        profile.parent.mkdir(parents=True, exist_ok=True)
        profiler.dump_stats(str(profile))
    return {"tree": str(Path(sift.__file__).parents[2]), "pages": pages}


def _load(paths: str) -> dict[str, Any]:
    """One result from a comma-separated list of results of one tree: per page and stage, the least CPU of the
    runs (the machine's other load only ever adds time); a page's output must agree between the runs."""
    runs = [json.loads(Path(path).read_text(encoding="utf-8")) for path in paths.split(",")]
    pages: dict[str, Any] = {}
    for name, page in runs[0]["pages"].items():
        if "sha256" not in page:
            continue
        same = all(run["pages"].get(name, {}).get("sha256") == page["sha256"] for run in runs)
        cpu = {stage: min(run["pages"][name]["cpu_s"].get(stage, 0.0) for run in runs) for stage in page["cpu_s"]}
        pages[name] = {"sha256": page["sha256"] if same else "differs between runs", "cpu_s": cpu}
    return {"tree": runs[0]["tree"], "pages": pages}


def compare(first: str, second: str) -> str:
    """Identical outputs, and per stage the CPU per page of the two results and their ratio (first / second);
    each side may be a comma-separated list of runs of one tree (see :func:`_load`)."""
    a, b = _load(first), _load(second)
    names = sorted(n for n in set(a["pages"]) & set(b["pages"]) if "sha256" in a["pages"][n])
    differ = [n for n in names if a["pages"][n]["sha256"] != b["pages"][n].get("sha256")]
    stages = list(dict.fromkeys(s for n in names for s in a["pages"][n]["cpu_s"]))
    lines = [f"{len(names) - len(differ)}/{len(names)} identical outputs · {a['tree']} vs {b['tree']}"]
    total_a = total_b = 0.0
    for stage in stages:
        cpu_a = sum(a["pages"][n]["cpu_s"].get(stage, 0.0) for n in names) / len(names) * 1000
        cpu_b = sum(b["pages"][n]["cpu_s"].get(stage, 0.0) for n in names) / len(names) * 1000
        total_a, total_b = total_a + cpu_a, total_b + cpu_b
        lines.append(f"  {stage:<12} {cpu_a:8.1f} ms/page vs {cpu_b:8.1f} · ratio {cpu_a / max(cpu_b, 1e-9):.2f}x")
    lines.append(f"  {'total':<12} {total_a:8.1f} ms/page vs {total_b:8.1f} · ratio {total_a / total_b:.2f}x")
    return "\n".join(lines + [f"  differs: {n}" for n in differ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--compare", nargs=2, metavar=("FIRST", "SECOND"), help="two results (each may be A.json,B.json,… of one tree)"
    )
    parser.add_argument("--extraction", type=Path, default=EXTRACTION, help="folder of the extraction datasets")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the pages' pass here")
    parser.add_argument(
        "--warm-pass", action="store_true", help="check every page once before the timed pass (models all loaded)"
    )
    parser.add_argument(
        "--batch-warm", action="store_true", help="load first what sift batch's forkserver loads (sift.batch.warm)"
    )
    args = parser.parse_args()
    if args.compare:
        print(compare(*args.compare))
        return
    if args.out is None:
        sys.exit("stage_cpu: give --out or --compare")
    result = measure(args.extraction, args.profile, warm_pass=args.warm_pass, warm_batch=args.batch_warm)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    pages = [p["cpu_s"] for p in result["pages"].values() if "cpu_s" in p]
    total = sum(sum(p.values()) for p in pages) / len(pages) * 1000
    print(f"stage_cpu: {len(pages)} pages · {total:.1f} ms/page CPU ({result['tree']})")


if __name__ == "__main__":
    main()
