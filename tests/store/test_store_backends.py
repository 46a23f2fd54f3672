"""One suite for both store backends (SQLite in tmp_path, a throwaway PostgreSQL cluster)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from sift.document import Block, Document, Sentence, Source
from sift.errors import InputError, StoreError
from sift.factchecks.record import FactCheck
from sift.store import Store, open_store
from sift.store.schema import SCHEMA_VERSION
from sift.store.sql import IDS_PER_QUERY


def make_factcheck(n: int, **fields: object) -> FactCheck:
    values: dict[str, object] = {
        "claim": f"Claim number {n} about the convoy",
        "review_url": f"https://checks.example.org/{n}",
        "publisher_name": "Example Checks",
        "rating": "False",
        "verdict": "false",
        "language": "en",
        "review_date": f"2017-11-{10 + n % 10:02d}",
    }
    values.update(fields)
    return FactCheck(**values)  # type: ignore[arg-type]


def make_document(doc_id: str, title: str) -> Document:
    text = "The ministry said the convoy left. Sputnik reported it."
    block = Block(id="b0", role="body", text=text, lang="en", sentences=[Sentence("b0.s0", 0, 34)])
    source = Source(kind="text", location=f"https://news.example.org/{doc_id}", sha256="0" * 64)
    return Document(id=doc_id, source=source, title=title, language="en", blocks=[block])


def test_add_dedups_on_id_and_counts(store: Store) -> None:
    first = make_factcheck(1)
    summary = store.add_factchecks([first, make_factcheck(2), first])
    assert (summary.imported, summary.duplicate) == (2, 1)
    again = store.add_factchecks([make_factcheck(1), make_factcheck(2)])
    assert (again.imported, again.duplicate) == (0, 2)
    assert store.count_factchecks() == 2
    assert store.get_factcheck(first.id) == first
    assert store.get_factcheck("missing") is None


def test_a_corrected_record_replaces_the_stored_one_and_comes_after_it(store: Store) -> None:
    first, second = make_factcheck(1), make_factcheck(2)
    store.add_factchecks([first, second])
    corrected = replace(first, rating="Mostly true", verdict="mostly-true")
    before = store.max_seq()
    summary = store.add_factchecks([corrected, second])
    assert (summary.imported, summary.updated, summary.duplicate) == (0, 1, 1)
    assert store.count_factchecks() == 2
    assert store.get_factcheck(first.id) == corrected
    # the matcher's incremental cursor sees it again (its index re-reads the record, not a cached old verdict)
    assert [record.id for _, record in store.iter_factchecks(after_seq=before)] == [first.id]
    assert store.search_factchecks(verdict="false") == [second]


def test_a_later_line_corrects_an_earlier_one_and_an_older_review_does_not_replace_a_newer(store: Store) -> None:
    # which version won depended on order: the first of two lines in one file, the last file imported (review33)
    old = make_factcheck(1, rating="False", verdict="false", review_date="2020-05-02")
    new = replace(old, rating="True", verdict="true", review_date="2020-06-01")
    summary = store.add_factchecks([old, new])
    assert (summary.imported, summary.duplicate, summary.stale) == (1, 1, 0)
    assert store.get_factcheck(old.id) == new
    again = store.add_factchecks([old])  # an older dump imported after the newer one
    assert (again.imported, again.updated, again.duplicate, again.stale) == (0, 0, 0, 1)
    assert store.get_factcheck(old.id) == new
    undated = replace(new, rating="Mostly true", verdict="mostly-true", review_date=None)
    assert store.add_factchecks([undated]).updated == 1  # without two dates to compare, the import decides


def test_get_factchecks_reads_many_in_one_call(store: Store) -> None:
    records = [make_factcheck(n) for n in range(IDS_PER_QUERY + 20)]  # more than one statement's worth
    store.add_factchecks(records)
    wanted = [records[0].id, "missing", records[-1].id, records[0].id, *(r.id for r in records[1:-1])]
    found = store.get_factchecks(wanted)
    assert found == {record.id: record for record in records}
    assert store.get_factchecks([]) == {}
    assert store.get_factchecks(["missing"]) == {}


def test_records_round_trip_every_field(store: Store) -> None:
    full = make_factcheck(
        3,
        claimant="Russian Defence Ministry",
        claim_date="2017-11-14",
        publisher_site="checks.example.org",
        title="No, this is a video game still",
        image_urls=["https://img.example.org/a.jpg"],
        video_urls=["https://video.example.org/v"],
        language="fr",
        claim="Le ministère a publié des « preuves irréfutables »",
    )
    store.add_factchecks([full])
    assert store.get_factcheck(full.id) == full


def test_seq_is_monotonic_and_incremental(store: Store) -> None:
    store.add_factchecks(make_factcheck(n) for n in range(5))
    first_pass = list(store.iter_factchecks())
    seqs = [seq for seq, _ in first_pass]
    assert seqs == sorted(seqs) and len(set(seqs)) == 5
    assert store.max_seq() == seqs[-1]
    store.add_factchecks([make_factcheck(n) for n in range(3, 8)])
    new = list(store.iter_factchecks(after_seq=seqs[-1]))
    assert [fc.claim for _, fc in new] == [make_factcheck(n).claim for n in range(5, 8)]
    assert all(seq > seqs[-1] for seq, _ in new)


def test_iter_pages_through_many_records(store: Store) -> None:
    store.add_factchecks(make_factcheck(n) for n in range(2345))
    seen = [fc.id for _, fc in store.iter_factchecks()]
    assert len(seen) == len(set(seen)) == 2345


def test_failed_stream_writes_nothing(store: Store) -> None:
    store.add_factchecks([make_factcheck(0)])

    def broken() -> Iterator[FactCheck]:
        for n in range(1, 2500):
            yield make_factcheck(n)
        raise InputError("feed ended in the middle of a record")

    with pytest.raises(InputError, match="middle"):
        store.add_factchecks(broken())
    assert store.count_factchecks() == 1
    assert store.add_factchecks([make_factcheck(1)]).imported == 1


def test_search_words_accents_and_filters(store: Store) -> None:
    store.add_factchecks(
        [
            make_factcheck(1, claim="Images satellites du convoi à Albu Kamal", language="fr", rating="Faux"),
            make_factcheck(2, claim="Convoy images from Albu Kamal", publisher_name="Bellingcat"),
            make_factcheck(3, claim="Unrelated vaccine claim", verdict="mixed", rating="Half true"),
        ]
    )
    assert {fc.review_url for fc in store.search_factchecks("albu KAMAL")} == {
        "https://checks.example.org/1",
        "https://checks.example.org/2",
    }
    assert [fc.language for fc in store.search_factchecks("CONVOI a albu")] == ["fr"]
    assert [fc.publisher_name for fc in store.search_factchecks("albu", language="en")] == ["Bellingcat"]
    assert [fc.rating for fc in store.search_factchecks(verdict="mixed")] == ["Half true"]
    assert store.search_factchecks(publisher="Bellingcat", verdict="mixed") == []
    assert store.search_factchecks("100%_literal") == []
    assert len(store.search_factchecks("")) == 3


def test_count_with_filters_is_the_number_search_finds(store: Store) -> None:
    """The fact-check browser's "Showing 1–25 of N": the count of the whole search, not of one page."""
    store.add_factchecks(
        [make_factcheck(n, claim=f"Convoy images {n}", language="fr" if n % 3 == 0 else "en") for n in range(1, 31)]
        + [make_factcheck(40, claim="Unrelated vaccine claim", verdict="mixed", rating="Half true")]
    )
    assert store.count_factchecks() == 31
    assert store.count_factchecks("CONVOY images") == 30 == len(store.search_factchecks("convoy", limit=100))
    assert store.count_factchecks("convoy", language="fr") == 10
    assert store.count_factchecks(verdict="mixed") == 1 and store.count_factchecks("convoy", verdict="mixed") == 0
    with pytest.raises(InputError, match="verdict"):
        store.count_factchecks(verdict="bogus")


