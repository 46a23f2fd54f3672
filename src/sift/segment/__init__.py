"""The ``segment`` stage: each block's sentences as character offsets, split by its detected language.

The splitting rules live in :mod:`sift.segment.rules` (:func:`split_sentences`, pure and reusable).
"""

from __future__ import annotations

from dataclasses import dataclass

from sift.document import Document, Sentence
from sift.errors import ConfigError
from sift.pipeline import Resources, register_stage
from sift.segment.rules import MAX_QUOTE_CHARS, split_sentences

__all__ = ["SegmentConfig", "segment_blocks", "split_sentences"]


@dataclass(frozen=True, kw_only=True, slots=True)
class SegmentConfig:
    """Settings of the ``segment`` stage.

    Args:
        max_quote_chars: a quotation followed by the rest of its sentence (``«…», a indiqué X``) is kept
            in one sentence up to this length; longer ones are split inside like any text.

    Raises:
        ConfigError: ``max_quote_chars`` is negative.
    """

    max_quote_chars: int = MAX_QUOTE_CHARS

    def __post_init__(self) -> None:
        if self.max_quote_chars < 0:
            raise ConfigError(
                f"segment.max_quote_chars must be >= 0 (0 turns quote keeping off), not {self.max_quote_chars}"
            )


@register_stage("segment", config=SegmentConfig, requires=("blocks", "blocks.lang"), assigns=("blocks.sentences",))
def segment_blocks(doc: Document, resources: Resources, config: SegmentConfig) -> Document:
    """Replace every block's sentences with ``Sentence(f"{block.id}.s{i}", start, end)`` from its text."""
    for block in doc.blocks:
        spans = split_sentences(block.text, block.lang, max_quote_chars=config.max_quote_chars)
        block.sentences = [Sentence(f"{block.id}.s{i}", start, end) for i, (start, end) in enumerate(spans)]
    return doc
