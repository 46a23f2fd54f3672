"""Relays ("via whom") on hand-made sentences, one rule each (issue #18): outlets named with their noun ("US media",
"der Deutschen Presse-Agentur"), outlets the gazetteer lacks but whose name ends like an outlet's ("the Springfield
Journal"), statements and letters sent to or posted on an outlet, a verb-final German clause's dative outlet, and a
French/Portuguese/Italian outlet whose article fused with the preposition ("au Figaro"). Each positive rule has a
negative twin: a relay that is wrong sends the fact-checker to the wrong outlet."""

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
        ("en", "The general told US media that the troops would stay.", "The general", "US media"),
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
