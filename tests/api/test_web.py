"""The server-rendered pages: forms, report, lists, and escaping of hostile text."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from sift.api.app import create_app
from sift.api.settings import ServeSettings
from sift.store import Store

pytestmark = pytest.mark.anyio

ScriptFinder = Callable[[str], list[str]]


async def test_check_page_has_labelled_inputs(client: httpx.AsyncClient) -> None:
    page = (await client.get("/", headers={"accept": "text/html"})).text
    for field in ("text", "url", "file"):
        assert f'<label for="{field}">' in page and f'id="{field}"' in page
    assert '<script src="/static/app.js"' in page
    assert (await client.get("/static/app.js")).status_code == 200
    assert (await client.get("/report.css")).headers["content-type"].startswith("text/css")


async def test_form_submission_redirects_to_the_report(session: httpx.AsyncClient, seed_path: Path, csrf) -> None:
    client = session  # logged in: the page is stored and the form redirects to its report
    token = await csrf(client)
    response = await client.post("/check", data={"text": seed_path.read_text(encoding="utf-8"), "csrf_token": token})
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


async def test_form_errors_render_the_form_again(client: httpx.AsyncClient, csrf) -> None:
    token = await csrf(client)
    response = await client.post("/check", data={"text": "", "url": "", "csrf_token": token})
    assert response.status_code == 400 and 'role="alert"' in response.text
    refused = await client.post("/check", data={"url": "http://127.0.0.1:9/", "csrf_token": token})
    assert refused.status_code == 400 and "private" in refused.text.lower()


async def test_missing_document_page_is_html_404(client: httpx.AsyncClient) -> None:
    response = await client.get("/documents/nope", headers={"accept": "text/html"})
    assert response.status_code == 404 and "<h1>" in response.text


async def test_a_bad_filter_in_the_browser_is_an_html_page_and_json_for_the_api(client: httpx.AsyncClient) -> None:
    # /factchecks?verdict=zz showed the problem's raw JSON in the browser
    page = await client.get("/factchecks", params={"verdict": "zz"}, headers={"accept": "text/html"})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert "<h1>Bad request</h1>" in page.text and "unknown verdict" in page.text
    offset = await client.get("/factchecks", params={"offset": "-1"}, headers={"accept": "text/html"})
    assert offset.status_code == 422 and "<h1>Invalid request</h1>" in offset.text
    api = await client.get("/api/documents/nope", headers={"accept": "text/html"})
    assert api.status_code == 404 and api.headers["content-type"] == "application/problem+json"


async def test_factcheck_browser_filters(client: httpx.AsyncClient) -> None:
    page = (await client.get("/factchecks", params={"q": "Abu Kamal", "lang": "de"})).text
    assert "factcheck-card" in page and "AC-130 Gunship Simulator" in page
    assert set(re.findall(r'title="language of the fact-check">(\w+)<', page)) == {"de"}
    french = (await client.get("/factchecks", params={"lang": "fr"})).text
    shown = re.findall(r'title="language of the fact-check">(\w+)<', french)
    assert shown and set(shown) == {"fr"}
    nothing = (await client.get("/factchecks", params={"q": "zzzz-no-such-claim"})).text
    assert "No fact-checks match" in nothing


async def test_an_anonymous_form_check_shows_the_report_without_storing_it(
    client: httpx.AsyncClient, seed_path: Path, csrf
) -> None:
    """Storing is a write: logged out, the form answers with the report itself and says it was not stored."""
    index = (await client.get("/")).text
    assert 'id="storing-hint"' in index
    token = await csrf(client)
    text = seed_path.read_text(encoding="utf-8") + "\nA line only this anonymous check has."
    response = await client.post("/check", data={"text": text, "csrf_token": token})
    assert response.status_code == 200, response.text
    assert "Russia: US Directly Supports ISIL Terrorists in Syria" in response.text
    assert 'id="not-stored"' in response.text and "?download=json" not in response.text
    assert "factcheck-card" in response.text
    listing = await client.get("/api/documents", params={"q": "anonymous"})
    assert listing.json()["documents"] == []


async def test_a_read_only_server_says_why_a_form_check_was_not_stored(sample_store: Store, csrf) -> None:
    """On a read-only server nobody can store a page: the notice says so instead of inviting a reviewer to log in."""
    app = create_app(ServeSettings(read_only=True, check_workers=0), sample_store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
        token = await csrf(client)
        response = await client.post(
            "/check", data={"text": "The minister said the bridge opens in May.", "csrf_token": token}
        )
    assert response.status_code == 200, response.text
    notice = response.text.split('id="not-stored">', 1)[1].split("</p>", 1)[0]
    assert "read-only" in notice and "log in" not in notice


def test_script_finder_sees_live_markup_only(scripts_in: ScriptFinder) -> None:
    assert scripts_in('<p title="&lt;img onerror=x&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>') == []
    assert scripts_in('<script src="/static/app.js"></script><option value="<b onmouseover=x>">') == []
    assert len(scripts_in('<img src=x onerror="a()"><script>alert(1)</script><a href=" javascript:x">')) == 3


async def test_hostile_page_is_escaped_everywhere(
    client: httpx.AsyncClient, hostile_page: str, scripts_in: ScriptFinder, auth: dict[str, str]
) -> None:
    response = await client.post("/api/check", json={"html": hostile_page}, headers=auth)
    assert response.status_code == 201, response.text
    doc = response.json()
    assert "<img src=x onerror" in doc["title"]  # the og:title payload became the title
    for url, params in ((f"/documents/{doc['id']}", {}), (f"/api/documents/{doc['id']}", {"format": "html"})):
        page = (await client.get(url, params=params)).text
        assert scripts_in(page) == [], url
        assert "&lt;img src=x onerror=window.__xss=3&gt;" in page and "&lt;script&gt;window.__xss=5" in page
    report = await client.get(f"/api/documents/{doc['id']}", params={"format": "html"})
    policy = report.headers["content-security-policy"]
    assert policy.startswith("default-src 'none'") and "script-src" not in policy
    assert 'http-equiv="Content-Security-Policy"' in report.text
    listing = (await client.get("/documents")).text
    assert scripts_in(listing) == []


async def test_hostile_factcheck_is_escaped(
    client: httpx.AsyncClient, auth: dict[str, str], scripts_in: ScriptFinder
) -> None:
    record = {
        "claim": "<script>window.__xss=9</script> quokka claim with <img src=x onerror=window.__xss=10>",
        "review_url": "https://factcheck.example.org/xss",
        "publisher_name": "<b onmouseover=window.__xss=11>Evil</b>",
        "rating": "<script>alert(1)</script>",
        "language": "en",
    }
    files = {"file": ("x.jsonl", json.dumps(record).encode() + b"\n", "application/jsonl")}
    assert (await client.post("/api/factchecks/import", files=files, headers=auth)).status_code == 200
    page = (await client.get("/factchecks", params={"q": "quokka"})).text
    assert "&lt;script&gt;window.__xss=9" in page and "&lt;b onmouseover" in page
    assert scripts_in(page) == []
    found = (await client.get("/api/factchecks/search", params={"q": "quokka claim"})).json()["results"]
    assert found and found[0]["factcheck"]["publisher_name"].startswith("<b onmouseover")


async def test_docs_are_served_locally_without_inline_script(
    client: httpx.AsyncClient, scripts_in: ScriptFinder
) -> None:
    page = await client.get("/docs")
    assert page.status_code == 200 and scripts_in(page.text) == []
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "frame-ancestors 'none'" in csp and "http" not in csp
    assert "//cdn" not in page.text
    if "swagger-ui-bundle.js" in page.text:
        assert (await client.get("/docs/assets/swagger-ui-bundle.js")).status_code == 200
        assert (await client.get("/static/docs.js")).status_code == 200
    assert (await client.get("/openapi.json")).json()["paths"]["/api/check"]
    assert "unsafe-inline" not in (await client.get("/")).headers["content-security-policy"]
    assert (await client.get("/redoc")).status_code == 404


async def test_docs_fall_back_to_a_server_rendered_list(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch, scripts_in: ScriptFinder
) -> None:
    monkeypatch.setattr("sift.api.docs._swagger_ui_dir", lambda: None)
    app = create_app(ServeSettings(read_only=True), sample_store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
        page = (await client.get("/docs")).text
    assert "/api/factchecks/search" in page and "/openapi.json" in page and scripts_in(page) == []
    app.state.engine.close()


async def test_a_page_no_fact_check_covers_says_so_in_the_report(
    client: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    """A recipe against the sample store: no levelled hit, so the report says so and lists no fact-check card."""
    text = (
        "Grandma's pierogi recipe. Mix 500 grams of flour with one egg, warm water and a pinch of salt. "
        "Knead the dough for ten minutes, roll it thin and cut circles with a glass. Fill them with potato "
        "and cheese, fold and boil until they float. "
        "The town's bakery sold 12,000 pierogi at last year's harvest fair, the organisers said."
    )
    response = await client.post("/api/check", json={"text": text}, headers=auth)
    assert response.status_code == 201, response.text
    doc = response.json()
    assert doc["match_status"] == "none" and doc["matches"] == []
    assert all(weak["level"] is None for weak in doc["weak_matches"])
    page = (await client.get(f"/documents/{doc['id']}")).text
    assert "No published fact-check found for this page" in page
    assert "factcheck-card" not in page
    # ... and beside each of its claims (weak candidates or not), in JSON and in the claim lists: the recipe's
    # steps are no claims (the news-sentence head), the bakery's figure is one that no stored fact-check covers
    assert doc["claims"] and {claim["match_status"] for claim in doc["claims"]} <= {"none", "weak"}
    labels = re.findall(r'<small class="claim-fc (\w+)">([^<]*)</small>', page)
    assert len(labels) >= len(doc["claims"]) and {text for _, text in labels} == {"no published fact-check found"}
    report = (await client.get(f"/api/documents/{doc['id']}", params={"format": "md"})).text
    assert "No published fact-check found" in report


async def test_factcheck_browser_gives_the_real_total(client: httpx.AsyncClient, sample_store: Store) -> None:
    everything = (await client.get("/factchecks")).text
    total = sample_store.count_factchecks()
    assert total > 25, "the sample must fill more than one page or the total proves nothing"
    assert f"Showing 1–25 of {total}." in everything and "of more" not in everything
    second = (await client.get("/factchecks", params={"offset": 25})).text
    assert f"Showing 26–{min(50, total)} of {total}." in second
    german = sample_store.count_factchecks(language="de")
    assert f"Showing 1–{german} of {german}." in (await client.get("/factchecks", params={"lang": "de"})).text


async def test_factcheck_browser_finds_other_spellings_and_languages_by_meaning(client: httpx.AsyncClient) -> None:
    """'Bucha' as words finds the English records; the matcher adds the German 'Butscha' and French 'Boutcha' ones."""
    page = (await client.get("/factchecks", params={"q": "Bucha"})).text
    words, related = page.split('id="h-related"', 1)
    assert "Bucha" in words and "Butscha" not in words and "Boutcha" not in words
    assert "Butscha" in related and "Boutcha" in related
    api = (await client.get("/api/factchecks/search", params={"q": "Bucha", "k": 20})).json()
    claims = " ".join(hit["factcheck"]["claim"] for hit in api["results"])
    assert "Butscha" in claims and "Boutcha" in claims


_TOWN = re.compile(r"bucha|butscha|boutcha|буча", re.IGNORECASE)


def _names_the_town(factcheck: dict[str, str | None]) -> bool:
    return bool(_TOWN.search(f"{factcheck['claim']} {factcheck.get('title') or ''}"))


async def test_keyword_search_lists_every_spelling_first(client: httpx.AsyncClient, sample_store: Store) -> None:
    """A reader types 'bucha': the API's default ten results and the browser's related list give the records that
    name the town in any spelling before any other (the re-ranker scores them all about 0 for one word and put
    Douma and biolab checks above the German 'Butscha' ones); the evidence says which spelling each uses."""
    namesakes = [fc for fc in sample_store.search_factchecks("", limit=1000) if _names_the_town(fc.to_dict())]
    spellings = {"Butscha", "Boutcha"}
    assert len(namesakes) >= 8 and all(any(s in fc.claim for fc in namesakes) for s in spellings)
    results = (await client.get("/api/factchecks/search", params={"q": "bucha"})).json()["results"]
    naming = [_names_the_town(hit["factcheck"]) for hit in results]
    assert naming == [True] * min(len(namesakes), len(results)) + [False] * (len(results) - len(namesakes))
    assert all(any(f"“{s}”" in hit["evidence"] for hit in results) for s in spellings)
    page = (await client.get("/factchecks", params={"q": "Bucha"})).text
    words, related = page.split('id="h-related"', 1)
    shown = words.count("factcheck-card")
    naming = [bool(_TOWN.search(card.split("</article>", 1)[0])) for card in related.split("factcheck-card")[1:]]
    assert naming[: len(namesakes) - shown] == [True] * (len(namesakes) - shown) and not any(
        naming[len(namesakes) - shown :]
    )
