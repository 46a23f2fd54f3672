"""Speaker kinds and junk in Spanish, Portuguese and Polish (issue #18, kinds10): a body's short name is an
organisation (bracketed after its long name, or written with an article no person's name takes), a party's genitive
before a person's full name is the person's affiliation, a dangling preposition is no part of a source, and a
statement noun with a title adjective ("la tesis fiscal") is the office's, never a person. Hand-made sentences in the
style of a user trial's pages; bodies and persons invented or generic, none taken from a real-page set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.institutions import bracketed_short_names
from sift.attribution.speakers import SourceMention, read_source
from sift.document import Document
from sift.lexicon.gazetteer import build_gazetteer

Analyse = Callable[[list[tuple[str, str]]], Document]


def _kinds(doc: Document) -> dict[str, str]:
    return {speaker.name: speaker.kind for speaker in doc.speakers}


def test_a_short_name_the_page_brackets_after_a_bodys_name_is_that_body(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("es", "La Agencia Estatal de Meteorología (Aemet) ha activado la alerta naranja en cinco provincias."),
            ("es", "Aemet avisa de que las lluvias serán intensas. Según Aemet, el calor seguirá hasta el domingo."),
        ]
    )
    assert _kinds(doc) == {"Aemet": "organisation"}


def test_a_bracketed_short_name_after_a_description_is_a_body(analyse: Analyse) -> None:
    doc = analyse(
        [("es", "La operadora de la red de gas de Moravia (Gasmor) anunció ayer que interrumpirá el tránsito.")]
    )
    assert _kinds(doc) == {"Gasmor": "organisation"}


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("La Agencia Estatal de Meteorología (Aemet) avisó.", {"Aemet"}),
        ("Das Bundesamt für Strahlenschutz (BfS) warnt.", {"BfS"}),
        ("Cristina Fernández de Kirchner (CFK) habló.", set()),  # a person's full name alone
        ("El presidente de Moravia (Novak) habló.", set()),  # a title: the person's surname
        ("Dijo Novak (Madrid).", set()),  # one word before it
    ],
)
def test_bracketed_short_names_follow_a_things_name(text: str, short: set[str]) -> None:
    assert bracketed_short_names([(text, "es" if "Bundesamt" not in text else "de")]) == short


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "La Aemet ha advertido de que el calor se mantendrá hasta el domingo.", "Aemet"),
        ("es", "Según la Aemet, las temperaturas superarán los 40 grados.", "Aemet"),
        ("pt", "Segundo o Inmet, a frente fria chega ao Sul na quinta-feira.", "Inmet"),
        ("pt", "O Ipea afirmou que a inflação vai cair.", "Ipea"),
    ],
)
def test_an_articled_lone_name_is_a_body(analyse: Analyse, lang: str, text: str, name: str) -> None:
    assert _kinds(analyse([(lang, text)])) == {name: "organisation"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "Gasmor, la empresa estatal del gas, afirmó que cumple sus obligaciones.", "Gasmor"),
        (
            "pt",
            "O Inmet, órgão do Ministério da Agricultura, afirmou que a frente fria chega na quinta-feira.",
            "Inmet",
        ),
    ],
)
def test_a_name_whose_appositive_is_a_body_is_that_body(analyse: Analyse, lang: str, text: str, name: str) -> None:
    assert _kinds(analyse([(lang, text)])) == {name: "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        "Ramírez, portavoz del Gobierno, afirmó que el acuerdo llegará pronto.",
        "El ministro Ramírez, del Partido Popular, afirmó que el acuerdo llegará pronto.",
    ],
)
def test_a_persons_appositive_keeps_the_person(analyse: Analyse, text: str) -> None:
    assert _kinds(analyse([("es", text)])) == {"Ramírez": "person"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["La Aemet avisó de que las lluvias serán intensas.", "Según Aemet, las temperaturas superarán los 40 grados."],
        ["Según Aemet, las temperaturas superarán los 40 grados.", "La Aemet avisó de que las lluvias serán intensas."],
    ],
)
def test_a_lone_name_a_body_of_the_page_carries_is_that_body(analyse: Analyse, paragraphs: list[str]) -> None:
    assert _kinds(analyse([("es", text) for text in paragraphs])) == {"Aemet": "organisation"}


def test_a_lone_name_without_an_article_stays_a_person(analyse: Analyse) -> None:
    doc = analyse([("es", "Ramírez afirmó que el acuerdo llegará pronto.")])
    assert _kinds(doc) == {"Ramírez": "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("– Zostawiliście samorządy na spalonym – mówił do polityków Lewicy Borys Budka, szef KO.", "Borys Budka"),
        ("– Nie poprzemy tej ustawy – powiedziała posłanka Lewicy Anna Zielińska.", "Anna Zielińska"),
        ("– Ustawa jest zła – mówi posłanka Konfederacji Ewa Nowicka.", "Ewa Nowicka"),
        ("Poparcie ogłosił lider PSL Jan Wolski, który mówił, że opozycja straciła szansę.", "Jan Wolski"),
        ("– To jest błąd – mówi Borys Budka z KO.", "Borys Budka"),
    ],
)
def test_a_partys_genitive_before_a_full_name_is_the_persons_affiliation(
    analyse: Analyse, text: str, name: str
) -> None:
    assert _kinds(analyse([("pl", text)])) == {name: "person"}


def test_a_bodys_own_genitive_name_stays_the_body(analyse: Analyse) -> None:
    doc = analyse([("pl", "To był najważniejszy argument polityczny Koalicji Obywatelskiej, która chciała czekać.")])
    assert _kinds(doc) == {"Koalicji Obywatelskiej": "organisation"}


def test_a_dangling_preposition_is_no_part_of_the_source(analyse: Analyse) -> None:
    doc = analyse([("pt", "O senador foi informado por aliados de que o ministro o convidou para uma reunião.")])
    assert _kinds(doc) == {"aliados": "anonymous"}


@pytest.mark.parametrize(
    "text",
    [
        "Según la tesis fiscal, los acusados habrían intentado comprar votos en el Congreso.",
        "Según la acusación fiscal, las grabaciones demostrarían el soborno.",
    ],
)
def test_a_statement_noun_with_a_title_adjective_is_the_office_not_a_person(analyse: Analyse, text: str) -> None:
    kinds = _kinds(analyse([("es", text)]))
    assert "person" not in kinds.values(), kinds
    assert list(kinds.values()) == ["organisation"]


def test_the_offices_phrases_are_one_speaker(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("es", "Según la tesis fiscal, los acusados habrían intentado comprar votos en el Congreso."),
            ("es", "Según la acusación fiscal, las grabaciones demostrarían el soborno."),
        ]
    )
    assert len(doc.speakers) == 1 and doc.speakers[0].kind == "organisation"


def test_a_common_noun_with_a_title_adjective_is_no_person(analyse: Analyse) -> None:
    doc = analyse([("es", "La reforma fiscal dice mucho del Gobierno, y la presión fiscal advierte del riesgo.")])
    assert "person" not in _kinds(doc).values()


def test_an_inflected_title_after_a_quantity_still_names_the_members(analyse: Analyse) -> None:
    doc = analyse([("pl", "Zdecydowana większość posłów uważa, że ustawa jest potrzebna.")])
    assert doc.speakers, "an inflected title is a genitive the noun counts, no adjective"


def test_an_untagged_conjunction_before_a_title_is_no_noun_the_title_qualifies() -> None:
    # titled_names reads up to three lower-case words before a name untagged: "et" is no noun "directrice" qualifies
    reading = read_source(SourceMention("et directrice au CHU Vallon", "fr", ""), build_gazetteer())
    assert (reading.kind, reading.name, reading.titles) == ("person", "Vallon", frozenset({"directrice"}))
