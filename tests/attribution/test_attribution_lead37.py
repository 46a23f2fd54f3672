"""German bodies and lists of speakers read whole (session 37).

Wire copy names German bodies with their remit ("das Bundesamt für Migration und Flüchtlinge"), lists several of
them as one subject ("Die Charité in Berlin, die München Klinik Schwabing und das Institut für Virologie teilten
mit"), writes ordinals in figures inside titles ("der Präsident der 27. UN-Klimakonferenz") and names newspapers
by a capitalised adjective and a short noun ("die Rheinische Post"). Each was cut, merged or dropped before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in doc.speakers]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Das Bundesamt für Migration und Flüchtlinge teilte am Montag mit, es kämen mehr Menschen.", None),
        ("Das teilte das Bundesamt für Migration und Flüchtlinge mit.", None),
        ("Nach Angaben des Bundesamts für Migration und Flüchtlinge kamen 2000 Menschen.", None),
        ("Laut Bundesamt für Migration kamen im Mai mehr Menschen.", "Bundesamt für Migration"),
        (
            "Die Bundeszentrale für politische Bildung teilte mit, das Angebot werde erweitert.",
            "Bundeszentrale für politische Bildung",
        ),
    ],
)
def test_a_german_body_keeps_its_remit(analyse: Analyse, text: str, speaker: str | None) -> None:
    expected = speaker or "Bundesamt für Migration und Flüchtlinge"
    assert _speakers(analyse([("de", text)])) == [(expected, "organisation")]


def test_a_title_remit_ends_before_the_object(analyse: Analyse) -> None:
    """A lower-case word after the remit opens the next phrase: "für Kultur und Medien | neue Regeln"."""
    doc = analyse([("de", "Das teilte der Beauftragte für Kultur und Medien neue Regeln mit.")])
    assert [s.name for s in doc.speakers] == ["Beauftragte für Kultur und Medien"]


def test_a_spokesperson_of_a_body_with_a_remit(analyse: Analyse) -> None:
    """An unnamed spokesperson speaks as the body (probes37's convention, from the realpages gold)."""
    doc = analyse([("de", "Ein Sprecher des Ministeriums für Arbeit und Soziales sagte, das sei falsch.")])
    assert [s.name for s in doc.speakers] == ["Ministerium für Arbeit und Soziales"]


def test_a_preposition_after_a_person_title_is_no_remit(analyse: Analyse) -> None:
    doc = analyse([("de", "Der Minister sagte für die Zeitung, das sei falsch.")])
    assert [s.name for s in doc.speakers] == ["Minister"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Die Charité in Berlin, die München Klinik Schwabing und das Institut für Virologie teilten am Montag "
            "mit, dass die Zahl der Fälle steige.",
            ["Charité", "München Klinik Schwabing", "Institut für Virologie"],
        ),
        (
            "Die Polizei, die Feuerwehr und das Ministerium teilten mit, es gebe keine Verletzten.",
            ["Polizei", "Feuerwehr", "Ministerium"],
        ),
        ("Das Robert Koch-Institut und das Paul-Ehrlich-Institut teilten mit, es gebe keine Fälle.", None),
    ],
)
def test_a_listed_subject_gives_every_item(analyse: Analyse, text: str, speakers: list[str] | None) -> None:
    names = [s.name for s in analyse([("de", text)]).speakers]
    assert names == (speakers or ["Robert Koch-Institut", "Paul-Ehrlich-Institut"])


def test_a_list_of_titles_in_an_appositive_is_one_person(analyse: Analyse) -> None:
    doc = analyse([("de", "Hans Müller, der Sprecher der Stadt und der Polizei, sagte, das sei falsch.")])
    assert [s.name for s in doc.speakers] == ["Hans Müller"]


