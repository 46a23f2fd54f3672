"""A page where nobody is quoted says so in every report format, instead of leaving the section out."""

from __future__ import annotations

from rich.console import Console

from sift.document import Document
from sift.report import render
from sift.report.terminal import print_summary
from sift.report.view import NO_SPEAKERS


def _nobody_quoted(doc: Document) -> Document:
    doc.attributions = []
    doc.speakers = []
    return doc


def test_every_format_says_no_attributed_statement_was_found(doc: Document) -> None:
    doc = _nobody_quoted(doc)
    console = Console(record=True, width=120)
    print_summary(doc, console)
    assert f"Who said it: {NO_SPEAKERS}" in console.export_text()
    assert f"## Speakers\n\n_{NO_SPEAKERS}_" in render(doc, "md")
    assert NO_SPEAKERS in render(doc, "html")


def test_a_language_without_attribution_says_why_instead(doc: Document) -> None:
    doc = _nobody_quoted(doc)
    doc.attribution_unavailable = ["cs"]
    console = Console(record=True, width=120)
    print_summary(doc, console)
    terminal = console.export_text()
    assert "Who said it: attribution not available for Czech (cs)" in terminal and NO_SPEAKERS not in terminal
    assert NO_SPEAKERS not in render(doc, "md") and NO_SPEAKERS not in render(doc, "html")
