"""Session 44, english44b (issue #18): a subordinator before an adverb of time opens no clause ("Since then the
ministry has said that …", "Until now …", "Once again …"), so the leading frame is cut; a subordinate clause's frame
still stays. Sentences written for this test."""

from __future__ import annotations

import pytest

from sift.lexicon.frame_stripper import strip_frame


def clause(text: str) -> str:
    start, end = strip_frame(text)
    return text[start:end]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since then the ministry has said that the project will be delayed by two years.",
        "Until now the ministry has said that the project would be delayed by two years.",
        "Once again the minister said that the project would be delayed by two years.",
    ],
)
def test_an_adverb_of_time_is_no_subordinate_clause(sentence: str) -> None:
    assert clause(sentence).startswith("the project")


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the ministry said that the project would be delayed, costs have risen sharply.",
        "When the ministry said that the project would be delayed, costs rose sharply.",
    ],
)
def test_a_subordinate_clause_keeps_its_frame(sentence: str) -> None:
    assert clause(sentence) == sentence
