"""The server-rendered pages: forms, report, lists, and escaping of hostile text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.anyio

# Live markup only: escaped text (&lt;script&gt;) is what we want to see, so the patterns start with a real "<".
SCRIPT_PAYLOAD = re.compile(
    r"<script>\s*(window\.__xss|alert)|<img[^>]*onerror|<[a-z]+[^>]*onmouseover=", re.IGNORECASE
)


async def test_check_page_has_labelled_inputs(client: httpx.AsyncClient) -> None:
    page = (await client.get("/", headers={"accept": "text/html"})).text
    for field in ("text", "url", "file"):
        assert f'<label for="{field}">' in page and f'id="{field}"' in page
    assert '<script src="/static/app.js"' in page
    assert (await client.get("/static/app.js")).status_code == 200
    assert (await client.get("/report.css")).headers["content-type"].startswith("text/css")


async def test_form_submission_redirects_to_the_report(client: httpx.AsyncClient, seed_path: Path) -> None:
    response = await client.post("/check", data={"text": seed_path.read_text(encoding="utf-8")})
    assert response.status_code == 303
    report = await client.get(response.headers["location"])
    assert "Russia: US Directly Supports ISIL Terrorists in Syria" in report.text
    assert "speaker-chip" in report.text and "factcheck-card" in report.text
    assert 'class="claim' in report.text
    download = await client.get(response.headers["location"], params={"download": "json"})
    assert "attachment" in download.headers["content-disposition"]
    assert json.loads(download.text)["schema"] == "sift/1"
    listing = await client.get("/documents", params={"q": "ISIL"})
    assert "Russia: US Directly Supports" in listing.text


async def test_form_errors_render_the_form_again(client: httpx.AsyncClient) -> None:
    response = await client.post("/check", data={"text": "", "url": ""})
    assert response.status_code == 400 and 'role="alert"' in response.text
    refused = await client.post("/check", data={"url": "http://127.0.0.1:9/"})
    assert refused.status_code == 400 and "private" in refused.text.lower()


async def test_missing_document_page_is_html_404(client: httpx.AsyncClient) -> None:
    response = await client.get("/documents/nope", headers={"accept": "text/html"})
    assert response.status_code == 404 and "<h1>" in response.text


async def test_factcheck_browser_filters(client: httpx.AsyncClient) -> None:
    page = (await client.get("/factchecks", params={"q": "Albu Kamal"})).text
    assert "factcheck-card" in page and "AC-130" in page
    french = (await client.get("/factchecks", params={"lang": "fr"})).text
    assert 'lang">fr<' in french and 'lang">en<' not in french
    nothing = (await client.get("/factchecks", params={"q": "zzzz-no-such-claim"})).text
    assert "No fact-checks match" in nothing


async def test_hostile_page_is_escaped_everywhere(client: httpx.AsyncClient, hostile_page: str) -> None:
    response = await client.post("/api/check", json={"html": hostile_page})
    assert response.status_code == 201, response.text
    doc_id = response.json()["id"]
    for url, params in ((f"/documents/{doc_id}", {}), (f"/api/documents/{doc_id}", {"format": "html"})):
        page = (await client.get(url, params=params)).text
        assert not SCRIPT_PAYLOAD.search(page), SCRIPT_PAYLOAD.search(page)
    listing = (await client.get("/documents")).text
    assert not SCRIPT_PAYLOAD.search(listing)


async def test_hostile_factcheck_is_escaped(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    record = {
        "claim": "<script>window.__xss=9</script> claim with <img src=x onerror=window.__xss=10>",
        "review_url": "https://factcheck.example.org/xss",
        "publisher_name": "<b onmouseover=window.__xss=11>Evil</b>",
        "rating": "<script>alert(1)</script>",
        "language": "en",
    }
    files = {"file": ("x.jsonl", json.dumps(record).encode() + b"\n", "application/jsonl")}
    assert (await client.post("/api/factchecks/import", files=files, headers=auth)).status_code == 200
    page = (await client.get("/factchecks", params={"q": "claim with"})).text
    assert "&lt;script&gt;window.__xss=9" in page and not SCRIPT_PAYLOAD.search(page)
