"""Match stage CPU per page on real pages, and the pages' match output, for comparing two source trees.

Run: ``.venv/bin/python bench/match_pages.py --out bench/results/match-pages.json`` (this tree), or with
``PYTHONPATH=/tmp/main/src`` for another tree (``git archive main | tar -x -C /tmp/main``); run the two alternately
and compare with ``--compare A.json B.json``, which prints one line: pages with identical match output
(``matches``, ``weak_matches`` and ``match_status`` as a Document's JSON gives them) and the ratio of the match
stage's CPU per page (sum over pages of each page's best of ``--repeat`` warm runs). The store is the bundled
sample, as ``make demo`` loads it. Pages: bench/attribution_pages.py's (the seed and the real-page dev sets' pages;
no gold is read). ``--profile FILE`` writes cProfile statistics of the warm runs instead of timing them.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_pages import EXTRACTION, page_paths


def measure(repeat: int, extraction: Path = EXTRACTION, profile: Path | None = None) -> dict[str, Any]:
    import sift
    from sift.errors import InputError
    from sift.match import MatchConfig, match_claims
    from sift.sample import sample_path
    from sift.store.memory import MemoryStore
    from sift.workbench import Workbench

    workbench = Workbench(MemoryStore.from_jsonl(sample_path()))
    resources = workbench.pipeline.resources
    config = MatchConfig()
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
    pages: dict[str, Any] = {}
    for name, path in page_paths(extraction):
        try:
            doc = workbench.check(str(path), kind="file")
        except InputError as error:
            pages[name] = {"error": str(error)}
            continue
        data = json.loads(doc.to_json())
        output = json.dumps({key: data.get(key) for key in ("matches", "weak_matches", "match_status")})
        best = float("inf")
        for _ in range(repeat):
            copy = dataclasses.replace(doc)
            if profiler is not None:
                profiler.enable()
            started = time.process_time()
            match_claims(copy, resources, config)
            best = min(best, time.process_time() - started)
            if profiler is not None:
                profiler.disable()
        pages[name] = {
            "sha256": hashlib.sha256(output.encode()).hexdigest(),
            "matches": len(data.get("matches") or []),
            "match_cpu_s": best,
        }
    if profiler is not None:
        profiler.dump_stats(str(profile))
    return {"tree": str(Path(sift.__file__).parents[2]), "pages": pages}


def compare(first: Path, second: Path) -> str:
    a, b = (json.loads(path.read_text(encoding="utf-8")) for path in (first, second))
    names = sorted(set(a["pages"]) & set(b["pages"]))
    same = [n for n in names if a["pages"][n].get("sha256") == b["pages"][n].get("sha256")]
    differ = [n for n in names if n not in same]
    cpu_a = sum(a["pages"][n].get("match_cpu_s", 0.0) for n in names)
    cpu_b = sum(b["pages"][n].get("match_cpu_s", 0.0) for n in names)
    hits = sum(a["pages"][n].get("matches", 0) for n in names)
    line = (
        f"match pages: {len(same)}/{len(names)} identical match outputs ({hits} matches) · match CPU "
        f"{cpu_a / len(names) * 1000:.1f} ms/page ({a['tree']}) vs {cpu_b / len(names) * 1000:.1f} ms/page "
        f"({b['tree']}) · ratio {cpu_a / cpu_b:.2f}x"
    )
    return line + "".join(f"\n  differs: {n}" for n in differ)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="warm match runs per page (best is kept)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BASELINE", "CHANGED"))
    parser.add_argument("--extraction", type=Path, default=EXTRACTION, help="folder of the extraction datasets")
    parser.add_argument("--profile", type=Path, help="write cProfile statistics of the warm match runs here")
    args = parser.parse_args()
    if args.compare:
        print(compare(*args.compare))
        return
    if args.out is None:
        sys.exit("match_pages: give --out or --compare")
    result = measure(args.repeat, args.extraction, args.profile)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    cpu = [p["match_cpu_s"] for p in result["pages"].values() if "match_cpu_s" in p]
    print(f"match pages: {len(cpu)} pages · {sum(cpu) / len(cpu) * 1000:.1f} ms/page CPU ({result['tree']})")


if __name__ == "__main__":
    main()
