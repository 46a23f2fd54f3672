"""English junk speakers from news-wire conventions (issue #18, english15): a dateline, a legislator's party tag and
the day or month a statement was made are no speakers; the person they frame is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution import SPACY_MODELS, load_english_model
from sift.attribution.english import find_frames
from sift.attribution.spacy_models import load_pipeline
from sift.attribution.speakers import SourceMention, _without_dateline_party_time, read_source
from sift.document import Document
from sift.lexicon.gazetteer import build_gazetteer
from sift.pipeline import Resources

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> set[str]:
    return {speaker.name for speaker in doc.speakers}


@pytest.mark.parametrize(
    ("text", "speaker", "junk"),
    [
        ("State Sen. Orla Pennock (D) said the filibuster would last all night.", "Orla Pennock", "D"),
        ("Sen. Brant Ulvey (I-Vt.) said the wage would rise within two years.", "Brant Ulvey", "Vt"),
        ("Rep. Kiera Lomax (R-Tenn.) said the bill would pass next week.", "Kiera Lomax", "Tenn"),
        ("HALVERSTON (Reuters) - Delia Quorvane said the plant would close in spring.", "Delia Quorvane", "HALVERSTON"),
        ("NEW BRAXTON, Ore. — Tobin Achterberg said the count would finish on time.", "Tobin Achterberg", "BRAXTON"),
        ("Dec 12 (Reuters) - Mirela Santoro said the talks had failed.", "Mirela Santoro", "Dec"),
        ("Inside the hall, Pell Varkonyi on Tuesday dismissed the plan as wasteful.", "Pell Varkonyi", "Tuesday"),
        ("At the rally, Ivo Marchetti during a Sunday called the union a sponsor.", "Ivo Marchetti", "Sunday"),
        ("On Tuesday Keeler said the plan was sound.", "Keeler", "Tuesday"),  # the parser's "Tuesday Keeler"
    ],
)
def test_the_person_speaks_not_the_dateline_party_or_day(analyse: Analyse, text: str, speaker: str, junk: str) -> None:
    names = _names(analyse([("en", text)]))
    assert any(speaker in name for name in names), names
    assert not any(junk in name.split() or name == junk for name in names), names


def test_a_day_that_is_a_subject_by_a_misparse_is_no_speaker(analyse: Analyse) -> None:
    doc = analyse([("en", "The tentative deal with the Harlow union, announced Friday, would last four years.")])
    assert "Friday" not in _names(doc)


def test_a_month_alone_may_be_a_name() -> None:
    mention = SourceMention("June Okafor", "en", "a1")
    assert _without_dateline_party_time(mention) is mention
    said = SourceMention("Theresa Mayfield on May 3", "en", "a1")
    assert _without_dateline_party_time(said).text.strip() == "Theresa Mayfield"


def test_blanking_keeps_offsets_and_other_languages_alone() -> None:
    mention = SourceMention("Sen. Brant Ulvey (D-Ore.)", "en", "a1", start=40)
    cleaned = _without_dateline_party_time(mention)
    assert len(cleaned.text) == len(mention.text) and cleaned.text.rstrip() == "Sen. Brant Ulvey"
    german = SourceMention("BERLIN (dpa) - Der Minister", "de", "a1")
    assert _without_dateline_party_time(german) is german


def test_a_bracketed_short_form_is_not_a_party_tag() -> None:
    mention = SourceMention("the Rural Freight Council (RFC)", "en", "a1")
    assert _without_dateline_party_time(mention) is mention


def test_a_quoted_show_title_is_no_speaker_in_english_only() -> None:
    gazetteer = build_gazetteer()
    assert read_source(SourceMention("“Harbor Hour,”", "en", "a1"), gazetteer).kind == "none"
    assert read_source(SourceMention("„Bild“", "de", "a1"), gazetteer).kind == "outlet"  # German quotes outlets


def test_what_someone_can_expect_is_a_supposition(resources: Resources) -> None:
    nlp = load_pipeline(SPACY_MODELS["en"])
    text = "This means that should Farrow become the nominee, she can expect a portion of those voters to defect."
    frames = find_frames(nlp(text), load_english_model())
    expect = [frame for frame in frames if "expect" in text[frame.cue[0] : frame.cue[1]]]
    assert expect and all(frame.hypothetical for frame in expect)


def test_a_group_on_a_place_is_the_group(analyse: Analyse) -> None:
    text = "Republicans on Capitol Hill seized on the memo from Varga, arguing that it showed intent."
    names = _names(analyse([("en", text)]))
    assert not any("Capitol" in name for name in names), names
