"""Defects found reviewing session 35's changes (review35): each test reproduces one with a minimal input."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.inflection import nominative_name
from sift.document import Document
from sift.machine_cache import dictionary_lemma

Analyse = Callable[[list[tuple[str, str]]], Document]


def _sources(doc: Document) -> list[str]:
    found = []
    for attribution in doc.attributions:
        if attribution.source is not None:
            block = doc.block(attribution.sentence.split(".")[0])
            found.append(block.text[attribution.source.start : attribution.source.end])
    return found


@pytest.mark.parametrize(
    "text",
    [
        "La ministra lo ha dicho claramente: la ley se aprueba.",  # "dicho" a cue since session 35
        "La ministra lo dijo claramente: la ley se aprueba.",
        "El presidente lo ha explicado muchas veces: no habrá cambios.",
    ],
)
def test_the_subject_before_a_clitic_for_what_was_said_speaks(analyse: Analyse, text: str) -> None:
    # the tagger reads "lo" as an article, which started a phrase of its own: the source was "lo"
    assert _sources(analyse([("es", text)])) == [text.split(" lo ", 1)[0]]


@pytest.mark.parametrize(
    ("genitive", "nominative"),
    [
        ("Giorgii Meloni", "Giorgia Meloni"),  # was "Giorgia Melonia"
        ("Laury Boldrini", "Laura Boldrini"),
        ("Szymona Hołowni", "Szymon Hołownia"),  # a man's "-ni" is still a noun's in "-nia"
        ("Beaty Kempy", "Beata Kempa"),  # a woman's "-y" of a surname in "-a" is still undone
        ("Angeli Merkel", "Angela Merkel"),
        # a foreign given name Polish does not decline: the surname after it keeps its letters, but a man's "-a"
        ("Nancy Pelosi", "Nancy Pelosi"),  # was "Nanca Pelosi"
        ("Kathy Hochul", "Kathy Hochul"),  # was "Katha Hochul"
        ("Caroline Kennedy", "Caroline Kennedy"),  # was "Caroline Kenneda"
        ("Marine Le Pen", "Marine Le Pen"),  # was "Marine Le Pena", the dictionary's
        ("Joe Bidena", "Joe Biden"),
        ("Ewy Kopacz", "Ewa Kopacz"),
    ],
)
def test_a_woman_s_or_a_foreign_surname_keeps_its_ending(genitive: str, nominative: str) -> None:
    assert " ".join(nominative_name(genitive.split(), lambda word: dictionary_lemma(word, "pl"))) == nominative


def test_an_indeclinable_neuter_in_um_goes_on_the_according_phrase(analyse: Analyse) -> None:
    # "muzeum" is its own lemma, as a nominative subject is: the phrase stopped at "dyrektora"
    assert _sources(analyse([("pl", "Według dyrektora muzeum wystawa jest gotowa.")])) == ["dyrektora muzeum"]
    assert _sources(analyse([("pl", "Zdaniem ekspertów inflacja spadnie.")])) == ["ekspertów"]


@pytest.mark.parametrize(
    ("nominative", "genitive", "kind"),
    [
        ("Polska Agencja Prasowa poinformowała", "Polskiej Agencji Prasowej", "outlet"),  # was an organisation too
        ("Unia Europejska poinformowała", "Unii Europejskiej", "organisation"),  # was a person too
    ],
)
def test_a_genitive_name_is_the_speaker_its_nominative_names(
    analyse: Analyse, nominative: str, genitive: str, kind: str
) -> None:
    doc = analyse([("pl", f"{nominative}, że rząd upadł."), ("pl", f"Według {genitive} rząd działa źle.")])
    assert [(speaker.name, speaker.kind) for speaker in doc.speakers] == [(nominative.rsplit(" ", 1)[0], kind)]
