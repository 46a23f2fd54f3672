"""Session 45, english45 (issue #18). English shapes session 44 left alone and general causes of English misses on
the dev pages: the addressee of a fronted message named before the writer's title ("In a message to her sister,
Anna Berg, the senator wrote …"), quotes closed by "laughed"/"chuckled", "Will" as a given name, the idiom "he said,
she said", heading labels of common words, singular "they", a quote opening after a cue's colon across a spaced
ellipsis, and a fronted clause's named subject for "he"/"she". Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _sources(doc: Document) -> dict[str, str | None]:
    """Each attribution's content text and the name of the speaker it resolved to."""
    blocks = {block.id: block.text for block in doc.blocks}
    by_attribution = {a: s.name for s in doc.speakers for a in s.attributions}
    return {blocks[a.block_id][a.content.start : a.content.end]: by_attribution.get(a.id) for a in doc.attributions}


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("In a message to her sister, Anna Berg, the senator wrote that she would not run again.", "Anna Berg"),
        ("In a note to his deputy, Paul Grant, the mayor wrote that the budget was final.", "Paul Grant"),
        ("In a text to her brother, Sam Ortiz, the actress said she was safe.", "Sam Ortiz"),
        ("In a letter to her sister, Anna Berg, the senator wrote that she would not run again.", "Anna Berg"),
    ],
)
def test_the_addressee_of_a_fronted_message_is_not_the_writer(analyse: Analyse, text: str, addressee: str) -> None:
    assert all(addressee not in speaker.name for speaker in analyse([("en", text)]).speakers)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a message to the council, Mayor Linda Park wrote that the plan was dead.", "Linda Park"),
        ("In a message to her sister, Anna Berg, a retired nurse, wrote that she was moving.", "Anna Berg"),
        ("In a letter to his lawyer, Michael Cohen, Trump wrote that he would pay.", "Trump"),
    ],
)
def test_the_writer_of_a_fronted_message_still_speaks(analyse: Analyse, text: str, name: str) -> None:
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == [name]


def test_a_title_apposition_closed_by_its_comma_still_titles_the_name(analyse: Analyse) -> None:
    doc = analyse(
        [("en", "Anna Berg, the senator from Ohio, said she would run. Later the senator said it was close.")]
    )
    assert set(_sources(doc).values()) == {"Anna Berg"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“I never learned to cook, and my kids know it,” Dalton laughed.", "Dalton"),
        ("“That is the last time I fly with them,” Petra Olsen chuckled.", "Petra Olsen"),
    ],
)
def test_a_quote_closed_by_laughing_is_the_laugher_s(analyse: Analyse, text: str, name: str) -> None:
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The crowd laughed when the clown fell.",
        "She laughed at the claim that the vote was rigged.",
        "He chuckled at reports that he would resign.",
        "Fans laughed with joy that the team had won.",
    ],
)
def test_laughing_without_a_quote_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert analyse([("en", text)]).speakers == []


@pytest.mark.parametrize(
    "text",
    [
        "“Sales fell by half,” said Will Tjernlund, a consultant for Amazon sellers.",
        "Will Tjernlund, a consultant for sellers, said the rules were unclear.",
        "Will Tjernlund said the rules were unclear.",
    ],
)
def test_will_as_a_given_name_stays_in_the_name(analyse: Analyse, text: str) -> None:
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == ["Will Tjernlund"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Will Congress act? Analysts said it would not.", ["Analysts"]),
        ("Analysts said Will Carter would resign.", ["Analysts"]),
        ("“We expected it,” said Hope Hicks, a former aide.", ["Hope Hicks"]),
        ("Grant Shapps said the trains would run on time.", ["Grant Shapps"]),
    ],
)
def test_modal_will_and_word_given_names_read_as_before(analyse: Analyse, text: str, names: list[str]) -> None:
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == names


@pytest.mark.parametrize(
    "page",
    [
        ["Taylor Swift said the deal was shocking.", "He said, she said", "Big Machine denied the claims."],
        ["Taylor Swift said the deal was shocking. It became a case of he said, she said."],
        ["Taylor Swift said the deal was shocking. It is a he-said-she-said dispute."],
    ],
)
def test_he_said_she_said_is_no_statement(analyse: Analyse, page: list[str]) -> None:
    doc = analyse([("en", text) for text in page])
    assert all("said" not in content for content in _sources(doc)), _sources(doc)


def test_a_doubled_he_said_is_still_a_statement(analyse: Analyse) -> None:
    doc = analyse(
        [("en", "Coach Bruce Boudreau was calm. “You have beaten good teams,” he said he said he told them.")]
    )
    assert "Bruce Boudreau" in {speaker.name for speaker in doc.speakers}


@pytest.mark.parametrize(
    "page",
    [
        ["The Plan Stage: Think and dream big about what you want."],
        ["Connectivity Technology: Bluetooth 5.0"],
        ["Family: Nyctaginaceae", "Light: full sun."],
    ],
)
def test_a_heading_label_of_common_words_names_no_speaker(analyse: Analyse, page: list[str]) -> None:
    assert analyse([("en", text) for text in page]).speakers == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Human Rights Watch: “The arrests were arbitrary.”", "Human Rights Watch"),
        ("Prime Minister Jacinda Ardern: “We will not be intimidated.”", "Jacinda Ardern"),
    ],
)
def test_a_label_naming_a_known_body_or_a_titled_person_still_speaks(analyse: Analyse, text: str, name: str) -> None:
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Alex Kim, who uses they/them pronouns, founded the shop in 2019. They said the rent had doubled.",
            "Alex Kim",
        ),
        ("Sam Rivera is a nonbinary artist. They told reporters the show would go on.", "Sam Rivera"),
    ],
)
def test_singular_they_for_the_one_person_named_so(analyse: Analyse, text: str, name: str) -> None:
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Alex Kim met Sam Rivera at the fair. Both are nonbinary. They said the rent had doubled.", []),
        ("Alex Kim visited the plant. The unions were furious. They said the talks were over.", []),
        ("Sam Rivera is a nonbinary artist. The unions said the show was over. They added it was final.", ["unions"]),
    ],
)
def test_they_stays_plural_without_one_person_named_so(analyse: Analyse, text: str, names: list[str]) -> None:
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == names


def test_a_quote_after_the_cue_s_colon_across_a_spaced_ellipsis(analyse: Analyse) -> None:
    text = "Nine months in, the IMF announced: “As of end January 2015 . . . the ratio stood at 13.8 percent.”"
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == ["IMF"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("When Gorman was arrested, he told police he had acted alone.", "Gorman"),
        ("After Julia Price was stopped at the border, she told officers she was visiting a friend.", "Julia Price"),
    ],
)
def test_he_or_she_after_a_fronted_clause_with_a_named_subject(analyse: Analyse, text: str, name: str) -> None:
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("When police arrested Tom Smith, he said he was innocent.", []),
        ("Anna Berg said the vote was close. When Congress voted, she said the bill was flawed.", ["Anna Berg"]),
    ],
)
def test_a_fronted_clause_without_a_named_person_leaves_the_pronoun(
    analyse: Analyse, text: str, names: list[str]
) -> None:
    assert [speaker.name for speaker in analyse([("en", text)]).speakers] == names
