"""Colon labels that head a page's rows, not what someone says (issue #18).

A block-opening "Label: …" reads as a speaker label ("Merkel: Wir schaffen das", an interview's "Müller: …").
Schedules, results tables, shop and plan pages open their rows the same way: "DP World Tour: Ras al Khaimah
Championship, 1. Tag in Ras al Khaimah, VAE, 11:30 Uhr bei Sky Sport 1" on a golf TV page, "Portion Fix
Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp." under every recipe of a meal plan (the negative pages of
``bench/data/attribution-negatives.jsonl``). What follows such a label is a list — numbers, comma-separated items —
with no verb, and the page repeats the label row after row. A row's label names no speaker, as a section label does
not ("The Latest: …"): its frame is dropped, so it makes no attribution.

A reference entry is no speech either: "Patrick Brandt: Kleinwindkraft für alle, Selbstverlag, 2. Auflage 2020"
under a page's sources names an author and a title (:func:`is_reference_value`), and its label frame is dropped too;
so is a label the page writes inside a sentence with the same word after its colon, a title's colon ("Star Wars Jedi:
Fallen Order": :func:`is_title_colon`).

Two shapes are rows: a label that opens two or more blocks of the page, every one of them with a list-like value;
and a label whose one value is a numbered list of three or more items ("Zutaten: 200 g Mehl, 2 Eier, 1 Prise Salz").
A spoken label keeps its frame: an interview's answers have verbs, and a short verbless answer ("Müller: Nein, auf
keinen Fall.") holds no number and fewer than two commas, so it is no list; a headline's "Lauterbach: 10.000 neue
Fälle" is one label once and no list of items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sift.attribution.frames import SPEAKER_LABEL, Frame
from sift.attribution.word_order import Token

__all__ = ["RowLabel", "is_list_value", "is_reference_value", "is_title_colon", "label_frame", "row_labels"]

#: Parts of speech of a verb: a value with one states something ("Wir schaffen das"), a row's value lists.
VERB_TAGS = frozenset({"VERB", "AUX"})
#: Commas a verbless value needs to be a list without a number ("Rot, Blau, Grün").
LIST_COMMAS = 2
#: Items, and items opened by a number, of a numbered list that is a row even where its label stands once.
NUMBERED_ITEMS = 3
NUMBERED_OPENERS = 2
#: Blocks a label must open, all with list values, to head rows.
REPEATED_ROWS = 2
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class RowLabel:
    """One block's opening label frame: the block it opens, its folded label, its value and the value's tokens."""

    block: str
    frame: Frame
    label: str
    value: str
    tokens: list[Token]


def label_frame(text: str, frames: Iterable[Frame]) -> tuple[Frame, str, int] | None:
    """The frame of the block-opening speaker label of ``text`` with its label (case folded) and the offset after
    its colon; ``None`` when the block opens with no label frame (a section label, a byline, none)."""
    match = SPEAKER_LABEL.match(text)
    if match is None:
        return None
    colon = match.end("source")
    frame = next((frame for frame in frames if frame.cue_lemma == ":" and frame.cue == (colon, colon + 1)), None)
    return None if frame is None else (frame, match.group("source").casefold(), colon + 1)


def is_list_value(value: str, tokens: list[Token]) -> bool:
    """Whether a label's value lists instead of saying: no verb among its tokens, and a number or two commas."""
    if any(token.pos in VERB_TAGS for token in tokens):
        return False
    return bool(_DIGIT.search(value)) or value.count(",") >= LIST_COMMAS


def _numbered_list(value: str) -> bool:
    """Whether a value is a list of at least three comma-separated items, two of them opened by a number."""
    items = [item.strip() for item in value.split(",")]
    return len(items) >= NUMBERED_ITEMS and sum(item[:1].isdigit() for item in items) >= NUMBERED_OPENERS


#: A year in a reference entry ("2. Auflage 2020", "(1998)").
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: What marks a verbless value as a book's or a paper's entry: a web address or a word of a publication's imprint
#: ("Selbstverlag", "2. Auflage", "Hrsg.", "ISBN", "University Press", "2nd edition"), matched lower-cased.
_IMPRINT = re.compile(
    r"\bwww\.|https?://|\b(?:\w*verlag|auflage|aufl\.|hrsg\.|isbn|press|edition|publisher|publishing|pp\.|vol\.)"
)


def is_reference_value(value: str, tokens: list[Token]) -> bool:
    """Whether a label's value is the rest of a reference entry ("Patrick Brandt: Kleinwindkraft für alle,
    Selbstverlag, 2. Auflage 2020"): the label is the author and the value a title with its imprint and year, no verb.
    An author listed under the page's sources says nothing there."""
    if any(token.pos in VERB_TAGS for token in tokens):
        return False
    return bool(_YEAR.search(value)) and _IMPRINT.search(value.lower()) is not None


_FIRST_WORD = re.compile(r"\s*(\S+)")
#: What ends the text before a label that opens a sentence ("… gut. Merkel: Wir schaffen das"), not a title's colon.
_SENTENCE_ENDS = '.!?:;"“”»«„'


def is_title_colon(label: str, value: str, texts: Iterable[str]) -> bool:
    """Whether the page writes the label, its colon and the value's first word inside a sentence ("…, Star Wars
    Jedi: Fallen Order finds a reason …"): the colon is part of a work's or a series' title, and the block opening
    "Star Wars Jedi: Fallen Order is a game …" names no speaker. A speaker's label opens its block or its sentence,
    follows a title ("BWE-Präsident Hermann Albers: …", realpages dev4) or opens a quotation."""
    first = _FIRST_WORD.match(value)
    if first is None or not first.group(1)[:1].isalpha():
        return False  # "Hermann Albers: „Die Analyse …“": a quotation opens what a speaker's label gives
    needle = f"{label}: {first.group(1)}"
    for text in texts:
        index = text.find(needle)
        while index > 0:
            before = text[:index].rstrip()
            # inside a sentence, and not after a capitalised word: "BWE-Präsident Hermann Albers: …" is a titled
            # speaker's label
            if before and text[index - 1].isspace() and before[-1] not in _SENTENCE_ENDS:
                previous = before.split()[-1]
                if previous.endswith(",") or not previous[:1].isupper():
                    return True
            index = text.find(needle, index + 1)
    return False


def row_labels(labels: list[RowLabel]) -> list[RowLabel]:
    """The labels of ``labels`` (every labelled block of a page) that head rows, or reference entries
    (:func:`is_reference_value`), whose frames cue nothing."""
    values: dict[str, list[RowLabel]] = {}
    for label in labels:
        values.setdefault(label.label, []).append(label)
    rows = []
    for same in values.values():
        listed = [is_list_value(label.value, label.tokens) for label in same]
        if len(same) >= REPEATED_ROWS and all(listed):
            rows.extend(same)
        else:
            rows.extend(
                row
                for row, lists in zip(same, listed, strict=True)
                if lists and (_numbered_list(row.value) or is_reference_value(row.value, row.tokens))
            )
    return rows
