"""Shared fixtures for the matcher tests: a tiny deterministic encoder and hand-written fact-checks."""

from __future__ import annotations

import hashlib
import re

import numpy as np

from sift.factchecks.record import FactCheck


class HashEncoder:
    """Bag-of-words hashed into 64 dimensions: similar wording gives similar vectors; counts every text."""

    name = "hash64"
    dim = 64

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.encoded.extend(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
            out[i] /= max(float(np.linalg.norm(out[i])), 1e-6)
        return out


def record(claim: str, title: str | None = None, *, language: str = "en", url: str | None = None) -> FactCheck:
    """A fact-check with just enough fields."""
    return FactCheck(
        claim=claim,
        title=title,
        review_url=url or f"https://checks.example/{abs(hash(claim)) % 10**8}",
        publisher_name="Example Checks",
        rating="False",
        verdict="false",
        language=language,
    )


RECORDS = [
    record("A photo shows a convoy of tanks crossing the Euphrates river.", "Convoy photo is from a video game"),
    record("Drinking hot water every 15 minutes cures the flu.", "No, hot water does not cure the flu"),
    record("The moon landing in 1969 was filmed in a studio.", "Moon landing hoax claims"),
    record("Bill Gates plans to put microchips in vaccines.", "Microchip vaccine rumour"),
]
