"""Session 44, review44a. A speaker label's text is the labelled speaker's, as a quotation is: the first-person "I"
of a transcript ("Ross: I think the bank raised rates too late") is the labelled speaker, not the page's writer
(sweep44's writer rule had dropped the labelled speaker below the line). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def test_the_i_after_a_speaker_label_is_the_labelled_speaker(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("en", "We spoke to the economist Jane Ross about inflation."),
            ("en", "Q: What went wrong?"),
            ("en", "Ross: I think the central bank raised rates too late. I warned about this in 2021."),
            ("en", "Q: What comes next?"),
            ("en", "Ross: I expect prices to keep rising. Wages will not keep up, I fear."),
        ]
    )
    assert [s.name for s in doc.speakers if s.confidence >= 0.5] == ["Ross"]


def test_the_writers_i_after_a_quotation_is_still_no_one(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("en", "“The rent has doubled since spring,” said Maria Lopez, a tenant in Queens."),
            ("en", "I asked the landlord for his own figures. I found out that the rent had risen by a third."),
        ]
    )
    assert [(s.name, len(s.attributions)) for s in doc.speakers] == [("Maria Lopez", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Google said the tool was safe. They added that it would launch in May.",
        "Tesla said deliveries fell in the spring. They blamed the weather in Europe.",
    ],
)
def test_they_after_a_bare_company_name_is_the_company(analyse: Analyse, text: str) -> None:
    doc = analyse([("en", text)])
    assert [(s.name, len(s.attributions)) for s in doc.speakers] == [(text.split()[0], 2)]


def test_they_is_still_no_person_named_in_full(analyse: Analyse) -> None:
    doc = analyse(
        [("en", "“The plan is dead,” said Anna Kowal. The unions were furious. They said the strike would go on.")]
    )
    assert [(s.name, len(s.attributions)) for s in doc.speakers] == [("Anna Kowal", 1)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister rejected a letter from the unions, saying it was full of errors.", "minister"),
        ("The regulator dismissed a report from the watchdog, calling it biased and incomplete.", "regulator"),
        (
            "Residents received a notice from the city council last week, warning that the water was unsafe.",
            "city council",
        ),
    ],
)
def test_a_rejected_message_leaves_the_participle_to_the_subject(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("en", text)])
    assert [s.name for s in doc.speakers if s.confidence >= 0.5] == [speaker]
