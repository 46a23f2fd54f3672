"""Session 45, german45 (issue #18: German speakers). A guide's contract parties are no speakers ("Hierbei sichert
der Käufer dem Verkäufer zu, …", realpages dev10 r10-007); a genitive name before a title noun owns the speaker
("Müllers Anwälte", "Scholz’ Sprecher": never "Müllers"); "Die Grünen und die FDP kritisierten" names both
parties; a reporting modal's indirect question reads the row's question words. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.confidence import _counterparts
from sift.document import Document
from sift.lexicon.speaker_words import SPEAKER_WORDS

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return sorted((speaker.name, speaker.kind) for speaker in doc.speakers)


@pytest.mark.parametrize(
    "text",
    [
        "Hierbei sichert der Käufer dem Verkäufer zu, das Eigentum an der Sache bis zur Zahlung zu behalten.",
        "Dabei sichert der Mieter dem Vermieter zu, die Wohnung bis zum Auszug in gutem Zustand zu halten.",
        "In diesem Fall sichert der Arbeitgeber dem Arbeitnehmer zu, die Kosten der Fortbildung zu übernehmen.",
        "Meist versichert der Darlehensnehmer dem Darlehensgeber, dass er keine weiteren Schulden hat.",
    ],
)
def test_the_parties_of_a_contract_are_no_speakers(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Käufer sagte der Polizei, er habe nichts bemerkt.", "Käufer"),
        ("Der Minister sicherte dem Verband zu, die Mittel zu erhöhen.", "Minister"),
        ("Olaf Scholz sicherte den Ländern zu, die Kosten zu übernehmen.", "Olaf Scholz"),
    ],
)
def test_a_cue_with_another_addressee_keeps_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert [name for name, _ in _speakers(analyse([("de", text)]))] == [speaker]


def test_counterparts_are_read_from_their_affixes() -> None:
    assert _counterparts("käufer", "verkäufer", "de")
    assert _counterparts("vermieter", "mieter", "de")
    assert _counterparts("auftraggeber", "auftragnehmer", "de")
    assert not _counterparts("minister", "ministerpräsident", "de")
    assert not _counterparts("präsident", "vizepräsident", "de")
    assert not _counterparts("käufer", "verkäufer", "en")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Müllers Anwälte sagten, ihr Mandant sei unschuldig.", "Müllers Anwälte", "anonymous"),
        ("Trumps Anwälte erklärten, das Verfahren sei politisch motiviert.", "Trumps Anwälte", "anonymous"),
        ("Laut Scholz’ Sprecher war das Treffen vertraulich.", "Scholz’ Sprecher", "person"),
    ],
)
def test_a_genitive_name_owns_a_title(analyse: Analyse, text: str, speaker: str, kind: str) -> None:
    assert _speakers(analyse([("de", text)])) == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a given name in "-s" before a singular title noun that is a surname: still the person
        ("Markus Richter erklärte, die Lage sei ernst.", "Markus Richter"),
        # a statement noun after the genitive: whose statement it is speaks (german44)
        ("Laut Angela Merkels Aussage war die Lage ernst.", "Angela Merkel"),
    ],
)
def test_given_names_before_title_nouns_stay_names(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("de", text)])) == [(speaker, "person")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Die Grünen und die FDP kritisierten, der Entwurf gehe nicht weit genug.", ["FDP", "Grünen"]),
        ("Die Linke und die AfD erklärten, sie lehnten den Antrag ab.", ["AfD", "Linke"]),
    ],
)
def test_coordinated_parties_both_speak(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert [name for name, _ in _speakers(analyse([("de", text)]))] == speakers


def test_coordinated_parties_acting_say_nothing(analyse: Analyse) -> None:
    assert _speakers(analyse([("de", "Die Grünen und die FDP stimmten dem Gesetz zu.")])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister will erläutern, woher das Geld kommt.",
        "Die Ministerin möchte erklären, weswegen die Reform scheiterte.",
    ],
)
def test_a_modal_infinitive_tells_an_indirect_question(analyse: Analyse, text: str) -> None:
    assert len(_speakers(analyse([("de", text)]))) == 1


def test_the_modal_reads_the_lexicons_question_words() -> None:
    assert {"warum", "wieso", "weshalb", "weswegen", "wie", "wo", "wann", "was", "wer", "welche"} <= SPEAKER_WORDS[
        "de"
    ].question_words
