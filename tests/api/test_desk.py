"""The verification desk through the real app: roles, reviews, the audit log, web sessions, CSRF, XSS, export."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sift.api.app import create_app
from sift.api.settings import ServeSettings
from sift.document import Document
from sift.sample import load_sample
from sift.store import Store, open_store
from sift.store.desk import ReviewChange, hash_token

pytestmark = pytest.mark.anyio

ADMIN_TOKEN = "desk-admin-token-0123456789"
TOKENS = {"rita": ("reviewer", "sift_rita-secret-0123456789"), "ed": ("editor", "sift_ed-secret-0123456789"),
          "rea": ("reader", "sift_rea-secret-0123456789")}  # fmt: skip


@pytest.fixture(scope="module")
def desk_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(str(tmp_path_factory.mktemp("desk") / "sift.db"))
    load_sample(store)
    for name, (role, secret) in TOKENS.items():
        store.add_token(name, role, hash_token(secret), actor="local:test")
    yield store
    store.close()


@pytest.fixture(scope="module")
def desk_app(desk_store: Store) -> FastAPI:
    return create_app(ServeSettings(token=ADMIN_TOKEN), desk_store)


@pytest.fixture(scope="module")
def seed_doc(desk_app: FastAPI, seed_path: Path) -> Document:
    """The seed page, analysed and saved once as the API saves it (its check-worthy claims queued as new)."""
    workbench = desk_app.state.engine.workbench
    doc = workbench.check(seed_path.read_bytes())
    workbench.save(doc)
    return doc


@pytest.fixture
async def desk(desk_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=desk_app), base_url="http://127.0.0.1") as client:
        yield client


def bearer(name: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKENS[name][1] if name in TOKENS else ADMIN_TOKEN}"}


def mod_claim(doc: Document) -> str:
    """The sentence id of the seed's best check-worthy claim that a sample debunk already matches (the MoD's)."""
    matched = {match.sentence for match in doc.matches if match.level == "match"}
    claims = [claim for claim in doc.claims if claim.label == "check-worthy" and claim.sentence in matched]
    assert claims, "the seed's Albu Kamal claims should be check-worthy and matched"
    return max(claims, key=lambda claim: claim.score).sentence


async def login(client: httpx.AsyncClient, name: str, csrf: Callable[..., Any]) -> httpx.Response:
    token = await csrf(client, "/login")
    secret = TOKENS[name][1] if name in TOKENS else ADMIN_TOKEN
    return await client.post("/login", data={"token": secret, "next": "/queue", "csrf_token": token})


async def test_roles_decide_who_reads_reviews_and_audits(desk: httpx.AsyncClient, seed_doc: Document) -> None:
    sentence = mod_claim(seed_doc)
    url = f"/api/documents/{seed_doc.id}/claims/{sentence}"
    assert (await desk.get(url)).status_code == 401
    assert (await desk.get(url, headers={"Authorization": "Bearer not-a-token"})).status_code == 401
    state = (await desk.get(url, headers=bearer("rea"))).json()
    assert state["status"] == "new" and state["claim"] and state["language"] != "und"
    refused = await desk.patch(url, json={"status": "in-progress"}, headers=bearer("rea"))
    assert refused.status_code == 403 and "reader" in refused.json()["detail"]
    done = await desk.patch(url, json={"status": "in-progress", "assignee": "rita"}, headers=bearer("rita"))
    assert done.status_code == 200 and done.json()["updated_by"] == "rita"
    assert (await desk.get("/api/audit", headers=bearer("rita"))).status_code == 403
    log = (await desk.get("/api/audit", headers=bearer("ed"), params={"action": "review"})).json()["entries"]
    assert log[0]["actor"] == "rita" and log[0]["detail"]["status"] == ["new", "in-progress"]
    assert (await desk.get("/api/audit", headers=bearer("admin"))).status_code == 200  # SIFT_TOKEN is the admin
    queue = (await desk.get("/api/review/queue", params={"assignee": "rita"}, headers=bearer("rea"))).json()
    assert [(item["document_id"], item["sentence_id"]) for item in queue["claims"]] == [(seed_doc.id, sentence)]
    assert queue["counts"]["in-progress"] >= 1


async def test_bad_review_changes_are_problems(desk: httpx.AsyncClient, seed_doc: Document) -> None:
    url = f"/api/documents/{seed_doc.id}/claims/{mod_claim(seed_doc)}"
    for body in ({"status": "done"}, {"evidence_urls": ["javascript:alert(1)"]}, {"colour": "red"}, ["x"], {}):
        response = await desk.patch(url, json=body, headers=bearer("rita"))
        assert response.status_code == 400, body
        assert response.headers["content-type"].startswith("application/problem+json")
    missing = await desk.patch(
        f"/api/documents/{seed_doc.id}/claims/b999.s9", json={"status": "new"}, headers=bearer("rita")
    )
    assert missing.status_code == 404


async def test_editors_delete_and_import_and_the_audit_log_names_them(
    desk: httpx.AsyncClient, desk_store: Store, seed_doc: Document
) -> None:
    spare = replace(seed_doc, id="spare-doc", source=replace(seed_doc.source, location="spare.txt"))
    desk_store.save_document(spare)
    assert (await desk.delete("/api/documents/spare-doc", headers=bearer("rita"))).status_code == 403
    assert (await desk.delete("/api/documents/spare-doc", headers=bearer("ed"))).status_code == 204
    line = json.dumps({"claim": "Desk test claim", "review_url": "https://desk.example/x", "publisher_name": "D",
                       "rating": "False"})  # fmt: skip
    files = {"file": ("one.jsonl", line + "\n", "application/json")}
    assert (await desk.post("/api/factchecks/import", files=files, headers=bearer("rita"))).status_code == 403
    assert (await desk.post("/api/factchecks/import", files=files, headers=bearer("ed"))).json()["imported"] == 1
    log = desk_store.list_audit(actor="ed")
    assert [(entry.action, entry.target) for entry in log[:2]] == [("import", "one.jsonl"), ("delete", "spare-doc")]


async def test_login_sets_a_strict_httponly_session_and_reviewers_review_through_the_form(
    desk: httpx.AsyncClient, seed_doc: Document, csrf: Callable[..., Any]
) -> None:
    sentence = mod_claim(seed_doc)
    bad = await desk.post("/login", data={"token": "wrong", "csrf_token": await csrf(desk, "/login")})
    assert bad.status_code == 401 and 'role="alert"' in bad.text
    response = await login(desk, "rita", csrf)
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    cookie = response.headers["set-cookie"]
    assert "sift_session=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Secure" not in cookie  # plain http in this test; https or --secure-cookies add it
    page_path = f"/documents/{seed_doc.id}"
    page = (await desk.get(page_path)).text
    assert "rita <small>(reviewer)</small>" in page and f'id="review-{sentence}"' in page and "Save review" in page
    evidence = "https://www.bellingcat.com/news/mena/2017/11/14/russian-ministry-defence-posts-video-game-footage/"
    form = {
        "status": "checked",
        "verdict": "false",
        "assignee": "rita",
        "note": "Game footage (AC-130 Gunship Simulator).",
        "evidence_urls": evidence,
    }
    action = f"/documents/{seed_doc.id}/claims/{sentence}/review"
    assert (await desk.post(action, data=form)).status_code == 403  # no CSRF token: refused
    assert (await desk.post(action, data={**form, "csrf_token": "0" * 64})).status_code == 403
    saved = await desk.post(action, data={**form, "csrf_token": await csrf(desk, page_path)})
    assert saved.status_code == 303 and saved.headers["location"].endswith(f"#review-{sentence}")
    page = (await desk.get(page_path)).text
    assert "Game footage (AC-130 Gunship Simulator)." in page and 'href="https://www.bellingcat.com/' in page
    download = await desk.get(f"/documents/{seed_doc.id}/claims/{sentence}/claimreview")
    assert download.status_code == 200 and download.json()["reviewRating"]["alternateName"] == "False"
    queue = (await desk.get("/queue", params={"status": "checked"})).text
    assert seed_doc.id in queue and "checked" in queue
    await desk.post("/logout", data={"csrf_token": await csrf(desk, page_path)})
    assert "Save review" not in (await desk.get(page_path)).text
    for path in ("/queue", "/audit", "/factchecks/import"):
        moved = await desk.get(path)  # to the login form, and back after it
        assert moved.status_code == 303 and moved.headers["location"] == f"/login?next={path}"


async def test_a_refused_review_form_comes_back_as_typed(
    desk: httpx.AsyncClient, seed_doc: Document, csrf: Callable[..., Any]
) -> None:
    """A bad evidence URL costs the reviewer nothing: the page shows the reason and the form as it was typed."""
    await login(desk, "rita", csrf)
    sentence = mod_claim(seed_doc)
    page_path = f"/documents/{seed_doc.id}"
    form = {
        "status": "in-progress",
        "verdict": "mostly-false",
        "assignee": "rita",
        "note": "Long note: the footage is from 2016 (Iraq) & a game.",
        "evidence_urls": "https://example.org/ok\nftp://example.org/not-web",
        "csrf_token": await csrf(desk, page_path),
    }
    response = await desk.post(f"/documents/{seed_doc.id}/claims/{sentence}/review", data=form)
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/html")
    assert (
        'role="alert">The review was not saved: evidence URL' in response.text and "not an http(s) URL" in response.text
    )
    form_html = response.text.split(f'id="review-{sentence}"', 1)[1].split("</form>", 1)[0]
    assert "Long note: the footage is from 2016 (Iraq) &amp; a game.</textarea>" in form_html
    assert "https://example.org/ok\nftp://example.org/not-web</textarea>" in form_html
    assert (
        '<option value="mostly-false" selected>' in form_html and '<option value="in-progress" selected>' in form_html
    )
    stored = (await desk.get(page_path)).text  # nothing was saved
    assert "Long note: the footage" not in stored
    missing = await desk.post(f"/documents/no-such-doc/claims/{sentence}/review", data=form)
    assert missing.status_code in (400, 404)


async def test_a_token_from_another_browser_does_not_pass(
    desk_app: FastAPI, desk: httpx.AsyncClient, seed_doc: Document, csrf: Callable[..., Any]
) -> None:
    await login(desk, "rita", csrf)
    transport = httpx.ASGITransport(app=desk_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as attacker:
        stolen_form_token = await csrf(attacker)
    action = f"/documents/{seed_doc.id}/claims/{mod_claim(seed_doc)}/review"
    response = await desk.post(action, data={"status": "dismissed", "csrf_token": stolen_form_token})
    assert response.status_code == 403


async def test_https_sessions_are_secure(desk_app: FastAPI, csrf: Callable[..., Any]) -> None:
    transport = httpx.ASGITransport(app=desk_app)
    async with httpx.AsyncClient(transport=transport, base_url="https://127.0.0.1") as client:
        response = await login(client, "rea", csrf)
    assert "Secure" in response.headers["set-cookie"]


async def test_readers_log_in_but_cannot_review(
    desk: httpx.AsyncClient, seed_doc: Document, csrf: Callable[..., Any]
) -> None:
    await login(desk, "rea", csrf)
    page_path = f"/documents/{seed_doc.id}"
    page = (await desk.get(page_path)).text
    assert "rea <small>(reader)</small>" in page and f'id="review-{mod_claim(seed_doc)}"' in page
    assert "Save review" not in page and "Delete this document" not in page and "Audit log" not in page
    action = f"/documents/{seed_doc.id}/claims/{mod_claim(seed_doc)}/review"
    response = await desk.post(action, data={"status": "dismissed", "csrf_token": await csrf(desk, page_path)})
    assert response.status_code == 403


async def test_editors_import_and_delete_from_the_web(
    desk: httpx.AsyncClient, desk_store: Store, seed_doc: Document, csrf: Callable[..., Any]
) -> None:
    await login(desk, "ed", csrf)
    line = json.dumps({"claim": "Web import claim", "review_url": "https://desk.example/w", "publisher_name": "W",
                       "rating": "True"})  # fmt: skip
    token = await csrf(desk, "/factchecks/import")
    done = await desk.post("/factchecks/import", data={"csrf_token": token}, files={"file": ("w.jsonl", line + "\n")})
    assert done.status_code == 200 and "Imported 1" in done.text
    desk_store.save_document(replace(seed_doc, id="web-spare", source=replace(seed_doc.source, location="w.txt")))
    page = (await desk.get("/documents/web-spare")).text
    assert "Delete this document" in page
    gone = await desk.post("/documents/web-spare/delete", data={"csrf_token": await csrf(desk, "/documents/web-spare")})
    assert gone.status_code == 303 and desk_store.get_document("web-spare") is None
    assert [entry.action for entry in desk_store.list_audit(actor="ed", limit=2)] == ["delete", "import"]
    audit = await desk.get("/audit", params={"actor": "ed"})
    assert audit.status_code == 200 and "web-spare" in audit.text and "w.jsonl" in audit.text
    await login(desk, "rita", csrf)
    assert (await desk.get("/audit")).status_code == 403  # reviewers do not read the audit log


async def test_stored_xss_in_notes_and_urls_is_inert_in_html_and_markdown(
    desk: httpx.AsyncClient,
    desk_store: Store,
    seed_doc: Document,
    csrf: Callable[..., Any],
    scripts_in: Callable[[str], list[str]],
) -> None:
    sentence = next(claim.sentence for claim in seed_doc.claims if claim.label == "check-worthy")
    hostile = ReviewChange(note="<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))")
    object.__setattr__(hostile, "evidence_urls", ("javascript:alert(4)", 'https://ok.example/"onmouseover="alert(5)'))
    object.__setattr__(hostile, "assignee", "<b onclick=alert(6)>me</b>")
    desk_store.update_review(seed_doc.id, sentence, hostile, actor="<i onclick=x>", claim="c", language="en")
    await login(desk, "rita", csrf)
    page = (await desk.get(f"/documents/{seed_doc.id}")).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert scripts_in(page) == []
    assert 'href="javascript:' not in page and "onmouseover=" not in page.replace("&#34;onmouseover=&#34;", "")
    markdown = (
        await desk.get(f"/api/documents/{seed_doc.id}/claims", params={"format": "md"}, headers=bearer("rea"))
    ).text
    assert "<script" not in markdown and "<img" not in markdown and "<b " not in markdown and "<i " not in markdown
    assert "](javascript:" not in markdown and "<javascript:" not in markdown
    assert "`javascript:alert(4)` (not a web link)" in markdown
    assert re.search(r"\\\[x\\\]\\\(javascript:alert\\\(3\\\)\\\)", markdown)


async def test_exported_claimreview_reimports_and_matches_the_seed_sentence(
    desk: httpx.AsyncClient, desk_store: Store, seed_doc: Document, seed_path: Path
) -> None:
    sentence = mod_claim(seed_doc)
    url = f"/api/documents/{seed_doc.id}/claims/{sentence}"
    await desk.patch(url, json={"status": "in-progress", "verdict": ""}, headers=bearer("rita"))
    assert (await desk.get(f"{url}/claimreview", headers=bearer("rea"))).status_code == 409  # not checked yet
    await desk.patch(url, json={"status": "checked", "verdict": "false"}, headers=bearer("rita"))
    exported = await desk.get(f"{url}/claimreview", params={"publisher": "Desk Test"}, headers=bearer("rea"))
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("application/ld+json")
    node = exported.json()
    assert node["@type"] == "ClaimReview" and node["author"]["name"] == "Desk Test"
    files = {"file": ("claimreview.json", exported.content, "application/ld+json")}
    summary = (await desk.post("/api/factchecks/import", files=files, headers=bearer("ed"))).json()
    assert summary["imported"] == 1, summary
    again = await desk.post("/api/check", content=seed_path.read_bytes(), headers={"content-type": "application/json"})
    assert again.status_code == 400  # (a page goes as JSON text or a file)
    checked = await desk.post("/api/check", files={"file": ("seed.txt", seed_path.read_bytes())})
    matches = [m for m in checked.json()["matches"] if m["factcheck"]["publisher_name"] == "Desk Test"]
    assert matches and matches[0]["sentence"] == sentence and matches[0]["factcheck"]["verdict"] == "false"


async def test_a_read_only_server_refuses_every_desk_write(desk_store: Store, seed_doc: Document) -> None:
    app = create_app(ServeSettings(read_only=True), desk_store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
        url = f"/api/documents/{seed_doc.id}/claims/{mod_claim(seed_doc)}"
        assert (await client.get(url, headers=bearer("rea"))).status_code == 200
        refused = await client.patch(url, json={"status": "dismissed"}, headers=bearer("admin"))
        assert refused.status_code == 403 and "read-only" in refused.json()["detail"]
    app.state.engine.close()
