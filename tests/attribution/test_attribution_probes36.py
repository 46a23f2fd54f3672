"""English and German news frames a probe of hand-written sentences found read wrong (issue #18, probes36)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def _relays(doc: Document) -> list[str]:
    block = doc.blocks[0]
    return [block.text[relay.source.start : relay.source.end] for a in doc.attributions for relay in a.via]


def _contents(doc: Document) -> list[str]:
    block = doc.blocks[0]
    return [block.text[a.content.start : a.content.end] for a in doc.attributions]


@pytest.mark.parametrize(
    ("text", "speaker", "relay"),
    [
        (
            "Im Interview mit dem „Spiegel“ sagte Gesundheitsminister Karl Lauterbach, die Reform komme zu spät.",
            "Karl Lauterbach",
            "Spiegel",
        ),
        (
            "Im Gespräch mit der „Süddeutschen Zeitung“ sagte Friedrich Merz, die Reform komme zu spät.",
            "Friedrich Merz",
            "Süddeutschen Zeitung",
        ),
    ],
)
def test_a_title_in_quotes_inside_an_opening_phrase_is_no_quotation(
    analyse: Analyse, text: str, speaker: str, relay: str
) -> None:
    # the closing quote before the cue read as "„…“, sagte X": the phrase was what X said, and no relay
    doc = analyse([("de", text)])
    assert _speakers(doc) == [speaker]
    assert _contents(doc) == ["die Reform komme zu spät"]
    assert _relays(doc) == [relay]


def test_a_quotation_before_the_cue_is_still_what_was_said(analyse: Analyse) -> None:
    doc = analyse([("de", "„Die Reform kommt zu spät“, sagte Gesundheitsminister Karl Lauterbach.")])
    assert _speakers(doc) == ["Karl Lauterbach"]
    assert _contents(doc) == ["„Die Reform kommt zu spät“"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wie die „Süddeutsche Zeitung“ berichtet, will der Autobauer 1500 Stellen streichen.", "Süddeutsche Zeitung"),
        (
            "Wie die „Frankfurter Allgemeine Zeitung“ berichtet, will der Autobauer 1500 Stellen streichen.",
            "Frankfurter Allgemeine Zeitung",
        ),
        ("Wie die „Zeit“ berichtet, will der Autobauer 1500 Stellen streichen.", "die Zeit"),
    ],
)
def test_an_outlet_s_name_in_quotes_is_shown_without_them(analyse: Analyse, text: str, speaker: str) -> None:
    # the tagger reads „ and “ as "X", not punctuation: the name was "„Süddeutsche Zeitung“"
    assert _speakers(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Senators Elizabeth Warren and Bernie Sanders said in a joint letter that the merger should be blocked.",
            ["Bernie Sanders", "Elizabeth Warren"],
        ),
        ("Warren and Sanders said in a joint letter that the merger should be blocked.", ["Sanders", "Warren"]),
    ],
)
def test_that_after_a_setting_noun_opens_what_was_said_when_no_object_is_missing(
    analyse: Analyse, text: str, speakers: list[str]
) -> None:
    # the parser made "that" the object of a relative clause on "letter", whose passive has its own subject
    doc = analyse([("en", text)])
    assert sorted(_speakers(doc)) == speakers
    assert _contents(doc) == ["that the merger should be blocked"]


def test_a_relative_clause_on_a_setting_noun_is_not_what_was_said(analyse: Analyse) -> None:
    doc = analyse([("en", "The senators said in a letter that they signed on Monday that the deal was bad.")])
    assert not any(content.startswith("that they signed") for content in _contents(doc))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The company will cut 1,200 jobs, Chief Financial Officer Mark Hendricks told analysts on a call.",
            "Mark Hendricks",
        ),
        ("Chief Medical Officer Chris Whitty said the risk to the public remained low.", "Chris Whitty"),
        ("Chief Operating Officer Jane Fraser said the bank would cut costs.", "Jane Fraser"),
    ],
)
def test_a_source_noun_after_a_title_ends_the_title(analyse: Analyse, text: str, speaker: str) -> None:
    # was "Financial Officer Mark Hendricks": only "Chief" was a title noun
    assert _speakers(analyse([("en", text)])) == [speaker]


def test_a_title_in_quotes_after_an_inverted_subject_is_read_to_its_closing_mark(analyse: Analyse) -> None:
    # the subject's phrase stopped at "Bild" (before the lower-case "am"): no relay
    text = "Der Kanzler habe die Lage falsch eingeschätzt, sagte CDU-Chef Friedrich Merz der „Bild am Sonntag“."
    doc = analyse([("de", text)])
    assert _speakers(doc) == ["Friedrich Merz"]
    assert _relays(doc) == ["Bild am Sonntag"]


def test_a_title_in_quotes_told_is_an_outlet_whatever_its_last_word(analyse: Analyse) -> None:
    # "Sonntagszeitung" is no outlet word the gazetteer ends a name with: no relay
    text = "Die Lage sei ernst, sagte Friedrich Merz der „Frankfurter Allgemeinen Sonntagszeitung“."
    doc = analyse([("de", text)])
    assert _speakers(doc) == ["Friedrich Merz"]
    assert _relays(doc) == ["Frankfurter Allgemeinen Sonntagszeitung"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Das berichtete die Nachrichtenagentur dpa am Montag.", "dpa"),
        ("Die Zeitung Bild berichtete, der Verdächtige sei polizeibekannt gewesen.", "Bild"),
        ("Die Zeitung berichtete, der Verdächtige sei polizeibekannt gewesen.", "Zeitung"),
    ],
)
def test_the_name_after_an_outlet_noun_is_the_outlet_s(analyse: Analyse, text: str, speaker: str) -> None:
    # was "Nachrichtenagentur dpa", "Zeitung Bild": the description kept its noun
    assert _speakers(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text", ['The sign said "No entry after 6pm", but the gate was open.', 'The sign said "No Entry", but it was open.']
)
def test_a_quotation_after_the_cue_is_no_relay(analyse: Analyse, text: str) -> None:
    assert _relays(analyse([("en", text)])) == []


def test_a_speaker_s_label_is_no_relay_of_what_the_speaker_says_in_the_first_person(analyse: Analyse) -> None:
    # "Lagarde:" chained with "We expect …" inside it and became that statement's relay
    doc = analyse([("en", "Lagarde: We expect inflation to come down gradually over the summer.")])
    assert _relays(doc) == []
    block = doc.blocks[0]
    assert "Lagarde" in [block.text[a.source.start : a.source.end] for a in doc.attributions if a.source]


def test_a_title_in_quotes_after_an_english_cue_is_no_relay(analyse: Analyse) -> None:
    # PolNeAR dev: English datives have no word of their own, so "said the “…”" is what was said, not who heard it
    text = "Clinton said the “Justice Against Sponsors of Terrorism Act” was passed by Congress with wide support."
    doc = analyse([("en", text)])
    assert _relays(doc) == []
