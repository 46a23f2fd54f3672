"""Session 38, lead: a programme's list of named speakers says nothing, a list that said something fronted as a
pronoun does (speakers20's programme rule against review38's whole-list reading); a quoted outlet after "laut" is
the source (its closing mark was), and a subject after a dative outlet speaks through it ("sagte der dpa ein
Sprecher": the agency was the speaker)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _shown(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Beim Sommerfest sprechen Anna Beispiel (parteilos), Jonas Muster (Grüne) und Eva Probe vom Bürgerverein.",
        "Am Abend reden Tom Muster (Verdi), Lena Test (SPD) und Ole Probe aus dem Stadtrat.",
    ],
)
def test_a_programme_listing_speakers_with_an_affiliation_says_nothing(analyse: Analyse, text: str) -> None:
    assert _shown(analyse([("de", text)])) == []


def test_a_fronted_pronoun_is_what_the_listed_speakers_said(analyse: Analyse) -> None:
    doc = analyse([("de", "Das sagten Anna Beispiel (SPD), Jonas Muster und Eva Probe vom Bürgerverein.")])
    assert _shown(doc) == ["Anna Beispiel", "Jonas Muster", "Eva Probe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut dem „Handelsblatt“ steigen die Preise im Herbst.", "Handelsblatt"),
        ("Laut der „Süddeutschen Zeitung“ steigen die Preise im Herbst.", "Süddeutsche Zeitung"),
    ],
)
def test_a_quoted_outlet_after_laut_is_the_source(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert _shown(doc) == [speaker]
    assert all(not attribution.via for attribution in doc.attributions)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir sind bereit“, sagte der dpa ein Sprecher.", "Sprecher"),
        ("„Wir sind bereit“, sagte dem „Spiegel“ der Minister Hans Meier.", "Hans Meier"),
    ],
)
def test_a_subject_after_a_dative_outlet_speaks_through_it(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert _shown(doc) == [speaker]
    assert [len(a.via) for a in doc.attributions] == [1]


def test_a_quoted_table_after_laut_names_nobody(analyse: Analyse) -> None:
    assert _shown(analyse([("de", "Laut der „Wahren Tabelle“ wäre der Verein heute Meister.")])) == []


def test_a_pronoun_after_a_name_with_its_age_in_brackets_is_that_person(analyse: Analyse) -> None:
    """realpages dev12 r12-002 (looked at after its one measurement): "Gunthild Schön (77) blättert …" introduces
    whom "sagt sie" stands for; the age bracket hid the name, and the pronoun went to the page's last speaker."""
    text = (
        "„Wir haben schon viel Geld“, erklärt Pastor Jan Beispiel. Erika Muster (77) blättert in einem Buch. "
        "„Das würde gut passen“, sagt sie lachend."
    )
    assert _shown(analyse([("de", text)])) == ["Jan Beispiel", "Erika Muster"]


def test_a_bracketed_short_form_inside_a_title_list_keeps_the_name_after_it(analyse: Analyse) -> None:
    """realpages dev12 r12-015: the short form in brackets cut the span, leaving the first title as the speaker."""
    text = "Das sagte der Präsident der 27. UN-Klimakonferenz (COP27) und ägyptische Außenminister Samir Beispiel."
    assert _shown(analyse([("de", text)])) == ["Samir Beispiel"]


@pytest.mark.parametrize(
    "text",
    [
        "Am 29. Oktober warnte die Gemeinde Beispielbach vor belastetem Leitungswasser.",
        "Am Samstag, 29. Oktober warnte die Gemeinde Beispielbach vor belastetem Leitungswasser.",
    ],
)
def test_a_fronted_date_is_no_speaker(analyse: Analyse, text: str) -> None:
    """realpages dev12 r12-011: "Oktober" spoke (HanTa reads "Am" before a figure as foreign material, and the day's
    full stop ended the phrase); the municipality after the cue is the speaker, a government."""
    doc = analyse([("de", text)])
    assert [(s.name, s.kind) for s in doc.speakers] == [("Gemeinde Beispielbach", "government")]


def test_a_colon_frame_before_a_quotation_paragraph_keeps_its_relay(analyse: Analyse) -> None:
    doc = analyse([("en", "Jane Example told Reuters on Monday:"), ("en", "“We will rebuild the bridge by spring.”")])
    assert _shown(doc) == ["Jane Example"]
    assert [[relay.source.entity for relay in a.via] for a in doc.attributions] == [["Reuters"]]


def test_a_konjunktiv_paragraph_continues_the_report_before_it(analyse: Analyse) -> None:
    """The German reader's own lexicon reads "gehe … hervor" in the second sentence; the plain language row did not,
    and the continuation ran into it and was dropped."""
    doc = analyse(
        [
            ("de", "„Es war ein harter Winter“, erinnert sich Peter Beispiel."),
            ("de", "Die Lage sei ernst. Dies gehe aus einem Bericht der Behörde hervor."),
        ]
    )
    assert any(a.sentence == "b1.s0" and a.frame_block == "b0" for a in doc.attributions)
