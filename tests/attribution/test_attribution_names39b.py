"""German source names, round 2 (issue #18, names39b): a name the tagger reads as two nouns after "laut" or "von"
("Laut Reimund Schwarze"); both names of "nach Angaben von A (X) und B (Y)"; a bare "Partner" or "Kollegen" after a
name no speaker of its own; a body named by common words after its noun ("der Verein Mehr Demokratie"); "A als auch
B" after a singular verb; a noun glued to a titled name by inverted word order ("verwendete Küchenchef X Y
Zuckerschoten"). Hand-made sentences, one rule each, with the near misses that stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.speakers import titled_names
from sift.attribution.surnames import names_read_as_nouns
from sift.attribution.word_order import Token
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return sorted((speaker.name, speaker.kind) for speaker in doc.speakers)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # HanTa guesses a noun for an unknown given name and "Schwarze" is a word: a name all the same
        ("Laut Reimund Schwarze ist die Bilanz ernüchternd.", [("Reimund Schwarze", "person")]),
        ("Nach Angaben von Reimund Schwarze wurden zwei Dämme erhöht.", [("Reimund Schwarze", "person")]),
        ("Aus Sicht von Professor Reimund Schwarze fehlt ein Plan.", [("Reimund Schwarze", "person")]),
        # near misses: nouns the dictionary knows, or an article before them, are no name
        ("Laut Fahrplan Nord fährt der Bus um acht Uhr nicht.", None),
        ("Laut dem Bericht Schwarze Zahlen seien erreicht worden.", None),
    ],
)
def test_a_name_read_as_two_nouns_after_laut_or_von(
    analyse: Analyse, text: str, speakers: list[tuple[str, str]] | None
) -> None:
    found = _speakers(analyse([("de", text)]))
    if speakers is None:
        assert not any(name in ("Fahrplan Nord", "Bericht Schwarze", "Schwarze Zahlen") for name, _ in found)
    else:
        assert found == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Nach Meinung von Linda Teuteberg (FDP) und Cem Özdemir (Grüne) kommt das Gesetz zu spät.",
            [("Cem Özdemir", "person"), ("Linda Teuteberg", "person")],
        ),
        (
            "Nach Angaben von Sabine Kranz und Dirk Hahn ist die Finanzierung gesichert.",
            [("Dirk Hahn", "person"), ("Sabine Kranz", "person")],
        ),
        # near miss: an "and" inside one body's name stays one speaker
        (
            "Nach Angaben des Ministeriums für Arbeit und Soziales ist die Zahl gestiegen.",
            [("Ministerium für Arbeit und Soziales", "organisation")],
        ),
    ],
)
def test_both_names_after_von_of_an_according_phrase(
    analyse: Analyse, text: str, speakers: list[tuple[str, str]]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Schmidt und Partner erklärten, das Urteil sei falsch.", [("Schmidt", "person")]),
        ("Meyer und Kollegen schreiben, dass die Daten unvollständig seien.", [("Meyer", "person")]),
        # near misses: two bare bodies and two names both speak
        (
            "Laut Polizei und Feuerwehr wurde niemand verletzt.",
            [("Feuerwehr", "organisation"), ("Polizei", "organisation")],
        ),
        (
            "Anna Schmidt und Jens Roth erklärten, das Urteil sei falsch.",
            [("Anna Schmidt", "person"), ("Jens Roth", "person")],
        ),
    ],
)
def test_bare_companions_after_a_name_are_no_speaker(
    analyse: Analyse, text: str, speakers: list[tuple[str, str]]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Der Verein Mehr Demokratie erklärte, das Gesetz sei zu schwach.", [("Mehr Demokratie", "organisation")]),
        ("Laut dem Verein Mehr Demokratie ist das Gesetz zu schwach.", [("Mehr Demokratie", "organisation")]),
        ("Die Partei Die Linke kritisierte, die Mieten seien zu hoch.", [("Die Linke", "organisation")]),
        # near misses: a noun after the body noun stays the body noun's; no cue, no speaker
        ("Der Verein Lebenshilfe kritisierte, das Geld reiche nicht.", [("Verein Lebenshilfe", "organisation")]),
        ("Der Verein Mehr Demokratie wurde 1988 gegründet.", []),
    ],
)
def test_a_body_named_by_common_words_after_its_noun(
    analyse: Analyse, text: str, speakers: list[tuple[str, str]]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "So habe Landeshauptmann Mario Rossi als auch die Landesrätin Giulia Bianchi betont, das sei falsch.",
            [("Giulia Bianchi", "person"), ("Mario Rossi", "person")],
        ),
        (
            "Das habe sowohl Karin Weiß (SPD) als auch Tobias Brandt (CDU) kritisiert.",
            [("Karin Weiß", "person"), ("Tobias Brandt", "person")],
        ),
        # near misses: "und" after a singular verb joins no second subject; "mehr als auch" is no correlative
        ("So habe Mario Rossi und Giulia Bianchi betont, das sei falsch.", [("Mario Rossi", "person")]),
        ("Gestern habe Mario Rossi mehr als auch Giulia Bianchi gegessen.", []),
    ],
)
def test_a_correlative_joins_two_speakers_after_a_singular_verb(
    analyse: Analyse, text: str, speakers: list[tuple[str, str]]
) -> None:
    assert _speakers(analyse([("de", text)])) == speakers


def test_a_noun_glued_to_a_titled_name_is_no_part_of_it() -> None:
    text = "Bei Max Enk verwendete Küchenchef Torsten Hempel Zuckerschoten, Karotten und grünen Spargel."
    assert [person.name for person in titled_names(text, "de")] == ["Torsten Hempel"]


def test_a_third_name_after_a_given_name_stays() -> None:
    text = "Gestern sprach Bürgermeister Hans Peter Engels im Rathaus."
    assert [person.name for person in titled_names(text, "de")] == ["Hans Peter Engels"]


def _tagged(words: list[tuple[str, str]]) -> list[Token]:
    tokens, start = [], 0
    for text, pos in words:
        tokens.append(Token(text, start, start + len(text), text, pos, 0))
        start += len(text) + 1
    return tokens


@pytest.mark.parametrize(
    ("words", "retagged"),
    [
        ([("Laut", "ADP"), ("Reimund", "NOUN"), ("Schwarze", "NOUN")], ["ADP", "PROPN", "PROPN"]),
        # near misses: an agent noun by its ending is a title (realpages dev7: "laut Arbeitsrechtlerin Bürger"),
        # a word the dictionary holds is a noun, and an article before them makes a noun phrase
        ([("Laut", "ADP"), ("Arbeitsrechtlerin", "NOUN"), ("Bürger", "NOUN")], ["ADP", "NOUN", "NOUN"]),
        ([("Laut", "ADP"), ("Fahrplan", "NOUN"), ("Schwarze", "NOUN")], ["ADP", "NOUN", "NOUN"]),
        ([("von", "ADP"), ("der", "DET"), ("Reimund", "NOUN"), ("Schwarze", "NOUN")], ["ADP", "DET", "NOUN", "NOUN"]),
    ],
)
def test_which_two_nouns_are_a_name(words: list[tuple[str, str]], retagged: list[str]) -> None:
    assert [t.pos for t in names_read_as_nouns(_tagged(words), "de")] == retagged
