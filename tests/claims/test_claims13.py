"""claims13: reference-list entries are page furniture (clutter that reached a page's top five on realpages-dev10)."""

from __future__ import annotations

import numpy as np
import pytest

from sift.claims.features import cues
from sift.claims.furniture import furniture_reason
from sift.claims.triage import TIER_FURNITURE, PageSentence, triage


@pytest.mark.parametrize(
    "text",
    [
        "12. Doe JA, Roe RB, Poe C, et al. Effect of daily walks on sleep in older adults.",
        "4. Miller K,Otto B, andSmith CD. A trial of two diets.",
        "Meier T, Schulz B, Vogel W, 1998.",
        "Brown AB, Green CD, 2015. Bees and lime trees. Journal of Insects 12: 3-9.",
        "7. Garcia M et al. Rainfall in the north, 1990-2010.",
    ],
)
def test_reference_list_entries_are_furniture(text: str) -> None:
    assert furniture_reason(text) == "reference list entry"


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 3% in 2019, the ministry said.",
        "Smith, the mayor, said on Monday that 40 people were hurt.",
        "The study by Doe et al. found that walks improve sleep.",  # a finding that cites its source
        "John F Kennedy, Lyndon B Johnson and Richard Nixon escalated the war.",  # initials without a mark
        "2. Add the flour and stir for two minutes.",
        # companies, clubs and states are no authors, and authors open an entry (review33)
        "Volkswagen AG, Siemens AG, BASF SE and Bayer AG posted record profits in 2022.",
        "Clubs such as Liverpool FC, Chelsea FC, and Arsenal FC have spent more than ever since 2020.",
        "Senators Warren MA, Sanders VT, and Booker NJ voted against the bill in 2019.",
        "Die Konzerne Siemens AG, Bayer AG und BASF SE meldeten 2022 Rekordgewinne.",
    ],
)
def test_prose_is_not_a_reference_entry(text: str) -> None:
    assert furniture_reason(text) != "reference list entry"


def test_a_reference_entry_ranks_below_the_article() -> None:
    texts = [
        "The vaccine cut hospital stays by 12% among people over 65, the study found.",
        "3. Doe JA, Roe RB, Poe C, et al. Efficacy of a vaccine in older adults.",
    ]
    items = [PageSentence(text, "body", 2, cues(text), 0.9 if index else 0.6, "en") for index, text in enumerate(texts)]
    result = triage(items, np.zeros((2, 4), dtype=np.float32), None, 0.5)
    assert result[1].tier == TIER_FURNITURE and result[1].furniture == "reference list entry"
    assert not result[1].checkworthy and result[1].rank > result[0].rank
