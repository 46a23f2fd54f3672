"""The batch run in one process: what is stored, what a rerun skips, how failures are kept and retried.

These runs use the spine stages (extract, language, segment) to stay fast; the Dask tests run every stage.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import ClassVar

import pytest
from batch_corpus import page_html, page_text, warc_bytes, write_pages

from sift.batch import BatchOptions, document_id, open_inputs, run_batch
from sift.batch.worker import WorkerSettings, analyse_pages, open_workbench
from sift.errors import ConfigError, StoreError
from sift.ingest import IngestConfig
from sift.store import open_store
from sift.workbench import Workbench

SPINE = ("extract", "language", "segment")
MB = 1_000_000


def options(db: Path, **changes: object) -> BatchOptions:
    return BatchOptions(store=str(db), stages=SPINE, **changes)  # type: ignore[arg-type]


def run(db: Path, *paths: Path, urls: Path | None = None, **changes: object):  # type: ignore[no-untyped-def]
    given = options(db, **changes)
    inputs = open_inputs(
        [str(path) for path in paths], urls=str(urls) if urls else None, max_bytes=given.ingest.max_bytes
    )
    return run_batch(inputs, given)


def stored_keys(db: Path) -> list[str]:
    with open_store(str(db), read_only=True) as store:
        return sorted(
            store.get_document(item.id).source.location  # type: ignore[union-attr]
            for item in store.list_documents(limit=1000)
        )


def test_a_directory_is_stored_once_and_a_rerun_skips_it(tmp_path: Path) -> None:
    paths = write_pages(tmp_path / "corpus", 12)
    db = tmp_path / "sift.db"
    first = run(db, tmp_path / "corpus")
    assert (first.processed, first.skipped, first.failed) == (12, 0, 0)
    assert first.to_dict().keys() == {"processed", "skipped", "failed", "seconds", "pages_per_s"}
    assert stored_keys(db) == sorted(str(path.absolute()) for path in paths)
    again = run(db, tmp_path / "corpus")
    assert (again.processed, again.skipped, again.failed) == (0, 12, 0)
    write_pages(tmp_path / "corpus", 3, start=12)
    (tmp_path / "corpus" / "b" / "page-0000.txt").write_text(page_text(0) + "\nA correction was added.\n")
    third = run(db, tmp_path / "corpus")
    assert (third.processed, third.skipped) == (4, 11)  # three new pages and the changed one
    with open_store(str(db), read_only=True) as store:
        assert store.document_stats().documents == 16  # the changed page is a new document beside the old one
        doc = store.get_document(
            document_id(str(paths[1].absolute()), hashlib.sha256(paths[1].read_bytes()).hexdigest())
        )
    assert doc is not None and doc.title and doc.blocks and doc.source.kind == "file"


def test_failures_are_recorded_skipped_and_retried(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_pages(corpus, 2)
    (corpus / "empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    (corpus / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    db = tmp_path / "sift.db"
    first = run(db, corpus)
    assert (first.processed, first.failed) == (2, 2)
    with open_store(str(db), read_only=True) as store:
        failures = {Path(failure.key).name: failure for failure in store.list_failures()}
    assert set(failures) == {"empty.html", "binary.html"}
    assert "PNG" in failures["binary.html"].reason and failures["binary.html"].content_hash
    again = run(db, corpus)
    assert (again.processed, again.skipped, again.failed) == (0, 4, 0)
    (corpus / "empty.html").write_text(f"<html><body>{page_html(7)}</body></html>")  # fixed: new bytes, new try
    retried = run(db, corpus, retry_failed=True)
    assert (retried.processed, retried.skipped, retried.failed) == (1, 2, 1)
    with open_store(str(db), read_only=True) as store:
        (left,) = store.list_failures()
        assert Path(left.key).name == "binary.html" and left.attempts == 2
        assert store.document_stats().to_dict() == {"documents": 3, "failed": 1, "languages": {"en": 3}}


def test_jsonl_pages_keep_their_given_title_and_bad_lines_are_failures(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    lines = [
        {"url": "https://news.example.org/1", "html": page_html(1), "title": "The title the crawler saw"},
        {"text": page_text(2), "published": "2017-11-14"},
    ]
    path.write_text("\n".join([*map(json.dumps, lines), "{broken", json.dumps({"url": "https://x.example.org/"})]))
    db = tmp_path / "sift.db"
    summary = run(db, path)
    assert (summary.processed, summary.failed) == (2, 2)
    with open_store(str(db), read_only=True) as store:
        by_location = {item.location: store.get_document(item.id) for item in store.list_documents()}
        reasons = sorted(failure.reason for failure in store.list_failures())
    assert by_location["https://news.example.org/1"].title == "The title the crawler saw"  # type: ignore[union-attr]
    assert by_location[f"{path}:2"].published == "2017-11-14"  # type: ignore[union-attr]
    assert any("not a page record" in reason for reason in reasons)
    assert any("no 'html' or 'text'" in reason for reason in reasons)
    assert run(db, path).skipped == 4


def test_warc_records_are_stored_under_their_record_ids(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        warc_bytes(
            [
                ("response", "https://news.example.org/a", 200, "text/html", page_html(1).encode()),
                ("response", "https://news.example.org/style.css", 200, "text/css", b"p {}"),
                ("response", "https://news.example.org/b", 200, "text/html", page_html(2).encode()),
            ]
        )
    )
    db = tmp_path / "sift.db"
    summary = run(db, path)
    assert (summary.processed, summary.failed, summary.ignored) == (2, 0, 1)
    assert stored_keys(db) == ["https://news.example.org/a", "https://news.example.org/b"]
    with open_store(str(db), read_only=True) as store:
        keys = {key for item in store.list_documents() for key in [item.location]}
        assert keys and all(store.stored_sources([k]) == {} for k in keys)  # keyed by record id, not by URL
    assert run(db, path).skipped == 2


def test_a_url_list_is_fetched_politely_from_a_loopback_server(tmp_path: Path, page_server) -> None:  # type: ignore[no-untyped-def]
    server = page_server(
        {
            **{f"/news/{n}": (200, "text/html; charset=utf-8", page_html(n).encode()) for n in range(4)},
            "/image": (200, "image/png", b"\x89PNG"),
        }
    )
    urls = tmp_path / "urls.txt"
    lines = [server.url(f"/news/{n}", host="127.0.0.1" if n % 2 else "localhost") for n in range(4)]
    urls.write_text("\n".join([*lines, server.url("/missing"), server.url("/image"), "no url here"]) + "\n")
    db = tmp_path / "sift.db"
    refused = run(db, urls=urls, host_interval_s=0.0)
    assert (refused.processed, refused.failed) == (0, 7)  # loopback addresses are refused by default
    with open_store(str(db), read_only=True) as store:
        assert any("private" in failure.reason for failure in store.list_failures())
    allowed = run(db, urls=urls, retry_failed=True, host_interval_s=0.2, ingest=IngestConfig(allow_private=True))
    assert (allowed.processed, allowed.failed) == (4, 3)
    assert stored_keys(db) == sorted(lines)
    asked: dict[str, list[float]] = {"127.0.0.1": [], "localhost": []}
    for path, when in server.requests:
        if path.startswith("/news/"):
            asked["127.0.0.1" if int(path.rsplit("/", 1)[1]) % 2 else "localhost"].append(when)
    for times in asked.values():
        assert len(times) == 2 and times[1] - times[0] >= 0.2  # the interval between two pages of one host
    again = run(db, urls=urls, ingest=IngestConfig(allow_private=True))
    assert (again.processed, again.skipped) == (0, 7)
    assert len(server.requests) == 4 + 2  # the pages and the two failing URLs, once: a rerun asks for nothing


def test_a_url_listed_twice_is_fetched_and_counted_once(tmp_path: Path, page_server) -> None:  # type: ignore[no-untyped-def]
    server = page_server({"/news/1": (200, "text/html", page_html(1).encode())})
    urls = tmp_path / "urls.txt"
    first = server.url("/news/1")
    urls.write_text(f"{first}\n{first}#comments\nHTTP://{first.removeprefix('http://')}\n")  # one page
    db = tmp_path / "sift.db"
    summary = run(db, urls=urls, host_interval_s=0.0, ingest=IngestConfig(allow_private=True))
    assert (summary.processed, summary.skipped, summary.failed, summary.duplicates) == (1, 0, 0, 2)
    assert [path for path, _ in server.requests] == ["/news/1"]
    assert stored_keys(db) == [first]


def test_every_stored_document_goes_through_workbench_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved: list[tuple[str, str | None]] = []
    original = Workbench.save

    def spy(self: Workbench, doc, *, key=None, story=None):  # type: ignore[no-untyped-def]
        saved.append((doc.id, key))
        return original(self, doc, key=key, story=story)

    monkeypatch.setattr(Workbench, "save", spy)
    paths = write_pages(tmp_path / "corpus", 3)
    run(tmp_path / "sift.db", tmp_path / "corpus")
    assert sorted(key for _, key in saved) == sorted(str(path.absolute()) for path in paths)


def counted_saves(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[int]]:
    """Write transactions begun in SQLite stores and saves, in order ("begin", "save"), and how many transactions
    each ``Workbench.save`` began itself."""
    from sift.store.sqlite import SqliteStore

    begun: list[str] = []
    original_begin, original_save = SqliteStore._begin_write, Workbench.save
    monkeypatch.setattr(SqliteStore, "_begin_write", lambda self: begun.append("begin") or original_begin(self))
    per_save: list[int] = []

    def counting(self: Workbench, doc, *, key=None, story=None):  # type: ignore[no-untyped-def]
        before = len(begun)
        doc_id = original_save(self, doc, key=key, story=story)
        per_save.append(len(begun) - before)
        begun.append("save")
        return doc_id

    monkeypatch.setattr(Workbench, "save", counting)
    return begun, per_save


def test_a_page_is_saved_in_one_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events, _ = counted_saves(monkeypatch)
    write_pages(tmp_path / "corpus", 3)
    summary = run(tmp_path / "sift.db", tmp_path / "corpus", chunk_pages=1)
    assert summary.processed == 3
    # the story change, the document, its search entry and its queued claims: one transaction a page
    text = " ".join(events)
    assert text[text.rindex("begin", 0, text.index("save")) :] == "begin save begin save begin save"
    with open_store(str(tmp_path / "sift.db"), read_only=True) as store:
        assert store.document_stats().documents == 3 and len(store.load_story_rows().documents) == 3


def test_the_pages_of_a_chunk_are_saved_in_one_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events, per_save = counted_saves(monkeypatch)
    write_pages(tmp_path / "corpus", 5)
    summary = run(tmp_path / "sift.db", tmp_path / "corpus", chunk_pages=3)
    assert summary.processed == 5
    assert per_save == [0] * 5  # every save joined its chunk's transaction
    # two chunks, two transactions: each begun before its chunk's saves, none begun between them
    text = " ".join(events)
    first_chunk = text.rindex("begin", 0, text.index("save"))  # the store's setup began transactions before
    assert text[first_chunk:] == "begin save save save begin save save"
    with open_store(str(tmp_path / "sift.db"), read_only=True) as store:
        assert store.document_stats().documents == 5 and len(store.load_story_rows().documents) == 5


def test_a_page_the_store_refuses_fails_alone_and_its_chunk_is_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sift.store.sqlite import SqliteStore

    paths = write_pages(tmp_path / "corpus", 3)
    refused = str(paths[1].absolute())
    original = SqliteStore.save_document

    def refusing(self, doc, *, key=None):  # type: ignore[no-untyped-def]
        if key == refused:
            raise StoreError("the store refused this page")
        return original(self, doc, key=key)

    monkeypatch.setattr(SqliteStore, "save_document", refusing)
    summary = run(tmp_path / "sift.db", tmp_path / "corpus", chunk_pages=3)
    assert (summary.processed, summary.failed) == (2, 1)
    assert stored_keys(tmp_path / "sift.db") == sorted(str(path.absolute()) for path in paths if path != paths[1])
    with open_store(str(tmp_path / "sift.db"), read_only=True) as store:
        (failure,) = store.list_failures()
        assert failure.key == refused and failure.reason == "the store refused this page"
        # the chunk's first try was rolled back: the stories hold the two saved pages, not the refused one
        assert len(store.load_story_rows().documents) == 2


def test_a_rolled_back_chunk_leaves_the_story_index_as_the_store_is(tmp_path: Path) -> None:
    settings = WorkerSettings(store=str(tmp_path / "sift.db"), write=True, stages=SPINE)
    bench, store = open_workbench(settings)
    try:
        corpus = write_pages(tmp_path / "corpus", 2)
        pages = [page for source in open_inputs([str(path) for path in corpus], max_bytes=MB) for page in source]
        first, second = (analyse_pages(bench, [page], write=False)[0] for page in pages)
        with pytest.raises(StoreError), bench.transaction():
            bench.save(first.doc, key=first.key, story=first.story)  # type: ignore[arg-type]
            assert bench.stories is not None and first.doc_id in bench.stories
            raise StoreError("the disk is full")
        assert first.doc_id not in bench.stories and len(bench.stories) == 0
        bench.save(second.doc, key=second.key, story=second.story)  # type: ignore[arg-type]
        assert len(bench.stories) == 1 and len(store.load_story_rows().documents) == 1  # type: ignore[union-attr]
    finally:
        store.close()  # type: ignore[union-attr]


def test_pages_analysed_in_this_process_run_numpy_on_one_blas_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in a Dask worker, ``sift check`` and ``sift serve``: a page's small products ran slower on two threads."""
    from threadpoolctl import threadpool_info

    seen: list[int] = []
    original = Workbench.run

    def spy(self: Workbench, doc):  # type: ignore[no-untyped-def]
        seen.extend(pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas")
        return original(self, doc)

    monkeypatch.setattr(Workbench, "run", spy)
    write_pages(tmp_path / "corpus", 2)
    run(tmp_path / "sift.db", tmp_path / "corpus")
    assert seen and set(seen) == {1}


class _OverlapCluster:
    """A stand-in Dask runner: starts only once the client is building its Workbench, analyses in this process."""

    starting = threading.Event()
    building = threading.Event()
    events: ClassVar[list[str]] = []
    fail_start = False
    #: the keys of the pages the runner gave the cluster to load its models on
    warmed: ClassVar[list[str] | None] = None

    def __init__(self, *, workers: int | None = None, scheduler: str | None = None, warm=None) -> None:  # type: ignore[no-untyped-def]
        type(self).warmed = None if warm is None else sorted(page.key for page in warm[1])
        self.starting.set()
        started = self.building.wait(timeout=30)  # the client builds its Workbench while the cluster starts
        self.events.append("cluster up" if started else "cluster up, the client never built meanwhile")
        if self.fail_start:
            raise ConfigError("cannot start 2 Dask worker processes: test")

    def start(self, settings: WorkerSettings) -> None:
        self.events.append("workers set up")
        self.bench, self.store = open_workbench(settings)

    def run_chunks(self, chunks):  # type: ignore[no-untyped-def]
        for chunk in chunks:
            yield analyse_pages(self.bench, chunk, write=False)

    def close(self) -> None:
        self.events.append("closed")
        if getattr(self, "store", None) is not None:
            self.store.close()


@pytest.fixture
def overlap_cluster(monkeypatch: pytest.MonkeyPatch) -> type[_OverlapCluster]:
    import sift.batch.runner as runner

    _OverlapCluster.starting = threading.Event()
    _OverlapCluster.building = threading.Event()
    _OverlapCluster.events = []
    _OverlapCluster.fail_start = False
    original = runner.build_workbench

    def build(store, settings):  # type: ignore[no-untyped-def]
        _OverlapCluster.building.set()
        overlapped = _OverlapCluster.starting.wait(timeout=10)
        _OverlapCluster.events.append("client build" if overlapped else "client build before the cluster started")
        return original(store, settings)

    monkeypatch.setattr(runner, "build_workbench", build)
    monkeypatch.setattr(runner, "_dask_runner", lambda: _OverlapCluster)
    return _OverlapCluster


def test_the_cluster_starts_while_the_client_builds_and_its_workers_after(
    tmp_path: Path, overlap_cluster: type[_OverlapCluster]
) -> None:
    write_pages(tmp_path / "corpus", 3)
    summary = run(tmp_path / "sift.db", tmp_path / "corpus", workers=2)
    assert (summary.processed, summary.failed) == (3, 0)
    events = overlap_cluster.events
    assert sorted(events[:2]) == ["client build", "cluster up"]  # each waited for the other: both at once
    assert events[2:] == ["workers set up", "closed"]
    assert len(stored_keys(tmp_path / "sift.db")) == 3
    # the first chunk (all 3 pages: a chunk holds 4) was read before the cluster started, to warm it up
    assert overlap_cluster.warmed == sorted(stored_keys(tmp_path / "sift.db"))


def test_a_cluster_that_cannot_start_fails_the_run_once_and_a_failed_build_closes_the_cluster(
    tmp_path: Path, overlap_cluster: type[_OverlapCluster], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pages(tmp_path / "corpus", 2)
    overlap_cluster.fail_start = True
    with pytest.raises(ConfigError, match="cannot start 2 Dask worker processes"):
        run(tmp_path / "sift.db", tmp_path / "corpus", workers=2)
    assert "closed" not in overlap_cluster.events and stored_keys(tmp_path / "sift.db") == []

    import sift.batch.runner as runner

    def broken(store, settings):  # type: ignore[no-untyped-def]
        overlap_cluster.building.set()
        raise StoreError("the store is broken")

    overlap_cluster.fail_start = False
    overlap_cluster.events = []
    monkeypatch.setattr(runner, "build_workbench", broken)
    with pytest.raises(StoreError):
        run(tmp_path / "sift.db", tmp_path / "corpus", workers=2)
    assert overlap_cluster.events == ["cluster up", "closed"]  # started meanwhile, shut down with the run
