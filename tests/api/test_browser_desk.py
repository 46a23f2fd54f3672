"""The desk in real headless Chromium against ``python -m sift serve``: a reviewer reviews, a reader cannot."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from live_server import sift_server
from sift.store import open_store
from sift.store.desk import hash_token

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ADMIN_TOKEN = "browser-desk-admin-123"
REVIEWER = ("rita", "reviewer", "sift_browser-rita-0123456789")
READER = ("rea", "reader", "sift_browser-rea-0123456789")
EDITOR = ("ed", "editor", "sift_browser-ed-0123456789")
EVIDENCE = "https://www.bellingcat.com/news/mena/2017/11/14/russian-ministry-defence-posts-video-game-footage/"


@pytest.fixture(scope="module")
def desk_server(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Iterator[tuple[str, str]]:
    """A server whose store holds three named tokens and the checked seed page; yields (base URL, document id)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (make test installs it: apt-get install chromium)")
    db = tmp_path_factory.mktemp("browser-desk") / "sift.db"
    with open_store(str(db)) as store:
        for name, role, secret in (REVIEWER, READER, EDITOR):
            store.add_token(name, role, hash_token(secret), actor="local:test")
    with sift_server("--db", str(db), "--load-sample", env={"SIFT_TOKEN": ADMIN_TOKEN}) as base:
        checked = httpx.post(
            f"{base}/api/check",
            files={"file": ("seed.txt", seed_path.read_bytes())},
            headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
            timeout=300,
        )
        assert checked.status_code == 201, checked.text
        yield base, checked.json()["id"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--disable-gpu"])
        yield browser
        browser.close()


def log_in(browser: object, base: str, secret: str, next_path: str) -> object:
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(f"{base}/login?next={next_path}")
    page.get_by_label("Token").fill(secret)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"**{next_path}")
    return page


def test_a_reviewer_checks_a_seed_claim_a_reader_cannot_and_the_audit_log_names_the_reviewer(
    desk_server: tuple[str, str], browser: object
) -> None:
    from playwright.sync_api import expect

    base, doc_id = desk_server
    page = log_in(browser, base, REVIEWER[2], f"/documents/{doc_id}")
    review = page.locator("article.review").first  # type: ignore[attr-defined]
    review_id = review.get_attribute("id")
    review.get_by_label("Status").select_option("checked")
    review.get_by_label("Verdict").select_option("false")
    review.get_by_label("Evidence URLs").fill(EVIDENCE)
    review.get_by_label("Add a note").fill("The 'evidence' is a still from AC-130 Gunship Simulator.")
    review.get_by_role("button", name="Save review").click()
    page.wait_for_url(f"**/documents/{doc_id}#{review_id}")  # type: ignore[attr-defined]
    page.reload()  # type: ignore[attr-defined]
    saved = page.locator(f'[id="{review_id}"]')  # type: ignore[attr-defined]
    expect(saved.locator(".review-status")).to_have_text("checked")
    expect(saved.get_by_text("a still from AC-130 Gunship Simulator")).to_be_visible()
    expect(saved.get_by_role("link", name=EVIDENCE)).to_have_attribute("href", EVIDENCE)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "desk-review.png"), full_page=False)  # type: ignore[attr-defined]

    reader = log_in(browser, base, READER[2], f"/documents/{doc_id}")
    expect(reader.locator(f'[id="{review_id}"] .review-status')).to_have_text("checked")  # type: ignore[attr-defined]
    expect(reader.get_by_role("button", name="Save review")).to_have_count(0)  # type: ignore[attr-defined]

    audit = httpx.get(
        f"{base}/api/audit", headers={"Authorization": f"Bearer {EDITOR[2]}"}, params={"action": "review"}
    )
    entries = audit.json()["entries"]
    assert entries[0]["actor"] == "rita" and entries[0]["detail"]["status"] == ["new", "checked"]
    assert entries[0]["detail"]["note"] is True
