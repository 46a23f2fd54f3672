"""Session 41, recall41b (issue #18: German speaker recall, the second round). Idioms and phrases of saying ("lässt
kein gutes Haar an", "sendet die Botschaft, dass", "kam zu der Einschätzung, dass", "distanzierte sich von den
Äußerungen / davon", "„…“, echauffierte sich X"), quantifiers as subjects ("sagen einige", "wie viele behaupten"),
a plural "sie" standing for the group that opened the sentence before, a reflexive before a verb-final clause's
subject, a cue after a comma sharing the subject before it, German »…« quotations and fans, stars and teams as
sources. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.frames import quote_regions
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In einem Interview lässt die Sängerin kein gutes Haar an ihrer früheren Plattenfirma.", "Sängerin"),
        ("Der Bürgermeister ließ kein gutes Haar an den Plänen des Landes.", "Bürgermeister"),
        ("Die Bundesregierung sendet die Botschaft, dass die Grenzen offen bleiben.", "Bundesregierung"),
        ("Die Gewerkschaft sandte das Signal, dass sie zu Gesprächen bereit sei.", "Gewerkschaft"),
        ("Die Trainerin kam zu der Einschätzung, dass das Team noch nicht bereit ist.", "Trainerin"),
        ("Der Parteichef distanzierte sich deutlich von den Äußerungen seines Stellvertreters.", "Parteichef"),
        ("Der Verband distanziert sich von dem Aufruf.", "Verband"),
        ("Der Parteichef distanzierte sich ausdrücklich davon.", "Parteichef"),
        ("„Das ist doch kein Kaffee!“, echauffierte sich der Kellner.", "Kellner"),
    ],
)
def test_idioms_and_phrases_of_saying(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Der Zug kommt zum Schluss des Tages in Berlin an.",
        "Der Friseur ließ kein Haar auf seinem Kopf.",
        "Die Station sendet die Botschaft an alle Schiffe.",
        "Das Radio sendet ein Signal.",
        "Der Läufer distanzierte sich vom Feld.",
        "Der Favorit distanzierte seine Verfolger deutlich.",
        "Der Kellner echauffierte sich.",
    ],
)
def test_the_same_verbs_without_a_statement_name_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In der Stadt sagen einige, der Bahnhof sei zu klein.", "einige"),
        ("Das Museum ist kein reiner Ort für Touristen, wie viele behaupten.", "viele"),
        ("Manche meinen, die Reform komme zu spät.", "Manche"),
    ],
)
def test_a_quantifier_alone_is_an_anonymous_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert [(s.name, s.kind) for s in doc.speakers] == [(speaker, "anonymous")]


@pytest.mark.parametrize("text", ["Einige kamen zu spät.", "Viele Menschen besuchten das Fest."])
def test_a_quantifier_without_a_cue_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Nachbarn sind verärgert. Oft sagen sie: „Hier wird es immer lauter.“", "Nachbarn"),
        (
            "Die Bauern protestieren vor dem Ministerium. Also pochen sie darauf, dass die Subventionen bleiben.",
            "Bauern",
        ),
    ],
)
def test_a_plural_pronoun_takes_the_group_opening_the_sentence_before(
    analyse: Analyse, text: str, speaker: str
) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Die Kinder spielen im Garten. Dann rufen sie nach ihrer Mutter.", []),
        ("Die Anwohner sind verärgert. Dann sagte sie: „Das reicht.“", []),  # a singular "sie": not the group
        ("Die Anwohner sind verärgert. Die Ministerin sagte, sie verstehe den Ärger.", ["Ministerin"]),
    ],
)
def test_a_plural_group_is_no_antecedent_of_other_pronouns(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert _names(analyse([("de", text)])) == speakers


def test_a_reflexive_before_the_subject_of_a_verb_final_clause(analyse: Analyse) -> None:
    text = "Die Verbindung war damals so stark, dass sich der Minister ausdrücklich davon distanzierte."
    assert _names(analyse([("de", text)])) == ["Minister"]


def test_a_cue_after_a_comma_shares_the_subject_before_it(analyse: Analyse) -> None:
    text = "Die Kommission hingegen kommentierte die Wahl nicht, sendet jedoch die Botschaft, dass Reformen nötig sind."
    assert _names(analyse([("de", text)])) == ["Kommission"]


def test_german_guillemets_quote(analyse: Analyse) -> None:
    doc = analyse([("de", "Plötzlich rief das Team: »Stopp! Bleib so.«")])
    assert _names(doc) == ["Team"]


def test_a_lone_guillemet_quotes_nothing() -> None:
    assert quote_regions("Start » Politik » Inland") == []
    assert quote_regions("»Ja«, sagte er.") == [(0, 4)]
    assert quote_regions("« Oui », a-t-il dit.") == [(0, 7)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Im Interview lässt der Fußballstar kein gutes Haar an seinem früheren Verein.", "Fußballstar"),
        ("Fans der Band berichten, dass die Konzerte ausverkauft seien.", "Fans der Band"),
    ],
)
def test_stars_and_fans_are_sources(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


_TURNS = [
    ("de", "Heute habe ich mit der Autorin Lena Berg über ihr erstes Buch gesprochen."),
    ("und", "Lena:"),  # too short to tell its language: not analysed
    ("de", "Die Idee kam mir in einem Traum. Dann habe ich angefangen zu schreiben."),
    ("und", "Sunny:"),
    ("de", "Wie lange hast du gebraucht?"),
    ("und", "Lena:"),  # too short to tell its language: not analysed
    ("de", "Ungefähr ein Jahr, mit vielen Pausen."),
    ("und", "Sunny:"),
    ("de", "Was liest du selbst gern?"),
]


def test_answers_under_label_blocks_are_the_labels_statements(analyse: Analyse) -> None:
    doc = analyse(_TURNS)
    assert "Lena" in _names(doc)
    assert "Sunny" not in _names(doc)  # her turns are questions only
    answer = next(a for a in doc.attributions if a.sentence.startswith("b6"))
    assert answer.source is not None and answer.source.entity == "Lena"


def test_a_lone_label_block_is_a_heading(analyse: Analyse) -> None:
    doc = analyse([("de", "Fazit:"), ("de", "Die Reise hat sich gelohnt, das Wetter war gut."), ("de", "Zutaten:")])
    assert _names(doc) == []


def test_a_heading_names_the_interviewee_no_question_addresses(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Im Gespräch mit Gründerin Lena Berg"),
            ("de", "Wie kamst du auf die Idee, ein Label zu gründen?"),
            ("de", "Meine Geschichte begann mit dem eigenen Bedarf."),
            ("de", "Was war für dich die größte Hürde?"),
            ("de", "Ich war naiv genug, die Hürden auszublenden."),
            ("de", "Wo produzierst du heute?"),
            ("de", "Seit dem zweiten Jahr produzieren wir in Kroatien."),
        ]
    )
    assert _names(doc) == ["Lena Berg"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Die Gewerkschaft sieht das anders.", ["Gewerkschaft"]),
        ("Mit der neuen Brille sieht er anders aus.", []),
        ("Die Kinder sahen den Film genauso wie wir.", []),
    ],
)
def test_a_view_compared_on_the_matter_named(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert _names(analyse([("de", text)])) == speakers
