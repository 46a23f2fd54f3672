"""Stories kept in a store: the in-memory index, loaded from the story tables and written through to them.

:class:`StoredStoryIndex` is the :class:`~sift.stories.StoryIndex` the edges use with ``--db``: it opens the
store's story tables into a :class:`~sift.stories.MemoryStoryIndex` (no re-scoring: memberships, links and
redirects are read as they were saved) and replays the index's journal into the tables after every change,
in one transaction. A write that fails leaves the tables as they were and the index is reloaded from them,
so memory and store never disagree for long. Another process writing the same store (Dask workers of one
batch run, a batch run beside a server) is picked up by :meth:`StoredStoryIndex.refresh`, and before any write:
a change computed on stories another writer has since moved is not saved but recomputed on what it saved.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from sift.document import Document
from sift.encoders import Encoder
from sift.errors import StoreError
from sift.store.base import Store
from sift.stories import Assignment, MemoryStoryIndex, Story, StoryConfig, StoryDocument, document_features
from sift.stories.memory import Operation

__all__ = ["FACTCHECK_FIELDS", "MAX_ATTEMPTS", "StoredStoryIndex", "document_row", "row_document"]

#: Times a change is recomputed when other writers keep saving stories first.
MAX_ATTEMPTS = 20
#: What a story shows of each fact-check matched in it.
FACTCHECK_FIELDS = ("id", "claim", "verdict", "rating", "publisher_name", "review_url", "review_date", "language")


def document_row(doc: StoryDocument, key: int, story: str) -> tuple[Any, ...]:
    """The ``story_documents`` row of a document (vector as base64 float32, sets as sorted JSON lists)."""
    return (
        doc.id,
        key,
        story,
        doc.lang,
        float(doc.day),
        int(doc.is_dated),
        base64.b64encode(np.asarray(doc.vector, dtype="<f4").tobytes()).decode("ascii"),
        json.dumps(sorted(doc.names)),
        json.dumps(sorted(doc.numbers)),
        json.dumps(sorted(doc.factchecks)),
        doc.title,
        doc.site,
        doc.published,
        doc.source,
        json.dumps(list(doc.claims), ensure_ascii=False),
    )


def row_document(row: Sequence[Any]) -> tuple[int, str, StoryDocument]:
    """``(key, story, document)`` from a ``story_documents`` row (inverse of :func:`document_row`)."""
    doc_id, key, story, lang, day, is_dated, vector, names, numbers, factchecks = row[:10]
    title, site, published, source, claims = row[10:15]
    doc = StoryDocument(
        id=doc_id,
        lang=lang,
        day=float(day),
        vector=np.frombuffer(base64.b64decode(vector), dtype="<f4").astype(np.float32),
        names=frozenset(json.loads(names)),
        numbers=frozenset(json.loads(numbers)),
        factchecks=frozenset(json.loads(factchecks)),
        is_dated=bool(is_dated),
        title=title,
        site=site,
        published=published,
        source=source,
        claims=tuple(json.loads(claims)),
    )
    return int(key), story, doc


class StoredStoryIndex:
    """A story index whose every change is saved in a store (SQLite or PostgreSQL).

    Args:
        store: an open store; the caller owns and closes it.
        config: clustering settings (default: the tuned ones).

    Raises:
        StoreError: the story tables cannot be read.
    """

    def __init__(self, store: Store, config: StoryConfig | None = None) -> None:
        self.store = store
        self.config = config or StoryConfig()
        self._lock = threading.RLock()  # a server's threads share one index: changes are serialised
        self._index, self._version = self._load()

    def _load(self) -> tuple[MemoryStoryIndex, tuple[int, int]]:
        rows = self.store.load_story_rows()
        index = MemoryStoryIndex.restore(
            self.config,
            (row_document(row) for row in rows.documents),
            ((story, int(created)) for story, created in rows.stories),
            ((a, b, float(score)) for a, b, score in rows.links),
            ((old, new) for old, new in rows.redirects),
        )
        return index, rows.version

    def refresh(self) -> bool:
        """Reload when another process changed the story tables since this index read them; ``True`` if it did."""
        with self._lock:
            if self.store.story_version() == self._version:
                return False
            self._index, self._version = self._load()
            return True

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, document_id: object) -> bool:
        return document_id in self._index

    # ---- the StoryIndex contract ------------------------------------------------------------------

    def add(self, doc: StoryDocument) -> Assignment:
        """Assign and keep a document, saving the change; an id already kept is replaced."""
        return self._change(lambda index: index.add(doc))  # type: ignore[no-any-return]

    def add_document(self, doc: Document, encoder: Encoder, *, checked_at: str | None = None) -> Assignment:
        """Add an analysed page (its story features computed on ``encoder``) to its story: what storing a page does."""
        return self.add(document_features(doc, encoder, checked_at=checked_at))

    def assign(self, doc: StoryDocument) -> Assignment:
        """Where :meth:`add` would put the document (nothing is saved)."""
        with self._lock:
            return self._index.assign(doc)

    def get(self, story_id: str) -> Story | None:
        """A story by id, following merges."""
        with self._lock:
            return self._index.get(story_id)

    def list(self, *, since: float | None = None, lang: str | None = None) -> list[Story]:
        """Stories seen on or after day ``since`` with a document in ``lang``, newest first."""
        with self._lock:
            return self._index.list(since=since, lang=lang)

    def story_of(self, document_id: str) -> str | None:
        """The story a kept document is in."""
        with self._lock:
            return self._index.story_of(document_id)

    def remove(self, document_id: str) -> list[str]:
        """Forget a document, saving the change (and any split it causes)."""
        return self._change(lambda index: index.remove(document_id))  # type: ignore[no-any-return]

    def describe_factchecks(self, ids: list[str]) -> list[dict[str, Any]]:
        """The stored fact-checks with these ids: claim, verdict, rating, publisher, link (unknown ids stay bare)."""
        described = []
        for factcheck_id in ids:
            record = self.store.get_factcheck(factcheck_id)
            if record is None:
                described.append({"id": factcheck_id})
                continue
            described.append({name: getattr(record, name) for name in FACTCHECK_FIELDS})
        return described

    def document(self, document_id: str) -> StoryDocument | None:
        """A kept document's features."""
        with self._lock:
            return self._index.document(document_id)

    # ---- saving -----------------------------------------------------------------------------------

    def _change(self, change: Callable[[MemoryStoryIndex], Any]) -> Any:
        """Make a change in memory and save it; redone on the saved state when another writer got there first.

        Each writer (a Dask worker, a server beside a batch run) computes its change on the stories as it last
        read them and saves it only if nobody saved since; otherwise it reloads and computes again, so every
        document is assigned against every document stored before it.
        """
        with self._lock:
            for _ in range(MAX_ATTEMPTS):
                result = change(self._index)
                operations = [self._serialise(op) for op in self._index.take_journal()]
                try:
                    version = self.store.write_story_operations(operations, expect=self._version)
                except StoreError:
                    self._index, self._version = self._load()  # rolled back: start again from what is saved
                    raise
                if version is not None:
                    self._version = version
                    return result
                self._index, self._version = self._load()
            raise StoreError(
                f"cannot save stories to store {self.store.location}: other writers changed them "
                f"{MAX_ATTEMPTS} times in a row; run again"
            )

    def _serialise(self, operation: Operation) -> tuple[Any, ...]:
        if operation[0] != "document":
            return operation
        doc_id = operation[1]
        doc, key, story = self._index.document(doc_id), self._index.key_of(doc_id), self._index.story_of(doc_id)
        assert doc is not None and key is not None and story is not None
        return ("document", document_row(doc, key, story))
