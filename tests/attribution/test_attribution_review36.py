"""Wrong results found by review36's adversarial probes of session 36's attribution rules (issue #18).

Each rule was read on inputs other than its own tests': an "as" clause whose clitic stands for an action ("comme
l'a fait le gouvernement"), the day a statement is from ("a statement from Monday"), a spokesperson's compound that
names a job, not a body ("eine Pressesprecherin der ARD"), an interview phrase naming the relay before a titled
speaker ("Em entrevista à GloboNews, o ministro afirmou …"), and a person who found something out ("Wie Anna später
erfuhr, …").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def _relays(doc: Document) -> list[str]:
    block = doc.blocks[0].text
    return [block[relay.source.start : relay.source.end] for a in doc.attributions for relay in a.via]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Comme l'a fait le gouvernement, la ville a réduit ses dépenses."),
        ("fr", "La ville a réduit ses dépenses, comme l'avait fait le gouvernement en 2010."),
        ("es", "Como lo hizo el Gobierno, la ciudad redujo sus gastos."),
        ("es", "Como lo ha hecho el Gobierno, la ciudad redujo sus gastos."),
        ("it", "Come l'ha fatto il governo, la città ha ridotto le spese."),
    ],
)
def test_a_clitic_of_doing_in_an_as_clause_is_no_statement(analyse: Analyse, lang: str, text: str) -> None:
    doc = analyse([(lang, text)])
    assert doc.attributions == []
    assert doc.speakers == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "Comme l'a indiqué le ministère, la ville a réduit ses dépenses.", "ministère"),
        ("es", "Como lo ha explicado el ministro, la ciudad redujo sus gastos.", "ministro"),
        ("it", "Come l'ha spiegato il ministro, la città ha ridotto le spese.", "ministro"),
    ],
)
def test_a_clitic_of_saying_in_an_as_clause_still_names_the_speaker(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert _names(analyse([(lang, text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Das Programm werde eingestellt, wie eine Pressesprecherin der ARD sagte.", "Pressesprecherin der ARD"),
        (
            "Das Programm werde eingestellt, wie ein Unternehmenssprecher der Süddeutschen Zeitung sagte.",
            "Unternehmenssprecher der Süddeutschen Zeitung",
        ),
    ],
)
def test_a_press_spokesperson_before_an_outlet_speaks_for_it(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert _names(doc) == [speaker]
    assert _relays(doc) == []


def test_a_police_spokesperson_told_the_agency(analyse: Analyse) -> None:
    doc = analyse([("de", "Das Feuer sei gelöscht, wie ein Polizeisprecher der dpa sagte.")])
    assert _names(doc) == ["Polizeisprecher"]
    assert _relays(doc) == ["dpa"]
