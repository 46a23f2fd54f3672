"""The frame stripper: claim spans (long sentences, en/fr/de) and the matcher's eager cut, from one table."""

from __future__ import annotations

import importlib

import pytest

import sift.lexicon.frame_stripper
from sift.lexicon import languages
from sift.lexicon.frame_stripper import strip_frame


def clause(text: str, *, eager: bool = False) -> str:
    start, end = strip_frame(text, eager=eager)
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
@pytest.mark.parametrize("eager", [False, True])
def test_odd_input_gives_valid_offsets(text: str, eager: bool) -> None:
    start, end = strip_frame(text, eager=eager)
    assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministry said that the convoy left.", "the convoy left."),
        ('"The convoy left," the ministry said.', '"The convoy left,"'),
        ("According to the ministry, the convoy left.", "the convoy left."),
        ("«Le convoi est parti», a précisé le ministère.", "«Le convoi est parti»"),
        ("Selon le ministère, le convoi est parti.", "le convoi est parti."),
        ("Laut Klinzewitsch können die USA nichts tun.", "können die USA nichts tun."),
        ("Die Lage ist ernst, sagte der Minister.", "Die Lage ist ernst"),
        ("El convoy salió, dijo el ministro.", "El convoy salió"),
        ("The convoy left the city at dawn.", "The convoy left the city at dawn."),
        # a scraped snippet cut off with an ellipsis keeps no frame (the seed's French related snippet)
        (
            "Le refus est un fait objectif, a annoncé mardi le ministère russe de la Défense...",
            "Le refus est un fait objectif",
        ),
        ("The convoy left, the ministry said…", "The convoy left"),
        ("Die Lage ist ernst, sagte der Minister...", "Die Lage ist ernst"),
    ],
)
def test_eager_cut_takes_short_sentences_too(sentence: str, expected: str) -> None:
    """The matcher's phrasings: short sentences lose their frame as well (a wrong cut costs nothing there)."""
    assert clause(sentence, eager=True) == expected


def test_short_sentence_keeps_its_frame_in_a_claim_span() -> None:
    assert clause("The ministry said that the convoy left.") == "The ministry said that the convoy left."


def test_a_language_is_a_table_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new language reaches every pattern by its row alone: Italian frames are cut once Italian is listed."""
    sentence = "Secondo il ministero, i convogli dei terroristi hanno lasciato la città di Albu Kamal ieri sera."
    eager = "I convogli hanno lasciato la città, ha detto il ministro."
    assert clause(sentence) == sentence and clause(eager, eager=True) == eager
    italian = languages.Language(
        code="it",
        according=("secondo",),
        speech_verbs=("ha\\s+detto",),
        frame_tail_verbs=("detto",),
        frame_tail_aux=("ha", "hanno"),
    )
    monkeypatch.setitem(languages.LANGUAGES, "it", italian)
    try:
        frames = importlib.reload(sift.lexicon.frame_stripper)
        start, end = frames.strip_frame(sentence)
        assert sentence[start:end] == "i convogli dei terroristi hanno lasciato la città di Albu Kamal ieri sera."
        start, end = frames.strip_frame(eager, eager=True)
        assert eager[start:end] == "I convogli hanno lasciato la città"
    finally:
        monkeypatch.undo()
        importlib.reload(sift.lexicon.frame_stripper)