def test_a_place_after_a_body_is_not_the_speaker(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Charité in Berlin teilte mit, es gebe keine Verletzten.")])
    assert _speakers(doc) == [("Charité", "organisation")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Der Präsident der 27. UN-Klimakonferenz, der ägyptische Außenminister Sameh Shoukry, sagte, man sei "
            "zufrieden.",
        ),
        ("en", "The president of the conference, Egyptian Foreign Minister Sameh Shoukry, said the deal was fair."),
        ("en", "The president of the conference, the Egyptian foreign minister Sameh Shoukry, said it was fair."),
    ],
)
def test_a_titled_appositive_names_the_person(analyse: Analyse, lang: str, text: str) -> None:
    assert _speakers(analyse([(lang, text)])) == [("Sameh Shoukry", "person")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Man sei zufrieden, sagte der Präsident der 27. UN-Klimakonferenz.", "Präsident der 27. UN-Klimakonferenz"),
        ("Laut dem Kommandeur des 3. Bataillons war die Lage ruhig.", "Kommandeur des 3. Bataillons"),
    ],
)
def test_an_ordinal_stop_ends_no_source(analyse: Analyse, text: str, speaker: str) -> None:
    assert [s.name for s in analyse([("de", text)]).speakers] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Wie die Rheinische Post berichtet, will die Stadt die Gebühren erhöhen.",
        "Die Stadt will die Gebühren erhöhen, wie die „Rheinische Post“ berichtet.",
    ],
)
def test_a_name_of_capitalised_adjectives_and_a_short_noun(analyse: Analyse, text: str) -> None:
    assert [s.name for s in analyse([("de", text)]).speakers] == ["Rheinische Post"]


def test_the_deutsche_bahn_speaks(analyse: Analyse) -> None:
    assert _speakers(analyse([("de", "Die Deutsche Bahn teilte mit, der Zug falle aus.")])) == [
        ("Deutsche Bahn", "organisation")
    ]


def test_a_dative_after_the_cue_is_no_subject(analyse: Analyse) -> None:
    """ "sagte dem „Handelsblatt“": the paper is told, the name before the cue speaks (it was the closing quote)."""
    text = "Der Chef der Deutschen Bank, Christian Sewing, sagte dem „Handelsblatt“, die Lage sei ernst."
    doc = analyse([("de", text)])
    assert [s.name for s in doc.speakers] == ["Christian Sewing"]
    assert [text[r.source.start : r.source.end] for a in doc.attributions for r in a.via] == ["Handelsblatt"]


@pytest.mark.parametrize(
    ("lang", "text", "relay"),
    [
        (
            "de",
            "„Wir sind sehr besorgt“, sagte die Vorsitzende des Deutschen Ethikrats, Alena Buyx, der Deutschen "
            "Presse-Agentur.",
            "Deutschen Presse-Agentur",
        ),
        ("de", "„Wir sind besorgt“, sagte die Vorsitzende, Alena Buyx, der dpa.", "dpa"),
    ],
)
def test_a_relay_after_an_apposed_name(analyse: Analyse, lang: str, text: str, relay: str) -> None:
    doc = analyse([(lang, text)])
    assert [s.name for s in doc.speakers] == ["Alena Buyx"]
    assert [text[r.source.start : r.source.end] for a in doc.attributions for r in a.via] == [relay]


def test_no_relay_after_an_apposed_name_and_a_time(analyse: Analyse) -> None:
    text = "„Wir sind besorgt“, sagte die Vorsitzende, Alena Buyx, am Montag."
    assert [r for a in analyse([("de", text)]).attributions for r in a.via] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bundesgesundheitsminister Karl Lauterbach (SPD) hat vor einer neuen Welle gewarnt.", "Karl Lauterbach"),
        ("Die Ministerin (SPD) hat am Montag vor Engpässen gewarnt.", "Ministerin"),
    ],
)
def test_a_bracketed_party_before_a_verb_bracket(analyse: Analyse, text: str, speaker: str) -> None:
    assert [s.name for s in analyse([("de", text)]).speakers] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Zahl der Asylanträge ist nach Angaben der EU-Asylagentur gestiegen.", ("EU-Asylagentur", "organisation")),
        ("Die Energieagentur NRW teilte mit, der Ausbau stocke.", ("Energieagentur NRW", "organisation")),
        ("Wie die Nachrichtenagentur Reuters berichtet, stockt der Ausbau.", ("Reuters", "outlet")),
        ("Nach Informationen des ARD-Hauptstadtstudios will die Regierung sparen.", None),
    ],
)
def test_agencies_and_acronym_compounds_are_bodies(
    analyse: Analyse, text: str, speaker: tuple[str, str] | None
) -> None:
    """Only a news agency is an outlet ("Asylagentur", "Energieagentur" are bodies), and no person's name opens
    with an acronym ("ARD-Hauptstadtstudios")."""
    expected = speaker or ("ARD-Hauptstadtstudios", "organisation")
    assert _speakers(analyse([("de", text)])) == [expected]


