"""Surnames that open with a particle, named without their given name (issue #18, labels).

French writes "Le Pen", "Le Drian" for Marine Le Pen and Jean-Yves Le Drian; the tagger reads the capitalised
particle as an article, so "Le Pen a déclaré" named no one and "Le Drian" was "Drian". German "sagt de Decker" on a
page that names Kris de Decker stayed "de Decker": a surname of two words was never looked up as the page's full
name. Names are invented where they can be; "Le Pen" is the case the brief names.
"""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.attribution.surnames import _full_name
from sift.document import Document
from sift.lexicon.gazetteer import build_gazetteer

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Pen a déclaré que la réforme était injuste.", "Le Pen"),
        ("« La réforme est injuste », a déclaré Le Pen.", "Le Pen"),
        ("Selon Le Pen, la réforme est injuste.", "Le Pen"),
        ("Le Drian a déclaré que la France restait ferme.", "Le Drian"),
        ("Du Vallon a affirmé que le budget était tenu.", "Du Vallon"),
    ],
)
def test_a_french_surname_with_its_particle_names_the_person(analyse: Analyse, text: str, name: str) -> None:
    assert read.main_names(analyse([("fr", text)])) == [name]


def test_the_particle_surname_is_the_person_the_page_names_in_full(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("fr", "Marine Le Pen a déclaré que la réforme était injuste."),
            ("fr", "Le Pen a ajouté qu'elle voterait contre."),
        ]
    )
    assert read.main_names(doc) == ["Marine Le Pen"]
    assert len(doc.speakers[0].attributions) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Moncloa a annoncé que le sommet aurait lieu.", "Moncloa"),  # a place: the government's seat
        ("Le Sénat a affirmé que la réforme était injuste.", "Sénat"),  # a body
        ("Le Figaro a rapporté que la réforme était injuste.", "Le Figaro"),  # an outlet
    ],
)
def test_an_articled_place_body_or_outlet_stays_what_it_was(analyse: Analyse, text: str, name: str) -> None:
    doc = analyse([("fr", text)])
    assert read.main_names(doc) == [name]
    assert doc.speakers[0].kind != "person"


def test_a_german_particle_surname_takes_the_full_name_the_page_writes(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Der Physiker Kris de Vallon hat das untersucht."),
            ("de", "Das sei falsch, sagt de Vallon."),
        ]
    )
    assert read.main_names(doc) == ["Kris de Vallon"]


def test_an_article_and_a_noun_are_no_particle_surname(analyse: Analyse) -> None:
    """German "der" is a particle of "von der Leyen" and an article: "der Bauer" stays a farmer."""
    doc = analyse([("de", "Herbert Bauer wohnt in Ulm."), ("de", "Die Ernte sei schlecht, sagte der Bauer.")])
    assert "Herbert Bauer" not in read.main_names(doc)


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        # the reading kept only the last word ("Vallon"); the page writes the particles and the given name
        (
            [("en", "Ilse von der Vallon visited Kyiv."), ("en", "The situation is serious, von der Vallon said.")],
            "Ilse von der Vallon",
        ),
        # a lone surname takes the full name across the particles before it
        (
            [("de", "Der Physiker Kris de Vallon hat das untersucht."), ("de", "Das sei falsch, sagt Vallon.")],
            "Kris de Vallon",
        ),
    ],
)
def test_a_surname_read_without_its_particles_takes_the_full_name(analyse: Analyse, paragraphs, name: str) -> None:
    assert read.main_names(analyse(paragraphs)) == [name]


@pytest.mark.parametrize(
    ("surname", "lang", "text", "full"),
    [
        ("Vallon", "en", "Ilse von der Vallon visited Kyiv.", "Ilse von der Vallon"),
        ("Vallon", "de", "Der Physiker Kris de Vallon hat das untersucht.", "Kris de Vallon"),
        # an article opening the particles: a work's title (realpages dev7 r7-019, "… erklären Vorfahren")
        ("Vorfahren", "de", "Mara Quinlan verwebt in „Die Anleitungen der Vorfahren“ Lokales und Globales", None),
    ],
)
def test_a_full_name_is_read_across_particles_that_no_article_opens(
    surname: str, lang: str, text: str, full: str | None
) -> None:
    assert _full_name(surname, lang, [(text, lang)], build_gazetteer()) == full
