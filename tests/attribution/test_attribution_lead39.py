"""Session 39, lead: a closing "so X" keeps its source when the statement's circumstances follow it ("…, so der
Verband in einer Mitteilung vom Dienstag."; realpages heldout rh-002 had no speaker), and an agency after it is the
relay; "so" without a noun after it names nobody. A one-word title in quotation marks is the outlet the
gazetteer knows with an article ("laut der „Welt“": Die Welt); "Nach einem Bericht der X" is an according phrase; a
finite verb right after one ("Nach Medienberichten soll der Trainer …") leaves it without a source; the opposition
and the Union are bodies. A name and its title over a quotation label the speaker ("Anna Beispiel, Sprecherin der
Stadt: „…“"); "aus Sicht" and "seitens" name a source; a noun's plural is no given name ("Angaben von Siemens")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _shown(doc: Document) -> list[str]:
    return [speaker.name for speaker in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Das sei ein großer Erfolg, so der Deutsche Tennisbund (DTB) in einer Meldung von heute.",
            "Deutscher Tennisbund",
        ),
        ("Die Straße bleibe gesperrt, so die Polizei am Montag.", "Polizei"),
        ("„Wir sind zufrieden“, so Anna Beispiel in einer Mitteilung vom Dienstag.", "Anna Beispiel"),
        ("Die Lage sei ernst, so Jonas Muster in seiner Rede vor dem Landtag.", "Jonas Muster"),
    ],
)
def test_so_x_keeps_its_source_before_the_statements_circumstances(analyse: Analyse, text: str, speaker: str) -> None:
    assert _shown(analyse([("de", text)])) == [speaker]


def test_an_agency_after_so_x_is_the_relay(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Lage sei ernst, so Jonas Muster gegenüber der dpa.")])
    assert _shown(doc) == ["Jonas Muster"]
    assert [len(a.via) for a in doc.attributions] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Die Preise steigen, so auch in Berlin.",
        "Wir fahren schnell, so wie immer am Montag.",
    ],
)
def test_so_without_a_source_names_nobody(analyse: Analyse, text: str) -> None:
    assert _shown(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Laut der „Welt“ sollen 200 Stellen wegfallen.", "Die Welt"),
        ("Laut einem Bericht der „Zeit“ sollen 200 Stellen wegfallen.", "Die Zeit"),
        ("Einem Bericht der „Welt“ zufolge sollen 200 Stellen wegfallen.", "Die Welt"),
        ("Nach einem Bericht der „Zeit“ will der Minister zurücktreten.", "Die Zeit"),
        ("Nach einem Bericht des „Spiegel“ will der Minister zurücktreten.", "Spiegel"),
    ],
)
def test_a_quoted_title_of_a_known_outlet_is_the_outlet(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert _shown(doc) == [speaker]
    assert [s.kind for s in doc.speakers] == ["outlet"]


@pytest.mark.parametrize(
    "text",
    [
        "Laut der „Tabelle“ steigen die Preise.",  # a quoted common noun no outlet is called
        "Nach Medienberichten soll der Trainer gehen.",  # the verb after the phrase: no source, "soll der Trainer"
        "Nach Angaben wurde niemand verletzt.",
        "Nach einem Bericht über die Vorfälle kam es zu Protesten.",
    ],
)
def test_no_outlet_or_source_is_made_up(analyse: Analyse, text: str) -> None:
    assert _shown(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Opposition sagte, die Pläne seien unsozial.", "Opposition"),
        ("Die Union kritisierte, die Pläne seien unsozial.", "Union"),
    ],
)
def test_the_opposition_and_the_union_are_bodies_that_speak(analyse: Analyse, text: str, speaker: str) -> None:
    doc = analyse([("de", text)])
    assert _shown(doc) == [speaker]
    assert [s.kind for s in doc.speakers] == ["organisation"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Anna Beispiel, Sprecherin der Stadt: „Die Brücke bleibt gesperrt.“", "Anna Beispiel"),
        (
            "Jonas Muster, Vorsitzender des Verbands, zum Entwurf des Gesetzes: „Der Zeitplan ist zu zaghaft.“",
            "Jonas Muster",
        ),
    ],
)
def test_a_name_and_its_description_over_a_quotation_label_the_speaker(
    analyse: Analyse, text: str, speaker: str
) -> None:
    assert _shown(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Berlin Mitte, am Dienstag: „Alles ruhig.“",  # a place and a time
        "Anna Beispiel, Sprecherin der Stadt: Die Brücke bleibt gesperrt.",  # no quotation after the colon
    ],
)
def test_no_label_without_a_title_and_a_quotation(analyse: Analyse, text: str) -> None:
    assert _shown(analyse([("de", text)])) == []


def test_a_plural_noun_before_von_is_no_given_name(analyse: Analyse) -> None:
    assert _shown(analyse([("de", "Nach Angaben von Siemens sinkt der Umsatz.")])) == ["Siemens"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aus Sicht der Gewerkschaft ist die Reform zu spät.", "Gewerkschaft"),
        ("Seitens der Stadt hieß es, die Brücke bleibe gesperrt.", "Stadt"),
    ],
)
def test_aus_sicht_and_seitens_name_the_source(analyse: Analyse, text: str, speaker: str) -> None:
    assert _shown(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize("text", ["Aus heutiger Sicht ist das falsch.", "Aus seiner Sicht ist das falsch."])
def test_aus_sicht_without_a_source_names_nobody(analyse: Analyse, text: str) -> None:
    assert _shown(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wie die „Bild“-Zeitung berichtet, soll der Trainer gehen.", "Bild"),
        ("Die „Tagesschau“-Redaktion teilte mit, der Bericht sei korrekt.", "Tagesschau"),
        ("Der „Pose“-Darsteller sagte, er sei müde.", "Darsteller"),  # a work's title describes a person
    ],
)
def test_a_quoted_title_hyphened_to_an_outlet_noun_names_the_outlet(analyse: Analyse, text: str, speaker: str) -> None:
    assert _shown(analyse([("de", text)])) == [speaker]


def test_a_storys_point_of_view_is_no_source(analyse: Analyse) -> None:
    text = "Der Roman erzählt aus der Sicht eines 13-Jährigen vom Leben in der Bundesrepublik."
    assert _shown(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Entwurf zum neuen Messstellengesetz räumt den Netzbetreibern mehr Zeit ein.",
        "Die Studie über die AfD zeigt, dass die Partei wächst.",
        "Der Referentenentwurf zum Gesetz sieht vor, dass die Preise steigen.",
    ],
)
def test_a_work_about_a_topic_names_no_speaker(analyse: Analyse, text: str) -> None:
    assert _shown(analyse([("de", text)])) == []


def test_a_studys_author_still_speaks(analyse: Analyse) -> None:
    doc = analyse([("de", "Laut einer Studie der Universität Mannheim steigen die Preise.")])
    assert _shown(doc) == ["Universität Mannheim"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # review39a: the fronted phrase is what was commented on, not an adverbial before the companion
        ("Zu dem Streit nahm der Landrat Kurt Vogel am Abend Stellung.", "Kurt Vogel"),
        # a party in brackets does not cut the phrase cue's window
        ("Am Montag machte Olaf Scholz (SPD) deutlich, dass die Steuern sinken.", "Olaf Scholz"),
        ("Stellung nahm am Montag der Landrat Kurt Vogel (CDU).", "Kurt Vogel"),
        # a fronted object is no shared subject; the subject after the verb is
        ("Den Bürgermeister traf die Opposition am Montag und forderte seinen Rücktritt.", "Opposition"),
        # a cue after "und" shares the subject even when a speaker noun is its object
        (
            "Der Landkreis Celle reagierte am Montag und forderte die Landesregierung auf, mehr Geld zu geben.",
            "Landkreis Celle",
        ),
    ],
)
def test_review39a_phrase_cues_and_shared_subjects(analyse: Analyse, text: str, speaker: str) -> None:
    assert _shown(analyse([("de", text)])) == [speaker]


def test_a_relative_clause_with_a_plural_verb_is_no_affiliation(analyse: Analyse) -> None:
    doc = analyse([("de", "Anna Roth, von der Kollegen erzählen, sie sei streng, lehnte ab.")])
    assert "Anna Roth" not in _shown(doc)


def test_a_declined_comment_is_no_statement(analyse: Analyse) -> None:
    assert _shown(analyse([("de", "Der Verband nahm nicht Stellung.")])) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # review39b: thanks with a quotation are a statement
        ("„Ihr wart heute großartig“, bedankte sich der Trainer bei den Fans.", ["Trainer"]),
        # a dateline before a quotation a frame reports is no speaker label
        (
            "Bad Homburg, Hessen: „Wir bauen die Stadt wieder auf“, sagte der Bürgermeister am Montag.",
            ["Bürgermeister"],
        ),
        # one's own chance is no view of a matter
        ("In der 80. Minute sah Müller seine Chance und schoss das Tor zum 2:1.", []),
        ("Der Verband sieht in der Reform eine Gefahr für die Bauern.", ["Verband"]),
    ],
)
def test_review39b_thanks_labels_and_chances(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert _shown(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a document noun opening the span gives the body no gender ("einer Mitteilung des … Bauernverbands": er)
        (
            "Laut einer Mitteilung des Deutschen Bauernverbands sind die Preise stark gestiegen. Er fordert daher mehr"
            " Hilfe vom Staat.",
            ["Deutscher Bauernverband"],
        ),
        # the pronoun the sentences between still use keeps its speaker
        (
            "Ministerin Anna Berg sagte am Montag, die Reform komme im Herbst. Der Plan sei fertig. Am Abend traf sie"
            " in Hamburg Eva Roth. Danach sagte sie, die Gespräche seien gut gewesen.",
            ["Anna Berg"],
        ),
        # a compound body noun in the genitive is the same body
        (
            "Der Energiekonzern Uniper teilte mit, die Preise würden steigen. Nach Angaben des Energiekonzerns Uniper"
            " werden auch die Gaspreise steigen.",
            ["Uniper"],
        ),
    ],
)
def test_review39b_pronouns_and_bodies(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert _shown(analyse([("de", text)])) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # review39c: a weapon or a looming harm is no threat announced
        ("Der Räuber drohte mit einem Messer und floh.", []),
        ("Den Bauern droht mit der Dürre ein Ernteausfall.", []),
        # a figure after "mit" is what is forecast or threatened
        ("Die Bundesbank rechnet mit 2 Prozent Wachstum.", ["Bundesbank"]),
        ("Der Konzern drohte mit 500 Entlassungen.", ["Konzern"]),
        # a dative object after a titled name is no part of the name
        ("Dazu erklärte Ministerin Anna Lührmann Reportern, die Lage sei ernst.", ["Anna Lührmann"]),
        # considering is no stated belief; a firm conviction with its content is
        ("Die Regierung denkt darüber nach, ob sie die Steuer senkt.", []),
        ("Der Minister ist der festen Überzeugung, dass die Reform kommt.", ["Minister"]),
    ],
)
def test_review39c_threats_forecasts_and_beliefs(analyse: Analyse, text: str, speakers: list[str]) -> None:
    assert _shown(analyse([("de", text)])) == speakers


def test_a_laws_number_is_no_speaker(analyse: Analyse) -> None:
    # an untuned Swiss law blog (session 39's end check): "2 SVG" of "Art. 90 Abs. 2 SVG" had been an organisation
    text = "Das Gericht hob ein Urteil auf, das den Beamten nur wegen Art. 90 Abs. 2 SVG verurteilt hatte."
    assert _shown(analyse([("de", text)])) == []
