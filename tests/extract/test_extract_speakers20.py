"""Extraction for German speakers on realpages dev6 (issue #18, speakers20): a story split over stacked page modules
is read whole, and letters written as a base and a combining mark are composed, on hand-made pages."""

from __future__ import annotations

import unicodedata

from sift.extract import ExtractConfig, extract_page

FILLER = "Der Abend war lang, und die Gäste blieben bis nach Mitternacht im Saal. "


def _texts(page: str) -> list[str]:
    return [piece.text for piece in extract_page(page, "text/html", ExtractConfig()).pieces if piece.role == "body"]


def _module(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f'<div class="module module--text"><div class="text"><div class="inner">{body}</div></div></div>'


def _picture() -> str:
    return '<div class="module module--image"><figure><img src="a.jpg"></figure></div>'


def test_a_story_split_over_text_modules_is_read_whole() -> None:
    first = ["Es gibt Tage, die ein Leben teilen. " + FILLER * 3, "Heute erzählt die Sängerin davon. " + FILLER * 2]
    second = ["Was war Ihr erster Gedanke?", "Dass es weitergeht. " + FILLER * 6]
    third = ["Wie geht es Ihnen heute?", "Gut, sagt sie, und lacht. " + FILLER * 6]
    page = (
        "<html><head><title>Interview</title></head><body><main>"
        + _module(first)
        + _picture()
        + _module(second)
        + _picture()
        + _module(third)
        + "</main></body></html>"
    )
    texts = _texts(page)
    assert any(text.startswith("Dass es weitergeht.") for text in texts)
    assert any(text.startswith("Gut, sagt sie") for text in texts)
    assert texts.index(next(t for t in texts if t.startswith("Dass es"))) < texts.index(
        next(t for t in texts if t.startswith("Gut, sagt"))
    )


def test_short_cards_of_the_same_class_stay_out() -> None:
    """Teaser cards built from the body's template hold a line or two: they are not the story."""
    story = ["Die Stadt baut eine neue Brücke. " + FILLER * 4, "Die Arbeiten beginnen im Mai. " + FILLER * 3]
    cards = "".join(_module([f"Weitere Meldung {number}: Kurz notiert."]) for number in range(3))
    page = "<html><body><main>" + _module(story) + cards + "</main></body></html>"
    assert not any("Weitere Meldung" in text for text in _texts(page))


def test_combining_marks_are_composed() -> None:
    """A page written with decomposed umlauts ("a" + U+0308, as some CMSs store them) gives the text of one written
    with composed ones, so words and speaker spans are not cut at the mark ("hriger Freund" was the source of "Ein
    langjähriger Freund sagte …")."""
    sentence = "Ein langjähriger Freund sagte ihr einmal: „Du bist wie ein Ferrari.“ " + FILLER * 3
    decomposed = unicodedata.normalize("NFD", sentence)
    assert decomposed != sentence
    page = f"<html><body><article><p>{decomposed}</p><p>{FILLER * 4}</p></article></body></html>"
    assert _texts(page)[0] == sentence.strip()
