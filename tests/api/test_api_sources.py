"""Outlet profiles over HTTP: ``GET /api/sources/{name_or_domain}`` and the ``/sources/…`` page."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

pytestmark = pytest.mark.anyio


async def test_api_profile_by_domain_url_and_name(client: httpx.AsyncClient) -> None:
    for query in ("rt.com", "https://www.rt.com/news/1/", "Russia Today", "Раша Тудэй"):
        response = await client.get(f"/api/sources/{query}")
        assert response.status_code == 200, (query, response.text)
        body = response.json()
        assert body["name"] == "RT" and body["state_affiliated"] is True and body["country"] == "RU"
        assert body["badge"] == "state-controlled media, Russia" and body["country_name"] == "Russia"
        assert {"dataset", "field", "value"} == set(body["evidence"][0])
    nyt = (await client.get("/api/sources/nytimes.com")).json()
    assert nyt["state_affiliated"] is False and nyt["type"] == "private"


async def test_api_counts_the_stores_factchecks(client: httpx.AsyncClient) -> None:
    bellingcat = (await client.get("/api/sources/bellingcat.com")).json()
    assert bellingcat["factchecks"] == {"publisher": {"false": 2}, "claimant": {}}


async def test_api_unknown_outlet_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/sources/The Daily Nowhere")
    assert response.status_code == 404 and response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 404 and "no profile for 'The Daily Nowhere'" in body["detail"]
    too_long = await client.get("/api/sources/" + "x" * 600)
    assert too_long.status_code in (400, 422) and too_long.headers["content-type"].startswith("application/problem")


async def test_outlet_page(client: httpx.AsyncClient, scripts_in: Callable[[str], list[str]]) -> None:
    page = await client.get("/sources/Sputnik", headers={"accept": "text/html"})
    assert page.status_code == 200
    html = page.text
    assert "<h1>Sputnik <span" in html and "state-controlled media, Russia" in html
    assert "State Media Matrix (ASD/GMF)" in html and "typology" in html and "In this store" in html
    assert scripts_in(html) == []
    missing = await client.get("/sources/The Daily Nowhere", headers={"accept": "text/html"})
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


async def test_report_badges_link_to_the_outlet_page(session: httpx.AsyncClient, seed_path, csrf) -> None:  # type: ignore[no-untyped-def]
    client = session
    token = await csrf(client)
    response = await client.post("/check", data={"text": seed_path.read_text(encoding="utf-8"), "csrf_token": token})
    report = (await client.get(response.headers["location"])).text
    assert 'class="outlet-badge t-state-controlled state" href="/sources/sputnikglobe.com"' in report
    assert "Who the sources are" in report
