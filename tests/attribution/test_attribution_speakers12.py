"""Speakers that transfer to fresh pages (speakers12, issue #18): general rules only, each fixing errors on pages of
several real-page sets. Hand-made sentences with invented names; none is taken from a real-page set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution import AttributionConfig, attribute_statements
from sift.document import Block, Document, Sentence, Source
from sift.pipeline import Resources

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> set[str]:
    return {speaker.name for speaker in doc.speakers}


def _page(resources: Resources, blocks: list[tuple[str, str, str]]) -> Document:
    """The attribution stage on blocks given as (role, language, text), one sentence each."""
    doc = Document(id="test", source=Source(kind="text", location="test", sha256=""))
    for number, (role, lang, text) in enumerate(blocks):
        block = Block(id=f"b{number}", role=role, text=text, lang=lang, lang_confidence=1.0)
        block.sentences = [Sentence(f"{block.id}.s0", 0, len(text))]
        doc.blocks.append(block)
    return attribute_statements(doc, resources, AttributionConfig())


# --- a related box speaks for another article ---------------------------------------------------------------------


def test_a_speaker_heard_only_in_a_related_box_is_no_speaker_of_the_page(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            ("body", "en", "The council met on Tuesday to discuss the new bridge over the Wend river."),
            ("related", "en", "Senator Harriet Quillfeather says the tunnel plan is dead."),
        ],
    )
    assert doc.speakers == []
    assert doc.attributions  # the headline keeps its attribution: only the page's speakers list leaves it out


def test_a_related_box_speaker_the_article_names_stays_listed(resources: Resources) -> None:
    doc = _page(
        resources,
        [
            ("body", "en", "Orders for Kestrel Aero jets rose sharply this year, while its rival lost two customers."),
            ("related", "en", "Kestrel Aero says it does not benefit from its rival's troubles."),
            ("body", "en", "“We are building more planes than ever,” said Tomasz Orlevik, the chief executive."),
        ],
    )
    assert _names(doc) == {"Kestrel Aero", "Tomasz Orlevik"}
    assert [speaker.id for speaker in doc.speakers] == ["sp0", "sp1"]


def test_snippets_where_a_speaker_of_the_article_speaks_are_the_same_story(resources: Resources) -> None:
    # the seed's French and German snippets: the ministry speaks there as in the article, and the senator beside it
    # is a speaker of the story (issue #18's acceptance), while a separate teaser box stays out
    doc = _page(
        resources,
        [
            ("body", "en", "The Harbour Authority said the new pier will open in May."),
            ("related", "en", "The Harbour Authority also said the pier will have forty berths."),
            ("related", "en", "Senator Octave Brimont said the project will cost too much."),
            ("body", "en", "The pier cost 40 million euros."),
            ("related", "en", "Senator Harriet Quillfeather says the tunnel plan is dead."),
        ],
    )
    assert "Octave Brimont" in _names(doc)
    assert "Harriet Quillfeather" not in _names(doc)


# --- a trailing "as" clause closes its statement -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "content"),
    [
        ("pl", "Życie bywa ciągłym cierpieniem, jak pisze Jan Kowalczyk.", "Jan Kowalczyk",
         "Życie bywa ciągłym cierpieniem"),
        ("pl", "Życie bywa ciągłym cierpieniem – jak pisze Jan Kowalczyk.", "Jan Kowalczyk",
         "Życie bywa ciągłym cierpieniem"),
        ("pl", "Nie ma wzorców uniwersalnych (jak choćby utrzymuje Anna Nowacka), są tylko lokalne.", "Anna Nowacka",
         "Nie ma wzorców uniwersalnych"),
        ("es", "La vida es un sufrimiento constante, como dijo Juan Pérez.", "Juan Pérez",
         "La vida es un sufrimiento constante"),
        ("it", "La vita è una sofferenza costante, come scrive Giovanni Rossi.", "Giovanni Rossi",
         "La vita è una sofferenza costante"),
    ],
)  # fmt: skip
def test_a_trailing_as_clause_gives_its_speaker_the_words_before_it(
    analyse: Analyse, lang: str, text: str, speaker: str, content: str
) -> None:
    doc = analyse([(lang, text)])
    assert _names(doc) == {speaker}
    attribution = doc.attributions[0]
    assert text[attribution.content.start : attribution.content.end] == content


def test_an_opening_as_clause_still_gives_the_words_after_it(analyse: Analyse) -> None:
    doc = analyse([("pl", "Jak pisze Jan Kowalczyk, życie bywa ciągłym cierpieniem.")])
    assert _names(doc) == {"Jan Kowalczyk"}
    attribution = doc.attributions[0]
    assert doc.blocks[0].text[attribution.content.start : attribution.content.end] == "życie bywa ciągłym cierpieniem"


# --- a participle describes, it does not report --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Inaczej niż wspomniana Anna Nowacka, wierzy on we wzorce lokalne.",
        "Ogłoszona wczoraj decyzja rządu zaskoczyła rolników.",
    ],
)
def test_a_polish_adjectival_participle_of_a_reporting_verb_is_no_cue(analyse: Analyse, text: str) -> None:
    doc = analyse([("pl", text)])
    assert doc.speakers == []
    assert doc.attributions == []


# --- a thing with a name after its preposition does not speak ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A town like Harwick demands a new bridge over the river.",
        "The population in the Harwick camp currently is estimated at 4,000.",
        "A fresh poll has lower numbers (44 percent of Wendlanders say they want the council to resign).",
    ],
)
def test_a_thing_headed_source_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert analyse([("en", text)]).speakers == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("An Associated Press journalist in the area also reported hearing gunfire.", "Associated Press"),
        ("The policy manual of the Harwick Rowing Club notes the requirement.", "Harwick Rowing Club"),
        ("The people of Harwick said the bridge was unsafe.", "people of Harwick"),
    ],
)
def test_a_name_before_the_head_or_after_of_still_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert any(speaker in name for name in _names(analyse([("en", text)])))


# --- a negated cue reports that nothing was said --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters admittedly can't predict storms a year out with any accuracy.",
        "The Harwick council did not say whether the bridge would reopen.",
        "Mayor Lena Harwick never confirmed that the bridge would reopen.",
    ],
)
def test_a_negated_english_cue_names_no_speaker_and_is_uncertain(analyse: Analyse, text: str) -> None:
    doc = analyse([("en", text)])
    assert doc.speakers == []
    assert all(attribution.is_uncertain for attribution in doc.attributions)


def test_the_same_cue_without_negation_still_speaks(analyse: Analyse) -> None:
    doc = analyse([("en", "Mayor Lena Harwick confirmed that the bridge would reopen.")])
    assert _names(doc) == {"Lena Harwick"}


# --- an honorific is evidence of a person for a pronoun --------------------------------------------------------------


def test_a_pronoun_takes_the_one_person_named_with_an_honorific(analyse: Analyse) -> None:
    doc = analyse([("en", "Soon after Ms. Harwick was elected, she said she would cut the bridge tolls.")])
    assert _names(doc) == {"Harwick"}
    assert not doc.attributions[0].is_uncertain


def test_a_pronoun_never_takes_a_person_whose_honorific_tells_the_other_gender(analyse: Analyse) -> None:
    doc = analyse([("en", "Soon after Mr. Harwick was elected, she said she would cut the bridge tolls.")])
    assert doc.speakers == []


def test_two_persons_named_with_honorifics_leave_the_pronoun_unresolved(analyse: Analyse) -> None:
    doc = analyse([("en", "Ms. Harwick met Ms. Olver on Monday. Afterwards, she said the tolls would stay.")])
    assert doc.speakers == []


# --- Polish: "przywołuje", a name before a fronted book title, a name before its title appositive -----------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Anna Nowacka przywołuje dane urzędu, z których wynika, że bezrobocie spadło.", "Anna Nowacka"),
        ("W książce „Zima” Anna Nowacka przywołuje statystyki, choć zastrzega, że są one niepewne.", "Anna Nowacka"),
        ("Mówiąc o cenach, także Kaisa Wendel, właścicielka Pellon Tila przywołuje problemy prawne.", "Kaisa Wendel"),
        ("Jan Kowalczyk, prezes Polimeksu powiedział, że podatki spadną.", "Jan Kowalczyk"),
    ],
)
def test_polish_speakers_before_their_cue(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("pl", text)])) == {speaker}


# --- speaker typing: an institution's name is no person's -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Wendish Embassy in Harwick reported that the air quality index reached 408.",
        "The Harwick Police Department said the rule would stay.",
    ],
)
def test_a_name_with_an_institution_word_is_an_organisation(analyse: Analyse, text: str) -> None:
    doc = analyse([("en", text)])
    assert [speaker.kind for speaker in doc.speakers] == ["organisation"]


def test_a_surname_that_is_a_plural_of_an_institution_word_stays_a_person(analyse: Analyse) -> None:
    doc = analyse([("en", "Lena Banks said the rule would stay.")])
    assert [speaker.kind for speaker in doc.speakers] == ["person"]
