"""Statements the page credits but sift missed (issue #18, recall16): a "that" clause the parser hangs on the noun
of "in a statement" (realpages dev3)."""

from __future__ import annotations

from collections.abc import Callable

from sift.document import Document


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def test_a_that_clause_on_the_statement_noun_is_what_the_cue_reports(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    """The parser hangs "that …" on "statement" ("told The Hill in a statement that …", realpages dev3 r3-006)."""
    doc = analyse(
        [
            (
                "en",
                "Sonya A. Zoghlin, Carlineo’s attorney, told The Hill in a statement that her client did not intend "
                "to cause harm.",
            )
        ]
    )
    assert _names(doc) == ["Sonya A. Zoghlin"]
    block = doc.blocks[0]
    (attribution,) = doc.attributions
    assert block.text[attribution.content.start : attribution.content.end].startswith("that her client")


def test_a_relative_clause_on_the_statement_noun_reports_nothing(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    doc = analyse([("en", "He spoke in a statement that was released on Monday.")])
    assert doc.attributions == [] and doc.speakers == []
