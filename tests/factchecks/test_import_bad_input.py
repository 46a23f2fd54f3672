"""Bad input never aborts a batch, never half-writes, and always says why."""

from __future__ import annotations

import json
import sqlite3
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from sift.errors import InputError, StoreError
from sift.factchecks.record import MAX_REASONS
from sift.store import Store, open_store
from sift.store.imports import import_path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REVIEW = {
    "@type": "ClaimReview",
    "url": "https://checks.example.org/1",
    "claimReviewed": "The images prove US help to IS near Albu Kamal",
    "author": {"@type": "Organization", "name": "Example Checks"},
    "reviewRating": {"@type": "Rating", "alternateName": "False"},
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "sift.db")) as opened:
        opened.add_factchecks([])
        yield opened


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def feed(elements: list[object]) -> str:
    return json.dumps({"@type": "DataFeed", "dataFeedElement": elements})


def element(n: int, **overrides: object) -> dict[str, object]:
    review = {**REVIEW, "url": f"https://checks.example.org/{n}", **overrides}
    return {"@type": "DataFeedItem", "item": [{key: value for key, value in review.items() if value is not None}]}


def test_truncated_feed_writes_nothing(store: Store, tmp_path: Path) -> None:
    whole = feed([element(n) for n in range(3)])
    path = write(tmp_path, "feed.json", whole[: len(whole) - 40])
    with pytest.raises(InputError, match=r"feed.json: malformed JSON .*nothing from this file was imported"):
        import_path(store, path)
    assert store.count_factchecks() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty"),
        ("   \n\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        ("just some notes\nabout fact checks\n", "not a recognised fact-check file"),
        ('{"foo": [1, 2, 3]}', "no ClaimReview found: expected a DataFeed"),
        ('{"@type": "WebPage", "name": "x"}', "no ClaimReview found"),
        ("<html><body><p>An article without markup.</p></body></html>", "no schema.org ClaimReview found"),
        ("title,url\nA,https://x.example.org\n", "not a recognised fact-check file"),
        ("claim,url\nA,https://x.example.org\n", "CSV header lacks review_url, publisher_name"),
        ('{"claim": "a"}\n{"claim": "b", \xff}\n'.encode("latin-1"), "not UTF-8 text"),
        ('claim,review_url,publisher_name\n"unterminated,https://x.example.org,P\n', "malformed CSV"),
    ],
)
def test_unusable_files_raise_one_clear_line(store: Store, tmp_path: Path, content: str | bytes, message: str) -> None:
    path = write(tmp_path, "input", content)
    with pytest.raises(InputError, match=message) as caught:
        import_path(store, path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    assert store.count_factchecks() == 0


def test_missing_file_and_folder(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        import_path(store, tmp_path / "absent.json")
    with pytest.raises(InputError, match="is a folder"):
        import_path(store, tmp_path)


def test_malformed_json_ld_block_is_skipped_with_a_reason(store: Store, tmp_path: Path) -> None:
    page = (
        "<html><head>"
        '<script type="application/ld+json">{"@type": "ClaimReview", "url": </script>'
        f'<script type="application/ld+json">{json.dumps(REVIEW)}</script>'
        "</head><body>text</body></html>"
    )
    summary = import_path(store, write(tmp_path, "page.html", page))
    assert (summary.imported, summary.rejected) == (1, 1)
    assert "JSON-LD block 1: malformed JSON" in summary.reasons[0]
    only_bad = write(tmp_path, "bad.html", '<html><script type="application/ld+json">{oops</script></html>')
    summary = import_path(store, only_bad)
    assert (summary.imported, summary.rejected) == (0, 1)


def test_wrong_items_in_a_feed_are_rejected_not_fatal(store: Store, tmp_path: Path) -> None:
    elements: list[object] = [
        element(1),
        element(2, claimReviewed=None),
        element(3, url=None),
        element(4, author=None),
        element(5, url="ftp://checks.example.org/5"),
        {"@type": "DataFeedItem", "item": {"@type": "Article"}},
        "a string where an element should be",
        element(6),
    ]
    summary = import_path(store, write(tmp_path, "feed.json", feed(elements)))
    assert (summary.imported, summary.duplicate, summary.rejected) == (2, 0, 6)
    assert [reason.split("feed.json ", 1)[1] for reason in summary.reasons] == [
        "element 2: ClaimReview 1: missing claim text",
        "element 3: ClaimReview 1: missing review URL",
        "element 4: ClaimReview 1: missing publisher name",
        "element 5: ClaimReview 1: review URL 'ftp://checks.example.org/5' is not an http(s) URL",
        "element 6: no ClaimReview in this element",
        "element 7: no ClaimReview in this element",
    ]


def test_reasons_are_capped_but_counted(store: Store, tmp_path: Path) -> None:
    elements = [element(n, claimReviewed=None) for n in range(MAX_REASONS + 15)]
    summary = import_path(store, write(tmp_path, "feed.json", feed(elements)))
    assert summary.rejected == MAX_REASONS + 15
    assert len(summary.reasons) == MAX_REASONS


def test_importing_twice_adds_nothing(store: Store) -> None:
    first = import_path(store, FIXTURES / "datafeed.json")
    second = import_path(store, FIXTURES / "datafeed.json")
    assert (first.imported, first.duplicate) == (3, 0)
    assert (second.imported, second.duplicate, second.rejected) == (0, 3, 2)
    assert store.count_factchecks() == 3


def test_locked_store_refuses_the_import_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "sift.db"
    with open_store(str(path)) as store:
        import_path(store, FIXTURES / "claimreview-jsonld.html")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with open_store(str(path), timeout_s=0.1) as store, pytest.raises(StoreError, match="locked by another writer"):
            import_path(store, FIXTURES / "datafeed.json")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_store(str(path)) as store:
        assert store.count_factchecks() == 1
        assert import_path(store, FIXTURES / "datafeed.json").imported == 2


def test_read_only_store_refuses_the_import(tmp_path: Path) -> None:
    path = tmp_path / "sift.db"
    with open_store(str(path)) as store:
        import_path(store, FIXTURES / "claimreview-jsonld.html")
    with open_store(str(path), read_only=True) as store:
        with pytest.raises(StoreError, match="opened read-only"):
            import_path(store, FIXTURES / "datafeed.json")
        assert store.count_factchecks() == 1


def write_big_feed(path: Path, count: int) -> None:
    """A DataCommons-shaped feed written element by element (never whole in memory)."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [\n')
        for n in range(count):
            review = {**REVIEW, "url": f"https://checks.example.org/{n}", "claimReviewed": f"Claim {n}"}
            handle.write(("," if n else "") + json.dumps({"@type": "DataFeedItem", "item": [review]}) + "\n")
        handle.write("]}\n")


def traced_import(store: Store, path: Path) -> tuple[int, int]:
    """Records imported and the peak traced Python memory while importing ``path``."""
    tracemalloc.start()
    try:
        summary = import_path(store, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.rejected == 0
    return summary.imported, peak


def test_import_memory_does_not_grow_with_feed_size(tmp_path: Path) -> None:
    peaks = []
    for count in (2_000, 12_000):
        write_big_feed(tmp_path / f"feed-{count}.json", count)
        with open_store(str(tmp_path / f"store-{count}.db")) as store:
            imported, peak = traced_import(store, tmp_path / f"feed-{count}.json")
        assert imported == count
        peaks.append(peak)
    # Six times the records may not cost six times the memory: only the chunk in flight is held.
    assert peaks[1] < 1.5 * peaks[0] + 1024 * 1024, f"peaks {peaks}: memory grows with the feed"


@pytest.mark.slow
def test_500k_record_feed_streams_in_bounded_memory(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    write_big_feed(path, 500_000)  # ~100 MB; 4-7 minutes, as tracing slows ijson ~25x (40 s untraced)
    imported, peak = traced_import(store, path)
    assert imported == store.count_factchecks() == 500_000
    # Held whole, the records would take hundreds of MB as Python objects; streamed in chunks of 1000
    # the peak stays at a few MB whatever the feed size (2.6 MB measured).
    assert peak < 20 * 1024 * 1024, f"peak traced memory {peak / 1e6:.1f} MB: the import is not streaming"
