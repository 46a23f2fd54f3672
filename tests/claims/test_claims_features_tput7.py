"""The cue word lists are compiled as trees of shared prefixes (a speed-up): they must find what the plain
``\\b(?:a|b|…)\\b`` alternation of the same words finds."""

from __future__ import annotations

import re

import pytest

from sift.claims import features
from sift.claims.features import _alternatives, _spelled_out, _trie, _word_list

WORD_LISTS = [
    ("_NUMERALS", "_NUMBER_WORDS", "", ""),
    ("_PERCENT_WORDS", "_PERCENT", "%|", ""),
    ("_MONEY_WORDS", "_MONEY", "[$€£¥₽]|", ""),
    ("_DATE_WORDS", "_DATE", "", ""),
    ("_ATTRIBUTION_WORDS", "_ATTRIBUTION", "", ""),
    ("_COMPARATIVE_WORDS", "_COMPARATIVE", "", r"|\b\w{3,}est\b"),
    ("_OPINION_WORDS", "_OPINION", "", ""),
    ("_SECOND_PERSON_WORDS", "_SECOND_PERSON", "", ""),
    ("_NEGATION_WORDS", "_NEGATION", "", ""),
]


def _probes(words: list[str]) -> list[str]:
    """Texts around every word: alone, in a sentence, in other cases, glued to letters, cut short, with accents."""
    texts = ["", "Nothing to see here.", "L'ÉTÉ à Zürich", "n't", "don't", "Il a déclaré hier"]
    for word in words:
        for form in {word, word.upper(), word.title(), word.capitalize()}:
            texts += [
                form,
                f"The figure, {form}, was given.",
                f"x{form}",
                f"{form}x",
                f"{form}é",
                f"({form})",
                form[:-1],
                f"{form[:-1]} {form[-1:]}",
                f"{form}-{form}",
            ]
    return texts


@pytest.mark.parametrize(("words_name", "pattern_name", "before", "after"), WORD_LISTS)
def test_word_list_finds_what_the_plain_alternation_finds(
    words_name: str, pattern_name: str, before: str, after: str
) -> None:
    words = getattr(features, words_name)
    plain = re.compile(before + r"\b(?:" + words + r")\b" + after, re.IGNORECASE)
    compiled = getattr(features, pattern_name)
    literal = [word for alternative in _alternatives(words) for word in _spelled_out(alternative)]
    for text in _probes([word for word in literal if not re.search(r"[\\()\[\]?]", word)]):
        assert bool(compiled.search(text)) == bool(plain.search(text)), (pattern_name, text)


def test_alternatives_split_only_at_the_top_level() -> None:
    assert _alternatives(r"a|b (?:c|d)|[|]e|f\|g") == ["a", "b (?:c|d)", "[|]e", r"f\|g"]


def test_optional_last_letters_are_spelled_out() -> None:
    assert _spelled_out("hundreds?") == ["hundred", "hundreds"]
    assert _spelled_out("double[ds]?") == ["double", "doubled", "doubles"]
    assert _spelled_out(r"per\s?cent") == [r"per\s?cent"]
    assert _spelled_out("a (?:b|c)") == ["a (?:b|c)"]


def test_trie_matches_exactly_its_words() -> None:
    pattern = re.compile(_trie(["mai", "mail", "mars", "i'm", "a b"]) + r"\Z")
    for word in ("mai", "mail", "mars", "i'm", "a b"):
        assert pattern.match(word)
    for other in ("ma", "mar", "mails", "im", "ab", ""):
        assert not pattern.match(other)


def test_word_list_keeps_patterns_that_are_not_plain_words() -> None:
    pattern = re.compile(_word_list(r"last (?:week|month)|said|per\s?cent"), re.IGNORECASE)
    assert pattern.search("Last  Month") is None
    assert pattern.search("last month") and pattern.search("PERCENT") and pattern.search("per cent")
    assert pattern.search("unsaid") is None
