"""Session 44, sweep44 (issue #18: untuned pages read as a fact-checker). The writer's own "I" outside any quotation
took the person quoted before it (a WIRED column: "“We use a machine learning model …,” they said in an email. … I
later found that many people …" credited the writer's findings to Instagram's spokesperson at 0.52); a post the
page embeds of someone it names and never quoted keeps its author. A span that ends on a plural noun of things
after the names that modify it names no speaker (BGR: "The Black Friday Apple deals promise to be even better …" made
a person "Black Friday Apple" at 0.74). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _sources(doc: Document) -> list[tuple[str, str | None]]:
    """(cue text, source entity) of every attribution."""
    texts = {sentence.id: block.text for block in doc.blocks for sentence in block.sentences}
    return [
        (texts[a.sentence][a.cue.start : a.cue.end], a.source.entity if a.source else None)
        for a in doc.attributions
        if a.cue is not None
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "writer_cues"),
    [
        (
            [
                "“We use a machine learning model to find such accounts,” the spokeswoman Anna Weber said in an email.",
                "I changed my own profile into a business one last month. I later found that many teenagers pick "
                "ironic business categories.",
            ],
            "Anna Weber",
            ["later found"],
        ),
        (
            [
                "“The numbers are wrong,” said Tom Berg, a spokesman for the ministry.",
                "I asked the ministry for its own figures. I found out that the office had counted every visit twice.",
            ],
            "Tom Berg",
            ["asked", "found out"],
        ),
    ],
)
def test_the_writers_i_is_not_the_person_quoted_before(
    analyse: Analyse, paragraphs: list[str], speaker: str, writer_cues: list[str]
) -> None:
    doc = analyse([("en", text) for text in paragraphs])
    assert [s.name for s in doc.speakers] == [speaker]
    sources = dict(_sources(doc))
    assert all(sources[cue] is None for cue in writer_cues)
    assert len(doc.speakers[0].attributions) == 1


def test_a_quoted_i_is_still_its_speaker(analyse: Analyse) -> None:
    doc = analyse([("en", "“I found that the data was wrong from the start,” said Maria Lopez, a statistician.")])
    assert [(s.name, len(s.attributions)) for s in doc.speakers] == [("Maria Lopez", 1)]


def test_an_embedded_post_keeps_the_person_the_page_named(analyse: Analyse) -> None:
    doc = analyse(
        [
            (
                "en",
                "Chief Minister Arvind Kejriwal turned to Twitter last month to describe his city as a gas chamber.",
            ),
            ("en", "I urge all Delhiites to use masks whenever needed."),
        ]
    )
    assert [s.name for s in doc.speakers if s.confidence >= 0.5] == ["Arvind Kejriwal"]


@pytest.mark.parametrize(
    "text",
    [
        "Black Friday 2019 is going to be huge. The Black Friday Apple deals promise to be even better than last year.",
        "The new Samsung phones promise to deliver better battery life than last year's models.",
        "The Apple deals said to be coming on Friday are the best of the year.",
    ],
)
def test_names_before_a_plural_of_things_name_no_speaker(analyse: Analyse, text: str) -> None:
    assert analyse([("en", text)]).speakers == []


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Trump administration promised to cut taxes for the middle class.", "Trump administration", "government"),
        ("Biden aides said the president would sign the bill.", "Biden aides", "anonymous"),
        ("The Manchester United fans said the club had betrayed them.", "Manchester United fans", "anonymous"),
        ("Minister Anna Berg promised to be transparent about the budget.", "Anna Berg", "person"),
    ],
)
def test_names_before_a_speaker_noun_still_speak(analyse: Analyse, text: str, name: str, kind: str) -> None:
    assert [(s.name, s.kind) for s in analyse([("en", text)]).speakers] == [(name, kind)]
