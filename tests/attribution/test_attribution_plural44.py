"""Session 44, plural44 (issue #18: coordinated subjects name every speaker). A list of bare nouns as the subject of
a plural cue ("Polizei, Feuerwehr und THW bestätigten, dass …") gave its last noun only; a list of bodies and groups
with or without articles ("Police, firefighters and the Red Cross said …"), and a French subject the small model
split into two subjects of one verb ("La police et les pompiers ont indiqué …"), gave their first. Every member of
such a list now speaks; names joined by "and" are read as before ("Müller und Meier sagten"), and a coordination
the reading takes whole stays one group ("The police and the fire department", "Doctors and nurses"). Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        (
            "de",
            "Polizei, Feuerwehr und THW bestätigten, dass die Straße gesperrt bleibt.",
            ["Polizei", "Feuerwehr", "THW"],
        ),
        ("de", "Stadtwerke und Feuerwehr erklärten, die Versorgung sei gesichert.", ["Stadtwerke", "Feuerwehr"]),
        (
            "de",
            "Gewerkschaften, Arbeitgeber und Regierung betonten, man wolle weiter verhandeln.",
            ["Gewerkschaften", "Arbeitgeber", "Regierung"],
        ),
        ("de", "Bundeswehr und Polizei sagten am Montag, die Lage sei ruhig.", ["Bundeswehr", "Polizei"]),
        ("de", "Müller und Meier sagten, der Plan sei gescheitert.", ["Müller", "Meier"]),
        ("de", "Die Polizei und die Feuerwehr teilten mit, dass niemand verletzt wurde.", ["Polizei", "Feuerwehr"]),
        (
            "en",
            "Police, firefighters and the Red Cross said the bridge would stay closed.",
            ["Police", "firefighters", "Red Cross"],
        ),
        (
            "en",
            "Unions, employers and the government said talks would continue.",
            ["Unions", "employers", "government"],
        ),
        ("en", "The EU and NATO said they would respond together.", ["EU", "NATO"]),
        ("en", "Smith and Jones said the plan had failed.", ["Smith", "Jones"]),
        ("fr", "La police et les pompiers ont indiqué que personne n'avait été blessé.", ["police", "pompiers"]),
        (
            "fr",
            "Les syndicats et le gouvernement ont affirmé que les négociations continueraient.",
            ["syndicats", "gouvernement"],
        ),
        ("fr", "Dupont et Martin ont déclaré que le projet avait échoué.", ["Dupont", "Martin"]),
        ("es", "La policía y los bomberos dijeron que nadie resultó herido.", ["policía", "bomberos"]),
        ("es", "Los médicos y las enfermeras denunciaron que el hospital está saturado.", ["médicos", "enfermeras"]),
        ("es", "García y López afirmaron que el plan había fracasado.", ["García", "López"]),
    ],
)
def test_every_member_of_a_coordinated_subject_speaks(
    analyse: Analyse, lang: str, text: str, speakers: list[str]
) -> None:
    names = _names(analyse([(lang, text)]))
    assert all(any(speaker in name for name in names) for speaker in speakers), names


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "The police and the fire department said nobody was hurt.", "police and the fire department"),
        ("en", "Doctors and nurses told reporters that the hospital was overwhelmed.", "Doctors and nurses"),
    ],
)
def test_a_coordination_read_whole_stays_one_group(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Polizei und Feuerwehr waren mit vielen Kräften im Einsatz."),
        ("en", "Police and firefighters arrived at the scene within minutes."),
        ("fr", "La police et les pompiers sont arrivés sur place."),
        ("es", "La policía y los bomberos llegaron al lugar."),
        ("de", "Milch, Butter und Käse wurden im Mai deutlich teurer."),
    ],
)
def test_a_coordinated_subject_of_no_cue_names_none(analyse: Analyse, lang: str, text: str) -> None:
    assert _names(analyse([(lang, text)])) == []


def test_a_list_governed_by_a_preposition_is_no_speaker(analyse: Analyse) -> None:
    text = "Der Sprecher von Polizei, Feuerwehr und THW bestätigte, dass die Straße gesperrt bleibt."
    names = _names(analyse([("de", text)]))
    assert not any(name in ("Polizei", "Feuerwehr", "THW") for name in names), names


def test_a_name_with_an_appositive_is_no_list(analyse: Analyse) -> None:
    text = "Hans Müller, Sprecher der Stadt und der Polizei, sagte, die Straße bleibe gesperrt."
    names = _names(analyse([("de", text)]))
    assert not any(name in ("Polizei", "Stadt") for name in names), names
