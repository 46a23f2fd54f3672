"""The match-level negatives and controls in bench/data, and bench/match_levels.py on a tiny 2A-layout folder."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sift.sample import sample_path
from sift.store.memory import MemoryStore

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "bench" / "data"
FIELDS = {"page", "url", "lang", "published", "sentence", "claim"}


def read(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_negatives_have_the_documented_shape_and_size() -> None:
    rows = read("match-negatives.jsonl")
    assert all(set(row) == FIELDS for row in rows)
    assert all(row["page"].split("/")[0] in ("scrapinghub", "trafilatura-eval-dev") for row in rows)
    assert all(isinstance(row["claim"], bool) and row["sentence"].strip() for row in rows)
    for row in rows:
        if row["published"] is not None:
            dt.date.fromisoformat(row["published"])
    assert len({row["sentence"] for row in rows}) == len(rows), "a sentence is kept once"
    # enough to see a 0.1 % false level rate, from hundreds of pages in many languages (bench/data/README.md)
    assert len(rows) >= 8000 and len({row["page"] for row in rows}) >= 300
    assert {"en", "de", "fr", "es", "pl", "pt", "it"} <= {row["lang"] for row in rows}


def test_what_was_excluded_by_hand_is_gone_and_says_why() -> None:
    excluded = read("match-negatives-excluded.jsonl")
    assert excluded and all(row["factcheck"] and row["reason"] for row in excluded)
    negatives = read("match-negatives.jsonl")
    pages = {row["page"] for row in negatives}
    pairs = {(row["page"], row["sentence"]) for row in negatives}
    for row in excluded:
        if row.get("sentence"):
            assert (row["page"], row["sentence"]) not in pairs
        else:
            assert row["page"] not in pages


def test_controls_are_dated_by_the_sample_factcheck_they_resemble() -> None:
    sample = {factcheck.id: factcheck for _, factcheck in MemoryStore.from_jsonl(sample_path()).iter_factchecks()}
    controls = read("match-controls.jsonl")
    assert {row["lang"] for row in controls} == {"en", "fr", "de", "es", "pl", "pt", "it"}
    for row in controls:
        assert row["date"] == sample[row["near"]].review_date, row


@pytest.mark.slow
def test_bench_runs_on_a_tiny_folder(tmp_path: Path) -> None:
    data = tmp_path / "2a"
    data.mkdir()
    vclaims = [
        ("vclaim-1", "The Eiffel Tower was sold for scrap in 1925.", "Was the Eiffel Tower Sold?", "2019-04-16"),
        ("vclaim-2", "Drinking bleach cures the flu.", "Does Bleach Cure the Flu?", "2020-03-01"),
        ("vclaim-3", "A shark swam down a flooded highway in Houston.", "Highway Shark", "2017-08-28"),
    ]
    (data / "vclaims.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": t, "title": ti, "date": d}) + "\n" for i, t, ti, d in vclaims)
    )
    (data / "queries-dev.tsv").write_text("q1\tA shark is swimming on the Houston highway!\nq2\tBleach cures flu\n")
    (data / "qrels-dev.tsv").write_text("q1\t0\tvclaim-3\t1\nq2\t0\tvclaim-2\t1\n")
    out = tmp_path / "levels.json"
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "match_levels.py"),
            "--data",
            str(data),
            "--index-dir",
            str(tmp_path / "index"),
            "--max-pages",
            "1",
            "--out",
            str(out),
        ],
        capture_output=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert len(result.stdout.decode().strip().splitlines()) == 1
    report = json.loads(out.read_text())
    assert report["store"] == {"sample": 55, "vclaims": 3}
    assert report["positives"]["2a_dev"]["queries"] == 2
    for name in ("match_precision", "possible_precision", "level_recall", "cross_language_level_recall"):
        assert name in report["positives"]
    negatives = report["negatives"]
    assert negatives["pages"] == 1 and negatives["sentences"] > 0
    for suffix in ("", "_page_dates", "_with_dates", "_adversarial_dates"):
        assert 0.0 <= negatives["false_level_rate" + suffix] <= 1.0
    assert report["controls"]["sentences"] == 41
