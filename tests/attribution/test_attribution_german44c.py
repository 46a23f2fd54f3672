"""Session 44, german44c (issue #18: German defects review44b found). A name in the genitive before a source noun
owns the speakers ("Merkels Kritiker": the critics speak); "circles" are an anonymous source ("Wie aus
Kollegenkreisen verlautete"); a spokesperson of a list of bodies is the speaker, no body of the list; an auxiliary
and a sentence-final cue with nothing between them name no source (", wurde kritisiert."); a list of names after
"laut" names all. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return sorted((speaker.name, speaker.kind) for speaker in doc.speakers)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Merkels Kritiker sahen das anders.", "Kritiker"),
        ("Schröders Gegner sagten, die Reform sei gescheitert.", "Gegner"),
        ("Trumps Berater betonten, es gebe keinen Deal.", "Berater"),
    ],
)
def test_a_genitive_name_owns_the_speakers(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("de", text)])) == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title noun after a given name in "-s" is a surname, no one owned
        ("Markus Richter sagte, die Lage sei ernst.", "Markus Richter"),
        ("Angela Merkel sagte, sie sehe das anders.", "Angela Merkel"),
        # a statement noun after the genitive: whose statement it is speaks (german44)
        ("Laut Merkels Aussage ist das falsch.", "Merkel"),
    ],
)
def test_names_before_nouns_still_speak(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("de", text)])) == [(speaker, "person")]


@pytest.mark.parametrize(
    "text",
    [
        "Wie aus Kollegenkreisen verlautete, wird der Chef gehen.",
        "Wie aus Regierungskreisen verlautete, soll das Gesetz kommen.",
        "Aus Parteikreisen hieß es, der Vorsitzende trete zurück.",
        "Branchenkreise berichten, die Preise würden steigen.",
    ],
)
def test_circles_are_anonymous(analyse: Analyse, text: str) -> None:
    speakers = _speakers(analyse([("de", text)]))
    assert len(speakers) == 1
    assert speakers[0][1] == "anonymous"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Sprecher von Polizei, Feuerwehr und THW hat bestätigt, dass niemand verletzt wurde.",
            "Sprecher von Polizei, Feuerwehr und THW",
        ),
        (
            "Ein Sprecher von Polizei und Feuerwehr sagte, die Straße bleibe gesperrt.",
            "Sprecher von Polizei und Feuerwehr",
        ),
        (
            "Die Sprecherin von BUND, NABU und Greenpeace erklärte, man werde klagen.",
            "Sprecherin von BUND, NABU und Greenpeace",
        ),
    ],
)
def test_a_spokesperson_of_listed_bodies_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("de", text)])) == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ein Sprecher des Bundesumweltministeriums sagte, man prüfe das.", "Bundesumweltministerium"),
        ("Die Leiterin von Kita und Schule, Anna Weber, sagte, man sei vorbereitet.", "Anna Weber"),
    ],
)
def test_one_body_or_a_named_person_still_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert [name for name, _ in _speakers(analyse([("de", text)]))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Der Plan sei zu teuer, wurde kritisiert.",
        "Das Vorhaben ist unnötig, wurde bemängelt.",
        "Die Reform komme zu spät, wurde betont.",
    ],
)
def test_an_agentless_final_cue_names_no_source(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert doc.speakers == []
    assert all(attribution.source is None for attribution in doc.attributions)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Plan sei zu teuer, wurde vom Verband kritisiert.", "Verband"),
        ("Das sei ein Fehler, hat Klinzewitsch am Dienstag kommentiert.", "Klinzewitsch"),
    ],
)
def test_a_final_cue_with_its_subject_still_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert [name for name, _ in _speakers(analyse([("de", text)]))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Laut den Forschern Müller, Meier und Schulze ist der Effekt gering.", ["Meier", "Müller", "Schulze"]),
        (
            "Laut Lena Hoffmann, Tim Becker und Sara Schmidt wird die Studie wiederholt.",
            ["Lena Hoffmann", "Sara Schmidt", "Tim Becker"],
        ),
        ("Laut den Forschern Müller und Meier ist der Effekt gering.", ["Meier", "Müller"]),
        # no list: an appositive after the comma
        ("Laut Müller, dem Chef der Firma, ist der Effekt gering.", ["Müller"]),
    ],
)
def test_a_list_after_laut_names_all(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert [name for name, _ in _speakers(analyse([("de", text)]))] == speakers


def test_a_list_after_a_speech_noun_stays_as_before(analyse: Analyse) -> None:
    # the announcements' "von" list is no spokesperson's: the party in brackets is no speaker (realpages dev rp-012)
    text = "Die Pläne von Stadtwerken und Bürgermeisterin Eva Lang (SPD) versprechen, dass alles günstiger werde."
    assert "SPD" not in [name for name, _ in _speakers(analyse([("de", text)]))]


def test_a_list_after_a_closing_laut_names_all(analyse: Analyse) -> None:
    text = "Die Studie wird wiederholt, laut Lena Hoffmann, Tim Becker und Sara Schmidt."
    assert [name for name, _ in _speakers(analyse([("de", text)]))] == ["Lena Hoffmann", "Sara Schmidt", "Tim Becker"]
