"""A headline's "Name: statement" label names a speaker only on evidence (issue #18, round 10), on hand-made pages.

A lone word before a colon may be a drug, a product or a topic ("Zolvatrimab: Neues Präparat …"); it is a person when it
speaks elsewhere on the page, comes with a first name or a title, or the page ties it to a title by apposition.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.speakers import SourceMention, resolve_speakers
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [("de", "Zolvatrimab: Neues Präparat senkt das Risiko deutlich"), ("de", "Die Studie lief zwei Jahre.")],
        [("es", "Zolvatrimab: aprueban el primer fármaco contra la gripe"), ("es", "El ensayo duró dos años.")],
    ],
)
def test_a_lone_word_label_without_evidence_names_no_speaker(analyse: Analyse, paragraphs) -> None:
    assert _names(analyse(paragraphs)) == []


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        # it speaks elsewhere on the page
        (
            [
                ("de", "Hofmeister: Keine neuen Regeln vor dem Herbst"),
                ("de", "Das sagte Hofmeister am Montag in Köln."),
            ],
            "Hofmeister",
        ),
        # the page ties it to a title by apposition
        (
            [
                ("de", "Hofmeister: Keine neuen Regeln vor dem Herbst"),
                ("de", "Gesundheitsministerin Petra Hofmeister war am Montag in Köln."),
            ],
            "Hofmeister",
        ),
        # a first name in the label itself
        (
            [("en", "Jane Hofmeister: We will not change the rules"), ("en", "The rules date from 2019.")],
            "Jane Hofmeister",
        ),
    ],
)
def test_a_label_with_evidence_of_a_person_keeps_its_speaker(analyse: Analyse, paragraphs, name: str) -> None:
    assert name in _names(analyse(paragraphs))


def test_an_upper_case_transcript_label_still_speaks() -> None:
    """Transcripts' upper-case labels ("PENCE: Well, look, …") are read as before, not as bare words."""
    resolutions, speakers = resolve_speakers([SourceMention("PENCE", "en", "a0", cue_lemma=":")])
    assert resolutions[0] is not None
    assert [speaker.name for speaker in speakers] == ["PENCE"]
