"""Session 40, look14: a German person named with a title noun before the name and a body after it ("der Virologe
Christian Drosten von der Charité in Berlin schätzte …") is the person. The tagger heads such a span at the title
noun, so the last name run (the place, "Berlin") was read as the speaker; and "von der" after a given name and a
surname was read as a name particle ("Christian Drosten von der Charité"), as in "Ursula von der Leyen" (realpages
dev14, r14-002). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Virologe Christian Weber von der Charité sagte, die Zahl sei zu hoch.", "Christian Weber"),
        ("Der Chemiker Jonas Falk von der Leopoldina warnte, die Grenzwerte seien zu hoch.", "Jonas Falk"),
        ("Die Physikerin Ines Hahn von der ETH in Zürich betonte, der Effekt sei messbar.", "Ines Hahn"),
        ("Der Forscher Hannes Keller von der Sorbonne in Paris sagte, die Funde seien echt.", "Hannes Keller"),
        ("Die Sprecherin Maria Vogt von der Deutschen Bahn sagte, der Zug falle aus.", "Maria Vogt"),
        ("Der Agrarforscher Lukas Ebner von der Boku in Wien sagt, die Ernte werde knapp.", "Lukas Ebner"),
    ],
)
def test_a_titled_full_name_before_von_der_and_a_body_is_the_person(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ursula von der Leyen sagte, die Kommission werde handeln.", "Ursula von der Leyen"),
        ("Ursula Gertrud von der Leyen sagte, die Regeln seien neu.", "Ursula Gertrud von der Leyen"),
        ("Kommissionspräsidentin Ursula von der Leyen sagte in Brüssel, man werde handeln.", "Ursula von der Leyen"),
        ("Der Politiker Alexander Van der Bellen sagte, das Land sei gespalten.", "Alexander Van der Bellen"),
        ("Johann Wolfgang von Goethe schrieb, die Farben seien Taten des Lichts.", "Johann Wolfgang von Goethe"),
        ("Die Charité in Berlin teilte mit, der Patient sei entlassen worden.", "Charité"),
    ],
)
def test_a_name_particle_after_a_given_name_and_a_body_with_its_place_stay(
    analyse: Analyse, text: str, speaker: str
) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


def test_a_title_alone_with_a_place_after_the_verb_names_no_place(analyse: Analyse) -> None:
    assert "Berlin" not in _names(analyse([("de", "Der Virologe sagte in Berlin, die Zahl sei zu hoch.")]))
