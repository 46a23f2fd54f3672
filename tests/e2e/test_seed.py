"""End to end on the reference page: extraction, languages, sentences, claims, attribution, matching."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import sift
from sift.document import Document
from sift.sample import load_sample
from sift.store import open_store

CLUTTER = ("Only News", "Featured Post", "Tulsi Gabbard", "Blog Widget by LinkWithin")


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Document]:
    with open_store(str(tmp_path_factory.mktemp("e2e") / "sift.db")) as store:
        load_sample(store)
        yield sift.check(str(seed_path), store=store)  # the public API: a Workbench with the store's matcher


def test_metadata(seed_doc: Document) -> None:
    assert seed_doc.title == "Russia: US Directly Supports ISIL Terrorists in Syria"
    assert seed_doc.published == "2017-11-14"
    assert seed_doc.language == "en"


def test_body_is_the_english_article(seed_doc: Document) -> None:
    body = [block for block in seed_doc.blocks if block.role == "body" and len(block.text) > 40]
    assert all(block.lang == "en" for block in body)
    first = seed_doc.sentence_text(body[0].sentences[0].id)
    assert first.startswith("The Russian Defense Ministry said it has obtained evidence")
    last = seed_doc.sentence_text(body[-1].sentences[-1].id)
    assert last.endswith('advance US interests in the Middle East," the ministry said.')


def test_related_snippets_carry_their_language(seed_doc: Document) -> None:
    related = [block for block in seed_doc.blocks if block.role == "related"]
    languages = {block.lang for block in related}
    assert languages == {"fr", "de"}
    for block in related:
        expected = "de" if any(word in block.text for word in (" die ", " der ", " und ", "Laut ")) else "fr"
        assert block.lang == expected, block.text[:80]


def test_the_speakers_are_the_ministry_and_the_senator_of_the_snippets(seed_doc: Document) -> None:
    """Issue #18's acceptance: the ministry (via Sputnik) and Frantz Klintsevitch, heard in the French and German
    snippets of the same story (the ministry speaks there too), are the page's speakers; "The US" is none."""
    speakers = {speaker.name: speaker.kind for speaker in seed_doc.speakers}
    assert speakers == {"Russian Defense Ministry": "organisation", "Frantz Klintsevitch": "person"}


def test_clutter_is_removed_and_reported(seed_doc: Document) -> None:
    text = "\n".join(block.text for block in seed_doc.blocks)
    removed = "\n".join(item.text for item in seed_doc.removed)
    for clutter in CLUTTER:
        assert clutter not in text
        assert clutter in removed


def test_sentences_are_offsets(seed_doc: Document) -> None:
    sentences = list(seed_doc.iter_sentences())
    assert len(sentences) > 20
    for block, sentence, text in sentences:
        assert text == block.text[sentence.start : sentence.end] and text == text.strip()
    texts = [text for _, _, text in sentences]
    assert any("on November 9 which show" in text for text in texts)
    quote = [text for text in texts if "Je n'exclue pas" in text]
    assert len(quote) == 1 and quote[0].endswith("a indiqué le sénateur.") and "séparé" in quote[0]


def test_json_round_trip(seed_doc: Document) -> None:
    assert Document.from_json(seed_doc.to_json()).to_dict() == seed_doc.to_dict()


def test_python_api_check_on_text(seed_path: Path) -> None:
    doc = sift.check(seed_path.read_text(encoding="utf-8"), kind="text")
    assert doc.source.kind == "text" and doc.title == "Russia: US Directly Supports ISIL Terrorists in Syria"


def test_sputnik_the_relay_is_russian_state_media_in_every_report(seed_doc: Document) -> None:
    """Acceptance (issue 15): Sputnik (the relay) resolves to state-controlled, Russia, and every report shows it."""
    import io

    from rich.console import Console

    from sift.report.html import render_html
    from sift.report.markdown import render_markdown
    from sift.report.terminal import print_summary

    sputnik = next(outlet for outlet in seed_doc.outlets if outlet.profile["name"] == "Sputnik")
    assert sputnik.profile["type"] == "state-controlled" and sputnik.profile["country"] == "RU"
    assert sputnik.profile["state_affiliated"] and sputnik.badge == "state-controlled media, Russia"
    assert any(use.kind == "relay" and use.text == "Sputnik" for use in sputnik.uses)
    assert sputnik.factchecks == {"publisher": {}, "claimant": {}}  # counted in the store: none name it
    badge = "state-controlled media, Russia"
    assert f"Sputnik ({badge})" in render_markdown(seed_doc)
    html = render_html(seed_doc)
    assert 'title="State Media Matrix (ASD/GMF): typology = SC' in html and f">{badge}</a>" in html
    buffer = io.StringIO()
    print_summary(seed_doc, Console(file=buffer, width=200, color_system=None))
    assert f"Sputnik [{badge}]" in buffer.getvalue()
