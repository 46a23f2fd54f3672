"""The Document model: offsets, navigation and the lossless sift/1 JSON round trip."""

from __future__ import annotations

import json

import pytest

from sift.document import (
    Attribution,
    Block,
    Claim,
    Coverage,
    CoverageDocument,
    Document,
    Match,
    Mention,
    Outlet,
    OutletUse,
    Relay,
    Removed,
    Sentence,
    Source,
    Speaker,
)
from sift.errors import InputError

TEXT = 'The ministry said the US refused, Sputnik reported. "It is a fact," it said.'


def make_document() -> Document:
    block = Block(
        id="b0",
        role="body",
        text=TEXT,
        lang="en",
        lang_confidence=0.98,
        sentences=[Sentence("b0.s0", 0, 51), Sentence("b0.s1", 52, len(TEXT))],
    )
    doc = Document(
        id="abc",
        source=Source(kind="text", location="<text>", sha256="0" * 64),
        title="T",
        published="2017-11-14",
        language="en",
        blocks=[block],
    )
    doc.removed.append(Removed("Featured Post", "boilerplate: widget"))
    doc.claims.append(Claim("b0.s0", 0.91, "check-worthy", 18, 32, ["attributed statement"]))
    doc.attributions.append(
        Attribution(
            id="a0",
            sentence="b0.s0",
            content=Mention(18, 32),
            kind="indirect",
            source=Mention(0, 12, entity="Russian Defense Ministry"),
            cue=Mention(13, 17, lemma="say"),
            via=[Relay(Mention(34, 41, entity="Sputnik"), Mention(42, 50, lemma="report"))],
        )
    )
    doc.speakers.append(Speaker("s0", "Russian Defense Ministry", "organisation", ["the ministry"], ["en"], ["a0"]))
    doc.matches.append(Match("b0.s0", {"claim": "x", "review_url": "https://example.org/fc"}, 0.8, "match", "terms"))
    doc.coverage = Coverage(
        story="s1",
        documents=[CoverageDocument("d2", "Titre", "Le Site", "fr", "2017-11-14", "https://example.fr/a")],
        languages={"en": 1, "fr": 1},
        first_seen="2017-11-14",
        factchecks=[{"id": "fc1", "claim": "x"}],
    )
    doc.outlets.append(
        Outlet(
            "sputnikglobe.com",
            "state-controlled media, Russia",
            "name",
            {"name": "Sputnik", "type": "state-controlled", "evidence": [{"dataset": "d", "field": "f", "value": 1}]},
            [OutletUse("relay", "a0.via0", "Sputnik")],
            {"publisher": {}, "claimant": {"false": 2}},
        )
    )
    doc.timings_ms["extract"] = 1.5
    return doc


def test_round_trip_is_lossless() -> None:
    doc = make_document()
    again = Document.from_json(doc.to_json())
    assert again.to_dict() == doc.to_dict()
    assert again == doc


def test_coverage_is_null_until_the_coverage_stage_runs() -> None:
    doc = make_document()
    doc.coverage = None
    data = json.loads(doc.to_json())
    assert data["coverage"] is None
    assert Document.from_json(doc.to_json()).coverage is None


def test_coverage_json_shape() -> None:
    coverage = json.loads(make_document().to_json())["coverage"]
    assert set(coverage) == {"story", "documents", "languages", "first_seen", "factchecks"}
    assert set(coverage["documents"][0]) == {"id", "title", "site", "lang", "published", "source"}


def test_json_carries_text_derived_from_offsets() -> None:
    data = json.loads(make_document().to_json())
    assert data["schema"] == "sift/1"
    block = data["blocks"][0]
    for sentence in block["sentences"]:
        assert sentence["text"] == block["text"][sentence["start"] : sentence["end"]]
    assert data["claims"][0]["text"] == "the US refused"
    assert data["attributions"][0]["source"]["text"] == "The ministry"
    assert data["attributions"][0]["via"][0]["text"] == "Sputnik"
    assert data["attributions"][0]["via"][0]["cue"]["text"] == "reported"


def test_navigation_helpers() -> None:
    doc = make_document()
    assert doc.sentence_text("b0.s1") == '"It is a fact," it said.'
    block, sentence = doc.sentence("b0.s0")
    assert block.sentence_containing(18, 32) is sentence
    assert block.sentence_containing(40, 60) is None
    with pytest.raises(KeyError):
        doc.sentence("b9.s0")
    with pytest.raises(ValueError):
        block.span_text(5, 2)


@pytest.mark.parametrize(
    "payload",
    [
        "not json",
        "[]",
        '{"schema": "other/1"}',
        '{"schema": "sift/1"}',
        '{"schema": "sift/1", "id": 1, "source": 3}',
    ],
)
def test_malformed_json_is_an_input_error(payload: str) -> None:
    with pytest.raises(InputError):
        Document.from_json(payload)


def test_offsets_that_disagree_with_text_are_rejected() -> None:
    data = make_document().to_dict()
    data["blocks"][0]["sentences"][0]["text"] = "tampered"
    with pytest.raises(InputError, match="does not match"):
        Document.from_dict(data)
