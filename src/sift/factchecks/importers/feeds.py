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
from sift.json_input import MAX_JSON_BYTES, JSONLimitError, clean_value, scan_json_stream

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


def _top_level_shape(handle: BinaryIO, size: int, label: str) -> tuple[str, str, Reader]:
    """How to stream an object, from its first top-level key naming a known shape.

    Read with ijson's unprefixed events (flat memory at any depth) until that key. An object of no known
    shape is read whole, so it must fit :data:`~sift.json_input.MAX_JSON_BYTES`.
    """
    import ijson

    depth = 0
    for event, value in ijson.basic_parse(handle):
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
        elif event == "map_key" and depth == 1 and value in _SHAPES:
            return _SHAPES[str(value)]
    if size > MAX_JSON_BYTES:
        raise JSONLimitError(
            f"{label}: a JSON object of {size:,} bytes without dataFeedElement, claims or @graph (sift reads an "
            f"object of no known shape whole, up to {MAX_JSON_BYTES:,} bytes); nothing from this file was imported"
        )
    return "", "object", _single


def read_json(path: Path, label: str, *, is_array: bool) -> Iterator[FactCheck | str]:
    """Each record of a JSON fact-check file as a FactCheck, or a rejection reason string.

    Its nesting is checked first (:func:`~sift.json_input.scan_json_stream`), so that ijson never parses
    a file nested deeper than :data:`~sift.json_input.MAX_JSON_DEPTH`; then records stream item by item.

    Raises:
        InputError: malformed JSON, nested deeper than :data:`~sift.json_input.MAX_JSON_DEPTH`, or an object
            of unknown shape holding no ClaimReview.
    """
    import ijson

    try:
        with path.open("rb") as handle:
            scan_json_stream(handle, what=label)
    except JSONLimitError as error:
        raise JSONLimitError(f"{error}; nothing from this file was imported") from None
    try:
        if is_array:
            prefix, noun, reader = "item", "item", _element
        else:
            with path.open("rb") as handle:
                prefix, noun, reader = _top_level_shape(handle, path.stat().st_size, label)
        for index, item in _items(path, prefix):
            yield from reader(item, f"{label} {noun} {index}")
    except ijson.JSONError as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InputError(f"{label}: malformed JSON ({reason}); nothing from this file was imported") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{label}: not UTF-8 ({error.reason}); nothing from this file was imported") from None


def _items(path: Path, prefix: str) -> Iterator[tuple[int, Any]]:
    """The items under ``prefix``, numbered from 1 (every record's text is cleaned later, in ``build_factcheck``).

    yajl (ijson's fast backend) turns an escaped lone surrogate (``"\\ud800"``) into bytes it then cannot
    decode; from the item where that happens on, the file is read with ijson's Python parser, which keeps
    the surrogate for :func:`~sift.json_input.clean_value` to replace.
    """
    import ijson

    done = 0
    try:
        with path.open("rb") as handle:
            for item in ijson.items(handle, prefix, use_float=True):
                done += 1
                yield done, item
    except UnicodeDecodeError:
        pass
    else:
        return
    with path.open("rb") as handle:
        for index, item in enumerate(ijson.get_backend("python").items(handle, prefix, use_float=True), start=1):
            if index > done:
                yield index, clean_value(item)
