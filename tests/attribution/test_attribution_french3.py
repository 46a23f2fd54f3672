"""French speakers of issue #18, round french3: first names the tagger calls nouns, coordinated subjects the parser
hangs a verb on, plural verbs it tags singular, participles after a bracketed name, inclusive writing."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def test_a_first_name_tagged_a_noun_stays_in_the_name(analyse: Analyse) -> None:
    """The small model tags "Marie" a common noun at the head of a sentence: the speaker is not "Dupont" alone."""
    text = "Marie Dupont, présidente de l’association des parents, déclare que les écoles ferment."
    assert read.main_names(analyse([("fr", text)])) == ["Marie Dupont"]


def test_a_title_before_a_name_stays_out_of_it(analyse: Analyse) -> None:
    text = "Ministre Paul Renaud a déclaré que la frontière reste ouverte."
    assert "Ministre" not in " ".join(read.main_names(analyse([("fr", text)])))


def test_a_coordinated_subject_is_read_from_its_first_conjunct(analyse: Analyse) -> None:
    """The model hangs "affirment" on "porte-parole" as a modifier: the source is the whole coordination."""
    text = "Le ministre de l’Intérieur et son porte-parole affirment que la frontière reste ouverte."
    assert read.frames(analyse([("fr", text)])) == [("affirment", "Le ministre de l’Intérieur et son porte-parole")]


@pytest.mark.parametrize(
    "text",
    [
        "La réforme de l’Office des forêts (ONF) annoncée lundi inquiète les agents.",
        "La nomination de Marc Lefort à la tête du Conseil des forêts (CNF) annoncée lundi a surpris.",
    ],
)
def test_a_participle_after_a_bracketed_name_is_no_cue(analyse: Analyse, text: str) -> None:
    doc = analyse([("fr", text)])
    assert read.main_names(doc) == []
    assert read.frames(doc) == []


def test_a_plural_verb_tagged_singular_takes_no_singular_name(analyse: Analyse) -> None:
    """After inclusive writing the model tags "annoncent" singular and made the opening's name its subject."""
    text = (
        "En réponse à la nomination du conseiller de Jean Castex, Marc Lefort, à la présidence du Conseil national "
        "des forêts (CNF) annoncée hier, plus de 400 chercheur·euse·s annoncent une candidature collective."
    )
    names = read.main_names(analyse([("fr", text)]))
    assert "Marc Lefort" not in names
    assert "CNF" not in names


def test_a_word_in_inclusive_writing_is_read_by_its_first_part(analyse: Analyse) -> None:
    """The word "chercheur·euse·s" is the speaker noun "chercheur" (the model lemmatises the whole word as unknown)."""
    text = "Selon plus de 400 chercheur·euse·s, la réforme est injuste."
    assert read.main_names(analyse([("fr", text)])) == ["plus de 400 chercheur·euse·s"]


@pytest.mark.parametrize(
    "text",
    [
        "À la 30e minute, Dubois a répondu à Wissa par une frappe croisée.",
        "Lemaire a réagi dans la foulée d’une tête au premier poteau (2-2).",
    ],
)
def test_a_reply_that_says_nothing_is_an_action(analyse: Analyse, text: str) -> None:
    """A match report's "répondre à", "réagir": no quotation, colon or "que" after them, no statement."""
    assert read.main_names(analyse([("fr", text)])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Paul Renaud a répondu aux critiques du maire : « Nous avons tout vérifié ».",
        "« Nous avons tout vérifié », a répondu Paul Renaud.",
        "Paul Renaud a répliqué que tout était vérifié.",
    ],
)
def test_a_reply_with_what_was_said_is_speech(analyse: Analyse, text: str) -> None:
    assert read.main_names(analyse([("fr", text)])) == ["Paul Renaud"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marine Le Pen a déclaré que la croissance serait faible cette année.", "Marine Le Pen"),
        ("Selon Jean-Yves Le Drian, la France restera dans la coalition.", "Jean-Yves Le Drian"),
        ("Le ministre Bruno Le Maire a souligné que la dette resterait stable.", "Bruno Le Maire"),
    ],
)
def test_a_surname_particle_keeps_the_given_name(analyse: Analyse, text: str, name: str) -> None:
    """ "Le" of "Le Pen" is part of the surname, not an article that opens a new phrase: before, the first sentence
    had no speaker (the subject read "Le Pen", a determiner and a noun) and the others named "Drian", "Bruno"."""
    assert read.main_names(analyse([("fr", text)])) == [name]
