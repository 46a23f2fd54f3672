"""Session 39, cues39b (#18): German predicates of belief, hope, expectation, judgement, threat and advocacy with their
content ("ist überzeugt, dass …", "rechnet damit, dass …", "hält X für falsch", "begründete das Urteil damit, dass
…", "drohte mit Streiks", "warb dafür, dass …"), a compound speaker noun sharing a cue after "und" ("Nun zieht auch die
Busbranche nach und fordert …"), and weak nouns HanTa cuts to a stem ("Zeugen" read as "Zeug"). Hand-made
sentences, none taken from a page; each rule has its near misses (the same words, no statement)."""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.attribution.german import german_tokens, load_tagger
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a belief with its content after a copula
        ("Die Umweltministerin Lea Hartmann ist überzeugt, dass das Verbot wirkt.", "ist",
         "Die Umweltministerin Lea Hartmann"),
        ("Der Vereinschef Jan Moll ist sich sicher, dass der Umbau gelingt.", "ist", "Der Vereinschef Jan Moll"),
        ("Der Mieterbund ist der Auffassung, dass die Mieten zu stark steigen.", "ist", "Der Mieterbund"),
        ("Die Ärztin Mara Dietz ist fest davon überzeugt, dass die Impfung schützt.", "ist", "Die Ärztin Mara Dietz"),
        # a hope or a belief with its content after a comma
        ("Die Landesregierung hofft, dass der Landtag zustimmt.", "hofft", "Die Landesregierung"),
        ("Nun hofft der Verband Nordmetall, dass die Gespräche bald beginnen.", "hofft", "der Verband Nordmetall"),
        ("Der Bürgermeister Kai Hess denkt, dass die Umgehungsstraße zu teuer wird.", "denkt",
         "Der Bürgermeister Kai Hess"),
        # an expectation and reasons given with their content
        ("Die Bundesbank rechnet damit, dass die Wirtschaft im Frühjahr wieder wächst.", "rechnet", "Die Bundesbank"),
        ("Die Handelskammer rechnet mit einem deutlichen Rückgang der Exporte.", "rechnet", "Die Handelskammer"),
        ("Die Kreisverwaltung rechnet mit Mehrkosten von drei Millionen Euro.", "rechnet", "Die Kreisverwaltung"),
        ("Das Amtsgericht Kiel begründete sein Urteil damit, dass die Frau keine Vorstrafen habe.", "begründete",
         "Das Amtsgericht Kiel"),
        # a judgement: a predicative adjective (with a word of degree) or a noun of judgement after "für"
        ("Die Richterin Ute Brand hält es für wahrscheinlich, dass der Zeuge gelogen hat.", "hält",
         "Die Richterin Ute Brand"),
        ("Der Ökonom Felix Rau hält die Steuerpläne für wenig durchdacht.", "hält", "Der Ökonom Felix Rau"),
        ("Die Grünen halten den Beschluss für einen historischen Fehler.", "halten", "Die Grünen"),
        # a threat through its prepositional object, advocacy with its content
        ("Der Betriebsrat drohte mit einer Klage gegen die Schließung.", "drohte", "Der Betriebsrat"),
        ("Mit einem Boykott drohte der Elternbeirat, falls die Schule schließt.", "drohte", "der Elternbeirat"),
        ("Der Verkehrsclub warb dafür, dass die Tickets im Nahverkehr günstiger werden.", "warb", "Der Verkehrsclub"),
    ],
)  # fmt: skip
def test_a_predicate_with_its_content_is_a_cue(analyse: Analyse, text: str, cue: str, source: str) -> None:
    assert read.frames(analyse([("de", text)])) == [(cue, source)]


@pytest.mark.parametrize(
    "text",
    [
        # a belief without content, or no belief at all
        "Der Trainer ist überzeugt von seinem neuen Torwart.",
        "Die Ministerin ist optimistisch.",
        "Es ist sicher, dass die Preise im Herbst steigen.",  # nobody's belief
        "Sicher ist, dass die Bahn im Winter weniger fährt.",
        "Der Hubschrauber ist sicher gelandet, und alle stiegen aus.",
        # a hope or a thought without said content
        "Die Trainerin hofft auf einen Sieg am Samstag.",
        "Der Kapitän hofft auf Regen, weil die Felder trocken sind.",
        "Der Soldat denkt an seine Familie, die in Syrien lebt.",
        # "rechnen" and "begründen" without said content
        "Die Pendler rechnen mit dem Bus um sieben Uhr.",
        "Der Kassierer rechnet die Einnahmen nach, damit nichts fehlt.",
        "Der Trainer rechnet mit seinen treuen Fans.",
        "Die Lehrerin rechnet mit spitzem Bleistift.",
        "Der Bauer begründete damit eine neue Tradition im Dorf.",
        # "halten" in other senses
        "Die Torhüterin hält den Ball für ihre Mannschaft fest.",
        "Die Polizei hält die Brücke für den Verkehr gesperrt.",
        "Das Hotel hält für alle Gäste warme Decken bereit.",
        "Der Bus hält für zehn Minuten am Marktplatz.",
        "Die Familie hält drei Pferde auf ihrem Hof.",
        # "drohen" and "werben" in other senses
        "Das alte Stellwerk droht einzustürzen.",
        "Die Mauer droht mit jedem Winter weiter zu verfallen.",
        "Dem Fahrer drohen bis zu drei Jahre Haft.",
        "Der Laden warb zahlreiche neue Kunden.",
        "Der Konzern wirbt im Fernsehen mit einem neuen Spot.",
        # a campaign or recruiting, no statement
        "Die Stiftung und die Union werben bis 2030 für digitale Ausweise.",
        "Die Kliniken werben um Pflegekräfte aus dem Ausland.",
        # a refusal or a decision is an act (bench/data/README.md), "sich ablehnen" no word at all
        "Der Gemeinderat lehnte den Antrag auf eine Sondersitzung ab.",
        "Der Radfahrer lehnte sich an die Mauer.",
    ],
)
def test_the_same_words_without_a_statement_are_no_cue(analyse: Analyse, text: str) -> None:
    assert read.frames(analyse([("de", text)])) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Nun zieht auch die Taxibranche nach und fordert einen Zuschuss.", "fordert", "die Taxibranche"),
        ("Am Montag trat die Gesundheitsbehörde zusammen und warnte vor der Hitze.", "warnte",
         "die Gesundheitsbehörde"),
    ],
)  # fmt: skip
def test_a_compound_speaker_noun_shares_a_cue_after_und(analyse: Analyse, text: str, cue: str, source: str) -> None:
    assert read.frames(analyse([("de", text)])) == [(cue, source)]


def test_a_compound_noun_that_names_no_speaker_shares_no_cue(analyse: Analyse) -> None:
    assert read.frames(analyse([("de", "Nun zieht auch die Strompreiskurve nach und bestätigt den Trend.")])) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Zeugen berichteten von einem lauten Knall in der Nacht.", "Zeugen"),
        ("Augenzeugen sagten, der Wagen sei viel zu schnell gefahren.", "Augenzeugen"),
    ],
)
def test_witnesses_who_tell_what_they_saw_speak(analyse: Analyse, text: str, speaker: str) -> None:
    assert read.main_names(analyse([("de", text)])) == [speaker]


def test_a_weak_noun_keeps_its_e_and_a_thing_its_lemma() -> None:
    lemmas = {t.text: t.lemma for t in german_tokens("Die Zeugen fanden das alte Zeug im Keller.", load_tagger())}
    assert lemmas["Zeugen"] == "Zeuge"
    assert lemmas["Zeug"] == "Zeug"
