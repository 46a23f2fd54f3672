"""Junk speakers that are not speakers or the wrong person (issue #18, junk9): a label whose value is a name, a
heading's label, anyone at all, "so" before no noun, an infinitive's "zu" taken for a verb's particle, and "we" for
one person. Hand-made sentences, names invented; none is taken from a real-page set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.attribution.speakers import SourceMention, _names_a_value
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _speakers(doc: Document) -> set[str]:
    return {speaker.name for speaker in doc.speakers}


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("de", "Bildrechte KELVARA: Hanne Wegener"),  # a credit: the value is a name
        ("de", "Unser Förderer: Kerbel Systems"),  # a partner box
        ("en", "Vintage Corner: Harlan & Voss"),  # a shop's list row
    ],
)
def test_a_label_whose_value_is_only_names_names_no_speaker(analyse: Analyse, lang: str, label: str) -> None:
    doc = analyse([(lang, label)])
    assert _speakers(doc) == set(), [s.name for s in doc.speakers]


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("en", "Mara Quill: Flowers Won't Be Sent"),  # a title-case headline: verbs the dictionary knows
        ("de", "Sabine Ortlieb: Keine Obergrenze"),  # a determiner of negation
    ],
)
def test_a_headline_label_is_no_value(analyse: Analyse, lang: str, label: str) -> None:
    name = label.split(":", 1)[0]
    mention = SourceMention(name, lang, "a0", cue_lemma=":")
    assert not _names_a_value(mention, [(label, lang)])


def test_a_label_with_a_statement_still_names_its_speaker(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "Sabine Ortlieb: Die Mieten steigen weiter."),
            ("de", "„Wir brauchen mehr Wohnungen“, sagte Ortlieb am Montag."),
        ]
    )
    assert "Sabine Ortlieb" in _speakers(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In Castle Quest: Second Siege, the player can build towers."),  # a label opened by a preposition
        ("de", "PS.: Du willst mehr wissen? Dann lies weiter."),  # an abbreviation's label
    ],
)
def test_a_headings_label_names_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert _speakers(analyse([(lang, text)])) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Wie jeder Gärtner bestätigen wird: Der Boden braucht Ruhe."),
        ("en", "As any plumber will confirm, old pipes leak."),
    ],
)
def test_anyone_at_all_is_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    assert _speakers(analyse([(lang, text)])) == set()


def test_one_of_a_named_group_may_still_speak(analyse: Analyse) -> None:
    doc = analyse([("de", "Jeder der drei Kandidaten sagte, die Steuern müssten sinken.")])
    assert doc.attributions, "a partitive after the quantifier counts the members of a group"


def test_so_before_no_noun_is_no_source(analyse: Analyse) -> None:
    doc = analyse([("de", "Den Ärger einfach ziehen lassen: It is not worth it, so I let it go!")])
    assert _speakers(doc) == set()


def test_a_so_source_with_a_noun_still_speaks(analyse: Analyse) -> None:
    doc = analyse([("de", "Die Lage sei ernst, so der Sprecher des Landratsamts.")])
    assert doc.attributions and doc.attributions[0].cue is not None


def test_an_infinitive_zu_is_no_separated_particle(analyse: Analyse) -> None:
    doc = analyse([("de", "Dazu gab es Kartoffeln, und der Wein begann uns Spaß zu machen.")])
    assert doc.attributions == []


def test_a_separated_particle_still_makes_the_cue(analyse: Analyse) -> None:
    doc = analyse([("de", "Der Minister gab an, dass der Plan gescheitert sei.")])
    assert _speakers(doc) == {"Minister"}


def test_we_never_stands_for_one_person_named_before(analyse: Analyse) -> None:
    doc = analyse(
        [
            ("de", "„Das schmeckt“, sagte Küchenchef Anton Brettschneider."),
            ("de", "Wir sprachen danach über den Wein."),
        ]
    )
    assert [a.source.entity for a in doc.attributions if a.source is not None] == ["Anton Brettschneider", None]
