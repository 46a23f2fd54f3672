"""Session 42, german42b (issue #18: German recall on dev9). A German passive whose agent opens the clause before
the finite "werden" ("Vom Ministerium wurde bestätigt, dass …", "Von juristischer Seite wird auf X hingewiesen"),
stands inside the bracket before a participle with said content after its comma ("Es wurde von der Ministerin
bestätigt, dass …"), or opens a verb-final "as" clause ("Wie von der Polizei mitgeteilt wurde, …"); "Seite" is a
source noun ("von offizieller Seite", "Die andere Seite behauptet, …"). English: a verb of belief heading a "because"
clause of a third person gives the writer's account of why someone acted ("… because manufacturers believe that
…"), no view stated. Sentences written for this test."""

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
        ("Vom Ministerium wurde bestätigt, dass die Prüfung noch laufe.", "Ministerium"),
        ("Von der Stadtverwaltung wurde mitgeteilt, dass die Straße gesperrt bleibt.", "Stadtverwaltung"),
        ("Von der Polizei wurde am Montag erklärt, der Täter sei gefasst.", "Polizei"),
        ("Durch die Staatsanwaltschaft wurde bestätigt, dass Anklage erhoben wird.", "Staatsanwaltschaft"),
        ("Von der Bürgermeisterin Anna Weber wurde betont, dass die Schule bleibt.", "Anna Weber"),
        ("Von Seiten der Regierung wurde betont, dass keine Steuererhöhung geplant sei.", "Regierung"),
        ("Von der Feuerwehr wurde gewarnt, dass die Brücke einsturzgefährdet sei.", "Feuerwehr"),
        ("Von der Ministerin wurden die Maßnahmen ausdrücklich begrüßt.", "Ministerin"),
        ("Es wurde von der Ministerin bestätigt, dass die Prüfung noch laufe.", "Ministerin"),
        ("Wie vom Ministerium mitgeteilt wurde, läuft die Prüfung noch.", "Ministerium"),
        ("Die Prüfung laufe noch, wie von der Behörde mitgeteilt wurde.", "Behörde"),
    ],
)
def test_a_passive_agent_before_werden_or_in_an_as_clause_speaks(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Von offizieller Seite wurde bestätigt, dass der Flughafen geschlossen bleibt.", "offizieller Seite"),
        ("Von juristischer Seite wird gern darauf hingewiesen, dass das Gesetz nicht greift.", "juristischer Seite"),
        (
            "Von juristischer Seite wird in Interviews gern auf die Absolutheit des Schutzes hingewiesen.",
            "juristischer Seite",
        ),
        ("Die andere Seite behauptet, der Vertrag sei ungültig.", "andere Seite"),
    ],
)
def test_a_side_is_an_anonymous_source(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert _names(doc) == [speaker]
    assert doc.speakers[0].kind == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "Von allen Seiten wurde das Haus umstellt.",
        "Vom Dach wurde der Schnee geräumt.",
        "Von Anfang an wurde betont, dass die Lage ernst sei.",
        "Von dort wurde gemeldet, dass alles ruhig sei.",
        "Vom Ministerium wurde der Antrag abgelehnt.",
        "Von der Bühne wurde verkündet, dass das Konzert ausfällt.",
        "Wie im Vorjahr angekündigt wurde, steigen die Preise.",
        "Von den meisten Bürgern wurde die Maßnahme begrüßt.",
        "Vom Balkon aus wurde gerufen, dass es brennt.",
        "Von der Polizei wurde der Mann am Abend festgenommen.",
        "Vom Bürgermeister wurde die neue Brücke eröffnet.",
        "Von Seiten der Stadt wurde die Straße gesperrt.",
        "Auf Seite fünf steht, dass die Steuer steigt.",
        "Die Seite wurde gestern aktualisiert.",
    ],
)
def test_a_place_a_time_a_crowd_or_an_act_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Shops stock dozens of brands because retailers think customers want choice.",
        "There are many different keyboards because assorted manufacturers believe that there is demand for them.",
        "The company raised prices because its managers believe demand will hold.",
    ],
)
def test_a_belief_giving_a_third_persons_reason_is_no_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister said the plan failed because officials believed the data.", "minister"),
        ("Experts believe that prices will rise because demand is strong.", "Experts"),
        ("Because the senator believes taxes are too high, she said she would vote no.", "senator"),
        ('Trump said: "I am not okay with him because I think he treats me very unfairly."', "Trump"),
    ],
)
def test_a_stated_view_or_a_speakers_own_reason_keeps_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("en", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Users rightly expect to pick up a Mac and use it for several years.",
        "Fans expected to see a better game.",
        "The team hopes to win the cup next year.",
    ],
)
def test_counting_on_ones_own_action_is_no_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("en", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Many analysts expect prices to rise next year.", "analysts"),
        ("Economists expect that inflation will fall.", "Economists"),
        ("Many users expect that Apple will fix the keyboard.", "users"),
        ("The company said it expects to post a loss.", "company"),
        ("Bridenstine expects to produce three rockets through 2024.", "Bridenstine"),
        ("The company expects to post a loss this year.", "company"),
    ],
)
def test_a_forecast_about_something_else_keeps_its_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("en", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Redaktion erhielt vom Ministerium die Auskunft, dass die Prüfung noch laufe.", "Ministerium"),
        (
            "Auf Nachfrage bekamen wir von der Stadtverwaltung die Antwort, dass die Straße im Mai gesperrt werde.",
            "Stadtverwaltung",
        ),
        (
            "Ich erhielt von den Verlagsmitarbeiterinnen die Auskunft, dass der Saal ausverkauft sei.",
            "Verlagsmitarbeiterinnen",
        ),
        ("Wir erhielten die Nachricht von der Polizei, dass die Straße wieder frei ist.", "Polizei"),
    ],
)
def test_information_received_from_someone_is_their_statement(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Ich erhielt von meiner Mutter ein Paket mit Keksen.",
        "Der Verein erhielt von der Stadt die Genehmigung für das Fest.",
        "Wir bekamen von dort die Nachricht, dass alles gut sei.",
        "Ich habe die Antwort bekommen, dass es nicht geht.",
    ],
)
def test_a_thing_received_or_no_named_sender_is_no_statement(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wir müssen aufklären, damit die Leute sagen, das geht so nicht.",
        "Damit die Wähler sagen, die Partei habe recht, muss sie liefern.",
        "Es braucht Druck, damit ein Strom entstehen kann, dass die Leute sagen, da muss was passieren.",
        "Wir arbeiten hart, damit die Kunden sagen können, sie seien zufrieden.",
    ],
)
def test_a_statement_in_a_clause_of_purpose_is_wished_for_not_made(analyse: Analyse, text: str) -> None:
    assert _names(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Minister sagte, damit sei die Sache erledigt.", "Minister"),
        ("Damit sei die Sache erledigt, sagte der Minister.", "Minister"),
        ("Die Polizei warnte, damit niemand zu Schaden kommt, vor dem Betreten des Eises: Es sei zu dünn.", "Polizei"),
        ("Damit die Stadt sicher bleibt, hat der Sprecher erklärt, werde mehr kontrolliert.", "Sprecher"),
        ("Damit unterstreicht die Sprecherin, wie wichtig die Busse sind.", "Sprecherin"),
    ],
)
def test_damit_as_an_adverb_or_beside_the_cue_keeps_the_speaker(analyse: Analyse, text: str, speaker: str) -> None:
    assert _names(analyse([("de", text)])) == [speaker]
