"""Session 39, lightverbs39 (#18): German light-verb phrases of saying and stance ("machte deutlich, dass …", "gab
zu bedenken", "erteilte eine Absage", "nahm Stellung", "stellte in Aussicht", "gab sich zuversichtlich", "sieht X
kritisch", "sieht in X eine Gefahr"), "sich bedanken", and nouns of a statement with "wonach" or a name in the
genitive of an apostrophe before them ("Olaf Scholz' Ankündigung, dass …"). Hand-made sentences, none taken from
a page; each rule has its near misses (the same verbs in another sense)."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a light verb with the word that makes it one, in verb-second and verb-final order
        ("Die Ministerin Jana Roth machte am Montag deutlich, dass sie bleiben werde.", "machte",
         "Die Ministerin Jana Roth"),
        ("Bürgermeister Udo Kranz hat klar gemacht, dass die Bäder geschlossen bleiben.", "gemacht",
         "Bürgermeister Udo Kranz"),
        ("Die Bürgermeisterin Eva Lenz hat ihre Position klar gemacht.", "gemacht", "Die Bürgermeisterin Eva Lenz"),
        ("Verbandschef Ole Brandt brachte seinen Ärger über die Entscheidung zum Ausdruck.", "brachte",
         "Verbandschef Ole Brandt"),
        ("Der Kämmerer Paul Weiß gab zu bedenken, dass die Kosten steigen würden.", "gab", "Der Kämmerer Paul Weiß"),
        ("Die Wirtschaftsministerin Ina Falk erteilte der Forderung nach Subventionen eine Absage.", "erteilte",
         "Die Wirtschaftsministerin Ina Falk"),
        ("Zu dem Streit nahm der Landrat Kurt Vogel am Abend Stellung.", "nahm", "der Landrat Kurt Vogel"),
        ("Die Gewerkschaft Verdi bezog klar Position gegen die Sonntagsöffnung.", "bezog", "Die Gewerkschaft Verdi"),
        ("Agrarminister Tom Lindner stellte den Bauern Entschädigungen in Aussicht.", "stellte",
         "Agrarminister Tom Lindner"),
        # a stance with the reflexive and an adjective of mood
        ("Kapitän Jonas Wolf gab sich vor dem Finale kämpferisch.", "gab", "Kapitän Jonas Wolf"),
        # "sehen" with a judgement: an adjective fronted or after the object, a noun of risk or need
        ("Skeptisch sieht die Ärztekammer Nordrhein die Pläne der Regierung.", "sieht", "die Ärztekammer Nordrhein"),
        ("Der Mieterverein München sieht in dem Gesetz eine Bedrohung für ältere Menschen.", "sieht",
         "Der Mieterverein München"),
        ("Die Stadtwerke Bonn sehen keinen Handlungsbedarf.", "sehen", "Die Stadtwerke Bonn"),
        # thanking says something (whom and for what)
        ("Landrätin Sabine Ott bedankte sich bei den Rettungskräften für ihren Einsatz.", "bedankte",
         "Landrätin Sabine Ott"),
    ],
)  # fmt: skip
def test_a_light_verb_phrase_is_a_cue(analyse: Analyse, text: str, cue: str, source: str) -> None:
    assert read.frames(analyse([("de", text)])) == [(cue, source)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Konzern machte im dritten Quartal deutlich mehr Umsatz.",  # an adverb of degree
        "Der Sportverein machte am Samstag den Aufstieg klar.",  # secured, nothing said
        "Der Wind machte die Straße am Deich frei.",
        "Der Stadtrat machte am Dienstag den Weg für die Brücke frei.",
        "Die Stadtverwaltung gab Anlass zu Bedenken.",  # a noun, not the phrase's "zu bedenken"
        "Die Firma erteilte dem Dachdecker einen Auftrag.",
        "Der Vorstand des Vereins nahm keine Stellung.",  # declined
        "Die Truppen bezogen die Stellung am Fluss.",
        "Die Mannschaft gab sich in der Verlängerung geschlagen.",  # not an adjective of mood
        "Der Förster sieht das Reh am Waldrand.",
        "Die Bilanz des Vereins sieht positiv aus.",  # "aussehen"
        "Der Entwurf sieht vor, dass die Gebühren sinken.",  # "vorsehen"
        "Der Bauer sieht in der Ferne ein Gewitter.",
    ],
)
def test_the_same_verbs_in_another_sense_are_no_cue(analyse: Analyse, text: str) -> None:
    assert read.frames(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Warnung von Kanzler Karl Brenner, wonach die Lage ernst sei, wurde kaum gehört.", "Karl Brenner"),
        ("Olaf Scholz' Ankündigung, dass die Steuern sinken, überraschte viele.", "Olaf Scholz"),
        ("Kanzler Hans Merz’ Aussage, dass die Schule bleibt, beruhigte die Eltern.", "Hans Merz"),
        # the genitive "s" of a full name (german44; a lone surname's is left alone, see _possessor_before)
        ("Jana Roths Aussage, dass die Schule bleibt, beruhigte die Eltern.", "Jana Roth"),
    ],
)
def test_a_noun_of_a_statement_with_wonach_or_a_genitive_name_before_it(
    analyse: Analyse, text: str, speaker: str
) -> None:
    assert read.main_names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Die Aussage des Zeugen wurde im Protokoll festgehalten.",
        "Deutschlands Forderung nach Hilfe wurde erfüllt.",  # no clause of what was said
        "Die Aussage von Jana Roth vor Gericht dauerte lange.",  # "vor" is a preposition here, no content
    ],
)
def test_a_noun_of_a_statement_without_what_was_said_is_no_cue(analyse: Analyse, text: str) -> None:
    assert read.frames(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Der Landkreis Celle reagierte am Montag und forderte mehr Geld vom Bund.", "forderte", "Der Landkreis Celle"),
        ("Am Montag kam der Minister Karl Ernst nach Berlin und betonte, dass die Lage ernst sei.", "betonte",
         "der Minister Karl Ernst"),
        ("Die Polizei nahm den Mann fest und erklärte, er sei bewaffnet gewesen.", "erklärte", "Die Polizei"),
    ],
)  # fmt: skip
def test_a_cue_after_und_shares_the_subject_of_the_clause_before(
    analyse: Analyse, text: str, cue: str, source: str
) -> None:
    assert read.frames(analyse([("de", text)])) == [(cue, source)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Preise stiegen im Mai und bestätigten den Trend.",  # no speaker before "und"
        "Als der Zug kam, stiegen alle ein und erklärten nichts.",  # not a simple clause before "und"
    ],
)
def test_a_cue_after_und_without_a_speaker_before_it_has_no_frame(analyse: Analyse, text: str) -> None:
    assert read.frames(analyse([("de", text)])) == []


def test_thanks_for_nothing_named_is_an_act(analyse: Analyse) -> None:
    doc = analyse([("de", "Landrätin Sabine Ott bedankte sich in einer Rede bei ihrem Mann und ihren Kindern.")])
    assert read.main_names(doc) == []
