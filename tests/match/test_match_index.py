"""The matcher's persisted index: incremental updates, reopening without re-embedding, updates, rebuilds."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from test_match_support import RECORDS, HashEncoder, record

from sift.match.index import ANALYZER_VERSION
from sift.match.index import current_generation as generation
from sift.match.matcher import Matcher, default_index_dir
from sift.store.memory import MemoryStore


def test_refresh_embeds_only_new_records(tmp_path: Path) -> None:
    store = MemoryStore(RECORDS[:3])
    encoder = HashEncoder()
    matcher = Matcher.open(store, encoder=encoder, index_dir=tmp_path / "idx")
    assert matcher.index.last_seq == 3
    encoder.encoded.clear()
    store.add_many([RECORDS[3]])
    assert matcher.refresh() == 1
    assert encoder.encoded == [RECORDS[3].claim, RECORDS[3].title]
    assert matcher.refresh() == 0
    assert matcher.search("microchips in vaccines", k=1)[0].factcheck.id == RECORDS[3].id


def test_reopen_reuses_saved_index(tmp_path: Path) -> None:
    store = MemoryStore(RECORDS)
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    encoder = HashEncoder()
    reopened = Matcher.open(store, encoder=encoder, index_dir=tmp_path / "idx")
    assert encoder.encoded == []
    assert reopened.search("moon landing filmed in a studio", k=1)[0].factcheck.id == RECORDS[2].id
    store.add_many([record("Eating carrots gives you night vision.")])
    encoder.encoded.clear()
    reopened = Matcher.open(store, encoder=encoder, index_dir=tmp_path / "idx")
    assert encoder.encoded == ["Eating carrots gives you night vision."]
    assert len(reopened.index.ids) == 5


def test_analyzer_change_retokenises_without_embedding(tmp_path: Path) -> None:
    store = MemoryStore(RECORDS)
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    meta_path = generation(tmp_path / "idx") / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    (generation(tmp_path / "idx") / "tokens.jsonl").write_text("[]\n" * 4, encoding="utf-8")
    meta_path.write_text(json.dumps({**meta, "analyzer": 0}), encoding="utf-8")
    encoder = HashEncoder()
    matcher = Matcher.open(store, encoder=encoder, index_dir=tmp_path / "idx")
    assert encoder.encoded == []
    assert json.loads((generation(tmp_path / "idx") / "meta.json").read_text(encoding="utf-8"))["analyzer"] == (
        ANALYZER_VERSION
    )
    tokens = (generation(tmp_path / "idx") / "tokens.jsonl").read_text(encoding="utf-8").splitlines()
    assert "microchip" in tokens[3]
    assert matcher.search("microchips in vaccines", k=1)[0].factcheck.id == RECORDS[3].id


def test_updated_record_replaces_old_row(tmp_path: Path) -> None:
    store = MemoryStore(RECORDS)
    matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=None)
    changed = record(RECORDS[1].claim, "Hot water and flu: updated review", url=RECORDS[1].review_url)
    assert changed.id == RECORDS[1].id
    store.add_many([changed])
    matcher.refresh()
    hits = matcher.search("hot water every 15 minutes cures the flu", k=4)
    assert [h.factcheck.title for h in hits].count("Hot water and flu: updated review") == 1
    assert len({h.factcheck.id for h in hits}) == len(hits)


def test_index_of_another_store_is_rebuilt(tmp_path: Path) -> None:
    Matcher.open(MemoryStore(RECORDS), encoder=HashEncoder(), index_dir=tmp_path / "idx")
    other = MemoryStore([record("Sharks live in the Thames.")])
    matcher = Matcher.open(other, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    assert matcher.index.ids == [other.get_factcheck(matcher.index.ids[0]).id]  # type: ignore[union-attr]


def test_different_encoder_rebuilds(tmp_path: Path) -> None:
    store = MemoryStore(RECORDS)
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    other = HashEncoder()
    other.name = "hash64-v2"
    Matcher.open(store, encoder=other, index_dir=tmp_path / "idx")
    assert len(other.encoded) == 8


def test_corrupt_index_is_rebuilt_from_the_store_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = MemoryStore(RECORDS)
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    (generation(tmp_path / "idx") / "rows.jsonl").write_text("", encoding="utf-8")
    encoder = HashEncoder()
    with caplog.at_level(logging.WARNING, logger="sift.match.index"):
        matcher = Matcher.open(store, encoder=encoder, index_dir=tmp_path / "idx")
    assert "is damaged (rows.jsonl has 0 lines, meta.json expects 4); rebuilding it from the store" in caplog.text
    assert len(encoder.encoded) == 8
    assert matcher.search("microchips in vaccines", k=1)[0].factcheck.id == RECORDS[3].id


def test_default_index_dir() -> None:
    assert default_index_dir(":memory:") is None
    assert default_index_dir("/data/sift.db") == Path("/data/sift.db.index")
    url_dir = default_index_dir("postgresql://user@127.0.0.1/sift")
    assert url_dir is not None and "password" not in str(url_dir) and url_dir.name.startswith("match-index-")


def test_sqlite_store_index_lives_beside_it_and_grows(tmp_path: Path) -> None:
    from sift.store import open_store

    with open_store(str(tmp_path / "checks.db")) as store:
        store.add_factchecks(RECORDS[:2])
        matcher = Matcher.open(store, encoder=HashEncoder())
        assert (tmp_path / "checks.db.index" / "CURRENT").exists()
        store.add_factchecks(RECORDS[2:])
        assert matcher.refresh() == 2
        assert matcher.search("moon landing filmed in a studio", k=1)[0].factcheck.id == RECORDS[2].id
