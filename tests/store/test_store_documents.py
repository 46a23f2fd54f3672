"""Documents in both store backends: keys, failures, stats, full-text search and the migration that added them."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from sift.document import Block, Document, Sentence, Source
from sift.errors import InputError, StoreError
from sift.store import Store, open_store
from sift.store.base import DocumentFailure
from sift.store.schema import SCHEMA_VERSION, SEARCH_INDEX_VERSION, migration_steps


def page(
    doc_id: str, *, title: str, text: str, lang: str = "en", location: str | None = None, **roles: str
) -> Document:
    """A stored-looking document: one body block (plus a block per extra role), its own content hash."""
    blocks = [Block(id="b0", role="body", text=text, lang=lang, sentences=[Sentence("b0.s0", 0, len(text))])]
    for number, (role, extra) in enumerate(roles.items(), 1):
        blocks.append(Block(id=f"b{number}", role=role, text=extra, lang=lang))
    source = Source(kind="file", location=location or f"/pages/{doc_id}.html", sha256=doc_id.ljust(64, "0"))
    return Document(id=doc_id, source=source, title=title, language=lang, blocks=blocks)


def ids(summaries: list) -> list[str]:
    return [summary.id for summary in summaries]


def test_full_text_search_reads_the_body_folds_accents_and_needs_every_word(store: Store) -> None:
    store.save_document(
        page("a1", title="Convoy report", text="The ministry showed photos of the convoy near Albu Kamal.")
    )
    store.save_document(
        page("b2", title="Autre sujet", text="Le ministère a précisé que les États-Unis ont refusé.", lang="fr")
    )
    store.save_document(page("c3", title="Weather", text="Rain is expected tomorrow in the north."))
    assert ids(store.list_documents("albu kamal")) == ["a1"]  # body words, not only the title
    assert ids(store.list_documents("ministere etats")) == ["b2"]  # accents and case folded, all words required
    assert ids(store.list_documents("MINISTÈRE")) == ["b2"]
    assert ids(store.list_documents("ministry rain")) == []
    assert sorted(ids(store.list_documents("pages"))) == ["a1", "b2", "c3"]  # the source location is searchable
    assert sorted(ids(store.list_documents(""))) == ["a1", "b2", "c3"]
    assert ids(store.list_documents("   ,;  ")) == ids(store.list_documents(""))  # no word: everything


def test_search_ranks_title_words_first_and_filters_by_language(store: Store) -> None:
    store.save_document(page("t1", title="Convoy leaves the town", text="Nothing else here."))
    store.save_document(page("t2", title="Another story", text="A convoy was seen. The convoy left."))
    store.save_document(page("t3", title="Le convoi", text="Un convoy est parti.", lang="fr"))
    assert ids(store.list_documents("convoy"))[0] == "t1"
    assert ids(store.list_documents("convoy", language="fr")) == ["t3"]
    assert ids(store.list_documents("convoy", limit=1, offset=1)) != ids(store.list_documents("convoy", limit=1))


def test_related_boxes_are_not_searched(store: Store) -> None:
    store.save_document(
        page("r1", title="Main", text="Main story text.", related="Teaser about volcanoes.", quote="A quoted volcano.")
    )
    assert ids(store.list_documents("volcanoes")) == []
    assert ids(store.list_documents("volcano")) == ["r1"]


def test_replace_and_delete_keep_the_search_index_in_step(store: Store) -> None:
    doc = page("d1", title="Old title", text="The first version mentions zeppelins.")
    store.save_document(doc)
    store.save_document(
        replace(doc, title="New title", blocks=page("d1", title="", text="Now it is about gliders.").blocks)
    )
    assert ids(store.list_documents("zeppelins")) == []
    assert ids(store.list_documents("gliders")) == ["d1"]
    assert ids(store.list_documents("old")) == []
    assert store.delete_document("d1")
    assert store.list_documents("gliders") == []


def test_search_refuses_a_pasted_page(store: Store) -> None:
    with pytest.raises(InputError, match="search query is"):
        store.list_documents("word " * 400)


def test_a_source_is_stored_once_whatever_the_id(store: Store) -> None:
    first = page("k1", title="Same page", text="Same words.")
    store.save_document(first, key="https://a.example.org/x")
    again = replace(first, id="k2")  # the same bytes from the same source under another id
    store.save_document(again, key="https://a.example.org/x")
    assert store.get_document("k1") is None and store.get_document("k2") is not None
    assert ids(store.list_documents("same")) == ["k2"]
    assert store.stored_sources(["https://a.example.org/x", "https://b.example.org/"]) == {
        "https://a.example.org/x": {first.source.sha256}
    }
    store.save_document(replace(first, id="k3"), key="https://b.example.org/")  # same bytes, other source: kept
    assert store.document_stats().documents == 2


def test_key_defaults_to_the_location(store: Store) -> None:
    doc = page("l1", title="t", text="words", location="/corpus/a.html")
    store.save_document(doc)
    assert store.stored_sources(["/corpus/a.html"]) == {"/corpus/a.html": {doc.source.sha256}}


def test_failures_count_attempts_and_clear_when_the_page_is_stored(store: Store) -> None:
    store.record_failure(DocumentFailure(key="/c/bad.html", location="/c/bad.html", reason="extract: no text"))
    store.record_failure(
        DocumentFailure(key="/c/bad.html", location="/c/bad.html", reason="extract: still no text", content_hash="ab")
    )
    store.record_failure(
        DocumentFailure(key="https://x.example.org/", location="https://x.example.org/", reason="timeout")
    )
    assert store.failed_sources(["/c/bad.html", "https://x.example.org/", "/c/good.html"]) == {
        "/c/bad.html": "ab",
        "https://x.example.org/": None,
    }
    listed = {failure.key: failure for failure in store.list_failures()}
    assert listed["/c/bad.html"].attempts == 2 and listed["/c/bad.html"].reason == "extract: still no text"
    assert listed["/c/bad.html"].failed  # a time
    assert store.document_stats().failed == 2
    store.save_document(page("f1", title="t", text="fixed"), key="/c/bad.html")
    assert store.failed_sources(["/c/bad.html"]) == {}
    assert store.document_stats().to_dict() == {"documents": 1, "failed": 1, "languages": {"en": 1}}


def test_many_keys_are_asked_in_chunks(store: Store) -> None:
    for n in range(3):
        store.save_document(page(f"m{n}", title="t", text="w"), key=f"key-{n}")
    keys = [f"key-{n}" for n in range(1200)]
    assert sorted(store.stored_sources(keys)) == ["key-0", "key-1", "key-2"]
    assert store.failed_sources(keys) == {}


def test_stats_count_languages_largest_first(store: Store) -> None:
    for n, lang in enumerate(["fr", "en", "fr"]):
        store.save_document(page(f"s{n}", title="t", text="w", lang=lang))
    assert store.document_stats().languages == {"fr": 2, "en": 1}


def _old_store(location: str) -> None:
    """A store at the schema version before document keys, holding one document saved the old way."""
    doc = page("0123456789abcdef", title="Vieux titre", text="Les preuves du ministère, sauvées avant la recherche.")
    row = (
        doc.id,
        doc.title,
        doc.language,
        doc.source.location,
        "2020-01-01T00:00:00+00:00",
        "2020-01-01T00:00:00+00:00",
        "x",
        doc.to_json(indent=None),
    )
    insert = "INSERT INTO documents (id, title, language, location, created, updated, search_text, body) VALUES ({})"
    before = SEARCH_INDEX_VERSION - 2  # the keys migration, then search
    if location.startswith("postgresql://"):
        import psycopg

        steps = [
            sql
            for version, sql in migration_steps(0, "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "postgres")
            if version <= before
        ]
        with psycopg.connect(location, autocommit=True) as connection:
            for sql in steps:
                connection.execute(sql)
            connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            connection.execute("INSERT INTO schema_version VALUES (%s)", (before,))
            connection.execute(insert.format(", ".join(["%s"] * 8)), row)
        return
    from pathlib import Path

    Path(location).parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(location) as connection:
        for version, sql in migration_steps(0, "INTEGER PRIMARY KEY AUTOINCREMENT", "sqlite"):
            if version <= before:
                connection.execute(sql)
        connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        connection.execute("INSERT INTO schema_version VALUES (?)", (before,))
        connection.execute(insert.format(", ".join(["?"] * 8)), row)
    connection.close()


def test_an_older_store_gains_keys_and_search_for_what_it_holds(store_location: str) -> None:
    _old_store(store_location)
    with open_store(store_location) as store:
        with store._reading("test"):  # type: ignore[attr-defined]
            assert store._schema_version() == SCHEMA_VERSION  # type: ignore[attr-defined]
        assert ids(store.list_documents("preuves ministere")) == ["0123456789abcdef"]
        stored = store.stored_sources(["/pages/0123456789abcdef.html"])
        assert stored == {"/pages/0123456789abcdef.html": {"0123456789abcdef".ljust(64, "0")}}
        assert store.document_stats().documents == 1


def test_writes_in_one_transaction_land_together_or_not_at_all(store: Store) -> None:
    with pytest.raises(RuntimeError, match="half-way"), store.transaction():
        store.save_document(page("t1", title="First", text="A page written in a transaction."))
        store.record_failure(DocumentFailure("/pages/other.html", "/pages/other.html", "unreadable", None))
        assert store.get_document("t1") is not None  # reads inside it see its writes
        raise RuntimeError("half-way")
    assert store.get_document("t1") is None and store.document_stats().failed == 0
    with store.transaction():
        store.save_document(page("t1", title="First", text="A page written in a transaction."))
        with store.transaction():  # a nested one joins it
            store.record_failure(DocumentFailure("/pages/other.html", "/pages/other.html", "unreadable", None))
    assert store.get_document("t1") is not None and store.document_stats().failed == 1


def test_a_read_only_store_refuses_a_transaction(store: Store, store_location: str) -> None:
    with open_store(store_location, read_only=True) as read_only:
        with pytest.raises(StoreError, match="read-only"), read_only.transaction():
            pass
        assert read_only.document_stats().documents == 0
