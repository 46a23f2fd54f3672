"""German according phrases read on an unseen real page (a Global Voices report): where the source ends, and a
source opened by "von" (sentences made up, names invented)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a preposition before a bare name is no part of it
        ("Nach Angaben von Karla Osterfeld liegt die Zahl der Toten bei 322.", "Karla Osterfeld"),
        ("Nach Schätzungen von Karla Osterfeld liegt die Zahl bei 322.", "Karla Osterfeld"),
        # an adverb after the phrase's noun ends it: "bis" is no part of the source
        ("Das führte nach Angaben der Regierung bis einschließlich August zum Tod von 22 Polizisten.", "Regierung"),
    ],
)
def test_an_according_phrase_names_its_source_alone(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert [s.name for s in doc.speakers] == [speaker]


def test_a_known_organisation_after_von_is_no_person(analyse: Analyse) -> None:
    doc = analyse([("de", "Nach Angaben von Amnesty International liegt die Zahl der Toten bei 322.")])
    assert [(s.name, s.kind) for s in doc.speakers] == [("Amnesty International", "organisation")]


def test_an_adverb_after_the_noun_ends_the_source(analyse: Analyse) -> None:
    doc = analyse([("de", "Darunter waren nach Angaben der Bürgerallianz allerdings nur 18 Personen.")])
    block = doc.blocks[0]
    sources = [block.text[a.source.start : a.source.end] for a in doc.attributions if a.source is not None]
    assert sources == ["der Bürgerallianz"]


def test_a_name_particle_after_von_stays(analyse: Analyse) -> None:
    # "von der …" is a name's particle with its article: kept whole, never cut to the last word
    doc = analyse([("de", "„Wir bleiben dabei“, sagte von der Aue am Montag.")])
    assert all(speaker.name != "Aue" for speaker in doc.speakers), [s.name for s in doc.speakers]
