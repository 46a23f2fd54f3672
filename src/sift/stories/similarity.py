"""The link score of two documents: how sure we are that they tell the same story.

``score = cosine + name_weight * names + number_weight * numbers + factcheck_weight * factchecks
- gap_weight * days apart / window``, where each evidence term is in 0..1:

- *cosine* of the two story vectors (title + lead + claims, multilingual encoder);
- *names*: the share of the rarer side's name weight that the other side shares (spelling-tolerant keys,
  weighted by inverse document frequency so a name every story of the month carries counts little), times
  ``min(1, shared / 2)`` so one lone shared name is half-evidence;
- *numbers*: ``min(1, shared / 2)`` over numbers of two or more digits that are not years;
- *factchecks*: 1 when a fact-check was matched in both.

The score is compared with a threshold that is lower across languages (see :class:`StoryConfig`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from sift.stories.config import StoryConfig
from sift.stories.features import StoryDocument
from sift.stories.names import shared_keys

__all__ = ["IDF_PRIOR_DOCUMENTS", "Evidence", "idf", "link_evidence"]

#: Documents an index is assumed to hold besides its own when weighting names, so the first few hundred
#: documents do not make every name look common (a name in 8 of 60 documents still weighs ~4.8, against ~6.3
#: for a name seen once; at 100,000 documents a name in 5,000 of them weighs ~3).
IDF_PRIOR_DOCUMENTS = 1000


def idf(documents: int, frequency: int) -> float:
    """Inverse document frequency of a name found in ``frequency`` of ``documents`` documents."""
    return math.log(1 + (documents + IDF_PRIOR_DOCUMENTS) / (frequency + 1))


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why two documents are (or are not) linked: each signal, and the score they add up to."""

    cosine: float
    names: float
    shared_names: tuple[str, ...]
    numbers: float
    shared_numbers: tuple[str, ...]
    shared_factchecks: tuple[str, ...]
    gap_days: float
    score: float


def link_evidence(
    a: StoryDocument,
    b: StoryDocument,
    config: StoryConfig,
    weight: Callable[[str], float],
    cosine: float | None = None,
    at_least: float | None = None,
) -> Evidence | None:
    """The evidence that ``a`` and ``b`` tell the same story.

    Args:
        a, b: the two documents.
        config: weights and window.
        weight: a name key's weight (its inverse document frequency in the index).
        cosine: their vectors' cosine when the caller already has it (from the nearest-neighbour search).
        at_least: the score the caller needs; when the other signals leave it out of reach even with every
            name shared, ``None`` is returned before names are compared (the costly part: in a dense window
            most candidates stop here, and nothing that could pass is skipped).
    """
    if cosine is None:
        cosine = float(a.vector @ b.vector)
    shared_numbers = tuple(sorted(a.numbers & b.numbers))
    numbers = min(1.0, len(shared_numbers) / 2)
    shared_factchecks = tuple(sorted(a.factchecks & b.factchecks))
    gap_days = abs(a.day - b.day)
    rest = (
        config.number_weight * numbers
        + config.factcheck_weight * (1.0 if shared_factchecks else 0.0)
        - config.gap_weight * min(1.0, gap_days / config.window_days)
    )
    # the slack keeps a score that rounding would put a hair over the bound from being cut
    if at_least is not None and cosine + config.name_weight + rest < at_least - 1e-9:
        return None
    pairs = shared_keys(a.names, b.names) if a.names and b.names else []
    names = 0.0
    if pairs:
        mass = min(sum(map(weight, a.names)), sum(map(weight, b.names)))
        shared = sum(weight(mine) for mine, _ in pairs)
        names = min(1.0, shared / mass) * min(1.0, len(pairs) / 2) if mass > 0 else 0.0
    score = (  # summed in this order (not ``+ rest``) so scores stay bit-identical to earlier runs
        cosine
        + config.name_weight * names
        + config.number_weight * numbers
        + config.factcheck_weight * (1.0 if shared_factchecks else 0.0)
        - config.gap_weight * min(1.0, gap_days / config.window_days)
    )
    return Evidence(
        cosine=cosine,
        names=names,
        shared_names=tuple(mine for mine, _ in pairs),
        numbers=numbers,
        shared_numbers=shared_numbers,
        shared_factchecks=shared_factchecks,
        gap_days=gap_days,
        score=score,
    )
