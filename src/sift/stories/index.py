"""The story index contract: what every implementation (in memory now, SQL-backed later) offers, and its records."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import numpy as np

from sift.stories.features import StoryDocument
from sift.stories.similarity import Evidence

__all__ = ["Assignment", "Link", "Story", "StoryIndex"]


@dataclass(frozen=True, slots=True)
class Link:
    """A document of the story the new document was linked to, and why."""

    document: str
    evidence: Evidence


@dataclass(slots=True)
class Assignment:
    """Where a document went (or would go): its story, the members it links to, and what changed.

    Args:
        document: the document's id.
        story: the id of its story after the change.
        is_new: the document started a story of its own.
        links: the documents of that story it was linked to, best first.
        merged: ids of stories merged into ``story`` by this document (they now redirect to it).
        split: ids of stories split off the document's previous story because it was replaced (an update).
    """

    document: str
    story: str
    is_new: bool
    links: list[Link] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (scores rounded to 4 places)."""
        return {
            "document": self.document,
            "story": self.story,
            "is_new": self.is_new,
            "links": [
                {
                    "document": link.document,
                    "score": round(link.evidence.score, 4),
                    "cosine": round(link.evidence.cosine, 4),
                    "names": list(link.evidence.shared_names),
                    "numbers": list(link.evidence.shared_numbers),
                    "factchecks": list(link.evidence.shared_factchecks),
                    "gap_days": round(link.evidence.gap_days, 2),
                }
                for link in self.links
            ],
            "merged": list(self.merged),
            "split": list(self.split),
        }


@dataclass(slots=True)
class Story:
    """A story: its stable id and its documents, oldest first."""

    id: str
    documents: list[StoryDocument]

    @property
    def first_seen(self) -> str:
        """ISO day of the earliest document."""
        return min(doc.date for doc in self.documents).isoformat()

    @property
    def last_seen(self) -> str:
        """ISO day of the latest document."""
        return max(doc.date for doc in self.documents).isoformat()

    @property
    def languages(self) -> dict[str, int]:
        """Documents per language, most first."""
        return dict(Counter(doc.lang for doc in self.documents).most_common())

    @property
    def sites(self) -> dict[str, int]:
        """Documents per outlet (site name, when extraction found one), most first."""
        return dict(Counter(doc.site for doc in self.documents if doc.site).most_common())

    @property
    def factchecks(self) -> list[str]:
        """Ids of fact-checks matched in any of its documents."""
        return sorted({fc for doc in self.documents for fc in doc.factchecks})

    @property
    def title(self) -> str | None:
        """The title of its most central document (closest to the mean vector): the story's headline."""
        titled = [doc for doc in self.documents if doc.title]
        if not titled:
            return None
        mean = np.mean([doc.vector for doc in self.documents], axis=0)
        return max(titled, key=lambda doc: float(doc.vector @ mean)).title

    def to_dict(self) -> dict[str, Any]:
        """The ``sift stories`` JSON shape of one story."""
        return {
            "id": self.id,
            "title": self.title,
            "languages": self.languages,
            "sites": self.sites,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "documents": [
                {
                    "id": doc.id,
                    "source": doc.source,
                    "title": doc.title,
                    "lang": doc.lang,
                    "published": doc.published,
                    "site": doc.site,
                }
                for doc in self.documents
            ],
            "factchecks": self.factchecks,
        }


@runtime_checkable
class StoryIndex(Protocol):
    """Documents grouped into stories, updated one document at a time."""

    def add(self, doc: StoryDocument) -> Assignment:
        """Assign a document to a story and keep it (adding a known id again replaces that document)."""
        ...

    def assign(self, doc: StoryDocument) -> Assignment:
        """Where :meth:`add` would put the document, without changing anything."""
        ...

    def get(self, story_id: str) -> Story | None:
        """A story by id (an id merged away leads to the story it went into); ``None`` when unknown."""
        ...

    def list(self, *, since: float | None = None, lang: str | None = None) -> list[Story]:
        """Stories seen on or after day ``since`` with a document in ``lang``, newest first."""
        ...

    def story_of(self, document_id: str) -> str | None:
        """The id of the story a document belongs to."""
        ...

    def remove(self, document_id: str) -> list[str]:
        """Forget a document; returns its story's id and the ids of any stories split off it."""
        ...

    def describe_factchecks(self, ids: list[str]) -> list[dict[str, Any]]:
        """The fact-checks with these ids as the index can describe them (at least ``{"id": …}`` each)."""
        ...
