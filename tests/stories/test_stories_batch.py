"""``sift batch`` builds stories (#14 acceptance): a folder with three stories told in three languages each and
five unrelated pages gives three stories holding exactly their pages, whether the pages are stored by this process
(SQLite) or by Dask workers writing side by side (PostgreSQL). Pages from bench/data/stories-dev."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postgres_server import fresh_postgres_database

PAGES = Path(__file__).resolve().parents[2] / "bench" / "data" / "stories-dev"
STORIES = {
    "cop27-loss-damage-fund": ("cop27-en.html", "cop27-fr.html", "cop27-de.html"),
    "kramatorsk-station-strike": ("kramatorsk-en.html", "kramatorsk-fr.html", "kramatorsk-de.html"),
    "pylos-shipwreck-2023": ("pylos-en.html", "pylos-de.html", "pylos-fr.html"),
}
UNRELATED = (
    "zimbabwe-fr.html",
    "twitter-musk-en.html",
    "spain-election-es.html",
    "iphone15-en.html",
    "ecb-rates-de.html",
)


def sift(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "SIFT_DB": "/nonexistent/never-used.db"}
    result = subprocess.run([sys.executable, "-m", "sift", *args], capture_output=True, timeout=1200, env=env)
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    return result


def stories_of_a_batch(folder: Path, db: str, *extra: str) -> set[frozenset[str]]:
    """Run ``sift batch`` over ``folder`` and return the stories as sets of page file names."""
    for name in (*(name for names in STORIES.values() for name in names), *UNRELATED):
        shutil.copy(PAGES / name, folder / name)
    summary = json.loads(sift("batch", str(folder), "--db", db, "--no-match", "--json", *extra).stdout)
    assert (summary["processed"], summary["failed"]) == (14, 0)
    listed = json.loads(sift("stories", "list", "--db", db, "--json").stdout)["stories"]
    assert all(Path(doc["source"]).parent == folder for story in listed for doc in story["documents"])
    return {frozenset(Path(doc["source"]).name for doc in story["documents"]) for story in listed}


def expected() -> set[frozenset[str]]:
    return {frozenset(names) for names in STORIES.values()} | {frozenset({name}) for name in UNRELATED}


def test_a_batch_in_one_process_forms_the_three_stories(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    assert stories_of_a_batch(tmp_path / "corpus", str(tmp_path / "sift.db")) == expected()


@pytest.mark.slow
@pytest.mark.postgres
def test_dask_workers_writing_to_postgres_form_the_same_stories(tmp_path: Path, postgres_url: str) -> None:
    (tmp_path / "corpus").mkdir()
    location = fresh_postgres_database(postgres_url)
    assert stories_of_a_batch(tmp_path / "corpus", location, "--workers", "2") == expected()
