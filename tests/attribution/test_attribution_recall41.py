"""Session 41, recall41 (issue #18: German speaker recall on real pages). Studies, surveys and expert reports whose
issuer is named in their genitive or "von" complement speak for it after "nach" ("Nach einer Studie der Universität
X"), behind "zufolge" with an apposition ("Einer Umfrage von X, einem Forschungsnetzwerk, zufolge") and as the
inverted subject of a verb of finding ("Das ergab eine Umfrage der X"); a "Zentrum für …" keeps its remit; "pochen
darauf", "beharren darauf", "sich herausreden" and "klagen" report said content. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach einer Studie der Universität Bremen schlafen Kinder heute weniger als früher.", "Universität Bremen"),
        ("Nach einem Gutachten von Greenpeace sind die Grenzwerte an vielen Stellen überschritten.", "Greenpeace"),
        ("Nach einer Prognose des Ifo-Instituts wächst die Wirtschaft im Herbst kaum.", "Ifo-Institut"),
        ("Nach Empfehlungen der Stiftung Warentest sollte man die Geräte jährlich prüfen.", "Stiftung Warentest"),
    ],
)
def test_a_study_after_nach_speaks_for_its_issuer(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Nach einer Untersuchung des Arztes durfte er nach Hause gehen.",
        "Nach einer Befragung der Anwohner wurde der Plan geändert.",
        "Nach der Prognose ging er schlafen.",
        "Nach der Studie des Handbuchs legte sie sich hin.",
    ],
)
def test_nach_dating_an_act_names_no_speaker(analyse: Analyse, text: str) -> None:
    speakers = _names(analyse([("de", text)]))
    assert "Arzt" not in speakers and "Anwohner" not in speakers and "Handbuch" not in speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Einer Erhebung von Civey, einem Berliner Umfrageunternehmen, zufolge vertrauen wenige den Parteien.",
            "Civey",
        ),
        (
            "Einer Umfrage von Eurobarometer, einem großen, europaweiten Programm, zufolge wächst das Vertrauen.",
            "Eurobarometer",
        ),
    ],
)
def test_the_name_before_an_apposition_ahead_of_zufolge_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


def test_zufolge_without_an_apposition_is_unchanged(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Preise steigen, einer Studie der Universität Bonn zufolge, weiter.")])
    assert _names(doc) == ["Universität Bonn"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Mieten steigen. Das ergab eine Umfrage der Stiftung Warentest.", "Stiftung Warentest"),
        ("Die Kinder schlafen weniger. Dies zeigt eine Studie der Universität Mainz.", "Universität Mainz"),
        ("Zudem belegt eine Erhebung des Ifo-Instituts, dass die Preise steigen.", "Ifo-Institut"),
        ("Dass die Preise steigen, zeigt eine Studie der Universität Mainz.", "Universität Mainz"),
    ],
)
def test_a_study_as_the_inverted_subject_of_a_finding_verb_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    ["Das zeigt ein Foto der Polizei.", "Das ergab die Wahl am Sonntag.", "Heute zeigt das Museum Bilder von Klee."],
)
def test_an_inverted_subject_that_is_no_study_gives_no_finding(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


def test_a_zentrum_keeps_its_remit_up_to_its_acronym(analyse: Analyse) -> None:
    text = (
        "Laut einer Empfehlung des Europäischen Zentrums für Prävention und Kontrolle von Krankheiten (ECDC) sollten"
        " Erkrankte zum Arzt."
    )
    assert _names(analyse([("de", text)])) == ["ECDC"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Vermieter pochen darauf, dass die Mieten an die Inflation angepasst werden.", "Vermieter"),
        ("Der Bürgermeister redet sich damit heraus, die Stadt habe kein Geld für Radwege.", "Bürgermeister"),
        ("Anna Berger beharrt darauf, dass sie von den Zahlungen nichts gewusst habe.", "Anna Berger"),
        ("Die Elternvertreter klagen, der Unterricht falle seit Wochen aus.", "Elternvertreter"),
    ],
)
def test_verbs_of_insisting_and_complaining_report_said_content(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Die Kinder pochen an die Tür, bis jemand öffnet.",
        "Der Nachbar klagt gegen das Urteil des Landgerichts.",
        "Sie klagt seit Tagen über Kopfschmerzen und Fieber.",
        "Die Firma beharrt auf ihrem Recht.",
    ],
)
def test_the_same_verbs_without_said_content_are_no_cue(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("2015 warnten andere Forscher im Fachblatt Science, der Meeresspiegel steige schneller.", "andere Forscher"),
        ("2019 sagte der Minister, die Steuern würden sinken.", "Minister"),
    ],
)
def test_a_year_before_the_verb_is_no_subject(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


def test_a_manner_verb_before_a_colon_quotation_reports_it(analyse: Analyse) -> None:
    assert _names(analyse([("de", "Plötzlich rief die Trainerin: „Alle sofort vom Platz!“")])) == ["Trainerin"]


@pytest.mark.parametrize(
    "text", ["Er rief die Polizei, als er den Einbrecher sah.", "Die Kinder schrien vor Freude, als der Schnee kam."]
)
def test_a_manner_verb_without_a_quotation_is_no_cue(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Verantwortlichen der Stadt betonten, der Markt finde wie geplant statt.", "Verantwortlichen"),
        ("Im Juni erklärten Demonstranten in Leipzig, die Regierung habe verloren.", "Demonstranten"),
        ("Mehrere Investoren warnten, die Aktie sei überbewertet.", "Investoren"),
    ],
)
def test_officials_protesters_and_investors_are_anonymous_sources(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert any(speaker in name for name in _names(doc))
    assert [speaker.kind for speaker in doc.speakers] == ["anonymous"]


def test_protesters_marching_say_nothing(analyse: Analyse) -> None:
    assert _names(analyse([("de", "Die Demonstranten zogen am Mittag durch die Innenstadt.")])) == []


def test_doctors_holding_a_recovery_for_a_miracle_judge_it(analyse: Analyse) -> None:
    doc = analyse([("de", "Trotz allem halten die behandelnden Ärzte seine rasche Genesung für ein Wunder.")])
    assert _names(doc) == ["behandelnden Ärzte"]
