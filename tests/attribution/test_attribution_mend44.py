"""Session 44, mend44 (issue #18, English speakers the lead left alone in session 43). "In a letter to Y, X wrote
that …": the parser made the writer X an apposition (or a conjunct) of the addressee Y, and X had no speaker; Y is
the one written to, never the speaker. A relative "that"/"which" subject ("retailers that said …", "the committee,
which said …") stands for its antecedent, as "who" already did; a document's ("a report that said") is left alone.
English "they" and French "ils"/"elles" never stand for one person named before ("“…,” said Anna Kowal. The unions
were furious. They said …": not Kowal). Groups of people a fact-checker meets as anonymous sources ("settlers",
"passengers", "villagers", "riders", "the waitress") are read as the other source nouns are. Sentences and names are
invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def _speaker_of(doc: Document, words: str) -> str | None:
    """The speaker of the attribution whose content holds ``words``."""
    for attribution in doc.attributions:
        content = next(block.text for block in doc.blocks if block.id == attribution.block_id)
        if words in content[attribution.content.start : attribution.content.end] and attribution.source is not None:
            return attribution.source.entity
    return None


@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        (
            "In a letter to Prime Minister Boris Johnson, Labour leader Keir Starmer wrote that the lockdown had "
            "failed.",
            "Keir Starmer",
            "Boris Johnson",
        ),
        (
            "In an interview with Reuters, Carla Dunmore, a marine biologist at the University of Miami, said the "
            "reef was dying.",
            "Carla Dunmore",
            "Reuters",
        ),
    ],
)
def test_the_writer_after_the_one_written_to(analyse: Analyse, text: str, speaker: str, addressee: str) -> None:
    doc = analyse([("en", text)])
    assert speaker in _names(doc)
    assert addressee not in _names(doc)
    assert _speaker_of(doc, "that" if "wrote" in text else "the reef") == speaker


def test_a_spokesperson_after_the_outlet_written_to(analyse: Analyse) -> None:
    doc = analyse([("en", "In an email to The Guardian, a spokesperson for the ministry said the figures were wrong.")])
    assert _speaker_of(doc, "the figures were wrong") is not None
    assert "Guardian" not in " ".join(_names(doc))


@pytest.mark.parametrize(
    "text",
    [
        "In a letter to the city council, Mayor Linda Park wrote that the budget would be cut by ten percent.",
        "In a letter to Tim Cook, Elizabeth Warren wrote that Apple had misled customers.",
        "In a message to staff, the company's chief executive, Sara Holm, wrote that no jobs would go.",
    ],
)
def test_letters_read_before_stay(analyse: Analyse, text: str) -> None:
    doc = analyse([("en", text)])
    assert len(doc.speakers) == 1
    assert doc.speakers[0].name in ("Linda Park", "Elizabeth Warren", "Sara Holm")


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        ("Walmart, Target and Costco are among retailers that said they would raise prices.", "retailers"),
        ("The committee, which said the report was flawed, voted to reject it.", "committee"),
        ("The companies that said they would leave the country have not done so.", "companies"),
    ],
)
def test_a_relative_that_or_which_stands_for_its_antecedent(analyse: Analyse, text: str, antecedent: str) -> None:
    doc = analyse([("en", text)])
    assert _names(doc) == [antecedent]


def test_a_report_that_said_is_left_to_its_pronoun(analyse: Analyse) -> None:
    doc = analyse([("en", "The minister cited a report that said the river was polluted.")])
    assert "report" not in _names(doc)


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (
            "en",
            "“The plan is dead,” said Anna Kowal. The unions were furious. They said the deal would cost jobs.",
            "the deal would cost jobs",
        ),
        (
            "en",
            "Economist John Baker praised the plan. The unions were less enthusiastic. They said the deal would cost "
            "jobs.",
            "the deal would cost jobs",
        ),
        (
            "fr",
            "« Le plan est mort », a dit Anna Kowal. Les syndicats étaient furieux. Ils ont dit que l'accord coûterait "
            "des emplois.",
            "l'accord coûterait",
        ),
    ],
)
def test_they_is_never_one_person(analyse: Analyse, lang: str, text: str, words: str) -> None:
    doc = analyse([(lang, text)])
    assert _speaker_of(doc, words) is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Health officials said the outbreak was under control. They added that schools would reopen.", "officials"),
        ("The ministry said the figures were wrong. They added that a review was under way.", "ministry"),
    ],
)
def test_they_still_takes_a_group_or_a_body(analyse: Analyse, text: str, group: str) -> None:
    doc = analyse([("en", text)])
    speaker = _speaker_of(doc, text.split("They added ")[1].rstrip("."))
    assert speaker is not None and group in speaker.lower()


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Jewish settlers said the change paved the way for annexation.", "Jewish settlers"),
        ("Passengers said the plane shook violently before landing.", "Passengers"),
        ("Local villagers said the river had turned red overnight.", "Local villagers"),
        ("Many riders will tell you the quality of the service has declined.", "riders"),
    ],
)
def test_groups_of_people_speak_anonymously(analyse: Analyse, text: str, group: str) -> None:
    doc = analyse([("en", text)])
    assert [(speaker.name, speaker.kind) for speaker in doc.speakers] == [(group, "anonymous")]


def test_the_waitress_who_said(analyse: Analyse) -> None:
    doc = analyse([("en", "The manager believed the waitress, who said that I started it.")])
    assert _names(doc) == ["waitress"]


@pytest.mark.parametrize(
    ("text", "sender", "words"),
    [
        ("She received a letter from the tax office, saying that she owed 4,000 euros.", "tax office", "she owed"),
        ("He got a call from his lawyer, telling him the case had been dropped.", "lawyer", "the case had been"),
        (
            "Residents received a notice from the city council on Friday, warning that the water was unsafe to drink.",
            "city council",
            "the water was unsafe",
        ),
    ],
)
def test_the_sender_of_a_message_says_what_the_participle_reports(
    analyse: Analyse, text: str, sender: str, words: str
) -> None:
    doc = analyse([("en", text)])
    assert _speaker_of(doc, words) == sender


def test_the_one_who_sent_a_letter_to_someone_still_speaks(analyse: Analyse) -> None:
    doc = analyse([("en", "The minister sent a letter to the mayor, saying the funds would be released.")])
    assert _speaker_of(doc, "the funds would be released") == "minister"


@pytest.mark.parametrize(
    "text",
    [
        "Palestinian officials, who asked not to be named, said the talks had failed.",
        "A senior diplomat, who asked not to be identified, said the deal was close.",
    ],
)
def test_asking_not_to_be_named_is_no_statement(analyse: Analyse, text: str) -> None:
    doc = analyse([("en", text)])
    assert len(doc.attributions) == 1
    assert _speaker_of(doc, "not to be") is None