def test_a_bracketed_party_in_an_apposed_subject(analyse: Analyse) -> None:
    text = "Der Bürgermeister der Stadt Hamm, Marc Herter (SPD), kündigte an, die Schulen zu sanieren."
    assert _speakers(analyse([("de", text)])) == [("Marc Herter", "person")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Er habe nichts gewusst, beteuerte der Angeklagte vor Gericht.", "Angeklagte"),
        ("Aus dem Umfeld des Kanzlers hieß es, man prüfe alle Optionen.", "Umfeld des Kanzlers"),
    ],
)
def test_defendants_and_circles_are_anonymous_sources(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("de", text)])) == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Unternehmenssprecher wollte sich auf Nachfrage nicht äußern.",
        "Ein Sprecher wollte sich dazu nicht äußern.",
        "Der Minister äußerte sich zunächst nicht.",
        "Die Stadt wollte den Vorgang nicht kommentieren.",
        "Der Sprecher bestätigte den Bericht nicht.",
    ],
)
def test_a_declined_comment_names_no_speaker(analyse: Analyse, text: str) -> None:
    """A German negation stands outside the cue's span, before an infinitive or after a finite verb."""
    assert analyse([("de", text)]).speakers == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister sagte, das sei nicht richtig.",
        "Das sei nicht richtig, sagte der Minister.",
        "Der Minister warnte nicht nur vor Hitze, sondern auch vor Sturm.",
    ],
)
def test_a_negation_in_what_was_said_keeps_the_speaker(analyse: Analyse, text: str) -> None:
    assert [s.name for s in analyse([("de", text)]).speakers] == ["Minister"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Die AfD forderte, die Grenzen zu schließen.", "AfD"),
        ("de", "Die Grünen forderten, die Mieten zu deckeln.", "Die Grünen"),
        ("de", "Die Linke kritisierte, die Mieten seien zu hoch.", "Die Linke"),
        ("pl", "PiS zapowiedziało, że zagłosuje przeciw.", "PiS"),
    ],
)
def test_parties_are_organisations(analyse: Analyse, lang: str, text: str, speaker: str) -> None:
    assert _speakers(analyse([(lang, text)])) == [(speaker, "organisation")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Das Landratsamt teilte mit, die Straße bleibe gesperrt.", ("Landratsamt", "organisation")),
        ("In einer Mitteilung des Landratsamts heißt es, die Straße bleibe gesperrt.", ("Landratsamt", "organisation")),
        ("Das Kreisgesundheitsamt meldete zwei neue Fälle.", ("Kreisgesundheitsamt", "organisation")),
        ("Wie der Landkreis mitteilte, gibt es zwei neue Fälle.", ("Landkreis", "government")),
    ],
)
def test_local_authorities_speak(analyse: Analyse, text: str, speaker: tuple[str, str]) -> None:
    assert _speakers(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Forscher um Studienleiterin Maria Schmidt schreiben in „Nature“, der Effekt sei klein.", "Maria Schmidt"),
        ("Das Team um Christian Drosten berichtet, die Variante sei harmlos.", "Christian Drosten"),
    ],
)
def test_a_group_around_a_named_person(analyse: Analyse, text: str, speaker: str) -> None:
    assert _speakers(analyse([("de", text)])) == [(speaker, "person")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wie der Bayerische Rundfunk (BR) berichtet, wurde der Zug evakuiert.", "Bayerischer Rundfunk"),
        ("Der Zug wurde evakuiert, wie der Bayerische Rundfunk (BR) berichtet.", "Bayerischer Rundfunk"),
        (
            "Die Schulen bleiben zu, wie die Weltgesundheitsorganisation (WHO) mitteilte.",
            "Weltgesundheitsorganisation",
        ),
    ],
)
def test_a_short_name_in_brackets_inside_a_verb_final_clause(analyse: Analyse, text: str, speaker: str) -> None:
    assert [s.name for s in analyse([("de", text)]).speakers] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "relay"),
    [
        ("Die Zeitung zitierte den Minister: „Wir werden handeln.“", "Minister", "Die Zeitung"),
        (
            "Der Sender NDR zitiert einen Feuerwehrsprecher mit den Worten, die Lage sei unter Kontrolle.",
            "Feuerwehrsprecher",
            "Der Sender NDR",
        ),
        # the relay's span holds the title's article and marks, as "Die Zeitung" holds its article (session 40)
        ("Die „Bild“ zitiert Friedrich Merz mit dem Satz: „Das ist vorbei.“", "Friedrich Merz", "Die „Bild“"),
    ],
)
def test_the_one_quoted_speaks_and_the_quoting_outlet_relays(
    analyse: Analyse, text: str, speaker: str, relay: str
) -> None:
    doc = analyse([("de", text)])
    assert [s.name for s in doc.speakers] == [speaker]
    assert [text[r.source.start : r.source.end] for a in doc.attributions for r in a.via] == [relay]


