"""extract44 (issue #18): a related box's teaser never ranks above the article's own sentences."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sift.claims import ClaimsConfig, detect_claims
from sift.claims.triage import TIER_AROUND, TIER_FURNITURE, Triaged, _ranked
from sift.document import Document
from sift.pipeline import Resources

PODCAST = [
    ("body", "en", "The Davis Cup Final began on Monday with the new-look format at the Magic Box in Madrid."),
    ("body", "en", "Afterwards, the podcast team gave their initial impressions of the new format."),
    ("body", "en", "The podcast is produced weekly throughout the year, and daily during the Grand Slams."),
    (
        "related",
        "en",
        "Outgoing ATP president Chris Kermode said on Wednesday that his removal from office cost the tour "
        "$40 million in sponsorship.",
    ),
    ("related", "en", "Rafael Nadal bounces back to keep hopes of ending the year as No 1 alive."),
]


def _ranks(doc: Document) -> dict[str, tuple[int, str]]:
    return {claim.sentence.split(".")[0]: (claim.rank, claim.label) for claim in doc.claims}


def test_a_check_worthy_teaser_ranks_after_every_article_sentence(
    resources: Resources, make_document: Callable[..., Document]
) -> None:
    doc = detect_claims(make_document(PODCAST), resources, ClaimsConfig(floor=0.0))
    ranks = _ranks(doc)
    article = [ranks[block][0] for block in ("b0", "b1", "b2")]
    assert min(ranks["b3"][0], ranks["b4"][0]) > max(article), ranks


def _order(triaged: list[Triaged], related: list[bool]) -> list[int]:
    count = len(triaged)
    order, _ = _ranked(triaged, [f"text {i}" for i in range(count)], [set()] * count, np.eye(count), related)
    return order


def test_ranks_article_then_captions_then_related_then_furniture() -> None:
    triaged = [
        Triaged(0.2, TIER_FURNITURE, furniture="ad"),  # 0 furniture
        Triaged(0.9, TIER_AROUND, checkworthy=True),  # 1 related, check-worthy
        Triaged(0.1, 0),  # 2 article, not check-worthy
        Triaged(0.6, 0, checkworthy=True),  # 3 article, check-worthy
        Triaged(0.7, TIER_AROUND, checkworthy=True),  # 4 caption, check-worthy
        Triaged(0.3, TIER_AROUND),  # 5 related
    ]
    related = [False, True, False, False, False, True]
    assert _order(triaged, related) == [3, 4, 2, 1, 5, 0]
