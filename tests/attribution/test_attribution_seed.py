"""Acceptance tests of the attribution stage on the bundled seed page (EN article, FR and DE snippets)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from sift.document import Attribution, Document

SEED = Path(__file__).resolve().parents[2] / "src" / "sift" / "resources" / "seed-albu-kamal.txt"
MINISTRY = "Russian Defense Ministry"


def _language(line: str) -> str:
    if re.search(r"\b(der|die|das|dass|den|dem|und)\b|Laut", line):
        return "de"
    if re.search(r"\b(le|la|les|des|du)\b", line):
        return "fr"
    return "en"


@pytest.fixture(scope="module")
def seed(analyse: Callable[[list[tuple[str, str]]], Document]) -> Document:
    """The seed page, one block per non-empty line, analysed."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return analyse([(_language(line), line) for line in lines])


def _text(doc: Document, attribution: Attribution, role: str) -> str:
    block = doc.block(attribution.sentence.split(".", 1)[0])
    mention = getattr(attribution, role)
    return block.text[mention.start : mention.end] if mention is not None else ""


def _by_lang(doc: Document, lang: str) -> list[Attribution]:
    return [a for a in doc.attributions if doc.block(a.sentence.split(".", 1)[0]).lang == lang]


def test_english_ministry_attributions(seed: Document) -> None:
    ministry = [a for a in _by_lang(seed, "en") if a.source is not None and a.source.entity == MINISTRY]
    assert len(ministry) >= 6
    surfaces = {_text(seed, a, "source").lower() for a in ministry}
    assert {"the ministry", "it", "the defense ministry", "the russian defense ministry"} <= surfaces


def test_sputnik_is_a_relay(seed: Document) -> None:
    relayed = [a for a in seed.attributions if a.via]
    assert any(a.source and a.source.entity == MINISTRY and a.via[0].source.entity == "Sputnik" for a in relayed)
    attribution = next(a for a in relayed if a.via[0].source.entity == "Sputnik")
    assert _text(seed, attribution, "content").startswith('"The Albu Kamal liberation operation')
    assert attribution.kind == "direct"


def test_according_to(seed: Document) -> None:
    according = [a for a in seed.attributions if a.kind == "according-to" and _text(seed, a, "cue") == "According to"]
    assert len(according) == 1
    assert according[0].source is not None and according[0].source.entity == MINISTRY
    assert _text(seed, according[0], "content").startswith("the United States provided cover")


def test_french_statements(seed: Document) -> None:
    french = _by_lang(seed, "fr")
    quoted = next(a for a in french if _text(seed, a, "content").startswith("«Le refus du commandement américain"))
    assert _text(seed, quoted, "cue") == "a précisé"
    assert _text(seed, quoted, "source") == "le ministère"
    assert quoted.source is not None and quoted.source.entity == MINISTRY
    cues = {_text(seed, a, "cue"): a for a in french}
    klintsevitch = {cue for cue, a in cues.items() if a.source and a.source.entity == "Frantz Klintsevitch"}
    assert {"a déclaré", "a indiqué", "estime"} <= klintsevitch
    assert _text(seed, cues["a indiqué"], "source") == "le sénateur"


def test_german_statements_share_the_french_speaker(seed: Document) -> None:
    german = {_text(seed, a, "cue"): a for a in _by_lang(seed, "de")}
    assert _text(seed, german["kommentiert"], "source") == "Franz Klinzewitsch"
    assert "Die Tatsache, dass sich die USA" in _text(seed, german["kommentiert"], "content")
    assert _text(seed, german["Laut"], "source") == "Klinzewitsch"
    assert german["Laut"].kind == "according-to"
    quoted = german["zitiert"]
    assert _text(seed, quoted, "content").startswith("„Ich schließe nicht aus")
    assert _text(seed, quoted, "content").endswith("Zentralasien“")
    assert quoted.via and quoted.via[0].source.entity is not None
    assert quoted.via[0].kind == "organisation"  # a press service, not an (unknown) outlet
    speaker = next(s for s in seed.speakers if s.name == "Frantz Klintsevitch")
    assert speaker.kind == "person"
    assert {"fr", "de"} <= set(speaker.languages)
    assert {german["Laut"].id, german["kommentiert"].id, quoted.id} <= set(speaker.attributions)


def test_ministry_is_one_speaker_across_languages(seed: Document) -> None:
    speaker = next(s for s in seed.speakers if s.name == MINISTRY)
    assert speaker.kind == "organisation"
    assert {"en", "fr"} <= set(speaker.languages)
    assert sum(s.kind == "organisation" and "ministry" in s.name.lower() for s in seed.speakers) == 1


def test_round_trip_keeps_attributions(seed: Document) -> None:
    again = Document.from_json(seed.to_json())
    assert again.attributions == seed.attributions
    assert again.speakers == seed.speakers


def test_relative_pronouns_name_no_speaker(seed: Document) -> None:
    relative = [a for a in seed.attributions if _text(seed, a, "source").lower() in ("which", "that")]
    assert all(a.source is not None and a.source.entity is None for a in relative)
    assert all(speaker.name for speaker in seed.speakers)
