"""Keyword search over fact-checks (sift.match.browse): which queries are keywords, and their name keys."""

from __future__ import annotations

from sift.match.browse import KEYWORD_MAX_WORDS, keyword_keys


def test_a_name_in_any_spelling_or_case_is_one_key() -> None:
    keys = {keyword_keys(word) for word in ("Bucha", "bucha", "Butscha", "Boutcha", "Буча")}
    assert len(keys) == 1 and next(iter(keys))


def test_a_claim_is_no_keyword_query() -> None:
    claim = "A video from Bucha shows corpses waving and moving along the street"
    assert len(claim.split()) > KEYWORD_MAX_WORDS and keyword_keys(claim, "en") == frozenset()
    assert keyword_keys("the of", "en") == frozenset()  # stop words alone name nothing
    assert keyword_keys("Abu Kamal convoy", "en") and keyword_keys("Skripal", "de")
