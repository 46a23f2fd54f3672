"""Stories kept in a store: the in-memory index, loaded from the story tables and written through to them.

:class:`StoredStoryIndex` is the :class:`~sift.stories.StoryIndex` the edges use with ``--db``: it opens the store's
story tables into a :class:`~sift.stories.MemoryStoryIndex` (no re-scoring: memberships, links and redirects are
read as they were saved) and replays the index's journal into the tables after every change, in one transaction. A
write that fails leaves the tables as they were and the index is reloaded from them, so memory and store never
disagree for long. Another process writing the same store (Dask workers of one batch run, a batch run beside a
server) is picked up by :meth:`StoredStoryIndex.refresh`, and before any write: inside the store's write transaction
the index first applies the operations other writers saved since it last read (the store's change log,
``story_changes``), so a change is always computed on the latest stories, at the cost of what changed.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

from sift.document import Document
from sift.encoders import Encoder
from sift.store.base import Store, StoryChanges, StoryRows
from sift.stories import Assignment, MemoryStoryIndex, Story, StoryConfig, StoryDocument, document_features
from sift.stories.memory import Operation

__all__ = ["FACTCHECK_FIELDS", "StoredStoryIndex", "document_row", "row_document"]

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
        self._grouped = 0  # open :meth:`transaction` blocks: a failed change inside one leaves the reload to it
        #: Rows read to catch up with other writers since the index was opened (log and document rows).
        self.rows_read = 0
        self._index, self._version = self._load()

    def _load(self) -> tuple[MemoryStoryIndex, int]:
        rows = self.store.load_story_rows()
        return self._restore(rows), rows.version

    def _restore(self, rows: StoryRows) -> MemoryStoryIndex:
        return MemoryStoryIndex.restore(
            self.config,
            (row_document(row) for row in rows.documents),
            ((story, int(created)) for story, created in rows.stories),
            ((a, b, float(score)) for a, b, score in rows.links),
            ((old, new) for old, new in rows.redirects),
        )

    def _catch_up(self, changes: StoryChanges) -> None:
        """Apply what other writers saved since this index's version (read by the store, see
        :meth:`~sift.store.base.Store.load_story_changes`): the cost of their changes, not of the stories."""
        self.rows_read += changes.rows
        if changes.reload is not None:  # too far behind for the store's log: every row was read
            self._index = self._restore(changes.reload)
            self._version = changes.version
            return
        self._index.replay(
            ("document", None if op[1] is None else row_document(op[1])) if op[0] == "document" else op
            for op in changes.operations
        )
        self._version = changes.version

    def refresh(self) -> bool:
        """Catch up when another process changed the story tables since this index read them; ``True`` if it did."""
        with self._lock:
            if self.store.story_version() == self._version:
                return False
            self._catch_up(self.store.load_story_changes(self._version))
            return True

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several changes (and other writes) in one store transaction, e.g. a chunk of pages saved together
        (:meth:`sift.workbench.Workbench.transaction`): all saved or none, and after a rollback the index is read
        again from the store, as after a failed change (a change inside the block leaves that to the block, since
        it cannot read the store while the transaction it joined is still open)."""
        with self._lock:
            self._grouped += 1
            try:
                with self.store.transaction():
                    yield
            except BaseException:
                self._index, self._version = self._load()  # rolled back: start again from what is saved
                raise
            finally:
                self._grouped -= 1

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, document_id: object) -> bool:
        return document_id in self._index

    # ---- the StoryIndex contract ------------------------------------------------------------------

    def add(self, doc: StoryDocument, *, also: Callable[[], Any] | None = None) -> Assignment:
        """Assign and keep a document, saving the change; an id already kept is replaced.

        ``also``: more writes to the store (the document itself), made after the story change in its
        transaction: all of it is saved, or none (and the index is as the store is).
        """
        return self._change(lambda index: index.add(doc), also)  # type: ignore[no-any-return]

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

    def _change(self, change: Callable[[MemoryStoryIndex], Any], also: Callable[[], Any] | None = None) -> Any:
        """Make a change in memory and save it, computed on the latest saved stories (then ``also`` writes, in
        the same transaction).

        Each writer (a Dask worker, a server beside a batch run) first catches up with what other writers saved
        since it last read the stories, inside the store's write transaction, so every document is assigned
        against every document stored before it and no change is ever redone.
        """
        result: list[Any] = []

        def compute(changes: StoryChanges) -> list[tuple[Any, ...]]:
            self._catch_up(changes)
            result.append(change(self._index))
            return [self._serialise(op) for op in self._index.take_journal()]

        with self._lock:
            try:
                with self.store.transaction():
                    version = self.store.write_story_change(self._version, compute)
                    if also is not None:
                        also()
                self._version = version
            except BaseException:
                if not self._grouped:  # rolled back: start again from what is saved (else the block does)
                    self._index, self._version = self._load()
                raise
            return result[0]

    def _serialise(self, operation: Operation) -> tuple[Any, ...]:
        if operation[0] != "document":
            return operation
        doc_id = operation[1]
        doc, key, story = self._index.document(doc_id), self._index.key_of(doc_id), self._index.story_of(doc_id)
        assert doc is not None and key is not None and story is not None
        return ("document", document_row(doc, key, story))