def test_a_quoted_document_is_no_speaker(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Zeitung zitierte eine Studie, wonach die Lage ernst sei.")])
    assert [s.name for s in doc.speakers] == ["Zeitung"]


def test_the_outlet_of_a_report_with_a_quoted_title(analyse: Analyse) -> None:
    text = "Laut einem Bericht der „Financial Times“ plant Google eine Übernahme."
    assert _speakers(analyse([("de", text)])) == [("Financial Times", "outlet")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Contacté, le maire n'a pas répondu."),
        ("es", "El ministerio no respondió a las preguntas de este diario."),
        ("it", "Il ministero non ha risposto alle domande."),
        ("pl", "Rzecznik ministerstwa nie odpowiedział na pytania."),
    ],
)
def test_a_declined_answer_names_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert analyse([(lang, text)]).speakers == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "Le ministre a dit qu'il ne viendrait pas.", "ministre"),
        ("fr", "« Ce n'est pas vrai », a déclaré le ministre.", "ministre"),
        ("es", "El ministro dijo que no habrá recortes.", "ministro"),
        ("es", "«No es verdad», dijo el ministro.", "ministro"),
        ("it", "Il ministro ha detto che non ci saranno tagli.", "ministro"),
        ("pl", "Minister powiedział, że nie będzie cięć.", "Minister"),
    ],
)
def test_a_negation_in_what_was_said_is_no_declined_answer(
    analyse: Analyse, lang: str, text: str, speaker: str
) -> None:
    assert [s.name for s in analyse([(lang, text)]).speakers] == [speaker]


def test_a_bracketed_short_name_before_the_and_of_two_bodies(analyse: Analyse) -> None:
    text = "Die Gewerkschaft der Polizei (GdP) und der Deutsche Richterbund forderten mehr Personal."
    # the body in its nominative citation form (review38: "der Deutsche Richterbund" is the Deutscher Richterbund)
    assert [s.name for s in analyse([("de", text)]).speakers] == ["Gewerkschaft der Polizei", "Deutscher Richterbund"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Landrat des Kreises Lippe, Axel Lehmann (SPD), erklärte, die Brücke bleibe gesperrt.",
            ("Axel Lehmann", "person"),
        ),
        ("Die Beklagte bestritt vor Gericht, von dem Vertrag gewusst zu haben.", ("Beklagte", "anonymous")),
    ],
)
def test_district_heads_and_parties_to_a_case(analyse: Analyse, text: str, speaker: tuple[str, str]) -> None:
    """ "Landrat" is a title (the district's name after it was read as a person), "die Beklagte" a source."""
    assert _speakers(analyse([("de", text)])) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die IG Metall forderte, die Löhne zu erhöhen.", "IG Metall"),
        ("Verdi forderte zehn Prozent mehr Lohn.", "Verdi"),
        ("Die Stadtwerke Bochum teilten mit, die Preise stiegen.", "Stadtwerke Bochum"),
        ("Laut einer Mitteilung der Stadtwerke Bochum steigen die Preise.", "Stadtwerke Bochum"),
    ],
)
def test_unions_and_municipal_utilities_are_organisations(analyse: Analyse, text: str, speaker: str) -> None:
    """ "IG Metall" named nobody and "Stadtwerke Bochum" was the person "Bochum"."""
    assert _speakers(analyse([("de", text)])) == [(speaker, "organisation")]
