"""Session 44, review44a. sweep44's claim-span guard took any relative pronoun before a leading reporting verb for a
relative clause of that verb, so a subject's own relative clause kept the whole frame in the claim span ("The
scientist who led the study said that …", "Officials who spoke on condition of anonymity said …", French "qui",
Spanish "que"); and its "verb + that" guard read a demonstrative "that day" as a complementiser, so "…, the minister
said that day." kept its trailing frame; and its possessive "’s" took a pronoun's "has"/"is" ("He’s said that …").
Sentences written for this test."""

from __future__ import annotations

import pytest

from sift.lexicon.frame_stripper import strip_frame


def clause(text: str) -> str:
    start, end = strip_frame(text)
    return text[start:end]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "The scientist who led the study said that the vaccine cut deaths by half in a year.",
            "the vaccine cut deaths by half in a year.",
        ),
        (
            "Officials who spoke on condition of anonymity said the strike killed twelve people in the town.",
            "the strike killed twelve people in the town.",
        ),
        (
            "Le ministre qui dirige le budget a déclaré que le chômage avait baissé de deux points.",
            "le chômage avait baissé de deux points.",
        ),
        (
            "El ministro que dirige el presupuesto dijo que el desempleo había bajado dos puntos en un año.",
            "el desempleo había bajado dos puntos en un año.",
        ),
        (
            "Unemployment fell by two points in a year across the region, the minister said that day.",
            "Unemployment fell by two points in a year across the region",
        ),
        (
            "He’s said that unemployment fell by two points in a year across the region.",
            "unemployment fell by two points in a year across the region.",
        ),
        (
            "Unemployment fell by two points in a year across the region, it’s said.",
            "Unemployment fell by two points in a year across the region",
        ),
    ],
)
def test_a_subjects_relative_clause_and_that_day_keep_the_cut(sentence: str, claim: str) -> None:
    assert clause(sentence) == claim


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials who had said the dam was safe were later dismissed by the regional government in March.",
        "On the day that the club announced the new stadium, its shares rose by 12 percent in early trading.",
    ],
)
def test_a_reporting_verb_in_a_relative_clause_still_cuts_nothing(sentence: str) -> None:
    assert clause(sentence) == sentence
