"""General attribution errors seen on an unseen German page (issue #18, round 5), on hand-made sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(speaker.kind, speaker.name) for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Außenbeauftragter Borrell EU kritisiert den Plan", "Borrell"),  # a related-box headline
        ("Handelsminister Weber EU kritisiert den Plan der Regierung.", "Weber"),
        ("Die Lage sei ernst, sagte Handelsminister Jan Weber EU.", "Jan Weber"),
    ],
)
def test_a_trailing_body_acronym_is_no_part_of_a_persons_name(analyse: Analyse, text: str, name: str) -> None:
    assert _speakers(analyse([("de", text)])) == [("person", name)]


def test_an_upper_case_surname_stays_a_name(analyse: Analyse) -> None:
    """French papers write surnames in capitals ("Jean DUPONT"): only a short body name is cut off."""
    doc = analyse([("fr", "Le convoi est parti, a déclaré le ministre Jean DUPONT.")])
    assert _speakers(doc) == [("person", "Jean DUPONT")]
