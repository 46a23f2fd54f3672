"""Text analysis for matching: clauses without attribution frames, language guess, names, numbers, lemmas."""

from __future__ import annotations

import pytest

from sift.match.analysis import Analyzer, claim_clauses, guess_lang, names, numbers
from sift.match.signals import _fuzzy_shared


def test_clauses_strip_english_frames() -> None:
    sentence = (
        "The Russian Defense Ministry said it has obtained evidence the US-led coalition provides support "
        "for the ISIL terrorist group in Syria."
    )
    clauses = claim_clauses(sentence)
    assert clauses[0].startswith("it has obtained evidence")
    assert "said" not in clauses[0]


def test_clauses_split_french_and_german_sentences() -> None:
    french = (
        "Le ministère a publié les photos authentiques et a précisé avoir engagé une vérification "
        "à l'encontre de l'employé civil ayant publié des photos erronées, a précisé le ministère."
    )
    assert any(c.startswith("précisé avoir engagé une vérification") for c in claim_clauses(french))
    german = "Laut Klinzewitsch können die Handlungen der USA auf die Gründung eines Separatstaates abzielen."
    assert claim_clauses(german)[0].startswith("können die Handlungen")


def test_short_sentence_gives_no_clause() -> None:
    assert claim_clauses("The US refused.") == []


def test_guess_lang() -> None:
    assert guess_lang("Le refus des États-Unis de frapper les colonnes de Daech est un fait") == "fr"
    assert guess_lang("Die Tatsache, dass sich die USA geweigert hatten, ist nicht neu") == "de"
    assert guess_lang("El ministerio dijo que las fotos son de un videojuego") == "es"
    assert guess_lang("Photos show a convoy") == "en"
    assert guess_lang("12345") == "en"


def test_names_and_numbers() -> None:
    assert {"albu", "kamal"} <= names("Convoys were leaving Albu Kamal on November 9.")
    assert numbers("1,000 people on November 9") == {"1000", "9"}


def test_names_meet_across_spellings() -> None:
    assert _fuzzy_shared(frozenset({"abou", "kamal", "syrie"}), frozenset({"albu", "kamal", "syria"})) == {
        "kamal",
        "syria",
    }


def test_analyzer_stems_lemmas_and_drops_elisions() -> None:
    analyzer = Analyzer()
    assert analyzer.tokens("The convoys were leaving", "en") == ["convoy", "leav"]
    assert analyzer.tokens("photographs photographed", "en") == ["photograph", "photograph"]
    assert "abou" in analyzer.tokens("le retrait d'Abou Kamal", "fr")
    assert analyzer.tokens("http://t.co/x @SpiritAirlines #NRAFail", "en") == ["spirit", "airlin", "nra", "fail"]
    assert analyzer.tokens("a 10-meter-long anaconda", "en") == ["10", "meter", "long", "anaconda"]
    assert analyzer.words("The convoys", "en") == [("convoy", "convoys")]


def test_the_analyzer_term_cache_stays_bounded_and_gives_the_same_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    import sift.match.analysis as text

    words = "convoys leaving Albu Kamal under coalition protection, ministry photos showed"
    expected = Analyzer().tokens(words, "en")
    monkeypatch.setattr(text, "TERM_CACHE", 3)
    analyzer = Analyzer()
    assert analyzer.tokens(words, "en") == expected
    assert len(analyzer._cache) <= 3


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("According to the Defense Ministry, the United States provided cover for the militants.", "the United States"),
        ("The militants left the town under cover, the ministry said.", "The militants left the town under cover"),
        ("Les photos venaient d'un jeu vidéo, a précisé le ministère.", "Les photos venaient d'un jeu vidéo"),
        ("Die Aufnahmen stammen aus einem Computerspiel, sagte der Sprecher.", "Die Aufnahmen stammen aus"),
    ],
)
def test_frames_are_stripped_with_or_without_a_reporting_verb(sentence: str, clause: str) -> None:
    assert any(piece.startswith(clause) for piece in claim_clauses(sentence)), claim_clauses(sentence)
