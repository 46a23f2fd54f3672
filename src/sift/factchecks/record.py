"""The fact-check record every importer produces, the store keeps and the matcher returns, and an import's summary."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["MAX_REASONS", "VERDICTS", "FactCheck", "ImportSummary", "factcheck_id"]

#: Normalised verdicts; ``rating`` keeps the publisher's own wording (ClaimReview ``textualRating``).
VERDICTS = ("false", "mostly-false", "mixed", "mostly-true", "true", "unproven", "other")


def factcheck_id(review_url: str, claim: str) -> str:
    """Stable id from the dedup key (review URL + claim text, whitespace-normalised)."""
    key = f"{review_url.strip()}\n{' '.join(claim.split())}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class FactCheck:
    """One reviewed claim as published by a fact-checker."""

    claim: str
    review_url: str
    publisher_name: str
    rating: str
    verdict: str = "other"
    language: str = "und"
    claimant: str | None = None
    claim_date: str | None = None
    publisher_site: str | None = None
    review_date: str | None = None
    title: str | None = None
    image_urls: list[str] = field(default_factory=list)
    video_urls: list[str] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = factcheck_id(self.review_url, self.claim)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (the shape of ``matches[].factcheck`` in a Document)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FactCheck:
        """Inverse of :meth:`to_dict` (unknown keys are ignored)."""
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        return cls(**known)


#: How many per-record rejection reasons a summary keeps; the count keeps going past it.
MAX_REASONS = 20


@dataclass(slots=True)
class ImportSummary:
    """What one import did: counts, plus the first reasons records were rejected (never silently dropped)."""

    imported: int = 0
    #: records whose id was stored and which said something else (a corrected verdict): they replaced it
    updated: int = 0
    duplicate: int = 0
    #: records reviewed before the stored version of the same fact-check (an older dump): the stored one stays
    stale: int = 0
    rejected: int = 0
    reasons: list[str] = field(default_factory=list)
    source: str | None = None

    def reject(self, reason: str) -> None:
        """Count one rejected record and keep its reason while fewer than ``MAX_REASONS`` are kept."""
        self.rejected += 1
        if len(self.reasons) < MAX_REASONS:
            self.reasons.append(reason)

    def merge(self, other: ImportSummary) -> None:
        """Add ``other``'s counts and reasons to this summary (for several files, or store + parser)."""
        self.imported += other.imported
        self.updated += other.updated
        self.duplicate += other.duplicate
        self.stale += other.stale
        self.rejected += other.rejected
        self.reasons.extend(other.reasons[: MAX_REASONS - len(self.reasons)])

    def counts(self) -> dict[str, int]:
        """What was written, for the audit log."""
        return {"imported": self.imported, "updated": self.updated, "duplicate": self.duplicate, "stale": self.stale}

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)
