"""German speaker recall (session 40, recall40): joined titles or a focus particle before the subject of a split
verb group, views passed with "sieht (in X / darin) einen …", findings a body publishes, and a body named with its
place. Sentences and names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> dict[str, str]:
    return {speaker.name: speaker.kind for speaker in doc.speakers}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kreisvorsitzende und Landrätin Gesa Lindholm hatte den Haushaltsplan scharf kritisiert.", "Gesa Lindholm"),
        ("Chefarzt und Klinikdirektor Tobias Rehwinkel hat vor einem Mangel an Betten gewarnt.", "Tobias Rehwinkel"),
        ("Gründerin und Geschäftsführerin Mira Oltmanns hat die Entscheidung ausdrücklich begrüßt.", "Mira Oltmanns"),
    ],
)
def test_joined_titles_before_a_name_open_a_split_verb_group(analyse: Analyse, text: str, name: str) -> None:
    assert name in _speakers(analyse([("de", text)]))


def test_two_joined_names_before_a_split_verb_group_both_speak(analyse: Analyse) -> None:
    speakers = _speakers(analyse([("de", "Ilse Wartberg und Jonas Pferdmenges haben den Kompromiss begrüßt.")]))
    assert {"Ilse Wartberg", "Jonas Pferdmenges"} <= set(speakers)


@pytest.mark.parametrize(
    "text",
    [
        "Kreisvorsitzende und Landrätin Gesa Lindholm hat am Montag das Band durchgeschnitten.",
        "Äpfel und Birnen haben die Kinder gestern gekauft.",
        "Chefarzt und Klinikdirektor Tobias Rehwinkel sind seit Jahren befreundet.",
    ],
)
def test_joined_words_before_a_split_act_name_no_speaker(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("de", text)])) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Mieterverein sieht in der Novelle einen Rückschritt für Familien.", "Mieterverein"),
        ("Die Opposition sieht darin einen Angriff auf die Unabhängigkeit der Gerichte.", "Opposition"),
        ("Landwirtschaftsminister Kurt Hallberg sah in dem Urteil ein wichtiges Signal.", "Kurt Hallberg"),
        ("Der Städtebund sieht in der Abgabe eine Zumutung für kleine Gemeinden.", "Städtebund"),
    ],
)
def test_a_view_seen_in_a_matter_is_a_statement(analyse: Analyse, text: str, name: str) -> None:
    assert name in _speakers(analyse([("de", text)]))


@pytest.mark.parametrize(
    "text",
    [
        "Der Mieterverein sieht in der Ferne einen Kran.",
        "Die Opposition sah im Fernsehen einen Film über die Gerichte.",
        "Landwirtschaftsminister Kurt Hallberg sah darin seinen Bruder.",
    ],
)
def test_seeing_a_thing_is_no_view(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("de", text)])) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Am Sonntagabend veröffentlichte die Wahlkommission die vorläufigen Ergebnisse der Wahl.", "Wahlkommission"),
        ("Die Verbraucherzentrale hat am Dienstag eine Studie zu Handytarifen veröffentlicht.", "Verbraucherzentrale"),
    ],
)
def test_findings_a_body_publishes_are_its_statement(analyse: Analyse, text: str, name: str) -> None:
    assert name in _speakers(analyse([("de", text)]))


@pytest.mark.parametrize(
    "text",
    [
        "Am Sonntagabend veröffentlichte die Kreiswahlleitung ein Foto des neuen Rathauses.",
        "Die Verbraucherzentrale hat am Dienstag eine Stellenanzeige veröffentlicht.",
    ],
)
def test_publishing_a_thing_is_no_statement(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("de", text)])) == {}


def test_a_body_named_with_its_place_is_the_speaker_not_the_place(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Diakonie im Landkreis Gifhorn warnt vor einem Mangel an Pflegekräften.")])
    assert _speakers(doc) == {"Diakonie im Landkreis Gifhorn": "organisation"}


def test_a_body_noun_with_a_place_keeps_its_own_reading(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Charité in Berlin warnt vor einem Mangel an Pflegekräften.")])
    assert _speakers(doc) == {"Charité": "organisation"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Auch der Landkreistag hat die Einigung ausdrücklich begrüßt.", "Landkreistag"),
        ("Selbst Stadtkämmerin Edda Vollrath hatte vor neuen Schulden gewarnt.", "Edda Vollrath"),
    ],
)
def test_a_focus_particle_before_the_subject_of_a_split_verb_group(analyse: Analyse, text: str, name: str) -> None:
    assert name in _speakers(analyse([("de", text)]))


@pytest.mark.parametrize(
    "text",
    [
        "Auch die neuen Pläne hat der Stadtrat am Montag beschlossen.",
        "Heute Morgen hat die Feuerwehr die Straße gesperrt.",
    ],
)
def test_a_fronted_object_or_time_after_a_focus_particle_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _speakers(analyse([("de", text)])) == {}


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        ([("de", "Die Verdächtige sei laut Medienberichten bereits vorbestraft.")], "Medienberichte"),
        ([("de", "Berichten zufolge wurde das Gebäude am Abend geräumt.")], "Berichte"),
        (  # the body the page named before does not take the reports' claim
            [("de", "Der Schützenbund Lindenau kritisierte die Pläne. Laut Presseberichten fehlte eine Erlaubnis.")],
            "Presseberichte",
        ),
    ],
)
def test_unnamed_reports_are_an_anonymous_source(analyse: Analyse, paragraphs, name: str) -> None:
    assert _speakers(analyse(paragraphs)).get(name) == "anonymous"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laut den Berichten der Polizei wurde das Gebäude geräumt.", "Polizei"),
        ("Einem Bericht des „Tagesspiegels“ zufolge wurde das Gebäude geräumt.", "Tagesspiegel"),
    ],
)
def test_reports_with_their_issuer_keep_the_issuer(analyse: Analyse, text: str, name: str) -> None:
    speakers = _speakers(analyse([("de", text)]))
    assert any(name in speaker for speaker in speakers)
    assert not any(kind == "anonymous" for kind in speakers.values())


def test_unnamed_reports_keep_the_page_spelling_as_an_alias(analyse: Analyse) -> None:
    doc = analyse([("de", "Berichten zufolge wurde das Gebäude am Abend geräumt.")])
    assert [(speaker.name, speaker.aliases) for speaker in doc.speakers] == [("Berichte", ["Berichten"])]
