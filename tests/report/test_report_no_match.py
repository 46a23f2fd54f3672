"""The "no match" state: every report says "No published fact-check found", weak candidates stay folded away."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from sift.document import Document, Match
from sift.errors import InputError
from sift.report import render
from sift.report.terminal import print_summary

WEAK = {
    "id": "fc-weak",
    "claim": "Quokka photos were staged in a studio",
    "review_url": "https://example.org/quokka",
    "publisher_name": "Weak Check",
    "rating": "False",
    "verdict": "false",
    "language": "en",
}


@pytest.fixture
def nothing_found(doc: Document) -> Document:
    doc.matches = []
    doc.match_status = "none"
    doc.weak_matches = [Match("b0.s0", WEAK, 0.12, None, "similarity 0.41")]
    return doc


def test_json_keeps_the_status_and_weak_candidates_apart(nothing_found: Document) -> None:
    data = nothing_found.to_dict()
    assert data["match_status"] == "none" and data["matches"] == []
    assert data["weak_matches"][0]["level"] is None and data["weak_matches"][0]["score"] == 0.12
    assert Document.from_json(render(nothing_found, "json")).to_dict() == data


def test_json_refuses_an_unknown_status(nothing_found: Document) -> None:
    data = nothing_found.to_dict()
    data["match_status"] = "maybe"
    with pytest.raises(InputError, match="match_status"):
        Document.from_dict(data)


def test_an_older_document_without_the_fields_reads_as_not_looked_up(doc: Document) -> None:
    data = doc.to_dict()
    del data["match_status"], data["weak_matches"]
    again = Document.from_dict(data)
    assert again.match_status is None and again.weak_matches == []


def test_markdown_says_no_fact_check_and_folds_the_weak_ones(nothing_found: Document) -> None:
    text = render(nothing_found, "md")
    section = text.split("## Already fact-checked", 1)[1].split("## Text", 1)[0]
    assert "**No published fact-check found for this page in the fact-check store.**" in section
    folded = section.split("<details>", 1)[1].split("</details>", 1)[0]
    assert "Weak candidates (1)" in folded and "0.12 — Quokka photos were staged" in folded
    assert "Quokka" not in section.split("<details>", 1)[0]  # never listed as fact-checked
    assert "**possible**" not in text and "**match**" not in text


def test_html_says_no_fact_check_and_folds_the_weak_ones(nothing_found: Document) -> None:
    html = render(nothing_found, "html")
    assert "No published fact-check found for this page" in html
    folded = re.search(r'<details class="weak-candidates">(.*?)</details>', html, re.S)
    assert folded and "Quokka photos were staged" in folded.group(1) and "0.12" in folded.group(1)
    assert '<details class="weak-candidates" open' not in html
    assert "factcheck-card" not in html and html.count("Quokka photos") == 1


def test_terminal_says_no_fact_check(nothing_found: Document) -> None:
    console = Console(record=True, width=140, color_system=None)
    print_summary(nothing_found, console)
    text = console.export_text()
    assert "No published fact-check found for this page" in text
    assert "weak candidates (below the possible level, not matches): 1" in text and "0.12 Quokka" in text
    assert "Already fact-checked" not in text


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_page_not_looked_up_says_so(doc: Document, fmt: str) -> None:
    doc.matches, doc.match_status = [], None
    text = render(doc, fmt)
    assert "Not looked up for fact-checks" in text and "No published fact-check found" not in text


def test_json_gives_each_claim_its_own_status(doc: Document) -> None:
    statuses = {claim["sentence"]: claim["match_status"] for claim in doc.to_dict()["claims"]}
    assert statuses == {"b0.s0": "match", "b0.s1": "none", "b1.s0": "possible"}
    doc.match_status = None
    assert {claim["match_status"] for claim in doc.to_dict()["claims"]} == {None}


def test_json_claims_of_a_page_without_a_match_say_none_or_weak(nothing_found: Document) -> None:
    statuses = {claim["sentence"]: claim["match_status"] for claim in nothing_found.to_dict()["claims"]}
    # the page found nothing: no claim says match or possible; the weak candidate's claim says so, and only it
    assert statuses == {"b0.s0": "weak", "b0.s1": "none", "b1.s0": "none"}


def test_markdown_says_no_fact_check_beside_each_claim_without_one(nothing_found: Document) -> None:
    claims = render(nothing_found, "md").split("## Check-worthy claims", 1)[1].split("<details>", 1)[0]
    rows = [line for line in claims.splitlines() if line.startswith("| ") and "score" not in line]
    assert len(rows) == 2 and all(row.endswith("| no published fact-check found |") for row in rows)
    assert "Quokka" not in claims  # the weak candidate stays under "weak candidates"


def test_markdown_claims_say_fact_checked_when_they_are(doc: Document) -> None:
    claims = render(doc, "md").split("## Check-worthy claims", 1)[1].split("<details>", 1)[0]
    assert "| fact-checked |" in claims and "| possibly fact-checked |" in claims
    assert "no published fact-check found" not in claims


def test_html_and_web_claim_lists_say_no_fact_check_per_claim(nothing_found: Document) -> None:
    html = render(nothing_found, "html")
    top = html.split('id="h-claims"', 1)[1].split('<details class="all-claims">', 1)[0]
    assert top.count('<small class="claim-fc none">no published fact-check found</small>') == 1
    assert top.count('<small class="claim-fc weak">no published fact-check found</small>') == 1
    assert "Quokka" not in top


def test_terminal_claims_say_no_fact_check(nothing_found: Document) -> None:
    console = Console(record=True, width=200, color_system=None)
    print_summary(nothing_found, console)
    claims = console.export_text().split("Check-worthy claims", 1)[1]
    assert "fact-check" in claims.splitlines()[2] and claims.count("no published fact-check found") == 2
    assert "Quokka" not in claims.split("Who said it", 1)[0]


def test_claims_of_a_page_not_looked_up_say_nothing_about_fact_checks(doc: Document) -> None:
    doc.matches, doc.match_status = [], None
    claims = render(doc, "md").split("## Check-worthy claims", 1)[1].split("<details>", 1)[0]
    assert "fact-checked" not in claims and "no published fact-check found" not in claims
