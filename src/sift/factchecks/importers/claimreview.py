"""Read schema.org ClaimReview nodes (JSON-LD, microdata, framed RDFa) and Fact Check Tools API claims."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sift.errors import InputError
from sift.factchecks.importers.records import build_factcheck
from sift.factchecks.record import FactCheck
from sift.factchecks.verdicts import normalise_verdict, scale_verdict

__all__ = [
    "claimreview_to_factcheck",
    "claimreviews_to_factchecks",
    "find_claimreviews",
    "frame_rdfa",
    "is_claimreview",
    "search_review_to_factcheck",
]

SCHEMA_PREFIXES = ("http://schema.org/", "https://schema.org/", "schema:")


def _short(name: str) -> str:
    """``https://schema.org/ClaimReview`` and ``schema:ClaimReview`` → ``ClaimReview``."""
    for prefix in SCHEMA_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _type_names(node: dict[str, Any]) -> list[str]:
    types = node.get("@type", [])
    return [_short(str(name)) for name in (types if isinstance(types, list) else [types])]


def is_claimreview(node: Any) -> bool:
    """Whether a JSON value is a schema.org ClaimReview node."""
    return isinstance(node, dict) and "ClaimReview" in _type_names(node)


def find_claimreviews(data: Any) -> Iterator[dict[str, Any]]:
    """Every ClaimReview node in a JSON-LD value (``@graph``, lists, nesting), outermost first."""
    if isinstance(data, list):
        for item in data:
            yield from find_claimreviews(item)
    elif isinstance(data, dict):
        if is_claimreview(data):
            yield data
            return
        for value in data.values():
            yield from find_claimreviews(value)


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(value: Any) -> str | None:
    """A plain string from a literal, a ``{"@value": …}``/``{"name": …}`` node, or a list of them."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value", value.get("name", value.get("@id")))
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _name(value: Any) -> str | None:
    value = _first(value)
    return _text(value.get("name")) if isinstance(value, dict) else _text(value)


def _node(value: Any) -> dict[str, Any]:
    value = _first(value)
    return value if isinstance(value, dict) else {}


def _number(value: Any) -> float | None:
    try:
        return float(str(_text(value)).replace(",", "."))
    except ValueError:
        return None


def _rating(review_rating: dict[str, Any], language: str | None) -> tuple[str, str]:
    """The publisher's wording and the verdict, using the numeric scale when the wording says nothing."""
    textual = _text(review_rating.get("alternateName")) or _text(review_rating.get("name")) or ""
    verdict = normalise_verdict(textual, language)
    if verdict != "other":
        return textual, verdict
    value, best = _number(review_rating.get("ratingValue")), _number(review_rating.get("bestRating"))
    if value is not None and best is not None:
        worst = _number(review_rating.get("worstRating"))
        verdict = scale_verdict(value, best, 1.0 if worst is None else worst)
        textual = textual or f"{_text(review_rating.get('ratingValue'))}/{_text(review_rating.get('bestRating'))}"
    return textual, verdict


def _appearances(claim: dict[str, Any], kind: str) -> list[str]:
    found = []
    for key in ("appearance", "firstAppearance"):
        values = claim.get(key, [])
        for item in values if isinstance(values, list) else [values]:
            if isinstance(item, dict) and kind in _type_names(item):
                url = _text(item.get("contentUrl")) or _text(item.get("url"))
                if url and url not in found:
                    found.append(url)
    return found


def claimreview_to_factcheck(
    node: dict[str, Any], *, page_url: str | None = None, page_language: str | None = None
) -> FactCheck:
    """A FactCheck from one ClaimReview node.

    Args:
        node: the ClaimReview (JSON-LD, uniform microdata or framed RDFa).
        page_url: used as the review URL when the node has no ``url`` (the article's canonical URL).
        page_language: used when the node has no ``inLanguage``.

    Raises:
        InputError: claim text, review URL or publisher is missing.
    """
    claim = _node(node.get("itemReviewed"))
    author = node.get("author") or node.get("publisher")
    language = _text(node.get("inLanguage")) or page_language
    rating, verdict = _rating(_node(node.get("reviewRating")), language)
    return build_factcheck(
        claim=_text(node.get("claimReviewed")) or _text(claim.get("text")) or _name(claim),
        review_url=_text(node.get("url")) or page_url,
        publisher_name=_name(author),
        rating=rating,
        verdict=verdict,
        language=language,
        claimant=_name(claim.get("author")),
        claim_date=_text(claim.get("datePublished")),
        publisher_site=_text(_node(author).get("url")),
        review_date=_text(node.get("datePublished")),
        title=_text(node.get("headline")) or _text(node.get("name")),
        image_urls=_appearances(claim, "ImageObject"),
        video_urls=_appearances(claim, "VideoObject"),
    )


def claimreviews_to_factchecks(
    nodes: list[dict[str, Any]], label: str, *, page_url: str | None = None, page_language: str | None = None
) -> Iterator[FactCheck | str]:
    """Each node as a FactCheck, or a rejection reason naming ``label`` and the node's position."""
    for index, node in enumerate(nodes, start=1):
        try:
            yield claimreview_to_factcheck(node, page_url=page_url, page_language=page_language)
        except InputError as error:
            yield f"{label}: ClaimReview {index}: {error}"


def search_review_to_factcheck(claim: dict[str, Any], review: dict[str, Any]) -> FactCheck:
    """A FactCheck from one review of a Fact Check Tools API ``claims:search`` claim.

    Raises:
        InputError: claim text, review URL or publisher is missing.
    """
    publisher = _node(review.get("publisher"))
    return build_factcheck(
        claim=_text(claim.get("text")),
        review_url=_text(review.get("url")),
        publisher_name=_text(publisher.get("name")) or _text(publisher.get("site")),
        rating=_text(review.get("textualRating")),
        language=_text(review.get("languageCode")),
        claimant=_text(claim.get("claimant")),
        claim_date=_text(claim.get("claimDate")),
        publisher_site=_text(publisher.get("site")),
        review_date=_text(review.get("reviewDate")),
        title=_text(review.get("title")),
    )


def frame_rdfa(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Nest extruct's flat RDFa node list into JSON-LD-like trees with schema.org short names.

    RDFa comes out as ``{"@id": …, "https://schema.org/author": [{"@id": "_:b1"}]}`` nodes; this resolves
    the ``@id`` references (once each, so cycles stop) and unwraps ``{"@value": …}`` literals.
    """
    by_id = {node.get("@id"): node for node in nodes if isinstance(node, dict)}

    def value(item: Any, seen: frozenset[str]) -> Any:
        if isinstance(item, dict) and "@value" in item:
            return item["@value"]
        if isinstance(item, dict) and set(item) == {"@id"}:
            ref = item["@id"]
            return node(by_id[ref], seen | {ref}) if ref in by_id and ref not in seen else ref
        return item

    def node(raw: dict[str, Any], seen: frozenset[str]) -> dict[str, Any]:
        framed: dict[str, Any] = {"@type": _type_names(raw)}
        for key, items in raw.items():
            if not key.startswith("@"):
                values = [value(item, seen) for item in (items if isinstance(items, list) else [items])]
                framed[_short(key)] = values[0] if len(values) == 1 else values
        return framed

    return [node(raw, frozenset({str(raw.get("@id"))})) for raw in nodes if is_claimreview(raw)]
