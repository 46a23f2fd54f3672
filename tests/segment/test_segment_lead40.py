"""Session 40, lead: a compound of short forms joined by a hyphen ("Univ.-Prof.", "Dipl.-Ing.") ends no sentence;
a town's hyphenated name before a full stop still does."""

from __future__ import annotations

import pytest

from sift.segment.rules import split_sentences


def _sentences(text: str, lang: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir haben Anfragen“, freut sich Univ.-Prof. Dr. Robert Galler. Dann ging er.",
        "Das sagte Dipl.-Ing. Hans Muster. Dann ging er.",
    ],
)
def test_a_compound_title_ends_no_sentence(text: str) -> None:
    assert len(_sentences(text, "de")) == 2


def test_a_hyphenated_place_still_ends_its_sentence() -> None:
    assert _sentences("Wir fahren nach Baden-Baden. Dann ging er.", "de") == [
        "Wir fahren nach Baden-Baden.",
        "Dann ging er.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Forscher fanden das sogenannte Alzheimer-Gen. Die Studie erschien am Montag.",
        "Sie trägt das BRCA1-Gen. Ihre Ärztin rät ab.",
    ],
)
def test_a_compound_ending_on_a_word_that_is_also_an_abbreviation_ends_its_sentence(text: str) -> None:
    assert len(_sentences(text, "de")) == 2
