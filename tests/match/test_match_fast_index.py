"""Incremental BM25 (a delta over rows added since the main build), fast BM25 scoring and the bounded record cache."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from test_match_support import HashEncoder, record
from usearch.index import Index

from sift.factchecks.record import FactCheck
from sift.match import index as index_module
from sift.match import matcher as match_module
from sift.match.index import FactCheckIndex, SavedBM25
from sift.match.index import current_generation as generation
from sift.match.matcher import Matcher
from sift.store.memory import MemoryStore

SYLLABLES = ["ka", "lo", "mi", "ra", "te", "su", "no", "pe", "vi", "da", "zo", "tri", "bal", "cor"]


def corpus(count: int, seed: int = 3) -> list[FactCheck]:
    """``count`` claims of 6-10 pseudo-words from a 2000-word vocabulary (shared terms, few ties)."""
    rng = random.Random(seed)
    words = [rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(SYLLABLES) for _ in range(2000)]
    return [record(" ".join(rng.choices(words, k=rng.randint(6, 10))) + f" number{i}") for i in range(count)]


NEW = [
    record("Zebras were painted blue for a carnival parade in Lisbon."),
    record("A glacier in Chile melted overnight after a volcano erupted."),
    record("Penguins were seen nesting on the roof of the Sydney opera house."),
]


@pytest.fixture(autouse=True)
def one_thread_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    """Insert vectors on one thread: a multi-threaded HNSW build differs between runs, and so would the
    weak candidates of two indexes compared here (the BM25 delta is what these tests are about)."""
    add = Index.add
    monkeypatch.setattr(
        Index, "add", lambda self, keys, vectors, **kw: add(self, keys, vectors, **{**kw, "threads": 1})
    )


def ranked(matcher: Matcher, query: str) -> list[str]:
    return [hit.factcheck.id for hit in matcher.search(query, lang="en", k=10)]


def leading(matcher: Matcher, query: str) -> list[tuple[str, float]]:
    """The top hits down to the first near-tie (weak candidates' order depends on the HNSW graph's build)."""
    hits = matcher.search(query, lang="en", k=10)
    count = 1
    while count < len(hits) and hits[count - 1].score - hits[count].score > 0.01:
        count += 1
    return [(hit.factcheck.id, hit.score) for hit in hits[:count]]


def test_few_new_records_go_to_the_delta_and_rank_as_after_a_full_rebuild(tmp_path: Path) -> None:
    store = MemoryStore(corpus(200))
    matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    main = matcher.index.bm25
    tokens_file = generation(tmp_path / "idx") / "tokens.jsonl"
    before = tokens_file.stat().st_ino
    store.add_many(NEW)
    assert matcher.refresh() == 3
    assert matcher.index.bm25 is main and matcher.index.main_rows == 200
    assert len(matcher.index.delta.tokens) == 3
    assert (generation(tmp_path / "idx") / "tokens.jsonl").stat().st_ino == before  # carried over, not rewritten
    rebuilt = Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "fresh")
    assert rebuilt.index.main_rows == 203 and not rebuilt.index.delta.tokens
    queries = [fc.claim for fc in NEW] + [fc.claim for fc in corpus(200)[:20:4]] + ["zebras blue glacier penguins"]
    for query in queries:
        expected = leading(rebuilt, query)
        found = matcher.search(query, lang="en", k=len(expected))
        assert [hit.factcheck.id for hit in found] == [i for i, _ in expected], query
        assert [hit.score for hit in found] == pytest.approx([score for _, score in expected], abs=0.01)
    for factcheck in NEW:
        assert ranked(matcher, factcheck.claim)[0] == factcheck.id


def test_delta_scores_new_rows_with_the_main_statistics(tmp_path: Path) -> None:
    store = MemoryStore(corpus(400))
    matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=None)
    store.add_many(NEW)
    matcher.refresh()
    rebuilt = Matcher.open(store, encoder=HashEncoder(), index_dir=None)
    terms = matcher.analyzer.tokens("zebras painted blue glacier " + corpus(400)[0].claim, "en")
    delta, full = matcher.index.bm25_scores(terms), rebuilt.index.bm25_scores(terms)
    # IDF moves by <1 % with 3 rows more in 400; the order of every scored row is the same
    np.testing.assert_allclose(delta, full, rtol=0.02, atol=1e-6)
    assert np.argsort(-delta, kind="stable")[:20].tolist() == np.argsort(-full, kind="stable")[:20].tolist()


def test_bm25_scores_equal_bm25s_scores() -> None:
    store = MemoryStore(corpus(150))
    matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=None)
    assert matcher.index.bm25 is not None
    terms = matcher.analyzer.tokens(corpus(150)[7].claim + " " + corpus(150)[7].claim + " unknownword", "en")
    expected = np.asarray(matcher.index.bm25.get_scores(terms), dtype=np.float32)
    np.testing.assert_array_equal(matcher.index.bm25_scores(terms), expected)
    top = matcher.index.top_rows(expected, 5)
    assert sorted(top.values(), reverse=True) == sorted(np.sort(expected)[::-1][:5].tolist(), reverse=True)


def test_a_reopened_index_reads_bm25s_files_as_bm25s_does(tmp_path: Path) -> None:
    import bm25s

    store = MemoryStore(corpus(150))
    built = Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    reopened = Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    assert isinstance(reopened.index.bm25, SavedBM25)
    library = bm25s.BM25.load(str(generation(tmp_path / "idx") / "bm25"), mmap=True)
    assert reopened.index.bm25.vocab_dict == library.vocab_dict
    assert reopened.index.bm25.scores["num_docs"] == library.scores["num_docs"] == 150
    for name in ("data", "indices", "indptr"):
        assert reopened.index.bm25.scores[name].dtype == library.scores[name].dtype
        np.testing.assert_array_equal(reopened.index.bm25.scores[name], library.scores[name])
    terms = built.analyzer.tokens(corpus(150)[9].claim + " unknownword", "en")
    expected = np.asarray(library.get_scores(terms), dtype=np.float32)
    np.testing.assert_array_equal(reopened.index.bm25_scores(terms), expected)
    np.testing.assert_array_equal(built.index.bm25_scores(terms), expected)


def test_opening_a_saved_index_imports_neither_bm25s_nor_scipy(tmp_path: Path) -> None:
    store = MemoryStore(corpus(50))
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    code = (
        "import sys; from pathlib import Path; from sift.match.index import FactCheckIndex\n"
        f"index = FactCheckIndex.load(Path({str(tmp_path / 'idx')!r}), encoder_name='hash64', dim=64)\n"
        "assert index.main_rows == 50, index.main_rows\n"
        "index.bm25_scores(['x'])\n"
        "print([m for m in ('bm25s', 'scipy') if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().split() == ["[]"]


def test_delta_is_saved_and_reopened_without_a_rebuild(tmp_path: Path) -> None:
    store = MemoryStore(corpus(200))
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    store.add_many(NEW[:2])
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    meta = json.loads((generation(tmp_path / "idx") / "meta.json").read_text(encoding="utf-8"))
    assert (meta["rows"], meta["main_rows"]) == (202, 200)
    encoder = HashEncoder()
    reopened = Matcher.open(store, encoder=encoder, index_dir=tmp_path / "idx")
    assert encoder.encoded == [] and len(reopened.index.delta.tokens) == 2
    assert ranked(reopened, NEW[1].claim)[0] == NEW[1].id
    store.add_many(NEW[2:])
    reopened.refresh()
    assert len(reopened.index.delta.tokens) == 3 and ranked(reopened, NEW[2].claim)[0] == NEW[2].id


def test_delta_past_its_share_or_an_explicit_rebuild_folds_into_the_main_bm25(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = MemoryStore(corpus(40))
    matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    store.add_many(NEW[:2])  # 2 of 40 = 5 %: stays in the delta
    matcher.refresh()
    assert (matcher.index.main_rows, len(matcher.index.delta.tokens)) == (40, 2)
    store.add_many(NEW[2:])  # 3 of 40 passes 5 %
    matcher.refresh()
    assert (matcher.index.main_rows, len(matcher.index.delta.tokens)) == (43, 0)
    assert len((generation(tmp_path / "idx") / "tokens.jsonl").read_text(encoding="utf-8").splitlines()) == 43
    monkeypatch.setattr(index_module, "DELTA_SHARE", 0.5)
    store.add_many([record("Owls can read newspapers upside down.")])
    matcher.refresh()
    assert matcher.index.main_rows == 43
    assert matcher.refresh(rebuild=True) == 0
    assert (matcher.index.main_rows, len(matcher.index.delta.tokens)) == (44, 0)
    assert ranked(matcher, "owls read newspapers")[0] == store.get_factcheck(matcher.index.ids[43]).id  # type: ignore[union-attr]


def test_record_replaced_inside_the_delta_leaves_one_live_row(tmp_path: Path) -> None:
    store = MemoryStore(corpus(200))
    matcher = Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    store.add_many([NEW[0]])
    matcher.refresh()
    changed = record(NEW[0].claim, "Blue zebras: updated review", url=NEW[0].review_url)
    store.add_many([changed])
    matcher.refresh()
    assert matcher.index.delta.tokens[0] == [] and matcher.index.live[200] is False
    hits = matcher.search(NEW[0].claim, lang="en", k=5)
    assert hits[0].factcheck.title == "Blue zebras: updated review"
    assert [h.factcheck.id for h in hits].count(NEW[0].id) == 1


def test_index_saved_without_a_delta_opens_as_all_main(tmp_path: Path) -> None:
    store = MemoryStore(corpus(100))
    Matcher.open(store, encoder=HashEncoder(), index_dir=tmp_path / "idx")
    meta_path = generation(tmp_path / "idx") / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    del meta["main_rows"], meta["avgdl"]
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    (generation(tmp_path / "idx") / "delta-tokens.jsonl").unlink()
    encoder = HashEncoder()
    reopened = Matcher.open(store, encoder=encoder, index_dir=tmp_path / "idx")
    assert encoder.encoded == [] and reopened.index.main_rows == 100 and reopened.index.avgdl is None
    store.add_many([NEW[0]])
    reopened.refresh()
    assert reopened.index.main_rows == 100 and ranked(reopened, NEW[0].claim)[0] == NEW[0].id


def test_record_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match_module, "RECORD_CACHE", 5)
    records = corpus(60)
    matcher = Matcher.open(MemoryStore(records), encoder=HashEncoder(), index_dir=None)
    expected = {fc.claim: ranked(matcher, fc.claim) for fc in records[:10]}
    assert len(matcher._records) == 5
    for claim, ids in expected.items():  # evicted rows are analysed again, to the same result
        assert ranked(matcher, claim) == ids
        assert len(matcher._records) == 5


def test_sampled_top_rows_equal_a_full_partition() -> None:
    index = FactCheckIndex(None, "hash64", 64)
    size = 4 * 30 * index_module.TOP_SAMPLE_STRIDE * 3
    index.ids, index.langs, index.live = [str(i) for i in range(size)], ["en"] * size, [True] * size
    rng = np.random.default_rng(5)
    for positive in (size, 500, 12):  # dense scores, sparse ones, fewer positive rows than asked for
        scores = np.zeros(size, dtype=np.float32)
        scores[rng.choice(size, positive, replace=False)] = rng.random(positive, dtype=np.float32) + 0.01
        expected = {int(r) for r in np.argsort(-scores)[:30] if scores[r] > 0}
        assert set(index.top_rows(scores, 30)) == expected
