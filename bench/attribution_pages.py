"""Attribution stage CPU per page on real pages, and the pages' full JSON output, for comparing two source trees.

Run: ``.venv/bin/python bench/attribution_pages.py --out bench/results/attribution-pages.json`` (this tree), or
with ``PYTHONPATH=/tmp/main/src`` for another tree (``git archive main | tar -x -C /tmp/main``); run the two
alternately and compare with ``--compare A.json B.json``, which prints one line: pages with identical output (the
document JSON without ``timings_ms``, as ``sift check -f json`` prints it) and the ratio of the attribution stage's
CPU per page (sum over pages of each page's best of ``--repeat`` runs). Pages: the seed and every page of
``bench/data/realpages-dev*.jsonl`` (dev to dev4; only the ``dataset`` and ``file`` fields are read; no gold is
looked at), from ``../shared/data/extraction`` or ``--extraction`` (a worktree's ``..`` holds no ``shared``).
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

REPO = Path(__file__).resolve().parents[1]
EXTRACTION = REPO.parent / "shared" / "data" / "extraction"
SEED = REPO / "src" / "sift" / "resources" / "seed-albu-kamal.txt"
SETS = ("realpages-dev.jsonl", "realpages-dev2.jsonl", "realpages-dev3.jsonl", "realpages-dev4.jsonl")


def page_paths(extraction: Path = EXTRACTION) -> list[tuple[str, Path]]:
    """(name, path) of the seed and of every page of the real-page dev sets."""
    pages = [("seed", SEED)]
    for name in SETS:
        for line in (REPO / "bench" / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                pages.append((f"{name}:{row['file']}", extraction / row["dataset"] / row["file"]))
    return pages


def measure(repeat: int, extraction: Path = EXTRACTION) -> dict[str, Any]:
    import sift
    from sift.attribution import AttributionConfig, attribute_statements
    from sift.errors import InputError
    from sift.workbench import Workbench

    workbench = Workbench()
    resources = workbench.pipeline.resources
    config = AttributionConfig()
    pages: dict[str, Any] = {}
    for name, path in page_paths(extraction):
        try:
            doc = workbench.check(str(path), kind="file")
        except InputError as error:
            pages[name] = {"error": str(error)}
            continue
        doc.timings_ms = {}
        output = doc.to_json()
        best = float("inf")
        for _ in range(repeat):
            copy = dataclasses.replace(doc)
            started = time.process_time()
            attribute_statements(copy, resources, config)
            best = min(best, time.process_time() - started)
        pages[name] = {"sha256": hashlib.sha256(output.encode()).hexdigest(), "attribution_cpu_s": best}
    return {"tree": str(Path(sift.__file__).parents[2]), "pages": pages}


def compare(first: Path, second: Path) -> str:
    a, b = (json.loads(path.read_text(encoding="utf-8")) for path in (first, second))
    names = sorted(set(a["pages"]) & set(b["pages"]))
    same = [n for n in names if a["pages"][n].get("sha256") == b["pages"][n].get("sha256")]
    differ = [n for n in names if n not in same]
    cpu_a = sum(a["pages"][n].get("attribution_cpu_s", 0.0) for n in names)
    cpu_b = sum(b["pages"][n].get("attribution_cpu_s", 0.0) for n in names)
    line = (
        f"attribution pages: {len(same)}/{len(names)} identical outputs · attribution CPU "
        f"{cpu_a / len(names) * 1000:.0f} ms/page ({a['tree']}) vs {cpu_b / len(names) * 1000:.0f} ms/page "
        f"({b['tree']}) · ratio {cpu_a / cpu_b:.2f}x"
    )
    return line + "".join(f"\n  differs: {n}" for n in differ)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="attribution runs per page (best is kept)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BASELINE", "CHANGED"))
    parser.add_argument("--extraction", type=Path, default=EXTRACTION, help="folder of the extraction datasets")
    args = parser.parse_args()
    if args.compare:
        print(compare(*args.compare))
        return
    if args.out is None:
        sys.exit("attribution_pages: give --out or --compare")
    result = measure(args.repeat, args.extraction)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    cpu = [p["attribution_cpu_s"] for p in result["pages"].values() if "attribution_cpu_s" in p]
    print(f"attribution pages: {len(cpu)} pages · {sum(cpu) / len(cpu) * 1000:.0f} ms/page CPU ({result['tree']})")


if __name__ == "__main__":
    main()
