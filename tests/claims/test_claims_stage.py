"""The claims stage on the seed page (blocks built by hand) and on bad input."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.claims import DEFAULT_THRESHOLD, ClaimsConfig, detect_claims
from sift.document import Document
from sift.errors import ConfigError
from sift.pipeline import Resources

ENGLISH = (
    "The ministry showed photo shoots made by Russian unmanned aircraft on November 9 which show "
    "kilometers-long convoys of ISIL armed groups leaving Albu Kamal towards the Wadi es-Sabha passage on the "
    "Syrian-Iraqi border to avoid strikes by the Russian aviation and the government army.\n\n"
    "The US refused to conduct airstrikes over the leaving ISIL convoy.\n\n"
    '"The coalition’s aviation tried to create obstacles for the aircraft of the Russian Aerospace Forces in '
    "this area to safely shield militants of the ISIL , who are leaving Albu Kamal, from the strikes of "
    'government forces," the ministry said. To this aim, the coalition’s attack aircraft entered the airspace '
    "over the 15-km zone around the city to hamper the Russian aircraft’ mission, it said."
)
FRENCH = (
    "Le refus des États-Unis de frapper les colonnes de Daech se retirant d'Abou Kamal, en Syrie, est un fait "
    "objectif, prouvé par la transcription des négociations, a annoncé mardi le ministère russe de la Défense."
)
GERMAN = (
    "Die Tatsache, dass sich die USA geweigert hatten, Luftschläge gegen eine Kolonne von aus der syrischen "
    "Stadt Abu Kamal zurückweichenden IS-Terroristen zu führen, hat Franz Klinzewitsch, Vizechef des "
    "Verteidigungsausschusses im Föderationsrat (russisches Parlamentsoberhaus), am Dienstag kommentiert."
)


def _claims_by_text(doc: Document) -> dict[str, tuple[float, str]]:
    return {doc.sentence_text(c.sentence): (c.score, c.label) for c in doc.claims}


@pytest.fixture(scope="module")
def seed_doc(resources: Resources, make_document: Callable[..., Document]) -> Document:
    blocks = [("body", "en", paragraph) for paragraph in ENGLISH.split("\n\n")]
    blocks += [("related", "fr", FRENCH), ("related", "de", GERMAN)]
    blocks += [("body", "en", "Albu Kamal"), ("body", "en", "Only News"), ("body", "en", "Featured Post")]
    return detect_claims(make_document(blocks), resources, ClaimsConfig())


@pytest.mark.parametrize(
    "start",
    [
        "The US refused to conduct airstrikes",
        "The ministry showed photo shoots made by Russian unmanned aircraft on November 9",
        "To this aim, the coalition’s attack aircraft entered the airspace over the 15-km zone",
        "Le refus des États-Unis de frapper",
        "Die Tatsache, dass sich die USA geweigert hatten",
    ],
)
def test_seed_claims_are_check_worthy(seed_doc: Document, start: str) -> None:
    found = {text: value for text, value in _claims_by_text(seed_doc).items() if text.startswith(start)}
    assert found, f"no claim listed for {start!r}"
    ((score, label),) = found.values()
    assert label == "check-worthy", f"{start!r} scored {score}"


def test_fragments_are_not_check_worthy(seed_doc: Document) -> None:
    for text, (_, label) in _claims_by_text(seed_doc).items():
        if text in {"Albu Kamal", "Only News", "Featured Post"}:
            assert label == "not check-worthy"


def test_claims_in_document_order_with_valid_spans(seed_doc: Document) -> None:
    order = [(b.id, s.id) for b in seed_doc.blocks for s in b.sentences]
    positions = [next(i for i, (_, sid) in enumerate(order) if sid == c.sentence) for c in seed_doc.claims]
    assert positions == sorted(positions)
    for claim in seed_doc.claims:
        _, sentence = seed_doc.sentence(claim.sentence)
        assert sentence.start <= claim.start < claim.end <= sentence.end
        assert 0.0 <= claim.score <= 1.0
        assert (claim.score >= DEFAULT_THRESHOLD) == (claim.label == "check-worthy")


def test_frame_stripped_in_claim_span(seed_doc: Document) -> None:
    for claim in seed_doc.claims:
        block, _ = seed_doc.sentence(claim.sentence)
        text = block.text[claim.start : claim.end]
        if text.startswith("Le refus"):
            assert text.endswith("prouvé par la transcription des négociations")


def test_claims_round_trip_json(seed_doc: Document) -> None:
    again = Document.from_json(seed_doc.to_json())
    assert again.claims == seed_doc.claims


def test_threshold_is_configurable(resources: Resources, make_document: Callable[..., Document]) -> None:
    doc = make_document([("body", "en", "The US refused to conduct airstrikes over the leaving ISIL convoy.")])
    strict = detect_claims(doc, resources, ClaimsConfig(threshold=1.0, floor=0.0))
    assert [c.label for c in strict.claims] == ["not check-worthy"]
    lenient = detect_claims(doc, resources, ClaimsConfig(threshold=0.0, floor=0.0))
    assert [c.label for c in lenient.claims] == ["check-worthy"]


def test_caption_blocks_are_not_scored(resources: Resources, make_document: Callable[..., Document]) -> None:
    doc = make_document([("caption", "en", "The US refused to conduct airstrikes over 500 ISIL convoys.")])
    assert detect_claims(doc, resources, ClaimsConfig(floor=0.0)).claims == []


@pytest.mark.parametrize("value", [-0.1, 1.5])
def test_bad_config_raises(value: float) -> None:
    with pytest.raises(ConfigError):
        ClaimsConfig(threshold=value)
    with pytest.raises(ConfigError):
        ClaimsConfig(floor=value)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ""),
        ("en", "   "),
        ("und", "1234567890 42"),
        ("und", "🙂🔥🙂🔥"),
        ("en", "The army said " + "that the convoy left the city with 500 trucks and " * 200),
        ("und", "Президент сказал, что 中国 has 1.4 billion people, a déclaré le ministère."),
        ("sw", "Rais alisema kwamba watu milioni 50 wanaishi nchini Tanzania mwaka 2023."),
        ("und", "\u200b\u200b\u200b"),
    ],
)
def test_bad_input_scores_or_skips(
    resources: Resources, make_document: Callable[..., Document], lang: str, text: str
) -> None:
    doc = make_document([("body", lang, text)], split=False)
    result = detect_claims(doc, resources, ClaimsConfig(floor=0.0))
    for claim in result.claims:
        assert 0.0 <= claim.score <= 1.0
        assert 0 <= claim.start <= claim.end <= len(text)
    if not text.strip() or not any(ch.isalpha() for ch in text):
        assert result.claims == []


def test_no_blocks_no_claims(resources: Resources, make_document: Callable[..., Document]) -> None:
    assert detect_claims(make_document([]), resources, ClaimsConfig()).claims == []
