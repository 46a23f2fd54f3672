"""group_duplicates skips sentences too short to repeat anything and counts the union from the set sizes (a
speed-up): it must group as the pairwise rule it implements, written out plainly here."""

from __future__ import annotations

import itertools
import random

import numpy as np

from sift.claims.triage import (
    DUPLICATE_CONTAINMENT,
    DUPLICATE_COSINE,
    DUPLICATE_OVERLAP,
    MIN_DUPLICATE_WORDS,
    _words,
    group_duplicates,
)


def _plain(texts: list[str], embeddings: np.ndarray, order: list[int]) -> list[int | None]:
    words = [_words(text) for text in texts]
    representatives: list[int] = []
    duplicate_of: list[int | None] = [None] * len(texts)
    for index in order:
        for rep in representatives:
            mine, theirs = words[index], words[rep]
            shorter = min(len(mine), len(theirs))
            if shorter < MIN_DUPLICATE_WORDS:
                continue
            shared = len(mine & theirs)
            if shared / shorter >= DUPLICATE_CONTAINMENT or (
                shared / len(mine | theirs) >= DUPLICATE_OVERLAP
                and float(embeddings[index] @ embeddings[rep]) >= DUPLICATE_COSINE
            ):
                duplicate_of[index] = rep
                break
        else:
            representatives.append(index)
    return duplicate_of


def test_groups_as_the_plain_pairwise_rule() -> None:
    vocabulary = [
        "the",
        "army",
        "said",
        "on",
        "Monday",
        "that",
        "its",
        "troops",
        "left",
        "Albu",
        "Kamal",
        "city",
        "after",
        "heavy",
        "fighting",
    ]
    rng = random.Random(7)
    for _ in range(200):
        count = rng.randint(1, 9)
        texts = [" ".join(rng.sample(vocabulary, rng.randint(1, 9))) for _ in range(count)]
        texts += rng.sample(texts, rng.randint(0, count))  # exact repeats
        base = rng.normalvariate
        rows = np.asarray([[base(0, 1) for _ in range(4)] for _ in texts], dtype=np.float32)
        if rng.random() < 0.5:
            rows[:] = rows[0]  # every pair alike by embedding
        rows /= np.linalg.norm(rows, axis=1, keepdims=True)
        order = list(range(len(texts)))
        rng.shuffle(order)
        expected = _plain(texts, rows, order)
        assert group_duplicates(texts, rows, order) == expected
        assert group_duplicates(texts, rows, order, words=[_words(text) for text in texts]) == expected


def test_a_short_sentence_leads_its_own_group() -> None:
    texts = ["Albu Kamal", "Albu Kamal", "the army said troops left Albu Kamal", "the army said troops left Albu Kamal"]
    rows = np.ones((4, 2), dtype=np.float32) / np.sqrt(2)
    for order in itertools.permutations(range(4)):
        assert group_duplicates(texts, rows, list(order)) == _plain(texts, rows, list(order))
