"""Session 43, telling43 (issue #18, quotes given to the wrong person on untuned English pages, found by sweep43).
The one a participle of telling addresses is never its speaker ("“…,” Anna Brandt weighed in, telling Peter Olsen,
“…”": Brandt, not Olsen), and the words the verb it hangs on says of itself ("weighed in", "said on Monday") are
no part of what was told. A speaker named again as the subject of a verb that reports nothing ("Buser, however, is
counting on …") is the one a pronoun after it takes, not the last to speak. A surname the parser reads as an
adverb inside a sentence ("…, but Early still says …") is the reporting verb's subject. Sentences and names are
invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Attribution, Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def _text(doc: Document, attribution: Attribution, part: str) -> str:
    text = next(block.text for block in doc.blocks if block.id == (attribution.frame_block or attribution.block_id))
    mention = getattr(attribution, part)
    return text[mention.start : mention.end] if mention is not None else ""


def _speaker_of(doc: Document, quote: str) -> str | None:
    """The speaker of the attribution whose content holds ``quote``."""
    for attribution in doc.attributions:
        content = next(block.text for block in doc.blocks if block.id == attribution.block_id)
        if quote in content[attribution.content.start : attribution.content.end] and attribution.source is not None:
            return attribution.source.entity
    return None


@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        (
            '"We all miss her so much," Anna Brandt weighed in, telling Peter Olsen, "but the work goes on."',
            "Anna Brandt",
            "Peter Olsen",
        ),
        (
            '"The vote is rigged," Paula Stern said on Monday, warning Governor Ted Ames, "and we will prove it."',
            "Paula Stern",
            "Ted Ames",
        ),
    ],
)
def test_the_one_told_is_no_speaker(analyse: Analyse, text: str, speaker: str, addressee: str) -> None:
    doc = analyse([("en", text)])
    assert _names(doc) == [speaker]
    assert addressee not in [a.source.entity for a in doc.attributions if a.source is not None]


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ('"We all miss her so much," Anna Brandt weighed in, telling Peter Olsen, "but the work goes on."', "in"),
        (
            '"The vote is rigged," Paula Stern said on Monday, warning Governor Ted Ames, "and we will prove it."',
            "on Monday",
        ),
    ],
)
def test_the_verbs_own_words_are_not_told(analyse: Analyse, text: str, junk: str) -> None:
    doc = analyse([("en", text)])
    assert junk not in [_text(doc, a, "content") for a in doc.attributions]


def test_a_name_between_commas_after_a_finite_verb_still_speaks(analyse: Analyse) -> None:
    text = "This system, says Otto Brenner, an immunologist at the University of Wessex, may explain the results."
    assert _names(analyse([("en", text)])) == ["Otto Brenner"]


def test_a_speaker_named_again_takes_the_pronoun(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("en", '"We need more games," says Lewis Ward.'),
            ("en", "Jack Buser, director at Google, said the launch went well."),
            ("en", '"It works," Ward says.'),
            ("en", 'Buser, however, is counting on the new service. "This is where you will see the jump," he says.'),
        ]
    )
    assert _speaker_of(doc, "This is where you will see the jump") == "Jack Buser"


def test_the_last_speaker_keeps_the_pronoun_when_no_one_is_named_again(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("en", '"We need more games," says Lewis Ward.'),
            ("en", "Jack Buser, director at Google, said the launch went well."),
            ("en", 'The service is counting on its catalogue. "This is where you will see the jump," he says.'),
        ]
    )
    assert _speaker_of(doc, "This is where you will see the jump") == "Jack Buser"


@pytest.mark.parametrize(
    ("second", "content"),
    [
        (
            "In places like Denver, bandwidth is less of an issue, but Early still says Ubisoft are believers.",
            "Ubisoft are believers",
        ),
        ("While the lineup is light, Early says there is a possibility of new games.", "there is a possibility"),
    ],
)
def test_a_surname_read_as_an_adverb_speaks(analyse: Analyse, second: str, content: str) -> None:
    doc = analyse([("en", '"Streaming is binary," says Chris Early, a vice president at Ubisoft.'), ("en", second)])
    assert _speaker_of(doc, content) == "Chris Early"


def test_a_pronoun_after_a_surname_read_as_an_adverb(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("en", '"Streaming is binary," says Chris Early, a vice president at Ubisoft.'),
            ("en", '"The groundwork is there," Jack Buser says.'),
            (
                "en",
                'While the lineup is light, Early says there is a possibility. "Our aim is the best game," he says.',
            ),
        ]
    )
    assert _speaker_of(doc, "Our aim is the best game") == "Chris Early"


@pytest.mark.parametrize(
    "text",
    [
        "The report was late. However, officials said it would come out.",
        '"Prices will rise," Helen Park told reporter Tom Giles.',
    ],
)
def test_subjects_stay(analyse: Analyse, text: str) -> None:
    doc = analyse([("en", text)])
    assert all(a.source is not None and a.source.entity != "Tom Giles" for a in doc.attributions if a.confidence >= 0.5)


@pytest.mark.parametrize(
    "between",
    ["Tom Kessler runs the studio in Austin.", "The studio hired Tom Kessler in 2019."],
)
def test_a_pronoun_past_another_full_name_is_uncertain(analyse: Analyse, between: str) -> None:
    doc = analyse(
        [("en", '"We need more games," says Lewis Ward.'), ("en", between + ' "Nothing was built," he says.')]
    )
    told = [a for a in doc.attributions if a.source is not None and a.source.entity == "Lewis Ward"]
    assert [a.confidence < 0.5 for a in told] == [False, True]


def test_a_pronoun_right_after_its_speaker_stays_sure(analyse: Analyse) -> None:
    doc = analyse([("en", '"We need more games," says Lewis Ward. "Nothing was built," he says.')])
    assert [a.confidence >= 0.5 for a in doc.attributions] == [True, True]
