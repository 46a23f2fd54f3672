"""``sift batch`` and ``sift documents`` on the command line: a run, its JSON summary, the listings, bad usage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from batch_corpus import write_pages


def sift(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "SIFT_DB": "/nonexistent/never-used.db"}
    return subprocess.run([sys.executable, "-m", "sift", *args], capture_output=True, timeout=600, env=env)


def one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("sift: error:") and "Traceback" not in stderr, stderr
    return lines[0]


def test_a_run_prints_its_summary_and_the_documents_can_be_listed_and_searched(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_pages(corpus, 3)
    (corpus / "nothing.html").write_text("<html><body><nav>Home</nav></body></html>")
    db = str(tmp_path / "sift.db")
    run = sift("batch", str(corpus), "--db", db, "--json", "--no-match")
    assert run.returncode == 1, run.stderr.decode()  # a page failed in this run (and the JSON is printed all the same)
    summary = json.loads(run.stdout)
    assert set(summary) == {"processed", "skipped", "failed", "seconds", "pages_per_s"}
    assert (summary["processed"], summary["skipped"], summary["failed"]) == (3, 0, 1)
    stderr = run.stderr.decode()
    assert "sift: failed: " in stderr and "nothing.html" in stderr
    assert "sift: batch: 3 analysed, 0 skipped (stored or failed before), 1 failed" in stderr
    assert "--retry-failed retries failures" in stderr  # a rerun after fixing the cause would skip it
    assert stderr.rstrip().endswith("; exit status 1: pages failed in this run (`sift documents failures`)")
    assert "no fact-checks" not in stderr  # matching is off
    stats = json.loads(sift("documents", "stats", "--db", db, "--json").stdout)
    assert stats == {"documents": 3, "failed": 1, "languages": {"en": 3}}
    listed = json.loads(sift("documents", "list", "--db", db, "--json").stdout)
    assert len(listed) == 3 and {"id", "title", "language", "location", "created", "updated"} <= set(listed[0])
    found = json.loads(sift("documents", "search", "Brest homes", "--db", db, "--json").stdout)
    assert [Path(item["location"]).name for item in found] == ["page-0001.html"]
    failures = json.loads(sift("documents", "failures", "--db", db, "--json").stdout)
    assert [Path(item["key"]).name for item in failures] == ["nothing.html"]
    table = sift("documents", "search", "council", "--db", db)
    assert table.returncode == 0 and b"Council vote" in table.stdout
    shown = json.loads(sift("documents", "show", found[0]["id"], "--db", db, "--json").stdout)
    assert shown["schema"] == "sift/1" and shown["id"] == found[0]["id"] and shown["title"] == found[0]["title"]
    assert shown["coverage"]["story"]  # where else its story runs as the store holds it now (batch stores none)
    terminal = sift("documents", "show", found[0]["id"], "--db", db)
    assert terminal.returncode == 0, terminal.stderr.decode()
    assert f"stored document {found[0]['id']}" in terminal.stdout.decode() and "Brest" in terminal.stdout.decode()
    assert "no document with id 'ffff0000ffff0000'" in one_error_line(
        sift("documents", "show", "ffff0000ffff0000", "--db", db)
    )
    rerun = sift("batch", str(corpus), "--db", db, "--json", "--no-match")
    assert rerun.returncode == 0 and "exit status" not in rerun.stderr.decode()  # the failure was skipped, not redone
    again = json.loads(rerun.stdout)
    assert (again["processed"], again["skipped"], again["failed"]) == (0, 4, 0)
    assert "--retry-failed retries failures" in rerun.stderr.decode()  # of the 4, one failed before


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        ((), "nothing to analyse"),
        (("missing-folder",), "no such file or directory"),
        (("{corpus}", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"), "not both"),
        (("{corpus}", "--urls", "{corpus}/none.txt"), "no such url list"),
        (("{corpus}", "--workers", "0"), "0"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(tmp_path: Path, args: tuple[str, ...], needle: str) -> None:
    corpus = tmp_path / "corpus"
    write_pages(corpus, 1)
    given = [arg.format(corpus=corpus) for arg in args]
    result = sift("batch", *given, "--db", str(tmp_path / "sift.db"))
    if needle == "0":  # typer refuses an out-of-range number itself, with its usage text
        assert result.returncode == 2 and b"Traceback" not in result.stderr
        return
    assert needle in one_error_line(result).lower()


def test_documents_search_needs_words(tmp_path: Path) -> None:
    db = str(tmp_path / "sift.db")
    assert sift("documents", "stats", "--db", db, "--json").returncode == 2  # no store there yet: one line
    assert "empty" in one_error_line(sift("documents", "search", "  ", "--db", db))


def test_a_run_on_a_store_without_factchecks_says_nothing_will_be_matched(tmp_path: Path) -> None:
    write_pages(tmp_path / "corpus", 1)
    run = sift("batch", str(tmp_path / "corpus"), "--db", str(tmp_path / "empty.db"))
    assert run.returncode == 0, run.stderr.decode()
    assert "has no fact-checks, so no page is matched" in run.stderr.decode()


def test_the_summary_line_says_what_was_passed_over_and_why_the_run_exits_1() -> None:
    from sift.batch import BatchSummary
    from sift.cli.batch import summary_line

    clean = summary_line(BatchSummary(processed=3, seconds=1.5), retry_failed=False)
    assert clean == "sift: batch: 3 analysed, 0 skipped (stored or failed before), 0 failed in 1.5 s (2.00 pages/s)"
    passed_over = summary_line(BatchSummary(processed=3, ignored=2, duplicates=4, seconds=1.0), retry_failed=False)
    assert "; 2 files or archive records were not pages (or hidden" in passed_over
    assert passed_over.endswith("; 4 URLs or JSONL lines given again were read once")
    failed = summary_line(BatchSummary(processed=1, failed=2, seconds=1.0), retry_failed=True)
    assert "--retry-failed" not in failed and failed.endswith(
        "; exit status 1: pages failed in this run (`sift documents failures`)"
    )
    # a rerun that skipped only stored pages has nothing to retry; one that skipped earlier failures says how
    stored_only = summary_line(BatchSummary(skipped=5, seconds=1.0), retry_failed=False)
    assert "--retry-failed" not in stored_only
    failed_before = summary_line(BatchSummary(skipped=5, failed_before=2, seconds=1.0), retry_failed=False)
    assert failed_before.endswith("; --retry-failed retries failures")
