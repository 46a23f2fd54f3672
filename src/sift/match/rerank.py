"""The learned re-ranker: two logistic models (same-language, cross-language) stored as plain JSON.

JSON rather than a pickle so the shipped model is readable, diffable and safe to load; scoring is a dot
product in numpy. ``train/match_reranker.py`` fits and writes it. Both models are fitted on the same
candidate pairs, so their probabilities share one scale and one pair of level thresholds: a user reads
score and level the same way whichever model scored the pair.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from sift.errors import ConfigError
from sift.match.signals import DATE_FEATURES, FEATURES

__all__ = ["DEFAULT_MODEL", "LinearModel", "Reranker"]

DEFAULT_MODEL = "resources/match/reranker.json"
T = TypeVar("T")
#: Columns of the date features, zeroed to score a pair on its content alone.
DATE_COLUMNS = [FEATURES.index(name) for name in DATE_FEATURES]


def model_columns(rows: np.ndarray, names: Sequence[str], floors: Iterable[tuple[str, float]] = ()) -> np.ndarray:
    """A model's columns of rows laid out as :data:`FEATURES`, each floored column read as ``max(value, floor)``:
    one reading for training (``train/match_reranker.py``) and scoring, so the two cannot drift apart."""
    values = rows[:, _indices(tuple(names))]
    for name, floor in floors:
        at = names.index(name)
        values[:, at] = np.maximum(values[:, at], floor)
    return values


@functools.lru_cache(maxsize=64)
def _indices(names: tuple[str, ...]) -> list[int]:
    """The :data:`FEATURES` columns of ``names``, worked out once per model (the re-ranker scores every query)."""
    return [FEATURES.index(name) for name in names]


@dataclass(frozen=True)
class LinearModel:
    """Standardised features -> logistic probability that the fact-check covers the query."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    #: isotonic calibration of the logistic output, as increasing breakpoints (raw -> calibrated
    #: probability, linear between them); empty: the logistic output is the score
    calibration_raw: tuple[float, ...] = ()
    calibration_prob: tuple[float, ...] = ()
    #: (feature, floor) pairs: the feature is read as ``max(value, floor)``: a value under the floor scores as the
    #: floor does (train/match_reranker.py's ``MONO_E5_FLOOR``: a same-language e5 cosine may raise a pair, not
    #: lower it)
    floors: tuple[tuple[str, float], ...] = ()

    def __post_init__(self) -> None:
        unknown = [name for name in self.features if name not in FEATURES]
        unknown += [name for name, _ in self.floors if name not in self.features]  # a floor of a column it reads
        sizes = {len(self.features), len(self.mean), len(self.scale), len(self.coef)}
        if unknown or len(sizes) != 1 or len(self.calibration_raw) != len(self.calibration_prob):
            raise ConfigError(f"re-ranker model is inconsistent (unknown features {unknown}); retrain it")

    def raw(self, rows: np.ndarray) -> np.ndarray:
        """The logistic output for rows laid out as :data:`FEATURES` (before calibration)."""
        values = model_columns(rows, self.features, self.floors)
        mean, scale, coef = self._arrays
        z = (values - mean) / scale
        logits = z @ coef + self.intercept
        return 1.0 / (1.0 + np.exp(-logits))

    @functools.cached_property
    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``mean``, ``scale`` and ``coef`` as arrays, made once per model rather than on every call of :meth:`raw`."""
        return np.asarray(self.mean), np.asarray(self.scale), np.asarray(self.coef)

    def score(self, rows: np.ndarray) -> np.ndarray:
        """Calibrated probabilities that the fact-check covers the query, for rows laid out as :data:`FEATURES`."""
        return self.calibrate(self.raw(rows))

    def calibrate(self, raw: np.ndarray) -> np.ndarray:
        """Logistic outputs mapped through the calibration (unchanged without one)."""
        if not self.calibration_raw:
            return raw
        return np.interp(raw, self.calibration_raw, self.calibration_prob)


@dataclass(frozen=True)
class Reranker:
    """The same-language model, the cross-language model (lexical features left out) and the level thresholds."""

    mono: LinearModel
    cross: LinearModel
    match_threshold: float
    possible_threshold: float
    info: dict[str, Any]
    #: the content score (date features left out) a pair needs before its date may raise its score;
    #: ``None``: the ``possible`` threshold. train/match_reranker.py sets it where content alone is as
    #: precise as ``possible`` promises on held-out train pairs.
    date_gate: float | None = None

    def __post_init__(self) -> None:
        if not 0.0 < self.possible_threshold <= self.match_threshold <= 1.0:
            raise ConfigError("re-ranker thresholds must satisfy 0 < possible <= match <= 1; retrain it")
        if self.date_gate is not None and not 0.0 < self.date_gate <= 1.0:
            raise ConfigError("re-ranker date_gate must be in (0, 1]; retrain it")

    @property
    def uses_e5(self) -> bool:
        """Whether either model reads the ``e5`` feature (the matcher computes it only then)."""
        return self.reads_e5(cross=True) or self.reads_e5(cross=False)

    def reads_e5(self, *, cross: bool) -> bool:
        """Whether the cross (``cross``) or the same-language model reads the ``e5`` feature."""
        return "e5" in self._model(cross).features

    @property
    def reads_e5_lead(self) -> bool:
        """Whether the same-language model reads ``e5_lead`` (the matcher then computes it for its pairs)."""
        return self.reads_lead(cross=False)

    def reads_lead(self, *, cross: bool) -> bool:
        """Whether the cross (``cross``) or the same-language model reads ``e5_lead`` (the matcher then computes it
        among that model's pairs: the same-language ones, or the cross ones with a rival required)."""
        return "e5_lead" in self._model(cross).features

    def e5_raises(self, *, cross: bool) -> bool:
        """Whether a higher ``e5`` cosine never gives that model's pairs a lower score (its coefficient is positive;
        read with a floor, a cosine under it changes nothing). Not for a model reading ``e5_lead``: one pair's
        cosine lowers the others' lead, so a pair left without a cosine would raise theirs."""
        model = self._model(cross)
        if "e5_lead" in model.features:
            return False
        return self.reads_e5(cross=cross) and model.coef[model.features.index("e5")] > 0

    def _model(self, cross: bool) -> LinearModel:
        return self.cross if cross else self.mono

    def content_score(self, features: np.ndarray, cross: np.ndarray) -> np.ndarray:
        """Calibrated scores of the rows with their date features left out (what :attr:`content_gate` reads)."""
        undated_rows = features.copy()
        undated_rows[:, DATE_COLUMNS] = 0.0
        return self._calibrated(self._raw(undated_rows, cross), cross)

    @property
    def content_gate(self) -> float:
        """The content score under which a date cannot raise a pair's score."""
        return self.possible_threshold if self.date_gate is None else self.date_gate

    @property
    def below_match(self) -> float:
        """The highest displayed score that is not a ``match`` (a cap for hits that must not claim one)."""
        return round(self.match_threshold - 0.0001, 4)

    def score(self, features: np.ndarray, cross: np.ndarray) -> np.ndarray:
        """Scores of candidate rows (laid out as :data:`FEATURES`); ``cross`` marks pairs across languages.

        Dates only weigh in where the content already supports the pair: a pair whose score without its
        date features (as if either side were undated) stays under :attr:`content_gate` keeps the lower of
        its two scores, so a fact-check published near the page's date can never be lifted to a level by the
        date alone ("Eiffel Tower dismantled for rust" dated the day of the Notre-Dame fire is not the
        Notre-Dame fact-check). A pair whose content reaches the gate may move up or down with its date.
        """
        return self.score_and_order(features, cross)[0]

    def score_and_order(self, features: np.ndarray, cross: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`score`, with the date-aware calibrated score and logistic output the matcher orders by.

        The gate bounds what a date can do to a *score* (and so to a level); the order of candidates
        that reach no level may still follow their dates (on train, dates lift cross-validated MAP@5
        from 0.88 to 0.92: the right fact-check is often the one checked that week).
        """
        dated_raw = self._raw(features, cross)
        dated, content = self._calibrated(dated_raw, cross), self.content_score(features, cross)
        gated = np.where(content >= self.content_gate, dated, np.minimum(dated, content))
        return gated, dated, dated_raw

    def _raw(self, features: np.ndarray, cross: np.ndarray) -> np.ndarray:
        return np.where(cross, self.cross.raw(features), self.mono.raw(features))

    def _calibrated(self, raw: np.ndarray, cross: np.ndarray) -> np.ndarray:
        return np.where(cross, self.cross.calibrate(raw), self.mono.calibrate(raw))

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
        return read_model(
            path,
            DEFAULT_MODEL,
            lambda data: cls(
                _model(data["mono"]),
                _model(data["cross"]),
                float(data["match_threshold"]),
                float(data["possible_threshold"]),
                dict(data.get("info", {})),
                None if data.get("date_gate") is None else float(data["date_gate"]),
            ),
            what="re-ranker",
            script="train/match_reranker.py",
        )

    def save(self, path: Path) -> None:
        """Write the model as indented JSON."""
        data = {
            "mono": _as_dict(self.mono),
            "cross": _as_dict(self.cross),
            "match_threshold": self.match_threshold,
            "possible_threshold": self.possible_threshold,
            "date_gate": self.date_gate,
            "info": self.info,
        }
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def read_model(path: Path | None, default: str, build: Callable[[dict[str, Any]], T], *, what: str, script: str) -> T:
    """``build`` applied to a JSON model file (``path``, or the package resource ``default``).

    Raises:
        ConfigError: the file is missing or malformed (the message names ``what`` and the ``script`` that writes it).
    """
    try:
        if path is None:
            text = resources.files("sift").joinpath(default).read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        return build(json.loads(text))
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        where = path or f"sift/{default}"
        raise ConfigError(f"cannot load {what} {where}: {error}; run {script}") from None


def _as_dict(model: LinearModel) -> dict[str, Any]:
    """The model as JSON data; a model without floors is written as before they existed."""
    data = asdict(model)
    if not model.floors:
        del data["floors"]
    return data


def _model(data: dict[str, Any]) -> LinearModel:
    return LinearModel(
        features=tuple(data["features"]),
        mean=tuple(float(v) for v in data["mean"]),
        scale=tuple(float(v) for v in data["scale"]),
        coef=tuple(float(v) for v in data["coef"]),
        intercept=float(data["intercept"]),
        calibration_raw=tuple(float(v) for v in data.get("calibration_raw", ())),
        calibration_prob=tuple(float(v) for v in data.get("calibration_prob", ())),
        floors=tuple((str(name), float(floor)) for name, floor in data.get("floors", ())),
    )
