"""``sift check --server URL``: the check runs on a live ``sift serve`` and comes back as the same document."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from live_server import find_free_port, sift_server


def sift(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "SIFT_DB": "/nonexistent/never-used.db"}
    env.pop("SIFT_SERVER", None)
    return subprocess.run([sys.executable, "-m", "sift", *args], input=stdin, capture_output=True, timeout=600, env=env)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("server") / "sift.db"
    with sift_server("--db", str(db), "--load-sample", "--read-only") as base:
        yield base


def test_a_page_checked_on_the_server_is_the_document_a_local_check_gives(server: str, seed_path: Path) -> None:
    remote = sift("check", str(seed_path), "--server", server, "--format", "json")
    assert remote.returncode == 0, remote.stderr.decode()
    doc = json.loads(remote.stdout)
    assert doc["schema"] == "sift/1" and doc["title"] == "Russia: US Directly Supports ISIL Terrorists in Syria"
    assert doc["source"]["location"] == seed_path.name  # uploaded under its name
    assert doc["claims"] and doc["attributions"] and doc["matches"]  # every stage, the server's fact-checks
    assert b"stored the page" not in remote.stderr  # a read-only server analyses without storing
    piped = sift("check", "-", "--server", server, "--format", "md", stdin=seed_path.read_bytes())
    assert piped.returncode == 0 and piped.stdout.startswith(b"# Russia: US Directly Supports ISIL")


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (("--db", "other.db"), "--db cannot be used with --server"),
        (("--no-match",), "--no-match cannot be used with --server"),
        (("--claim-threshold", "0.5"), "--claim-threshold cannot be used with --server"),
        (("--comments",), "--comments cannot be used with --server"),
    ],
)
def test_settings_the_server_owns_are_refused(seed_path: Path, extra: tuple[str, ...], needle: str) -> None:
    result = sift("check", str(seed_path), "--server", "http://127.0.0.1:9", *extra)
    assert (
        result.returncode == 2
        and result.stderr.decode().strip() == f"sift: error: {needle}: the server's store and settings apply"
    )


def test_sift_token_goes_to_the_server_as_the_bearer_token(seed_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server stores a page only for a reviewer token: the CLI passes SIFT_TOKEN on, and a refusal is one line."""
    import httpx

    from sift.cli.remote import check_on_server
    from sift.errors import ConfigError

    sent: list[dict[str, str]] = []

    def refuse(url: str, **kwargs: object) -> httpx.Response:
        sent.append(dict(kwargs["headers"]))  # type: ignore[call-overload]
        problem = {"title": "Unauthorized", "status": 401, "detail": "the bearer token is not valid for this server"}
        return httpx.Response(401, json=problem)

    monkeypatch.setattr(httpx, "post", refuse)
    monkeypatch.setenv("SIFT_TOKEN", "reviewer-secret-123")
    with pytest.raises(ConfigError, match="does not accept SIFT_TOKEN: the bearer token is not valid"):
        check_on_server("http://127.0.0.1:9", str(seed_path), max_bytes=1 << 20)
    monkeypatch.delenv("SIFT_TOKEN")
    with pytest.raises(ConfigError):
        check_on_server("http://127.0.0.1:9", str(seed_path), max_bytes=1 << 20)
    assert sent == [{"Authorization": "Bearer reviewer-secret-123"}, {}]


def test_a_page_the_server_stored_is_named_by_its_id(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import httpx

    from sift.cli.check import _check_on_server
    from sift.document import Document, Source

    doc = Document(id="0123456789abcdef", source=Source(kind="text", location="<text>", sha256="0" * 64), raw="")
    settings = {
        "db": None,
        "no_match": False,
        "claim_threshold": None,
        "comments": False,
        "allow_private": False,
        "max_bytes": 1 << 20,
    }
    stored = httpx.Response(201, json=doc.to_dict(), headers={"Location": "/api/documents/0123456789abcdef"})
    monkeypatch.setattr(httpx, "post", lambda url, **kwargs: stored)
    assert _check_on_server("http://127.0.0.1:9/", "A page about things.", settings).id == doc.id
    assert capsys.readouterr().err == (
        "sift: the server stored the page as document 0123456789abcdef (http://127.0.0.1:9/documents/0123456789abcdef)\n"
    )
    analysed = httpx.Response(200, json=doc.to_dict(), headers={"Sift-Stored": "false"})  # no reviewer token
    monkeypatch.setattr(httpx, "post", lambda url, **kwargs: analysed)
    assert _check_on_server("http://127.0.0.1:9/", "A page about things.", settings).id == doc.id
    assert capsys.readouterr().err == ""


def test_no_server_there_is_one_line(seed_path: Path) -> None:
    result = sift("check", str(seed_path), "--server", f"http://127.0.0.1:{find_free_port()}")
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and "is `sift serve` running there?" in lines[0]
    assert "not an http(s) URL" in sift("check", str(seed_path), "--server", "127.0.0.1:8080").stderr.decode()


def test_serve_on_a_port_in_use_is_one_clear_error(tmp_path: Path) -> None:
    # it printed "sift: serving http://…" and then uvicorn's "[Errno 98]" log line
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        env = {**os.environ, "SIFT_TOKEN": "port-in-use-token-0123"}
        result = subprocess.run(
            [sys.executable, "-m", "sift", "serve", "--port", str(port), "--db", str(tmp_path / "sift.db")],
            capture_output=True,
            timeout=300,
            env=env,
        )
    stderr = result.stderr.decode()
    assert result.returncode == 2 and f"cannot listen on 127.0.0.1:{port}: Address already in use" in stderr
    assert "serving" not in stderr and "Traceback" not in stderr


def test_serve_names_what_is_wrong_with_a_host() -> None:
    # a host that does not resolve is no "port in use" (review33: "Unknown error -2 (another server may be…)")
    from sift.cli.serve import _listen
    from sift.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        _listen("nosuch.invalid", 0)
    assert "cannot listen on nosuch.invalid:0" in str(caught.value) and "--port" not in str(caught.value)
