"""review45c: a statement whose sentence ends in "?" only for a tag or a quoted question keeps its speaker; the
question rule (mend45) needs a sentence that opens as a question ("What did …", "So what did …", "Did …")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return sorted(speaker.name for speaker in doc.speakers if speaker.confidence >= 0.5)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Smith said the same thing, didn't he?", ["Smith"]),
        ("Senator Anna Berg said the same thing at the hearing, didn't she?", ["Anna Berg"]),
    ],
)
def test_a_tag_question_leaves_the_statement_its_speaker(analyse: Analyse, text: str, names: list[str]) -> None:
    assert _names(analyse([("en", text)])) == names


@pytest.mark.parametrize(
    "text",
    [
        "So what did the paper say to the pencil?",
        "And what did Trump say about the tariffs?",
        "Who said the same thing?",
    ],
)
def test_a_question_opening_with_a_lead_word_still_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []
