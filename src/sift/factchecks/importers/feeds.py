"""JSON fact-check files, streamed with ijson so a 500k-record feed never sits in memory at once.

Shapes, told apart by their top-level keys: a schema.org ``DataFeed`` (``dataFeedElement[].item[]``, the
DataCommons ClaimReview feed), a Fact Check Tools API ``claims:search`` response (``claims[].claimReview[]``),
a JSON-LD ``@graph``, a top-level array of ClaimReviews, or one ClaimReview object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from sift.errors import InputError
from sift.factchecks.importers.claimreview import (
    claimreviews_to_factchecks,
    find_claimreviews,
    search_review_to_factcheck,
)
from sift.factchecks.importers.tabular import factcheck_from_fields
from sift.factchecks.record import FactCheck

__all__ = ["read_json"]

Reader = Callable[[Any, str], Iterator[FactCheck | str]]


def _has_fields(value: Any) -> bool:
    """Whether a JSON value is a record keyed by FactCheck field names (a one-record JSONL file, say)."""
    return isinstance(value, dict) and "claim" in value and "review_url" in value


def _from_fields(row: dict[str, Any], label: str) -> Iterator[FactCheck | str]:
    try:
        yield factcheck_from_fields(row)
    except InputError as error:
        yield f"{label}: {error}"


def _element(element: Any, label: str) -> Iterator[FactCheck | str]:
    """The ClaimReviews of one feed element or array item (or its FactCheck fields)."""
    nodes = list(find_claimreviews(element))
    if nodes:
        yield from claimreviews_to_factchecks(nodes, label)
    elif _has_fields(element):
        yield from _from_fields(element, label)
    else:
        yield f"{label}: no ClaimReview in this element"


def _search_claim(claim: Any, label: str) -> Iterator[FactCheck | str]:
    """The reviews of one ``claims:search`` claim."""
    reviews = claim.get("claimReview") if isinstance(claim, dict) else None
    if not reviews or not isinstance(reviews, list):
        yield f"{label}: claim has no claimReview list"
        return
    for index, review in enumerate(reviews, start=1):
        try:
            yield search_review_to_factcheck(claim, review if isinstance(review, dict) else {})
        except InputError as error:
            yield f"{label}: claimReview {index}: {error}"


def _single(document: Any, label: str) -> Iterator[FactCheck | str]:
    """A JSON object of no known feed shape: ClaimReview nodes somewhere in it, or one FactCheck record."""
    if not _has_fields(document) and next(find_claimreviews(document), None) is None:
        raise InputError(
            f"{label}: no ClaimReview found: expected a DataFeed (dataFeedElement), a claims:search response "
            "(claims), JSON-LD ClaimReview(s), JSONL or CSV"
        )
    yield from _element(document, label)


#: Top-level key → (ijson prefix of the streamed items, what an item is called, its reader).
_SHAPES: dict[str, tuple[str, str, Reader]] = {
    "dataFeedElement": ("dataFeedElement.item", "element", _element),
    "@graph": ("@graph.item", "node", _element),
    "claims": ("claims.item", "claim", _search_claim),
}


def _top_level_shape(handle: BinaryIO) -> tuple[str, str, Reader]:
    """How to stream this object, from its first top-level key naming a known shape (flat memory)."""
    import ijson

    for prefix, event, value in ijson.parse(handle):
        if prefix == "" and event == "map_key" and value in _SHAPES:
            return _SHAPES[str(value)]
    return "", "object", _single


def read_json(path: Path, label: str, *, is_array: bool) -> Iterator[FactCheck | str]:
    """Each record of a JSON fact-check file as a FactCheck, or a rejection reason string.

    Raises:
        InputError: malformed JSON, or an object of unknown shape holding no ClaimReview.
    """
    import ijson

    try:
        if is_array:
            prefix, noun, reader = "item", "item", _element
        else:
            with path.open("rb") as handle:
                prefix, noun, reader = _top_level_shape(handle)
        with path.open("rb") as handle:
            for index, item in enumerate(ijson.items(handle, prefix, use_float=True), start=1):
                yield from reader(item, f"{label} {noun} {index}")
    except ijson.JSONError as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InputError(f"{label}: malformed JSON ({reason}); nothing from this file was imported") from None
