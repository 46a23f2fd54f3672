"""Session 43, german43b (issue #18: German speakers german43 left). Reported speech after a belief's comma may end
the sentence right after its verb ("Der Minister denkt, er habe recht."); a plural "sie" beside a verb in "-ern" or
"-eln" stands for the group before it ("Die Bauern demonstrieren, und sie fordern, …"). Sentences written for this
test."""

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
        ("Der Minister denkt, er habe recht.", "Minister"),
        ("Die Trainerin hofft, es sei vorbei.", "Trainerin"),
        ("Die Gewerkschaften protestieren seit Wochen, und sie fordern, dass die Löhne steigen.", "Gewerkschaften"),
        ("Die Anwohner sind wütend, und sie fordern: „Die Straße muss gesperrt werden.“", "Anwohner"),
        ("Die Bauern demonstrieren vor dem Landtag, und sie fordern, dass die Preise steigen.", "Bauern"),
    ],
)
def test_speakers_german43_left(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Mein Kollege fährt jeden Tag mit dem Rad.",
        "Die Kollegin kaufte ein neues Auto.",
        "Die Studie wurde im Mai veröffentlicht.",
        "Der Minister denkt an seine Familie.",
        "Der Minister denkt. Er sei müde.",
        "Ich denke, das ist gut.",
    ],
)
def test_no_speaker_without_a_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


def test_a_study_with_its_issuer_speaks_for_the_issuer(analyse: Analyse) -> None:
    doc = analyse([("de", "Eine Studie der Universität Mainz zeigt, dass Kinder weniger schlafen.")])
    assert _names(doc) == ["Universität Mainz"]


def test_a_singular_verb_in_ere_keeps_its_person(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Ministerin Eva Roth kam spät. Sie fordere, dass die Schule bleibe, sagte sie.")])
    assert _names(doc) == ["Eva Roth"]
