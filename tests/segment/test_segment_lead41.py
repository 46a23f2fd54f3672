"""Session 41, lead: reference marks after a sentence's end ("in 2019.[16] It", "falsch. [5] Die") belong to that
sentence: a glued mark no longer keeps its paragraph one sentence, and a spaced one no longer opens the next."""

from __future__ import annotations

import pytest

from sift.segment.rules import split_sentences


def _sentences(text: str, lang: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The drug was approved in 2019.[16] It cut deaths by half.[17][18] Critics disagree.",
            "en",
            ["The drug was approved in 2019.[16]", "It cut deaths by half.[17][18]", "Critics disagree."],
        ),
        (
            "Le taux a doublé en 2020.[3] Les experts doutent.",
            "fr",
            ["Le taux a doublé en 2020.[3]", "Les experts doutent."],
        ),
        ("Das ist falsch. [5] Die Zahl stieg.", "de", ["Das ist falsch. [5]", "Die Zahl stieg."]),
        ("He said so.[citation needed] Then he left.", "en", ["He said so.[citation needed]", "Then he left."]),
        ('He said: "It is over."[3] Then he left.', "en", ['He said: "It is over."[3]', "Then he left."]),
        ("It rose by 5 %.[a] Then it fell.", "en", ["It rose by 5 %.[a]", "Then it fell."]),
    ],
)
def test_a_reference_mark_ends_its_sentence(text: str, lang: str, expected: list[str]) -> None:
    assert _sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Er kam am 3.[4] Oktober.", "de"),  # an ordinal's period stays inside its sentence
        ("Smith et al. [2] found more.", "en"),  # an abbreviation's period too
        ("The study [2] found more. [3]", "en"),  # a mark inside a sentence is no end
    ],
)
def test_a_reference_mark_does_not_make_a_boundary(text: str, lang: str) -> None:
    assert len(_sentences(text, lang)) == 1
