"""The one way in: configs checked by name, services injected, the matcher wired, one hit shape."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

import sift
from sift.errors import ConfigError
from sift.factchecks.record import FactCheck
from sift.store.memory import MemoryStore
from sift.workbench import Workbench


class WordEncoder:
    """Hashed bag of words in 32 dimensions: enough for a matcher to find the fact-check sharing the words."""

    name = "words32"
    dim = 32

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
            out[i] /= max(float(np.linalg.norm(out[i])), 1e-6)
        return out


STORE_RECORDS = [
    FactCheck(
        claim="Russian defence ministry photos show US help to ISIS convoys in Albu Kamal",
        review_url="https://example.org/albu-kamal",
        publisher_name="Example Check",
        rating="False",
        verdict="false",
        language="en",
    ),
    FactCheck(
        claim="A shark swims on a flooded highway",
        review_url="https://example.org/shark",
        publisher_name="Example Check",
        rating="False",
        verdict="false",
        language="en",
    ),
]


def test_a_misspelt_stage_or_setting_is_named() -> None:
    with pytest.raises(ConfigError, match=r"unknown stage.*claim\b"):
        Workbench(configs={"claim": {"threshold": 0.6}})
    with pytest.raises(ConfigError, match="stage 'claims' has no setting 'treshold'"):
        Workbench(configs={"claims": {"treshold": 0.6}})
    bench = Workbench(stages=("extract", "language", "segment", "claims"), configs={"claims": {"threshold": 0.6}})
    assert bench.pipeline.config("claims").threshold == 0.6


def test_services_are_injected_and_shared_with_the_matcher() -> None:
    encoder = WordEncoder()
    bench = Workbench(MemoryStore(STORE_RECORDS), stages=("match",), services={"encoder": encoder, "stories": "x"})
    assert bench.pipeline.resources.optional("stories") == "x"
    assert bench.matcher is not None and bench.matcher.encoder is encoder
    hits = bench.search("photos of US help to ISIS convoys in Albu Kamal", lang="en", k=2)
    assert hits[0].factcheck.review_url == "https://example.org/albu-kamal"
    assert hits[0].to_dict() == json.loads(json.dumps(hits[0].to_dict()))
    assert set(hits[0].to_dict()) == {"factcheck", "score", "level", "evidence"}
    assert hits[0].to_dict()["factcheck"] == STORE_RECORDS[0].to_dict()


def test_without_a_store_nothing_is_searched() -> None:
    bench = Workbench(stages=("match",))
    assert bench.matcher is None and bench.search("anything") == [] and bench.refresh() == 0


def test_check_matches_with_a_store() -> None:
    """``sift.check(..., workbench=)``: the public API reaches the matcher; a Document's matches use the hit shape."""
    bench = Workbench(
        MemoryStore(STORE_RECORDS),
        stages=("extract", "language", "segment", "match"),
        services={"encoder": WordEncoder()},
    )
    doc = sift.check(
        "Russian defence ministry photos show US help to ISIS convoys in Albu Kamal, the ministry said.",
        kind="text",
        workbench=bench,
    )
    assert doc.matches and doc.matches[0].factcheck["review_url"] == "https://example.org/albu-kamal"
