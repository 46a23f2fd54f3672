"""Stories saved in the store, one suite over both backends: what is saved reopens as the same index, merges
leave redirects, splits and removals are written through, and a failed write loses nothing."""

from __future__ import annotations

import numpy as np
import pytest

from sift.errors import StoreError
from sift.store import Store, open_store
from sift.store.base import DocumentFailure
from sift.store.stories import StoredStoryIndex, document_row, row_document
from sift.stories import MemoryStoryIndex, StoryConfig, StoryDocument

CONFIG = StoryConfig(threshold=0.6, cross_lingual_offset=0.1, merge_margin=0.05, gap_weight=0.0)


def unit(*components: float) -> np.ndarray:
    vector = np.zeros(8, dtype=np.float32)
    vector[: len(components)] = components
    return vector / np.linalg.norm(vector)


def doc(doc_id: str, vector: np.ndarray, day: float = 17484.0, lang: str = "en", **fields: object) -> StoryDocument:
    return StoryDocument(id=doc_id, lang=lang, day=day, vector=vector, **fields)  # type: ignore[arg-type]


def state(index: StoredStoryIndex | MemoryStoryIndex) -> dict[str, object]:
    stories = {s.id: sorted(d.id for d in s.documents) for s in index.list()}
    return {"stories": stories, "of": {d: index.story_of(d) for ids in stories.values() for d in ids}}


def test_a_document_row_round_trips() -> None:
    original = doc(
        "d1",
        unit(0.3, 0.4, 0.5),
        lang="fr",
        names=frozenset({"kamal", "abu"}),
        numbers=frozenset({"15"}),
        factchecks=frozenset({"fc1"}),
        is_dated=False,
        title="Titre",
        site="Site",
        published="2017-11-14",
        source="/p.html",
        claims=("Une affirmation.",),
    )
    key, story, back = row_document(document_row(original, 7, "s1"))
    assert (key, story) == (7, "s1")
    assert np.array_equal(back.vector, original.vector)
    for field in ("id", "lang", "day", "names", "numbers", "factchecks", "is_dated", "title", "site", "published"):
        assert getattr(back, field) == getattr(original, field), field
    assert back.claims == original.claims and back.source == original.source


def test_stories_reopen_as_they_were_saved(store: Store, store_location: str) -> None:
    index = StoredStoryIndex(store, CONFIG)
    index.add(doc("a", unit(1, 0)))
    index.add(doc("b", unit(0, 1)))
    merged = index.add(doc("c", unit(1, 1)))
    assert merged.story == "a" and merged.merged == ["b"]
    index.add(doc("z", unit(0, 0, 1), lang="de", title="Other"))
    before = state(index)
    with open_store(store_location) as again:
        reopened = StoredStoryIndex(again, CONFIG)
        assert state(reopened) == before
        assert reopened.get("b").id == "a"  # type: ignore[union-attr]  # the redirect was saved
        assert reopened.get("z").documents[0].title == "Other"  # type: ignore[union-attr]
        # the reopened index goes on where the first left off: same assignment as an index that never closed
        later = doc("d", unit(1, 0.2))
        assert reopened.add(later).story == index.assign(later).story == "a"


def test_removal_and_split_are_saved(store: Store, store_location: str) -> None:
    index = StoredStoryIndex(store, CONFIG)
    for name, vector in (("a", unit(1, 0)), ("b", unit(0, 1)), ("c", unit(1, 1))):
        index.add(doc(name, vector))
    assert index.remove("c") == ["a", "b"]
    with open_store(store_location) as again:
        reopened = StoredStoryIndex(again, CONFIG)
        assert state(reopened) == {"stories": {"a": ["a"], "b": ["b"]}, "of": {"a": "a", "b": "b"}}
        assert "c" not in reopened


def test_an_update_is_saved(store: Store, store_location: str) -> None:
    index = StoredStoryIndex(store, CONFIG)
    index.add(doc("a", unit(1, 0)))
    index.add(doc("b", unit(1, 0.1)))
    index.add(doc("b", unit(0, 1), title="New content"))
    with open_store(store_location) as again:
        reopened = StoredStoryIndex(again, CONFIG)
        assert reopened.story_of("b") == "b" and reopened.document("b").title == "New content"  # type: ignore[union-attr]


def test_a_stored_index_matches_a_memory_index(store: Store) -> None:
    rng = np.random.default_rng(5)
    centres = rng.standard_normal((6, 8))
    stored, memory = StoredStoryIndex(store, CONFIG), MemoryStoryIndex(CONFIG)
    for i in range(60):
        vector = centres[i % 6] / np.linalg.norm(centres[i % 6]) + 0.35 * rng.standard_normal(8)
        item = doc(f"d{i}", (vector / np.linalg.norm(vector)).astype(np.float32), day=float(rng.integers(0, 20)))
        assert stored.add(item).story == memory.add(item).story
    assert state(stored) == state(memory)


