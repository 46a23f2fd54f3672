"""Speakers on the weakest real-page dev sets (issue #18, speakers17), one hand-made sentence or page per case: a
title speaker the page gives the title by a predicate ("wurde zur neuen Präsidentin gewählt", "was elected
president"), and what names no speaker or one the readers missed (each rule in its test's name)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.frames import Frame, widen_negated_partitives
from sift.attribution.row_labels import is_reference_value, is_title_colon
from sift.attribution.title_predicates import title_predicates
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "name"),
    [
        (  # the person speaks by name and by the title the predicate gave her (a middle initial ends no sentence)
            "de",
            [
                "Maria K. Sommerfeld-Brandt wurde am Dienstag zur neuen Präsidentin gewählt. „Wir werden den Verband "
                "erneuern“, sagte Sommerfeld-Brandt.",
                "„Die Arbeit beginnt jetzt“, so die neue Präsidentin.",
            ],
            "Maria K. Sommerfeld-Brandt",
        ),
        (  # the person is the object of an active verb, speaks only by title; a weak noun's "-en"
            "de",
            ["Der Landtag hat Thomas Wernicke zum Präsidenten gewählt.", "Der Präsident sagte, die Reform komme."],
            "Thomas Wernicke",
        ),
        (
            "en",
            [
                'Jane Whitcombe was elected president of the union on Tuesday. "We will rebuild trust," Whitcombe '
                "said.",
                '"The work starts now," the new president said.',
            ],
            "Jane Whitcombe",
        ),
        (
            "en",
            ["The board appointed Jane Whitcombe its new chair on Tuesday.", '"The work starts now," the chair said.'],
            "Jane Whitcombe",
        ),
    ],
)
def test_a_title_speaker_is_the_person_a_predicate_gives_the_title(
    analyse: Analyse, lang: str, paragraphs: list[str], name: str
) -> None:
    doc = analyse([(lang, text) for text in paragraphs])
    assert _speakers(doc) == [name]


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        (  # the outgoing holder is not the one just chosen
            "de",
            [
                "Maria Sommer wurde zur neuen Präsidentin gewählt.",
                "„Es war eine schöne Zeit“, so die scheidende Präsidentin.",
            ],
        ),
        (  # two persons in the predicate's sentence: the page does not say which one
            "en",
            [
                "Jane Whitcombe and Tom Reilly were elected. Jane Whitcombe was named president, and Tom Reilly said "
                "he was elected treasurer.",
                '"The work starts now," the new president said.',
            ],
        ),
        (  # a title without a verb of choosing is no predicate ("sagte er zum Präsidenten")
            "de",
            ["Thomas Wernicke sagte zum Präsidenten nichts.", "Der Präsident sagte, die Reform komme."],
        ),
    ],
)
def test_a_title_speaker_without_one_predicate_tie_stays_a_title(
    analyse: Analyse, lang: str, paragraphs: list[str]
) -> None:
    doc = analyse([(lang, text) for text in paragraphs])
    assert any(name.lower().endswith(("präsidentin", "president", "präsident")) for name in _speakers(doc))


def test_title_predicates_reads_the_titles_per_sentence() -> None:
    found = title_predicates(
        "Eva M. Brandt ist die neue Vorsitzende. Der Rat ernannte sie zur Ministerin. Er sagte zum Minister nichts.",
        "de",
    )
    assert [(p.sentence, sorted(p.titles)) for p in found] == [
        ("Eva M. Brandt ist die neue Vorsitzende.", ["vorsitzende"]),
        ("Der Rat ernannte sie zur Ministerin.", ["ministerin"]),
    ]
    assert [sorted(p.titles) for p in title_predicates("She became the first mayor. He was named CEO.", "en")] == [
        ["mayor"],
        ["ceo"],
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Keiner der 300(!) Abgeordneten der Koalition hat geantwortet, alle haben geschwiegen."),
        ("en", "None of the 40 senators answered the letter, and the office stayed silent."),
    ],
)
def test_a_negative_quantifier_before_the_span_makes_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert _speakers(analyse([(lang, text)])) == []


def test_widen_negated_partitives_moves_the_span_start_to_the_quantifier() -> None:
    text = "Keiner der 300(!) Abgeordneten hat geantwortet."
    frame = Frame(cue=(31, 46), content=[], source=(18, 30))
    widen_negated_partitives(text, [frame])
    assert frame.source == (0, 30)
    other = Frame(cue=(31, 46), content=[], source=(18, 30))
    widen_negated_partitives("Eine Gruppe der Abgeordneten hat geantwortet.", [other])
    assert other.source == (18, 30)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Johannes meldet sich bei Andreas, um beim Umzug mitzuhelfen.", []),
        ("Der Verband meldet sich mit einer Warnung: „Die Lage ist ernst.“", ["Verband"]),
        ("Die Polizei meldet, dass zwei Menschen verletzt wurden.", ["Polizei"]),
    ],
)
def test_a_reflexive_sich_melden_says_something_only_with_said_content(
    analyse: Analyse, text: str, speakers: list[str]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


def test_a_reference_entry_under_an_authors_label_is_no_speech(analyse: Analyse) -> None:
    doc = analyse(
        [("de", "Patrick Brandt: Kleinwindkraft für alle, Selbstverlag: www.beispiel-wind.de, 2. Auflage 2020")]
    )
    assert _speakers(doc) == []
    assert is_reference_value("Kleinwindkraft für alle, Verlag Beispiel, 2019", [])
    assert not is_reference_value("Wir haben 2019 gewonnen.", [])


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Price Alerts: Coinbase allows you to create a watchlist that sends you alerts.", []),
        ("Key Features: a faster chip, a brighter screen and a longer battery life.", []),
        ("Bernie Sanders: We will win this fight, and we will win it together.", ["Bernie Sanders"]),
    ],
)
def test_a_label_of_plural_common_words_is_a_heading(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert _speakers(analyse([("en", text)])) == speakers


def test_a_title_colon_the_page_writes_inside_a_sentence_is_no_label(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("en", "Even if it borrows from other games, Moon Harbor: Tidal Run finds a voice of its own."),
            ("en", "Moon Harbor: Tidal Run is a game that is many things to many people."),
        ]
    )
    assert _speakers(doc) == []
    assert is_title_colon("Moon Harbor", "Tidal Run is a game", ["In short, Moon Harbor: Tidal Run works."])
    # a speaker's label the page writes again at a sentence's start, after a title, or before a quotation stays one
    assert not is_title_colon("Brandt", "Wir schaffen das.", ["Das sagte sie. Brandt: Wir schaffen das."])
    assert not is_title_colon("Jan Brandt", "Wir schaffen das.", ["Verbandschef Jan Brandt: Wir schaffen das."])
    assert not is_title_colon("Jan Brandt", "„Wir schaffen das.“", ["Er sagte, Jan Brandt: „Wir schaffen das.“"])


def test_a_titled_speakers_label_written_again_stays_a_label(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Verbandspräsident Jan Brandt: „Die Verfahren dauern viel zu lange.“"),
            ("de", "Jan Brandt: „Die Analyse des Instituts zeigt, dass es schneller geht.“"),
        ]
    )
    assert _speakers(doc) == ["Jan Brandt"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The scanner uses two beams of light to estimate the thickness of your skin.", []),
        ("This device relies on sound waves to accurately measure your heart rate.", []),
        ("Officials estimate the damage at five billion dollars.", ["Officials"]),
        ("Economists predict that inflation will fall next year.", ["Economists"]),
    ],
)
def test_a_verb_of_estimating_in_an_infinitive_of_purpose_is_no_statement(
    analyse: Analyse, text: str, speakers: list[str]
) -> None:
    assert _speakers(analyse([("en", text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Blüten wurden nach Beobachtungen unserer Gartenfreunde nicht genutzt.", "Gartenfreunde"),
        ("Ein Freund der Familie sagte, sie sei schon lange krank gewesen.", "Freund der Familie"),
    ],
)
def test_friends_are_german_sources(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Er tut, was die Ministerin neulich vorgeschlagen hat, nämlich mehr Geld für Schulen.", ["Ministerin"]),
        ("Die Lage ist ernst, wie der Bürgermeister gestern gesagt hat.", ["Bürgermeister"]),
        ("Sie hat es nie gesagt, aber alle wissen es.", []),
    ],
)
def test_adverbs_between_the_subject_and_a_clause_final_participle(
    analyse: Analyse, text: str, speakers: list[str]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers
