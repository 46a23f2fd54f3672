"""General speaker errors seen on an unseen Spanish page (issue #18): an upper-case heading's first word as a
speaker, a bare title beside the person the page ties it to, a plural group as a person. Hand-made sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.speakers import SourceMention, read_source, titled_names
from sift.document import Document
from sift.lexicon.gazetteer import build_gazetteer

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(speaker.kind, speaker.name) for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "CÓMO GARANTIZAR LOS DERECHOS HUMANOS",
        "CÓMO GARANTIZAR LOS DD.HH. El fiscal aseguró que la entidad protegerá a los líderes sociales.",
    ],
)
def test_an_upper_case_heading_without_a_finite_verb_is_no_source(analyse: Analyse, text: str) -> None:
    doc = analyse([("es", text)])
    assert all(name != "CÓMO" for _, name in _speakers(doc))
    assert all(a.source is None or a.source.start > 0 for a in doc.attributions)


def test_an_upper_case_headline_with_a_finite_verb_keeps_its_speaker(analyse: Analyse) -> None:
    doc = analyse([("es", "EL FISCAL DICE QUE NO HABRÁ IMPUNIDAD.")])
    assert [a.source.entity for a in doc.attributions if a.source] == ["FISCAL"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "CÓMO"), ("es", "Qué"), ("fr", "Comment"), ("de", "Wie"), ("en", "How"), ("pt", "Onde"), ("pl", "Jak")],
)
def test_an_interrogative_is_never_a_speaker_whatever_its_case(lang: str, text: str) -> None:
    assert read_source(SourceMention(text, lang, "a0"), build_gazetteer()).kind == "none"


@pytest.mark.parametrize(
    ("lang", "paragraphs", "name"),
    [
        (  # a caption ties the title to the name; the name speaks too ("Barbosa Delgado dijo")
            "es",
            [
                "Ana María Ruiz Torres, fiscal general de Colombia, visitó la región.",
                "La fiscal general aseguró que la entidad protegerá a los líderes.",
                "Ruiz Torres dijo que no habrá impunidad.",
            ],
            "Ana María Ruiz Torres",
        ),
        (  # the title before the name, outside any attribution
            "es",
            [
                "El fiscal general aseguró que la entidad protegerá a los líderes.",
                "Entrevista con el fiscal general Pablo Ortega.",
            ],
            "Pablo Ortega",
        ),
        (
            "fr",
            ["Le ministre a affirmé que l'aide arriverait.", "Jean Dupuis, ministre de la Santé, était présent."],
            "Jean Dupuis",
        ),
        (
            "de",
            ["Der Minister sagte, die Hilfe komme.", "Karl Brandt, Minister für Gesundheit, war dabei."],
            "Karl Brandt",
        ),
    ],
)
def test_a_bare_title_is_the_one_person_the_page_ties_to_it(
    analyse: Analyse, lang: str, paragraphs: list[str], name: str
) -> None:
    doc = analyse([(lang, text) for text in paragraphs])
    assert _speakers(doc) == [("person", name)]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["El fiscal general aseguró que la entidad protegerá a los líderes."],
        [  # two persons with that title: the page does not say which one spoke
            "El fiscal general aseguró que la entidad protegerá a los líderes.",
            "Ana Pérez, fiscal general, y Juan Gómez, fiscal general adjunto, visitaron la zona.",
        ],
        [  # a name after a preposition is no apposition ("habló el ministro con Folha")
            "El ministro aseguró que la ayuda llegará.",
            "Habló el ministro con Pedro Salas.",
        ],
    ],
)
def test_a_bare_title_without_one_tie_stays_a_title(analyse: Analyse, paragraphs: list[str]) -> None:
    doc = analyse([("es", text) for text in paragraphs])
    assert len(doc.speakers) == 1 and doc.speakers[0].name in ("fiscal general", "ministro")


def test_titled_names_reads_both_appositions() -> None:
    found = titled_names("Francisco Ortega Ruiz, fiscal general de Colombia, y el ministro Pedro Salas.", "es")
    assert {(person.name, "fiscal" in person.titles or "ministro" in person.titles) for person in found} == {
        ("Francisco Ortega Ruiz", True),
        ("Pedro Salas", True),
    }


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "Según los Capuchinos, la ayuda llegó tarde.", "Capuchinos"),
        ("fr", "Selon les Verts, l'aide est arrivée trop tard.", "Verts"),
        ("it", "Secondo i Verdi, l'aiuto è arrivato tardi.", "Verdi"),
        ("pt", "Segundo os Capuchinhos, a ajuda chegou tarde.", "Capuchinhos"),
    ],
)
def test_a_name_after_a_plural_article_is_a_group(analyse: Analyse, lang: str, text: str, name: str) -> None:
    assert _speakers(analyse([(lang, text)])) == [("organisation", name)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Según Los Angeles Times, la ayuda llegó tarde.", ("outlet", "Los Angeles Times")),
        ("es", "Según Pedro Salas, la ayuda llegó tarde.", ("person", "Pedro Salas")),
        ("es", "Según los sindicatos, la ayuda llegó tarde.", ("organisation", "sindicatos")),
    ],
)
def test_other_names_keep_their_kind(analyse: Analyse, lang: str, text: str, expected: tuple[str, str]) -> None:
    assert _speakers(analyse([(lang, text)])) == [expected]
