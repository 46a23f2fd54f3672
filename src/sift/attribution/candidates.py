"""Frame-level features of English cue candidates: the token scorer proposes a cue, the frame around it decides.

The token scorer (``ParseModel.cue_scores``) judges a word by its neighbourhood. Whether the word really
reports something shows better in the frame built around it: is there a source and of which kind, is the
content quoted, on which side of the cue it lies, does the candidate sit inside another candidate's content
("what they say was …" inside someone's statement). A second linear model over these features, fitted with
labels that ask whether a frame's cue overlaps a gold cue (the benchmark's matching rule), accepts or rejects
each candidate (``train/attribution_en.py`` fits it on cross-fitted token scores).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from sift.attribution.frames import Frame, Span, frame_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Candidate", "candidate_frames", "frame_features"]

#: Token log-odds a word needs to be proposed at all; lower costs speed and barely adds recall (PolNeAR
#: train-holdout, bench/attribution.py --split train-holdout).
CANDIDATE_FLOOR = -3.0
#: Edges of the token-score buckets (half log-odds steps).
SCORE_EDGES = tuple(np.arange(-3.0, 4.0, 0.5))
#: Edges of content length (characters), cue length (characters) and nesting score-difference buckets.
CONTENT_EDGES = (20, 60, 150, 300)
CUE_EDGES = (3, 8, 15, 30)
NEST_EDGES = (-2.0, 0.0, 2.0)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed cue: its head token, the frame read off the parse, the token score, and whether it is a core verb."""

    token: Token
    frame: Frame
    score: float
    core: bool


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value > edge for edge in edges)


def candidate_frames(
    doc: Doc, scores: np.ndarray, frame_of: Callable[[Token], Frame | None], is_core: Callable[[Token], bool]
) -> list[Candidate]:
    """Candidates of a parsed block: tokens above ``CANDIDATE_FLOOR`` (or core reporting verbs) that head a frame."""
    candidates = []
    for token in doc:
        if token.is_space or (token.is_punct and token.text != ":"):
            continue
        core = is_core(token)
        if scores[token.i] <= CANDIDATE_FLOOR and not core:
            continue
        frame = frame_of(token)
        if frame is not None:
            candidates.append(Candidate(token, frame, float(scores[token.i]), core))
    return candidates


def _source_pos(doc: Doc, source: Span | None, starts: np.ndarray) -> str:
    """Part of speech of the syntactic head of a source span (``none`` without a source): its first token whose
    head lies outside the span or is itself. ``starts``: the doc's token offsets (``doc.to_array("IDX")``), so the
    span's tokens are found by bisection instead of by building every token of the block for each candidate."""
    if source is None:
        return "none"
    first, last = (int(i) for i in np.searchsorted(starts, source))  # the tokens with source[0] <= idx < source[1]
    for i in range(first, last):
        token = doc[i]
        head = token.head.i
        if not first <= head < last or head == i:
            return token.pos_
    return "none"


def _side(frame: Frame) -> str:
    """Where the content lies relative to the cue."""
    assert frame.cue is not None
    start, end = min(s for s, _ in frame.content), max(e for _, e in frame.content)
    return "after" if start >= frame.cue[1] else "before" if end <= frame.cue[0] else "around"


def frame_features(doc: Doc, candidates: list[Candidate], regions: list[Span], in_quote: list[bool]) -> list[list[str]]:
    """Sparse string features of each candidate frame (shared by training and prediction)."""
    rows = []
    starts = doc.to_array("IDX") if candidates else np.zeros(0, dtype=np.uint64)
    for candidate in candidates:
        token, frame, score = candidate.token, candidate.frame, candidate.score
        assert frame.cue is not None
        lemma = frame.cue_lemma or ""
        kind = frame_kind(frame.content, regions, lemma)
        source = _source_pos(doc, frame.source, starts)
        side = _side(frame)
        nest = max(
            (o.score for o in candidates if o is not candidate and any(s <= token.idx < e for s, e in o.frame.content)),
            default=None,
        )
        hosts = sum(o is not candidate and any(s <= o.token.idx < e for s, e in frame.content) for o in candidates)
        rows.append(
            [
                f"sb={_bucket(score, SCORE_EDGES)}",
                f"src={source}",
                f"k={kind}",
                f"side={side}",
                f"cl={_bucket(sum(e - s for s, e in frame.content), CONTENT_EDGES)}",
                f"iq={in_quote[token.i]}",
                f"pd={token.pos_}|{token.dep_}",
                f"l={lemma}",
                f"ls={lemma}|{source}",
                f"lk={lemma}|{kind}",
                f"cw={_bucket(frame.cue[1] - frame.cue[0], CUE_EDGES)}",
                f"nest={'none' if nest is None else _bucket(nest - score, NEST_EDGES)}",
                f"hosts={min(hosts, 2)}",
                f"core={candidate.core}",
                f"sk={source}|{kind}",
                f"kside={kind}|{side}",
                f"hd={token.head.pos_}|{token.dep_}",
            ]
        )
    return rows
