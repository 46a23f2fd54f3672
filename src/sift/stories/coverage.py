"""The ``coverage`` stage: where else the page's story runs, from the ``stories`` service an edge injects.

The stage computes the page's story features (:func:`~sift.stories.document_features`, on the shared
encoder, so the claims stage's sentence vectors are reused) and asks the story index where the page would
go — a dry run: storing the page, and so adding it to its story, is the edge's job. Without a ``stories``
service (no store) the page's ``coverage`` stays ``None``: sift does not know where else it runs.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass

from sift.document import Coverage, CoverageDocument, Document
from sift.encoders import load_encoder
from sift.errors import ConfigError
from sift.pipeline import Resources, register_stage
from sift.stories.features import StoryDocument, document_features
from sift.stories.index import StoryIndex

__all__ = ["CoverageConfig", "find_coverage", "stored_coverage"]


#: Most other documents a coverage lists (the newest are kept; its ``languages`` counts them all).
MAX_DOCUMENTS = 200


@dataclass(frozen=True, slots=True)
class CoverageConfig:
    """Settings of the ``coverage`` stage.

    Args:
        max_documents: most other documents listed (the newest are kept; ``languages`` counts them all).
    """

    _: KW_ONLY
    max_documents: int = MAX_DOCUMENTS

    def __post_init__(self) -> None:
        if self.max_documents < 1:
            raise ConfigError(f"coverage max_documents must be at least 1, got {self.max_documents}")


@register_stage("coverage", config=CoverageConfig, requires=("blocks.sentences",), assigns=("coverage",))
def find_coverage(doc: Document, resources: Resources, config: CoverageConfig) -> Document:
    """Fill ``doc.coverage`` with the other documents of the page's story (``None`` without a story index)."""
    stories: StoryIndex | None = resources.optional("stories")
    if stories is None:
        doc.coverage = None
        return doc
    features = document_features(doc, resources.get("encoder", load_encoder))
    assignment = stories.assign(features)
    story = None if assignment.is_new else stories.get(assignment.story)
    members = [] if story is None else [d for d in story.documents if d.id != doc.id]
    doc.coverage = _coverage(assignment.story, members, [*members, features], stories, config.max_documents)
    return doc


def stored_coverage(document_id: str, stories: StoryIndex, *, max_documents: int = MAX_DOCUMENTS) -> Coverage | None:
    """Where else a stored document's story runs now (``None`` when it has no story): a page analysed where no
    story index was at hand (a batch worker) is given its coverage when it is shown, and a page shown later sees
    the documents that joined its story since."""
    story_id = stories.story_of(document_id)
    story = None if story_id is None else stories.get(story_id)
    if story is None:
        return None
    members = [d for d in story.documents if d.id != document_id]
    return _coverage(story.id, members, story.documents, stories, max_documents)


def _coverage(
    story_id: str, members: list[StoryDocument], everyone: list[StoryDocument], stories: StoryIndex, max_documents: int
) -> Coverage:
    """The coverage of a story: ``members`` (the page's others) listed, ``everyone`` (the page too) counted."""
    languages: dict[str, int] = {}
    for member in everyone:
        languages[member.lang] = languages.get(member.lang, 0) + 1
    factcheck_ids = sorted({fc for member in everyone for fc in member.factchecks})
    newest = sorted(members, key=lambda d: (-d.day, d.id))[:max_documents]
    return Coverage(
        story=story_id,
        documents=[
            CoverageDocument(d.id, d.title, d.site, d.lang, d.published, d.source)
            for d in sorted(newest, key=lambda d: (d.day, d.id))
        ],
        languages=dict(sorted(languages.items(), key=lambda item: (-item[1], item[0]))),
        first_seen=min(member.date for member in everyone).isoformat(),
        factchecks=stories.describe_factchecks(factcheck_ids),
    )
