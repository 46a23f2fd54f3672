"""Session 41, lead: a reporter that speaks of itself as "man" or "wir" in what it reports is the speaker, not the
relay of a pronoun ("Der Verband erklärte, man begrüße die Entscheidung" had no speaker: the association was the
relay of "man"); a cue's separable verb that reports nothing is no cue ("Der Verein sagte das Spiel ab" cancels it);
a phrase opened by an article no subject takes ("mit dem Bauamt und den Nachbarn sprechen") is no source of a verb
of saying; a school's or clinic's management, a church, a health insurer, a museum are bodies, a neighbour an
anonymous source; advice is said ("Die Ärztin rät, viel zu trinken")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(speaker.name, speaker.kind) for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Verband erklärte, man begrüße die Entscheidung.", ("Verband", "organisation")),
        ("Die Polizei erklärte, man bedauere die Vorfälle.", ("Polizei", "organisation")),
        ("Ein Sprecher der Stadt sagte, man warne vor dem Betreten des Eises.", ("Sprecher der Stadt", "anonymous")),
        ("Der Minister sagte, wir erwarten einen Anstieg der Preise.", ("Minister", "person")),
    ],
)
def test_a_reporter_speaking_of_itself_is_the_speaker(analyse: Analyse, text: str, speaker: tuple[str, str]) -> None:
    doc = analyse([("de", text)])
    assert _speakers(doc) == [speaker]
    assert len(doc.attributions) == 1
    assert not doc.attributions[0].via


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein sagte das Spiel wegen des Sturms ab.",
        "Die Schule sagte den Ausflug ab.",
        "Das Gericht sprach den Angeklagten frei.",
        "Die Firma meldete Insolvenz an.",
    ],
)
def test_a_separable_verb_that_reports_nothing_is_no_cue(analyse: Analyse, text: str) -> None:
    assert analyse([("de", text)]).speakers == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Minister sagte Hilfe zu.", "Minister"),  # a promise still reports
        ("Die Zeugin sagte vor Gericht aus, sie habe nichts gesehen.", "Zeugin"),  # testimony too
    ],
)
def test_a_separable_verb_that_reports_keeps_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert [name for name, _ in _speakers(analyse([("de", text)]))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Schulleitung sagte, man prüfe den Fall.", ("Schulleitung", "organisation")),
        ("Die Klinikleitung teilte mit, der Patient sei stabil.", ("Klinikleitung", "organisation")),
        ("Die Krankenkasse teilte mit, die Kosten würden übernommen.", ("Krankenkasse", "organisation")),
        ("Das Museum teilte mit, das Bild sei echt.", ("Museum", "organisation")),
        ("Die Wasserleitung platzte, sagte ein Nachbar.", ("Nachbar", "anonymous")),
    ],
)
def test_common_bodies_and_neighbours_speak(analyse: Analyse, text: str, speaker: tuple[str, str]) -> None:
    assert _speakers(analyse([("de", text)])) == [speaker]


def test_a_phrase_no_subject_opens_is_no_source(analyse: Analyse) -> None:
    # "den", "dem", "einem", "einen" open no subject: the neighbours are talked to, not speaking
    doc = analyse([("de", "Man sollte vorher mit dem Bauamt und den Nachbarn sprechen, um Klagen zu vermeiden.")])
    assert doc.speakers == []


def test_a_dative_source_of_zufolge_still_speaks(analyse: Analyse) -> None:
    assert _speakers(analyse([("de", "Den Nachbarn zufolge war es in der Nacht sehr laut.")])) == [
        ("Nachbarn", "anonymous")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Ärztin rät, viel zu trinken.", "Ärztin"),
        ("Die Polizei rät dazu, Türen abzuschließen.", "Polizei"),
        ("Verbraucherschützer raten davon ab, die Verträge zu unterschreiben.", "Verbraucherschützer"),
    ],
)
def test_advice_is_said(analyse: Analyse, text: str, speaker: str) -> None:
    assert [name for name, _ in _speakers(analyse([("de", text)]))] == [speaker]


def test_a_guess_asked_for_is_no_advice(analyse: Analyse) -> None:
    assert analyse([("de", "Raten Sie mal, wer gewonnen hat.")]).speakers == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Minister sagte, er bedauere den Vorfall.", ("Minister", "person")),
        ("Die Polizei erklärte, sie begrüße die Entscheidung.", ("Polizei", "organisation")),
        ("Das Ministerium teilte mit, es prüfe den Fall.", ("Ministerium", "organisation")),
        ("Die Experten sagten, sie erwarten steigende Preise.", ("Experten", "anonymous")),
        ("Merkel sagte, sie fordere mehr Geld.", ("Merkel", "person")),
    ],
)
def test_a_reporter_named_again_by_its_pronoun_is_the_speaker(
    analyse: Analyse, text: str, speaker: tuple[str, str]
) -> None:
    doc = analyse([("de", text)])
    assert _speakers(doc) == [speaker]
    assert not any(attribution.via for attribution in doc.attributions)


def test_a_pronoun_that_does_not_agree_is_someone_else(analyse: Analyse) -> None:
    # "sie" cannot stand for "der Minister": what she demands reaches the reader through him
    doc = analyse([("de", "Die Kanzlerin hat Druck gemacht. Der Minister sagte, sie fordere mehr Geld.")])
    assert ("Minister", "person") not in _speakers(doc)


def test_a_hyphenated_dative_phrase_is_no_source(analyse: Analyse) -> None:
    # the parishes are told, not telling ("evangelisch-lutherischen": a hyphen is no other word)
    text = (
        "Die Maßnahmen gelten ab Montag. Das hat der Bischof am Freitag, 19. November, den "
        "evangelisch-lutherischen Pfarrgemeinden in einem Brief mitgeteilt."
    )
    assert not any("Pfarrgemeinde" in name for name, _ in _speakers(analyse([("de", text)])))
