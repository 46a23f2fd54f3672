"""Each renderer (JSON, Markdown, HTML, terminal) shows what the view holds, escapes what the page says."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from sift.document import Document
from sift.errors import ConfigError
from sift.report import FORMATS, render
from sift.report.terminal import print_summary


def test_json_is_the_document_round_trip(doc: Document) -> None:
    text = render(doc, "json")
    assert text.endswith("}\n")
    again = Document.from_json(text)
    assert again.to_dict() == doc.to_dict()


def test_markdown_has_every_section_and_escapes_cells(doc: Document) -> None:
    text = render(doc, "md")
    assert text.startswith("# Photos | from a game\n")
    for heading in ("## Check-worthy claims", "## Speakers", "## Already fact-checked", "## Text", "## Removed"):
        assert heading in text
    assert "| 0.91 | check-worthy | the photos show a convoy | attribution, names |" in text
    assert "**match** (0.93) — **False** (false)" in text
    assert "why: similarity 0.81; shared names: isis" in text
    table_rows = [line for line in text.splitlines() if line.startswith("| 0.20")]
    assert table_rows and "\\|" in table_rows[0]  # the page's own "|" cannot break the table
    assert "| boilerplate | Subscribe now |" in text


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "https://x.example/md> [click](javascript:alert(1)) <x",
            "<https://x.example/md%3E%20[click](javascript:alert(1))%20%3Cx>",
        ),
        ("javascript:alert(1)", "javascript:alert(1) (not an http(s) link)"),
        ("https://x.example/a b\\c`d", "<https://x.example/a%20b%5Cc%60d>"),
        ("http://[::1", "http://\\[::1 (not an http(s) link)"),
    ],
)
def test_markdown_links_are_http_and_cannot_end_early(doc: Document, url: str, shown: str) -> None:
    """Reproduction #6 of issue 17: an imported review_url rendered as a javascript: link in the Markdown report."""
    doc.matches[0].factcheck = {**doc.matches[0].factcheck, "review_url": url}
    line = next(line for line in render(doc, "md").splitlines() if "Example Check, 2017-11-15" in line)
    assert line.endswith(f" — {shown}")
    assert "](javascript:" not in line.replace("[click](javascript", "")  # only inside the inert autolink text


def test_markdown_page_text_is_inert(doc: Document) -> None:
    doc.blocks[1].text = "See [this](javascript:alert(1)) and <img src=x onerror=alert(1)> *now*."
    doc.blocks[1].sentences[0].end = len(doc.blocks[1].text)
    doc.title = "`code` <b>bold</b>"
    text = render(doc, "md")
    assert "> See \\[this\\](javascript:alert(1)) and \\<img src=x onerror=alert(1)\\> \\*now\\*." in text
    assert text.startswith("# \\`code\\` \\<b\\>bold\\</b\\>\n")
    assert "<script>" not in text and "\\<script\\>" in text


def test_html_is_one_escaped_file_without_script(doc: Document) -> None:
    html = render(doc, "html")
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert re.search(r'<mark class="claim high"[^>]*>the photos show a convoy</mark>', html)
    assert '<span class="source" title="source: the ministry">The ministry</span>' in html
    assert 'class="card factcheck-card" lang="en" id="fc-fc1" data-level="match"' in html
    assert 'href="https://example.org/check"' in html
    external = set(re.findall(r'(?:src|href)="(https?://[^"]+)"', html))
    assert external == {"https://example.org/check"}, "a report loads nothing from the network"


def test_terminal_summary_shows_the_best_of_each_list(doc: Document) -> None:
    console = Console(record=True, width=140, color_system=None)
    print_summary(doc, console)
    text = console.export_text()
    assert "Photos | from a game" in text
    assert "Already fact-checked (1 fact-checks)" in text and "False" in text and "Example Check" in text
    assert "Check-worthy claims (2 of 3 scored)" in text
    assert "the photos show a convoy" in text
    assert "Who said it" in text and "Sputnik" in text
    assert "Removed (1): Subscribe now [boilerplate]" in text


def test_unknown_format_is_refused() -> None:
    assert FORMATS == ("json", "md", "html")
    with pytest.raises(ConfigError, match="unknown report format 'pdf'"):
        render(Document(id="x", source=None), "pdf")  # type: ignore[arg-type]
