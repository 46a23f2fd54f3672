"""Session 45, review45a: narrowings of german45's and english45's rules. A contract party is dropped only in the
present tense a guide is written in ("Der Vermieter sicherte dem Mieter zu" tells of one dispute); a title after a
name's comma followed by a verb of saying is the verb's subject only when the name is itself set off by a comma
("John Smith, the mayor said" keeps the mayor's name); a fronted clause naming two persons gives "he"/"she" neither;
"non-binary" before a plural ("non-binary pupils") is a topic, no person's singular "they".
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return sorted(speaker.name for speaker in doc.speakers)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Vermieter sicherte dem Mieter am Montag zu, die Heizung bis Freitag zu reparieren.", "Vermieter"),
        ("Der Arbeitgeber sagte dem Arbeitnehmer, er müsse am Montag kommen.", "Arbeitgeber"),
        ("Der Vermieter hat dem Mieter erklärt, die Heizung sei repariert.", "Vermieter"),
        ("Der Käufer versprach dem Verkäufer, pünktlich zu zahlen.", "Käufer"),
    ],
)
def test_a_party_of_one_dispute_in_the_past_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


def test_a_party_in_a_guides_present_tense_is_no_speaker(analyse: Analyse) -> None:
    assert _names(analyse([("de", "Dabei erklärt der Arbeitnehmer dem Arbeitgeber, dass er kündigt.")])) == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "John Smith, the mayor said the bridge would reopen in May.", "John Smith"),
        ("es", "Juan Pérez, el alcalde dijo que el puente abrirá en mayo.", "Juan Pérez"),
    ],
)
def test_a_subject_missing_its_closing_comma_keeps_its_title(analyse: Analyse, lang: str, text: str, name: str) -> None:
    assert _names(analyse([(lang, text)])) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "When John Smith met Mary Jones on Tuesday, she said the deal was off.",
        "When Smith met Jones on Tuesday, he said the deal was off.",
    ],
)
def test_a_fronted_clause_naming_two_persons_gives_the_pronoun_neither(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


def test_a_topic_of_non_binary_pupils_gives_they_no_person(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "en",
                "The school will let non-binary pupils choose their uniform, head teacher Mark Green announced on "
                "Monday. Many parents were angry. They said the policy had been rushed.",
            )
        ]
    )
    assert [len(speaker.attributions) for speaker in doc.speakers] == [1]
