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
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sift.document import Document
    from sift.workbench import Workbench

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
    from sift.attribution import AttributionConfig, attribute_statements
    from sift.workbench import Workbench

    workbench = Workbench()
    config = AttributionConfig()

    def output(doc: Document) -> str:
        doc.timings_ms = {}
        return doc.to_json()

    return time_pages(
        workbench,
        lambda doc: attribute_statements(doc, workbench.pipeline.resources, config),
        output,
        stage="attribution",
        repeat=repeat,
        extraction=extraction,
    )


def time_pages(
    workbench: Workbench,
    run: Callable[[Document], object],
    output: Callable[[Document], str],
    *,
    stage: str,
    repeat: int,
    extraction: Path = EXTRACTION,
) -> dict[str, Any]:
    """Check every page with ``workbench``, hash its ``output`` and keep the best CPU time of ``repeat`` ``run``s of
    the stage on copies of the checked document (``{stage}_cpu_s``)."""
    import sift
    from sift.errors import InputError

    pages: dict[str, Any] = {}
    for name, path in page_paths(extraction):
        try:
            doc = workbench.check(str(path), kind="file")
        except InputError as error:
            pages[name] = {"error": str(error)}
            continue
        digest = hashlib.sha256(output(doc).encode()).hexdigest()
        best = float("inf")
        for _ in range(repeat):
            copy = dataclasses.replace(doc)
            started = time.process_time()
            run(copy)
            best = min(best, time.process_time() - started)
        pages[name] = {"sha256": digest, f"{stage}_cpu_s": best}
    return {"tree": str(Path(sift.__file__).parents[2]), "pages": pages}


def compare(first: Path, second: Path, stage: str = "attribution") -> str:
    """One line: pages with identical output in the two results, and the ratio of ``stage``'s CPU per page."""
    a, b = (json.loads(path.read_text(encoding="utf-8")) for path in (first, second))
    names = sorted(set(a["pages"]) & set(b["pages"]))
    same = [n for n in names if a["pages"][n].get("sha256") == b["pages"][n].get("sha256")]
    differ = [n for n in names if n not in same]
    cpu_a = sum(a["pages"][n].get(f"{stage}_cpu_s", 0.0) for n in names)
    cpu_b = sum(b["pages"][n].get(f"{stage}_cpu_s", 0.0) for n in names)
    line = (
        f"{stage} pages: {len(same)}/{len(names)} identical outputs · {stage} CPU "
        f"{cpu_a / len(names) * 1000:.1f} ms/page ({a['tree']}) vs {cpu_b / len(names) * 1000:.1f} ms/page "
        f"({b['tree']}) · ratio {cpu_a / cpu_b:.2f}x"
    )
    return line + "".join(f"\n  differs: {n}" for n in differ)


def main(stage: str = "attribution", measure: Callable[[int, Path], dict[str, Any]] = measure) -> None:
    """The command line of this script and of bench/match_pages.py: measure one tree, or compare two results."""
    parser = argparse.ArgumentParser(description=sys.modules["__main__"].__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help=f"{stage} runs per page (best is kept)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BASELINE", "CHANGED"))
    parser.add_argument("--extraction", type=Path, default=EXTRACTION, help="folder of the extraction datasets")
    args = parser.parse_args()
    if args.compare:
        print(compare(*args.compare, stage=stage))
        return
    if args.out is None:
        sys.exit(f"{stage}_pages: give --out or --compare")
    result = measure(args.repeat, args.extraction)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    cpu = [p[f"{stage}_cpu_s"] for p in result["pages"].values() if f"{stage}_cpu_s" in p]
    print(f"{stage} pages: {len(cpu)} pages · {sum(cpu) / len(cpu) * 1000:.1f} ms/page CPU ({result['tree']})")


if __name__ == "__main__":
    main()
