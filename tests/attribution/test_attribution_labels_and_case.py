"""Speaker evidence and case-marked word order (issue #18, round 10), on hand-made sentences with invented names.

A headline's "Name: statement" label names a speaker only on evidence: a lone word before a colon may be a drug, a
product or a topic ("Zolvatrimab: Neues Präparat …"); it is a person when it speaks elsewhere on the page, comes
with a first name or a title, or the page ties it to a title by apposition. German puts the object first and the
subject after the verb, marked by its article ("Neue Regeln fordert der Verband").
"""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.attribution.speakers import SourceMention, resolve_speakers
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [("de", "Zolvatrimab: Neues Präparat senkt das Risiko deutlich"), ("de", "Die Studie lief zwei Jahre.")],
        [("es", "Zolvatrimab: aprueban el primer fármaco contra la gripe"), ("es", "El ensayo duró dos años.")],
    ],
)
def test_a_lone_word_label_without_evidence_names_no_speaker(analyse: Analyse, paragraphs) -> None:
    assert read.main_names(analyse(paragraphs)) == []


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        # it speaks elsewhere on the page
        (
            [
                ("de", "Hofmeister: Keine neuen Regeln vor dem Herbst"),
                ("de", "Das sagte Hofmeister am Montag in Köln."),
            ],
            "Hofmeister",
        ),
        # the page ties it to a title by apposition
        (
            [
                ("de", "Hofmeister: Keine neuen Regeln vor dem Herbst"),
                ("de", "Gesundheitsministerin Petra Hofmeister war am Montag in Köln."),
            ],
            "Hofmeister",
        ),
        # a first name in the label itself
        (
            [("en", "Jane Hofmeister: We will not change the rules"), ("en", "The rules date from 2019.")],
            "Jane Hofmeister",
        ),
    ],
)
def test_a_label_with_evidence_of_a_person_keeps_its_speaker(analyse: Analyse, paragraphs, name: str) -> None:
    assert name in read.main_names(analyse(paragraphs))


def test_an_upper_case_transcript_label_still_speaks() -> None:
    """Transcripts' upper-case labels ("PENCE: Well, look, …") are read as before, not as bare words."""
    resolutions, speakers = resolve_speakers([SourceMention("PENCE", "en", "a0", cue_lemma=":")])
    assert resolutions[0] is not None
    assert [speaker.name for speaker in speakers] == ["PENCE"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Neue Regeln fordert der Verband seit Jahren.", "der Verband"),  # object first, the subject after the cue
        ("Strengere Grenzwerte fordert der Umweltminister Jens Bauer.", "der Umweltminister Jens Bauer"),
    ],
)
def test_german_object_first_takes_the_case_marked_subject_after_the_cue(
    analyse: Analyse, text: str, source: str
) -> None:
    doc = analyse([("de", text)])
    assert [text[a.source.start : a.source.end] for a in doc.attributions if a.source] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Verband fordert neue Regeln.", "Der Verband"),  # the subject opens the sentence
        ("Die Partei fordert die Regierung zum Handeln auf.", "Die Partei"),  # "die" after the cue is the object
    ],
)
def test_german_subject_first_keeps_its_subject(analyse: Analyse, text: str, source: str) -> None:
    doc = analyse([("de", text)])
    assert [text[a.source.start : a.source.end] for a in doc.attributions if a.source] == [source]


def test_german_object_first_needs_a_speaker_after_the_cue(analyse: Analyse) -> None:
    """ "Neue Regeln fordert der Entwurf": a draft is no speaker, so it takes no frame's source from this rule."""
    doc = analyse([("de", "Neue Regeln fordert der Entwurf.")])
    assert read.main_names(doc) == []


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (
            [
                ("de", "Gesundheitsminister Peter Hofmeister besuchte am Montag die Klinik in Köln."),
                ("de", "Er sagte, die Lage sei ernst."),
            ],
            "Peter Hofmeister",
        ),
        (
            [
                ("en", "Health Minister Jane Hofmeister visited the clinic on Monday."),
                ("en", "She said the situation was serious."),
            ],
            "Jane Hofmeister",
        ),
    ],
)
def test_a_pronoun_takes_the_one_titled_person_the_page_names_but_never_quotes(
    analyse: Analyse, paragraphs, name: str
) -> None:
    doc = analyse(paragraphs)
    assert read.main_names(doc) == [name]
    assert [a.source.entity for a in doc.attributions if a.source] == [name]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # two persons named: the pronoun would cross an unrelated name
        [
            ("en", "Health Minister Jane Hofmeister met Senator Tom Walker on Monday."),
            ("en", "She said the situation was serious."),
        ],
        # a masculine pronoun never takes a person with a feminine title
        [
            ("de", "Gesundheitsministerin Petra Hofmeister besuchte am Montag die Klinik in Köln."),
            ("de", "Er sagte, die Lage sei ernst."),
        ],
        # nobody named
        [("en", "The clinic reopened on Monday."), ("en", "She said the situation was serious.")],
    ],
)
def test_a_pronoun_without_one_compatible_named_person_stays_unresolved(analyse: Analyse, paragraphs) -> None:
    doc = analyse(paragraphs)
    assert read.main_names(doc) == []
    assert [a.source.entity for a in doc.attributions if a.source] == [None]


