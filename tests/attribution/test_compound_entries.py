"""The speaker-word look-up of German compounds by their endings (tput10): the entry a loop over the list finds
(the longest, so the answer does not follow the set's order), found from the word's endings instead."""

from __future__ import annotations

import pytest

from sift.attribution.german import GENDER_ENDING
from sift.attribution.source_mentions import _in
from sift.attribution.word_order import Token
from sift.lexicon.speaker_words import SPEAKER_WORDS, SpeakerWords

GERMAN = SPEAKER_WORDS["de"]
LISTS = [GERMAN.title_nouns, GERMAN.source_nouns, GERMAN.body_nouns, GERMAN.government_nouns, GERMAN.outlet_nouns]


def _looped(words: frozenset[str], token: Token, speakers: SpeakerWords) -> str | None:
    """The look-up by a loop: every entry of the list tried against the end of the form, then of the lemma."""
    for form in (token.lemma.lower(), token.text.lower()):
        if form in words:
            return form
    for lowered in (GENDER_ENDING.sub("", token.text.lower()), token.lemma.lower()):
        found = [w for w in words if len(w) >= 4 and lowered.endswith(w) and len(lowered) > len(w) + 2]
        if found:
            return max(found, key=len)
    return None


@pytest.mark.parametrize(
    "text",
    [
        "Klimaforscher*innen", "Pressesprecherin", "DRK-Generalsekretär", "Sprecher", "Bundesgesundheitsminister",
        "Abc", "", "Neubauer", "Polizeisprecher", "Ministerpräsidentin", "Ex-Minister", "Zeitungsredaktion",
    ],
)  # fmt: skip
def test_compound_entry_is_the_one_a_loop_finds(text: str) -> None:
    token = Token(text, 0, len(text), text, "NOUN", 0)
    for words in LISTS:
        assert _in(words, token, GERMAN) == _looped(words, token, GERMAN)


def test_every_entry_with_a_prefix_is_found_as_a_loop_finds_it() -> None:
    for words in LISTS:
        for entry in sorted(words)[:300]:
            for prefix in ("", "a", "ab", "abc", "drk-", "klima"):
                token = Token(prefix + entry, 0, 0, prefix + entry, "NOUN", 0)
                assert _in(words, token, GERMAN) == _looped(words, token, GERMAN), prefix + entry


def test_two_entries_ending_a_word_give_the_longer() -> None:
    """Not whichever the set's order (the process's hash seed) puts first."""
    token = Token("DRK-Generalsekretär", 0, 19, "DRK-Generalsekretär", "NOUN", 0)
    assert {"generalsekretär", "sekretär"} <= GERMAN.title_nouns
    assert _in(GERMAN.title_nouns, token, GERMAN) == "generalsekretär"
