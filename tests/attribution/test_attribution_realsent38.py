"""German frames found wrong on real paragraphs of pages no one tuned on (session 38, issue #18).

Every sentence here is written for the test, after a frame the real-sentence probe of helper realsent38 found
missed: whom a speaker addressed after "gegenüber" when no outlet list holds it ("gegenüber TE"), a broadcaster or a
paper after "im"/"in" ("sagte X in »CNN«"), a named subject whose sentence opens a quotation with a colon whatever
its verb ("X begründet das so: „…“"), and the issuer a hyphenated compound names ("laut des WHO-Lageberichts").
"""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        ("Die Bürgermeisterin Petra Lindner äußerte gegenüber LZO ihre Sorge über die Pläne.", "LZO"),
        ("Der Vorsitzende Jan Peters sagte gegenüber dem NWZ, man werde die Klage prüfen.", "NWZ"),
    ],
)
def test_an_acronym_after_gegenueber_is_whom_the_speaker_told(analyse: Analyse, text: str, relay: str) -> None:
    doc = analyse([("de", text)])
    assert len(doc.speakers) == 1 and doc.speakers[0].kind == "person"
    assert read.relays(doc) == [relay]


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister Karl Brandt sagte gegenüber Merkel, die Lage sei ernst.",
        "Die Ministerin Lea Voss äußerte sich kritisch gegenüber Frankreich und den Niederlanden.",
    ],
)
def test_a_person_or_a_place_after_gegenueber_relays_nothing(analyse: Analyse, text: str) -> None:
    assert read.relays(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        ("Die Virologin Sandra Ciesek sagte in »CNN«, die Zahlen seien zu niedrig.", "CNN"),
        ("Gesundheitsminister Tom Berger sagte im ZDF, die Lage bleibe angespannt.", "ZDF"),
    ],
)
def test_a_known_outlet_after_in_is_the_relay(analyse: Analyse, text: str, relay: str) -> None:
    doc = analyse([("de", text)])
    assert list(read.kinds(doc).values()) == ["person"]
    assert read.relays(doc) == [relay]
    text_of = doc.blocks[0].text
    assert all(not text_of[a.content.start : a.content.end].startswith(("»", "«")) for a in doc.attributions)


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin Lea Voss sagte im Bundestag, die Lage sei ernst.",
        "„Wir wollen enger zusammenarbeiten“, schreiben Rom und Madrid im „Vertrag von Neapel“.",
    ],
)
def test_a_place_or_a_quoted_treaty_after_in_relays_nothing(analyse: Analyse, text: str) -> None:
    assert read.relays(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Landrat Peter Hoffmann begründet den Schritt so: „Sicherheit geht vor.“", "Peter Hoffmann"),
        ("Die Trainerin Maria Keller blickt nüchtern auf die Saison: „Wir haben viel gelernt.“", "Maria Keller"),
    ],
)
def test_a_named_subject_opening_a_quotation_with_a_colon_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert read.kinds(doc) == {speaker: "person"}
    assert not doc.speakers[0].is_uncertain


@pytest.mark.parametrize(
    "text",
    [
        "Der Film heißt: „Die Brücke am Fluss“.",
        "Die Mannschaft von Borussia Dortmund spielt heute: „Die Gelben“ treten in Schwarz an.",
        "Sie findet das Buch spannend: „Ein Sommer in Rom“.",
    ],
)
def test_a_colon_before_a_title_or_after_no_name_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert read.kinds(analyse([("de", text)])) == {}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut des WHO-Jahresberichts erkrankten 2022 mehr als 200 Millionen Menschen an Malaria.", "WHO"),
        ("Laut RKI-Angaben stieg die Zahl der Fälle im Oktober um zwölf Prozent.", "RKI"),
    ],
)
def test_an_issuer_before_a_hyphenated_report_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert read.kinds(doc) == {speaker: "organisation"}


def test_a_hyphenated_report_of_a_topic_names_no_one(analyse: Analyse) -> None:
    doc = analyse([("de", "Laut einer Corona-Studie stieg die Zahl der Fälle im Oktober um zwölf Prozent.")])
    assert read.kinds(doc) == {}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ein Regierungsberater sagt: „Niemand hat mit dieser Entscheidung gerechnet.“", "Regierungsberater"),
        ("„Hier ist es seit Tagen ruhig“, sagt eine Polizistin am Bahnhof.", "Polizistin"),
    ],
)
def test_an_adviser_or_a_police_officer_is_an_anonymous_source_shown_as_fact(
    analyse: Analyse, text: str, speaker: str
) -> None:
    doc = analyse([("de", text)])
    assert read.kinds(doc) == {speaker: "anonymous"}
    assert doc.speakers[0].shown_as_fact(doc.attributions)


def test_reported_speech_opening_a_paragraph_continues_the_report_before_it(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "„Die Fähre war früher jeden Tag voll“, erinnert sich Karin Albers."),
            ("de", "Heute sei die Fähre oft halb leer. Das Geld habe einfach nicht gereicht."),
        ]
    )
    assert read.kinds(doc) == {"Karin Albers": "person"}
    continued = [a for a in doc.attributions if a.block_id == "b1"]
    assert continued and all(a.frame_block == "b0" for a in continued)
    assert not doc.speakers[0].is_uncertain


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the paragraph before reports no one: the writer's own Konjunktiv has no speaker
        ["Die Ministerin besuchte am Montag die Schule in Lingen.", "Die Lage sei ernst, die Räume seien zu klein."],
        # a sentence of the writer's own stands between the report and the paragraph's end
        [
            "„Wir bleiben offen“, sagt Karin Albers. Sie wohnt seit zwanzig Jahren in Lingen.",
            "Die Lage sei ernst, die Räume seien zu klein.",
        ],
    ],
)
def test_reported_speech_after_a_paragraph_not_ending_in_a_report_is_lent_to_no_one(
    analyse: Analyse, paragraphs: list[str]
) -> None:
    doc = analyse([("de", text) for text in paragraphs])
    assert not [a for a in doc.attributions if a.block_id == "b1" and a.frame_block == "b0"]


def test_a_verb_closing_a_subject_relative_reports_nothing_of_the_sentence_before(analyse: Analyse) -> None:
    text = (
        "„Ohne die Pendler stünden die Werkstätten still“, erklärt Lena Vogt, die seit Jahren für den Rundfunk über "
        "Belgien, Dänemark und Polen berichtet."
    )
    assert read.kinds(analyse([("de", text)])) == {"Lena Vogt": "person"}


def test_a_verb_closing_a_sentence_after_its_subject_still_reports(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Schule bleibe geschlossen, hat eine Sprecherin der Stadt am Montag bestätigt.")])
    assert read.kinds(doc) == {"Sprecherin der Stadt": "anonymous"}
