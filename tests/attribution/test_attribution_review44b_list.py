"""Session 44, review44b: a list a preposition governs, closed by "und" before the clause's finite verb, is no
subject of the participle closing the clause either ("In Berlin, Hamburg und München hat die Polizei gewarnt": no
speakers Hamburg and München). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "In Berlin, Hamburg und München hat die Polizei gewarnt.",
        "Zum Thema Klima, Energie und Verkehr hat sich der Minister geäußert.",
    ],
)
def test_a_governed_list_before_the_finite_verb_is_no_subject(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Am Montag, Dienstag und Mittwoch hat der Verband gewarnt, die Preise stiegen.", ["Verband"]),
        ("Die Lage sei ernst, haben Müller und Meier gesagt.", ["Müller", "Meier"]),
    ],
)
def test_the_subject_after_a_governed_list_still_speaks(analyse: Analyse, text: str, speaker: list[str]) -> None:
    assert _names(analyse([("de", text)])) == speaker
