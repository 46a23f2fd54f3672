"""Reproduction #8 of issue 17: two ``sift serve`` on one store (SQLite file, PostgreSQL database).

Before, server B did not find records imported through server A, and simultaneous imports on both answered
503 ``cannot write the match index ... rows.jsonl.tmp`` for some files although their records were stored.
Now every import answers 200 and each server finds every record, whichever server imported it.
"""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from live_server import sift_server
from postgres_server import fresh_postgres_database
from sift.factchecks.record import FactCheck

TOKEN = "two-servers-token-123"
FILES = 6


def factcheck(server: int, file: int, n: int) -> FactCheck:
    return FactCheck(
        claim=f"Server {server} file {file} says the lighthouse {server}q{file}q{n} of Tallinn was sold for one euro.",
        review_url=f"https://checks.example/two-servers/{server}/{file}/{n}",
        publisher_name="Example Checks",
        rating="False",
        verdict="false",
        language="en",
    )


def import_file(base: str, folder: Path, server: int, file: int) -> httpx.Response:
    path = folder / f"s{server}-f{file}.jsonl"
    path.write_text("\n".join(json.dumps(factcheck(server, file, n).to_dict()) for n in range(5)), encoding="utf-8")
    with path.open("rb") as handle:
        return httpx.post(
            f"{base}/api/factchecks/import",
            files={"file": (path.name, handle, "application/jsonl")},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=300,
        )


def found(base: str, wanted: FactCheck, *, within_s: float = 60.0) -> bool:
    """Whether ``base`` ranks ``wanted`` first for its own claim (it catches up within a second or two)."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        answer = httpx.get(f"{base}/api/factchecks/search", params={"q": wanted.claim, "k": 1}, timeout=120)
        assert answer.status_code == 200, answer.text
        results = answer.json()["results"]
        if results and results[0]["factcheck"]["id"] == wanted.id:
            return True
        time.sleep(0.5)
    return False


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_servers_on_one_store_find_what_either_imported(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    db = (
        str(tmp_path / "sift.db")
        if backend == "sqlite"
        else fresh_postgres_database(request.getfixturevalue("postgres_url"))
    )
    env = {"SIFT_TOKEN": TOKEN, "XDG_CACHE_HOME": str(tmp_path / "cache")}  # a PostgreSQL store's index lives there
    with sift_server("--db", db, env=env) as first, sift_server("--db", db, env=env) as second:
        servers = (first, second)
        with ThreadPoolExecutor(max_workers=2 * FILES) as pool:
            jobs = [
                pool.submit(import_file, servers[server], tmp_path, server, file)
                for file in range(FILES)
                for server in (0, 1)
            ]
            answers = [job.result() for job in jobs]
        assert [a.status_code for a in answers] == [200] * len(answers), [
            a.text for a in answers if a.status_code != 200
        ]
        assert sum(a.json()["imported"] for a in answers) == 2 * FILES * 5
        for base in servers:
            for server in (0, 1):
                for file in (0, FILES - 1):
                    wanted = factcheck(server, file, 3)
                    assert found(base, wanted), f"{base} does not find {wanted.claim!r}"