def test_another_writer_is_picked_up_by_refresh(store: Store, store_location: str) -> None:
    index = StoredStoryIndex(store, CONFIG)
    index.add(doc("a", unit(1, 0)))
    with open_store(store_location) as other_process:
        StoredStoryIndex(other_process, CONFIG).add(doc("b", unit(1, 0.1)))
    assert index.story_of("b") is None
    assert index.refresh() and index.story_of("b") == "a"
    assert not index.refresh()


def test_a_read_only_store_refuses_and_keeps_the_index_as_saved(store: Store, store_location: str) -> None:
    StoredStoryIndex(store, CONFIG).add(doc("a", unit(1, 0)))
    with open_store(store_location, read_only=True) as read_only:
        index = StoredStoryIndex(read_only, CONFIG)
        assert index.assign(doc("b", unit(1, 0.1))).story == "a"  # a dry run needs no write
        with pytest.raises(StoreError, match="read-only"):
            index.add(doc("b", unit(1, 0.1)))
        assert "b" not in index and index.story_of("a") == "a"


def test_writers_that_interleave_keep_the_stories_of_one_writer(store: Store, store_location: str) -> None:
    """Two processes adding documents in turn (Dask workers saving into one store): neither saves a change
    computed on stale stories; each redoes it on what the other saved, so the stories are one writer's."""
    rng = np.random.default_rng(11)
    centres = [unit(*rng.normal(size=8)) for _ in range(3)]
    items = []
    for i in range(18):
        vector = centres[i % 3] + rng.normal(scale=0.15, size=8)
        items.append(doc(f"d{i:02d}", (vector / np.linalg.norm(vector)).astype(np.float32)))
    alone = MemoryStoryIndex(CONFIG)
    for item in items:
        alone.add(item)
    with open_store(store_location) as other_process:
        writers = (StoredStoryIndex(store, CONFIG), StoredStoryIndex(other_process, CONFIG))
        for n, item in enumerate(items):
            writers[n % 2].add(item)  # each writer last read the stories before the other's latest document
        for writer in writers:
            writer.refresh()
            assert state(writer) == state(alone)
    assert len(state(alone)["stories"]) == 3  # type: ignore[arg-type]
    with open_store(store_location) as again:
        assert state(StoredStoryIndex(again, CONFIG)) == state(alone)


def full_state(index: StoredStoryIndex) -> dict[str, object]:
    """Everything a reopened index would hold: stories, links, redirects, keys, name counts, centroids."""
    memory = index._index
    docs = sorted(memory._docs)
    return {
        **state(index),
        "links": {d: memory.links(d) for d in docs},
        "redirects": memory.redirects(),
        "keys": {d: memory.key_of(d) for d in docs},
        "names": dict(memory._name_counts),
        "created": sorted(memory._created, key=memory._created.__getitem__),
        # every story's sum of member vectors, kept or (one member) made from it
        "sums": {s: np.round(memory._centroid(s), 5).tolist() for s in sorted(memory._members)},
    }


def clustered(count: int, seed: int, **fields: object) -> list[StoryDocument]:
    rng = np.random.default_rng(seed)
    centres = [unit(*rng.normal(size=8)) for _ in range(4)]
    items = []
    for i in range(count):
        vector = centres[i % 4] + rng.normal(scale=0.2, size=8)
        names = frozenset({f"n{i % 4}", f"m{i % 3}"})
        items.append(doc(f"d{i:03d}", (vector / np.linalg.norm(vector)).astype(np.float32), names=names, **fields))
    return items


def test_a_stale_writer_reads_only_what_changed(store: Store, store_location: str) -> None:
    """A writer another writer overtook catches up with the other's change alone (its log rows and the rows of
    the documents it names), not every stored story row: the rows read do not grow with the stories stored."""
    first = StoredStoryIndex(store, CONFIG)
    for item in clustered(40, seed=3):
        first.add(item)
    with open_store(store_location) as other_process:
        second = StoredStoryIndex(other_process, CONFIG)  # reads the 40 stored documents once
        assert first.add(doc("new", unit(0, 0, 0, 0, 0, 0, 0, 1), names=frozenset({"n1"}))).is_new
        journal = store.load_story_changes(second._version)
        # a new story and its document: two log rows and the one document row they name
        assert [op[0] for op in journal.operations] == ["story", "document"] and journal.rows == 3
        assert second.add(doc("newer", unit(0, 0, 0, 0, 0, 0, 1, 0))).is_new
        assert second.rows_read == journal.rows == 3
        assert first.refresh() and first.rows_read == 3
        assert full_state(first) == full_state(second)
        with open_store(store_location) as again:
            assert full_state(StoredStoryIndex(again, CONFIG)) == full_state(second)


