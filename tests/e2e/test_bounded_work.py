"""Bounded work per page: a run-on paragraph, a 10 MB line and a 19 MB HTML page within a CPU and memory allowance.

Reproduction #1 of issue 17: a 200,000-character single paragraph took 181 s and 933 MB, a 10 MB single
line ended in spaCy's [E088], and a 19 MB HTML page gave no result in 150 s (846 s, listing the text left
out of the article searched the whole article once per paragraph). The pages run in a child process
under ``RLIMIT_CPU``; its own peak RSS (``VmHWM``) is read back. The allowances are generous (a blow-up passes them
by minutes or gigabytes, a normal run by far less): they guard against quadratic work, not a slow machine.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from sift.extract.budget import MAX_BLOCK_CHARS, MAX_PAGE_CHARS

#: CPU seconds for the three pages, models included (about 60 s; the paragraph and the HTML page each took
#: many minutes before the budget).
CPU_ALLOWANCE_S = 180
#: Peak resident memory of the child (about 0.75 GB: the models plus one page).
RSS_ALLOWANCE_BYTES = 2_000_000_000

CHILD = """
import json, sys
from sift.workbench import Workbench

bench = Workbench(None)
report = {}
for name in sys.argv[1:]:
    doc = bench.check(open(name, "rb").read(), kind="text")
    report[name] = {
        "blocks": [len(block.text) for block in doc.blocks],
        "sentences": sum(len(block.sentences) for block in doc.blocks),
        "claims": len(doc.claims),
        "removed": [(r.reason, len(r.text)) for r in doc.removed],
    }
# the peak of this process image (VmHWM): ru_maxrss keeps the parent's peak across fork and exec, so a child of
# a pytest process that had grown past the allowance reported the parent's size, not its own
report["max_rss_bytes"] = next(
    int(line.split()[1]) * 1024 for line in open("/proc/self/status") if line.startswith("VmHWM:")
)
print(json.dumps(report))
"""


def _limit_cpu() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_ALLOWANCE_S, CPU_ALLOWANCE_S))


@pytest.mark.slow
@pytest.mark.timeout(3600)  # RLIMIT_CPU is the guard; wall time on a shared, loaded machine passed 600 s
def test_long_pages_stay_within_cpu_and_memory(seed_path: Path, tmp_path: Path) -> None:
    english = " ".join(line.strip() for line in seed_path.read_text(encoding="utf-8").splitlines() if len(line) > 80)
    paragraph = tmp_path / "paragraph.txt"
    paragraph.write_text((english * (200_000 // len(english) + 1))[:200_000], encoding="utf-8")
    line = tmp_path / "line.txt"
    line.write_text((english + " ") * (10_000_000 // len(english)), encoding="utf-8")
    page = tmp_path / "page.html"
    words, rng = english.split(), random.Random(17)
    paragraphs = (f"<p>{n}: {' '.join(rng.choices(words, k=80))}.</p>\n" for n in range(36_000))
    page.write_text(f"<html><title>Long</title><body><article>{''.join(paragraphs)}</article></body></html>", "utf-8")
    assert 18_000_000 < page.stat().st_size < 20_000_000
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(paragraph), str(line), str(page)],
        capture_output=True,
        text=True,
        preexec_fn=_limit_cpu,
        timeout=3600,  # only a hung child reaches this; RLIMIT_CPU is the allowance
    )
    assert result.returncode == 0, f"child ended with {result.returncode}: {result.stderr[-2000:]}"
    report = json.loads(result.stdout)
    assert report["max_rss_bytes"] < RSS_ALLOWANCE_BYTES
    for name in (str(paragraph), str(line), str(page)):
        page = report[name]
        assert max(page["blocks"]) <= MAX_BLOCK_CHARS and sum(page["blocks"]) <= MAX_PAGE_CHARS
        assert page["sentences"] > 100 and page["claims"] > 10
        assert [reason for reason, _ in page["removed"]] == [
            "beyond the analysis budget of 100,000 characters per page: not analysed"
        ]
