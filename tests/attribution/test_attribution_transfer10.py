"""Rules of the tenth speakers round (#18, speakers10), each a general rule of the language: a cue closing a
verb-final clause has its subject after the conjunction ("weil der Verband … fordert"), an according phrase with
"own" ("eigenen Angaben zufolge") names the clause's subject, a source without an article whose words the
dictionary lacks is a name ("Brakvolden warnt"), a lower-case word the tagger calls a noun is a verb form, and
verbs of saying the row lacked ("resümieren", "verlangen", "angeben"), "heißt es" frames, a capitalised noun is no
verb; and in every language, two names joined by "and" both speak, a described source names the person of its
titled appositive, an English document's modifier names its author, a navigation separator is in no name.
Hand-made sentences with invented names; none is taken from a real-page set."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Weil der Verband eine neue Regel fordert, wächst der Druck.", "fordert", "der Verband"),
        (
            "Während Nordwerk und Talkraft jeweils zwei Gigawatt als Ziel angeben, liegt der Wert darunter.",
            "angeben",
            "Nordwerk und Talkraft",
        ),
    ],
)
def test_a_verb_final_clause_has_its_subject_after_the_conjunction(
    analyse: Analyse, text: str, cue: str, source: str
) -> None:
    # the phrase right before the verb is its object ("eine neue Regel", "zwei Gigawatt als Ziel"), not who speaks
    assert (cue, source) in read.frames(analyse([("de", text)]))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Firma Nordwerk investiert eigenen Angaben zufolge weitere 20 Millionen Euro.", "Die Firma Nordwerk"),
        ("Nach eigenen Angaben investiert die Firma Nordwerk 20 Millionen Euro.", "die Firma Nordwerk"),
        ("Die Firma Nordwerk investiert laut eigenen Angaben 20 Millionen Euro.", "Die Firma Nordwerk"),
    ],
)
def test_own_statements_are_the_subjects(analyse: Analyse, text: str, source: str) -> None:
    doc = analyse([("de", text)])
    assert {found for _, found in read.frames(doc)} == {source}
    assert "Firma Nordwerk" in read.names(doc)


def test_a_name_of_other_words_still_reads_the_according_phrase(analyse: Analyse) -> None:
    # without "own", the phrase after "nach Angaben" names the source as before
    assert read.frames(analyse([("de", "Nach Angaben der Polizei wurde niemand verletzt.")])) == [
        ("Nach Angaben", "der Polizei")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brakvolden warnt, dass die Pläne gefährlich sind.", "Brakvolden"),
        ("Tagessieger Lindqvist resümierte nach dem Wettkampf: „Es war ein guter Tag.“", "Lindqvist"),
    ],
)
def test_an_unknown_capitalised_word_without_article_is_a_name(analyse: Analyse, text: str, name: str) -> None:
    assert name in read.names(analyse([("de", text)]))


def test_the_surname_joins_the_full_name(analyse: Analyse) -> None:
    text = "Die Whistleblowerin Frances Brakvolden sprach in Brüssel. Brakvolden warnt, dass die Pläne gefährlich sind."
    doc = analyse([("de", text)])
    assert [(s.name, s.aliases) for s in doc.speakers] == [("Frances Brakvolden", ["Brakvolden"])]


@pytest.mark.parametrize(
    "text",
    [
        "Windkraftausbau verlangt viele Flächen.",  # a compound of common words, unknown as a whole
        "Die Brakvolden-Pläne sind gefährlich, warnt niemand.",
    ],
)
def test_compounds_and_articled_words_are_no_unknown_names(analyse: Analyse, text: str) -> None:
    assert read.names(analyse([("de", text)])) == []


def test_a_lower_case_word_tagged_a_noun_is_a_verb_form(analyse: Analyse) -> None:
    # the tagger does not know "schlussfolgert"; German nouns are capitalised, so it is a form of "schlussfolgern"
    frames = read.frames(analyse([("de", "„Die Union muss handeln“, schlussfolgert Jonas Reiter.")]))
    assert frames == [("schlussfolgert", "Jonas Reiter")]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Die Stadt verlangt eine Gebühr von 20 Euro für jede Anmeldung.", "verlangt", "Die Stadt"),
        ("„Wir sind bereit“, resümierte Klaus Weber.", "resümierte", "Klaus Weber"),
        ("Die Firma gab an, dass sie wachse.", "gab", "Die Firma"),
    ],
)
def test_verbs_of_saying_the_row_lacked(analyse: Analyse, text: str, cue: str, source: str) -> None:
    assert (cue, source) in read.frames(analyse([("de", text)]))


def test_an_estimate_names_who_made_it(analyse: Analyse) -> None:
    # "nach Schätzung(en)" is an "according to" phrase like "nach Angaben"
    frames = read.frames(analyse([("de", "Nach Schätzungen des Verbands fehlen in der Region 300 Stellen.")]))
    assert frames == [("Nach Schätzungen", "des Verbands")]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "de",
            "Während Brakvolden und Ocean Vantor jeweils zwei Gigawatt als Ziel angeben, liegt der Wert darunter.",
            {"Brakvolden", "Ocean Vantor"},
        ),
        ("en", "Tova Brandt and Marcus Lee both acknowledged to supervisors that they had not checked.", None),
    ],
)
def test_two_names_joined_by_and_both_speak(analyse: Analyse, lang: str, text: str, names: set[str] | None) -> None:
    doc = analyse([(lang, text)])
    found = {speaker.name for speaker in doc.speakers}
    assert len(doc.speakers) == 2
    assert names is None or found == names
    assert all(speaker.attributions == doc.speakers[0].attributions for speaker in doc.speakers)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Department of Health and Human Services said the rule was final."),  # one name's complement
        ("en", "Jane Miller and her husband said they were happy."),  # a description, not a name
    ],
)
def test_an_and_inside_a_name_or_before_a_description_adds_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert len(analyse([(lang, text)]).speakers) == 1


def test_a_capitalised_noun_inside_a_sentence_is_no_verb_cue(analyse: Analyse) -> None:
    # "Antworten", "Schreiben", "Versprechen": nouns spelled like verbs of saying; German verbs are not capitalised
    doc = analyse([("de", "Das Thema zieht sich durch die Antworten der Firmen. Das Versprechen ist groß.")])
    assert doc.attributions == []


def test_a_lone_surname_the_tagger_misreads_is_the_titled_person_the_page_names(analyse: Analyse) -> None:
    # "Fahl" is also an adjective (pale): the one word before a cue that a comma follows is its subject, and the
    # page names one person with a title whose surname it is
    doc = analyse(
        [
            ("de", "Arbeitsministerin Greta Fahl (SPD) hat am Montag neue Regeln vorgestellt."),
            ("de", "Fahl mahnte, die Regeln streng einzuhalten."),
        ]
    )
    assert [speaker.name for speaker in doc.speakers] == ["Greta Fahl"]


def test_a_lone_word_without_a_titled_person_stays_unresolved(analyse: Analyse) -> None:
    assert analyse([("de", "Fahl mahnte, die Regeln streng einzuhalten.")]).speakers == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Another diplomat, former special envoy to Norway Kurt Velder, shifted his account to say the talks "
            "were about trade.",
            "Kurt Velder",
        ),
        ("A senior official, the deputy minister Anna Berglund, said the plan was final.", "Anna Berglund"),
    ],
)
def test_a_described_source_names_the_person_of_its_titled_appositive(analyse: Analyse, text: str, name: str) -> None:
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The company, based in New York City, said sales fell.",  # a place, no title
        "A spokesman, speaking on condition of anonymity, said the talks failed.",
    ],
)
def test_an_appositive_without_a_title_and_name_names_no_person(analyse: Analyse, text: str) -> None:
    assert all(speaker.kind != "person" for speaker in analyse([("en", text)]).speakers)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A White House statement said the talks were over.", "White House"),
        ("The company's statement said sales fell.", "company"),
    ],
)
def test_the_name_before_an_english_document_noun_speaks(analyse: Analyse, text: str, name: str) -> None:
    # English puts a document's author before its noun; other languages after it ("le rapport du ministère")
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == [name]


def test_a_document_with_only_adjectives_names_no_speaker(analyse: Analyse) -> None:
    assert analyse([("en", "A new report said sales fell.")]).speakers == []


def test_a_source_across_a_navigation_separator_names_no_speaker(analyse: Analyse) -> None:
    doc = analyse([("en", "SUBSCRIBER ONLY Politics | State Supreme Court dismisses the challenge to the vote.")])
    assert doc.speakers == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In einer Mitteilung der Stadtwerke heißt es: „Wir sind bereit.“", "einer Mitteilung der Stadtwerke"),
        ("„Wir sind bereit“, heißt es vom Landesverband.", "Landesverband"),
    ],
)
def test_heisst_es_is_an_impersonal_report_from_the_phrase_it_names(analyse: Analyse, text: str, source: str) -> None:
    assert read.frames(analyse([("de", text)])) == [("heißt es" if "heißt es" in text else "es heißt", source)]


@pytest.mark.parametrize(
    "text", ["Das heißt, wir müssen warten.", "Der Hund heißt Bello.", "„Wir sind bereit“, heißt es."]
)
def test_heissen_without_es_and_a_source_phrase_is_no_frame(analyse: Analyse, text: str) -> None:
    assert read.frames(analyse([("de", text)])) == []


def test_a_reporting_verb_closing_a_sentence_after_a_comma_speaks_for_the_phrase_before_it(analyse: Analyse) -> None:
    # the parser hangs "announced" on the noun as a modifier; the phrase after the comma is its subject
    text = "Nordair has finalized a deal to purchase 30 jets, executives of both companies announced Wednesday."
    assert read.frames(analyse([("en", text)])) == [("announced", "executives of both companies")]


def test_a_participle_after_a_comma_modifying_no_speaker_is_no_report(analyse: Analyse) -> None:
    doc = analyse([("en", "He bought the paintings, the ones announced last week.")])
    assert doc.speakers == [] and read.frames(doc) == []
