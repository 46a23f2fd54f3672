"""Session 42, german42a (issue #18: German speaker recall on dev7 and dev11). A German perfect whose participle
opens the clause, the finite "haben" and then the subject after it ("Bestätigt hat das inzwischen auch die
Polizei"); "schätzen" that values a thing ("Viele Leser schätzen seine Kolumnen") is no estimate; the generic "man"
of a body named by a place phrase ("„…“, sagt man im Ministerium") is that body, and "lehren" reports a quotation;
"Darin heißt es / Darin wird bestritten, dass …" after a sentence naming a document and its issuer is the issuer.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Geantwortet hat bisher nur die Stadtverwaltung.", "Stadtverwaltung"),
        ("Bestätigt hat das inzwischen auch die Polizei.", "Polizei"),
        ("Kritisiert hat den Plan vor allem die Opposition.", "Opposition"),
        ('Fazit: Geantwortet haben nur "Die Linken", und zwar sofort und zustimmend.', "Linken"),
        ("Angekündigt hat die Ministerin den Rücktritt am Montag.", "Ministerin"),
    ],
)
def test_a_fronted_participle_of_saying_takes_the_subject_after_its_auxiliary(
    analyse: Analyse, text: str, speaker: str
) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Gebaut hat das Haus ein Architekt aus Wien.",  # no verb of saying
        "Gewonnen hat das Spiel der FC Bayern.",
        "Geschrieben hat das Buch ein Journalist aus Berlin.",  # a book written is no statement
        "Verteidigt hat den Titel der Weltmeister aus Norwegen.",  # "verteidigen" reports only with content
        "Gemeldet hat sich bisher niemand.",
        "Gesagt wurde dazu nichts.",  # a passive: no speaker
        "Sagen kann man viel.",  # an infinitive
    ],
)
def test_a_fronted_participle_without_a_statement_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


def test_the_fronted_participle_reads_the_middle_as_what_was_said(analyse: Analyse) -> None:
    doc = analyse([("de", "Bestätigt hat das inzwischen auch die Polizei.")])
    (attribution,) = doc.attributions
    block = doc.block(attribution.frame_block_id)
    assert attribution.source is not None
    assert block.text[attribution.source.start : attribution.source.end] == "die Polizei"


@pytest.mark.parametrize(
    "text",
    [
        "Viele Leser schätzen seine Kolumnen.",
        "Die Mitarbeiter schätzen das gute Betriebsklima sehr.",
        "Er ist bei seinen Fans, die sowohl seine Arbeit als auch seine Offenheit schätzen, beliebt.",
    ],
)
def test_schaetzen_that_values_a_thing_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Experten schätzen den Schaden auf drei Millionen Euro.", "Experten"),
        ("Das Institut schätzt die Zahl der Betroffenen auf rund 2000.", "Institut"),
        ("Die Polizei schätzt, dass etwa 5000 Menschen gekommen sind.", "Polizei"),
        ("„Es waren sicher 5000 Menschen“, schätzt die Polizei.", "Polizei"),
        ("Rund 5000 Menschen kamen, schätzt die Polizei.", "Polizei"),
        ("Wie die Polizei schätzt, kamen rund 5000 Menschen.", "Polizei"),
        ("Die Experten schätzen: Der Schaden liegt bei drei Millionen Euro.", "Experten"),
        ("Die Experten, die den Schaden auf drei Millionen schätzen, warnen vor Panik.", "Experten"),
    ],
)
def test_schaetzen_that_estimates_keeps_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das ist falsch“, sagt man im Ministerium.", "Ministerium"),
        ("Im Ministerium sagt man, die Reform sei falsch.", "Ministerium"),
        ("„Lernen heißt fragen“, lehrt man an der Universität Wien.", "Universität Wien"),
        ("Bei der Polizei erklärt man, die Lage sei ruhig.", "Polizei"),
        ("„Geduld ist alles“, lehrte Konfuzius.", "Konfuzius"),
    ],
)
def test_the_generic_man_of_a_body_is_that_body(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist falsch“, sagt man in Bayern.",  # a place, no body
        "Im Sommer sagt man, es werde heiß.",  # a time
        "Man sagt, im Ministerium sei die Stimmung schlecht.",  # the body is in what is said
        "Vom Ministerium sagt man, es sei überfordert.",  # what is spoken of
        "Er lehrt Mathematik an der Universität Wien.",  # teaching, no quotation
        "Sie lehrt an der Universität Wien.",
    ],
)
def test_the_generic_man_without_a_body_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Anwohner erhielten einen Brief der Stadtverwaltung. Darin wird bestritten, dass der Lärm zugenommen"
            " habe.",
            "Stadtverwaltung",
        ),
        (
            "Die Redaktion erhielt einen Bericht des Instituts für Arbeitsmarktforschung. Darin heißt es, die Löhne"
            " stiegen.",
            "Institut für Arbeitsmarktforschung",
        ),
        ("Uns liegt ein Schreiben der Gewerkschaft vor. Darin wird gefordert, dass die Löhne steigen.", "Gewerkschaft"),
    ],
)
def test_darin_after_a_document_and_its_issuer_is_the_issuer(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Er las den Bericht. Darin wird bestritten, dass der Lärm zugenommen habe.",  # no issuer
        "Die Familie wohnt in einem Haus der Genossenschaft. Darin wird viel gefeiert.",  # a place, no cue
        "Das Museum hat einen großen Saal. Darin wird gefeiert, getanzt und gelacht.",
    ],
)
def test_darin_without_a_document_issuer_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []
