"""Review of session 43 (review43b): a bracket after a title that opens with a party's or a place's name, not a
person's, is no name of the title's holder ("La ministra (Izquierda Unida, Madrid) dijo": the speaker was
"Izquierda Unida", a person at 0.98). Its first word must pass the given-name test. Sentences written for this
test."""

from __future__ import annotations

import pytest

from sift.workbench import Workbench


@pytest.fixture(scope="module")
def workbench() -> Workbench:
    return Workbench(stages=("extract", "language", "segment", "attribution"))


def _names(workbench: Workbench, text: str) -> list[str]:
    return [speaker.name for speaker in workbench.check(("Titel\n\n" + text).encode(), kind="text").speakers]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "La ministra (Izquierda Unida, Madrid) dijo que el gobierno subirá los impuestos el próximo año.",
            "Izquierda Unida",
        ),
        ("La ministra (Nueva York, 2023) dijo que el plan fracasará sin apoyo.", "Nueva York"),
        ("The minister (New Zealand First) said the tax would rise next year.", "New Zealand First"),
    ],
)
def test_a_party_or_place_in_the_bracket_is_no_name(workbench: Workbench, text: str, wrong: str) -> None:
    assert wrong not in _names(workbench, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La ministra (Ana López, del PSOE) dijo que el plan fracasará sin apoyo.", "Ana López"),
        ("The minister (Jane Doe, Labour) said the tax would rise next year.", "Jane Doe"),
        ("Die Ministerin (Anna Müller, SPD) sagte, die Steuern würden steigen.", "Anna Müller"),
    ],
)
def test_a_person_in_the_bracket_is_still_the_speaker(workbench: Workbench, text: str, name: str) -> None:
    assert name in _names(workbench, text)


@pytest.mark.parametrize(
    "text",
    [
        "Laut einer Studie from China steigt die Zahl der Fälle.",
        "Selon une étude from China, le nombre de cas augmente.",
        "Laut einer Studie aus China steigt die Zahl der Fälle.",
    ],
)
def test_a_study_from_a_state_in_any_language_names_no_speaker(workbench: Workbench, text: str) -> None:
    assert "China" not in _names(workbench, text)
