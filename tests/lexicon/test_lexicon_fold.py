"""One fold, two strengths: words (lower-case, accents off) and lookup keys (case-folded, one space)."""

from __future__ import annotations

from sift.lexicon.fold import fold


def test_words_lose_accents_and_case_only() -> None:
    assert fold("États-Unis") == "etats-unis"
    assert fold("Straße  X") == "straße  x"
    assert fold("Klinzewitsch") == "klinzewitsch"


def test_keys_are_case_folded_with_single_spaces() -> None:
    assert fold("  Überwiegend   FALSCH Défense Straße ", casefold=True) == "uberwiegend falsch defense strasse"
    assert fold("  Pants  on FIRE ", casefold=True) == "pants on fire"


def test_ascii_fast_paths_agree_with_the_general_ones() -> None:
    for text in ("Albu Kamal", "  TWO  words "):
        assert fold(text) == fold(text + "é")[:-1]
        assert fold(text, casefold=True) == fold(text + " é", casefold=True).removesuffix(" e")
