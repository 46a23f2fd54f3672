"""Session 43, sweep43b (issue #18: untuned German pages read as a fact-checker). "empfehlen" with its reflexive
says that something is advisable ("Um Sichtbarkeit … zu generieren, empfiehlt sich der Einsatz eines
Twitteraccounts" on a blog's how-to): nobody recommends anything, so the noun after it is no speaker ("Für Familien
empfiehlt sich der Tarif des ADAC" named the ADAC). The verb without its reflexive, a reflexive that belongs to a
zu-infinitive after it, and a "laut" source beside it still speak. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Für Familien mit kleinen Kindern empfiehlt sich der Tarif des ADAC.",
        "Bei Regen empfiehlt sich die Bundesstraße statt der Autobahn.",
        "Es empfiehlt sich, die Unterlagen frühzeitig beim Landratsamt einzureichen.",
        "Deshalb empfiehlt es sich für Mieter des Vereins, den Vertrag genau zu lesen.",
        "Für Anfänger empfiehlt sich ein Kurs bei der Volkshochschule.",
    ],
)
def test_an_advisable_thing_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


def test_a_verb_final_reflexive_is_advisable_too(analyse: Analyse) -> None:
    text = "Die Verbraucherzentrale rät zur Vorsicht, weil sich ein Wechsel nur selten empfiehlt."
    assert _names(analyse([("de", text)])) == ["Verbraucherzentrale"]


def test_a_laut_source_beside_the_advisable_thing_still_speaks(analyse: Analyse) -> None:
    assert _names(analyse([("de", "Für Anfänger empfiehlt sich laut ADAC ein Kurs beim Fahrlehrer.")])) == ["ADAC"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Verband empfiehlt, die Unterlagen frühzeitig einzureichen.", "Verband"),
        ("Der Verband empfiehlt den Mitgliedern, sich frühzeitig anzumelden.", "Verband"),
        ("Ärzte empfehlen sich jedes Jahr gegen Grippe impfen zu lassen.", "Ärzte"),
        ("Die Stiftung Warentest empfiehlt den Tarif des ADAC.", "Stiftung Warentest"),
        ("Der Verband, der sich für Mieter einsetzt, empfiehlt einen Wechsel.", "Verband"),
        ("„Ein Wechsel lohnt sich“, empfiehlt der ADAC.", "ADAC"),
    ],
)
def test_a_recommendation_still_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert speaker in _names(analyse([("de", text)]))
