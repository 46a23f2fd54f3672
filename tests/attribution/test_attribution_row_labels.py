"""Colon labels heading a page's rows name no speaker (issue #18, labels), on invented pages.

The negative pages' two speakers shown as facts (``bench/data/attribution-negatives.jsonl``) were row labels: a golf
TV schedule's "DP World Tour: …, 1. Tag in …, 11:30 Uhr bei …" and a meal plan's "Portion Fix Containers: 1 Green,
1 Red, …". A label repeated over the page with list values (numbers or comma lists, no verb), or a numbered list of
three or more items after a label, heads rows; a label before what someone says keeps its speaker. The third
colon label of those pages, kept uncertain, was a column's kicker ("High School Roundup: Viera defeats …").
"""

from __future__ import annotations

from collections.abc import Callable

import frames_helpers as read
import pytest

from sift.attribution.frames import Frame
from sift.attribution.row_labels import RowLabel, is_list_value, label_frame, row_labels
from sift.attribution.word_order import Token
from sift.document import Document

Analyse = Callable[[list[tuple[str, str]]], Document]


def _colon_attributions(doc: Document) -> list[str]:
    return [a.id for a in doc.attributions if a.cue is not None and a.cue.lemma == ":"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a TV schedule: the tour's name opens every day's row (trafilatura-eval-dev golfpost.de, reworded)
        [
            ("de", "Golf im Fernsehen live bei Sendefix"),
            ("de", "Nordsee Golf Tour: Borkum Open, 1. Tag in Borkum, 11:30 Uhr bei Sendefix 1 und Sendefix 1 HD"),
            ("de", "Nordsee Golf Tour: Borkum Open, 2. Tag in Borkum, 11:30 Uhr bei Sendefix 1 und Sendefix 1 HD"),
            ("de", "Nordsee Golf Tour: Borkum Open, 3. Tag in Borkum, 11:00 Uhr bei Sendefix 2"),
        ],
        # a meal plan: the containers of each recipe (scrapinghub, a product page)
        [
            ("en", "Each recipe lists what it counts for."),
            ("en", "Portion Cup Kit: 1 Green, 1 Purple, 1 Red, 1 Yellow, 1 tsp."),
            ("en", "Portion Cup Kit: 1 Purple, 1 Yellow, 1 tsp."),
            ("en", "Portion Cup Kit: 2 Green, 1 Red, 1 tsp."),
        ],
        # a results table's rows without numbers: comma lists
        [
            ("en", "Brenna Valley Rangers: Holt, Marsh, Quinlan, Oduya"),
            ("en", "Brenna Valley Rangers: Ferrante, Lindqvist, Abara"),
        ],
    ],
)
def test_a_label_repeated_with_list_values_names_no_speaker(analyse: Analyse, paragraphs) -> None:
    doc = analyse(paragraphs)
    assert read.main_names(doc) == []
    assert _colon_attributions(doc) == []


def test_a_numbered_list_after_a_label_names_no_speaker_even_once(analyse: Analyse) -> None:
    doc = analyse([("de", "Greta Holmberg: 200 g Mehl, 2 Eier, 1 Prise Salz, 3 EL Zucker")])
    assert read.main_names(doc) == []


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        ([("de", "Angela Merkel: Wir schaffen das")], "Angela Merkel"),
        # one headline label with a number and no verb is no list of rows
        ([("de", "Karl Lauterbach: 10.000 neue Fälle am Montag")], "Karl Lauterbach"),
        # an interview: answers with verbs, numbers among them, and a short verbless one
        (
            [
                ("de", "Ein Gespräch mit Friederike Holmberg über den Hafen."),
                ("de", "Friederike Holmberg: Wir haben 2019 drei Millionen Euro investiert."),
                ("de", "Friederike Holmberg: Nein, auf keinen Fall."),
                ("de", "Friederike Holmberg: Im Jahr 2021 kamen 40.000 Besucher, 2022 schon 55.000."),
            ],
            "Friederike Holmberg",
        ),
        (
            [
                ("en", "Mara Quinlan: We invested 3 million in 2019, 2020 and 2021."),
                ("en", "Mara Quinlan: Yes, 12, maybe 13."),
            ],
            "Mara Quinlan",
        ),
    ],
)
def test_a_label_before_what_someone_says_keeps_its_speaker(analyse: Analyse, paragraphs, name: str) -> None:
    doc = analyse(paragraphs)
    assert name in read.main_names(doc)
    assert _colon_attributions(doc)


def _token(text: str, pos: str) -> Token:
    return Token(text, 0, len(text), text.lower(), pos, 0)


def test_a_list_value_has_no_verb_and_a_number_or_two_commas() -> None:
    assert is_list_value("1 Green, 1 Red", [_token("1", "NUM"), _token("Green", "PROPN")])
    assert is_list_value("Rot, Blau, Grün", [_token("Rot", "NOUN")])
    assert not is_list_value("Nein, auf keinen Fall.", [_token("Nein", "INTJ")])
    assert not is_list_value("Wir haben 2019 investiert", [_token("haben", "AUX"), _token("investiert", "VERB")])


def _label(block: str, label: str, value: str, tokens: list[Token]) -> RowLabel:
    colon = len(label)
    frame = Frame(
        cue=(colon, colon + 1), content=[(colon + 2, colon + 2 + len(value))], source=(0, colon), cue_lemma=":"
    )
    return RowLabel(block, frame, label.casefold(), value, tokens)


def test_a_repeated_label_heads_rows_only_when_every_value_lists() -> None:
    row = [_token("1", "NUM")]
    said = [_token("sagt", "VERB")]
    labels = [
        _label("b0", "Kit", "1 Green, 1 Red", row),
        _label("b1", "Kit", "2 Green", row),
        _label("b2", "Holmberg", "2019, sagt sie, war gut", said),
        _label("b3", "Holmberg", "12, maybe 13", row),
        _label("b4", "Quinlan", "2 Eier, 200 g Mehl, 1 Prise Salz", row),  # once, but a numbered list
        _label("b5", "Marlow", "10.000 neue Fälle", row),  # once, and no list of items
    ]
    assert [label.block for label in row_labels(labels)] == ["b0", "b1", "b4"]


def test_the_label_frame_is_the_one_whose_cue_is_the_opening_colon() -> None:
    text = "Kit: 1 Green, 1 Red"
    label, said = _label("b0", "Kit", "1 Green, 1 Red", []).frame, Frame(cue=(7, 12), content=[(0, 3)])
    assert label_frame(text, [said, label]) == (label, "kit", 4)
    assert label_frame(text, [said]) is None
    assert label_frame("no label here", [label]) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "High School Roundup: Marlow defeats Brenna to remain undefeated"),
        ("en", "Morning Briefing: Talks resume in Geneva"),
        ("de", "Bundesliga-Vorschau: Holmberg will gegen Ulm gewinnen"),
    ],
)
def test_a_column_kicker_names_no_speaker(analyse: Analyse, lang: str, text: str) -> None:
    doc = analyse([(lang, text)])
    assert _colon_attributions(doc) == []
