"""German speaker recall (german4, issue #18): verbs of feeling with their reflexive beside a quotation ("„…“, freute
sich X"), the separable "schlägt … vor", two names joined by "und" before a plural cue, and names with digits.
Hand-made sentences with invented names; none is taken from a real-page set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> set[str]:
    return {speaker.name for speaker in doc.speakers}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das ist ein Erfolg für die Region“, freute sich Bürgermeisterin Anna Kellerhoff.", "Anna Kellerhoff"),
        ("Bürgermeisterin Anna Kellerhoff freute sich: „Das ist ein Erfolg für die Region.“", "Anna Kellerhoff"),
        ("„Wir haben viel zu lange gewartet“, ärgerte sich der Betriebsratschef Tomas Brenning.", "Tomas Brenning"),
        ("„Das war ein toller Sprung“, freute sich Pierre Lamarche-Dubois.", "Pierre Lamarche-Dubois"),
    ],
)  # fmt: skip
def test_a_verb_of_feeling_beside_a_quotation_gives_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert speaker in _names(analyse([("de", text)]))


@pytest.mark.parametrize(
    "text",
    [
        "Die Kinder von Anna Kellerhoff freuten sich über den Schnee.",
        "Die Eltern von Lena Hufnagel freuten sich, als der Film „Eisberg“ lief.",  # a quoted title, no quotation
    ],
)
def test_a_verb_of_feeling_without_a_quotation_beside_it_is_no_cue(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert doc.speakers == []
    assert doc.attributions == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadträtin Lena Hufnagel schlägt eine neue Umgehungsstraße vor.",
        "Lena Hufnagel, Stadträtin in Kleinstadt, schlägt vor, die Gebühren zu senken.",
    ],
)
def test_the_separable_verb_of_proposing_is_a_cue(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == {"Lena Hufnagel"}


@pytest.mark.parametrize(
    "text",
    [
        "Die Ärztin Sonja Perlbach und der Virologe Karl Umbreit empfehlen eine dritte Impfung.",
        "Sonja Perlbach und Karl Umbreit forderten eine dritte Impfung.",
    ],
)
def test_two_names_joined_by_und_before_a_plural_cue_both_speak(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == {"Sonja Perlbach", "Karl Umbreit"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a genitive's nouns stay apart: the announcements are no speaker, nor is the railway
        ("Die Ankündigungen von Bahn und Minister Umbreit empfehlen eine dritte Impfung.", {"Umbreit"}),
        # a singular cue: the "and" is inside the object's clause, not a joined subject
        ("Sonja Perlbach sagte, Karl Umbreit und die Stadt hätten gewartet.", {"Sonja Perlbach"}),
    ],
)
def test_names_joined_by_und_stay_apart_elsewhere(analyse: Analyse, text: str, names: set[str]) -> None:
    assert _names(analyse([("de", text)])) == names


@pytest.mark.parametrize(
    "text",
    [
        "Laut Adwise3 ergibt dies eine Gesamtmenge von zehn Tonnen.",
        "Mediaplan und Adwise3 empfehlen Unternehmen daher, weniger Werbung zu kaufen.",
    ],
)
def test_a_name_with_digits_is_a_name_not_a_number(analyse: Analyse, text: str) -> None:
    assert "Adwise3" in _names(analyse([("de", text)]))


def test_a_number_stays_a_number() -> None:
    from sift.attribution.german import _is_letter_digit_name

    assert _is_letter_digit_name("Adwise3")
    assert not _is_letter_digit_name("2024")
    assert not _is_letter_digit_name("3er")
    assert not _is_letter_digit_name("A3")  # one letter: a paper size, a motorway


@pytest.mark.parametrize(
    "text",
    [
        "Bürgermeisterin Anna Kellerhoff freute sich: „Das ist ein Erfolg für die Region.“",
        "Bürgermeisterin Anna Kellerhoff freute sich über den Beschluss: „Das ist ein Erfolg für die Region.“",
    ],
)
def test_the_quotation_after_a_verb_of_feeling_is_what_was_said(analyse: Analyse, text: str) -> None:
    """The reflexive and what was felt about ("sich über den Beschluss") are no part of the content."""
    (attribution,) = analyse([("de", text)]).attributions
    assert text[attribution.content.start : attribution.content.end] == "„Das ist ein Erfolg für die Region.“"
    assert attribution.kind == "direct"
