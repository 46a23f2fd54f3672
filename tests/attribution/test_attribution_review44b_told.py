"""Session 44, review44b: a possessive or demonstrative in the dative or accusative ("seinen", "ihren", "diesem")
opens no subject, as "den" and "dem" do not ("Er hat seinen Kollegen gesagt, dass …": the colleagues german44 made
source nouns were told, not telling). Sentences written for this test."""

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
        "Er hat seinen Kollegen gesagt, dass er kündigen will.",
        "Er hat seinen Freunden gesagt, dass er kündigen will.",
        "Sie hat ihren Nachbarn erzählt, dass sie umzieht.",
    ],
)
def test_the_told_are_no_speakers(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Ministerin hat ihren Kollegen erklärt, dass sie zurücktritt.", "Ministerin"),
        ("Ihren Kollegen zufolge war sie oft krank.", "Kollegen"),
        ("Diesen Plan hat der Verband kritisiert.", "Verband"),
    ],
)
def test_the_teller_still_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]
