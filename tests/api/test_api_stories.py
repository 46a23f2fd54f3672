"""Stories through the API and the web UI: pages checked on the server join their stories as they are stored.

Acceptance (issue #14): the seed and two other-language reports of the same Albu Kamal claim form one story;
a page on a different 2017 Syria event (the town's recapture five days later) does not join it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from sift.api.app import create_app
from sift.api.settings import ServeSettings
from sift.sample import load_sample
from sift.store import Store, open_store

TOKEN = "stories-token-0123456789"
PAGES = Path(__file__).resolve().parents[2] / "bench" / "data" / "stories-dev"
SAME_CLAIM = ("albu-kamal-fr-claim.html", "albu-kamal-de-claim.html")
OTHER_EVENT = "abukamal-capture-en.html"

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def stories_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(str(tmp_path_factory.mktemp("stories") / "sift.db"))
    load_sample(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def stories_app(stories_store: Store) -> FastAPI:
    return create_app(ServeSettings(token=TOKEN), stories_store)


@pytest.fixture
async def client(stories_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=stories_app), base_url="http://127.0.0.1") as c:
        yield c


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def checked(stories_app: FastAPI, seed_path: Path) -> dict[str, dict]:
    """The seed, two other-language reports of its claim and a page on another Syria event, checked in date order."""
    docs = {}
    transport = httpx.ASGITransport(app=stories_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for path in (PAGES / SAME_CLAIM[1], seed_path, PAGES / SAME_CLAIM[0], PAGES / OTHER_EVENT):
            files = {"file": (path.name, path.read_bytes(), "text/plain")}
            response = await client.post("/api/check", files=files, headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code == 201, response.text
            docs[path.name] = response.json()
    return docs


async def test_the_seed_and_its_reports_form_one_story(
    client: httpx.AsyncClient, checked: dict, seed_path: Path
) -> None:
    seed = checked[seed_path.name]
    coverage = seed["coverage"]  # the German report was stored first: the seed's check already sees it
    assert [d["source"] for d in coverage["documents"]] == [SAME_CLAIM[1]]
    story = (await client.get(f"/api/stories/{coverage['story']}")).json()
    sources = {d["source"] for d in story["documents"]}
    assert sources == {seed_path.name, *SAME_CLAIM}
    assert OTHER_EVENT not in sources
    assert story["languages"] == {"de": 1, "en": 1, "fr": 1}
    assert story["first_seen"] == "2017-11-14"
    assert {"claims", "factchecks"} <= set(story) and "timeline" not in story


async def test_the_other_syria_event_has_its_own_story(client: httpx.AsyncClient, checked: dict) -> None:
    other = checked[OTHER_EVENT]
    listed = (await client.get("/api/stories")).json()
    assert listed["total"] == 2
    by_source = {d["source"]: s["id"] for s in listed["stories"] for d in s["documents"]}
    assert by_source[OTHER_EVENT] != by_source[SAME_CLAIM[0]]
    assert other["coverage"]["documents"] == []
    newest = listed["stories"][0]  # the recapture (19 November) is the newest story
    assert [d["source"] for d in newest["documents"]] == [OTHER_EVENT]
    assert set(newest) == {"id", "title", "languages", "sites", "first_seen", "last_seen", "documents", "factchecks"}


async def test_stories_filter_by_language_and_day(client: httpx.AsyncClient, checked: dict) -> None:
    assert (await client.get("/api/stories", params={"lang": "fr"})).json()["total"] == 1
    assert (await client.get("/api/stories", params={"since": "2017-11-18"})).json()["total"] == 1
    assert (await client.get("/api/stories", params={"since": "2017-12-01"})).json()["stories"] == []
    bad = await client.get("/api/stories", params={"since": "last week"})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")


async def test_unknown_story_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/stories/no-such-story")
    assert response.status_code == 404 and response.json()["status"] == 404


async def test_story_pages_have_a_timeline_and_no_script(
    client: httpx.AsyncClient, checked: dict, seed_path: Path, scripts_in: Callable[[str], list[str]]
) -> None:
    story_id = checked[seed_path.name]["coverage"]["story"]
    listing = await client.get("/stories")
    assert listing.status_code == 200 and f'href="/stories/{story_id}"' in listing.text
    page = await client.get(f"/stories/{story_id}")
    assert page.status_code == 200
    assert "<svg" in page.text and page.text.count('<circle class="doc"') == 3
    for doc in (checked[seed_path.name], *(checked[name] for name in SAME_CLAIM)):
        assert f'href="/documents/{doc["id"]}"' in page.text
    assert scripts_in(page.text) == []
    report = await client.get(f"/documents/{checked[seed_path.name]['id']}")
    assert f'href="/stories/{story_id}"' in report.text  # the report links to its story


async def test_a_stored_report_shows_its_story_as_the_store_holds_it_now(
    client: httpx.AsyncClient, checked: dict, seed_path: Path
) -> None:
    # the German report was stored first: when it was checked no other document told its story; its report
    # (and that of a page a batch worker stored without any coverage) shows the documents that joined since
    first = checked[SAME_CLAIM[1]]
    assert first["coverage"]["documents"] == []
    report = await client.get(f"/documents/{first['id']}", params={"download": "md"})
    assert report.status_code == 200
    section = report.text.split("## Where else this story runs", 1)[1].split("\n## ", 1)[0]
    assert "2 other documents" in section and seed_path.name in section and SAME_CLAIM[0] in section
    page = await client.get(f"/documents/{first['id']}")
    assert page.status_code == 200 and "Not known" not in page.text


async def test_a_stored_report_sees_pages_another_process_stored_while_the_server_runs(
    client: httpx.AsyncClient, checked: dict, stories_store: Store
) -> None:
    # `sift batch` beside `sift serve`: the server's story index had not read the batch's pages, and a report
    # said "Not known" until someone opened /stories (found by review33)
    from sift.batch.pages import Page
    from sift.batch.worker import WorkerSettings, analyse_page, build_workbench

    report_of = f"/documents/{checked[OTHER_EVENT]['id']}"
    assert "abukamal-capture-fr" not in (await client.get(report_of, params={"download": "md"})).text
    other = open_store(stories_store.location)
    try:
        bench = build_workbench(other, WorkerSettings(store=stories_store.location, match=False))
        path = PAGES / "abukamal-capture-fr.html"
        page = Page(key=str(path), location=str(path), kind="file", data=path.read_bytes(), said_html=True)
        assert analyse_page(bench, page, write=True).error is None
    finally:
        other.close()
    report = await client.get(report_of, params={"download": "md"})
    section = report.text.split("## Where else this story runs", 1)[1].split("\n## ", 1)[0]
    assert "abukamal-capture-fr" in section


async def test_deleting_a_document_takes_it_out_of_its_story(
    client: httpx.AsyncClient, checked: dict, seed_path: Path
) -> None:
    doc = checked[SAME_CLAIM[0]]
    story_id = checked[seed_path.name]["coverage"]["story"]
    response = await client.delete(f"/api/documents/{doc['id']}", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 204
    story = (await client.get(f"/api/stories/{story_id}")).json()
    assert {d["source"] for d in story["documents"]} == {seed_path.name, SAME_CLAIM[1]}
