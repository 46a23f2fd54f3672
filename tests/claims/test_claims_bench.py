"""``bench/checkworthy.py`` runs on any folder in the CheckThat format and writes the documented JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ROWS = [
    ("Taxes went up 5 percent last year.", "Yes"),
    ("Thank you all for coming tonight.", "No"),
    ("Unemployment went down 2 percent last year.", "Yes"),
    ("Thank you, it is great to be here tonight.", "No"),
    ("We created ten million jobs last year.", "Yes"),
    ("Thank you and good night to all of you.", "No"),
]


def write_split(folder: Path, name: str, rows: list[tuple[str, str]]) -> None:
    lines = ["id\ttext\tlabel\tlang"] + [f"{i}\t{text}\t{label}\ten" for i, (text, label) in enumerate(rows)]
    (folder / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_bench_on_a_held_out_style_folder(tmp_path: Path) -> None:
    train = tmp_path / "train"
    held_out = tmp_path / "held-out"
    train.mkdir()
    held_out.mkdir()
    write_split(train, "en-train", ROWS * 3)
    write_split(train, "en-dev", ROWS)
    write_split(held_out, "en-test", ROWS[:4])
    out = tmp_path / "result.json"
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "checkworthy.py"),
            "--data",
            str(held_out),
            "--split",
            "test",
            "--train-data",
            str(train),
            "--threads",
            "1",
            "--processes",
            "2",
            "--out",
            str(out),
        ],
        capture_output=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert len(result.stdout.decode().strip().splitlines()) == 1
    report = json.loads(out.read_text())
    for system in ("sift", "tfidf", "majority", "all_positive"):
        assert set(report[system]["en"]) == {"precision", "recall", "f1", "n"}
        assert report[system]["en"]["n"] == 4
    assert report["sentences_per_s"] > 0
    assert report["processes"] == 2 and report["sentences_per_s_processes"] > 0
