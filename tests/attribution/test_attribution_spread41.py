"""Session 41, spread41 (issue #18, speakers outside German): a past participle the English parser hangs on the
profession after it ("registered dietitian", "licensed nurse") describes the person and is no verb of the source's
words; the source read "none" whenever its words held a verb, so "as noted by registered dietitian X" lost X
(realpages dev14). Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A daily multivitamin fills the gaps in a diet, as noted by registered dietitian Maria Kowal.", "Maria Kowal"),
        ("Multivitamins fill the gaps in a diet, according to registered dietitian Maria Kowal.", "Maria Kowal"),
        ("A daily multivitamin fills the gaps in a diet, said registered dietitian Maria Kowal.", "Maria Kowal"),
        ("Registered dietitian Maria Kowal said a daily multivitamin fills the gaps in a diet.", "Maria Kowal"),
        ("Skipping breakfast is fine for most adults, says registered nurse Carla Ruiz.", "Carla Ruiz"),
    ],
)
def test_a_participle_before_a_profession_keeps_the_named_person(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("en", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The meal was prepared by registered dietitian Maria Kowal for the patients.",
        "The report was written by economist Rita Vance in 2019.",
        "Registered voters in Ashford received the ballot on Monday.",
    ],
)
def test_acts_by_a_described_person_stay_without_a_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []
