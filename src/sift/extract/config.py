"""Settings of the extract stage, validated when built."""

from __future__ import annotations

from dataclasses import dataclass

from sift.errors import ConfigError
from sift.extract.budget import MAX_BLOCK_CHARS, MAX_PAGE_CHARS

__all__ = ["FOCUS_CHOICES", "ExtractConfig"]

FOCUS_CHOICES = ("balanced", "precision", "recall")
#: A window must hold a long sentence whole (the sentence splitter keeps quotations up to 1,000 characters).
MIN_BLOCK_CHARS = 1_000


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractConfig:
    """How the HTML extractor trades recall for precision; text pages ignore these settings.

    Attributes:
        focus: trafilatura's mode: "precision" (drop doubtful text), "balanced" or "recall".
        fast: never run trafilatura's full cascade (readability, jusText), even when the quick pass finds
            almost nothing: a little faster, much lower recall (F1 0.946 instead of 0.971).
        include_tables: keep table rows as body blocks.
        include_captions: keep figure captions as ``caption`` blocks.
        list_outside_text: list every text element outside the extracted article in ``removed``.
        max_block_chars: longest block handed to the stages; longer paragraphs are cut at sentence ends
            (:mod:`sift.extract.budget`).
        max_chars: characters of text analysed per page; the rest is listed in ``removed``, not analysed.
        comments: read a comment thread under an article as posts too (its posters become speakers); by default
            a thread is read only when it is the page's content (a forum thread, an open thread under a short
            post: :func:`sift.extract.posts.place_posts`).
    """

    # "precision" scored the best F1 on shared/data/extraction/scrapinghub: 0.9705 against 0.9638 for
    # "balanced" (python bench/extract.py [--focus balanced]); re-run it before changing the default.
    focus: str = "precision"
    fast: bool = False
    include_tables: bool = True
    include_captions: bool = True
    list_outside_text: bool = True
    max_block_chars: int = MAX_BLOCK_CHARS
    max_chars: int = MAX_PAGE_CHARS
    comments: bool = False

    def __post_init__(self) -> None:
        """Reject an unknown focus at construction, not in the middle of a run."""
        if self.focus not in FOCUS_CHOICES:
            raise ConfigError(f"extract focus {self.focus!r} is not one of {', '.join(FOCUS_CHOICES)}")
        if self.max_block_chars < MIN_BLOCK_CHARS:
            raise ConfigError(f"extract max_block_chars must be at least {MIN_BLOCK_CHARS}, got {self.max_block_chars}")
        if self.max_chars < 1:
            raise ConfigError(f"extract max_chars must be at least 1, got {self.max_chars}")
