"""Session 43, review43a. "expects X to be in <place>" is a requirement only where no person expects it: a person's
pronoun, a title or a source noun as the subject ("The minister expects the economy to be in recession", "Analysts
expect the stock to be under pressure"), a name or a pronoun as what is expected ("Klopp expects Salah to be in the
line-up"), or a weekday ("in the squad on Saturday") make it a forecast with its speaker. An active "recall" of a
time lived ("recalled the day her father was arrested", "recalled his years in prison") or by "he"/"she" is a
memory, not a product taken back. A bare surname a person's pronoun takes up right after "but"/"because" is a
person's ("Peters said that it would take years, but he hoped …"). Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister expects the economy to be in recession.", "minister"),
        ("Analysts expect the stock to be under pressure.", "Analysts"),
        ("The coach expects the team to be in the final.", "coach"),
        ("The manager expects the new signing to be in the squad on Saturday.", "manager"),
        ("Klopp expects Salah to be in the starting line-up.", "Klopp"),
    ],
)
def test_a_place_someone_expects_is_a_forecast(analyse: Analyse, text: str, speaker: str) -> None:
    assert [s.name for s in analyse([("en", text)]).speakers] == [speaker]


def test_a_product_requirement_stays_no_statement(analyse: Analyse) -> None:
    assert analyse([("en", "Google expects the query to be in the URL.")]).speakers == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria Lopez recalled the day her father was arrested by the secret police.", "Maria Lopez"),
        ("The former minister recalled the moment the bomb exploded outside the embassy.", "former minister"),
        ("Smith recalled his years in prison as the worst of his life.", "Smith"),
    ],
)
def test_a_recalled_time_is_a_memory(analyse: Analyse, text: str, speaker: str) -> None:
    assert [s.name for s in analyse([("en", text)]).speakers] == [speaker]


def test_a_recalled_product_stays_no_statement(analyse: Analyse) -> None:
    assert analyse([("en", "Ford recalled 500,000 trucks over faulty brakes.")]).speakers == []


def test_a_pronoun_opening_the_next_clause_keeps_a_surname_a_person(analyse: Analyse) -> None:
    doc = analyse([("en", "Peters said that it would take years, but he hoped work could start soon.")])
    assert {s.name: s.kind for s in doc.speakers} == {"Peters": "person"}
