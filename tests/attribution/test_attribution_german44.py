"""Session 44, german44 (issue #18: German patterns left alone in session 43). The members of a list a preposition
governs are no subject of the cue closing the clause ("Ich möchte mich bei den Herren A, B und C für deren Hilfe
bedanken": the thanked are no speakers); colleagues tell as friends and neighbours do ("Ein Kollege sagte mir, …"),
while a colleague noun before a name leaves the name the speaker ("Amtskollege X"). Sentences written for this
test."""

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
        "Ich möchte mich besonders bei den Herren Klaus BERGER, Hans WEBER und Dr. Otto KRAUS für deren umfangreiche "
        "Unterstützung bedanken!",
        "Ich habe mich bei den Herren Klaus Berger, Hans Weber und Dr. Otto Kraus für ihre Hilfe bedankt.",
        "Wir wollen uns bei Eltern, Lehrern und Schülern für die Unterstützung bedanken.",
    ],
)
def test_the_thanked_in_a_list_are_no_speakers(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Der Minister hat sich bei den Helfern, Ärzten und Pflegern für ihren Einsatz bedankt.", ["Minister"]),
        # a comma after a clause of its own still opens the subject of a cue closing the sentence
        ("Die Lage ist eine Katastrophe, Verbände und Gewerkschaften warnen.", ["Verbände", "Gewerkschaften"]),
    ],
)
def test_a_list_comma_keeps_other_subjects(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert sorted(_names(analyse([("de", text)]))) == sorted(speakers)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ein Kollege sagte mir, die Stelle sei schon vergeben.", "Kollege"),
        ("Eine Kollegin erzählte, der Chef habe schon gekündigt.", "Kollegin"),
        ("Die Kollegen berichten, die Station sei seit Wochen überlastet.", "Kollegen"),
        ("Ein Parteikollege, Karl Brenner, sagte, die Entscheidung sei falsch.", "Karl Brenner"),
        ("Sein Amtskollege Olaf Scholz sagte, man werde die Gespräche fortsetzen.", "Olaf Scholz"),
        ("Ihre Kollegin Julia Berger sagte: „Das war ein schwerer Tag.“", "Julia Berger"),
        ("„Das ist ein Skandal“, sagte sein Fraktionskollege Thomas Huber.", "Thomas Huber"),
    ],
)
def test_colleagues_speak(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Mein Kollege fährt jeden Tag mit dem Rad.",
        "Chamberlain und sein Amtskollege Edouard Daladier suchten den Frieden zu sichern, indem sie nachgaben.",
    ],
)
def test_colleagues_without_a_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Frieden, den Chamberlain und sein Amtskollege Edouard Daladier zu sichern suchten, indem sie dem "
        "Diktator gaben, was er verlangte, hielt nicht lange.",
        "Was der Minister sagte, war falsch.",
    ],
)
def test_a_was_clause_holds_no_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


def test_a_cue_after_a_was_clause_still_speaks(analyse: Analyse) -> None:
    assert _names(analyse([("de", "Der Minister gab den Bauern, was sie verlangten, sagte der Sprecher.")])) == [
        "Sprecher"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Frei nach Yngwie Malmsteens Theorie „Mehr ist mehr!“ hat der Hersteller den Klang verändert.",
            "Yngwie Malmsteen",
        ),
        ("Ganz nach Angela Merkels Motto „Wir schaffen das“ machte er weiter.", "Angela Merkel"),
        (
            "Getreu Helmut Schmidts Devise „Wer Visionen hat, sollte zum Arzt gehen“ blieb er nüchtern.",
            "Helmut Schmidt",
        ),
        ("Angela Merkels Aussage, dass die Grenzen offen bleiben, sorgte für Streit.", "Angela Merkel"),
    ],
)
def test_a_full_name_in_the_genitive_before_a_statement_noun(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Merkels Motto „Wir schaffen das“ wurde berühmt.",  # a lone surname keeps its "s": left alone
        "Klaus Peters Motto ist bekannt.",
        "Die Theorie des Urknalls ist alt.",
        "Das Motto des Festes lautet „Bunt statt braun“.",
    ],
)
def test_statement_nouns_without_a_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Ministerin möchte betonen, dass die Lage ernst ist.", "Ministerin"),
        ("Der Verein möchte klarstellen, dass kein Spieler verletzt wurde.", "Verein"),
        ("Die Ministerin möchte darauf hinweisen, dass die Frist endet.", "Ministerin"),
        ("Der Minister will klarstellen: Wir bleiben.", "Minister"),
    ],
)
def test_a_wish_to_say_what_follows(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Ich möchte betonen, dass die Lage ernst ist.",
        "Die Kunden möchten wissen, ob die Preise steigen.",
        "Die Firma möchte ihre Kunden informieren.",
        "Die Firma möchte ihre Kunden warnen, bevor sie reisen.",
        "Die Firma will ihre Kunden warnen, bevor sie reisen.",  # an adverbial clause after the comma: nothing said
    ],
)
def test_a_modal_without_anything_said(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Minister will erläutern, warum die Preise steigen.", "Minister"),
        ("Die Ministerin wollte erklären, wie es weitergeht.", "Ministerin"),
    ],
)
def test_a_modal_before_an_indirect_question(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]
