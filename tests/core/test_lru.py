"""The shared LRU cache: bounded, most-recent-first eviction, safe under concurrent readers and writers."""

from __future__ import annotations

import threading

import pytest

from sift.lru import LRUCache


def test_reading_an_entry_keeps_it_and_the_oldest_goes() -> None:
    cache: LRUCache[str, int] = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1
    cache.put("c", 3)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (1, None, 3)
    assert len(cache) == 2


def test_put_many_replaces_and_stays_bounded() -> None:
    cache: LRUCache[int, str] = LRUCache(3)
    cache.put_many((i, str(i)) for i in range(10))
    assert len(cache) == 3 and cache.get(9) == "9" and cache.get(0) is None
    cache.put(9, "nine")
    assert cache.get(9) == "nine"


def test_discard_if_and_clear() -> None:
    cache: LRUCache[int, int] = LRUCache(10)
    cache.put_many((i, i) for i in range(6))
    cache.discard_if(lambda key: key % 2 == 1)
    assert [cache.get(i) for i in range(6)] == [0, None, 2, None, 4, None]
    cache.clear()
    assert len(cache) == 0


def test_a_cache_needs_room() -> None:
    with pytest.raises(ValueError, match="at least one"):
        LRUCache(0)


def test_threads_reading_and_evicting_at_once_never_fail() -> None:
    """Many threads hit a tiny cache: lookups of keys evicted meanwhile must give None, not KeyError."""
    cache: LRUCache[int, int] = LRUCache(4)
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(3000):
                key = (i + offset) % 16
                if cache.get(key) is None:
                    cache.put(key, key)
        except BaseException as error:  # the assertion below reports it
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(cache) <= 4
