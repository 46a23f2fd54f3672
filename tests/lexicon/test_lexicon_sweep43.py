"""Session 43, sweep43 (issue #18: untuned English pages read as a fact-checker). A reporting verb written with a
capital inside a sentence is a name or a noun, no frame's verb: PolitiFact's tariff guide showed the claim "Tariffs
have also strengthened the United States’ leverage …" as "’ leverage after …" ("States" read as "states"). A
title-case headline keeps its capitalised verbs ("Tim Cook Says …"). A verb inside brackets frames no sentence: "Stadia
is launching with 22 games (10 more were announced …)" was cut to "over the weekend …)". Sentences written for this
test."""

from __future__ import annotations

import pytest

from sift.lexicon.frame_stripper import strip_frame


def clause(text: str) -> str:
    start, end = strip_frame(text)
    return text[start:end]


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States imposed tariffs on $200 billion of Chinese goods in 2019, the biggest such move in decades.",
        "Exports from the United States to China fell by 20 percent in the first half of the year, the data show.",
        "Sanctions have weakened the United States’ standing with its oldest allies across Europe and in East Asia.",
        "The festival opened with 40 films (a dozen more were announced on Friday), including six premieres from Asia.",
        "Revenue grew by 12 percent in the third quarter [figures were reported in euros] across all of its markets.",
    ],
)
def test_a_named_or_bracketed_verb_frames_no_claim(sentence: str) -> None:
    assert clause(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Wages in the States rose by 3 percent in the year to June, the highest rate since 2009, officials noted.",
            "Wages in the States rose by 3 percent in the year to June, the highest rate since 2009",
        ),
        (
            "Edward Said argued that the orientalist canon shaped how Europe viewed the Middle East for centuries.",
            "the orientalist canon shaped how Europe viewed the Middle East for centuries.",
        ),
        (
            "Tim Cook Says Apple Will Invest $1 Billion In A New Campus In Austin Over The Next Three Years",
            "Apple Will Invest $1 Billion In A New Campus In Austin Over The Next Three Years",
        ),
        (
            "The ministry said that the new rules will take effect on Monday and apply to all travellers.",
            "the new rules will take effect on Monday and apply to all travellers.",
        ),
    ],
)
def test_a_frame_beside_a_named_verb_is_still_cut(sentence: str, expected: str) -> None:
    assert clause(sentence) == expected
