"""Match stage CPU per page on real pages, and the pages' match output, for comparing two source trees.

Run: ``.venv/bin/python bench/match_pages.py --out bench/results/match-pages.json`` (this tree), or with
``PYTHONPATH=/tmp/main/src`` for another tree (``git archive main | tar -x -C /tmp/main``); run the two alternately
and compare with ``--compare A.json B.json``, which prints one line: pages with identical match output
(``matches``, ``weak_matches`` and ``match_status`` as a Document's JSON gives them) and the ratio of the match
stage's CPU per page (sum over pages of each page's best of ``--repeat`` warm runs; one BLAS thread). The store is
the bundled sample, as ``make demo`` loads it. Pages: bench/attribution_pages.py's (the seed and the real-page dev
sets' pages; no gold is read).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sift.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_pages import EXTRACTION, main, time_pages


def measure(repeat: int, extraction: Path = EXTRACTION) -> dict[str, Any]:
    import numpy  # noqa: F401 (loads OpenBLAS: threadpool_limits reaches only libraries loaded already)
    from threadpoolctl import threadpool_limits

    from sift.match import MatchConfig, match_claims
    from sift.sample import sample_path
    from sift.store.memory import MemoryStore
    from sift.workbench import Workbench

    # one BLAS thread, as in a batch worker and bench/stage_cpu.py: with OpenBLAS's threads on a loaded 2-core machine
    # the matcher's small matrix products (claim groups of 55 rows) cost the seed's warm match 290 ms instead of 56
    threadpool_limits(limits=1)
    workbench = Workbench(MemoryStore.from_jsonl(sample_path()))
    config = MatchConfig()

    def output(doc: Document) -> str:
        data = json.loads(doc.to_json())
        return json.dumps({key: data.get(key) for key in ("matches", "weak_matches", "match_status")})

    return time_pages(
        workbench,
        lambda doc: match_claims(doc, workbench.pipeline.resources, config),
        output,
        stage="match",
        repeat=repeat,
        extraction=extraction,
    )


if __name__ == "__main__":
    main("match", measure)
