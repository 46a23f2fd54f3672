"""Hostile requests: nesting bombs, lone surrogates, huge integers, a failing route, foreign hosts and origins.

Reproductions #2, #3, #4 and #10 of issue 17, through the real app: ``POST /api/check`` with a 100k-deep body
or ``"\\ud800"`` answered 500; ``?offset=9223372036854775808`` was an OverflowError (500); 500 responses had
none of the security headers; a cross-site form posted to ``/check`` stored a document, and any ``Host``
was answered.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from test_api import ARTICLE, assert_problem

from sift.api.app import create_app
from sift.api.settings import ServeSettings
from sift.json_input import MAX_JSON_DEPTH
from sift.store import Store

pytestmark = pytest.mark.anyio

HUGE = "9223372036854775808"  # 2**63: one past SQLite's and PostgreSQL's largest integer


async def test_deeply_nested_bodies_are_422_problems(client: httpx.AsyncClient) -> None:
    for depth in (MAX_JSON_DEPTH + 1, 100_000):
        body = b'{"text": ' + b"[" * depth + b"]" * depth + b"}"
        response = await client.post("/api/check", content=body, headers={"content-type": "application/json"})
        problem = assert_problem(response, 422)
        assert f"nested more than {MAX_JSON_DEPTH} levels" in str(problem["detail"])


async def test_lone_surrogates_in_a_body_are_replaced(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    text = ARTICLE.replace("\n", "\\n") + " The minister said \\ud800 the bridge \\udfff was closed."
    body = '{"text": "' + text + '"}'
    headers = {"content-type": "application/json", **auth}
    response = await client.post("/api/check", content=body.encode(), headers=headers)
    assert response.status_code == 201, response.text
    assert "the bridge \ufffd was closed" in " ".join(block["text"] for block in response.json()["blocks"])


@pytest.mark.parametrize(
    "path", ["/api/documents", "/documents", "/factchecks", "/api/factchecks/search?q=convoy&k=" + HUGE]
)
async def test_huge_integers_are_422_problems(client: httpx.AsyncClient, path: str) -> None:
    url = path if "?" in path else f"{path}?offset={HUGE}"
    response = await client.get(url)
    assert_problem(response, 422)
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.fixture
async def failing_client(sample_store: Store) -> AsyncIterator[httpx.AsyncClient]:
    app: FastAPI = create_app(ServeSettings(read_only=True), sample_store)

    def broken() -> None:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    app.add_api_route("/broken", broken)
    # raise_app_exceptions (the default) re-raises anything that escapes the app: the boundary must answer
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
        yield client


async def test_an_unexpected_error_is_a_500_problem_with_the_security_headers(
    failing_client: httpx.AsyncClient,
) -> None:
    response = await failing_client.get("/broken")
    problem = assert_problem(response, 500)
    assert problem["detail"] == "unexpected OverflowError; see the server log"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY" and response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "[::2]"])
async def test_foreign_host_names_are_refused(client: httpx.AsyncClient, host: str) -> None:
    response = await client.get("/healthz", headers={"host": host})
    problem = assert_problem(response, 400)
    assert "--allowed-hosts" in str(problem["detail"])
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("host", ["localhost:8080", "127.0.0.1", "[::1]:8080", "LOCALHOST"])
async def test_loopback_host_names_are_served(client: httpx.AsyncClient, host: str) -> None:
    assert (await client.get("/healthz", headers={"host": host})).status_code == 200


async def test_a_cross_site_form_cannot_store_a_document(session: httpx.AsyncClient, auth: dict[str, str]) -> None:
    """Even a logged-in reviewer's browser (session cookie) and a bearer token: a cross-site post is refused."""
    client = session
    marker = "Cross-site marker 4711: the council said the river would be closed to boats this week."
    for headers in (
        {"origin": "http://evil.example"},
        {"origin": "null"},
        {"origin": "null", "sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "cross-site"},
    ):
        response = await client.post("/check", data={"text": marker}, headers=headers)
        assert_problem(response, 403)
        response = await client.post("/api/check", json={"text": marker}, headers={**headers, **auth})
        assert_problem(response, 403)
    listed = (await client.get("/api/documents", params={"q": "4711"})).json()["documents"]
    assert listed == [] and not any("4711" in (item["title"] or "") for item in listed)


async def test_same_origin_writes_and_foreign_reads_pass(session: httpx.AsyncClient, csrf: Callable[..., Any]) -> None:
    client = session  # logged in: the form stores the page and redirects to it
    same = {"origin": "http://127.0.0.1", "sec-fetch-site": "same-origin"}
    token = await csrf(client)
    response = await client.post("/check", data={"text": ARTICLE, "csrf_token": token}, headers=same)
    assert response.status_code == 303, response.text
    # Chromium's own form under Referrer-Policy: no-referrer (the browser tests' form post was refused)
    own_form = {"origin": "null", "sec-fetch-site": "same-origin"}
    response = await client.post("/check", data={"text": ARTICLE, "csrf_token": token}, headers=own_form)
    assert response.status_code == 303, response.text
    assert (await client.get("/api/documents", headers={"origin": "http://evil.example"})).status_code == 200


async def test_allowed_hosts_are_configurable(sample_store: Store) -> None:
    settings = ServeSettings(read_only=True, allowed_hosts="sift.example.org, [::1]")
    assert settings.host_names == {"sift.example.org", "::1"}
    app = create_app(settings, sample_store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sift.example.org") as c:
        assert (await c.get("/healthz")).status_code == 200
        assert_problem(await c.get("/healthz", headers={"host": "localhost"}), 400)
    assert "*" in ServeSettings(read_only=True, allowed_hosts="*").host_names
    assert "10.0.0.5" in ServeSettings(read_only=True, host="10.0.0.5").host_names
