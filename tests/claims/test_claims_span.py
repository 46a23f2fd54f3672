"""Claim spans: the attribution frame is cut from long sentences in English, French and German."""

from __future__ import annotations

import pytest

from sift.claims.span import claim_span


def clause(text: str) -> str:
    start, end = claim_span(text)
    return text[start:end]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ministry also said that the coalition’s aviation tried to disturb Russia’s Aerospace Forces "
            "near Albu Kamal to ensure safe exit of terrorists.",
            "the coalition’s aviation tried to disturb Russia’s Aerospace Forces near Albu Kamal to ensure "
            "safe exit of terrorists.",
        ),
        (
            "To this aim, the coalition’s attack aircraft entered the airspace over the 15-km zone around the "
            "city to hamper the Russian aircraft’ mission, it said.",
            "To this aim, the coalition’s attack aircraft entered the airspace over the 15-km zone around the "
            "city to hamper the Russian aircraft’ mission",
        ),
        (
            "According to the Defense Ministry, the United States provided cover for Islamic State militants "
            "to use them in attempts to attain its own aims in the Middle East.",
            "the United States provided cover for Islamic State militants to use them in attempts to attain "
            "its own aims in the Middle East.",
        ),
        (
            "«Le refus du commandement américain d’effectuer des frappes sur des colonnes de Daech est un fait "
            "objectif, enregistré dans la transcription des négociations», a précisé le ministère.",
            "Le refus du commandement américain d’effectuer des frappes sur des colonnes de Daech est un fait "
            "objectif, enregistré dans la transcription des négociations",
        ),
        (
            "Laut Klinzewitsch, die Handlungen der USA können auf die Gründung eines Separatstaates in Syrien "
            "abgezielt sein.",
            "die Handlungen der USA können auf die Gründung eines Separatstaates in Syrien abgezielt sein.",
        ),
    ],
)
def test_frame_is_cut(sentence: str, expected: str) -> None:
    assert clause(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le ministère a annoncé mardi que 500 soldats avaient quitté la ville de Raqqa au nord du pays.",
            "500 soldats avaient quitté la ville de Raqqa au nord du pays.",
        ),
        (
            "Der Sprecher sagte am Dienstag, dass 500 Soldaten die Stadt Rakka im Norden des Landes verlassen hätten.",
            "500 Soldaten die Stadt Rakka im Norden des Landes verlassen hätten.",
        ),
        (
            "The ministry said the troops that left the city of Raqqa were part of a group of 500 soldiers.",
            "the troops that left the city of Raqqa were part of a group of 500 soldiers.",
        ),
    ],
)
def test_time_words_between_verb_and_complementiser(sentence: str, expected: str) -> None:
    assert clause(sentence) == expected


def test_relay_chain_and_inner_quotes_kept() -> None:
    sentence = (
        '"The operation revealed facts of direct cooperation and support for ISIL terrorists by the US-led '
        '‘international coalition,’" the Russian Defense Ministry said, Sputnik reported.'
    )
    got = clause(sentence)
    assert got.startswith("The operation revealed")
    assert got.endswith("‘international coalition,’")


@pytest.mark.parametrize(
    "sentence",
    [
        "The US refused to conduct airstrikes over the leaving ISIL convoy.",
        "He said so.",
        "Albu Kamal",
        "The report, which officials said was long, covered the whole war in Syria and Iraq in detail.",
    ],
)
def test_whole_sentence_kept(sentence: str) -> None:
    assert clause(sentence) == sentence.strip()


@pytest.mark.parametrize("text", ["", "   ", "\n", "1234567890", "🙂" * 50, "word " * 2000])
def test_odd_input_gives_valid_offsets(text: str) -> None:
    start, end = claim_span(text)
    assert 0 <= start <= end <= len(text)
