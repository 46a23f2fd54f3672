"""A page where nobody is quoted says so in every report format, instead of leaving the section out."""

from __future__ import annotations

from rich.console import Console

from sift.document import Document
from sift.report import render
from sift.report.terminal import print_summary
from sift.report.view import NO_CLAIMS, NO_SPEAKERS


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


def test_a_language_sift_is_not_sure_of_is_said_in_every_format(doc: Document) -> None:
    """A page whose language sift is not sure of says so, and says why nobody is quoted there."""
    doc = _nobody_quoted(doc)
    for block in doc.blocks:
        block.lang, block.lang_uncertain = "es", True
    doc.language, doc.language_uncertain = "es", True
    label = "language uncertain (looks like Spanish)"
    why = "no attribution claimed on text whose language is uncertain (looks like Spanish)"
    console = Console(record=True, width=200)
    print_summary(doc, console)
    terminal = console.export_text()
    assert f"language es · {label}" in terminal and f"Who said it: {why}" in terminal
    markdown = render(doc, "md")
    assert f"**Language:** es — {label}" in markdown and f"_{why}_" in markdown and NO_SPEAKERS not in markdown
    html = render(doc, "html")
    assert label in html and why in html and 'lang-uncertain"' in html and NO_SPEAKERS not in html
    assert '"language_uncertain": true' in render(doc, "json")


def test_one_uncertain_block_is_counted_on_a_certain_page(doc: Document) -> None:
    doc.blocks[-1].lang_uncertain = True  # the French related snippet
    assert "**Language:** en — language uncertain (looks like French) in 1 block —" in render(doc, "md")


def test_a_page_with_no_check_worthy_claim_says_so(doc: Document) -> None:
    """Scored sentences but none flagged: the terminal says why its claims table is empty, as Markdown does."""
    for claim in doc.claims:
        claim.label = "not check-worthy"
    console = Console(record=True, width=200)
    print_summary(doc, console)
    assert NO_CLAIMS in console.export_text()
    assert NO_CLAIMS in render(doc, "md")
