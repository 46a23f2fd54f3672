"""The encoder cache: the same vectors as the wrapped encoder, each distinct text encoded once, bounded."""

from __future__ import annotations

import numpy as np

from sift.encoders import CachingEncoder


class CountingEncoder:
    """A deterministic stand-in that records every text it is asked to encode."""

    name = "counting"
    dim = 4

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        rows = np.array([[len(t), t.count("a"), t.count("e"), 1.0] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_cached_rows_equal_the_wrapped_encoder_rows() -> None:
    inner = CountingEncoder()
    cached = CachingEncoder(inner)
    texts = ["a cat", "the dog", "a cat", "eel"]
    first = cached.encode(texts)
    assert np.array_equal(first, CountingEncoder().encode(texts))
    assert inner.seen == ["a cat", "the dog", "eel"]


def test_a_second_call_reuses_vectors_and_encodes_only_new_texts() -> None:
    inner = CountingEncoder()
    cached = CachingEncoder(inner)
    cached.encode(["one sentence", "two sentences"])
    again = cached.encode(["two sentences", "a clause"])
    assert inner.seen == ["one sentence", "two sentences", "a clause"]
    assert again.shape == (2, 4)


def test_the_cache_forgets_the_least_recently_used_texts() -> None:
    inner = CountingEncoder()
    cached = CachingEncoder(inner, size=2)
    cached.encode(["a", "b"])
    cached.encode(["a"])  # "a" is now the most recent
    cached.encode(["c"])  # evicts "b"
    cached.encode(["a", "b"])
    assert inner.seen == ["a", "b", "c", "b"]


def test_returned_rows_are_copies_callers_may_change() -> None:
    cached = CachingEncoder(CountingEncoder())
    rows = cached.encode(["text"])
    rows[0] = 0.0
    assert cached.encode(["text"])[0].any()


def test_empty_input_gives_an_empty_matrix_of_the_right_width() -> None:
    assert CachingEncoder(CountingEncoder()).encode([]).shape == (0, 4)


def test_clear_forgets_every_vector() -> None:
    inner = CountingEncoder()
    cached = CachingEncoder(inner)
    cached.encode(["a page sentence"])
    cached.clear()
    cached.encode(["a page sentence"])
    assert inner.seen == ["a page sentence", "a page sentence"]