def test_search_orders_newest_review_first_and_pages(store: Store) -> None:
    store.add_factchecks([make_factcheck(n) for n in range(1, 6)] + [make_factcheck(9, review_date=None)])
    dates = [fc.review_date for fc in store.search_factchecks(limit=10)]
    assert dates == ["2017-11-15", "2017-11-14", "2017-11-13", "2017-11-12", "2017-11-11", None]
    page = store.search_factchecks(limit=2, offset=2)
    assert [fc.review_date for fc in page] == ["2017-11-13", "2017-11-12"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"query": "x" * 1_000_000}, "1000000 characters long; the limit is 1000"),
        ({"verdict": "pants-on-fire"}, "unknown verdict 'pants-on-fire'"),
        ({"limit": 0}, "limit must be between 1 and 1000"),
        ({"offset": -1}, "offset must be between 0 and 1000000000, got -1"),
        ({"offset": 2**63}, "offset must be between 0 and 1000000000"),
    ],
)
def test_search_rejects_bad_queries(store: Store, kwargs: dict[str, object], message: str) -> None:
    store.add_factchecks([make_factcheck(1)])
    with pytest.raises(InputError, match=message):
        store.search_factchecks(**kwargs)  # type: ignore[arg-type]
    assert store.count_factchecks() == 1


