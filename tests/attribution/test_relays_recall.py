"""Relays ("via whom") on hand-made sentences, one rule each (issue #18): outlets named with their noun ("der
Schweizer Nachrichtenagentur", "der Deutschen Presse-Agentur"), outlets the gazetteer lacks but whose name ends
like an outlet's ("the Springfield Journal"), statements and letters sent to or posted on an outlet, a verb-final
German clause's dative outlet, a French outlet whose article fused with the preposition ("au Figaro"), and an "as"
clause naming an outlet after a statement ("…, as Reuters reported", "…, wie die Zeitung berichtet"). Each positive
rule has a negative twin: a relay that is wrong sends the fact-checker to the wrong outlet."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _relays(doc: Document) -> list[tuple[str, list[str]]]:
    """(source, relay names) of each attribution of the first block."""
    text = doc.blocks[0].text
    return [
        (
            text[a.source.start : a.source.end] if a.source else "",
            [text[r.source.start : r.source.end] for r in a.via],
        )
        for a in doc.attributions
    ]


@pytest.mark.parametrize(
    ("lang", "sentence", "source", "relay"),
    [
        # a capitalised modifier belongs to the outlet it describes
        (
            "de",
            "„Wir machen weiter“, sagte Müller der Schweizer Nachrichtenagentur.",
            "Müller",
            "Schweizer Nachrichtenagentur",
        ),
        (
            "de",
            "Der Verband sei überrascht, sagte Meier am Montag der Deutschen Presse-Agentur in Berlin.",
            "Meier",
            "Deutschen Presse-Agentur",
        ),
        (
            "de",
            "„Die Liste wird länger“, sagte Schmidt der Frankfurter Allgemeinen Zeitung.",
            "Schmidt",
            "Frankfurter Allgemeinen Zeitung",
        ),
        # an outlet the gazetteer lacks, named like one
        (
            "en",
            '"We are ready," the governor told the Springfield Journal on Monday.',
            "the governor",
            "Springfield Journal",
        ),
        ("de", "„Wir machen weiter“, sagte Müller der Kieler Nachrichten.", "Müller", "Kieler Nachrichten"),
        ("de", "Wie Händler gegenüber Tech-News berichten, plant der Konzern neue Modelle.", "Händler", "Tech-News"),
        # statements and e-mails sent to an outlet
        (
            "en",
            '"The plant is safe," a spokesman said in a statement emailed to the Boston Globe.',
            "a spokesman",
            "Boston Globe",
        ),
        ("en", '"The plant is safe," a spokesman said in an email to Bloomberg.', "a spokesman", "Bloomberg"),
        ("en", '"The vote was rigged," the senator wrote in a letter posted on Twitter.', "the senator", "Twitter"),
        # the article fused with the preposition
        ("fr", "Le ministre a déclaré au Figaro que l'usine fermera en mars.", "Le ministre", "Figaro"),
    ],
)
def test_relay_is_read(analyse: Analyse, lang: str, sentence: str, source: str, relay: str) -> None:
    pairs = _relays(analyse([(lang, sentence)]))
    assert (source, [relay]) in pairs, pairs


def test_verb_final_dative_outlet_is_cut_from_the_source(analyse: Analyse) -> None:
    doc = analyse(
        [("de", "Wie zwei Quellen aus dem Umfeld von Siemens der Nachrichtenagentur sagten, soll das Werk schließen.")]
    )
    (pair,) = [pair for pair in _relays(doc) if pair[1]]
    assert pair[1] == ["Nachrichtenagentur"]
    assert "Nachrichtenagentur" not in pair[0]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a genitive after a common noun: the paper's spokesman, told nothing to the paper
        ("de", "Wie der Sprecher der Zeitung sagte, soll das Werk schließen."),
        # a person or a body told is no relay, whatever its name
        ("en", "The mayor told Mark Stone that the bridge would reopen."),
        ("en", "The mayor told the city council that the bridge would reopen."),
        ("en", "The mayor told the Springfield Council that the bridge would reopen."),
        # a capitalised word before a noun that is no outlet
        ("en", "The mayor told US officials that the bridge would reopen."),
        # a fused article before a name that is no outlet
        ("fr", "Le ministre a déclaré au Président que l'usine fermera en mars."),
    ],
)
def test_no_relay_is_invented(analyse: Analyse, lang: str, sentence: str) -> None:
    pairs = _relays(analyse([(lang, sentence)]))
    assert pairs and all(not relays for _, relays in pairs), pairs


@pytest.mark.parametrize(
    ("lang", "sentence", "source", "relay"),
    [
        ("en", "The minister said the plant would close, as Reuters reported on Monday.", "The minister", "Reuters"),
        ("fr", "Le ministre a dit que l'usine fermera, comme l'a rapporté Le Monde.", "Le ministre", "Le Monde"),
        ("es", "El ministro dijo que renunciará, como informó la agencia EFE.", "El ministro", "agencia EFE"),
        ("pl", "Minister powiedział, że fabryka zostanie zamknięta, jak podaje PAP.", "Minister", "PAP"),
        # the "wie" clause's own frame chains onto the statement it follows
        (
            "de",
            "Der Minister sagte, das Werk werde geschlossen, wie die Zeitung berichtet.",
            "Der Minister",
            "die Zeitung",
        ),
    ],
)
def test_as_clause_naming_an_outlet_relays_the_statement(
    analyse: Analyse, lang: str, sentence: str, source: str, relay: str
) -> None:
    doc = analyse([(lang, sentence)])
    assert _relays(doc) == [(source, [relay])]
    text = doc.blocks[0].text
    (attribution,) = doc.attributions
    assert relay not in text[attribution.content.start : attribution.content.end]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The minister said the plant would close, as the company had planned."),
        ("de", "Der Minister sagte, das Werk werde geschlossen, wie der Konzern geplant habe."),
        ("es", "El ministro dijo que renunciará, como anunció su partido."),
    ],
)
def test_as_clause_without_an_outlet_is_content(analyse: Analyse, lang: str, sentence: str) -> None:
    doc = analyse([(lang, sentence)])
    assert all(not relays for _, relays in _relays(doc))
    text = doc.blocks[0].text
    assert any(text[a.content.start : a.content.end].endswith(sentence[-12:-1]) for a in doc.attributions)


def test_according_to_a_report_in_an_outlet_names_the_outlet(analyse: Analyse) -> None:
    doc = analyse([("en", "The minister said the plant would close, according to a report in the Financial Times.")])
    assert _relays(doc) == [("The minister", ["Financial Times"])]
    doc = analyse([("en", "The army lost 40 tanks, according to a report by the Financial Times.")])
    assert _relays(doc) == [("Financial Times", [])]


def test_according_to_a_report_by_a_body_keeps_the_report(analyse: Analyse) -> None:
    doc = analyse([("en", "The army lost 40 tanks, according to a report by the defence ministry.")])
    assert _relays(doc) == [("a report by the defence ministry", [])]


@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        # a place's adjective does not decline, and a compound keeps its capitals
        (
            "„Die Liste wird länger“, sagte Schmidt der Frankfurter Allgemeinen Zeitung.",
            "Frankfurter Allgemeine Zeitung",
        ),
        ("„Wir machen weiter“, sagte Müller der Schweizer Nachrichtenagentur.", "Schweizer Nachrichtenagentur"),
        ("Der Verband sei überrascht, sagte Meier der Deutschen Presse-Agentur.", "Deutsche Presse-Agentur"),
    ],
)
def test_german_relay_is_cited_in_the_nominative(analyse: Analyse, sentence: str, entity: str) -> None:
    doc = analyse([("de", sentence)])
    assert [relay.source.entity for a in doc.attributions for relay in a.via] == [entity]


def test_statement_inside_an_outlets_report_goes_via_the_outlet(analyse: Analyse) -> None:
    doc = analyse([("en", "Bloomberg reported on Monday that officials said the plant would close.")])
    assert ("officials", ["Bloomberg"]) in _relays(doc)
    assert ("Bloomberg", []) in _relays(doc)  # the report stays an attribution of its own


def test_statement_inside_a_persons_report_has_no_relay(analyse: Analyse) -> None:
    doc = analyse([("en", "The minister reported on Monday that officials said the plant would close.")])
    assert all(not relays for _, relays in _relays(doc))


def test_closing_outlet_credit_does_not_relay_a_nested_relative_source(analyse: Analyse) -> None:
    sentence = (
        "El senador se ha convertido en un blanco del mensaje del presidente, según el cual sus rivales son "
        "extremistas, destacó AFP."
    )
    doc = analyse([("es", sentence)])
    assert not any(source == "el cual" and relays for source, relays in _relays(doc))
