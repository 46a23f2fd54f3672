"""extract45 (issue #18): a related teaser stamped with its age ("… 2 days ago on Mac Blog …") is never
check-worthy, so a restored "More … stories" box does not rank above the article."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.claims import ClaimsConfig, detect_claims
from sift.claims.triage import is_dated_teaser
from sift.document import Document
from sift.pipeline import Resources

BLOG = [
    ("body", "en", "The report claims the display size will remain 13.3 inches, according to the supplier."),
    (
        "body",
        "en",
        "The entry-level 13-inch model was last updated in July, while higher-end models were refreshed in May.",
    ),
    (
        "related",
        "en",
        "Deals: 15-Inch Laptop Hits New Low Price (Up to $450 Off) and Headphones Discounted to $200 2 days ago "
        "on Mac Blog Amazon has cut the price of the laptop by 450 dollars.",
    ),
    ("related", "en", "Payments Now Available in Belarus 22 hours ago on iOS Blog Payments launched in Belarus today."),
]


def test_an_age_stamped_teaser_ranks_after_every_article_sentence(
    resources: Resources, make_document: Callable[..., Document]
) -> None:
    doc = detect_claims(make_document(BLOG), resources, ClaimsConfig(floor=0.0))
    ranks = {claim.sentence.split(".")[0]: (claim.rank, claim.label) for claim in doc.claims}
    article = [rank for key, (rank, _) in ranks.items() if key in ("b0", "b1")]
    teasers = {key: value for key, value in ranks.items() if key in ("b2", "b3")}
    assert teasers and article
    for rank, label in teasers.values():
        assert rank > max(article), ranks
        assert label == "not check-worthy", ranks


@pytest.mark.parametrize(
    "text",
    [
        "Apple Pay Now Available in Belarus 22 hours ago on iOS Blog Apple Pay launched in Belarus today.",
        "Top Stories: New Laptop Debuts, and More 4 days ago on Mac Blog The biggest news of the week.",
        "Neue Regeln für Mieter – vor 3 Stunden",
        "Nouvelles règles pour les locataires | il y a 2 heures",
        "Police close the bridge 5 min ago",
    ],
)
def test_a_related_line_stamped_with_its_age_is_a_teaser(text: str) -> None:
    assert is_dated_teaser(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the plan, adopted 2 days ago, would cost 3 billion euros.",
        "He arrived 30 years ago and never left the village.",
        "Der Minister sagte vor 3 Stunden im Parlament, die Lage sei ernst.",
        "The company said sales rose 5 percent.",
    ],
)
def test_an_age_inside_a_sentence_is_no_stamp(text: str) -> None:
    assert not is_dated_teaser(text)
