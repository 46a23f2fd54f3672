"""Session 43, review43a. A bracket closed before the reporting verb is part of the source's name ("The World Health
Organization (WHO) said …", "Jane Doe (pictured) said …"): the frame is cut as before sweep43; a verb inside a
bracket still frames nothing. Sentences written for this test."""

from __future__ import annotations

import pytest

from sift.lexicon.frame_stripper import strip_frame


def clause(text: str) -> str:
    start, end = strip_frame(text)
    return text[start:end]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The World Health Organization (WHO) said on Monday that the outbreak in the region was finally over.",
            "the outbreak in the region was finally over.",
        ),
        (
            "The Centers for Disease Control and Prevention (CDC) said that the number of cases had doubled.",
            "the number of cases had doubled.",
        ),
        (
            "The European agency [ECDC] said that the number of cases had doubled since March in the region.",
            "the number of cases had doubled since March in the region.",
        ),
    ],
)
def test_a_bracket_closed_before_the_verb_keeps_the_frame(sentence: str, expected: str) -> None:
    assert clause(sentence) == expected


def test_a_verb_inside_an_open_bracket_still_frames_nothing() -> None:
    sentence = "The festival opened with 40 films (a dozen more were announced on Friday) and six premieres from Asia."
    assert clause(sentence) == sentence
