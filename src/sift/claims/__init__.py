"""The ``claims`` stage: score every sentence for check-worthiness and mark the claim-bearing clause.

Scores come from the shipped multilingual model (:mod:`sift.claims.model`); reasons from the cues it
reads (:mod:`sift.claims.features`); spans drop the attribution frame (:mod:`sift.lexicon.frame_stripper`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass
from pathlib import Path

import numpy as np

from sift.claims.features import Cues, cues, reasons
from sift.claims.furniture import block_reasons
from sift.claims.model import CheckworthyModel, load_model, scoring_inputs
from sift.claims.triage import TIER_AROUND, PageSentence, Triaged, triage
from sift.document import Block, Claim, Document, Sentence
from sift.encoders import Encoder, load_encoder
from sift.errors import ConfigError
from sift.lexicon.frame_stripper import strip_frame
from sift.pipeline import Resources, register_stage

__all__ = [
    "DEFAULT_FLOOR",
    "DEFAULT_THRESHOLD",
    "ClaimsConfig",
    "PageScores",
    "detect_claims",
    "score_page",
    "skip_reason",
]

logger = logging.getLogger(__name__)

# Chosen by train/checkworthy.py (mean F1 over held-out late English debates, nl/ar/es dev; en/nl/ar scores are
# calibrated so their own tuned thresholds land here); equals "threshold" in resources/checkworthy/model.json
# (a test checks). Re-run `python bench/checkworthy.py --split dev-test` after retraining.
DEFAULT_THRESHOLD = 0.39
# Sentences scoring below this are left out of ``doc.claims`` entirely: clutter, greetings, fragments.
DEFAULT_FLOOR = 0.15
LABEL_POSITIVE = "check-worthy"
LABEL_NEGATIVE = "not check-worthy"
# Fragments this short with no number are headings or navigation ("Albu Kamal", "Only News").
MIN_WORDS_WITHOUT_NUMBER = 3


@dataclass(frozen=True, slots=True)
class ClaimsConfig:
    """Settings of the ``claims`` stage.

    Args:
        threshold: score from which a sentence is labelled check-worthy (CLI ``--claim-threshold``); a page labels
            fewer when its language has too few training pages (a share of its article sentences) or after its
            first clear drop in priority (:func:`sift.claims.triage.kept_before_drop`).
        floor: score below which a sentence is not listed at all.
        roles: block roles whose sentences are scored.
        model_dir: folder of another model written by ``train/checkworthy.py`` (default: shipped model).
    """

    _: KW_ONLY
    threshold: float = DEFAULT_THRESHOLD
    floor: float = DEFAULT_FLOOR
    roles: tuple[str, ...] = ("body", "related", "quote")
    model_dir: str | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.threshold <= 1.0:
            raise ConfigError(f"claim threshold must be between 0 and 1, got {self.threshold}")
        if not 0.0 <= self.floor <= 1.0:
            raise ConfigError(f"claim floor must be between 0 and 1, got {self.floor}")


def skip_reason(cue: Cues) -> str | None:
    """Why a sentence is not worth scoring at all, or ``None`` when it is.

    Args:
        cue: the sentence's cues.

    Returns:
        ``"no words"`` (blank, digits, emoji), ``"fragment"`` (a heading-like scrap), or ``None``.
    """
    if cue.words == 0:
        return "no words"
    if cue.words < MIN_WORDS_WITHOUT_NUMBER and not (cue.digits or cue.year):
        return "fragment"
    return None


def _encoder_for(resources: Resources, model: CheckworthyModel) -> Encoder:
    """The shared encoder when it is the one the model was trained on, otherwise the model's own."""
    shared = resources.get("encoder", load_encoder)
    if shared.name == model.encoder:
        return shared
    return resources.get(f"encoder:{model.encoder}", lambda: load_encoder(model.encoder))


def _model_for(resources: Resources, config: ClaimsConfig) -> CheckworthyModel:
    if config.model_dir is None:
        return resources.get("checkworthy", load_model)
    directory = Path(config.model_dir)
    return resources.get(f"checkworthy:{directory}", lambda: load_model(directory))


@dataclass(frozen=True, slots=True)
class PageScores:
    """A page's scored sentences: where each is (block, sentence, text, cues), what triage reads, encoder rows."""

    candidates: list[tuple[Block, Sentence, str, Cues]]
    items: list[PageSentence]
    embeddings: np.ndarray


