"""Session 43, english43 (issue #18, English misfires on untuned pages). An active "recall" with a noun for its
object and no clause is a product taken back or a person summoned ("Ford recalled 500,000 trucks", "The government
recalled its ambassador"), no statement; "X recalled that …", "X recalled telling …" and "“…,” X recalled" keep
theirs. "expect" (or "require") with a "to be" in a place and no time to come is a requirement ("Google expects the
query to be in the URL": realpages dev11's notes, a product's behaviour), not a forecast ("expects inflation to fall
to 2 percent", "expects the economy to be in recession next year", "expects that …"). A bare company name is an
organisation where the page takes it up as a thing ("Apple has unveiled its laptop", "Boeing is one of the
companies", "Lyft said on Tuesday that it would cut …"): a common word opening the sentence before it ("Whatever
Apple did") and a person's pronoun in a later clause of another ("…, although many note he …") no longer give it a
person's shape. Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def _kinds(doc: Document) -> dict[str, str]:
    return {speaker.name: speaker.kind for speaker in doc.speakers}


@pytest.mark.parametrize(
    "text",
    [
        "Ford recalled nearly 500,000 pickup trucks last week because of a steering defect.",
        "The company recalled all batches of the infant formula in March.",
        "Nestlé has recalled its frozen pizzas after the bacteria were found.",
        "The government recalled its ambassador from Moscow.",
    ],
)
def test_a_recalled_thing_is_no_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Toyota recalled that the plant had been closed since 2019.", "Toyota"),
        ('"We never saw it coming," Maria Lopez recalled.', "Maria Lopez"),
        ("Meghan recalled telling the royals about her fears.", "Meghan"),
    ],
)
def test_a_recalled_memory_keeps_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("en", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    ["Google expects the query to be in the URL.", "The API expects the key to be in the request header."],
)
def test_a_required_place_is_no_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Google expects that sales will rise next year.", "Google"),
        ("The central bank expects inflation to fall to 2 percent next year.", "central bank"),
        ("Economists expect the economy to be in recession next year.", "Economists"),
        ("The company expects the deal to be completed by March.", "company"),
    ],
)
def test_a_forecast_keeps_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("en", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Whatever Apple did for the keyboard worked. Apple has unveiled its new laptop. Apple says the battery "
            "lasts 11 hours.",
            "Apple",
        ),
        (
            "Analysts like Boeing, although many note he has changed his mind. Boeing is one of the companies "
            "bidding on the contract. Boeing said the planes were safe.",
            "Boeing",
        ),
        ("Lyft said on Tuesday that it would cut 1,000 jobs.", "Lyft"),
        ("Gazprom said on Friday that its deliveries would resume.", "Gazprom"),
    ],
)
def test_a_company_taken_up_as_a_thing_is_an_organisation(analyse: Analyse, text: str, name: str) -> None:
    assert _kinds(analyse([("en", text)])).get(name) == "organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Johnson said on Monday that he would resign.", "Johnson"),
        ("When Merkel said on Monday that it was time to go, she meant it.", "Merkel"),
        ("Whatever Kellner said, she was clear. Kellner said the plan would fail.", "Kellner"),
    ],
)
def test_a_person_s_bare_surname_stays_a_person(analyse: Analyse, text: str, name: str) -> None:
    assert _kinds(analyse([("en", text)])).get(name) == "person"
