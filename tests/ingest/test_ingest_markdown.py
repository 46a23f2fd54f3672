""".md pages: read into plain text (headings and list items as paragraphs, no marks), then extracted as text."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

from sift.extract import ExtractConfig, extract_page
from sift.ingest import load, load_bytes
from sift.ingest.markdown import markdown_text

ARTICLE = """---
title: "Council vote in Brest: 12 new homes"
date: 2017-11-14
---
# Council vote in Brest

*14 November 2017* · by Jane Doe

The council of *Brest* said on **Monday** that [12 new homes](https://example.org/plan) will be built by 2030,
a plan that officials described as the largest in the region for a decade.

## What the mayor said

"We are proud of this plan," the mayor told reporters after the vote on Monday evening.

- The plan costs 4 million euros, according to the council's own budget papers.
- Work starts in March 2018, the housing office said.

> Critics said the council had ignored the flood risk near the river for years.

![A photo of the council](photo.png)
"""


def test_markdown_becomes_paragraphs_of_plain_text() -> None:
    assert markdown_text(ARTICLE).split("\n\n") == [
        "Council vote in Brest: 12 new homes",  # the front matter's title; the rest of it is no text of the page
        "Council vote in Brest",
        "14 November 2017 · by Jane Doe",
        "The council of Brest said on Monday that 12 new homes will be built by 2030, a plan that officials "
        "described as the largest in the region for a decade.",
        "What the mayor said",
        '"We are proud of this plan," the mayor told reporters after the vote on Monday evening.',
        "The plan costs 4 million euros, according to the council's own budget papers.",
        "Work starts in March 2018, the housing office said.",
        "Critics said the council had ignored the flood risk near the river for years.\n",
    ]


def test_tables_code_html_and_escapes_keep_their_text_and_lose_their_marks() -> None:
    page = (
        "Intro with `code`, an escaped \\*star\\* and &amp; an entity.  \nA forced line break.\n\n"
        "| town | homes |\n|---|---|\n| Brest | 12 |\n\n"
        "```\nfenced lines\n```\n\n"
        "<div class='box'>Boxed <b>text</b> &eacute;</div>\n\n<!-- a comment -->\n\n"
        "1. First numbered item.\n2. Second numbered item.\n"
    )
    assert markdown_text(page).split("\n\n") == [
        "Intro with code, an escaped *star* and & an entity.\nA forced line break.",
        "town | homes",
        "Brest | 12",
        "fenced lines",
        "Boxed text é",
        "First numbered item.",
        "Second numbered item.\n",
    ]


def test_a_md_file_is_read_as_markdown_and_extracted_with_its_title(tmp_path: Path) -> None:
    path = tmp_path / "brest.md"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = load(str(path))
    assert doc.id == hashlib.sha256(ARTICLE.encode()).hexdigest()[:16]  # the bytes as read, as for every file
    assert doc.source.media_type == "text/markdown"
    assert "#" not in doc.raw and "**" not in doc.raw and "- The plan" not in doc.raw and "](" not in doc.raw
    result = extract_page(doc.raw, doc.source.media_type, ExtractConfig())
    assert result.title == "Council vote in Brest: 12 new homes" and result.published == "2017-11-14"
    texts = [piece.text for piece in result.pieces]
    assert "The plan costs 4 million euros, according to the council's own budget papers." in texts
    assert not any(text.startswith(("#", "-", ">")) for text in texts)
    # before: the title was none, and "## What the mayor said", "> Critics …" were body paragraphs, marks and all


def test_only_a_markdown_name_says_markdown_and_html_stays_html(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("# Not a heading here\n\nSome words of a text page.\n")
    assert load(str(tmp_path / "notes.txt")).raw.startswith("# Not a heading")
    html = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Words.</p></body></html>"
    (tmp_path / "page.md").write_text(html)
    assert load(str(tmp_path / "page.md")).source.media_type == "text/html"
    (tmp_path / "page.md.gz").write_bytes(gzip.compress(b"# Title\n\n- An item of the list.\n"))
    assert load(str(tmp_path / "page.md.gz")).raw == "Title\n\nAn item of the list.\n"
    batch = load_bytes(b"# Title\n\n- An item.\n", kind="file", location="/corpus/a.md", said_markdown=True)
    assert batch.raw == "Title\n\nAn item.\n" and batch.source.media_type == "text/markdown"
    assert load_bytes(b"# Title\n", kind="file", location="/corpus/a.txt").raw == "# Title\n"


def test_an_uploaded_page_named_md_is_read_as_markdown_and_named_by_its_file() -> None:
    upload = load(ARTICLE.encode(), kind="text", name="brest.md")
    assert upload.source.media_type == "text/markdown" and upload.source.location == "brest.md"
    assert upload.id == load(ARTICLE.encode(), kind="text").id  # the name changes how it is read, not its id
    assert "#" not in upload.raw and "**" not in upload.raw
    assert load(ARTICLE.encode(), kind="text", name="brest.txt").raw.startswith("---\ntitle:")
    html = b"Words of a short page, <b>marked</b> up."
    assert load(html, kind="text", name="page.html").source.media_type == "text/html"  # a fragment said HTML
    assert load(html, kind="text").source.media_type == "text/plain"  # unnamed: too few tags to be HTML
