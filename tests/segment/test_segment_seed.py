"""``language`` then ``segment`` on the seed page's paragraphs: offsets, abbreviations and quotes hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from sift.document import Block, Document, Source
from sift.language import LanguageConfig, detect_languages
from sift.pipeline import Resources
from sift.segment import SegmentConfig, segment_blocks


@pytest.fixture(scope="module")
def doc(seed_path: Path) -> Document:
    """The seed's blank-line paragraphs as blocks, with languages detected and sentences split."""
    paragraphs = [p.strip() for p in seed_path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    blocks = [Block(id=f"b{i}", role="body", text=text) for i, text in enumerate(paragraphs)]
    page = Document(id="seed", source=Source(kind="file", location=str(seed_path), sha256="0" * 64), blocks=blocks)
    resources = Resources()
    return segment_blocks(detect_languages(page, resources, LanguageConfig()), resources, SegmentConfig())


def sentence_starting(doc: Document, prefix: str) -> str:
    texts = [text for _, _, text in doc.iter_sentences() if text.startswith(prefix)]
    assert len(texts) == 1, f"{len(texts)} sentences start with {prefix!r}"
    return texts[0]


def test_every_sentence_is_its_block_text_trimmed(doc: Document) -> None:
    for block in doc.blocks:
        assert block.sentences, block.id
        for i, sentence in enumerate(block.sentences):
            text = block.text[sentence.start : sentence.end]
            assert sentence.id == f"{block.id}.s{i}"
            assert text == text.strip() != ""
            assert "\n" not in text
        ends = [s.end for s in block.sentences]
        assert ends == sorted(ends)


def test_the_json_round_trip_keeps_the_sentences(doc: Document) -> None:
    again = Document.from_json(doc.to_json())
    assert [b.sentences for b in again.blocks] == [b.sentences for b in doc.blocks]


def test_dates_do_not_split(doc: Document) -> None:
    assert sentence_starting(doc, "The ministry showed photo shoots").endswith("government army.")
    assert "on November 9 which show" in sentence_starting(doc, "The ministry showed")


def test_the_english_quote_and_its_attribution_are_one_sentence(doc: Document) -> None:
    sentence = sentence_starting(doc, '"Americans peremptorily')
    assert sentence.endswith('Prisoners of War," the Russian Defense Ministry said.')
    relayed = sentence_starting(doc, '"The Albu Kamal liberation')
    assert relayed.endswith("the Russian Defense Ministry said, Sputnik reported.")
    assert sentence_starting(doc, '"The coalition’s aviation').endswith("the ministry said.")
    assert sentence_starting(doc, "To this aim").endswith("it said.")


def test_the_senator_quote_with_nested_quotes_is_one_sentence(doc: Document) -> None:
    sentence = sentence_starting(doc, "«Je n'exclue pas")
    assert 'un État "séparé"' in sentence
    assert sentence.endswith("en Asie centrale», a indiqué le sénateur.")


def test_the_french_ministry_quote_is_one_sentence(doc: Document) -> None:
    sentence = sentence_starting(doc, "«Le refus du commandement")
    assert sentence.endswith("près d’Abou Kamal», a précisé le ministère.")


def test_the_german_quote_with_its_attribution_is_one_sentence(doc: Document) -> None:
    sentence = sentence_starting(doc, "„Ich schließe nicht aus")
    assert "nach Zentralasien“, zitiert der Pressedienst von Klinzewitsch den Parlamentarier." in sentence


def test_list_numbers_and_ellipses_stay_with_their_snippet(doc: Document) -> None:
    assert sentence_starting(doc, "1. Le refus des États-Unis de frapper").endswith("ministère russe de la Défense...")
    assert sentence_starting(doc, "2. Die Tatsache").endswith("am Dienstag kommentiert...")


def test_headings_are_single_sentences(doc: Document) -> None:
    assert sentence_starting(doc, "Albu Kamal") == "Albu Kamal"
    assert sentence_starting(doc, "Tuesday, November 14, 2017") == "Tuesday, November 14, 2017"


def test_rerunning_segment_replaces_sentences(doc: Document) -> None:
    before = [list(b.sentences) for b in doc.blocks]
    segment_blocks(doc, Resources(), SegmentConfig())
    assert [b.sentences for b in doc.blocks] == before
