"""``sift claims`` end to end on the seed page (extract → language → segment → claims)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_sift(*args: str, stdin: bytes | None = None, columns: int | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ) | ({"COLUMNS": str(columns)} if columns else {})
    return subprocess.run([sys.executable, "-m", "sift", *args], input=stdin, capture_output=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def seed_claims(seed_path: Path) -> dict[str, object]:
    result = run_sift("claims", str(seed_path), "--json")
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "needle",
    [
        "The US refused to conduct airstrikes over the leaving ISIL convoy.",
        "photo shoots made by Russian unmanned aircraft on November 9",
        "attack aircraft entered the airspace over the 15-km zone",
        "est un fait objectif",
        "Luftschläge",
    ],
)
def test_seed_acceptance_claims(seed_claims: dict[str, object], needle: str) -> None:
    rows = [row for row in seed_claims["claims"] if needle in row["sentence_text"]]  # type: ignore[index]
    assert rows, f"no claim contains {needle!r}"
    assert all(row["label"] == "check-worthy" for row in rows), rows


def test_seed_clutter_not_check_worthy(seed_claims: dict[str, object]) -> None:
    for row in seed_claims["claims"]:  # type: ignore[index]
        if row["sentence_text"].strip() in {"Albu Kamal", "Only News", "Featured Post"}:
            assert row["label"] == "not check-worthy"


def test_rows_in_triage_order(seed_claims: dict[str, object]) -> None:
    rows = seed_claims["claims"]  # type: ignore[index]
    assert [row["rank"] for row in rows] == sorted(row["rank"] for row in rows)
    assert rows[0]["rank"] == 1
    labels = [row["label"] for row in rows if row["duplicate_of"] is None]
    assert labels == sorted(labels), "every check-worthy claim before the first sentence that is not"
    for row in rows:
        if row["duplicate_of"] is not None:
            assert row["duplicate_of"] in {other["sentence"] for other in rows if other["duplicate_of"] is None}


def _table_ranks(output: bytes) -> list[int]:
    """The numbers in the first column of a rich table."""
    return [
        int(cells[1])
        for line in output.decode().splitlines()
        if (cells := line.split("│"))[1:] and cells[1].strip().isdigit()
    ]


def test_table_shows_the_first_ten_and_all_on_request(seed_claims: dict[str, object], seed_path: Path) -> None:
    rows = seed_claims["claims"]  # type: ignore[index]
    assert len(rows) > 10, "the seed has more claims than a page shows first"
    first = run_sift("claims", str(seed_path), columns=400)
    assert first.returncode == 0, first.stderr.decode()
    assert _table_ranks(first.stdout) == list(range(1, 11))
    assert "sift claims --all-claims" in first.stdout.decode()
    every = run_sift("claims", str(seed_path), "--all-claims", columns=400)
    assert every.returncode == 0, every.stderr.decode()
    assert _table_ranks(every.stdout) == [row["rank"] for row in rows]
    assert "--all-claims" not in every.stdout.decode()


def test_threshold_option_and_table(seed_path: Path) -> None:
    result = run_sift("claims", str(seed_path), "--claim-threshold", "1.0", "--json")
    assert result.returncode == 0, result.stderr.decode()
    assert all(row["label"] == "not check-worthy" for row in json.loads(result.stdout)["claims"])
    table = run_sift("claims", "-", stdin=b"The army said 500 soldiers crossed the border on Monday.\n")
    assert table.returncode == 0, table.stderr.decode()
    assert "check-worthy" in table.stdout.decode()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("claims", "/nonexistent/page.html"), "nonexistent"),
        (("claims", "-", "--claim-threshold", "2"), "--claim-threshold"),
    ],
)
def test_bad_input_is_one_line_exit_2(args: tuple[str, ...], needle: str) -> None:
    result = run_sift(*args, stdin=b"")
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr and needle in stderr
