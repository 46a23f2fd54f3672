"""Every endpoint of the JSON API, through the real app on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from sift.api.app import create_app
from sift.api.settings import ServeSettings
from sift.errors import ConfigError
from sift.store import Store
from sift.store.desk import hash_token

pytestmark = pytest.mark.anyio

ARTICLE = (
    "Ministry says 40 people evacuated after bridge collapse\n\n"
    "The regional ministry said on Monday that 40 people were evacuated after the old bridge over the river "
    "collapsed in the early morning. Police said the cause was not yet known.\n"
)


def assert_problem(response: httpx.Response, status: int) -> dict[str, object]:
    """The one error shape: RFC 9457 problem details."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status and isinstance(body["detail"], str) and body["detail"]
    return body


async def test_healthz(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok" and response.json()["factchecks"] >= 40


async def test_check_text_is_stored_and_listed(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    response = await client.post("/api/check", json={"text": ARTICLE}, headers=auth)
    assert response.status_code == 201, response.text
    doc = response.json()
    assert doc["schema"] == "sift/1" and doc["language"] == "en"
    assert response.headers["location"] == f"/api/documents/{doc['id']}"
    listed = (await client.get("/api/documents", params={"q": "bridge"})).json()["documents"]
    assert doc["id"] in [item["id"] for item in listed]
    in_body = (await client.get("/api/documents", params={"q": "POLICE cause river"})).json()["documents"]
    assert [item["id"] for item in in_body] == [doc["id"]]  # full text: words of the body, any case, all of them
    assert (await client.get("/api/documents", params={"q": "police volcano"})).json()["documents"] == []
    english = (await client.get("/api/documents", params={"q": "bridge", "lang": "en"})).json()["documents"]
    assert doc["id"] in [item["id"] for item in english]
    assert (await client.get("/api/documents", params={"q": "bridge", "lang": "fr"})).json()["documents"] == []
    again = await client.get(f"/api/documents/{doc['id']}")
    assert again.json()["id"] == doc["id"]
    markdown = await client.get(f"/api/documents/{doc['id']}", params={"format": "md"})
    assert markdown.headers["content-type"].startswith("text/markdown") and "# " in markdown.text
    page = await client.get(f"/api/documents/{doc['id']}", params={"format": "html"})
    assert page.headers["content-type"].startswith("text/html") and "<html" in page.text


async def test_check_upload_of_the_seed_finds_the_debunk(
    client: httpx.AsyncClient, seed_path: Path, auth: dict[str, str]
) -> None:
    files = {"file": ("seed.txt", seed_path.read_bytes(), "text/plain")}
    response = await client.post("/api/check", files=files, headers=auth)
    assert response.status_code == 201, response.text
    doc = response.json()
    assert doc["title"] == "Russia: US Directly Supports ISIL Terrorists in Syria"
    assert doc["source"]["location"] == "seed.txt"
    urls = " ".join(m["factcheck"]["review_url"] + m["factcheck"]["claim"] for m in doc["matches"])
    assert "Albu Kamal" in urls or "albu-kamal" in urls.lower() or "AC-130" in urls


async def test_check_upload_named_md_is_read_as_markdown(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    page = "# Bridge collapse in the valley\n\n" + ARTICLE.replace("40 people", "**40 people**")
    files = {"file": ("brest-notes.md", page.encode(), "application/octet-stream")}
    response = await client.post("/api/check", files=files, headers=auth)
    assert response.status_code == 201, response.text
    doc = response.json()
    assert doc["source"]["location"] == "brest-notes.md" and doc["source"]["media_type"] == "text/markdown"
    texts = " ".join(block["text"] for block in doc["blocks"])
    assert "said on Monday that 40 people were evacuated" in texts  # before: "# Bridge…" and "**40 people**"
    assert "#" not in texts and "**" not in texts


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": {"text": ""}}, 400),
        ({"json": {"text": "a", "url": "https://example.org"}}, 400),
        ({"json": ["text"]}, 400),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
        ({"content": b"text=hello", "headers": {"content-type": "text/plain"}}, 415),
        ({"files": {"file": ("x.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "image/png")}}, 400),
        ({"files": {"other": ("x.txt", b"hello", "text/plain")}}, 400),
    ],
)
async def test_check_bad_input_is_a_problem(client: httpx.AsyncClient, kwargs: dict[str, object], status: int) -> None:
    assert_problem(await client.post("/api/check", **kwargs), status)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/", "http://localhost:8080/", "http://[::1]/", "http://2130706433/", "http://169.254.169.254/"],
)
async def test_check_refuses_private_urls(client: httpx.AsyncClient, url: str) -> None:
    body = assert_problem(await client.post("/api/check", json={"url": url}), 422)
    assert "private" in str(body["detail"]).lower() or "loopback" in str(body["detail"]).lower()


async def test_unknown_ids_are_404_problems(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/api/documents/nope"), 404)
    assert_problem(await client.get("/api/factchecks/nope"), 404)
    assert_problem(await client.get("/api/no-such-endpoint"), 404)


async def test_factcheck_search_and_get(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/api/factchecks/search",
        params={"q": "photos des frappes de la coalition à Abou Kamal venaient d'un jeu vidéo"},
    )
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert results and "factcheck" in results[0] and 0 <= results[0]["score"] <= 1
    record_id = results[0]["factcheck"]["id"]
    record = (await client.get(f"/api/factchecks/{record_id}")).json()
    assert record["id"] == record_id and record["review_url"].startswith("http")
    assert_problem(await client.get("/api/factchecks/search"), 422)
    assert_problem(await client.get("/api/factchecks/search", params={"q": "x", "k": 0}), 422)
    assert_problem(await client.get("/api/factchecks/search", params={"q": "x", "date": "14/11/2017"}), 422)
    dated = await client.get(
        "/api/factchecks/search", params={"q": "Abou Kamal convoi de l'État islamique", "date": "2017-11-14"}
    )
    assert dated.status_code == 200 and "the claim" in dated.json()["results"][0]["evidence"]


async def test_writes_need_the_token(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    page = {"text": ARTICLE + "\nA second paragraph makes it new."}
    doc = (await client.post("/api/check", json=page, headers=auth)).json()
    refused = assert_problem(await client.delete(f"/api/documents/{doc['id']}"), 401)
    assert "Bearer" in str(refused["detail"])
    wrong = await client.delete(f"/api/documents/{doc['id']}", headers={"Authorization": "Bearer wrong-token-123"})
    assert_problem(wrong, 401)
    assert (await client.delete(f"/api/documents/{doc['id']}", headers=auth)).status_code == 204
    assert_problem(await client.get(f"/api/documents/{doc['id']}"), 404)
    assert_problem(await client.delete(f"/api/documents/{doc['id']}", headers=auth), 404)


async def test_storing_a_checked_page_needs_a_reviewer_token(
    client: httpx.AsyncClient, auth: dict[str, str], sample_store: Store
) -> None:
    """Anyone may have a page analysed; only a reviewer (or higher) stores it, and the audit log says who."""
    page = {"text": ARTICLE + "\nOnly the token decides whether this copy is kept."}
    anonymous = await client.post("/api/check", json=page)
    assert anonymous.status_code == 200 and anonymous.headers["sift-stored"] == "false", anonymous.text
    doc_id = anonymous.json()["id"]
    assert "location" not in anonymous.headers
    assert_problem(await client.get(f"/api/documents/{doc_id}"), 404)
    assert_problem(await client.post("/api/check", json=page, headers={"Authorization": "Bearer wrong-token-123"}), 401)
    sample_store.add_token("rea-check", "reader", hash_token("reader-secret-123"), actor="local:test")
    reader = await client.post("/api/check", json=page, headers={"Authorization": "Bearer reader-secret-123"})
    assert reader.status_code == 200 and reader.headers["sift-stored"] == "false"
    assert_problem(await client.get(f"/api/documents/{doc_id}"), 404)
    stored = await client.post("/api/check", json=page, headers=auth)
    assert stored.status_code == 201 and stored.headers["location"] == f"/api/documents/{doc_id}"
    assert (await client.get(f"/api/documents/{doc_id}")).status_code == 200
    entry = sample_store.list_audit(action="check", limit=1)[0]
    assert (entry.actor, entry.target) == ("admin", doc_id)


async def test_import_needs_the_token_and_reports_counts(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    record = {
        "claim": "A statue of a bear was unveiled on the Moon in 2023.",
        "review_url": "https://factcheck.example.org/moon-bear",
        "publisher_name": "Example Checks",
        "rating": "False",
        "language": "en",
    }
    files = {"file": ("records.jsonl", json.dumps(record).encode() + b"\n", "application/jsonl")}
    assert_problem(await client.post("/api/factchecks/import", files=files), 401)
    response = await client.post("/api/factchecks/import", files=files, headers=auth)
    assert response.status_code == 200, response.text
    assert response.json()["imported"] + response.json()["duplicate"] == 1
    assert response.json()["source"] == "records.jsonl"
    again = await client.post("/api/factchecks/import", files=files, headers=auth)
    assert again.json()["imported"] == 0 and again.json()["duplicate"] == 1
    hits = (await client.get("/api/factchecks/search", params={"q": "bear statue on the moon"})).json()["results"]
    assert hits[0]["factcheck"]["review_url"] == record["review_url"]


async def test_read_only_server_refuses_writes(sample_store: Store) -> None:
    app = create_app(ServeSettings(read_only=True), sample_store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
        assert_problem(await client.delete("/api/documents/x", headers={"Authorization": "Bearer whatever1"}), 403)


def test_server_refuses_to_start_with_writes_and_no_token() -> None:
    with pytest.raises(ConfigError, match="SIFT_TOKEN"):
        ServeSettings()
    assert ServeSettings(read_only=True).writes_enabled is False
    assert ServeSettings(insecure_dev=True).token is None


async def test_body_limit_is_a_413_problem(sample_store: Store) -> None:
    app: FastAPI = create_app(ServeSettings(token="x" * 12, max_body_bytes=2048), sample_store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
        assert_problem(await client.post("/api/check", json={"text": "word " * 2000}), 413)


async def test_security_headers(client: httpx.AsyncClient) -> None:
    for path in ("/", "/healthz", "/api/documents"):
        headers = (await client.get(path)).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"


async def test_full_check_queue_is_a_503_with_retry_after(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch, csrf
) -> None:
    import asyncio
    import threading

    app = create_app(ServeSettings(read_only=True, check_workers=0), sample_store)
    engine = app.state.engine
    engine.max_queued_checks = 0
    release = threading.Event()
    real_check = engine.workbench.check

    def slow_check(source: str | bytes, *, kind: str | None = None, name: str | None = None) -> object:
        release.wait(30)
        return real_check(source, kind=kind, name=name)

    monkeypatch.setattr(engine.workbench, "check", slow_check)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
        running = asyncio.create_task(client.post("/api/check", json={"text": ARTICLE}))
        while engine._admitted == 0:
            await asyncio.sleep(0.01)
        refused = await client.post("/api/check", json={"text": ARTICLE})
        body = assert_problem(refused, 503)
        assert int(refused.headers["retry-after"]) >= 1 and "retry" in str(body["detail"])
        token = await csrf(client)
        page = await client.post("/check", data={"text": ARTICLE, "csrf_token": token})
        assert page.status_code == 503 and 'role="alert"' in page.text
        release.set()
        assert (await running).status_code == 200
    engine.close()


def test_sift_serve_without_a_token_exits_2_with_one_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {key: value for key, value in os.environ.items() if key != "SIFT_TOKEN"}
    command = [sys.executable, "-m", "sift", "serve", "--db", str(tmp_path / "s.db")]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "SIFT_TOKEN" in result.stderr and "--read-only" in result.stderr
