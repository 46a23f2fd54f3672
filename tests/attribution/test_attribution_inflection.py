"""Polish names in the genitive of "według"/"zdaniem" are shown and merged in the nominative."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.inflection import nominative_name, nominative_organisation
from sift.document import Document
from sift.machine_cache import dictionary_lemma

Analyse = Callable[[list[tuple[str, str]]], Document]


def _lookup(word: str) -> str | None:
    return dictionary_lemma(word, "pl")


@pytest.mark.parametrize(
    ("genitive", "nominative"),
    [
        ("Adama Niedzielskiego", "Adam Niedzielski"),
        ("Andrzeja Dudy", "Andrzej Duda"),
        ("Beaty Szydło", "Beata Szydło"),
        ("Jarosława Gowina", "Jarosław Gowin"),  # the dictionary's place "Gowino" is no man's name
        ("Jana Kowalskiego", "Jan Kowalski"),
        ("Anny Kowalskiej", "Anna Kowalska"),
        ("Marka Goliszewskiego", "Marek Goliszewski"),
        ("Władysława Kosiniaka-Kamysza", "Władysław Kosiniak-Kamysz"),
        ("Emmanuela Macrona", "Emmanuel Macron"),
        ("Kamali Harris", "Kamala Harris"),
        ("Angeli Merkel", "Angela Merkel"),
        ("Ewy Kopacz", "Ewa Kopacz"),
        ("Piotra Müllera", "Piotr Müller"),
        ("Tarji Matomäki", "Tarji Matomäki"),  # a Finnish woman's surname does not decline (realpages dev5)
    ],
)
def test_a_persons_name_back_in_the_nominative(genitive: str, nominative: str) -> None:
    assert " ".join(nominative_name(genitive.split(), _lookup)) == nominative


def test_a_described_person_keeps_the_case_of_its_words() -> None:
    assert nominative_name(["ministra", "zdrowia"], _lookup) == ["ministra", "zdrowia"]


@pytest.mark.parametrize(
    ("genitive", "nominative"),
    [
        ("Koalicji Obywatelskiej", "Koalicja Obywatelska"),
        ("Polskiej Agencji Prasowej", "Polska Agencja Prasowa"),
        ("Ministerstwa Zdrowia", "Ministerstwo Zdrowia"),  # "Zdrowia" is the ministry's own genitive
        ("NBP", "NBP"),
        # a description in the case its noun governs ("the data of the statistics office"; realpages dev)
        ("danych Głównego Urzędu Statystycznego", "danych Głównego Urzędu Statystycznego"),
    ],
)
def test_an_organisations_head_and_its_adjectives_back_in_the_nominative(genitive: str, nominative: str) -> None:
    assert " ".join(nominative_organisation(genitive.split(), _lookup)) == nominative


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Minister zdrowia Adam Niedzielski powiedział, że szczepionki są bezpieczne. "
            "Według Adama Niedzielskiego sytuacja jest stabilna.",
            [("Adam Niedzielski", "person")],
        ),
        ("Zdaniem Beaty Szydło rząd działa dobrze.", [("Beata Szydło", "person")]),
        ("Zdaniem Koalicji Obywatelskiej ustawa jest zła.", [("Koalicja Obywatelska", "organisation")]),
        ("Według Ministerstwa Zdrowia w kraju jest 300 nowych zakażeń.", [("Ministerstwo Zdrowia", "organisation")]),
        ("Według Władysława Kosiniaka-Kamysza rząd kłamie.", [("Władysław Kosiniak-Kamysz", "person")]),
    ],
)
def test_polish_according_to_speakers_in_the_nominative(
    analyse: Analyse, text: str, speakers: list[tuple[str, str]]
) -> None:
    """One person under one name, and the clause's subject after the name ("rząd", "ustawa") is not part of it."""
    doc = analyse([("pl", text)])
    assert [(s.name, s.kind) for s in doc.speakers] == speakers


def test_german_compound_in_the_genitive_is_a_speaker(analyse: Analyse) -> None:
    """ "Nach Angaben des Innenministeriums": the compound's last part is a speaker noun once its case ending goes."""
    doc = analyse([("de", "Nach Angaben des Innenministeriums wurden drei Menschen verletzt.")])
    assert [s.kind for s in doc.speakers] == ["organisation"]


def test_a_body_read_as_a_person_keeps_its_complement(analyse: Analyse) -> None:
    """ "Państwowej Inspekcji Pracy": its common words make it a body's name, whose "Pracy" is a genitive of its own
    (frames5 found "Państwowa Inspekcja Praca")."""
    doc = analyse([("pl", "Według Państwowej Inspekcji Pracy wypadków jest coraz mniej.")])
    assert [s.name for s in doc.speakers] == ["Państwowa Inspekcja Pracy"]
