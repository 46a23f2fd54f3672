"""The page-furniture cue table extraction and claim triage share: one row, read the same way by both stages."""

from __future__ import annotations

import re

import pytest

from sift.claims.furniture import furniture_reason
from sift.extract.lexicon import boilerplate_reason
from sift.lexicon.page_furniture import AD_CUE, PROMO_CUES, READING_TIME_CUE, RELATED_CUE, SHORT_LINE_CUES

_ALL_CUES = (
    *SHORT_LINE_CUES,
    *PROMO_CUES,
    ("ad", AD_CUE),
    ("reading time", READING_TIME_CUE),
    ("related", RELATED_CUE),
)


@pytest.mark.parametrize(("reason", "pattern"), _ALL_CUES)
def test_cues_are_lower_case(reason: str, pattern: str) -> None:
    """Extraction matches lower-cased lines: a capital letter in a cue would never match there."""
    letters = re.sub(r"\\.", "", pattern)  # escapes such as \W or \S are classes, not letters
    assert letters == letters.lower(), reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Gesponsert", "advertisement"),
        ("Artykuł sponsorowany", "advertisement"),
        ("Continua dopo la pubblicità", "advertisement"),
        ("Story continues below", "advertisement"),
        ("Ten tekst przeczytasz w mniej niż minutę", "reading time"),
        ("Lesedauer: 4 Minuten", "reading time"),
        ("5 min leestijd", "reading time"),
    ],
)
def test_extraction_and_triage_read_the_same_rows(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason
    assert furniture_reason(line) == reason
