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
