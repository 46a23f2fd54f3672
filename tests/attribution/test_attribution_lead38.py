"""Session 38's merges, read together: a programme's list of named speakers says nothing, a list that said
something fronted as a pronoun does (speakers20's programme rule against review38's whole-list reading)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _shown(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Beim Sommerfest sprechen Anna Beispiel (parteilos), Jonas Muster (Grüne) und Eva Probe vom Bürgerverein.",
        "Am Abend reden Tom Muster (Verdi), Lena Test (SPD) und Ole Probe aus dem Stadtrat.",
    ],
)
def test_a_programme_listing_speakers_with_an_affiliation_says_nothing(analyse: Analyse, text: str) -> None:
    assert _shown(analyse([("de", text)])) == []


def test_a_fronted_pronoun_is_what_the_listed_speakers_said(analyse: Analyse) -> None:
    doc = analyse([("de", "Das sagten Anna Beispiel (SPD), Jonas Muster und Eva Probe vom Bürgerverein.")])
    assert _shown(doc) == ["Anna Beispiel", "Jonas Muster", "Eva Probe"]
