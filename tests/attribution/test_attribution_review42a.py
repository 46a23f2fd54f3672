"""Session 42, review42a: rules of the session's merged work that misfired on news text. A masculine noun of a person
in "-eur" is no feminine noun after "der" ("Neue Regeln fordert der Chefredakteur X"); the generic "man" inside a
territory a government noun names is the people there, no body ("In der Stadt sagt man, …"); only "mit Verweis
auf" may cite a topic, "unter Berufung auf" cites an authority the lexicon may lack ("die Stiko")."""

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
        ("Neue Regeln fordert der Chefredakteur Peter Müller.", "Peter Müller"),
        ("Einen Ausstieg verlangt der Gouverneur Hans Weber.", "Hans Weber"),
    ],
)
def test_masculine_person_noun_in_eur_after_der_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "In der Stadt sagt man, der Bürgermeister sei korrupt.",
        "In der Hauptstadt sagt man, die Wahl sei entschieden.",
        "Im Landkreis sagt man, der Wolf sei zurück.",
    ],
)
def test_the_generic_man_inside_a_territory_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bei der Stadt sagt man, die Straße bleibe gesperrt.", "Stadt"),  # its office
        ("Im Rathaus sagt man, die Straße werde im Mai gesperrt.", "Rathaus"),
    ],
)
def test_the_generic_man_of_a_town_office_is_that_office(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


def test_an_authority_cited_by_berufung_is_the_source(analyse: Analyse) -> None:
    doc = analyse([("de", "Unter Berufung auf die Stiko berichtet das Magazin, die Impfung werde empfohlen.")])
    assert "Stiko" in _names(doc)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Regierung schätzt das Risiko als gering ein.", "Regierung"),
        ("Die Polizei schätzt die Lage ernst ein.", "Polizei"),
    ],
)
def test_schaetzen_that_assesses_keeps_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


def test_schaetzen_that_values_still_names_no_speaker(analyse: Analyse) -> None:
    assert _names(analyse([("de", "Viele schätzen ein ruhiges Leben.")])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Airlines expect to cut 5,000 jobs this year.", "Airlines"),
        ("Officials expect to announce the results on Friday.", "Officials"),
        ("Prosecutors expect to file charges next week.", "Prosecutors"),
    ],
)
def test_a_body_or_officials_expecting_to_act_state_a_plan(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("en", text)])) == [speaker]


def test_a_class_of_people_expecting_to_act_is_still_no_statement(analyse: Analyse) -> None:
    assert _names(analyse([("en", "Users rightly expect to pick up a Mac and use it for years.")])) == []


@pytest.mark.parametrize(
    "text", ["Datenschützer: Die App ist unsicher", "Verbraucherschützer: Die Preise sind zu hoch"]
)
def test_a_label_of_advocates_is_no_topic_kicker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == [text.split(":")[0]]


def test_a_plural_sie_under_a_label_is_not_the_labelled_speaker(analyse: Analyse) -> None:
    doc = analyse([("de", "Scholz: Die Grünen wollen mehr Geld, sagten sie.")])
    assert all(attribution.confidence < 0.8 for attribution in doc.attributions)
