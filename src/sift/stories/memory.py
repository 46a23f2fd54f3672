"""The in-memory story index: online assignment, merges with redirects, splits when links are withdrawn.

State is a handful of dicts (documents, memberships, links between members, redirects, name frequencies)
plus a :class:`~sift.stories.window.TimeWindowIndex` of vectors. Nothing depends on wall-clock time or
randomness, so the same documents added in the same order always give the same stories and ids.

Every change is also written to a journal of plain operations (:data:`Operation`), in the order it
happened, which a store replays into its tables (:meth:`MemoryStoryIndex.take_journal`); a store reopens
the index from those tables with :meth:`MemoryStoryIndex.restore`, without re-scoring anything.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from sift.stories.config import StoryConfig
from sift.stories.features import StoryDocument
from sift.stories.index import Assignment, Link, Story
from sift.stories.similarity import idf, link_evidence
from sift.stories.window import TimeWindowIndex

__all__ = ["MemoryStoryIndex", "Operation"]

#: One journal entry: ``("document", id)`` (write the document's row: features, key, story), ``("forget", id)``
#: (delete the document and its links), ``("member", id, story)``, ``("story", id, created)``,
#: ``("drop", story)``, ``("redirect", old, new)``, ``("unredirect", old)``, ``("link", a, b, score)``.
Operation = tuple[Any, ...]


@dataclass(slots=True)
class _Plan:
    """What adding a document would do; computed without touching the state."""

    story: str
    is_new: bool
    links: list[Link]
    merged: list[str]


class MemoryStoryIndex:
    """A :class:`~sift.stories.index.StoryIndex` held in memory (see :mod:`sift.stories` for the method)."""

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()
        self._window: TimeWindowIndex | None = None
        self._dim = 0
        self._docs: dict[str, StoryDocument] = {}
        self._keys: dict[str, int] = {}  # document id -> insertion number (its key in the window)
        self._ids: dict[int, str] = {}
        self._next_key = 0
        self._story_of: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}
        # story -> sum of its members' vectors (float64): its centroid. A story that never had a second member
        # keeps none (its member's vector is its sum, :meth:`_centroid`): 4 kB a story, and most stories of a
        # news corpus are one page (bench/stories.py); kept from the second member on (:meth:`_sum`)
        self._sums: dict[str, np.ndarray] = {}
        self._created: dict[str, int] = {}  # story id -> creation number: the older story wins a merge
        self._next_story = 0
        self._links: dict[str, dict[str, float]] = {}
        self._redirects: dict[str, str] = {}
        self._pointing: dict[str, set[str]] = {}  # story -> the old ids redirecting to it (a merge reads its own)
        self._name_counts: Counter[str] = Counter()
        self._journal: list[Operation] = []

    @classmethod
    def restore(
        cls,
        config: StoryConfig | None,
        documents: Iterable[tuple[int, str, StoryDocument]],
        stories: Iterable[tuple[str, int]],
        links: Iterable[tuple[str, str, float]],
        redirects: Iterable[tuple[str, str]],
    ) -> MemoryStoryIndex:
        """An index holding saved state: ``(key, story, document)`` rows, ``(story, created)``, links, redirects."""
        index = cls(config)
        for story_id, created in sorted(stories, key=lambda row: row[1]):
            index._created[story_id] = created
            index._members[story_id] = set()
            index._next_story = created + 1
        rows = sorted(documents, key=lambda row: row[0])
        if rows:
            index._dim = int(rows[0][2].vector.shape[0])
            index._window = TimeWindowIndex(index._dim)
            index._window.add_many(
                [key for key, _, _ in rows], [doc.day for _, _, doc in rows], np.stack([doc.vector for *_, doc in rows])
            )
        for key, story_id, doc in rows:
            index._docs[doc.id] = doc
            index._keys[doc.id] = key
            index._ids[key] = doc.id
            index._next_key = key + 1
            index._name_counts.update(doc.names)
            index._story_of[doc.id] = story_id
            index._members[story_id].add(doc.id)
            index._links[doc.id] = {}
        for story_id, members in index._members.items():
            if len(members) > 1:
                index._sums[story_id] = np.sum([index._docs[d].vector for d in members], axis=0, dtype=np.float64)
        for a, b, score in links:
            index._links.setdefault(a, {})[b] = score
            index._links.setdefault(b, {})[a] = score
        for old, new in redirects:
            index._redirect(old, new)
        return index

    def replay(self, operations: Iterable[Operation]) -> None:
        """Apply operations saved by another index, in order, without re-scoring: what :meth:`restore` would give
        from the tables they were written to, for the cost of the operations alone.

        The operations are the journal's (see :data:`Operation`), except that a document comes as
        ``("document", (key, story, document))``, or ``("document", None)`` when a later operation forgets it.
        """
        touched: set[str] = set()
        for kind, *values in operations:
            if kind == "document":
                if values[0] is not None:
                    key, story_id, doc = values[0]
                    self._replay_detach(doc.id, touched)
                    self._replay_attach(key, story_id, doc, touched)
            elif kind == "forget":
                self._replay_detach(values[0], touched)
                for other in self._links.pop(values[0], {}):
                    self._links.get(other, {}).pop(values[0], None)
            elif kind == "member":
                doc_id, story_id = values
                if doc_id in self._docs:
                    previous = self._story_of[doc_id]
                    self._members[previous].discard(doc_id)
                    self._members.setdefault(story_id, set()).add(doc_id)
                    self._story_of[doc_id] = story_id
                    touched.update((story_id, previous))
            elif kind == "story":
                story_id, created = values
                self._members.setdefault(story_id, set())
                self._created[story_id] = int(created)
                self._next_story = max(self._next_story, int(created) + 1)
                touched.add(story_id)
            elif kind == "drop":
                self._created.pop(values[0], None)
                touched.add(values[0])
            elif kind == "redirect":
                self._redirect(values[0], values[1])
            elif kind == "unredirect":
                self._unredirect(values[0])
            elif kind == "link":
                a, b, score = values
                self._links.setdefault(a, {})[b] = float(score)
                self._links.setdefault(b, {})[a] = float(score)
            else:
                raise ValueError(f"unknown story operation {kind!r}")
        for story_id in touched:  # sums summed afresh, as restore does; a dropped story goes
            members = self._members.get(story_id)
            if story_id not in self._created:
                self._members.pop(story_id, None)
                self._sums.pop(story_id, None)
            elif members and len(members) > 1:
                self._sums[story_id] = np.sum([self._docs[d].vector for d in members], axis=0, dtype=np.float64)
            else:  # one member or none: no sum kept (see _centroid)
                self._sums.pop(story_id, None)

    def _replay_detach(self, doc_id: str, touched: set[str]) -> None:
        """Take a kept document out of the window, the name counts and its story (its links stay)."""
        doc = self._docs.pop(doc_id, None)
        if doc is None:
            return
        self._unkeep(doc)
        story_id = self._story_of.pop(doc_id)
        self._members[story_id].discard(doc_id)
        touched.add(story_id)

    def _replay_attach(self, key: int, story_id: str, doc: StoryDocument, touched: set[str]) -> None:
        if key in self._ids:  # a key freed by a document that a later operation forgets (a reopened index reuses it)
            self._replay_detach(self._ids[key], touched)
        self._keep(key, doc)
        self._next_key = max(self._next_key, key + 1)
        self._story_of[doc.id] = story_id
        self._members.setdefault(story_id, set()).add(doc.id)
        self._links.setdefault(doc.id, {})
        touched.add(story_id)

    def _keep(self, key: int, doc: StoryDocument) -> None:
        """Put a document (its id already out of ``_docs``) in the window under ``key`` and count its names."""
        if self._window is None:
            self._dim = int(doc.vector.shape[0])
            self._window = TimeWindowIndex(self._dim)
        self._window.add(key, doc.day, doc.vector)
        self._docs[doc.id] = doc
        self._keys[doc.id] = key
        self._ids[key] = doc.id
        self._name_counts.update(doc.names)

    def _unkeep(self, doc: StoryDocument) -> None:
        """Take a document (already popped from ``_docs``) out of the window and the name counts."""
        key = self._keys.pop(doc.id)
        del self._ids[key]
        assert self._window is not None
        self._window.remove(key)
        for name in doc.names:  # zero counts go, so the counter stays the size of the live vocabulary
            self._name_counts[name] -= 1
            if self._name_counts[name] <= 0:
                del self._name_counts[name]

    def take_journal(self) -> list[Operation]:
        """The operations since the last call, oldest first (and forget them)."""
        journal, self._journal = self._journal, []
        return journal

    def key_of(self, document_id: str) -> int | None:
        """A kept document's insertion number (its order among the documents added)."""
        return self._keys.get(document_id)

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, document_id: object) -> bool:
        return document_id in self._docs

    # ---- the StoryIndex contract ------------------------------------------------------------------

    def add(self, doc: StoryDocument) -> Assignment:
        """Assign ``doc`` and keep it; a known id is replaced (its old links are withdrawn first)."""
        split: list[str] = []
        if doc.id in self._docs:
            split = self.remove(doc.id)[1:]
        plan = self._plan(doc)
        self._apply(doc, plan)
        return Assignment(doc.id, plan.story, plan.is_new, plan.links, plan.merged, split)

    def assign(self, doc: StoryDocument) -> Assignment:
        """Where ``doc`` would go; a known id is compared with everything but itself."""
        plan = self._plan(doc)
        return Assignment(doc.id, plan.story, plan.is_new, plan.links, plan.merged)

    def get(self, story_id: str) -> Story | None:
        """The story under ``story_id`` or the one it was merged into."""
        resolved = self.resolve(story_id)
        if resolved is None:
            return None
        docs = sorted((self._docs[d] for d in self._members[resolved]), key=lambda d: (d.day, self._keys[d.id]))
        return Story(resolved, docs)

    def list(self, *, since: float | None = None, lang: str | None = None) -> list[Story]:
        """Stories with a document on or after day ``since`` and in ``lang``, the latest document first."""
        stories = []
        for story_id, members in self._members.items():
            docs = [self._docs[d] for d in members]
            if since is not None and max(d.day for d in docs) < since:
                continue
            if lang is not None and not any(d.lang == lang for d in docs):
                continue
            story = self.get(story_id)
            assert story is not None
            stories.append(story)
        stories.sort(key=lambda s: (-max(d.day for d in s.documents), -self._created[s.id]))
        return stories

    def story_of(self, document_id: str) -> str | None:
        """The story a document is in, ``None`` for an unknown document."""
        return self._story_of.get(document_id)

    def remove(self, document_id: str) -> list[str]:
        """Forget a document and withdraw its links; a story they held together splits.

        Returns:
            ``[]`` for an unknown document; otherwise its story's id (still valid unless the story is now
            empty) followed by the ids of the stories split off it.
        """
        doc = self._docs.get(document_id)
        if doc is None:
            return []
        story = self._story_of.pop(document_id)
        total = self._sum(story)  # (from its members, this one still among them and still readable)
        del self._docs[document_id]
        self._unkeep(doc)
        for other in self._links.pop(document_id, {}):
            self._links[other].pop(document_id, None)
        members = self._members[story]
        members.discard(document_id)
        total -= doc.vector
        self._journal.append(("forget", document_id))
        if not members:
            self._drop_story(story)
            return [story]
        return [story, *self._split(story)]

    def describe_factchecks(self, ids: list[str]) -> list[dict[str, Any]]:
        """Only ids: an index without a store knows no more about a fact-check."""
        return [{"id": factcheck_id} for factcheck_id in ids]

    # ---- lookups ----------------------------------------------------------------------------------

    def resolve(self, story_id: str) -> str | None:
        """The live story id ``story_id`` stands for (itself, or where redirects lead), or ``None``."""
        seen = 0
        while story_id in self._redirects and seen < len(self._redirects):
            story_id = self._redirects[story_id]
            seen += 1
        return story_id if story_id in self._members else None

    def redirects(self) -> dict[str, str]:
        """Every merged-away story id and the live id it leads to."""
        return {old: resolved for old in self._redirects if (resolved := self.resolve(old)) is not None}

    def links(self, document_id: str) -> dict[str, float]:
        """The documents ``document_id`` is linked to and the link scores."""
        return dict(self._links.get(document_id, {}))

    def document(self, document_id: str) -> StoryDocument | None:
        """A kept document's features."""
        return self._docs.get(document_id)

    # ---- assignment ------------------------------------------------------------------------------

    def _plan(self, doc: StoryDocument) -> _Plan:
        config = self.config
        is_kept = doc.id in self._docs  # a dry run for a kept document: its names are counted already
        documents = len(self._docs) + (not is_kept)

        def weight(key: str) -> float:
            return idf(documents, self._name_counts.get(key, 0) + (not is_kept and key in doc.names))

        candidates = self._candidates(doc)
        best: dict[str, float] = {}  # story -> best margin above its link threshold
        centroid_cosine: dict[str, float] = {}
        links: list[tuple[float, int, Link]] = []
        for key, other, cosine in candidates:
            story = self._story_of[other.id]
            shift = 0.0  # single-link by default: no centroid to compare with
            if config.centroid_weight:
                if story not in centroid_cosine:
                    centroid = self._centroid(story)
                    norm = max(float(np.linalg.norm(centroid)), 1e-12)
                    centroid_cosine[story] = float(doc.vector @ centroid) / norm
                shift = config.centroid_weight * (centroid_cosine[story] - cosine)
            threshold = config.threshold_for(doc.lang, other.lang)
            evidence = link_evidence(doc, other, config, weight, cosine, at_least=threshold - shift)
            if evidence is None:  # out of reach whatever names it shares
                continue
            margin = evidence.score + shift - threshold
            if margin < 0:
                continue
            best[story] = max(best.get(story, margin), margin)
            links.append((-evidence.score, key, Link(other.id, evidence)))
        if not best:
            return _Plan(self._new_story_id(doc.id), True, [], [])
        primary = min(best, key=lambda s: (-best[s], self._created[s]))
        others = (s for s in best if s != primary and best[s] >= config.merge_margin)
        group = [primary, *sorted(others, key=self._created.__getitem__)]
        survivor = min(group, key=self._created.__getitem__)
        merged = [s for s in group if s != survivor]
        kept = [link for _, _, link in sorted(links, key=lambda t: t[:2]) if self._story_of[link.document] in group]
        return _Plan(survivor, False, kept, merged)

    def _candidates(self, doc: StoryDocument) -> list[tuple[int, StoryDocument, float]]:
        """The window's nearest documents that some evidence could still link to ``doc``: key, document, cosine.

        Cosines are recomputed from the full vectors in one product (the window's are 8-bit). A candidate is
        dropped when even every bonus could not lift it over its link threshold, the time gap taken off
        (with a centroid weight the threshold moves per story, so only the loosest bound applies): in a
        dense window most candidates go here, without a Python call each.
        """
        if self._window is None:
            return []
        config = self.config
        found = self._window.search(doc.vector, doc.day, config.window_days, config.neighbours)
        keys = [key for key, _ in found if self._ids[key] != doc.id]
        if not keys:
            return []
        others = [self._docs[self._ids[key]] for key in keys]
        cosines = np.stack([other.vector for other in others]) @ np.asarray(doc.vector, dtype=np.float32)
        if config.centroid_weight:
            bound = cosines + (config.max_bonus + config.centroid_weight * 2)
            needed = np.full(len(others), config.threshold - config.cross_lingual_offset)
        else:
            # numbers and fact-checks count only when the new document has some to share
            bonus = (
                config.name_weight
                + (config.number_weight if doc.numbers else 0.0)
                + (config.factcheck_weight if doc.factchecks else 0.0)
            )
            gaps = np.abs(np.array([other.day for other in others]) - doc.day)
            bound = cosines + bonus - config.gap_weight * np.minimum(1.0, gaps / config.window_days)
            needed = np.array([config.threshold_for(doc.lang, other.lang) for other in others])
        keep = np.flatnonzero(bound >= needed - 1e-6).tolist()
        return [(keys[i], others[i], float(cosines[i])) for i in keep]

    def _apply(self, doc: StoryDocument, plan: _Plan) -> None:
        self._keep(self._next_key, doc)
        self._next_key += 1
        if plan.is_new:
            self._create_story(plan.story)
        for absorbed in plan.merged:
            self._merge(absorbed, plan.story)
        members = self._members[plan.story]
        if members:  # a second member: the story keeps its sum from now on
            self._sum(plan.story)
        members.add(doc.id)
        if plan.story in self._sums:
            self._sums[plan.story] += doc.vector
        self._story_of[doc.id] = plan.story
        self._journal.append(("document", doc.id))
        own = self._links.setdefault(doc.id, {})
        for link in plan.links:
            own[link.document] = link.evidence.score
            self._links[link.document][doc.id] = link.evidence.score
            self._journal.append(("link", doc.id, link.document, link.evidence.score))

    # ---- story bookkeeping --------------------------------------------------------------------------

    def _sum(self, story_id: str) -> np.ndarray:
        """The story's kept sum of its members' vectors, made from them when it had none (changed in place)."""
        total = self._sums.get(story_id)
        if total is None:
            total = self._sums[story_id] = self._members_sum(story_id)
        return total

    def _centroid(self, story_id: str) -> np.ndarray:
        """The story's sum of its members' vectors (its direction is its centroid), kept or made, never kept here."""
        total = self._sums.get(story_id)
        return total if total is not None else self._members_sum(story_id)

    def _members_sum(self, story_id: str) -> np.ndarray:
        members = self._members[story_id]
        if not members:
            return np.zeros(self._dim, dtype=np.float64)
        return np.sum([self._docs[d].vector for d in members], axis=0, dtype=np.float64)

    def _new_story_id(self, founder: str) -> str:
        """The founder document's id, or ``id~2``, ``id~3`` … when a story or redirect already uses it."""
        candidate, n = founder, 1
        while candidate in self._members or candidate in self._redirects:
            n += 1
            candidate = f"{founder}~{n}"
        return candidate

    def _create_story(self, story_id: str) -> None:
        self._members[story_id] = set()
        self._created[story_id] = self._next_story
        self._journal.append(("story", story_id, self._next_story))
        self._next_story += 1

    def _merge(self, absorbed: str, survivor: str) -> None:
        total, taken = self._sum(survivor), self._sum(absorbed)  # (from their members, before these move)
        for member in sorted(self._members.pop(absorbed)):
            self._story_of[member] = survivor
            self._members[survivor].add(member)
            self._journal.append(("member", member, survivor))
        total += taken
        del self._sums[absorbed]
        del self._created[absorbed]
        self._journal.append(("drop", absorbed))
        for old in [absorbed, *sorted(self._pointing.get(absorbed, ()))]:
            self._redirect(old, survivor)
            self._journal.append(("redirect", old, survivor))

    def _redirect(self, old: str, new: str) -> None:
        """Point ``old`` at ``new`` (the reverse map follows, so a merge never scans every redirect)."""
        self._unredirect(old)
        self._redirects[old] = new
        self._pointing.setdefault(new, set()).add(old)

    def _unredirect(self, old: str) -> None:
        target = self._redirects.pop(old, None)
        if target is not None:
            pointing = self._pointing[target]
            pointing.discard(old)
            if not pointing:
                del self._pointing[target]

    def _drop_story(self, story_id: str) -> None:
        del self._members[story_id]
        self._sums.pop(story_id, None)
        del self._created[story_id]
        self._journal.append(("drop", story_id))
        for old in sorted(self._pointing.get(story_id, ())):
            self._unredirect(old)
            self._journal.append(("unredirect", old))

    def _split(self, story_id: str) -> list[str]:
        """Split ``story_id`` into its link-connected parts; the part with the oldest document keeps the id.

        Every other part is named after its oldest document, which takes back the id of a story that was
        merged into this one when that document founded it.
        """
        parts = sorted(
            (sorted(part, key=self._keys.__getitem__) for part in _components(self._members[story_id], self._links)),
            key=lambda part: self._keys[part[0]],
        )
        new_ids = []
        if len(parts) > 1:
            self._sum(story_id)  # (from its members, before parts move out)
        for part in parts[1:]:
            founder = part[0]
            if self._redirects.get(founder) == story_id:  # a story merged in earlier gets its id back
                self._unredirect(founder)
                self._journal.append(("unredirect", founder))
            new_id = self._new_story_id(founder)
            self._create_story(new_id)
            self._sum(new_id)
            for member in part:
                self._members[story_id].discard(member)
                self._members[new_id].add(member)
                self._sums[story_id] -= self._docs[member].vector
                self._sums[new_id] += self._docs[member].vector
                self._story_of[member] = new_id
                self._journal.append(("member", member, new_id))
            new_ids.append(new_id)
        return new_ids


def _components(members: Iterable[str], links: dict[str, dict[str, float]]) -> list[set[str]]:
    """Connected parts of ``members`` under ``links`` (breadth-first)."""
    left = set(members)
    parts = []
    while left:
        start = min(left)
        part = {start}
        queue = deque([start])
        while queue:
            for other in links.get(queue.popleft(), {}):
                if other in left and other not in part:
                    part.add(other)
                    queue.append(other)
        left -= part
        parts.append(part)
    return parts
