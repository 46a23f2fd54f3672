"""A small thread-safe least-recently-used cache, for the per-process caches of a long-running server.

The encoder's vectors and the matcher's analysed rows are both read by several API threads at once; a plain
``OrderedDict`` with ``move_to_end``/``popitem`` is not safe there (a key evicted between a lookup and its
``move_to_end`` raises ``KeyError``), so both go through this one locked implementation.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

__all__ = ["LRUCache"]

K = TypeVar("K")
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    """At most ``size`` entries; reading an entry makes it the most recent, adding past ``size`` drops the oldest."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError(f"an LRU cache needs room for at least one entry, got {size}")
        self.size = size
        self._entries: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: K) -> V | None:
        """The entry of ``key`` (now the most recent), or ``None``."""
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put_many(self, items: Iterable[tuple[K, V]]) -> None:
        """Add or replace entries, then drop the oldest ones beyond ``size``."""
        with self._lock:
            for key, value in items:
                self._entries[key] = value
                self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def put(self, key: K, value: V) -> None:
        """Add or replace one entry."""
        self.put_many([(key, value)])

    def discard_if(self, stale: Callable[[K], bool]) -> None:
        """Drop every entry whose key ``stale`` says is out of date."""
        with self._lock:
            for key in [key for key in self._entries if stale(key)]:
                del self._entries[key]

    def clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._entries.clear()
