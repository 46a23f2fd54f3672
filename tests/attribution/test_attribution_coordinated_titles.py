"""Two titles joined by "und"/"and" before one name describe that one person ("der Publizist und Philosoph …",
found on an unseen Deutschlandfunk interview page); two names joined so still both speak (sentences made up, names
invented)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Die Arbeit werde sich ändern, sagte der Publizist und Philosoph Hanno Kerbel.", "Hanno Kerbel"),
        ("de", "„Wir stehen erst am Anfang“, sagt die Ökonomin und Autorin Greta Vallmer.", "Greta Vallmer"),
        ("en", "The economist and author Greta Vallmer said the change had only begun.", "Greta Vallmer"),
    ],
)
def test_coordinated_titles_before_a_name_are_one_speaker(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    doc = analyse([(lang, text)])
    assert [s.name for s in doc.speakers] == [speaker]


def test_two_names_joined_by_and_still_both_speak(analyse: Analyse) -> None:
    doc = analyse([("en", "Hanno Kerbel and Greta Vallmer said the change had only begun.")])
    assert sorted(s.name for s in doc.speakers) == ["Greta Vallmer", "Hanno Kerbel"]


def test_a_place_after_a_preposition_is_no_speaker_when_a_pronoun_is_the_subject(analyse: Analyse) -> None:
    # "man" is the subject (nobody in particular); "in Frankreich als einziges Land" is where, not who
    doc = analyse([("de", "Da kann man doch nicht in Frankreich als einziges Land sagen, wir machen die Grenzen zu.")])
    assert doc.speakers == []


def test_a_subject_pronoun_before_a_place_takes_the_statement(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Hanno Kerbel ist Bürgermeister von Lindau."),
            ("de", "Da kann er doch nicht in Frankreich als einziges Land sagen, wir machen die Grenzen zu."),
        ]
    )
    # "er" is the subject, never the place; nor is it "von Lindau", a title's town read as a person's name
    assert {s.name for s in doc.speakers} <= {"Hanno Kerbel"}


def test_a_pronoun_of_another_clause_is_no_subject(analyse: Analyse) -> None:
    text = "Was ich ihnen dann erzähle, wirkt wie ein Film, von dem sie sagen, das kann ja alles sein."
    doc = analyse([("de", text)])
    block = doc.blocks[0]
    assert "ich" not in [block.text[a.source.start : a.source.end] for a in doc.attributions if a.source]
