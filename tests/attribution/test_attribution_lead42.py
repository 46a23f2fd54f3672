"""Session 42, lead (from review42a): a preposition and an article after a comma open a fronted phrase of a main
clause when a noun phrase follows the cue, not a verb-final relative clause ("Die Mieten steigen, auf der anderen
Seite warnt der Mieterbund …" made "anderen Seite" a confident speaker and lost the association)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Mieten steigen, auf der anderen Seite warnt der Mieterbund vor einer Krise.", "Mieterbund"),
        ("Die Preise fallen, auf der anderen Seite fordert die Gewerkschaft mehr Lohn.", "Gewerkschaft"),
    ],
)
def test_a_fronted_phrase_after_a_comma_is_no_relative_clause(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert [s.name for s in doc.speakers] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sie zeigte den Brief, in dem die Ministerin Anna Weber mitteilte, dass sie zurücktrete.", "Anna Weber"),
        ("Das Foto, das Hans Weber als Symbol bezeichnet, ging um die Welt.", "Hans Weber"),
    ],
)
def test_a_verb_final_relative_clause_still_gives_its_subject(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert [s.name for s in doc.speakers] == [speaker]
