"""Session 42, sweep42 (issue #18: untuned pages read as a fact-checker). A German speech verb's participle in a
state passive with "sein" ("die gesetzlich versichert sind", "Wer privat versichert ist", "Sie sind automatisch
versichert") names no speaker: speech verbs form their perfect with "haben", so the subject is what the state is
about (the Foreign Office's travel advice for Italy read "Italien für alle Personen" as the speaker of
"versichert"). The perfect with "haben", a "werden" passive with its agent and the present tense still speak. A
comma inside round brackets before a sentence-final participle opens no clause: "Fälle wurden aus Spanien (Städte
Valencia, Murcia und Almería) gemeldet" names no speaker (the same page named two Italian towns as speakers).
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Es besteht in Spanien für alle Personen, die in Deutschland gesetzlich versichert sind, ein Anspruch.",
        "Wer in Frankreich privat versichert ist, muss die Kosten zunächst selbst tragen.",
        "Polen ist für alle Reisenden, die bei einer deutschen Kasse versichert sind, kostenfrei.",
        "In Belgien sind Grenzgänger über ihren Arbeitgeber versichert.",
        "Der Verein ist seit dem Frühjahr beim Amtsgericht gemeldet.",
        "Zuletzt wurden Masernfälle 2019 aus Spanien (Städte Valencia, Murcia und Almería) gemeldet.",
        "Zuletzt wurden Grippefälle aus Portugal (Orte Braga, Faro und Évora) gemeldet.",
        "Urlauber sollten sich vorab gut informieren, sich vorsichtig verhalten, die lokale Presse verfolgen und "
        "auffällige Dinge (zum Beispiel herrenlose Koffer, seltsames Verhalten) den örtlichen Behörden melden.",
    ],
)
def test_a_state_passive_or_a_bracketed_list_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Minister versicherte, die Renten seien sicher.", "Minister"),
        ("Italien versicherte, man werde die Grenzen offen halten.", "Italien"),
        ("Die Regierung in Madrid hat versichert, dass keine Gefahr bestehe.", "Regierung"),
        ("Die Fälle wurden vom Robert-Koch-Institut gemeldet.", "Robert-Koch-Institut"),
        ("Die Stadt Mailand hat am Montag neue Fälle gemeldet.", "Stadt Mailand"),
        ("Der Plan sei gut, hat die Ministerin (CDU, Hessen) am Montag betont.", "Ministerin"),
    ],
)
def test_speech_with_haben_werden_or_present_still_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert any(speaker in name for name in _names(analyse([("de", text)])))