def test_writers_catching_up_on_updates_removals_merges_and_splits_match_a_reopened_index(
    store: Store, store_location: str
) -> None:
    """Two writers in turn adding, replacing and removing documents (merges, splits, redirects given back):
    each catches up on the other's operations and ends where an index reopened from the tables is."""
    items = clustered(36, seed=7)
    with open_store(store_location) as other_process:
        writers = (StoredStoryIndex(store, CONFIG), StoredStoryIndex(other_process, CONFIG))
        alone = MemoryStoryIndex(CONFIG)
        steps: list[tuple[str, object]] = [("add", item) for item in items]
        steps[12:12] = [("remove", "d003"), ("add", doc("d001", unit(0, 0, 1), names=frozenset({"x"})))]
        steps[25:25] = [("remove", "d010"), ("remove", "d014"), ("add", items[3])]
        later = 17484.0 + 100  # out of the clusters' window: a bridge merges two stories, its removal splits them
        bridge = [doc(name, vector, day=later) for name, vector in (("a", unit(1, 0)), ("b", unit(0, 1)))]
        steps += [("add", bridge[0]), ("add", bridge[1]), ("add", doc("c", unit(1, 1), day=later))]
        steps += [("remove", "c"), ("add", doc("e", unit(1, 0.9), day=later)), ("remove", "e")]
        for n, (kind, value) in enumerate(steps):
            writer = writers[n % 2]
            if kind == "add":
                assert writer.add(value).story == alone.add(value).story  # type: ignore[arg-type]
            else:
                assert writer.remove(value) == alone.remove(value)  # type: ignore[arg-type]
        for writer in writers:
            writer.refresh()
        assert full_state(writers[0]) == full_state(writers[1])
        assert state(writers[0]) == state(alone)
        with open_store(store_location) as again:
            reopened = StoredStoryIndex(again, CONFIG)
            assert full_state(reopened) == full_state(writers[0])
            later = clustered(40, seed=7)[-1]
            assert reopened.assign(later).to_dict() == writers[1].assign(later).to_dict()


def test_the_change_log_keeps_the_latest_operations_and_a_writer_behind_them_reloads(
    store: Store, store_location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sift.store.sql

    monkeypatch.setattr(sift.store.sql, "STORY_CHANGES_KEPT", 6)
    monkeypatch.setattr(sift.store.sql, "STORY_CHANGES_CUT_EVERY", 1)  # cut at every write
    items = clustered(16, seed=5)
    first = StoredStoryIndex(store, CONFIG)
    first.add(items[0])
    with open_store(store_location) as other_process:
        second = StoredStoryIndex(other_process, CONFIG)
        first.add(items[1])
        assert store.load_story_changes(second._version).reload is None  # just behind: the log reaches back
        for item in items[2:15]:
            first.add(item)
        behind = store.load_story_changes(second._version)
        assert behind.reload is not None and not behind.operations  # further behind than the log keeps
        second.add(items[15])
        assert second.rows_read >= 15  # caught up by reading every story row
        first.refresh()
        assert full_state(first) == full_state(second)
    kept = store.load_story_changes(0)
    assert kept.reload is not None
    version = store.story_version()
    assert len(store.load_story_changes(version - 6).operations) == 6
    with store._reading("count"):  # type: ignore[attr-defined]
        assert store._execute("SELECT COUNT(*) FROM story_changes").fetchone()[0] == 6  # type: ignore[attr-defined]


def test_a_story_change_and_the_writes_after_it_are_one_transaction(store: Store, store_location: str) -> None:
    index = StoredStoryIndex(store, CONFIG)
    index.add(doc("a", unit(1, 0)))
    failure = DocumentFailure("/pages/b.html", "/pages/b.html", "kept", None)

    def fail_after_the_story() -> None:
        store.record_failure(failure)
        raise StoreError("the document could not be written")

    with pytest.raises(StoreError, match="could not be written"):
        index.add(doc("b", unit(1, 0.1)), also=fail_after_the_story)
    # nothing of it was saved, and the index is as the store is
    assert "b" not in index and store.document_stats().failed == 0
    with open_store(store_location) as reopened:
        assert state(StoredStoryIndex(reopened, CONFIG)) == state(index)
    assert index.add(doc("b", unit(1, 0.1)), also=lambda: store.record_failure(failure)).story == "a"
    assert store.document_stats().failed == 1
    with open_store(store_location) as reopened:
        assert StoredStoryIndex(reopened, CONFIG).story_of("b") == "a"
