"""The matcher's persisted indexes over a store: BM25 on lemma tokens and a usearch vector index.

The index directory holds generations; a save writes a whole new one, fsyncs it, then switches the pointer:

    CURRENT          the name of the generation in use (``g000007``), replaced atomically and fsynced last
    .lock            a file lock (filelock) every process holds while it reads, writes or switches generations
    g000007/         the files below; older generations are removed once the pointer has moved past them

A save killed at any step leaves ``CURRENT`` naming the previous, complete generation (a half-written
folder is never named and is swept by the next save). A generation that cannot be read, or whose files
disagree with each other, is logged and rebuilt from the store, which is the truth. An index saved by
an older sift (the files directly in the directory, no ``CURRENT``) is read as it is and replaced by a
generation on its next save. Files of a generation:

    meta.json        format, encoder, analyzer version, last indexed seq, row count
    rows.jsonl       one ``[factcheck_id, lang, live]`` per row, in index order
    tokens.jsonl     one token list per row of the main BM25 (rebuilt from these, not re-tokenised)
    delta-tokens.jsonl  one token list per row added since the main BM25 was built
    vectors.usearch  claim vector under key ``2*row``, title vector under ``2*row + 1`` (f16, or i8 in a
                     large index: see :data:`COMPACT_FROM_ROWS`)
    bm25/            the bm25s matrices of the main BM25 (memory-mapped when loaded)

Updates are incremental: only records with ``seq`` above the last indexed one are tokenised and
embedded (embedding is the expensive part). The main BM25 covers the first ``main_rows`` rows; rows
added since go to a small delta BM25 (:class:`DeltaBM25`, rebuilt from ``delta-tokens.jsonl`` on open
and on each update) scored with the main index's statistics, so importing a few records into a million
costs seconds, not a rebuild. The main BM25 is rebuilt over every row when the delta outgrows
:data:`DELTA_SHARE` of it, on request, or when :data:`ANALYZER_VERSION` changes (every row is then
re-tokenised from the store; nothing is re-embedded). An index saved before the delta existed has no
``main_rows`` in ``meta.json`` and opens as all-main.
Nothing else is kept in RAM per row but its id, language and live flag (records stay in the store).
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import logging
import math
import os
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
from filelock import FileLock
from usearch.index import Index

from sift.encoders import Encoder
from sift.errors import StoreError
from sift.factchecks.record import FactCheck
from sift.match.analysis import LANGS, Analyzer, guess_lang

if TYPE_CHECKING:
    import bm25s

__all__ = ["FactCheckIndex", "FactCheckSource", "current_generation", "vector_dtype"]

log = logging.getLogger(__name__)

FORMAT = "sift-match-index/1"
#: Bump when :class:`~sift.match.analysis.Analyzer` output changes: saved tokens are then redone.
ANALYZER_VERSION = 3
#: From this many rows on, vectors are kept compact: 8-bit integers (512 bytes per 512-d vector, half of
#: f16) in a graph built with a 4x smaller insert expansion, which is what lets a million fact-checks
#: (1.5 M claim and title vectors) fit in 1.5 GB and build on two shared cores (bench/match_scale.py).
#: Smaller stores keep f16 and usearch's default expansion: they fit anyway, and compactness has a cost.
#: On the dev split (bench/match.py, one code state, f16/128 -> i8/128 -> i8/32): MAP@5 en 0.970 -> 0.970
#: -> 0.970; fr 0.879 -> 0.872 -> 0.868 (64 queries: one query's rank; an earlier code state gave 0.874 for
#: both f16 and i8). An index that grows past this is converted once from its own vectors (no re-embedding).
COMPACT_FROM_ROWS = 250_000
#: Insert expansion per scalar type. 32 instead of usearch's 128 (FAISS uses 40) cuts insert CPU time about
#: four-fold (40k synthetic i8 vectors, timed once: 128 -> 34 s, 64 -> 17 s, 40 -> 10 s); dense recall@10
#: against exact search at a million rows is in bench/results/match-scale-1000000.json.
EXPANSION_ADD = {"f16": 128, "i8": 32}
#: Connectivity is usearch's default (16 links a node; 8 would save ~80 bytes a vector but thins the graph).
CONNECTIVITY = 16
EXPANSION_SEARCH = 64
ENCODE_BATCH = 256
#: Vectors handed to usearch per ``add`` call: larger calls keep both cores busy inserting.
ADD_BATCH = 4096
#: BM25 parameters (library defaults; k1/b sweeps on the train split with bench/match.py moved MAP@5 < 0.005).
BM25_K1 = 1.5
BM25_B = 0.75
#: The main BM25 is rebuilt over every row once the rows added since its last build pass this share of it.
#: Below it the delta's rows are scored with the main index's document frequencies plus their own, while the
#: main rows keep the IDF of their last build: 5 % more documents move a term's IDF by at most ~0.05
#: (log-scale), far less than the gaps that order candidates. Rebuilding costs ~25 s at a million rows
#: (bench/match_scale.py); a delta update costs what saving the rows and vectors costs.
DELTA_SHARE = 0.05
#: The postings of the most frequent terms (in at least 1/16 of the main rows, at most this many terms) are
#: also kept as dense score arrays, built on first use: adding a dense array is ~5x cheaper than scattering
#: a long posting list and gives the same sums. At a million rows: 4 MB a term, at most 64 MB, and BM25
#: scoring per query 6.4 -> ~3 ms CPU (synthetic corpus of bench/match_scale.py: 15 terms in > 1/8 of the
#: rows; the 17th-24th most frequent terms are in < 11 % and would save ~0.1 ms each).
DENSE_TERMS = 16
DENSE_MIN_SHARE = 1 / 16
#: Top-k selection first keeps the rows scoring at least the k-th best of every this-many-th row (a lower
#: bound of the k-th best overall), then partitions those: ~0.5 ms instead of ~2 ms over a million rows.
TOP_SAMPLE_STRIDE = 64
#: The pointer file naming the generation in use, and the lock file every process takes on the directory.
POINTER = "CURRENT"
LOCK = ".lock"
_GENERATION = re.compile(r"g(\d{6,})")
#: Files an index saved by an older sift kept directly in the directory (removed once a generation exists).
_FLAT_FILES = ("meta.json", "rows.jsonl", "tokens.jsonl", "delta-tokens.jsonl", "vectors.usearch")


class FactCheckSource(Protocol):
    """The part of the store contract the matcher reads."""

    location: str

    def iter_factchecks(self, after_seq: int = 0) -> Iterator[tuple[int, FactCheck]]: ...

    def max_seq(self) -> int: ...

    def get_factcheck(self, factcheck_id: str) -> FactCheck | None: ...


def record_lang(factcheck: FactCheck) -> str:
    """The language a record is analysed in: its own tag when sift knows it, else a guess from the claim."""
    lang = (factcheck.language or "").split("-")[0].lower()
    return lang if lang in LANGS else guess_lang(factcheck.claim)


def record_text(factcheck: FactCheck) -> str:
    """Claim and title together: the text BM25 and overlap features see."""
    title = factcheck.title or ""
    return factcheck.claim if not title or title == factcheck.claim else f"{factcheck.claim} {title}"


@dataclass
class FactCheckIndex:
    """Rows of fact-checks with their BM25 and vector indexes; row numbers are the index's own keys."""

    directory: Path | None
    encoder_name: str
    dim: int
    ids: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    live: list[bool] = field(default_factory=list)
    last_seq: int = 0
    vectors: Index | None = None
    #: Built by bm25s (:meth:`_rebuild_bm25`), or its saved matrices as read by :meth:`SavedBM25.load`.
    bm25: bm25s.BM25 | SavedBM25 | None = None
    #: Saved tokens came from another analyzer version and must be redone from the store.
    stale_tokens: bool = False
    #: Rows covered by the main BM25 (``bm25``); later rows are in ``delta``.
    main_rows: int = 0
    #: Mean token count of the main BM25's rows (the delta's length normalisation uses it too).
    avgdl: float | None = None
    delta: DeltaBM25 = field(default_factory=lambda: DeltaBM25.build([]))
    #: Dense score arrays of the main BM25's most frequent terms by column (``None`` until first used);
    #: the dict itself is made on the first query after each (re)build.
    _dense: dict[int, np.ndarray | None] | None = field(default=None, repr=False)
    #: Token lists of an index without a directory (a saved index keeps them in tokens.jsonl instead).
    _tokens: list[list[str]] = field(default_factory=list, repr=False)
    #: The folder this index's files were read from or last saved to (``None``: nothing on disk yet).
    generation: Path | None = None
    #: Changed in memory since it was read (vectors converted on opening): the next update saves it.
    unsaved: bool = False

    def __post_init__(self) -> None:
        if self.vectors is None:
            self.vectors = _new_vectors(self.dim, vector_dtype(0))

    # ---- opening and saving ---------------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path | None, *, encoder_name: str, dim: int) -> FactCheckIndex:
        """The index saved in ``directory``, or an empty one when there is none, it was built differently or it is
        damaged (logged: the caller rebuilds it from the store).

        Raises:
            StoreError: the directory cannot be read or locked (permissions).
        """
        if directory is None:
            return cls(directory, encoder_name, dim)
        with _locked(directory):
            return cls._load(directory, encoder_name=encoder_name, dim=dim)

    @classmethod
    def _load(cls, directory: Path, *, encoder_name: str, dim: int) -> FactCheckIndex:
        """:meth:`load` with the directory's lock held."""
        empty = cls(directory, encoder_name, dim)
        try:
            folder = current_generation(directory)
            if folder is None:
                return empty
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            if (meta.get("format"), meta.get("encoder"), meta.get("dim")) != (FORMAT, encoder_name, dim):
                log.info("index in %s was built differently (%s); rebuilding", directory, meta)
                return empty
            ids, langs, live = _read_rows(folder / "rows.jsonl", meta["rows"])
            vectors = Index.restore(str(folder / "vectors.usearch"))
            if vectors is None:
                raise ValueError("vectors.usearch is not a usearch index")
            if len(vectors) and int(np.max(np.asarray(vectors.keys, dtype=np.uint64))) >= 2 * len(ids):
                raise ValueError(f"vectors.usearch has keys past the {len(ids)} rows of rows.jsonl")
            dtype = vector_dtype(len(ids))
            converted = _scalar(vectors) != dtype
            if converted:
                vectors = _converted(vectors, dim, dtype)  # saved by the update that follows opening
            vectors.expansion_add = EXPANSION_ADD[dtype]  # a saved file keeps its scalar type, not these settings
            vectors.expansion_search = EXPANSION_SEARCH
            main_rows = int(meta.get("main_rows", len(ids)))
            bm25 = SavedBM25.load(folder / "bm25") if main_rows else None
            if bm25 is not None and int(bm25.scores["num_docs"]) != main_rows:
                raise ValueError(f"bm25 holds {bm25.scores['num_docs']} rows, meta.json expects {main_rows}")
            delta_lines = (
                _read_lines(folder / "delta-tokens.jsonl", len(ids) - main_rows) if main_rows < len(ids) else []
            )
            delta = DeltaBM25.build([json.loads(line) for line in delta_lines])
        except PermissionError as error:
            raise StoreError(f"cannot read the match index in {directory}: {error}; check the permissions") from None
        except (OSError, ValueError, KeyError, TypeError, RuntimeError, AttributeError) as error:
            log.warning("the match index in %s is damaged (%s); rebuilding it from the store", directory, error)
            return empty
        return cls(
            directory,
            encoder_name,
            dim,
            ids=ids,
            langs=langs,
            live=live,
            last_seq=int(meta["last_seq"]),
            vectors=vectors,
            bm25=bm25,
            stale_tokens=meta.get("analyzer") != ANALYZER_VERSION,
            main_rows=main_rows,
            avgdl=meta.get("avgdl"),
            delta=delta,
            generation=folder,
            unsaved=converted,
        )

    def _save(self, main_tokens: list[list[str]] | None) -> None:
        """Write the index as a new generation and switch to it (the directory's lock is held).

        ``main_tokens`` are the main BM25's token lists when it was rebuilt; when it was not, its files
        are hard-linked from the generation they are in (they never change once written).
        """
        if self.directory is None:
            return
        try:
            folder = self.directory / f"g{_last_generation(self.directory) + 1:06d}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            _write_lines(
                folder / "rows.jsonl",
                (json.dumps([i, lang, live]) for i, lang, live in zip(self.ids, self.langs, self.live, strict=True)),
            )
            if main_tokens is not None:
                _write_lines(folder / "tokens.jsonl", (json.dumps(r, ensure_ascii=False) for r in main_tokens))
            elif self.main_rows:
                assert self.generation is not None, "a main BM25 that was not rebuilt was read from a generation"
                _link(self.generation / "tokens.jsonl", folder / "tokens.jsonl")
            _write_lines(folder / "delta-tokens.jsonl", (json.dumps(r, ensure_ascii=False) for r in self.delta.tokens))
            assert self.vectors is not None
            self.vectors.save(str(folder / "vectors.usearch"))
            _fsync(folder / "vectors.usearch")
            if self.bm25 is not None and main_tokens is not None:
                assert not isinstance(self.bm25, SavedBM25), "a rebuilt main BM25 is bm25s's own"
                self.bm25.save(str(folder / "bm25"), show_progress=False)
                for path in (folder / "bm25").iterdir():
                    _fsync(path)
            elif self.bm25 is not None:
                assert self.generation is not None
                (folder / "bm25").mkdir()
                for path in (self.generation / "bm25").iterdir():
                    _link(path, folder / "bm25" / path.name)
            if self.bm25 is not None:
                _fsync(folder / "bm25")
            meta = {
                "format": FORMAT,
                "encoder": self.encoder_name,
                "dim": self.dim,
                "analyzer": ANALYZER_VERSION,
                "last_seq": self.last_seq,
                "rows": len(self.ids),
                "main_rows": self.main_rows,
                "avgdl": self.avgdl,
                "last_id": self.ids[-1] if self.ids else None,
            }
            _write_lines(folder / "meta.json", [json.dumps(meta)])
            _fsync(folder)
            _write_lines(self.directory / POINTER, [folder.name])  # the switch: atomic, then fsynced
            _fsync(self.directory)
            self.generation = folder
            self.unsaved = False
            _sweep(self.directory, keep=folder.name)
        except OSError as error:
            raise StoreError(f"cannot write the match index in {self.directory}: {error}; check the folder") from None

    def _main_tokens(self) -> list[list[str]]:
        """Token lists of the main BM25's rows (read from ``tokens.jsonl`` in a saved index)."""
        if self.generation is None or not self.main_rows:
            return self._tokens[: self.main_rows]
        return [json.loads(line) for line in _read_lines(self.generation / "tokens.jsonl", self.main_rows)]

    # ---- updating -------------------------------------------------------------------------------

    def consistent_with(self, store: FactCheckSource) -> bool:
        """Whether this index can be extended from ``store`` (same records up to ``last_seq``)."""
        if not self.ids:
            return True
        return store.max_seq() >= self.last_seq and store.get_factcheck(self.ids[-1]) is not None

    def behind(self, store: FactCheckSource) -> bool:
        """Whether ``store`` holds records this index has not seen (written by this or another process)."""
        return store.max_seq() > self.last_seq

    def update(
        self, store: FactCheckSource, encoder: Encoder, analyzer: Analyzer, *, rebuild_bm25: bool = False
    ) -> int:
        """Index the records inserted after ``last_seq``, then save; returns how many were added.

        With the directory's lock held: a newer generation saved by another process (a second server, an
        import) is adopted first, so only the records nobody indexed yet are embedded here.
        New rows go to the delta BM25 unless it then passes :data:`DELTA_SHARE` of the main one (or
        ``rebuild_bm25`` is set, or the analyzer changed): the main BM25 is then rebuilt over every row.
        """
        if self.directory is None:
            return self._update(store, encoder, analyzer, rebuild_bm25=rebuild_bm25)
        with _locked(self.directory):
            adopted = self._adopt_newer(store)
            return adopted + self._update(store, encoder, analyzer, rebuild_bm25=rebuild_bm25)

    def _adopt_newer(self, store: FactCheckSource) -> int:
        """Take over the generation on disk when another process saved one past this index; returns rows gained."""
        assert self.directory is not None
        try:
            on_disk = current_generation(self.directory)
        except (OSError, ValueError):
            return 0
        if on_disk is None or on_disk == self.generation:
            return 0
        saved = FactCheckIndex._load(self.directory, encoder_name=self.encoder_name, dim=self.dim)
        if saved.last_seq <= self.last_seq or not saved.consistent_with(store):
            return 0
        gained = len(saved.ids) - len(self.ids)
        for name in (f.name for f in dataclasses.fields(self)):
            setattr(self, name, getattr(saved, name))
        log.info("adopted the match index another process saved in %s", on_disk)
        return max(gained, 1)

    def _update(
        self, store: FactCheckSource, encoder: Encoder, analyzer: Analyzer, *, rebuild_bm25: bool = False
    ) -> int:
        new = list(store.iter_factchecks(after_seq=self.last_seq))
        if (
            not new
            and not self.stale_tokens
            and not self.unsaved
            and not (rebuild_bm25 and len(self.ids) > self.main_rows)
        ):
            return 0
        retokenized = self._retokenize(store, analyzer) if self.stale_tokens else None
        first_row = len(self.ids)
        delta_tokens = list(self.delta.tokens)
        new_tokens: list[list[str]] = []
        live_row = self._live_rows({factcheck.id for _, factcheck in new})
        for seq, factcheck in new:
            lang = record_lang(factcheck)
            old = live_row.get(factcheck.id)
            if old is not None:
                self.live[old] = False
                self._drop_vectors(old)
                if old >= self.main_rows:
                    delta_tokens[old - self.main_rows] = []
            live_row[factcheck.id] = len(self.ids)
            self._append_row(factcheck.id, lang, live=True)
            new_tokens.append(analyzer.tokens(record_text(factcheck), lang))
            self.last_seq = seq
        self._fit_vectors()
        self._embed([fc for _, fc in new], first_row, encoder)
        delta_rows = len(delta_tokens) + len(new_tokens)
        if retokenized is not None or rebuild_bm25 or self.bm25 is None or delta_rows > DELTA_SHARE * self.main_rows:
            existing = retokenized if retokenized is not None else self._main_tokens() + delta_tokens
            self._save(self._rebuild_bm25(existing + new_tokens))
        else:
            self.delta = DeltaBM25.build(delta_tokens + new_tokens)
            self._save(None)
        return len(new)

    def _rebuild_bm25(self, tokens: list[list[str]]) -> list[list[str]]:
        """Build the main BM25 over every row (rows no longer live count as empty); returns its token lists."""
        import bm25s  # with scipy.sparse (0.2 s of CPU): only a build needs them, opening an index reads the files

        tokens = [row if live else [] for row, live in zip(tokens, self.live, strict=True)]
        self.bm25 = bm25s.BM25(k1=BM25_K1, b=BM25_B) if tokens else None
        if self.bm25 is not None:
            self.bm25.index(tokens, show_progress=False)
        self.main_rows = len(tokens)
        self._dense = None
        self.avgdl = sum(map(len, tokens)) / max(len(tokens), 1)
        self.delta = DeltaBM25.build([])
        if self.directory is None:
            self._tokens = tokens
        return tokens

    def _retokenize(self, store: FactCheckSource, analyzer: Analyzer) -> list[list[str]]:
        """Tokens of every indexed row, redone from the store's records (after an analyzer change)."""
        log.info("re-tokenising %d fact-checks for BM25 (analyzer changed)", len(self.ids))
        tokens: list[list[str]] = []
        for factcheck_id, lang, live in zip(self.ids, self.langs, self.live, strict=True):
            factcheck = store.get_factcheck(factcheck_id) if live else None
            tokens.append(analyzer.tokens(record_text(factcheck), lang) if factcheck else [])
        self.stale_tokens = False
        return tokens

    def _live_rows(self, factcheck_ids: set[str]) -> dict[str, int]:
        """The live row of each of ``factcheck_ids`` already indexed.

        A scan per update instead of a standing id -> row dict: at a million rows the dict costs ~100 MB
        of RAM for as long as the index is open, the scan ~0.1 s per import.
        """
        return {i: row for row, i in enumerate(self.ids) if i in factcheck_ids and self.live[row]}

    def _append_row(self, factcheck_id: str, lang: str, *, live: bool) -> None:
        self.ids.append(factcheck_id)
        self.langs.append(sys.intern(lang))  # one string per language, not per row
        self.live.append(live)

    def _fit_vectors(self) -> None:
        """Switch the vector index to the scalar type its row count calls for (:data:`COMPACT_FROM_ROWS`)."""
        assert self.vectors is not None
        dtype = vector_dtype(len(self.ids))
        if _scalar(self.vectors) != dtype:
            self.vectors = _converted(self.vectors, self.dim, dtype)

    def _drop_vectors(self, row: int) -> None:
        assert self.vectors is not None
        for key in (2 * row, 2 * row + 1):
            if self.vectors.contains(key):
                self.vectors.remove(key)

    def _embed(self, factchecks: list[FactCheck], first_row: int, encoder: Encoder) -> None:
        assert self.vectors is not None
        keys: list[int] = []
        texts: list[str] = []
        for offset, factcheck in enumerate(factchecks):
            row = first_row + offset
            keys.append(2 * row)
            texts.append(factcheck.claim)
            if factcheck.title and factcheck.title != factcheck.claim:
                keys.append(2 * row + 1)
                texts.append(factcheck.title)
        for start in range(0, len(texts), ADD_BATCH):
            chunk = texts[start : start + ADD_BATCH]
            batch = np.concatenate(
                [encoder.encode(chunk[i : i + ENCODE_BATCH]) for i in range(0, len(chunk), ENCODE_BATCH)]
            )
            self.vectors.add(np.asarray(keys[start : start + ADD_BATCH], dtype=np.uint64), batch)

    # ---- querying -------------------------------------------------------------------------------

    def nearest(self, queries: np.ndarray, count: int) -> dict[int, float]:
        """Rows whose claim or title is among the ``count`` nearest of any query vector, with best cosine."""
        return self.nearest_many([queries], count)[0]

    def nearest_many(self, groups: list[np.ndarray], count: int) -> list[dict[int, float]]:
        """:meth:`nearest` of each group of query vectors (a page's sentences, each with its phrasings), from one
        index search over all of them: each vector's neighbours are what a search of it alone finds."""
        assert self.vectors is not None
        if len(self.vectors) == 0 or not groups:
            return [{} for _ in groups]
        # one thread: callers are already many (the server's search threads), and usearch's default (every
        # core) costs a pool hand-off per call: 4.2 -> 2.7 ms a search of 3 vectors at 50,000 rows, loaded machine
        found = self.vectors.search(np.concatenate([np.atleast_2d(group) for group in groups]), count, threads=1)
        keys = np.atleast_2d(found.keys)
        distances = np.atleast_2d(found.distances)
        # a batch pads each query's results to ``count`` with garbage keys and NaN distances when the index
        # holds fewer vectors; ``counts`` says how many are real (a single query comes back trimmed)
        counts = np.broadcast_to(np.atleast_1d(getattr(found, "counts", keys.shape[1])), (len(keys),))
        real = np.arange(keys.shape[1])[None, :] < counts[:, None]
        bests: list[dict[int, float]] = []
        start = 0
        for group in groups:
            end = start + len(np.atleast_2d(group))
            mine = real[start:end]
            bests.append(self._best_rows(keys[start:end][mine], 1.0 - distances[start:end][mine]))
            start = end
        return bests

    def _best_rows(self, keys: np.ndarray, sims: np.ndarray) -> dict[int, float]:
        """Live row -> its best cosine over the found ``keys`` (a row's claim is key 2r, its title 2r + 1)."""
        rows = (keys // 2).astype(np.int64)
        live = np.fromiter((self.live[row] for row in rows.tolist()), dtype=bool, count=len(rows))
        keep = live & (sims > -1.0)  # as a running maximum from -1.0 would: a cosine of -1 is no neighbour
        rows, sims = rows[keep], sims[keep]
        if not len(rows):
            return {}
        # the best cosine of each row: sorted by row, then by cosine (highest last), the last of each row's run
        order = np.lexsort((sims, rows))
        rows, sims = rows[order], sims[order]
        last = np.append(rows[1:] != rows[:-1], True)
        return dict(zip(rows[last].tolist(), sims[last].tolist(), strict=True))

    def row_vectors(self, rows: list[int]) -> np.ndarray:
        """``(len(rows), 2, dim)`` unit claim and title vectors; a missing title repeats the claim vector.

        They are scaled back to unit length: usearch's i8 vectors come back about 7 % short (each
        component is rounded on a scale of 127), which would lower every cosine feature by as much.
        """
        assert self.vectors is not None
        out = np.zeros((len(rows), 2, self.dim), dtype=np.float32)
        if not rows:
            return out
        keys = 2 * np.asarray(rows, dtype=np.uint64)
        # claim and title keys in one call: [2r, 2r + 1] for each row
        found = self.vectors.get(np.stack([keys, keys + 1], axis=1).reshape(-1), dtype=np.float32)
        if all(vector is not None for vector in found):
            out[:] = np.stack(found).reshape(len(rows), 2, self.dim)
        else:  # some rows have no title vector (``None`` in their place): the claim vector stands in
            for i in range(len(rows)):
                claim, title = found[2 * i], found[2 * i + 1]
                out[i, 0] = claim
                out[i, 1] = title if title is not None else claim
        norms = np.linalg.norm(out, axis=2, keepdims=True)
        return np.divide(out, norms, out=out, where=norms > 0)

    def bm25_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of ``tokens`` for every row (zeros when nothing is indexed).

        The main matrix's columns are summed as bm25s sums them (same scores, to the bit), then the
        delta's rows are scored; a term repeated in the query counts as often as it appears, as in bm25s.
        """
        scores = np.zeros(len(self.ids), dtype=np.float32)
        if self.bm25 is None or not tokens:
            return scores
        vocab, matrix = self.bm25.vocab_dict, self.bm25.scores
        indptr, indices, data = matrix["indptr"], matrix["indices"], matrix["data"]
        main_df: dict[str, int] = {}
        for token in tokens:
            column = vocab.get(token)
            if column is not None:
                start, end = int(indptr[column]), int(indptr[column + 1])
                dense = self._dense_column(column)
                if dense is not None:
                    np.add(scores[: len(dense)], dense, out=scores[: len(dense)])
                else:
                    # add.at beats ``scores[idx] += data`` (gather, add, scatter) on long postings
                    np.add.at(scores, indices[start:end], data[start:end])
                main_df[token] = end - start
        if self.delta.tokens:
            self.delta.add_scores(scores[self.main_rows :], tokens, main_df, self.main_rows, self.avgdl)
        return scores

    def _dense_column(self, column: int) -> np.ndarray | None:
        """The dense scores of a main BM25 column when its term is among the most frequent, else ``None``."""
        assert self.bm25 is not None
        matrix = self.bm25.scores
        if self._dense is None:
            frequency = np.diff(np.asarray(matrix["indptr"]))
            frequent = np.argsort(-frequency, kind="stable")[:DENSE_TERMS]
            floor = DENSE_MIN_SHARE * int(matrix["num_docs"])
            self._dense = {int(c): None for c in frequent if frequency[c] >= floor}
        if column not in self._dense:
            return None
        dense = self._dense[column]
        if dense is None:
            start, end = int(matrix["indptr"][column]), int(matrix["indptr"][column + 1])
            dense = np.zeros(int(matrix["num_docs"]), dtype=np.float32)
            dense[matrix["indices"][start:end]] = matrix["data"][start:end]
            self._dense[column] = dense
        return dense

    def top_rows(self, scores: np.ndarray, count: int) -> dict[int, float]:
        """The ``count`` live rows with the highest positive scores (:data:`TOP_SAMPLE_STRIDE`)."""
        rows = np.flatnonzero(scores > 0) if len(scores) < 4 * count * TOP_SAMPLE_STRIDE else None
        if rows is None:
            sample = scores[::TOP_SAMPLE_STRIDE]
            floor = np.partition(sample, len(sample) - count)[len(sample) - count]
            rows = np.flatnonzero(scores >= floor) if floor > 0 else np.flatnonzero(scores > 0)
        if len(rows) > count > 0:
            rows = rows[np.argpartition(-scores[rows], count - 1)[:count]]
        return {int(r): float(scores[r]) for r in rows[:count] if self.live[r]}


@dataclass(frozen=True, slots=True)
class SavedBM25:
    """A saved main BM25 as queries read it: the vocabulary and the matrix of scores, as ``bm25s.BM25.load`` reads
    them (same files, same arrays memory-mapped, same ``vocab_dict`` and ``scores``).

    Queries need nothing else (:meth:`FactCheckIndex.bm25_scores`); reading the files with json and numpy spares
    every process that opens an index importing bm25s, which imports scipy.sparse: 0.2 s of a cold ``sift check``.
    """

    vocab_dict: dict[str, int]
    #: ``data``, ``indices`` and ``indptr`` of the CSC matrix (terms by column), and ``num_docs``.
    scores: dict[str, Any]

    @classmethod
    def load(cls, folder: Path) -> SavedBM25:
        """The BM25 that ``bm25s.BM25.save`` wrote to ``folder``.

        Raises:
            OSError, ValueError: a file is missing or damaged (the caller rebuilds the index).
        """
        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        scores: dict[str, Any] = {
            name: np.load(folder / f"{name}.csc.index.npy", allow_pickle=False, mmap_mode="r")
            for name in ("data", "indices", "indptr")
        }
        scores["num_docs"] = params.get("num_docs")
        return cls(vocab, scores)


@dataclass(frozen=True)
class DeltaBM25:
    """BM25 postings of the rows added since the main BM25 was built, scored with its statistics.

    Keeps each row's term-frequency component (Lucene/Robertson, as bm25s) and the delta's own document
    frequencies; the IDF is computed per query from the main index's frequency plus the delta's, so the
    new rows score as they would in a rebuilt index up to the main rows' (unchanged) IDF.
    """

    tokens: list[list[str]]
    vocab: dict[str, int]
    indptr: np.ndarray
    rows: np.ndarray
    tf: np.ndarray
    #: token count of each delta row (BM25's length normalisation)
    lengths: np.ndarray

    @classmethod
    def build(cls, tokens: list[list[str]]) -> DeltaBM25:
        """Postings of ``tokens`` (one list per delta row); term-frequency components wait for :meth:`add_scores`."""
        postings: dict[str, list[tuple[int, int]]] = {}
        for row, row_tokens in enumerate(tokens):
            for term, count in Counter(row_tokens).items():
                postings.setdefault(term, []).append((row, count))
        vocab = {term: i for i, term in enumerate(postings)}
        flat = [pair for pairs in postings.values() for pair in pairs]
        indptr = np.cumsum([0, *(len(pairs) for pairs in postings.values())], dtype=np.int64)
        rows = np.array([row for row, _ in flat], dtype=np.int64)
        tf = np.array([count for _, count in flat], dtype=np.float32)
        lengths = np.array([len(row) for row in tokens], dtype=np.float32)
        return cls(tokens, vocab, indptr, rows, tf, lengths)

    def add_scores(
        self, scores: np.ndarray, terms: list[str], main_df: dict[str, int], main_rows: int, avgdl: float | None
    ) -> None:
        """Add the BM25 score of ``terms`` to ``scores`` (one slot per delta row).

        Args:
            scores: the delta rows' slice of the index's score array, updated in place.
            terms: the query terms (repeats count again, as in the main BM25).
            main_df: document frequency in the main BM25 of the query terms it knows.
            main_rows: documents in the main BM25.
            avgdl: mean token count of the main BM25's rows (the delta's own mean when unknown).
        """
        mean = avgdl if avgdl else float(self.lengths.mean()) or 1.0
        total = main_rows + len(self.tokens)
        for term in terms:
            column = self.vocab.get(term)
            if column is None:
                continue
            start, end = int(self.indptr[column]), int(self.indptr[column + 1])
            df = main_df.get(term, 0) + end - start
            idf = math.log(1.0 + (total - df + 0.5) / (df + 0.5))
            rows, tf = self.rows[start:end], self.tf[start:end]
            norm = BM25_K1 * (1.0 - BM25_B + BM25_B * self.lengths[rows] / mean)
            scores[rows] += np.float32(idf) * tf / (tf + norm)


def vector_dtype(rows: int) -> str:
    """The scalar type vectors are kept in by an index of ``rows`` rows: ``"f16"``, or ``"i8"`` when large.

    Args:
        rows: rows in the index (live or not).

    Returns:
        ``"i8"`` from :data:`COMPACT_FROM_ROWS` rows on, ``"f16"`` below.
    """
    return "i8" if rows >= COMPACT_FROM_ROWS else "f16"


def _new_vectors(dim: int, dtype: str) -> Index:
    return Index(
        ndim=dim,
        metric="cos",
        dtype=dtype,
        connectivity=CONNECTIVITY,
        expansion_add=EXPANSION_ADD[dtype],
        expansion_search=EXPANSION_SEARCH,
    )


def _scalar(vectors: Index) -> str:
    """The scalar type of an index as sift names it (``"i8"``, ``"f16"``, ...)."""
    return str(vectors.dtype).rsplit(".", 1)[-1].lower()


def _converted(vectors: Index, dim: int, dtype: str) -> Index:
    """A copy of ``vectors`` in ``dtype``, built page by page from the vectors it holds.

    An index that grows past :data:`COMPACT_FROM_ROWS` (or a large one saved by an older sift, all f16) is
    converted once instead of re-embedding the store, which at a million records takes hours of encoder time.
    """
    log.info("converting %d vectors from %s to %s", len(vectors), _scalar(vectors), dtype)
    if len(vectors) == 0:
        return _new_vectors(dim, dtype)
    converted = _new_vectors(dim, dtype)
    keys = np.asarray(vectors.keys, dtype=np.uint64)
    for start in range(0, len(keys), ADD_BATCH):
        page = keys[start : start + ADD_BATCH]
        # a restored index answers ``get`` with a tuple of rows, a fresh one with an array
        converted.add(page, np.vstack(vectors.get(page, dtype=np.float32)))
    return converted


def current_generation(directory: Path) -> Path | None:
    """The folder holding the index's files: the generation ``CURRENT`` names, an older sift's flat layout, or None.

    Raises:
        ValueError: ``CURRENT`` does not name a generation.
    """
    try:
        name = (directory / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return directory if (directory / "meta.json").exists() else None
    if not _GENERATION.fullmatch(name):
        raise ValueError(f"{POINTER} names {name[:40]!r}, not a generation")
    return directory / name


def _last_generation(directory: Path) -> int:
    """The highest generation number in ``directory`` (0 when none), named or left by a crashed save."""
    numbers = [int(m.group(1)) for p in directory.iterdir() if (m := _GENERATION.fullmatch(p.name))]
    return max(numbers, default=0)


def _sweep(directory: Path, keep: str) -> None:
    """Remove every generation but ``keep``, and the files of an older sift's flat layout.

    Another process that loaded an older generation keeps reading it: its memory-mapped BM25 files stay
    readable once unlinked, and before it writes it adopts the current one (:meth:`FactCheckIndex.update`).
    """
    for path in directory.iterdir():
        if _GENERATION.fullmatch(path.name) and path.name != keep:
            shutil.rmtree(path, ignore_errors=True)
        elif path.name in _FLAT_FILES or path.name.endswith(".tmp"):
            path.unlink(missing_ok=True)
    shutil.rmtree(directory / "bm25", ignore_errors=True)


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """Hold the index directory's file lock (created with the directory) for the ``with`` block.

    The wait has no limit: the holder is saving or building the index and the lock goes with its process.
    """
    try:
        directory.mkdir(parents=True, exist_ok=True)
        lock = FileLock(directory / LOCK)
        lock.acquire()
    except OSError as error:
        raise StoreError(f"cannot lock the match index in {directory}: {error}; check the folder") from None
    try:
        yield
    finally:
        lock.release()


def _fsync(path: Path) -> None:
    """Flush a written file, or a folder's entries, to disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _link(source: Path, target: Path) -> None:
    """Carry an unchanged file into a new generation: a hard link, or a copy where links are not allowed."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
        _fsync(target)


def _read_rows(path: Path, count: int) -> tuple[list[str], list[str], list[bool]]:
    """Ids, languages and live flags of the first ``count`` rows of ``rows.jsonl``.

    Read line by line with shared language strings: parsing the whole file at once left ~300 MB resident
    at a million rows (bench/match_scale.py), against ~90 MB for the three lists themselves.

    Raises:
        ValueError: the file has fewer rows than ``count`` or a row is not ``[id, lang, live]``.
    """
    ids: list[str] = []
    langs: list[str] = []
    live: list[bool] = []
    with path.open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, count):
            factcheck_id, lang, is_live = json.loads(line)
            ids.append(str(factcheck_id))
            langs.append(sys.intern(str(lang)))
            live.append(bool(is_live))
    if len(ids) < count:
        raise ValueError(f"{path.name} has {len(ids)} lines, meta.json expects {count}")
    return ids, langs, live


def _read_lines(path: Path, count: int) -> list[str]:
    """The first ``count`` lines (a crash after appending leaves extra ones, which are ignored)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) < count:
        raise ValueError(f"{path.name} has {len(lines)} lines, meta.json expects {count}")
    return lines[:count]


def _write_lines(path: Path, lines: Iterator[str] | list[str]) -> None:
    """Write ``path`` through a temporary file, fsynced before it takes the name."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
