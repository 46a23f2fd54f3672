"""The batching encoder: concurrent callers share batches and each gets exactly its own rows (or the error)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from sift.api.batching import BatchingEncoder


class SlowEncoder:
    """Encodes a text as a row holding its length; records batch sizes; slow enough for callers to pile up."""

    name = "slow"
    dim = 2

    def __init__(self, fail_on: str | None = None) -> None:
        self.batches: list[int] = []
        self.fail_on = fail_on
        self.lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        with self.lock:
            self.batches.append(len(texts))
        time.sleep(0.05)
        if self.fail_on is not None and self.fail_on in texts:
            raise ValueError(f"cannot encode {self.fail_on!r}")
        return np.array([[len(text), 1.0] for text in texts], dtype=np.float32)


def test_concurrent_callers_share_batches_and_get_their_own_rows() -> None:
    inner = SlowEncoder()
    encoder = BatchingEncoder(inner)
    requests = [["x" * (i + 1)] * (i % 3 + 1) for i in range(24)]
    with ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(encoder.encode, requests))
    for texts, rows in zip(requests, results, strict=True):
        assert rows.shape == (len(texts), 2) and rows[:, 0].tolist() == [len(t) for t in texts]
    assert sum(inner.batches) == sum(len(texts) for texts in requests)
    assert len(inner.batches) < len(requests)  # callers were merged
    assert (encoder.name, encoder.dim) == ("slow", 2)


def test_a_lone_caller_is_encoded_at_once_and_errors_reach_every_caller_of_the_batch() -> None:
    inner = SlowEncoder(fail_on="bad")
    encoder = BatchingEncoder(inner)
    assert encoder.encode(["abc"])[0, 0] == 3 and inner.batches == [1]
    with pytest.raises(ValueError, match="cannot encode 'bad'"):
        encoder.encode(["bad"])
    assert encoder.encode(["after an error"])[0, 0] == len("after an error")
