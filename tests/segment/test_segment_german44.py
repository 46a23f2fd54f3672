"""Session 44, german44: a footnote number glued to a full stop ("ihr Ende.2 Der moderne Mensch …") ends the
sentence before it and stays with it; number prefixes, abbreviations, letters, decimals, dates and addresses
keep their digits."""

from __future__ import annotations

import pytest

from sift.segment.rules import split_sentences


def _sentences(text: str, lang: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Damit fand die Kultur ihr Ende.2 Der moderne Mensch breitete sich aus.", "Damit fand die Kultur ihr Ende.2"),
        (
            "Die Studie wurde im Herbst abgeschlossen.12 Die Autoren warnen.",
            "Die Studie wurde im Herbst abgeschlossen.12",
        ),
        ("Er zitierte aus dem Bericht (S. 14).3 Danach begann die Debatte.", "Er zitierte aus dem Bericht (S. 14).3"),
        ("So steht es im „Gesetz“.4 Der Richter sah das anders.", "So steht es im „Gesetz“.4"),
    ],
)
def test_a_glued_footnote_number_ends_its_sentence(text: str, first: str) -> None:
    sentences = _sentences(text, "de")
    assert len(sentences) == 2
    assert sentences[0] == first


def test_a_glued_footnote_number_in_english() -> None:
    assert _sentences("This was the end of an era.3 The minister said nothing.", "en") == [
        "This was the end of an era.3",
        "The minister said nothing.",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nach Art.2 GG hat jeder das Recht auf freie Entfaltung.", "de"),
        ("Nach Abs.2 Satz 1 ist das erlaubt.", "de"),
        ("Gemäß Nr.3 Buchstabe b gilt die Frist.", "de"),
        ("Siehe auch Abb.3 Die Karte zeigt die Route.", "de"),
        ("Die Version v.2 wurde veröffentlicht.", "de"),
        ("Der Wert stieg um 3.2 Prozent im Vergleich zum Vorjahr.", "de"),
        ("Die Seite www.beispiel.de.2 Der Link geht nicht.", "de"),
        ("Die Datei bericht.2 liegt bereit.", "de"),
        ("The rate rose to 3.2 Percent last year.", "en"),
    ],
)
def test_numbers_glued_to_a_period_that_end_nothing(text: str, lang: str) -> None:
    assert len(_sentences(text, lang)) == 1


def test_an_ordinal_date_still_ends_its_sentence() -> None:
    assert _sentences("Er kam am 12.3. Dann ging er wieder.", "de") == ["Er kam am 12.3.", "Dann ging er wieder."]
