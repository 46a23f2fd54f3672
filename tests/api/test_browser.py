"""The workbench in real headless Chromium (Debian's), against `python -m sift serve` on 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from live_server import sift_server

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "browser-test-token-123"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (make test installs it: apt-get install chromium)")
    db = tmp_path_factory.mktemp("browser") / "sift.db"
    with sift_server("--db", str(db), "--load-sample", env={"SIFT_TOKEN": TOKEN}) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def submit_check(page: Any) -> None:
    """Press Check and land on the report. The form posts and the server analyses before it redirects: the first
    page loads the models, which on a busy machine outlasts the click's default 30 s wait for the navigation."""
    page.get_by_role("button", name="Check").click(timeout=120_000)
    page.wait_for_url("**/documents/*", timeout=120_000)


def logged_in_page(server: str, browser: object) -> Any:
    """A new page in its own browser context, logged in with the server's token (so checks are stored)."""
    page = browser.new_context().new_page()  # type: ignore[attr-defined]
    page.goto(f"{server}/login?next=/")
    page.get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{server}/")
    return page


def check_seed_through_the_form(server: str, browser: object, seed_path: Path) -> Any:
    """A new logged-in page that has uploaded the seed through the check form and landed on its stored report."""
    ARTIFACTS.mkdir(exist_ok=True)
    page = logged_in_page(server, browser)
    page.get_by_label("…or a file").set_input_files(str(seed_path))
    submit_check(page)
    return page


def test_seed_page_through_the_form(server: str, browser: object, seed_path: Path) -> None:
    from playwright.sync_api import expect

    page = check_seed_through_the_form(server, browser, seed_path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Russia: US Directly Supports ISIL Terrorists in Syria")
    expect(page.locator(".claim").first).to_be_visible()
    expect(page.locator(".speaker-chip", has_text="Russian Defense Ministry").first).to_be_visible()
    card = page.locator(".factcheck-card", has=page.locator("h3", has_text="Albu Kamal")).first
    expect(card).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "report-seed.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(ARTIFACTS / "report-seed-phone.png"), full_page=False)
    page.close()


def test_a_page_no_fact_check_covers_says_so(server: str, browser: object) -> None:
    """The "no match" state in the web UI: said in words, weak candidates (if any) folded, no fact-check card.

    Logged out: the form answers with the report itself, which says it was not stored."""
    from playwright.sync_api import expect

    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server}/")
    expect(page.locator("#storing-hint")).to_be_visible()
    page.get_by_label("Article text or HTML").fill(
        "Grandma's pierogi recipe. Mix 500 grams of flour with one egg, warm water and a pinch of salt. "
        "Knead the dough for ten minutes, roll it thin and cut circles with a glass. "
        "The town's bakery sold 12,000 pierogi at last year's harvest fair, the organisers said."
    )
    page.get_by_role("button", name="Check").click()
    page.wait_for_url("**/check", timeout=120_000)
    expect(page.locator("#not-stored")).to_be_visible(timeout=120_000)
    expect(page.get_by_role("status").filter(has_text="No published fact-check found")).to_be_visible()
    expect(page.locator(".factcheck-card")).to_have_count(0)
    # each listed claim says it too (the recipe's steps are no claims since the news-sentence head; the bakery's
    # figure is one, and no stored fact-check covers it)
    claims = page.locator("section[aria-labelledby='h-claims'] small.claim-fc")
    assert claims.count() >= 1
    assert set(claims.all_text_contents()) == {"no published fact-check found"}
    weak = page.locator("details.weak-candidates")
    if weak.count():
        expect(weak.locator("ul")).to_be_hidden()  # folded until opened
    page.screenshot(path=str(ARTIFACTS / "report-no-factcheck.png"), full_page=True)
    page.close()


def test_hostile_page_runs_no_script(server: str, browser: object, hostile_page: str) -> None:
    page = logged_in_page(server, browser)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.get_by_label("Article text or HTML").fill(hostile_page)
    submit_check(page)
    page.mouse.move(200, 300)
    assert page.evaluate("window.__xss") is None
    assert dialogs == []
    page.screenshot(path=str(ARTIFACTS / "report-hostile.png"), full_page=True)
    page.close()


