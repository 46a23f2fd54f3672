"""The outlet badge in every report format: next to the site, the relays and outlet speakers, with its evidence."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from rich.console import Console

from sift.document import Document
from sift.report.html import render_html
from sift.report.markdown import render_markdown
from sift.report.terminal import print_summary
from sift.sources import SourceTable
from sift.sources.stage import SourcesConfig, find_outlets

BADGE = "state-controlled media, Russia"


@pytest.fixture(scope="module")
def doc(make_document: Callable[..., Document]) -> Document:
    document = make_document("url", "https://fr.sputniknews.com/20171114/x.html", site="Sputnik France")
    document.outlets = find_outlets(document, SourceTable.load(), SourcesConfig())
    document.outlets[1].factchecks = {"publisher": {}, "claimant": {"false": 2, "mixed": 1}}
    document.speakers[1].attributions = ["a0"]
    document.speakers[0].attributions = ["a0"]
    return document


def test_html_badges_with_evidence_on_hover_and_expand(doc: Document) -> None:
    html = render_html(doc)
    assert "<script" not in html
    site = re.search(
        r"<li>Site: Sputnik France <a class=\"outlet-badge [^\"]*state\"[^>]*title=\"([^\"]+)\">([^<]+)</a>", html
    )
    assert (
        site is not None and site.group(2) == BADGE and "State Media Matrix (ASD/GMF): typology = SC" in site.group(1)
    )
    relayed = re.search(r"relayed by Sputnik <a class=\"outlet-badge[^>]*>([^<]+)</a>", html)
    assert relayed is not None and relayed.group(1) == BADGE
    assert 'id="h-outlets"' in html and "<details>" in html
    assert "stored fact-checks: 3 as claimant (false 2, mixed 1)" in html
    assert 'href="#outlet-sputnikglobe.com"' in html  # standalone: badges link inside the page


def test_markdown_badges(doc: Document) -> None:
    markdown = render_markdown(doc)
    assert f"- **Site:** Sputnik France — **{BADGE}**" in markdown
    assert f"Sputnik ({BADGE})" in markdown
    assert (
        "## Who the sources are" in markdown and "- evidence: State Media Matrix (ASD/GMF): typology = SC" in markdown
    )


def test_terminal_badges(doc: Document) -> None:
    buffer = io.StringIO()
    print_summary(doc, Console(file=buffer, width=200, color_system=None))
    text = buffer.getvalue()
    assert f"[{BADGE}]" in text and "Who the sources are" in text and "RIA Novosti" in text
    assert "stored fact-checks: 3 as claimant (false 2, mixed 1)" in text
