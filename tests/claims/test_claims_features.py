"""Claim cues: normalisation of tweets, multilingual cue detection, reasons."""

from __future__ import annotations

from sift.claims.features import FEATURE_NAMES, cues, feature_matrix, normalise, reasons


def test_normalise_drops_links_and_handles() -> None:
    text = "#Corona: 500 new cases @rivm https://t.co/abc www.example.org"
    assert normalise(text) == "Corona: 500 new cases"


def test_reasons_cover_numbers_dates_names_attribution() -> None:
    found = reasons(cues("The ministry said 40% of the 2,000 troops left Albu Kamal on November 9, more than in 2016."))
    for reason in ("percentage", "number", "date", "named entity", "attributed statement", "comparative"):
        assert reason in found


def test_french_and_german_cues() -> None:
    french = cues("Le ministère a précisé que 3 millions d'euros ont été versés le 9 novembre.")
    assert french.attribution and french.money and french.date and french.number_words
    german = cues("Laut Klinzewitsch haben die USA am Dienstag mehr als 500 Soldaten geschickt.")
    assert german.attribution and german.date and german.comparative and german.digits


def test_quantity_and_opinion() -> None:
    assert "quantity" in reasons(cues("The convoy was kilometers-long, over a 15-km zone."))
    assert cues("I think we must do better.").opinion
    assert cues("Is it true?").question


def test_feature_matrix_shape_and_empty_input() -> None:
    matrix = feature_matrix([cues(""), cues("🙂🙂"), cues("123"), cues("word " * 3000)])
    assert matrix.shape == (4, len(FEATURE_NAMES))
    assert feature_matrix([]).shape == (0, len(FEATURE_NAMES))
    assert cues("").words == 0 and cues("123 456").words == 0
