"""Session 43, german43 (issue #18: German recall on dev6, dev8, dev10). An object pronoun between a perfect's
auxiliary and its participle, or before the subject after it ("Die Ministerin hat uns versichert, …", "Gestern hat
uns die Ministerin versichert, …"), is no subject, also inside a quotation; agreement pointing back after a comma
("…, da sind sich alle Experten einig"); hearsay of the writer or "man" from a named speaker ("Von Ärzten habe ich
gehört, man müsse …"); an adjective counting years or times before an unlisted noun ("so der dreimalige Sieger").
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _names(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


def _sources(doc: Document) -> list[str]:
    return [
        doc.block(a.frame_block_id).text[a.source.start : a.source.end].lower() for a in doc.attributions if a.source
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "„Die Ministerin hat uns versichert, dass die Schule bleibt“, sagte der Bürgermeister.",
            {"Bürgermeister", "Ministerin"},
        ),
        (
            "Der Bürgermeister sagte: „Die Ministerin hat uns versichert, dass die Schule bleibt.“",
            {"Bürgermeister", "Ministerin"},
        ),
        ("„Der Arzt hat ihm erklärt, dass alles gut ist“, sagte die Mutter.", {"Mutter", "Arzt"}),
        (
            "„Die Behörde hat uns mitgeteilt, dass der Antrag abgelehnt ist“, berichtete der Anwalt.",
            {"Anwalt", "Behörde"},
        ),
        ("Die Ministerin hat uns versichert, dass die Schule bleibt.", {"Ministerin"}),
        ("Gestern hat mir der Minister gesagt, dass er zurücktritt.", {"Minister"}),
        ("Gestern hat uns die Ministerin versichert, dass die Schule bleibt.", {"Ministerin"}),
    ],
)
def test_an_object_pronoun_in_the_bracket_is_no_subject(analyse: Analyse, text: str, speakers: set[str]) -> None:
    doc = analyse([("de", text)])
    assert set(_names(doc)) == speakers
    assert not {"uns", "mir", "ihm"} & set(_sources(doc))


@pytest.mark.parametrize(
    "text",
    [
        "„Man hat uns versichert, dass die Schule bleibt“, sagte der Bürgermeister.",
        "„Uns wurde versichert, dass die Schule bleibt“, sagte der Bürgermeister.",
        "„Gestern hat uns niemand etwas gesagt“, sagte der Bürgermeister.",
    ],
)
def test_an_object_pronoun_speaks_for_nobody(analyse: Analyse, text: str) -> None:
    doc = analyse([("de", text)])
    assert _names(doc) == ["Bürgermeister"]
    assert "uns" not in _sources(doc)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Reform kommt zu spät, da sind sich alle Ökonomen einig.", "Ökonomen"),
        ("Die Reform kommt zu spät, darin sind sich die Ökonomen einig.", "Ökonomen"),
        ("Eine Straße ohne Ampeln funktioniert nicht, da sind sich alle Verkehrsexperten einig.", "Verkehrsexperten"),
        ("Das Projekt war zu teuer, da waren sich die Prüfer einig.", "Prüfer"),
    ],
)
def test_agreement_pointing_back_after_a_comma(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert _names(doc) == [speaker]
    assert doc.attributions[0].content is not None
    block = doc.block(doc.attributions[0].frame_block_id)
    assert block.text[doc.attributions[0].content.start :].startswith(text.split(",")[0][:10])


@pytest.mark.parametrize(
    "text",
    [
        "Er kam nicht, da sich die Ökonomen einig waren.",
        "Der Plan ist gut, da hat der Minister recht.",
        "Wir waren im Urlaub, da war die Stimmung gut.",
    ],
)
def test_no_agreement_with_nothing_agreed_on(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Von Ärzten habe ich gehört, man müsse viel trinken.", "Ärzten"),
        ("Wir haben von der Polizei erfahren, dass der Täter gefasst ist.", "Polizei"),
        ("Man hört von Experten immer wieder, dass der Winter mild wird.", "Experten"),
    ],
)
def test_hearsay_of_the_writer_names_whom_it_came_from(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Von dem Konzert habe ich gehört, es sei ausverkauft.",
        "Ich habe von dem Unfall gehört.",
        "Von ihm habe ich gehört, dass er umzieht.",
        "Ich habe von Freunden gehört, die in Berlin wohnen.",
        "Das Haus gehört von Anfang an meiner Mutter.",
    ],
)
def test_no_hearsay_without_a_speaker_or_said_content(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das war ein harter Tag“, so der dreimalige Sieger rückblickend.", "dreimalige Sieger"),
        ("„Wir sind bereit“, so der 28-jährige Titelverteidiger.", "28-jährige Titelverteidiger"),
        ("„Wir sind bereit“, sagte die zweimalige Olympiasiegerin.", "zweimalige Olympiasiegerin"),
    ],
)
def test_an_adjective_counting_years_or_times_describes_a_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert _names(doc) == [speaker]
    assert doc.speakers[0].kind != "organisation"


def test_a_lowercase_description_is_still_no_name(analyse: Analyse) -> None:
    doc = analyse([("de", "„Das war gut“, so die meisten befragten Zuschauer.")])
    assert _names(doc) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Trainer findet, dass die Mannschaft mehr laufen sollte.", "Trainer"),
        ("Zudem findet der Minister, dass die Schule bleiben muss.", "Minister"),
        ("Die Ministerin findet: „Das ist ein Fehler.“", "Ministerin"),
        ("Die Ministerin findet, das sei ein Fehler.", "Ministerin"),
        ("Der Verband hofft, die Regierung werde einlenken.", "Verband"),
    ],
)
def test_finding_with_its_content_is_a_view(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin fand die Idee gut.",
        "Die Forscher fanden heraus, dass das Eis schmilzt.",
        "Die Prüfer fanden Hinweise darauf, dass Geld fehlt.",
        "Das Konzert fand statt, obwohl es regnete.",
        "Er hofft auf Regen, dann wächst der Mais.",
        "Sie denkt an ihre Familie, die wohnt in Berlin.",
    ],
)
def test_finding_a_thing_is_no_view(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Im Fall der Autobahn kommt eBay aber zum Schluss, dass der Verkauf erlaubt war.", "eBay"),
        ("Laut eBay ist der Verkauf erlaubt.", "eBay"),
        ("Im Fall des Fotografen kommt iRights zum Schluss, dass die Forderung zu hoch ist.", "iRights"),
    ],
)
def test_a_camel_case_brand_is_a_name(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wenn man dem Hersteller glauben darf, hält der Akku zwei Tage.", "Hersteller"),
        ("Wenn man den Experten glaubt, wird der Winter mild.", "Experten"),
        ("Falls man der Polizei glauben kann, war der Fahrer betrunken.", "Polizei"),
    ],
)
def test_a_verb_final_condition_of_belief_names_the_source(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Wenn man an Gott glaubt, ist man nie allein.",
        "Wenn man das glauben kann, ist alles gut.",
    ],
)
def test_a_belief_in_something_names_no_source(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Nachbarn schweigen, oder sie sagen: „Wir wissen nichts.“",
        "Die Nachbarn schweigen. Oder sie sagen: „Wir wissen nichts.“",
        "Die Nachbarn protestieren vor dem Rathaus, und sie verlangen, dass die Straße gesperrt wird.",
    ],
)
def test_a_plural_pronoun_after_the_group_opening_its_sentence(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == ["Nachbarn"]


def test_a_plural_pronoun_in_what_another_says_is_no_source(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Bauern protestieren, aber die Ministerin sagt, sie seien im Unrecht.")])
    assert _names(doc) == ["Ministerin"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Aussage der Ministerin „Wir schaffen das“ wurde oft zitiert.", "Ministerin"),
        ("Die Forderung der Gewerkschaft „Mehr Lohn für alle“ stieß auf Widerstand.", "Gewerkschaft"),
    ],
)
def test_a_statement_noun_with_its_quotation_right_after_the_genitive(
    analyse: Analyse, text: str, speaker: str
) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Die Aussage der Zeitung „Bild“ war falsch.",
        "Die Forderung des Vereins „Freunde der Natur“ ist klar.",
    ],
)
def test_a_quoted_name_after_the_genitive_is_no_quotation(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []
