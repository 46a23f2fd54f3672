"""Session 41, review41a. A German noun phrase of time before the verb ("Zwei Tage später", "Einen Tag zuvor",
"Eine Woche nach der Wahl", "Diese Woche") is an accusative of time, no subject: the subject follows the verb, and
the content is what it said, not the phrase of time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Einen Tag später erklärte das Ministerium, der Bericht sei falsch.", "Ministerium"),
        ("Zwei Tage später erklärte das Ministerium, der Bericht sei falsch.", "Ministerium"),
        ("Wenige Stunden später sagte der Minister, er trete zurück.", "Minister"),
        ("Eine Woche nach der Wahl erklärte die Kanzlerin, sie bleibe im Amt.", "Kanzlerin"),
        ("Diese Woche sagte der Minister, er trete zurück.", "Minister"),
        ("Einige Zeit später erklärte Müller, der Bericht sei falsch.", "Müller"),
        ("Den ganzen Tag über betonte die Polizei, es bestehe keine Gefahr.", "Polizei"),
    ],
)
def test_a_fronted_phrase_of_time_is_no_subject(analyse: Analyse, text: str, name: str) -> None:
    doc = analyse([("de", text)])
    assert [speaker.name for speaker in doc.speakers] == [name]
    content = doc.attributions[0].content
    assert content.start > text.index(",")  # what was said, after the comma: not the phrase of time


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Tag der Entscheidung sei gekommen, sagte der Minister.", "Minister"),
        ("Zwei Jahre Haft forderte der Staatsanwalt.", "Staatsanwalt"),
        ("Drei Mitarbeiter sagten, sie seien nicht informiert worden.", "Mitarbeiter"),
    ],
)
def test_other_fronted_phrases_keep_their_reading(analyse: Analyse, text: str, name: str) -> None:
    assert [speaker.name for speaker in analyse([("de", text)]).speakers] == [name]
