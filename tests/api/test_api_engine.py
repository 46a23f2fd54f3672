"""The engine's read-write lock: searches share it, an index refresh waits for them and then runs alone; its
startup freezes the heap it built, so full garbage collections never walk the index and models again."""

from __future__ import annotations

import gc
import threading
import time

from sift.api.engine import Engine, ReadWriteLock
from sift.api.settings import ServeSettings
from sift.store import Store


def test_readers_share_and_a_writer_waits_for_them() -> None:
    lock = ReadWriteLock()
    events: list[str] = []
    with lock.reading(), lock.reading():
        events.append("two readers at once")
        writer = threading.Thread(target=lambda: (lock.writing().__enter__(), events.append("writer")))
        writer.start()
        writer.join(0.2)
        assert writer.is_alive() and events == ["two readers at once"]
    writer.join(5)
    assert events == ["two readers at once", "writer"]


def test_a_waiting_writer_blocks_new_readers() -> None:
    lock = ReadWriteLock()
    order: list[str] = []
    first = lock.reading()
    first.__enter__()

    def write() -> None:
        with lock.writing():
            order.append("write")

    def read() -> None:
        with lock.reading():
            order.append("read")

    writer = threading.Thread(target=write)
    writer.start()
    while not lock._writers_waiting:
        time.sleep(0.001)
    reader = threading.Thread(target=read)
    reader.start()
    reader.join(0.1)
    assert order == []
    first.__exit__(None, None, None)
    writer.join(5)
    reader.join(5)
    assert order == ["write", "read"]


def test_startup_freezes_the_heap_with_the_open_matcher_and_close_thaws_it(sample_store: Store) -> None:
    engine = Engine(ServeSettings(read_only=True, check_workers=0), sample_store)
    try:
        engine.start()
        matcher = engine.workbench.matcher
        assert matcher is not None
        assert gc.get_freeze_count() > 0
        # the index's row table was built before the freeze: a full collection no longer walks it
        assert not any(obj is matcher.index.ids for obj in gc.get_objects())
    finally:
        engine.close()
    assert gc.get_freeze_count() == 0


def test_a_long_upload_name_is_cut_before_its_suffix() -> None:
    from sift.api.engine import MAX_FILENAME_CHARS, upload_name

    long = "a" * 300 + ".md"
    name = upload_name(f"/tmp/{long}")
    # the suffix says Markdown or HTML (ingest.load's name=): cut from the end, "….md" was read as plain text
    assert name is not None and len(name) == MAX_FILENAME_CHARS and name.endswith(".md")
    assert upload_name("notes.html") == "notes.html"
    assert upload_name(None) is None and upload_name("") is None and upload_name("dir/") == "dir"