def test_factcheck_browser_filters_by_language(server: str, browser: object) -> None:
    """Only German cards, all of them, after filtering: a filter that were ignored would show other languages."""
    from playwright.sync_api import expect

    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server}/factchecks")
    shown = set(page.locator(".factcheck-card .lang").all_inner_texts())
    assert shown - {"de"}, f"the unfiltered list shows only {shown}: the filter would prove nothing"
    label = page.locator("#lang option[value=de]").inner_text()  # "de (12)": how many German fact-checks exist
    german = int(label.split("(")[1].rstrip(")"))
    page.get_by_label("Language").select_option("de")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/factchecks?*lang=de*")
    expect(page.locator(".factcheck-card")).to_have_count(german)
    assert set(page.locator(".factcheck-card .lang").all_inner_texts()) == {"de"}
    page.keyboard.press("Tab")
    page.screenshot(path=str(ARTIFACTS / "factchecks-de.png"), full_page=True)
    page.close()


def test_factcheck_search_lists_every_spelling_first(server: str, browser: object) -> None:
    """A reader types 'bucha' (lower case): the word list shows the records spelled 'Bucha'; under 'Closest by
    meaning' the German 'Butscha' and French 'Boutcha' records come before any record about something else."""
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server}/factchecks")
    page.get_by_label("Words in the claim or title").fill("bucha")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/factchecks?*q=bucha*")
    related = page.locator("section[aria-labelledby=h-related] .factcheck-card").all_inner_texts()
    named = [any(name in card for name in ("Butscha", "Boutcha", "Bucha")) for card in related]
    assert sum(named) >= 4 and named == sorted(named, reverse=True), related
    assert any("Butscha" in card for card in related) and any("Boutcha" in card for card in related)
    page.screenshot(path=str(ARTIFACTS / "factchecks-bucha.png"), full_page=True)
    page.close()


def test_docs_page_runs_swagger_offline_under_the_csp(server: str, browser: object) -> None:
    from playwright.sync_api import expect

    page = browser.new_page()  # type: ignore[attr-defined]
    violations: list[str] = []
    outside: list[str] = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.on("request", lambda request: None if request.url.startswith(server) else outside.append(request.url))
    page.goto(f"{server}/docs")
    if page.locator("#swagger-ui").count():
        expect(page.locator(".opblock-summary-path", has_text="/api/check").first).to_be_visible(timeout=20_000)
    else:
        expect(page.get_by_role("cell", name="/api/check")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "docs.png"), full_page=False)
    assert violations == [] and outside == []
    page.close()


def test_keyboard_reaches_the_form_with_a_visible_focus_ring(server: str, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server}/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "text":
            break
    assert page.evaluate("document.activeElement.id") == "text"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
    page.screenshot(path=str(ARTIFACTS / "check-focus.png"), full_page=False)
    page.close()


def test_seed_report_shows_who_sputnik_is(server: str, browser: object, seed_path: Path) -> None:
    """Issue 15's acceptance in the browser: the relay Sputnik carries its badge, the evidence opens, and the
    badge leads to the outlet's page."""
    from playwright.sync_api import expect

    page = check_seed_through_the_form(server, browser, seed_path)
    chip = page.locator(".speaker-chip", has_text="Russian Defense Ministry").first
    badge = chip.locator(".outlet-badge").first
    expect(badge).to_have_text("state-controlled media, Russia")
    assert "State Media Matrix (ASD/GMF): typology = SC" in (badge.get_attribute("title") or "")
    outlet = page.locator("#h-outlets ~ ul.outlets > li", has_text="Sputnik").first
    outlet.locator("summary").click()
    expect(outlet.locator(".evidence")).to_contain_text("typology = SC")
    page.screenshot(path=str(ARTIFACTS / "report-seed-outlets.png"), full_page=True)
    badge.click()
    page.wait_for_url("**/sources/sputnikglobe.com")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sputnik")
    expect(page.get_by_text("yes: the state controls what it publishes")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "outlet-sputnik.png"), full_page=True)
    page.close()