def score_page(
    doc: Document, model: CheckworthyModel, encoder: Callable[[], Encoder], roles: tuple[str, ...]
) -> PageScores:
    """Score every sentence of ``roles`` blocks worth scoring (:func:`skip_reason`), in page order.

    The stage and ``train/checkworthy.py`` (which fits the page head on annotated pages) both read pages
    through this function, so training sees exactly what the stage scores.

    Args:
        doc: a segmented document.
        model: the check-worthiness model.
        encoder: returns the encoder the model was trained with (called only when there is a sentence to score).
        roles: block roles to score.

    Returns:
        The candidates, their :class:`PageSentence` rows with sentence scores, and their encoder rows.
    """
    candidates = []
    for block, sentence, text in doc.iter_sentences(roles):
        text = text[_header_cut(block, sentence) :]
        cue = cues(text)
        reason = skip_reason(cue)
        if reason is not None:
            logger.debug("claims: skipped %s (%s)", sentence.id, reason)
            continue
        candidates.append((block, sentence, text, cue))
    if not candidates:
        return PageScores([], [], np.zeros((0, 0), dtype=np.float32))
    texts = [text for _, _, text, _ in candidates]
    inputs = scoring_inputs(encoder(), texts, [cue for *_, cue in candidates])
    scores = model.score(inputs, [block.lang for block, *_ in candidates])
    blocks = dict(
        zip((block.id for block in doc.blocks), block_reasons([block.text for block in doc.blocks]), strict=True)
    )
    items = [
        PageSentence(text, block.role, len(block.sentences), cue, float(score), doc.language, blocks[block.id])
        for (block, _, text, cue), score in zip(candidates, scores, strict=True)
    ]
    return PageScores(candidates, items, inputs.embeddings)


@register_stage("claims", config=ClaimsConfig, requires=("blocks.sentences",), assigns=("claims",))
def detect_claims(doc: Document, resources: Resources, config: ClaimsConfig) -> Document:
    """Score the sentences of body, related and quote blocks, triage the page, list those above the floor.

    Args:
        doc: a document with segmented blocks.
        resources: shared models (``encoder``, ``checkworthy``).
        config: threshold, floor, roles, model.

    Returns:
        ``doc`` with ``claims`` replaced, in document order, each with its ``rank`` on the page and, for a
        near-duplicate, the sentence it repeats (:func:`sift.claims.triage.triage`).
    """
    model = _model_for(resources, config)
    page = score_page(doc, model, lambda: _encoder_for(resources, model), config.roles)
    doc.claims = []
    if not page.items:
        return doc
    candidates = page.candidates
    triaged = triage(page.items, page.embeddings, model.triage, config.threshold)
    listed = _listed(triaged, config.floor)
    ranks = {rank: number for number, rank in enumerate(sorted({triaged[i].rank for i in listed}), start=1)}
    for index in listed:
        block, sentence, text, cue = candidates[index]
        item = triaged[index]
        cut = _header_cut(block, sentence)
        start, end = (cut + offset for offset in strip_frame(text))
        notes = [f"page furniture: {item.furniture}"] if item.furniture else []
        if item.tier == TIER_AROUND:
            notes.append(f"outside the article: {block.role}")
        doc.claims.append(
            Claim(
                sentence=sentence.id,
                score=round(item.priority, 4),
                label=LABEL_POSITIVE if item.checkworthy else LABEL_NEGATIVE,
                start=sentence.start + start,
                end=sentence.start + end,
                reasons=reasons(cue) + notes,
                rank=ranks[item.rank],
                duplicate_of=None if item.duplicate_of is None else candidates[item.duplicate_of][1].id,
            )
        )
    return doc


def _header_cut(block: Block, sentence: Sentence) -> int:
    """How much of ``sentence`` is its post's header frame ("Alex said: ", "macbacchi: "), which a post's first
    sentence opens with: who posted is the attribution's, and a claim is what was posted (the header is neither
    scored nor shown)."""
    return min(max(block.post_start - sentence.start, 0), sentence.end - sentence.start)


def _listed(triaged: list[Triaged], floor: float) -> list[int]:
    """Indices (page order) of the sentences listed: at or above the floor, and every group representative of a
    listed near-duplicate, so that no listed claim points to a missing one."""
    keep = {index for index, item in enumerate(triaged) if item.priority >= floor}
    keep |= {item.duplicate_of for index, item in enumerate(triaged) if index in keep and item.duplicate_of is not None}
    return sorted(keep)
