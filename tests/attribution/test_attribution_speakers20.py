"""German speakers on realpages dev6, dev7, dev11 (issue #18, speakers20), one hand-made sentence per rule: names
listed with their affiliations in brackets after an inverted cue are who will speak, nothing said; "meinen" over a
modal infinitive with "zu" presumes; a Konjunktiv in a "dass" clause under the writer's verb continues no report;
an interview's answers are the addressed interviewee's. The frames each rule must leave alone keep their speaker.
(The extraction rules of the same work are tested in ``tests/extract/test_extract_speakers20.py``.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import UNCERTAIN_BELOW, Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def _stated(doc: Document) -> list[str]:
    return [a.id for a in doc.attributions if a.confidence >= UNCERTAIN_BELOW]


@pytest.mark.parametrize(
    "text",
    [
        # a programme: who speaks, each with a bracket of affiliation (lower-case "parteilos" inside one), the
        # last named with a "vom" phrase
        "Beim Sommerfest sprechen Anna Beispiel (parteilos), Jonas Muster (Grüne) und Eva Probe vom Bürgerverein.",
        "Auf der Kundgebung sprechen Tom Muster (Verdi), Lena Test (parteilos) und Ole Probe.",
        # "meinen" over a modal infinitive: acting as if one could, nothing said
        "Einige Vermieter meinen, die Kaution einfach behalten zu können.",
        "Viele Autofahrer meinen, auf dem Radweg parken zu können, wenn niemand hinsieht.",
    ],
)
def test_no_statement_where_german_names_no_speaker(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert _speakers(doc) == []
    assert _stated(doc) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a bracket, then what the speaker warned of: a statement ("vor" stands before the "und" of no list)
        ("Am Abend warnte Peter Müller (SPD), Chef des Verbands, vor Engpässen.", "Peter Müller"),
        # two names with brackets and a topic after them speak
        ("Ebenfalls äußerten sich Tom Muster (CDU) und Eva Test (SPD) zu dem Vorschlag.", "Tom Muster"),
        # "meinen" with a clause, with "dass", or with an infinitive of no modal states a view
        ("Der Trainer meint, die Mannschaft sei gut vorbereitet.", "Trainer"),
        ("Der Verband meint, dass die Reform zu spät komme.", "Verband"),
        ("Der Experte meint, einen Fehler gefunden zu haben.", "Experte"),
    ],
)
def test_german_frames_kept(analyse: Analyse, text: str, speaker: str) -> None:
    assert speaker in _speakers(analyse([("de", text)]))


def test_a_dass_clause_under_the_writers_verb_continues_no_report(analyse: Analyse) -> None:
    """A Konjunktiv inside a "dass" clause that a verb in the indicative governs belongs to that sentence's subject,
    not to the speaker of the sentence before."""
    doc = analyse(
        [
            (
                "de",
                "Die Zeitung berichtet, das Amt werde geschlossen. Die Kommission hingegen sendet die Botschaft, dass "
                "das Land die Reformen fortführen müsse.",
            )
        ]
    )
    contents = [doc.block(a.block_id).text[a.content.start : a.content.end] for a in doc.attributions]
    assert not any("fortführen" in content for content in contents)


def test_a_report_continued_in_the_konjunktiv_is_kept(analyse: Analyse) -> None:
    doc = analyse([("de", "Der Minister sagte, die Lage sei ernst. Er wisse, dass viele Menschen Angst hätten.")])
    contents = [doc.block(a.block_id).text[a.content.start : a.content.end] for a in doc.attributions]
    assert any("Angst" in content for content in contents)


INTERVIEW = [
    ("de", "Die Sängerin Lea Lindqvist hat ein neues Album aufgenommen. Wir trafen sie in Berlin."),
    ("de", "Frau Lindqvist, wie geht es Ihnen nach der Tour?"),
    ("de", "Gut, aber ich bin müde. Die Konzerte waren lang."),
    ("de", "Was planen Sie als Nächstes?"),
    ("de", "Erst einmal Urlaub. Dann ein neues Album."),
    ("de", "Haben Sie Angst vor dem Publikum?"),
    ("de", "Nein, das Publikum ist mein Freund."),
]


def test_interview_answers_are_the_addressed_interviewees(analyse: Analyse) -> None:
    """Questions in their own blocks, each answered in the next: every answer is the one the first question
    addresses ("Frau Lindqvist, …?")."""
    doc = analyse(INTERVIEW)
    assert _speakers(doc) == ["Lindqvist"]
    answers = {a.block_id for a in doc.attributions if a.confidence >= UNCERTAIN_BELOW}
    assert answers == {"b2", "b4", "b6"}


def test_interview_answers_after_their_question_in_one_block(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Tom, wie bist du zur Musik gekommen? Mein Vater hat Gitarre gespielt."),
            ("de", "Was hat dich am meisten überrascht? Dass so viele Leute zu den Konzerten kommen."),
            ("de", "Wie geht es weiter für dich? Wir gehen im Herbst auf Tour."),
        ]
    )
    assert _speakers(doc) == ["Tom"]
    assert len([a for a in doc.attributions if a.confidence >= UNCERTAIN_BELOW]) == 3


@pytest.mark.parametrize(
    "paragraphs",
    [
        # two questions and answers only: no interview layout
        INTERVIEW[:5],
        # a guide's questions address no one and name no one
        [
            ("de", "Was kostet das Ticket?"),
            ("de", "Zehn Euro, für Kinder die Hälfte."),
            ("de", "Wann öffnet das Museum?"),
            ("de", "Um neun Uhr, am Montag ist es zu."),
            ("de", "Gibt es Parkplätze?"),
            ("de", "Ja, hinter dem Bahnhof."),
        ],
        # questions to the reader, no address by name
        [
            ("de", "Kennen Sie das Gefühl?"),
            ("de", "Der Winter ist lang und dunkel."),
            ("de", "Wollen Sie etwas dagegen tun?"),
            ("de", "Ein Spaziergang am Mittag hilft."),
            ("de", "Haben Sie es schon versucht?"),
            ("de", "Viele Leser schwören darauf."),
        ],
    ],
)
def test_no_interview_without_its_layout(analyse: Analyse, paragraphs: list[tuple[str, str]]) -> None:
    doc = analyse(paragraphs)
    assert [a for a in doc.attributions if a.cue is None and a.confidence >= UNCERTAIN_BELOW] == []
