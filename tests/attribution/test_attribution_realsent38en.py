"""English frames found wrong on real paragraphs of pages no one had tuned on (session 38, issue #18, realsent38en).

Each case is a sentence written for the test (not copied from a page) with the shape of the failures counted there:
a firm's or band's name ending on a plural ("Dick Clark Productions", "The Doobie Brothers") read as a person; a
body's description followed by its name ("The company that runs the awards, X Productions, denies …") naming the
description; a surname the tagger takes for a common word or an adverb ("“…,” Lopes said", "says Early") leaving
the statement with no speaker; titles run together before a full name ("chairman, CEO and president X",
"Wikileaks editor-in-chief X") read as a title or as nothing; and "continued", "projects", "forecast" as verbs of
saying.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in doc.speakers if not s.is_uncertain]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbor Lane Productions said the film would open in May.", ("Harbor Lane Productions", "organisation")),
        ("The Marlow Brothers announced a reunion tour on Friday.", ("Marlow Brothers", "organisation")),
        ("Silver Creek Records denied that the singer owed it money.", ("Silver Creek Records", "organisation")),
    ],
)
def test_a_firm_named_with_a_plural_is_an_organisation(analyse: Analyse, text: str, speaker: tuple[str, str]) -> None:
    assert _speakers(analyse([("en", text)])) == [speaker]


def test_a_plural_surname_stays_a_person(analyse: Analyse) -> None:
    assert _speakers(analyse([("en", "Lena Banks said the rule would stay.")])) == [("Lena Banks", "person")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The firm that runs the festival, Harbor Lane Productions, denies that a deal was reached.",
            ("Harbor Lane Productions", "organisation"),
        ),
        (
            "The group that holds the rights to her first albums, Blue Owl, says she may sing them on stage.",
            ("Blue Owl", "organisation"),
        ),
    ],
)
def test_a_described_body_speaks_under_the_name_after_it(analyse: Analyse, text: str, speaker: tuple[str, str]) -> None:
    assert _speakers(analyse([("en", text)])) == [speaker]


def test_a_described_body_without_a_name_keeps_its_description(analyse: Analyse) -> None:
    doc = analyse([("en", "The company, which is based in Ohio, said profits fell.")])
    assert _speakers(doc) == [("company", "organisation")]


def test_a_surname_the_tagger_misreads_after_a_quotation_speaks(analyse: Analyse) -> None:
    doc = analyse([("en", '"The samples will tell us a great deal," Lopes said.')])  # "Lopes": a noun to the tagger
    assert _speakers(doc) == [("Lopes", "person")]


def test_a_capitalised_word_opening_a_sentence_is_no_surname(analyse: Analyse) -> None:
    assert _speakers(analyse([("en", "Early said the plan would fail.")])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Sales were lower than we hoped," chairman, CEO and president Martin Okafor said in the release.',
            "Martin Okafor",
        ),
        ('Openleaks editor-in-chief Sigrun Halldorsdottir said: "We will publish the files."', "Sigrun Halldorsdottir"),
    ],
)
def test_titles_run_together_before_a_full_name_leave_the_name(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("en", text)])) == [(speaker, "person")]


def test_a_name_after_a_title_is_kept(analyse: Analyse) -> None:
    doc = analyse([("en", "Health Minister Jane Doe said the plan works.")])
    assert _speakers(doc) == [("Jane Doe", "person")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are on track with these investments," Okafor continued.', ("Okafor", "person")),
        (
            "The Budget Office projects that the tariffs will cut output by 0.3 percent next year.",
            ("Budget Office", "organisation"),
        ),
    ],
)
def test_continue_and_project_report_statements(analyse: Analyse, text: str, speaker: tuple[str, str]) -> None:
    assert _speakers(analyse([("en", text)])) == [speaker]


def test_continuing_an_action_is_no_statement(analyse: Analyse) -> None:
    assert _speakers(analyse([("en", "The retailer continued to grow in the third quarter.")])) == []
