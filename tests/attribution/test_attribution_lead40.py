"""Session 40, lead: a one-word newspaper title in quotation marks opening a sentence with its article is the
newspaper ("Die „Welt“ berichtete": Die Welt; the phrase read without its marks was the common noun "Welt", no
speaker), and a title so opening the sentence is no dative opener relaying to itself ("Der „Spiegel“ berichtete":
the source had become the closing mark). A person named after a body's name that holds a preposition and a title
speaks ("According to Coils to Locs Founder Dianne Austin": the speaker was "Coils", realpages dev9)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(speaker.name, speaker.kind) for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die „Welt“ berichtete, der Minister werde zurücktreten.", "Die Welt"),
        ("Die „Zeit“ schreibt, die Verhandlungen seien gescheitert.", "Die Zeit"),
        ("Der „Spiegel“ berichtete am Montag, der Vertrag werde verlängert.", "Der Spiegel"),
        ("Der „Tagesspiegel“ meldet, die Koalition sei zerbrochen.", "Der Tagesspiegel"),
    ],
)
def test_a_quoted_title_with_its_article_opening_the_sentence_is_the_outlet(
    analyse: Analyse, text: str, speaker: str
) -> None:
    doc = analyse([("de", text)])
    assert _speakers(doc) == [(speaker, "outlet")]
    assert all(not attribution.via for attribution in doc.attributions)


@pytest.mark.parametrize(
    "text",
    [
        "Dem „Spiegel“ sagte der Minister, er werde zurücktreten.",
        "Der Zeitung „Bild“ sagte der Minister, er werde zurücktreten.",
    ],
)
def test_a_dative_outlet_opening_the_sentence_still_relays(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert [kind for _, kind in _speakers(doc)] == ["person"]
    assert [len(attribution.via) for attribution in doc.attributions] == [1]


def test_the_world_in_quotation_marks_without_a_statement_names_no_one(analyse: Analyse) -> None:
    doc = analyse([("de", "Die „Welt“ ist groß, sagte die Ministerin.")])
    assert "Die Welt" not in [name for name, _ in _speakers(doc)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to Coils to Locs Founder Dianne Austin, the product sold out in two days.", "Dianne Austin"),
        ("According to Pets for Vets CEO Mark Hollis, demand doubled.", "Mark Hollis"),
        ("According to Friends of the Earth Director Jane Smith, the plan is flawed.", "Jane Smith"),
    ],
)
def test_the_titled_person_after_a_body_with_a_preposition_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("en", text)])) == [(speaker, "person")]


def test_a_body_with_a_preposition_and_no_titled_person_stays_the_speaker(analyse: Analyse) -> None:
    doc = analyse([("en", "According to Doctors Without Borders, the hospital was hit twice.")])
    assert [name for name, _ in _speakers(doc)] == ["Doctors Without Borders"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir haben Anfragen aus der ganzen Welt“, freut sich Univ.-Prof. Dr. Robert Galler.", "Robert Galler"),
        ("Das Projekt sei ein Erfolg, sagte Dipl.-Ing. Hans Muster am Montag.", "Hans Muster"),
    ],
)
def test_a_compound_title_of_short_forms_is_no_name(analyse: Analyse, text: str, speaker: str) -> None:
    # realpages dev12 r12-016 showed "Univ" as a person: the full stop before "-Prof." ended the subject
    assert _speakers(analyse([("de", text)])) == [(speaker, "person")]


# review40a's mends of this session's rules


def test_a_person_after_told_the_court_stays_a_person(analyse: Analyse) -> None:
    doc = analyse([("en", "Prosecutors told the court Johnson had lied repeatedly. Johnson said he was innocent.")])
    assert ("Johnson", "person") in _speakers(doc)


def test_an_outlet_name_before_agency_is_the_outlet(analyse: Analyse) -> None:
    assert _speakers(analyse([("en", "Reuters Agency reported that the talks had failed.")])) == [("Reuters", "outlet")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Schiedsrichter sah einen Fehler des Torwarts.",  # seeing a mistake, no view "in X" or "darin"
        "Steuern und Abgaben hat die Regierung erhöht und Reformen angekündigt.",  # a fronted object joined by "und"
        "Mehr Geld und neue Stellen hat der Verband gefordert.",
    ],
)
def test_no_statement_is_read_into_seeing_or_a_joined_fronted_object(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert all(name not in ("Schiedsrichter", "Steuern", "Mehr Geld und neue Stellen") for name, _ in _speakers(doc))


@pytest.mark.parametrize(
    "text",
    [
        "The wife of President Joe Biden said the dog was fine.",
        "The lawyer of President Donald Trump said the case was political.",
    ],
)
def test_a_relative_of_a_titled_person_is_not_that_person(analyse: Analyse, text: str) -> None:
    # the name after "of" is a department's holder only after a title ("the minister of finance Jane Doe"); the
    # relative, one definite individual, is a person by kind (bench/data/README.md, issue #18 kinds41b)
    relation = text.split()[1]
    assert [(name.split()[0], kind) for name, kind in _speakers(analyse([("en", text)]))] == [(relation, "person")]


def test_a_titled_persons_department_still_precedes_the_name(analyse: Analyse) -> None:
    assert _speakers(analyse([("en", "Secretary of State Antony Blinken said the talks would go on.")])) == [
        ("Antony Blinken", "person")
    ]