def test_a_pronoun_read_as_a_person_quoted_blocks_before_joins_that_speaker(analyse: Analyse) -> None:
    """'er' out of reach of the person's last statement, read through the titled name before it, is that speaker:
    one speaker, not a second one of the same name (an unseen HSS page listed a president twice)."""
    filler = ("de", "Die Lage im Land blieb in diesen Wochen angespannt und unübersichtlich.")
    doc = analyse(
        [
            (
                "de",
                "Völlig unerwartet verkündete Staatspräsident Kai Brunnhuber in derselben Nacht die Suspendierung "
                "des Parlaments. Mit den Worten „Ich stehe der Staatsanwaltschaft vor“, gab Staatspräsident "
                "Brunnhuber zudem seinen Vorsitz der Staatsanwaltschaft bekannt.",
            ),
            filler,
            filler,
            (
                "de",
                "Obwohl ursprünglich auf einen Monat befristet, verlängerte Staatspräsident Brunnhuber die "
                "Sondermaßnahmen am 24. August bis auf Weiteres. Am 22. September nahmen die Pläne von "
                "Staatspräsident Brunnhuber dann konkrete Gestalt an. Per Dekret verkündete er die "
                "Aufrechterhaltung der Sondermaßnahmen für unbestimmte Zeit.",
            ),
        ]
    )
    named = [speaker for speaker in doc.speakers if "Brunnhuber" in speaker.name]
    assert len(named) == 1 and len(named[0].attributions) == 3


def test_the_subject_of_a_german_passive_with_its_agent_inside_is_no_speaker(analyse: Analyse) -> None:
    """'wurden die … Maßnahmen von den meisten Bürgern … begrüßt': the measures were welcomed, they did not speak
    (an unseen HSS page made 'Präsidenten der Republik beschlossenen Übergangsmaßnahmen …' a speaker); the agent is
    the phrase nearest the participle, and a crowd ('den meisten Bürgern') names no speaker either."""
    doc = analyse(
        [
            (
                "de",
                "Deshalb wurden die vom Präsidenten der Republik beschlossenen Maßnahmen von den meisten Bürgern als "
                "Chance begrüßt, „einen Schritt zurückzutreten“.",
            )
        ]
    )
    assert read.main_names(doc) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Maßnahmen wurden von der Ministerin Anna Kessler ausdrücklich begrüßt.", "Ministerin Anna Kessler"),
        ("Der Plan wurde vom Verband scharf kritisiert.", "Verband"),
    ],
)
def test_a_german_passive_closing_its_sentence_is_said_by_its_named_agent(
    analyse: Analyse, text: str, source: str
) -> None:
    doc = analyse([("de", text)])
    assert [text[a.source.start : a.source.end] for a in doc.attributions if a.source] == [source]


@pytest.mark.parametrize(
    "text", ["Im Mai wurde der Verband gewarnt.", "Die Entscheidung wurde von vielen als Fehler bezeichnet."]
)
def test_a_german_passive_without_a_named_agent_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert read.main_names(analyse([("de", text)])) == []


def test_a_first_person_as_clause_relays_nothing(analyse: Analyse) -> None:
    """'As I said earlier, …': a pronoun that resolves to no one is no relay (an unseen marketing blog listed 'I'
    among the outlets sift has no profile for)."""
    text = "As I said earlier, I don't see anyone else talking about how a leadership role will grow your business."
    doc = analyse([("en", text)])
    assert all(not attribution.via for attribution in doc.attributions)
