"""German speakers on realpages dev9, dev10 and dev5 (issue #18, speakers21), one hand-made sentence per rule: a
bracketed source credit ("(Quelle: X)"), a condition of belief ("Glaubt man X, …") and a perfect's verb bracket
before a colon, whose subject speaks and whose object (a paper written) does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.author_citations import source_credit_frames
from sift.attribution.posters import is_statement
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def _sources(doc: Document) -> list[str]:
    block = doc.blocks[0]
    return [block.text[a.source.start : a.source.end] for a in doc.attributions if a.source is not None]


def test_a_bracketed_source_credit_speaks_the_sentence_it_closes(analyse: Analyse) -> None:
    text = (
        "Im Jahr 2019 fuhren schon über zwei Millionen Menschen mit dem Rad zur Arbeit (Quelle: Statistisches "
        "Bundesamt). Vier Jahre zuvor waren es deutlich weniger."
    )
    doc = analyse([("de", text)])
    assert _speakers(doc) == ["Statistisches Bundesamt"]
    block = doc.blocks[0]
    (attribution,) = doc.attributions
    said = block.text[attribution.content.start : attribution.content.end]
    assert said.startswith("Im Jahr 2019") and "Vier Jahre" not in said


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Mieten stiegen um vier Prozent (Source: Eurostat, 2021).", "Eurostat"),
        ("Die Mieten stiegen um vier Prozent (Quelle: eigene Berechnung).", None),
        ("Die Mieten stiegen um vier Prozent (Quelle: www.example.org).", None),
    ],
)
def test_a_source_credit_names_someone_else(text: str, source: str | None) -> None:
    frames = source_credit_frames(text, "de")
    found = [text[frame.source[0] : frame.source[1]] for frame in frames if frame.source is not None]
    assert found == ([source] if source else [])


def test_a_condition_of_belief_gives_the_main_clause_to_the_one_believed(analyse: Analyse) -> None:
    doc = analyse([("de", "Glaubt man dem Hersteller, hält der Akku des neuen Rads zwei volle Tage.")])
    assert _speakers(doc) == ["Hersteller"]
    block = doc.blocks[0]
    (attribution,) = doc.attributions
    assert block.text[attribution.content.start : attribution.content.end].startswith("hält der Akku")


@pytest.mark.parametrize(
    "text",
    ["Glaubt man an ein Wunder, ist vieles leichter zu ertragen.", "Glaubt man das wirklich?"],
)
def test_a_belief_in_something_or_a_question_names_no_source(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("de", text)])) == []


def test_a_perfects_object_before_its_colon_is_no_speaker(analyse: Analyse) -> None:
    doc = analyse([("de", "Dazu hat Mira ein Papier geschrieben: „Zehn Gründe für den Chor“.")])
    assert "Papier" not in _speakers(doc)
    assert "ein Papier" not in _sources(doc)
    assert all(a.is_uncertain for a in doc.attributions)  # a paper written, its title given: no statement


def test_a_perfects_subject_before_its_colon_speaks(analyse: Analyse) -> None:
    doc = analyse([("de", "Mira hat am Abend geschrieben: „Der Chor probt ab Mai wieder im Saal.“")])
    assert _speakers(doc) == ["Mira"]


def test_gemaess_opens_an_according_frame(analyse: Analyse) -> None:
    doc = analyse([("de", "Gemäß einer Auswertung des Umweltbundesamts sank der Verbrauch im Winter deutlich.")])
    assert _speakers(doc) == ["Umweltbundesamt"]
    assert [a.kind for a in doc.attributions] == ["according-to"]


@pytest.mark.parametrize(
    "text",
    [
        "Gemäß § 12 BGB bleibt der Verein bis zur Zahlung Eigentümer der Ware.",
        "Laut Art. 3 GG sind alle Menschen vor dem Gesetz gleich.",
    ],
)
def test_a_legal_provision_after_an_according_word_is_no_speaker(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("de", text)])) == []


def test_the_author_is_the_one_who_wrote_the_book(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Tom Kerschbaumer hat ein Buch über Dorfvereine herausgegeben, das im Mai erscheint."),
            ("de", "Die Vereine, so der Autor, verlieren jedes Jahr Mitglieder."),
        ]
    )
    assert [(s.name, s.aliases) for s in doc.speakers] == [("Tom Kerschbaumer", ["Autor"])]


def test_declaring_oneself_ready_in_a_perfect_is_no_statement(analyse: Analyse) -> None:
    doc = analyse([("de", "Mira Keller hat sich im Mai bereit erklärt, künftig den Rundbrief des Chors zu schreiben.")])
    assert _speakers(doc) == []


def test_a_title_in_quotes_joined_to_its_noun_stays_in_the_source(analyse: Analyse) -> None:
    doc = analyse([("de", "Kenner des „Slow Gardening“-Trends berichten, dass ihre Beete weniger Arbeit machen.")])
    assert _sources(doc) == ["Kenner des „Slow Gardening“-Trends"]
    assert _speakers(doc) == ["Kenner des „Slow Gardening“-Trends"]


def test_a_title_in_quotes_closes_an_according_phrase(analyse: Analyse) -> None:
    doc = analyse([("de", "Der Club mit dem meisten Pech ist laut der „Ehrlichen Tabelle“ Hansa Lübeck.")])
    assert _speakers(doc) == []


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Wusste gar nicht, dass der Bäcker auch sonntags öffnet.", False),
        ("Ich hab nicht gewusst, dass es die Kurse wieder gibt.", False),
        ("I didn't know the library lends out tools now.", False),
        ("Ich wusste schon, dass der Bäcker sonntags öffnet.", True),
        ("Der Bäcker öffnet seit Mai auch sonntags.", True),
    ],
)
def test_a_posters_own_ignorance_reports_nothing(text: str, states: bool) -> None:
    assert is_statement(text) is states


def test_a_titles_short_form_keeps_the_name_after_its_stop(analyse: Analyse) -> None:
    doc = analyse([("de", "So schreibt Prof. Helga Wurmbach: „Die Pegel steigen im Frühjahr schneller.“")])
    assert _sources(doc) == ["Prof. Helga Wurmbach"]
    assert _speakers(doc) == ["Helga Wurmbach"]


def test_an_author_the_page_never_names_is_no_speaker(analyse: Analyse) -> None:
    doc = analyse([("de", "Der Autor schildert darin die Nachkriegsjahre aus der Sicht eines jungen Bäckers.")])
    assert _speakers(doc) == []
