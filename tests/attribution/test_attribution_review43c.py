"""Session 43, review43c. A capital "Sie" inside its sentence is the polite form addressing the reader, not the plural
"sie" standing for a group that opens the sentence or the one before ("Die Händler warten, bis Sie sagen, was Sie
wollen"); after a colon or an opening mark it may still open a sentence. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Die Händler warten, bis Sie sagen, was Sie wollen.",
        "Die Mieter zahlen, doch Sie sagen, das sei genug.",
        "Die Mieter zahlen pünktlich. Doch Sie sagen, das sei genug.",
    ],
)
def test_a_polite_sie_inside_its_sentence_is_no_group(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Nachbarn schweigen, oder sie sagen: „Wir wissen nichts.“",
        "Die Bauern protestieren vor dem Ministerium. Also pochen sie darauf, dass die Preise sinken.",
    ],
)
def test_a_lower_case_plural_pronoun_still_stands_for_the_group(analyse: Analyse, text: str) -> None:
    assert len(_names(analyse([("de", text)]))) == 1
