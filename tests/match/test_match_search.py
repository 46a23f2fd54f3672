"""Matcher.search: ranking, levels, evidence and bad input."""

from __future__ import annotations

import pytest
from test_match_support import RECORDS, HashEncoder

from sift.errors import InputError
from sift.match.matcher import MAX_QUERY_CHARS, Matcher
from sift.store.memory import MemoryStore


@pytest.fixture
def matcher() -> Matcher:
    return Matcher.open(MemoryStore(RECORDS), encoder=HashEncoder(), index_dir=None)


def test_finds_the_right_factcheck_first(matcher: Matcher) -> None:
    hits = matcher.search("Bill Gates wants to put microchips in every vaccine", k=3)
    assert hits[0].factcheck.id == RECORDS[3].id
    assert 0.0 <= hits[-1].score <= hits[0].score <= 1.0
    assert hits[0].level in ("match", "possible")
    assert "microchip" in hits[0].evidence and "similarity" in hits[0].evidence


def test_unrelated_text_gets_no_match(matcher: Matcher) -> None:
    assert all(hit.level != "match" for hit in matcher.search("Stock markets closed higher on Tuesday"))


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_query_is_input_error(matcher: Matcher, text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        matcher.search(text)


@pytest.mark.parametrize("k", [0, 101])
def test_k_out_of_range_is_input_error(matcher: Matcher, k: int) -> None:
    with pytest.raises(InputError, match="k must be"):
        matcher.search("moon landing", k=k)


def test_megabyte_query_is_truncated(matcher: Matcher) -> None:
    encoder = matcher.encoder
    assert isinstance(encoder, HashEncoder)
    encoder.encoded.clear()
    hits = matcher.search("The moon landing was filmed in a studio. " * 25_000)
    assert hits and hits[0].factcheck.id == RECORDS[2].id
    assert max(len(text) for text in encoder.encoded) <= MAX_QUERY_CHARS


def test_empty_store_returns_nothing() -> None:
    assert Matcher.open(MemoryStore(), encoder=HashEncoder(), index_dir=None).search("anything at all") == []
