"""Which speaker a German source span names (issue #18, names39): the person before the body they belong to
("X von der Y", "X, von der Y", "X aus dem Y"), with a surname the tagger reads as a common noun ("Trio",
"Rauch"); each conjunct of coordinated sources ("A sowie B", "sowohl A als auch B", "laut A und B", "der Titel X und
Titel Y") a speaker of its own; a qualifier ("mit Ausnahme der X", "außer der X") no part of the name. Hand-made
sentences, one rule each, with the near misses that stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return sorted((speaker.name, speaker.kind) for speaker in doc.speakers)


def test_a_surname_read_as_foreign_material_is_a_name(analyse: Analyse) -> None:
    doc = analyse([("de", "Der Abgeordnete Tom Fink kritisierte den Plan. Tom Fink sagte, der Plan sei schlecht.")])
    assert _speakers(doc) == [("Tom Fink", "person")]


def test_a_foreign_word_after_no_name_stays_one(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Stadt sagte, das sei ein Update für alle.")])
    assert _speakers(doc) == [("Stadt", "government")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a surname that is a German noun after a given name, before the body the person belongs to
        (
            "Jonas Rauch vom Naturschutzbund erklärte, die Wiesen seien zu trocken.",
            [("Jonas Rauch", "person")],
        ),
        # both words nouns to the tagger: bare capitalised words need no article only as a name
        (
            "Wendel Trio von der Umweltorganisation Greenpeace warnte, der Fonds sei leer.",
            [("Wendel Trio", "person")],
        ),
        # "aus" names the body as "von" does
        (
            "Karin Koch aus dem Umweltministerium sagte, die Werte seien gestiegen.",
            [("Karin Koch", "person")],
        ),
        # a title before the name, a surname that is a noun
        (
            "Die Biologin Ute Falke vom Senckenberg-Institut betonte, die Art sei bedroht.",
            [("Ute Falke", "person")],
        ),
        # a comma before the body with no closing comma: the name still speaks
        (
            "Mohamed Adow, von der Organisation Power Shift Africa bezeichnet den Beschluss als Erfolg.",
            [("Mohamed Adow", "person")],
        ),
        (
            "Hans Meier, vom Bund der Steuerzahler erklärte, die Ausgaben seien zu hoch.",
            [("Hans Meier", "person")],
        ),
    ],
)
def test_the_person_before_the_body_speaks(analyse: Analyse, text: str, speakers: list[tuple[str, str]]) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an adjective makes a body's name, no person's ("Grüne Jugend"); an article opens a described body
        ("Grüne Jugend von der Partei sagte, es sei gut.", []),
        ("Mehr Schutz vom Staat forderte die Gewerkschaft.", []),
        # a relative clause after the comma stays one ("von der man sagte"): no person before a body
        ("Anna Berg, von der man sagte, sie sei klug, lebt in Köln.", []),
        # a relative clause with a titled name in it: the name in it speaks
        (
            "Die Ministerin, von der Bürgermeister Karl Henning sagte, sie sei klug, lebt in Köln.",
            [("Karl Henning", "person")],
        ),
    ],
)
def test_no_person_is_made_of_a_body_or_a_relative_clause(
    analyse: Analyse, text: str, speakers: list[tuple[str, str]]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "sowie" joins two subjects as "und" does
        (
            "Die Polizei sowie die Feuerwehr teilten mit, es gebe keine Verletzten.",
            [("Feuerwehr", "organisation"), ("Polizei", "organisation")],
        ),
        (
            "Der Landrat Peter Graf sowie die Bürgermeisterin Eva Lang kritisierten den Plan.",
            [("Eva Lang", "person"), ("Peter Graf", "person")],
        ),
        # "sowohl A als auch B", after the cue and before it
        (
            "Das bestätigten sowohl die Polizei als auch die Staatsanwaltschaft.",
            [("Polizei", "organisation"), ("Staatsanwaltschaft", "organisation")],
        ),
        (
            "Sowohl Innenministerin Katrin Adler als auch der Landrat Uwe Brandt sagten, die Lage sei ruhig.",
            [("Katrin Adler", "person"), ("Uwe Brandt", "person")],
        ),
        # names with their party in brackets, joined before a plural cue: no speaker of the last bracket
        (
            "Anja Kohl (SPD) und Bernd Graf (CDU) sagten, die Lage sei ernst.",
            [("Anja Kohl", "person"), ("Bernd Graf", "person")],
        ),
        (
            "Sowohl Anja Kohl (SPD) als auch Bernd Graf (CDU) sagten, die Lage sei ernst.",
            [("Anja Kohl", "person"), ("Bernd Graf", "person")],
        ),
        # two article-led bodies between the auxiliary and the participle of a plural verb
        (
            "Am Montag haben die Polizei und die Feuerwehr betont, dass keine Gefahr bestehe.",
            [("Feuerwehr", "organisation"), ("Polizei", "organisation")],
        ),
        # two bare bodies after "laut"
        (
            "Laut Polizei und Feuerwehr bestand keine Gefahr.",
            [("Feuerwehr", "organisation"), ("Polizei", "organisation")],
        ),
        # a capitalised title opens the second conjunct where every noun is capitalised
        (
            "Wie die Vorsitzende Maria Linde und Schatzmeister Paul Horn mitteilten, fällt die Sitzung aus.",
            [("Maria Linde", "person"), ("Paul Horn", "person")],
        ),
    ],
)
def test_each_conjunct_is_a_speaker(analyse: Analyse, text: str, speakers: list[tuple[str, str]]) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # two titles of one person stay one speaker
        (
            "Betriebsratschefin und Aufsichtsrätin Daniela Cavallo sagte, es gehe nicht.",
            [("Daniela Cavallo", "person")],
        ),
        # two documents or laws after "laut" are no speakers; two titles alone stay read by the first
        ("Laut Verfassung und Gesetz ist das verboten.", []),
        # no statement: coordinated names are no speakers
        ("Sowohl die Polizei als auch die Feuerwehr fuhren zum Einsatz.", []),
        ("Der Landrat Peter Graf sowie die Bürgermeisterin Eva Lang eröffneten das Fest.", []),
        # a singular auxiliary: the first noun phrase alone is its subject
        (
            "Am Montag hat die Polizei und die Feuerwehr betont, dass keine Gefahr bestehe.",
            [("Polizei", "organisation")],
        ),
        # a comparison is no correlative "and"
        ("Die Stadt sagte, die Kosten seien höher als auch nur geschätzt.", [("Stadt", "government")]),
    ],
)
def test_coordination_near_misses(analyse: Analyse, text: str, speakers: list[tuple[str, str]]) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("lang", "text", "speakers"),
    [
        (
            "de",
            "Der Senat sowie die Fraktionen im Landtag mit Ausnahme der AfD verurteilten den Anschlag.",
            [("Fraktionen im Landtag", "organisation"), ("Senat", "government")],
        ),
        ("de", "Alle Fraktionen außer der AfD kritisierten den Beschluss.", [("Fraktionen", "organisation")]),
        ("en", "All parties except the Greens criticised the ruling.", [("parties", "organisation")]),
    ],
)
def test_an_exception_is_no_part_of_the_source(
    analyse: Analyse, lang: str, text: str, speakers: list[tuple[str, str]]
) -> None:
    assert _speakers(analyse([(lang, text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a compound of a body noun describes the body: the proper name after it names it
        (
            "Die Umweltorganisation Power Shift Africa kritisierte den Beschluss.",
            [("Power Shift Africa", "organisation")],
        ),
        ("Laut der Verbraucherorganisation Foodwatch sind die Preise zu hoch.", [("Foodwatch", "organisation")]),
        # a common noun after the compound, or a body noun alone before the name: the whole is the name
        ("Der Bundesverband Windenergie erklärte, der Ausbau stocke.", [("Bundesverband Windenergie", "organisation")]),
        ("Die Stiftung Warentest erklärte, die Geräte seien zu laut.", [("Stiftung Warentest", "organisation")]),
    ],
)
def test_a_compound_body_noun_is_no_part_of_the_body_s_name(
    analyse: Analyse, text: str, speakers: list[tuple[str, str]]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers
