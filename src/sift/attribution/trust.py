"""How sure sift is that a speaker it found really spoke on the page: a small logistic model over what the stage
knows about the speaker (issue #18).

Hand rules written page by page do not transfer to fresh pages (six fresh real-page sets in a row), so a speaker's
confidence is learned instead: a logistic regression over run-time features of the speaker (kind, language, how its
source was read, its cues, quotes, relays, block roles, the shape of its name, whether the page names it elsewhere),
fitted on the hand-annotated real-page dev sets dev..dev9 (a fresh set joins only after its one measurement), with
PolNeAR train's speakers as extra rows at weight 0.1, and the benches' own matching as the label ("correct" or "junk",
``train/speaker_confidence.py``; the model, its threshold and figures in ``resources/attribution/SOURCE-speaker-
confidence.md``). Its probability is mapped onto the document's confidence scale so that the model's threshold falls
on :data:`sift.document.UNCERTAIN_BELOW`: a speaker below it is shown as uncertain, never as a fact, and so are its
statements (an uncertain speaker's attributions are capped at its confidence).
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources as package_resources
from pathlib import Path
from typing import Protocol

from sift.attribution.confidence import PUNCTUATION_CUES
from sift.attribution.frames import ACCORDING_LEMMAS
from sift.document import ARTICLE_ROLES, UNCERTAIN_BELOW, Document, Speaker
from sift.lexicon.languages import LANGUAGES

__all__ = [
    "MODEL_FILE",
    "Evidence",
    "SpeakerModel",
    "SpeakerScorer",
    "load_speaker_model",
    "on_document_scale",
    "speaker_features",
]

MODEL_FILE = "speaker-confidence.json"
#: Languages with a feature of their own; any other language shares ``lang=other``.
FEATURE_LANGUAGES = ("en", "de", "fr", "es", "pt", "pl", "it")
#: How surely the source was read (``sift.attribution.speakers.CERTAINTY``), in bins: named or in the gazetteer
#: (1.0), described (0.9), a title or a definite description (0.85), a near pronoun or a document (0.8), a far
#: pronoun or an unresolved title (0.7), a guess or an unlisted noun (below).
CERTAINTY_BINS = (1.0, 0.9, 0.85, 0.8, 0.7)
_DIGIT = re.compile(r"\d")
#: The highest two-decimal confidence below the uncertain line: what a speaker under the model's threshold shows.
BELOW_LINE = round(UNCERTAIN_BELOW - 0.01, 2)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the stage knew of one attribution before any speaker model: its cue's probability of reporting a
    statement (``sift.attribution.confidence.cue_confidence``) and how surely its source was read (0-1)."""

    cue: float
    certainty: float


class SpeakerScorer(Protocol):
    """What the stage asks of a speaker model (``train/speaker_confidence.py`` injects a recorder instead)."""

    def apply(self, doc: Document, evidence: Mapping[str, Evidence]) -> None:
        """Set ``confidence`` on ``doc.speakers`` and cap their attributions'."""


def _certainty_bin(value: float) -> str:
    for edge in CERTAINTY_BINS:
        if value >= edge - 1e-9:
            return f"certainty>={edge}"
    return "certainty<0.7"


def _cue_class(lemma: str | None, lang: str) -> str:
    """verb, according, noun, punctuation or none: what kind of word cues the statement."""
    if not lemma:
        return "none"
    lowered = lemma.lower()
    if lowered in PUNCTUATION_CUES:
        return "punctuation"
    if lowered in ACCORDING_LEMMAS:
        return "according"
    row = LANGUAGES.get(lang)
    if row is not None and lowered in row.speakers.speech_nouns:
        return "noun"
    return "verb"


def _occurrences(names: Iterable[str], text: str) -> int:
    """How often any of ``names`` stands in ``text`` as whole words (case kept)."""
    count = 0
    for name in {name.strip() for name in names if len(name.strip()) > 1}:
        count += len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    return count


