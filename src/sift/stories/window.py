"""Nearest-neighbour search restricted to a time window: one small usearch index per few days.

A new document is compared with the documents of the days around it, never with the whole archive, so the
cost of assigning it grows with how much news a window holds, not with the size of the store. Time is cut
into buckets of :data:`BUCKET_DAYS`; a search visits the buckets the window touches and keeps the best
``count`` hits whose exact day difference is within the window. Buckets up to :data:`EXACT_UP_TO` vectors are searched
exhaustively (exact and deterministic); larger ones use usearch's HNSW graph, built on one thread in
insertion order, so a given input order always gives the same neighbours.

Vectors are kept as 8-bit integers (:data:`DTYPE`): the search only proposes candidates, whose cosines the
caller recomputes from the full vectors, and i8 distances cost a fraction of f16 ones on CPUs without
native half floats (with :data:`GRAPH` below and the caller's candidate bound, synthetic documents at the
dense run's density, 15,000 over 4.5 days, went from 93 to 156 documents/s on a loaded 2-core machine, same
BCubed F1; re-measure with bench/stories.py --scale 100000 --days 30).
"""

from __future__ import annotations

import math

import numpy as np
from usearch.index import Index

__all__ = ["BUCKET_DAYS", "DTYPE", "EXACT_UP_TO", "GRAPH", "TimeWindowIndex"]

#: Days per bucket: a ±7-day window visits 4-5 buckets. One-day buckets cost a usearch call each (about
#: 0.1 ms of overhead, 15 per document); wider ones hold more documents outside the window, which the
#: search fetches and drops (synthetic run of bench/stories.py --scale: 4 days was the fastest of 1, 2, 4, 7).
BUCKET_DAYS = 7.0

#: A day with at most this many documents is searched exactly: a brute-force pass over a few thousand 512-d
#: f16 rows costs well under a millisecond and has no recall loss.
EXACT_UP_TO = 4096

#: Scalar type of the stored vectors (see the module docstring).
DTYPE = "i8"

#: HNSW graph settings: usearch's defaults (expansion 128 on insert, 64 on search) cost twice as much per
#: document for a recall@24 of 0.99 against 0.98 here (synthetic vectors, bench/stories.py --scale); the
#: links that make a story are the few nearest, which both find.
GRAPH = {"connectivity": 16, "expansion_add": 64, "expansion_search": 32}


class TimeWindowIndex:
    """Unit vectors keyed by integers, grouped by day, searchable within ``± window`` days of a given day."""

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._buckets: dict[int, Index] = {}
        self._days: dict[int, float] = {}

    def __len__(self) -> int:
        return len(self._days)

    def __contains__(self, key: int) -> bool:
        return key in self._days

    def add(self, key: int, day: float, vector: np.ndarray) -> None:
        """Add one vector under ``key`` (a key must not be present already)."""
        bucket = math.floor(day / BUCKET_DAYS)
        index = self._buckets.get(bucket)
        if index is None:
            index = self._buckets[bucket] = Index(ndim=self.dim, metric="cos", dtype=DTYPE, **GRAPH)
        index.add(key, np.asarray(vector, dtype=np.float32), threads=1)
        self._days[key] = day

    def add_many(self, keys: list[int], days: list[float], vectors: np.ndarray) -> None:
        """Add vectors in the order given (as :meth:`add` one by one would), one usearch call per bucket.

        Reopening a store's stories adds every kept vector: a call per vector cost more than the graph.
        """
        buckets: dict[int, list[int]] = {}
        for row, day in enumerate(days):
            buckets.setdefault(math.floor(day / BUCKET_DAYS), []).append(row)
        for bucket, rows in buckets.items():
            index = self._buckets.get(bucket)
            if index is None:
                index = self._buckets[bucket] = Index(ndim=self.dim, metric="cos", dtype=DTYPE, **GRAPH)
            index.add(
                np.asarray([keys[row] for row in rows], dtype=np.uint64),
                np.asarray(vectors[rows], dtype=np.float32),
                threads=1,
            )
        self._days.update(zip(keys, days, strict=True))

    def remove(self, key: int) -> None:
        """Forget ``key`` (nothing happens when it is absent)."""
        day = self._days.pop(key, None)
        if day is None:
            return
        bucket = math.floor(day / BUCKET_DAYS)
        index = self._buckets[bucket]
        index.remove(key)
        if len(index) == 0:
            del self._buckets[bucket]

    def day_of(self, key: int) -> float | None:
        """The day a key was added with."""
        return self._days.get(key)

    def search(self, vector: np.ndarray, day: float, window_days: float, count: int) -> list[tuple[int, float]]:
        """The ``count`` keys most similar to ``vector`` among those within ``window_days`` of ``day``.

        Returns:
            ``(key, cosine)`` pairs, best first; ties are broken by the smaller key (the older document).
        """
        query = np.asarray(vector, dtype=np.float32)
        found: list[tuple[float, int]] = []
        for bucket in range(
            math.floor((day - window_days) / BUCKET_DAYS), math.floor((day + window_days) / BUCKET_DAYS) + 1
        ):
            index = self._buckets.get(bucket)
            if index is None:
                continue
            size = len(index)
            hits = index.search(query, min(count, size), exact=size <= EXACT_UP_TO, threads=1)
            for key, distance in zip(hits.keys.tolist(), hits.distances.tolist(), strict=True):
                if abs(self._days[key] - day) <= window_days:
                    found.append((-(1.0 - distance), key))
        found.sort()
        return [(key, -negative) for negative, key in found[:count]]
