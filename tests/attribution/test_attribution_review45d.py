"""Session 45, review45d (review of romance45): a noun phrase ends before a conjunction of contrast only as written,
in lower case; a capitalised "Ma" (or "Aber", "Mais") inside a name is the name's ("Yo-Yo Ma", "Ma Ying-jeou").
Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "„Musik heilt“, sagte der Cellist Yo-Yo Ma nach dem Konzert in Berlin."),
        ("es", "«No vamos a rendirnos», dijo Yo-Yo Ma tras el concierto en Madrid."),
    ],
)
def test_a_capitalised_ma_stays_in_the_name(analyse: Analyse, lang: str, text: str) -> None:
    assert [speaker.name for speaker in analyse([(lang, text)]).speakers] == ["Yo-Yo Ma"]


def test_a_capitalised_ma_stays_in_the_italian_subject(analyse: Analyse) -> None:
    doc = analyse([("it", "«È finita», ha detto Yo-Yo Ma dopo il concerto a Roma.")])
    text = doc.blocks[0].text
    assert [text[a.source.start : a.source.end] for a in doc.attributions if a.source] == ["Yo-Yo Ma"]


def test_a_lower_case_pero_still_ends_the_subject(analyse: Analyse) -> None:
    doc = analyse(
        [("es", "La inflación bajó, algo por debajo del 6,7 % de marzo que dictaminó el Indec pero sigue alta.")]
    )
    assert [speaker.name for speaker in doc.speakers] == ["Indec"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "Ana López habló primero. «No vamos a rendirnos», dijo a la prensa Juan Pérez.", "Juan Pérez"),
        ("de", "„Das ist Verrat“, sagte bei der Pressekonferenz Minister Klaus Müller.", "Klaus Müller"),
        (
            "es",
            "Ana López habló primero. «No vamos a rendirnos», dijo a la agencia EFE el ministro Juan Pérez.",
            "Juan Pérez",
        ),
    ],
)
def test_a_name_after_the_prepositions_object_is_the_subject(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert speaker in [s.name for s in analyse([(lang, text)]).speakers]


def test_the_addressee_alone_leaves_the_blocks_speaker(analyse: Analyse) -> None:
    doc = analyse([("es", "Ana López habló primero. «No vamos a rendirnos», dijo a la prensa.")])
    assert [s.name for s in doc.speakers] == ["Ana López"]


@pytest.mark.parametrize(
    ("lang", "text", "relay"),
    [
        ("es", "Ana López habló primero. «No vamos a rendirnos», dijo a la agencia EFE.", "agencia EFE"),
        (
            "es",
            "Ana López habló primero. «No vamos a rendirnos», dijo a la agencia Europa Press.",
            "Europa Press",
        ),
    ],
)
def test_an_outlets_name_after_its_noun_stays_the_addressee(analyse: Analyse, lang: str, text: str, relay: str) -> None:
    doc = analyse([(lang, text)])
    text = doc.blocks[0].text
    assert [s.name for s in doc.speakers] == ["Ana López"]
    assert [text[r.source.start : r.source.end] for a in doc.attributions for r in a.via] == [relay]


def test_a_places_name_after_a_noun_of_places_is_no_subject(analyse: Analyse) -> None:
    doc = analyse([("es", "Ana López habló primero. «No vamos a rendirnos», dijo en la ciudad San Pedro Sula.")])
    assert [s.name for s in doc.speakers] == ["Ana López"]
