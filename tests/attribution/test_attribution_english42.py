"""Session 42, english42 (issue #18, English speakers on real pages). "Recalled by X" in the passive is a summons
back or a withdrawal, no statement ("Eventually recalled by the Reich for his cruelty, X …" made the Reich a speaker
on an untuned dw.com page); "X recalled that …" and "as recalled by X" tell a memory. A surname opening a sentence
is read as the proper noun the page writes it as elsewhere: the tagger took a rare surname for a common noun after
some sentences ("… to deliver a lecture on German colonialism. Gilley, author of …, argued that …" lost Gilley), so
neither the cue scorer nor the name reader saw a person. A word such as "art." ending the sentence before a source
is no provision's abbreviation ("Art. 90 Abs. 2 SVG"). A reporting gerund after "by", "after" or "before" shares
the subject of the verb it serves ("Obama inserted himself into the primary by warning candidates against …":
realpages dev5), and a passive "told by X to …" has X for its source (realpages dev5: "he was told by … John Bolton
… to go straight to the NSC legal counsel"). "That is the view (verdict, message …) of X" and "So says X" after a
sentence give X that sentence, or the last sentence of the paragraph before when they open theirs (realpages
dev5: "That is the view of football coach and administrator Renaldo “Peewee” Gilkes as …"). Sentences and names
are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution import SPACY_MODELS
from sift.attribution.english import retag_names
from sift.attribution.spacy_models import load_pipeline
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Eventually recalled by the Reich for his excessive cruelty, Peters was rehabilitated by the Nazis later.",
        "The ambassador was recalled by the government last week.",
        "Recalled by Berlin in 1897, the governor never returned to Africa.",
        "More than 200,000 cars were recalled by Toyota over faulty brakes.",
    ],
)
def test_recalled_by_someone_is_no_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Ellen Ruiz recalled that the bridge had been closed twice before.", "Ellen Ruiz"),
        ("The flood, as recalled by local farmer Tom Jessup, came without warning.", "Tom Jessup"),
    ],
)
def test_recalling_a_memory_keeps_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("en", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "In December, two lawmakers invited US historian Bruce Gilley to Berlin to deliver a lecture on German "
            'colonialism. Gilley, author of the controversial 2017 article "The Case for Colonialism," argued that '
            "the German Reich was more benevolent than its critics claim.",
            "Gilley",
        ),
        (
            "Mayor Ellen Ruiz spoke at the town hall on Monday. Ruiz recalled how the water rose within minutes.",
            "Ruiz",
        ),
    ],
)
def test_a_surname_opening_a_sentence_is_read_as_the_name(analyse: Analyse, text: str, surname: str) -> None:
    names = _names(analyse([("en", text)]))
    assert len(names) == 1 and names[0].endswith(surname)


def test_a_surname_opening_the_next_paragraph_is_read_as_the_name(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("en", "The committee invited British curator Anna Holloway to Vienna to give a talk on looted art."),
            ("en", "Holloway, a former adviser to the museum, argued that most objects were never returned."),
        ]
    )
    names = _names(doc)
    assert len(names) == 1 and names[0].endswith("Holloway")


def test_a_common_word_opening_a_sentence_keeps_its_tag() -> None:
    nlp = load_pipeline(SPACY_MODELS["en"])
    docs = [nlp("The actor Will Smith arrived late on Monday. Will the court hear the case before June?")]
    before = [(t.text, t.pos_) for t in docs[0]]
    retag_names(docs)
    assert [(t.text, t.pos_) for t in docs[0]] == before


def test_a_word_ending_the_sentence_before_is_no_provision(analyse: Analyse) -> None:
    text = (
        "In March, the museum invited British curator Anna Holloway to Vienna to give a talk on looted art. "
        'Holloway, author of the 2019 book "Stolen Beauty," said that most objects were never returned.'
    )
    names = _names(analyse([("en", text)]))
    assert len(names) == 1 and names[0].endswith("Holloway")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Former President Barack Obama inserted himself into the primary by warning candidates against moving too "
            "far to the left.",
            "Barack Obama",
        ),
        ("Mayor Linda Park opened the session by arguing that the budget was too small.", "Linda Park"),
    ],
)
def test_a_reporting_gerund_after_by_shares_the_subject(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("en", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The team won the game by scoring twice in the last minute.",
        "She started the day by calling her lawyer.",
    ],
)
def test_a_gerund_of_action_after_by_stays_without_a_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


def test_told_by_someone_to_do_something_names_the_teller(analyse: Analyse) -> None:
    text = "Vindman said he was told by former adviser John Bolton to go straight to the legal counsel."
    assert "John Bolton" in _names(analyse([("en", text)]))


def test_a_raised_subject_without_an_agent_stays_unnamed(analyse: Analyse) -> None:
    assert _names(analyse([("en", "The new model is expected to go on sale in the spring.")])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The team needs at least two wins to advance. That is the view of football coach Renaldo Gilkes as the "
            "team prepares for four games.",
            "Renaldo Gilkes",
        ),
        ("Prices will keep rising next year. That is the verdict of economist Mara Olsen.", "Mara Olsen"),
        ("The plan is doomed. That was the message from opposition leader Tom Hart on Tuesday.", "Tom Hart"),
    ],
)
def test_that_is_the_view_of_someone_gives_them_the_sentence_before(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("en", text)])
    assert _names(doc) == [speaker]
    content = doc.attributions[0].content
    assert doc.blocks[0].text[content.start : content.end] == text.split(". ")[0]


@pytest.mark.parametrize(
    "text",
    [
        "The view of the harbour from the hill is stunning.",
        "That is the view from the top of the tower.",
        "The museum opened in 1990. That is the work of architect Mara Olsen.",
        "The river rose overnight. That was the result of heavy rain in the mountains.",
    ],
)
def test_other_sentences_of_that_shape_name_no_one(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


def test_that_is_the_view_of_someone_opening_a_paragraph_takes_the_paragraph_before(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("en", "It will be a hard task for the national team to compete without regular games on the island."),
            ("en", "That is the view of football coach Renaldo Gilkes as the team prepares for four games in June."),
        ]
    )
    assert _names(doc) == ["Renaldo Gilkes"]
    (attribution,) = doc.attributions
    assert attribution.block_id == doc.blocks[0].id and attribution.frame_block == doc.blocks[1].id
    content = doc.blocks[0].text[attribution.content.start : attribution.content.end]
    assert content.startswith("It will be a hard task") and content.endswith("on the island")


def test_a_quotation_before_that_is_the_message_of_someone_is_lent_once(analyse: Analyse) -> None:
    doc = analyse(
        [("en", "“We will not back down.”"), ("en", "That was the message from opposition leader Tom Hart on Tuesday.")]
    )
    assert _names(doc) == ["Tom Hart"] and len(doc.attributions) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan is doomed. So says opposition leader Tom Hart.", "Tom Hart"),
        ("The new stadium will never be finished on time. So argues architect Mara Olsen.", "Mara Olsen"),
        ("Prices will rise again next year. So says the central bank in its latest report.", "central bank"),
    ],
)
def test_so_says_someone_gives_them_the_sentence_before(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("en", text)])
    assert _names(doc) == [speaker]
    content = doc.attributions[0].content
    assert doc.blocks[0].text[content.start : content.end] == text.split(". ")[0]


@pytest.mark.parametrize(
    "text", ["The plan is doomed. So it seems.", "The river rose overnight. So did the price of bread."]
)
def test_so_without_a_verb_of_saying_names_no_one(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


def test_so_says_someone_opening_a_paragraph_takes_the_paragraph_before(analyse: Analyse) -> None:
    doc = analyse([("en", "Prices will rise again next year."), ("en", "So says the central bank in its report.")])
    assert _names(doc) == ["central bank"]
    (attribution,) = doc.attributions
    assert attribution.block_id == doc.blocks[0].id and attribution.frame_block == doc.blocks[1].id


def test_a_nickname_in_marks_does_not_stop_the_paragraph_before_being_lent(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("en", "It will be a hard task for the national team to compete without regular games on the island."),
            ("en", "That is the view of football coach Renaldo “Peewee” Gilkes as the team prepares for four games."),
        ]
    )
    assert _names(doc) == ["Renaldo “Peewee” Gilkes"]
