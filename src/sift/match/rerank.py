"""The learned re-ranker: two logistic models (same-language, cross-language) stored as plain JSON.

JSON rather than a pickle so the shipped model is readable, diffable and safe to load; scoring is a dot
product in numpy. ``train/match_reranker.py`` fits and writes it. Both models are fitted on the same
candidate pairs, so their probabilities share one scale and one pair of level thresholds: a user reads
score and level the same way whichever model scored the pair.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from sift.errors import ConfigError
from sift.match.signals import FEATURES

__all__ = ["DEFAULT_MODEL", "LinearModel", "Reranker"]

DEFAULT_MODEL = "resources/match/reranker.json"


@dataclass(frozen=True)
class LinearModel:
    """Standardised features -> logistic probability that the fact-check covers the query."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def __post_init__(self) -> None:
        unknown = [name for name in self.features if name not in FEATURES]
        sizes = {len(self.features), len(self.mean), len(self.scale), len(self.coef)}
        if unknown or len(sizes) != 1:
            raise ConfigError(f"re-ranker model is inconsistent (unknown features {unknown}); retrain it")

    def score(self, rows: np.ndarray) -> np.ndarray:
        """Probabilities for rows laid out as :data:`FEATURES`."""
        columns = [FEATURES.index(name) for name in self.features]
        z = (rows[:, columns] - np.asarray(self.mean)) / np.asarray(self.scale)
        logits = z @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-logits))


@dataclass(frozen=True)
class Reranker:
    """The same-language model, the cross-language model (lexical features left out) and the level thresholds."""

    mono: LinearModel
    cross: LinearModel
    match_threshold: float
    possible_threshold: float
    info: dict[str, Any]

    def __post_init__(self) -> None:
        if not 0.0 < self.possible_threshold <= self.match_threshold <= 1.0:
            raise ConfigError("re-ranker thresholds must satisfy 0 < possible <= match <= 1; retrain it")

    @property
    def below_match(self) -> float:
        """The highest displayed score that is not a ``match`` (a cap for hits that must not claim one)."""
        return round(self.match_threshold - 0.0001, 4)

    def level(self, score: float) -> str | None:
        """``"match"``, ``"possible"`` or ``None`` for a score of either model."""
        if score >= self.match_threshold:
            return "match"
        if score >= self.possible_threshold:
            return "possible"
        return None

    @classmethod
    def load(cls, path: Path | None = None) -> Reranker:
        """Read a model file (default: the one shipped in ``sift/resources/match/``).

        Raises:
            ConfigError: the file is missing or malformed.
        """
        try:
            if path is None:
                text = resources.files("sift").joinpath(DEFAULT_MODEL).read_text(encoding="utf-8")
            else:
                text = path.read_text(encoding="utf-8")
            data = json.loads(text)
            return cls(
                _model(data["mono"]),
                _model(data["cross"]),
                float(data["match_threshold"]),
                float(data["possible_threshold"]),
                dict(data.get("info", {})),
            )
        except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            where = path or f"sift/{DEFAULT_MODEL}"
            raise ConfigError(f"cannot load re-ranker {where}: {error}; run train/match_reranker.py") from None

    def save(self, path: Path) -> None:
        """Write the model as indented JSON."""
        data = {
            "mono": asdict(self.mono),
            "cross": asdict(self.cross),
            "match_threshold": self.match_threshold,
            "possible_threshold": self.possible_threshold,
            "info": self.info,
        }
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def _model(data: dict[str, Any]) -> LinearModel:
    return LinearModel(
        features=tuple(data["features"]),
        mean=tuple(float(v) for v in data["mean"]),
        scale=tuple(float(v) for v in data["scale"]),
        coef=tuple(float(v) for v in data["coef"]),
        intercept=float(data["intercept"]),
    )
