"""ClaimReview markup in fact-check article HTML: JSON-LD, microdata and RDFa (the last two via extruct).

JSON-LD blocks are parsed one by one here rather than by extruct, so that one malformed block is skipped
with its own reason instead of failing the whole page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sift.errors import InputError
from sift.factchecks.importers.claimreview import claimreviews_to_factchecks, find_claimreviews, frame_rdfa
from sift.factchecks.record import FactCheck
from sift.json_input import parse_json

__all__ = ["read_html"]


def _page_facts(tree: Any) -> tuple[str | None, str | None]:
    """The article's canonical URL and declared language (fallbacks for bare ClaimReview nodes)."""
    canonical = tree.xpath(
        "//link[translate(@rel, 'CANONICAL', 'canonical')='canonical']/@href | //meta[@property='og:url']/@content"
    )
    language = tree.xpath("/html/@lang")
    return (str(canonical[0]).strip() if canonical else None, str(language[0]) if language else None)


def _json_ld_blocks(tree: Any) -> Iterator[tuple[int, Any]]:
    scripts = tree.xpath("//script[translate(@type, 'LDJSON+', 'ldjson+')='application/ld+json']")
    for index, script in enumerate(scripts, start=1):
        yield index, script.text or ""


def read_html(data: bytes, label: str) -> Iterator[FactCheck | str]:
    """Each ClaimReview of a page as a FactCheck, or a rejection reason string.

    Raises:
        InputError: the page is not HTML or holds no ClaimReview (and no malformed JSON-LD block).
    """
    import extruct
    import lxml.html

    try:
        tree = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError) as error:
        raise InputError(f"{label}: cannot parse the HTML: {error}") from None
    page_url, page_language = _page_facts(tree)
    nodes: list[dict[str, Any]] = []
    malformed = 0
    for index, text in _json_ld_blocks(tree):
        try:
            nodes.extend(find_claimreviews(parse_json(text, what=f"{label}: JSON-LD block {index}", strict=False)))
        except InputError as error:
            malformed += 1
            yield f"{error}; skipped"
    try:
        extracted = extruct.extract(data, base_url=page_url, syntaxes=["microdata", "rdfa"], uniform=True)
    except Exception as error:  # extruct raises whatever its parsers raise; keep the reason
        raise InputError(f"{label}: cannot read microdata/RDFa: {type(error).__name__}: {error}") from None
    nodes.extend(find_claimreviews(extracted["microdata"]))
    nodes.extend(frame_rdfa(extracted["rdfa"]))
    if not nodes and not malformed:
        raise InputError(
            f"{label}: no schema.org ClaimReview found in this HTML (JSON-LD, microdata or RDFa); "
            "is it a fact-check article?"
        )
    yield from claimreviews_to_factchecks(nodes, label, page_url=page_url, page_language=page_language)
