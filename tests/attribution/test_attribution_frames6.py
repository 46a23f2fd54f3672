"""Spanish, Portuguese, Italian and Polish news frames a probe of hand-written sentences found read wrong (issue #18,
frames6): a Polish passive's agent in the accusative, a foreign given name the dictionary reads as a genitive."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.inflection import nominative_name
from sift.document import Document
from sift.machine_cache import dictionary_lemma

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ustawa została skrytykowana przez ministra sprawiedliwości Adama Bodnara.", "Adam Bodnar"),
        ("Decyzja została ogłoszona przez premiera Donalda Tuska.", "Donald Tusk"),
        ("Zmiany zostały zapowiedziane przez prezydenta Andrzeja Dudę.", "Andrzej Duda"),
        ("Projekt został skrytykowany przez posłankę Katarzynę Nowacką.", "Katarzyna Nowacka"),
        ("Projekt został skrytykowany przez posłankę Joannę Scheuring-Wielgus.", "Joanna Scheuring-Wielgus"),
        ("Zmiany zostały zapowiedziane przez Joe Bidena.", "Joe Biden"),
        ("Zmiany zostały zapowiedziane przez Ministerstwo Zdrowia.", "Ministerstwo Zdrowia"),
    ],
)
def test_a_polish_passive_s_agent_is_named_in_the_nominative(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("pl", text)])) == [speaker]  # was "Adama Bodnara", "Andrzeja Dudę"


def test_a_foreign_given_name_the_dictionary_reads_as_a_genitive_is_as_written(analyse: Analyse) -> None:
    assert nominative_name(["Hillary", "Clinton"], lambda word: dictionary_lemma(word, "pl")) == ["Hillary", "Clinton"]
    assert _speakers(analyse([("pl", "Według Hillary Clinton wybory były uczciwe.")])) == ["Hillary Clinton"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Państwowa Inspekcja Pracy poinformowała, że liczba wypadków wzrosła.",
            "Państwowa Inspekcja Pracy",
            "organisation",
        ),
        ("Według Państwowej Inspekcji Pracy liczba wypadków wzrosła.", "Państwowa Inspekcja Pracy", "organisation"),
        (
            "Główny Inspektorat Sanitarny poinformował, że liczba zakażeń wzrosła.",
            "Główny Inspektorat Sanitarny",
            "organisation",
        ),
        # one common word may be a surname, and the dictionary holds names that are words capitalised
        ("Patryk Jaki stwierdził, że program był źle zarządzany.", "Patryk Jaki", "person"),
        ("Róża Thun stwierdziła, że program był źle zarządzany.", "Róża Thun", "person"),
    ],
)
def test_a_polish_name_of_common_words_is_a_body(analyse: Analyse, text: str, speaker: str, kind: str) -> None:
    doc = analyse([("pl", text)])  # "Państwowa Inspekcja Pracy" was a person
    assert [(s.name, s.kind) for s in doc.speakers] == [(speaker, kind)]
