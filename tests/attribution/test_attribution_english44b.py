"""Session 44, english44b (issue #18). sweep44's rule that names before a plural noun of things name no speaker
("The Black Friday Apple deals promise …") also took people nouns the lexicon lacked ("Fox News hosts", "Boeing
mechanics"); a nationality adjective before "women"/"children" named no one; and a fronted "In a letter to his
lawyer, Michael Cohen, Trump wrote …" gave the addressee's apposition as the writer. Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fox News hosts said the network would not change its coverage.", "Fox News"),
        ("Boeing mechanics said the strike would continue into next week.", "Boeing"),
        ("Airline pilots said the runway lights had failed twice.", "pilots"),
        ("NASA scientists said the probe had survived the flyby.", "NASA"),
        ("White House officials said the president would sign the bill.", "White House"),
        ("Google engineers said the outage was caused by a configuration error.", "Google"),
    ],
)
def test_names_before_a_people_noun_keep_their_speaker(analyse: Analyse, text: str, name: str) -> None:
    doc = analyse([("en", text)])
    assert len(doc.speakers) == 1 and name in doc.speakers[0].name


@pytest.mark.parametrize(
    "text",
    [
        "The Black Friday Apple deals promise to be even better this year.",
        "The new Samsung phones promise longer battery life.",
    ],
)
def test_names_before_a_noun_of_things_still_name_no_one(analyse: Analyse, text: str) -> None:
    assert analyse([("en", text)]).speakers == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Afghan women said the new rules had shut them out of work.", "Afghan women"),
        ("Palestinian children said they had not eaten for days.", "Palestinian children"),
        ("Many men said the factory had cut their wages.", "men"),
    ],
)
def test_a_nationality_and_a_people_noun_is_an_anonymous_group(analyse: Analyse, text: str, name: str) -> None:
    doc = analyse([("en", text)])
    assert [(s.name, s.kind) for s in doc.speakers] == [(name, "anonymous")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a letter to his lawyer, Michael Cohen, Trump wrote that he had done nothing wrong.", "Trump"),
        ("In an email to his boss, Tim Cook, engineer Mark Hill wrote that the chip was delayed.", "Mark Hill"),
        (
            "In an interview with Reuters, Carla Dunmore, a biologist at the University of Oslo, said the ice was "
            "thinning.",
            "Carla Dunmore",
        ),
        ("In a letter to the editor, John Smith, a retired teacher, wrote that the school had closed.", "John Smith"),
        ("In a letter to his wife, Clara, Albert Einstein wrote that the theory was finished.", "Albert Einstein"),
    ],
)
def test_the_writer_after_the_addressees_apposition(analyse: Analyse, text: str, name: str) -> None:
    doc = analyse([("en", text)])
    assert [s.name for s in doc.speakers if s.confidence >= 0.5] == [name]
