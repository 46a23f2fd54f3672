"""Session 44, review44b. A full name whose last word ends in "s" before a statement noun: the "s" is the name's own
when the block writes the word elsewhere ("Kamala Harris sprach … Kamala Harris Aussage, …": no "Kamala Harri"),
and a word the tagger's lexicon knows as a name may be either ("Bill Gates", "Goldman Sachs"): left alone. "mögen"
reports through its infinitive only as "möchte"; "mag"/"mögen" concede ("Kritiker mögen einwenden, dass …"). A
"was" clause closed by its auxiliaries ("…, was der Minister gesagt hat, ist unklar") holds no statement either.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def test_a_name_written_with_its_s_keeps_it(analyse: Analyse) -> None:
    text = (
        "Kamala Harris sprach am Montag in Ohio. Kamala Harris Aussage, dass die Wirtschaft wächst, wurde kritisiert."
    )
    assert _names(analyse([("de", text)])) == ["Kamala Harris"]


@pytest.mark.parametrize(
    "text",
    [
        "Bill Gates Theorie, dass Impfungen helfen, ist bekannt.",
        "Goldman Sachs Theorie, dass die Zinsen steigen, überzeugte Anleger.",
    ],
)
def test_a_known_name_ending_in_s_is_left_alone(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


def test_a_genitive_name_written_bare_elsewhere_loses_its_s(analyse: Analyse) -> None:
    text = "Angela Merkel sprach in Berlin. Angela Merkels Motto „Wir schaffen das“ wurde berühmt."
    assert _names(analyse([("de", text)])) == ["Angela Merkel"]


@pytest.mark.parametrize(
    "text",
    [
        "Kritiker mögen einwenden, dass das Projekt zu teuer ist.",
        "Der Verband mag behaupten, dass alles in Ordnung sei, doch die Zahlen sprechen dagegen.",
    ],
)
def test_a_conceding_modal_reports_nothing(analyse: Analyse, text: str) -> None:
    assert "Kritiker" not in _names(analyse([("de", text)]))
    assert "Verband" not in _names(analyse([("de", text)]))


def test_möchten_still_reports(analyse: Analyse) -> None:
    assert _names(analyse([("de", "Die Spieler möchten klarstellen, dass sie bleiben.")])) == ["Spieler"]


@pytest.mark.parametrize(
    "text",
    [
        "Ob das stimmt, was der Minister gesagt hat, ist unklar.",
        "Was Experten befürchtet hatten, ist eingetreten.",
    ],
)
def test_a_was_clause_in_the_perfect_holds_no_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


def test_an_apposition_after_a_was_clause_in_the_perfect_is_still_said(analyse: Analyse) -> None:
    assert _names(analyse([("de", "Sie tat, was der Arzt empfohlen hatte, nämlich mehr Sport.")])) == ["Arzt"]
