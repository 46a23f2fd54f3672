"""Session 45, review45a: an acronym in capitals with a footnote number glued to its full stop ends the sentence
("Mitglied der SPD.3 Die Partei …"); german45's vowelless abbreviations ("Jg.3", "Bl.7") are never all capitals."""

from __future__ import annotations

import pytest

from sift.segment.rules import split_sentences


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        (
            "de",
            "Er war seit 1990 Mitglied der SPD.3 Die Partei nahm ihn gern auf.",
            "Er war seit 1990 Mitglied der SPD.3",
        ),
        ("de", "Er arbeitete lange beim ZDF.4 Dort lernte er seine Frau kennen.", "Er arbeitete lange beim ZDF.4"),
        ("en", "He joined the NHS.3 The trust said nothing.", "He joined the NHS.3"),
    ],
)
def test_an_acronym_with_a_glued_footnote_ends_the_sentence(lang: str, text: str, first: str) -> None:
    start, end = split_sentences(text, lang)[0]
    assert text[start:end] == first
