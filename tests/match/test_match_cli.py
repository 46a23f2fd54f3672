"""``sift match``: table and JSON output from a JSONL store, and one-line errors on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_match_support import RECORDS

from sift.cli import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "checks.jsonl"
    path.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in RECORDS), encoding="utf-8")
    return str(path)


def test_json_output_ranks_the_right_factcheck_first(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["match", "Bill Gates wants to put microchips in vaccines", "--db", db, "--json", "-k", "2"])
    assert exit_.value.code == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2 and rows[0]["factcheck"]["id"] == RECORDS[3].id
    assert set(rows[0]) == {"score", "level", "evidence", "factcheck"}


def test_table_output_in_another_language(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    with pytest.raises(SystemExit) as exit_:
        main(["match", "Bill Gates veut implanter des micropuces avec les vaccins", "--db", db, "--lang", "fr"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    first_row = next(line for line in out.splitlines() if line.startswith("│ 1 "))
    assert "microchips in vaccines" in first_row and "Example Checks" in first_row and "https://checks" in first_row


def test_a_date_is_accepted_for_undated_records(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """These records carry no date: the ranking stands and the evidence makes no claim about time."""
    with pytest.raises(SystemExit) as exit_:
        main(["match", "Bill Gates wants to put microchips in vaccines", "--db", db, "--json", "--date", "2020-05-01"])
    assert exit_.value.code == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["factcheck"]["id"] == RECORDS[3].id
    assert "the claim" not in rows[0]["evidence"]


@pytest.mark.parametrize(
    "args",
    [
        ["match", "   "],
        ["match", "text", "--db", "/nonexistent/x.jsonl"],
        ["match", "text", "--date", "05/11/2017"],  # May or November
        ["match", "text", "--date", "yesterday"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], capsys: pytest.CaptureFixture[str], db: str) -> None:
    if "--db" not in args:
        args = [*args, "--db", db]
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("sift: error:") and "\n" not in err


def test_a_keyword_lists_the_factchecks_naming_it_not_no_factcheck_found(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "sift match bucha" said "No published fact-check found for this text" above the Bucha fact-checks
    monkeypatch.setenv("COLUMNS", "300")
    with pytest.raises(SystemExit) as exit_:
        main(["match", "gates", "--db", db, "-k", "2"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "No published fact-check found" not in out and "Fact-checks naming 'gates' first" in out
    first_row = next(line for line in out.splitlines() if line.startswith("│ 1 "))
    assert "Gates" in first_row


def test_a_short_query_no_factcheck_names_is_no_keyword(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "zebra crossing" was titled "Fact-checks naming 'zebra crossing' first" above hits naming neither (review33)
    monkeypatch.setenv("COLUMNS", "300")
    with pytest.raises(SystemExit) as exit_:
        main(["match", "zebra giraffe", "--db", db, "-k", "3"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "No published fact-check found" in out and "naming" not in out


def test_a_language_that_is_no_code_is_refused(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["match", "Bill Gates wants microchips", "--db", db, "--lang", "klingon"])
    assert exit_.value.code == 2 and "--lang 'klingon' is no language code" in capsys.readouterr().err
