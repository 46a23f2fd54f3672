"""Session 42, review42b (review of french42 and english42). A view phrase of es/pt/it ("a juicio de", "na opinião
de", "a giudizio di") names whose view it is only set apart, opening its clause or after a comma, a bracket or a
quotation mark; run on from a noun or a verb it is a trial or an object ("il rinvio a giudizio del sindaco", the
Italian indictment; "investe na opinião de especialistas"). "This is the view from X" is a sight seen from a place
(a photo's caption), and a "position of X" a place in a table or on the ground: neither gives X the sentence before.
Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il pm ha chiesto il rinvio a giudizio del sindaco Mario Rossi per corruzione."),
        ("it", "Il giudice ha disposto il rinvio a giudizio dei tre manager della società."),
        ("pt", "O governo investe na opinião de especialistas estrangeiros."),
        ("pt", "Problemas na visão dos idosos aumentam com a idade."),
        ("es", "El caso volverá a juicio de nuevo en marzo."),
    ],
)
def test_a_view_phrase_run_on_from_a_word_names_no_one(analyse: Analyse, lang: str, text: str) -> None:
    assert _names(analyse([(lang, text)])) == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "La medida, a juicio de los expertos, es insuficiente.", "expertos"),
        ("it", "La misura è insufficiente, a giudizio degli esperti.", "esperti"),
        ("pt", "Os riscos (na visão dos militares) podem crescer.", "militares"),
    ],
)
def test_a_view_phrase_set_apart_names_whose_view_it_is(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "We climbed for three hours. This is the view from the top of Mount Snowdon.",
        "The sun sets over the bay. This is the view from Lisbon's castle.",
        "Liverpool are second. This is the position of the club after 20 games.",
    ],
)
def test_a_sight_or_a_place_names_no_one(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


def test_a_warning_from_someone_still_gives_them_the_sentence_before(analyse: Analyse) -> None:
    doc = analyse([("en", "The economy will shrink next year. That was the warning from the IMF on Tuesday.")])
    assert _names(doc) == ["IMF"]


def test_an_inch_mark_does_not_grow_the_source_to_the_end_of_the_block(analyse: Analyse) -> None:
    text = '"I am fit," said Jones, a 6\'2" forward, after training on Monday with the rest of the squad.'
    doc = analyse([("en", text)])
    source = doc.attributions[0].source
    assert source is not None
    assert doc.blocks[0].text[source.start : source.end] == "Jones, a 6'2\" forward"