def speaker_features(doc: Document, speaker: Speaker, evidence: Mapping[str, Evidence]) -> dict[str, float]:
    """The features of one speaker of ``doc`` (names and values; absent features are 0). ``evidence``: per
    attribution id, what the stage knew before any speaker model."""
    by_id = {attribution.id: attribution for attribution in doc.attributions}
    attributions = [by_id[a] for a in speaker.attributions if a in by_id]
    lang = speaker.languages[0] if speaker.languages else "und"
    names = [speaker.name, *speaker.aliases]
    features: defaultdict[str, float] = defaultdict(float)
    features[f"kind={speaker.kind}"] = 1.0
    features[f"lang={lang if lang in FEATURE_LANGUAGES else 'other'}"] = 1.0
    features["languages>1"] = float(len(speaker.languages) > 1)
    features["attributions"] = math.log1p(len(attributions))
    known = [evidence[a.id] for a in attributions if a.id in evidence]
    if known:
        features["best_cue"] = max(item.cue for item in known)
        features["best_confidence"] = max(item.cue * item.certainty for item in known)
        features[_certainty_bin(max(item.certainty for item in known))] = 1.0
    features["distinct_cues"] = math.log1p(len({(a.cue.lemma or "").lower() for a in attributions if a.cue}))
    blocks = {block.id: block for block in doc.blocks}
    folded = [name.casefold() for name in names if name]
    for attribution in attributions:
        share = 1.0 / len(attributions)
        block = blocks[attribution.block_id]
        features[f"cue={_cue_class(attribution.cue.lemma if attribution.cue else None, block.lang)}"] += share
        features[f"form={attribution.kind}"] += share
        features[f"role={'article' if block.role in ARTICLE_ROLES else block.role}"] += share
        features["relayed"] = max(features["relayed"], float(bool(attribution.via)))
        framed = blocks[attribution.frame_block_id].text  # the source may sit in the block next to the content
        source = framed[attribution.source.start : attribution.source.end] if attribution.source else ""
        features["source_names_it"] += share * any(name in source.casefold() for name in folded)
        features["source_pronoun"] += share * (len(source.split()) == 1 and source.islower())
        features["source_none"] += share * (not source)
    if attributions:
        first = blocks[attributions[0].block_id]
        features["first_position"] = doc.blocks.index(first) / max(len(doc.blocks) - 1, 1)
    words = speaker.name.split()
    features["name_words"] = min(len(words), 6) / 6
    features["name_capitalised"] = sum(word[:1].isupper() for word in words) / max(len(words), 1)
    features["name_lower_start"] = float(speaker.name[:1].islower())
    features["name_upper"] = float(speaker.name.isupper() and len(speaker.name) > 1)
    features["name_digits"] = float(bool(_DIGIT.search(speaker.name)))
    features["aliases"] = math.log1p(len(speaker.aliases))
    article = "\n".join(block.text for block in doc.blocks if block.role in ARTICLE_ROLES)
    features["named_in_article"] = math.log1p(max(_occurrences(names, article) - len(attributions), 0))
    features["named_in_title"] = float(_occurrences(names, doc.title or "") > 0)
    return dict(features)


def on_document_scale(probability: float, threshold: float) -> float:
    """A model probability on the document's confidence scale: piecewise linear, 0 → 0, ``threshold`` →
    :data:`UNCERTAIN_BELOW`, 1 → 1 (monotone, so the model's order is kept)."""
    if probability < threshold:
        return UNCERTAIN_BELOW * probability / threshold
    return UNCERTAIN_BELOW + (1 - UNCERTAIN_BELOW) * (probability - threshold) / (1 - threshold)


@dataclass(frozen=True, slots=True)
class SpeakerModel:
    """A logistic regression over :func:`speaker_features` (standardised with ``means`` and ``scales``) and the
    probability below which a speaker is uncertain."""

    weights: dict[str, float]
    means: dict[str, float]
    scales: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        """The model's probability that the speaker is a real speaker of the page."""
        logit = self.bias + sum(
            weight * (features.get(name, 0.0) - self.means[name]) / self.scales[name]
            for name, weight in self.weights.items()
        )
        return 1.0 / (1.0 + math.exp(-max(min(logit, 30.0), -30.0)))

    def apply(self, doc: Document, evidence: Mapping[str, Evidence]) -> None:
        """Each speaker's confidence on the document scale; an uncertain speaker's attributions are capped at it."""
        by_id = {attribution.id: attribution for attribution in doc.attributions}
        for speaker in doc.speakers:
            probability = self.probability(speaker_features(doc, speaker, evidence))
            confidence = round(on_document_scale(probability, self.threshold), 2)
            if probability < self.threshold:  # rounding must not lift a speaker over the line (0.4967 -> 0.50)
                confidence = min(confidence, BELOW_LINE)
            speaker.confidence = confidence
            if speaker.confidence < UNCERTAIN_BELOW:
                for attribution_id in speaker.attributions:
                    if attribution_id in by_id:
                        attribution = by_id[attribution_id]
                        attribution.confidence = min(attribution.confidence, speaker.confidence)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> SpeakerModel:
        """The model as ``train/speaker_confidence.py`` writes it."""
        scales = dict(data["scales"])  # type: ignore[call-overload]
        if any(float(scale) <= 0 for scale in scales.values()):
            raise ValueError("speaker model: every feature scale must be positive")
        return cls(
            weights=dict(data["weights"]),  # type: ignore[call-overload]
            means=dict(data["means"]),  # type: ignore[call-overload]
            scales=scales,
            bias=float(data["bias"]),  # type: ignore[arg-type]
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
        )


def load_speaker_model(path: Path | None = None) -> SpeakerModel:
    """The speaker model shipped in ``resources/attribution`` (or the one at ``path``)."""
    path = path or Path(str(package_resources.files("sift") / "resources" / "attribution" / MODEL_FILE))
    return SpeakerModel.from_dict(json.loads(path.read_text(encoding="utf-8")))
