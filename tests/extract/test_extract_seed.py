"""Acceptance tests of the extract stage on the bundled seed page (a scraped blog page as text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sift.document import Document, Source
from sift.extract import ExtractConfig, extract_document
from sift.pipeline import Resources

CLUTTER = ("Only News", "Featured Post", "Tulsi Gabbard", "Blog Widget by LinkWithin")


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path) -> Document:
    raw = seed_path.read_text(encoding="utf-8")
    doc = Document(id="seed", source=Source(kind="file", location=str(seed_path), sha256="0" * 64), raw=raw)
    return extract_document(doc, Resources(), ExtractConfig())


def test_seed_title_and_date(seed_doc: Document) -> None:
    assert seed_doc.title == "Russia: US Directly Supports ISIL Terrorists in Syria"
    assert seed_doc.published == "2017-11-14"


def test_seed_block_ids_in_order(seed_doc: Document) -> None:
    assert [block.id for block in seed_doc.blocks] == [f"b{index}" for index in range(len(seed_doc.blocks))]
    assert all(block.text == block.text.strip() and block.text for block in seed_doc.blocks)


def test_seed_body_is_the_english_article(seed_doc: Document) -> None:
    body = [block.text for block in seed_doc.blocks if block.role == "body"]
    assert body[0].startswith("The Russian Defense Ministry said it has obtained evidence")
    assert body[-1].endswith('advance US interests in the Middle East," the ministry said.')
    assert len(body) == 11
    assert all("Daech" not in text and "Klinzewitsch" not in text for text in body)


def test_seed_place_label_is_a_caption_not_body(seed_doc: Document) -> None:
    # "Albu Kamal" under the title labels the page's photo: shown as a caption, never read as article text
    place = [block for block in seed_doc.blocks if block.text == "Albu Kamal"]
    assert [block.role for block in place] == ["caption"]
    assert seed_doc.blocks[0] is place[0]


def test_seed_related_holds_french_and_german_snippets(seed_doc: Document) -> None:
    related = [block.text for block in seed_doc.blocks if block.role == "related"]
    assert related[0].startswith("Le refus des États-Unis de frapper les colonnes de Daech")
    assert any(text.startswith("Le refus des États-Unis de bombarder") for text in related)
    assert any(text.startswith("Die Tatsache, dass sich die USA geweigert hatten") for text in related)
    assert related[-1].endswith("zitiert der Pressedienst von Klinzewitsch den Parlamentarier.")
    german = [text for text in related if "Klinzewitsch" in text or "Die Tatsache" in text]
    assert all("Daech" not in text for text in german)  # one language per block
    body_first = max(index for index, block in enumerate(seed_doc.blocks) if block.role == "body")
    assert all(block.role == "related" for block in seed_doc.blocks[body_first + 1 :])


def test_seed_clutter_removed_and_listed(seed_doc: Document) -> None:
    for clutter in CLUTTER:
        assert all(clutter not in block.text for block in seed_doc.blocks), clutter
        assert any(clutter in removed.text for removed in seed_doc.removed), clutter
    reasons = {removed.text: removed.reason for removed in seed_doc.removed}
    assert reasons["Only News"] == "site name"
    assert reasons["Featured Post"].startswith("boilerplate")
    assert all(removed.reason for removed in seed_doc.removed)


def test_rerun_replaces(seed_doc: Document) -> None:
    blocks, removed = len(seed_doc.blocks), len(seed_doc.removed)
    again = extract_document(seed_doc, Resources(), ExtractConfig())
    assert len(again.blocks) == blocks
    assert len(again.removed) == removed


def test_seed_json_round_trip(seed_doc: Document) -> None:
    again = Document.from_json(seed_doc.to_json())
    assert [(b.role, b.text) for b in again.blocks] == [(b.role, b.text) for b in seed_doc.blocks]
    assert again.published == "2017-11-14"
