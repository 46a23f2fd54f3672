"""extract44 (issue #18): a teaser list's dated item is never check-worthy and never ranks above the article."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from sift.claims import ClaimsConfig, detect_claims
from sift.claims.features import cues
from sift.claims.triage import PageSentence, is_dated_teaser, triage
from sift.document import Document
from sift.pipeline import Resources

PODCAST = [
    ("body", "en", "The Davis Cup Final began on Monday with the new-look format at the Magic Box in Madrid."),
    ("body", "en", "Afterwards, the podcast team gave their initial impressions of the new format."),
    ("body", "en", "The podcast is produced weekly throughout the year, and daily during the Grand Slams."),
    (
        "related",
        "en",
        "13 Nov 2019, 9:19pm Outgoing ATP president Chris Kermode said his removal from office cost the tour "
        "$40 million in sponsorship.",
    ),
    ("related", "en", "16 Nov 2019, 6:50pm Rafael Nadal bounces back to keep hopes of ending the year as No 1 alive."),
]


def test_a_dated_teaser_ranks_after_every_article_sentence_and_is_not_check_worthy(
    resources: Resources, make_document: Callable[..., Document]
) -> None:
    doc = detect_claims(make_document(PODCAST), resources, ClaimsConfig(floor=0.0))
    ranks = {claim.sentence.split(".")[0]: (claim.rank, claim.label) for claim in doc.claims}
    article = [ranks[block][0] for block in ("b0", "b1", "b2")]
    for teaser in ("b3", "b4"):
        assert ranks[teaser][0] > max(article), ranks
        assert ranks[teaser][1] == "not check-worthy", ranks


@pytest.mark.parametrize(
    "text",
    [
        "13 Nov 2019, 9:19pm Outgoing ATP president Chris Kermode on his removal from office",
        "• 2019-11-13 Nadal wins in Madrid after a four-hour final",
        "12.03.2021 Bundestag beschließt das neue Klimagesetz mit knapper Mehrheit",
    ],
)
def test_a_related_line_opened_by_its_date_is_a_dated_teaser(text: str) -> None:
    assert is_dated_teaser(text)


@pytest.mark.parametrize(
    "text",
    [
        "Related: 40% of voters stayed home.",
        "Le ministère russe de la Défense a publié le 9 novembre des photos du convoi.",
        "On 13 Nov 2019 the ATP said its president would leave.",
    ],
)
def test_a_related_paragraph_is_no_dated_teaser(text: str) -> None:
    assert not is_dated_teaser(text)


def test_a_related_paragraph_above_the_threshold_stays_check_worthy() -> None:
    lines = [
        ("The weather was nice on the day of the vote.", 0.2, "body"),
        ("Related: 40% of voters stayed home.", 0.8, "related"),
        ("12 March 2021, 10:05 Turnout was 61%, the lowest since 1950.", 0.9, "related"),
    ]
    items = [PageSentence(text, role, 1, cues(text), score) for text, score, role in lines]
    result = triage(items, np.zeros((len(items), 4), dtype=np.float32), None, threshold=0.5)
    assert [triaged.checkworthy for triaged in result] == [False, True, False]
    assert [triaged.rank for triaged in result] == [2, 1, 3]
