"""Write stored fact-checks out as a schema.org ClaimReview DataFeed (JSON-LD) or as JSONL, streamed.

The DataFeed has the shape of the DataCommons ClaimReview feed, so ``sift factchecks import`` and other
ClaimReview consumers read it back. Graded verdicts also get a numeric 1-5 ``ratingValue`` (5 = true).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from sift.factchecks.record import FactCheck

__all__ = ["EXPORT_FORMATS", "claimreview_node", "write_claimreview_feed", "write_factchecks", "write_jsonl"]

EXPORT_FORMATS = ("claimreview", "jsonl")
#: ClaimReview ``ratingValue`` on a 1 (worst) to 5 (best) scale for the graded verdicts.
_RATING_VALUES = {"false": 1, "mostly-false": 2, "mixed": 3, "mostly-true": 4, "true": 5}


def _present(node: dict[str, Any]) -> dict[str, Any]:
    """The node without empty values (ClaimReview consumers treat ``null`` as a value)."""
    return {key: value for key, value in node.items() if value not in (None, "", [], {})}


def claimreview_node(record: FactCheck) -> dict[str, Any]:
    """One FactCheck as a schema.org ClaimReview JSON-LD node."""
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": record.rating}
    if record.verdict in _RATING_VALUES:
        rating.update(ratingValue=_RATING_VALUES[record.verdict], bestRating=5, worstRating=1)
    appearances = [{"@type": "ImageObject", "contentUrl": url} for url in record.image_urls]
    appearances += [{"@type": "VideoObject", "contentUrl": url} for url in record.video_urls]
    claim = {
        "@type": "Claim",
        "author": {"@type": "Person", "name": record.claimant} if record.claimant else None,
        "datePublished": record.claim_date,
        "appearance": appearances,
    }
    return _present(
        {
            "@type": "ClaimReview",
            "url": record.review_url,
            "claimReviewed": record.claim,
            "headline": record.title,
            "datePublished": record.review_date,
            "inLanguage": record.language if record.language != "und" else None,
            "author": _present({"@type": "Organization", "name": record.publisher_name, "url": record.publisher_site}),
            "itemReviewed": _present(claim),
            "reviewRating": _present(rating),
        }
    )


def write_claimreview_feed(records: Iterable[FactCheck], out: TextIO, *, name: str = "sift fact-checks") -> int:
    """Write a ClaimReview ``DataFeed`` (one ``DataFeedItem`` per record) without holding it in memory.

    Returns:
        How many records were written.
    """
    header = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": name,
        "dateModified": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    out.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "dataFeedElement": [\n')
    count = 0
    for count, record in enumerate(records, start=1):
        element = {"@type": "DataFeedItem", "item": [claimreview_node(record)]}
        out.write(("" if count == 1 else ",\n") + json.dumps(element, ensure_ascii=False))
    out.write("\n]}\n")
    return count


def write_jsonl(records: Iterable[FactCheck], out: TextIO) -> int:
    """Write one ``FactCheck.to_dict()`` per line (the format of the bundled sample).

    Returns:
        How many records were written.
    """
    count = 0
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_factchecks(records: Iterable[FactCheck], out: TextIO, format: str) -> int:
    """Write records in one of ``EXPORT_FORMATS``.

    Raises:
        ValueError: unknown format (the CLI validates it first).
    """
    if format == "claimreview":
        return write_claimreview_feed(records, out)
    if format == "jsonl":
        return write_jsonl(records, out)
    raise ValueError(f"unknown export format {format!r}: use one of {', '.join(EXPORT_FORMATS)}")