def test_stats(store: Store) -> None:
    store.add_factchecks(
        [
            make_factcheck(1, language="fr"),
            make_factcheck(2, verdict="mixed"),
            make_factcheck(3, publisher_name="AFP", review_date=None),
        ]
    )
    stats = store.factcheck_stats()
    assert stats.total == 3
    assert stats.by_language == {"en": 2, "fr": 1}
    assert stats.by_verdict == {"false": 2, "mixed": 1}
    assert stats.by_publisher == {"Example Checks": 2, "AFP": 1}
    assert (stats.first_review_date, stats.last_review_date) == ("2017-11-11", "2017-11-12")
    assert stats.to_dict()["total"] == 3


def test_stats_of_empty_store(store: Store) -> None:
    stats = store.factcheck_stats()
    assert (stats.total, stats.by_language, stats.first_review_date) == (0, {}, None)
    assert store.max_seq() == 0


def test_documents_save_get_list_delete(store: Store) -> None:
    doc = make_document("d1", "Russian MoD publishes 'irrefutable evidence'")
    assert store.save_document(doc) == "d1"
    store.save_document(make_document("d2", "Les preuves du ministère"))
    loaded = store.get_document("d1")
    assert loaded is not None and loaded.to_dict() == doc.to_dict()
    created = store.list_documents()[-1].created
    store.save_document(replace(doc, title="Updated title"))
    listed = store.list_documents()
    assert [summary.id for summary in listed] == ["d1", "d2"]
    assert listed[0].title == "Updated title" and listed[0].created == created
    assert [s.id for s in store.list_documents("ministere")] == ["d2"]
    assert [s.id for s in store.list_documents(limit=1, offset=1)] == ["d2"]
    assert store.delete_document("d1") is True
    assert store.delete_document("d1") is False
    assert store.get_document("d1") is None


def test_read_only_refuses_writes_and_keeps_data(store_location: str) -> None:
    with open_store(store_location) as writable:
        writable.add_factchecks([make_factcheck(1)])
    with open_store(store_location, read_only=True) as reader:
        with pytest.raises(StoreError, match="opened read-only"):
            reader.add_factchecks([make_factcheck(2)])
        with pytest.raises(StoreError, match="opened read-only"):
            reader.save_document(make_document("d", "t"))
        assert reader.count_factchecks() == 1
        assert reader.search_factchecks("convoy")[0].claim == make_factcheck(1).claim


def test_read_only_is_enforced_by_the_database_too(store_location: str) -> None:
    with open_store(store_location) as writable:
        writable.add_factchecks([make_factcheck(1)])
    with open_store(store_location, read_only=True) as reader:
        reader.read_only = False  # type: ignore[attr-defined]  # bypass the Python-side guard
        with pytest.raises(StoreError, match=r"read-only; fix the permissions|refused the write \(.*read-only"):
            reader.add_factchecks([make_factcheck(2)])
        assert reader.count_factchecks() == 1


def test_reopen_keeps_data_and_schema_version(store_location: str) -> None:
    with open_store(store_location) as first:
        first.add_factchecks([make_factcheck(1)])
    with open_store(store_location) as second:
        assert second.count_factchecks() == 1
        with second._reading("test"):  # type: ignore[attr-defined]
            assert second._schema_version() == SCHEMA_VERSION  # type: ignore[attr-defined]


def test_newer_schema_is_refused(store_location: str) -> None:
    with open_store(store_location) as store, store._writing("test"):  # type: ignore[attr-defined]
        store._execute("UPDATE schema_version SET version = 999")  # type: ignore[attr-defined]
    with pytest.raises(StoreError, match="schema version 999, newer than this sift"):
        open_store(store_location)


def test_closed_store_raises(store_location: str) -> None:
    store = open_store(store_location)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.count_factchecks()


def test_second_writer_times_out_and_nothing_is_lost(store_location: str) -> None:
    with open_store(store_location) as holder, open_store(store_location, timeout_s=0.1) as waiter:
        holder.add_factchecks([make_factcheck(1)])
        with holder._writing("hold the write lock of"):  # type: ignore[attr-defined]
            with pytest.raises(StoreError, match="locked by another writer"):
                waiter.add_factchecks([make_factcheck(2)])
            with pytest.raises(StoreError, match="locked by another writer"):
                waiter.save_document(make_document("d", "t"))
        assert waiter.add_factchecks([make_factcheck(3)]).imported == 1
        assert waiter.count_factchecks() == 2
