"""Session 45, mend45 (issue #18: speaker shapes the session's helpers left). A body's one-word name the tagger reads
as a common noun speaks ("Caritas warnte, dass …", "Caritas und Diakonie warnten"); a surname's genitive before a
singular title noun owns the speaker ("Merkels Sprecher", never "Merkels") while a known given name or company
keeps its reading ("Thomas Sprecher", "sagt Siemens Chef"); therapists and psychologists are source nouns; a
direct question asking what was said ("What did the paper say to the pencil?") names no speaker. Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document
from sift.lexicon.gazetteer import ONE_WORD_BODIES

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return sorted(speaker.name for speaker in doc.speakers if speaker.confidence >= 0.5)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Caritas warnte, dass die Zahl der Obdachlosen im Winter deutlich steigen werde.", ["Caritas"]),
        ("Die Caritas kritisierte, dass die Reform an den Bedürftigen vorbeigehe.", ["Caritas"]),
        ("Diakonie erklärte, viele Familien könnten ihre Heizkosten nicht zahlen.", ["Diakonie"]),
        (
            "Caritas und Diakonie warnten am Montag, dass viele Familien ihre Heizkosten nicht mehr zahlen könnten.",
            ["Caritas", "Diakonie"],
        ),
        ("Greenpeace warnte, dass die Ostsee zunehmend unter Sauerstoffmangel leide.", ["Greenpeace"]),
    ],
)
def test_a_body_s_name_read_as_a_noun_speaks(analyse: Analyse, text: str, names: list[str]) -> None:
    assert _names(analyse([("de", text)])) == names


def test_a_body_s_name_without_a_cue_names_no_speaker(analyse: Analyse) -> None:
    assert _names(analyse([("de", "Die Diakonie bietet in der Stadt vier Beratungsstellen an.")])) == []


def test_body_names_are_single_words_of_the_gazetteer() -> None:
    assert {"Caritas", "Diakonie", "Oxfam", "Greenpeace"} <= ONE_WORD_BODIES
    assert not any(" " in name for name in ONE_WORD_BODIES)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Merkels Sprecher erklärte, die Kanzlerin werde an dem Treffen nicht teilnehmen.", "Merkels Sprecher"),
        ("Trumps Anwalt sagte, sein Mandant habe von den Zahlungen nichts gewusst.", "Trumps Anwalt"),
        ("Putins Sprecher sagte am Dienstag, Moskau sei zu Gesprächen bereit.", "Putins Sprecher"),
    ],
)
def test_a_surname_s_genitive_owns_a_singular_title(analyse: Analyse, text: str, name: str) -> None:
    assert _names(analyse([("de", text)])) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Nachfrage sei stabil, sagt Siemens Chef im Interview.", "Siemens"),
        ("Markus Richter erklärte, die Stadt werde den Haushalt kürzen.", "Markus Richter"),
    ],
)
def test_a_known_name_in_s_before_a_title_keeps_its_reading(analyse: Analyse, text: str, name: str) -> None:
    assert _names(analyse([("de", text)])) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Von Therapeuten habe ich gehört, dass viele Kinder nach der Pandemie Angststörungen entwickelt hätten.",
            "Therapeuten",
        ),
        ("Eine Psychotherapeutin sagte, viele Kinder hätten nach der Pandemie Angst.", "Psychotherapeutin"),
        ("Pflegekräfte klagen, dass sie in den Nachtschichten allein seien.", "Pflegekräfte"),
    ],
)
def test_carers_are_source_nouns(analyse: Analyse, text: str, name: str) -> None:
    assert _names(analyse([("de", text)])) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "What did they say when Marie Curie and Albert Einstein said the same thing at the same time?",
        "What did the paper say to the pencil?",
        "What did Trump say about the tariffs?",
    ],
)
def test_a_question_asking_what_was_said_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Why did the minister say that taxes would fall?", ["minister"]),
        ("Did Trump say that the election was stolen?", ["Trump"]),
        ("Marie Curie and Albert Einstein said the same thing at the same time.", ["Albert Einstein", "Marie Curie"]),
    ],
)
def test_a_question_with_said_content_or_a_statement_keeps_its_speaker(
    analyse: Analyse, text: str, names: list[str]
) -> None:
    assert _names(analyse([("en", text)])) == names
