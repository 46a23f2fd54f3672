"""Session 44, sweep44 (issue #18: untuned pages read as a fact-checker). Editors fill empty paragraphs with a
zero-width space ("<p>&#8203;</p>"): a Korean theatre's post showed seventeen blank body blocks between its
paragraphs. Text with nothing visible makes no block; zero-width spaces inside words go, as soft hyphens do."""

from __future__ import annotations

from sift.document import Document, Source
from sift.extract import ExtractConfig, extract_page
from sift.extract.result import Extraction, write_extraction

PARAGRAPHS = (
    "The opening ceremony of the autumn festival was held on a special stage in the park on Friday evening.",
    "Crowds of people came to watch the dancers and drummers of the city theatre perform three pieces.",
    "The festival runs until the end of October, with free performances every weekend in the park.",
)


def _document(extraction: Extraction) -> Document:
    return write_extraction(Document(id="d", source=Source(kind="file", location="t", sha256="0" * 64)), extraction)


def test_a_paragraph_of_zero_width_spaces_makes_no_block() -> None:
    filler = "<p style='text-align: center;'>&#8203;</p><p>\u200b \ufeff</p>"
    html = (
        "<html><head><title>Festival opens</title></head><body><article><h1>Festival opens</h1>"
        + filler.join(f"<p>{text}</p>" for text in PARAGRAPHS)
        + "</article></body></html>"
    )
    doc = _document(extract_page(html, "text/html", ExtractConfig()))
    assert [block.text for block in doc.blocks] == list(PARAGRAPHS)
    assert [block.id for block in doc.blocks] == ["b0", "b1", "b2"]


def test_zero_width_spaces_inside_text_are_not_part_of_the_words() -> None:
    extraction = Extraction(title="Festival\u200b opens")
    extraction.keep("body", "\u200bThe festival runs until the end of Octo\u200bber.")
    extraction.keep("body", "\u200b")
    extraction.keep("quote", "Zero\u200cwidth non-joiners stay: they shape words.")
    doc = _document(extraction)
    assert doc.title == "Festival opens"
    assert [(block.id, block.role, block.text) for block in doc.blocks] == [
        ("b0", "body", "The festival runs until the end of October."),
        ("b1", "quote", "Zero\u200cwidth non-joiners stay: they shape words."),
    ]
