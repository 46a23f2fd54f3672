"""Stories across languages: which documents tell the same story, found online as documents arrive.

The method, in the spirit of EMM NewsBrief and of Miranda et al. (2018), kept simple and deterministic:

1. **Features** (:mod:`~sift.stories.features`): a document is one unit vector (mean of the multilingual
   sentence embeddings of its title, lead and best check-worthy claims), its rare names as spelling-tolerant
   keys (:mod:`~sift.stories.names`: "Butscha", "Boutcha" and "Буча" meet), its numbers, the fact-checks it
   matched, and a day (publication day; the check day for undated pages).
2. **Candidates** (:mod:`~sift.stories.window`): the ``neighbours`` nearest documents by vector among those
   within ``window_days`` of its day (default 7, before or after), from per-day usearch indexes, so a new
   document costs a search over its window, never over the archive.
3. **Links** (:mod:`~sift.stories.similarity`): each candidate gets a link score (cosine plus weighted
   shared names, numbers and fact-checks, minus a time-gap penalty); it is linked when the score passes the
   threshold, which is lower between languages.
4. **Assignment**: no link, a new story (its id is the founding document's id). Links into one story, it
   joins that story. Links into several: it joins the one it links to best, and merges in every other
   story it links to with a margin of at least ``merge_margin`` above the threshold; the story created first
   keeps its id and the merged ids redirect to it, so an id once shown stays valid.
5. **Splits**: a story is the set of documents its links hold together. When evidence is withdrawn —
   a document is removed, or re-added with new content (an update replaces its links) — and the remaining
   links no longer connect the story, it splits into its connected parts; the part holding the oldest
   document keeps the id, every other part becomes a story named after its own oldest document.

Thresholds and weights are in :class:`StoryConfig`, tuned by ``bench/stories.py``.
"""

from sift.stories.config import StoryConfig
from sift.stories.features import StoryDocument, document_features
from sift.stories.index import Assignment, Link, Story, StoryIndex
from sift.stories.memory import MemoryStoryIndex

__all__ = [
    "Assignment",
    "Link",
    "MemoryStoryIndex",
    "Story",
    "StoryConfig",
    "StoryDocument",
    "StoryIndex",
    "document_features",
]
