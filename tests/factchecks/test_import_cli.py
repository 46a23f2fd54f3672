"""``sift factchecks …`` end to end through the real entry point: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sift.cli import main
from sift.sample import sample_path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_SIZE = sum(1 for line in sample_path().read_text(encoding="utf-8").splitlines() if line.strip())


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``sift argv…``."""
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "sift.db")


def test_load_sample_twice(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "factchecks", "load-sample", "--db", db, "--json")
    assert code == 0 and json.loads(out)[0]["imported"] == SAMPLE_SIZE
    code, out, _ = run(capsys, "factchecks", "load-sample", "--db", db, "--json")
    assert json.loads(out)[0]["duplicate"] == SAMPLE_SIZE and json.loads(out)[0]["imported"] == 0


def test_import_several_files_and_report_a_bad_one(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"dataFeedElement": [', encoding="utf-8")
    sources = [str(FIXTURES / "datafeed.json"), str(bad), str(FIXTURES / "factchecks.csv")]
    code, out, err = run(capsys, "factchecks", "import", *sources, "--db", db, "--json")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("sift: error: 1 of 3 files could not be imported")
    summaries = json.loads(out)
    assert [s["imported"] for s in summaries] == [3, 0, 1]  # the CSV shares one review with the feed
    assert summaries[1]["reasons"][0].startswith("not imported: ")
    code, out, _ = run(capsys, "factchecks", "stats", "--db", db, "--json")
    assert json.loads(out)["total"] == 4


def test_import_table_lists_rejections(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "factchecks", "import", str(FIXTURES / "claims-search.json"), "--db", db)
    assert code == 0
    assert "claim 3: claim has no claimReview list" in out


def test_list_search_stats(capsys: pytest.CaptureFixture[str], db: str) -> None:
    run(
        capsys,
        "factchecks",
        "import",
        str(FIXTURES / "datafeed.json"),
        str(FIXTURES / "claimreview-microdata.html"),
        "--db",
        db,
    )
    code, out, _ = run(capsys, "factchecks", "list", "--lang", "es", "--db", db, "--json")
    assert code == 0 and {r["language"] for r in json.loads(out)} == {"es"} and len(json.loads(out)) == 2
    code, out, _ = run(capsys, "factchecks", "list", "-n", "1", "--db", db, "--json")
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, "factchecks", "search", "ALBOU kamal", "--db", db, "--json")
    assert [r["language"] for r in json.loads(out)] == ["fr"]
    code, out, _ = run(capsys, "factchecks", "search", "convoy", "--verdict", "false", "--db", db)
    assert code == 0 and "Albu Kamal" in out
    code, out, _ = run(capsys, "factchecks", "stats", "--db", db)
    assert code == 0 and "4 fact-checks" in out and "Verifica Ejemplo" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["list", "--verdict", "nope"], "unknown verdict 'nope'"),
        (["list", "-n", "0"], "limit must be between 1 and 1000"),
        (["search", "  "], "the search query is empty"),
        (["search", "x" * 1_000_000], "search query is 1000000 characters long; the limit is 1000"),
        (["export", "--format", "xml"], "--format 'xml' is not supported"),
    ],
)
def test_bad_arguments_are_one_line(capsys: pytest.CaptureFixture[str], db: str, argv: list[str], message: str) -> None:
    run(capsys, "factchecks", "load-sample", "--db", db)
    code, _, err = run(capsys, "factchecks", *argv, "--db", db)
    assert code == 2 and err.count("\n") == 1 and message in err


def test_reading_commands_never_create_a_store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "none" / "sift.db"
    for command in ("list", "stats", "export"):
        code, _, err = run(capsys, "factchecks", command, "--db", str(missing))
        assert code == 2 and "no store at" in err and "load-sample" in err
    assert not missing.parent.exists()


def test_export_then_import(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    run(capsys, "factchecks", "load-sample", "--db", db)
    out_file = tmp_path / "feed.jsonld"
    code, out, err = run(capsys, "factchecks", "export", "--format", "claimreview", "--out", str(out_file), "--db", db)
    assert code == 0 and out == "" and f"wrote {SAMPLE_SIZE} fact-checks" in err
    assert json.loads(out_file.read_text(encoding="utf-8"))["@type"] == "DataFeed"
    fresh = str(tmp_path / "fresh.db")
    code, out, _ = run(capsys, "factchecks", "import", str(out_file), "--db", fresh, "--json")
    assert json.loads(out)[0]["imported"] == SAMPLE_SIZE
    code, out, _ = run(capsys, "factchecks", "export", "--format", "jsonl", "--db", fresh)
    assert len(out.splitlines()) == SAMPLE_SIZE


def test_export_format_follows_a_jsonl_suffix(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    run(capsys, "factchecks", "load-sample", "--db", db)
    lines = tmp_path / "all.jsonl"  # JSON-LD written into a .jsonl file before
    code, _, _ = run(capsys, "factchecks", "export", "--out", str(lines), "--db", db)
    assert code == 0 and len(lines.read_text(encoding="utf-8").splitlines()) == SAMPLE_SIZE
    feed = tmp_path / "feed.json"
    code, _, _ = run(capsys, "factchecks", "export", "--out", str(feed), "--db", db)
    assert code == 0 and json.loads(feed.read_text(encoding="utf-8"))["@type"] == "DataFeed"


def test_export_to_a_folder_is_refused(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    run(capsys, "factchecks", "load-sample", "--db", db)
    code, _, err = run(capsys, "factchecks", "export", "--out", str(tmp_path), "--db", db)
    assert code == 2 and "is a folder" in err


def test_help_loads_no_heavy_module() -> None:
    script = (
        "import sys\n"
        "from sift.cli import main\n"
        "try:\n"
        "    main(['factchecks', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = {'sqlite3', 'psycopg', 'extruct', 'ijson', 'lxml', 'sift.store', 'sift.factchecks.importers'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    assert "import" in result.stdout and result.stdout.strip().splitlines()[-1] == "[]"


def test_stats_table_is_capped(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    rows = [
        {"claim": f"claim {n}", "review_url": f"https://p{n}.example.org/1", "publisher_name": f"Publisher {n:02d}"}
        for n in range(30)
    ]
    source = tmp_path / "many.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    run(capsys, "factchecks", "import", str(source), "--db", db)
    code, out, _ = run(capsys, "factchecks", "stats", "--db", db)
    assert code == 0 and "5 more (see --json)" in out and "Publisher 29" not in out
    _, out, _ = run(capsys, "factchecks", "stats", "--db", db, "--json")
    assert len(json.loads(out)["by_publisher"]) == 30
