"""Session 45, german45 (issue #18): a number glued to the full stop of an abbreviation ("Jg.3 Der", "Rdnr.14
Dort") is the abbreviation's number, no footnote: the sentence goes on. A word's glued footnote still ends it."""

from __future__ import annotations

import pytest

from sift.segment.rules import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, "de")]


@pytest.mark.parametrize(
    "text",
    [
        "Erschienen in der Zeitschrift für Geschichte, Jg.3 Der Aufsatz ist online.",
        "Abgedruckt in Aufl.5 Der Verlag nennt keine Zahl.",
        "Vgl. Hft.2 Der Aufsatz von Meier.",
        "Die Zeitschrift erschien im Jhg.12 Sie wurde später eingestellt.",
        "Siehe Rdnr.14 Dort steht die Regel.",
        "Das steht in Bl.7 Der Text ist kaum lesbar.",
        "Herausgegeben von Schmidt, Hrsg.2 Die Beiträge folgen.",
    ],
)
def test_an_abbreviation_keeps_its_glued_number(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Das war das Ende.2 Der moderne Mensch kam später.", "Das war das Ende.2"),
        ("Er kam nach Hause.3 Dort wartete niemand.", "Er kam nach Hause.3"),
        ("Wir sahen den Film.2 Danach gingen wir.", "Wir sahen den Film.2"),
    ],
)
def test_a_word_with_a_glued_footnote_still_ends_its_sentence(text: str, first: str) -> None:
    sentences = _sentences(text)
    assert len(sentences) == 2
    assert sentences[0] == first
