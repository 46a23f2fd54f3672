"""The page's own author is no speaker of the page: what the byline's writer "beschreibt" or "explains" in the
body is the page's own voice, and so is what co-authors named with them in one frame say ("Evan Tepest und Selma
Kay Matter beschreiben, wie …" on a column whose byline is Evan Tepest, realpages dev9 r9-014; the real-page gold
lists authors, columnists and letter writers as the page's authors, never as speakers).

Only a byline that reads as a person's name is read: two to four capitalised words, name particles aside (a first
name alone, "Redaktion" or a handle may be anyone's, and metadata that took a sentence's subject for the author,
"The Russian and Syrian defense ministries" on realpages dev rp-002, names the page's sources), and a thread's
posts are left to their posters: a post is a statement of its own even when the post's author wrote the article
above it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sift.attribution.name_shapes import NAME_PARTICLES
from sift.document import Attribution, Block, Speaker

__all__ = ["authored_statements", "without_page_authors"]

#: Fewest and most words a byline needs to be matched in a source span.
MIN_AUTHOR_WORDS = 2
MAX_AUTHOR_WORDS = 4


def _is_person_name(name: str) -> bool:
    words = name.split()
    if not MIN_AUTHOR_WORDS <= len(words) <= MAX_AUTHOR_WORDS:
        return False
    return all(word[:1].isupper() or word in NAME_PARTICLES for word in words) and words[0][:1].isupper()


def authored_statements(author: str | None, blocks: list[Block], attributions: list[Attribution]) -> set[str]:
    """Ids of the attributions whose source span writes the byline's name as whole words (a post's attribution is
    never one: the caller leaves posted statements out of ``attributions``)."""
    name = " ".join((author or "").split())
    if not _is_person_name(name):
        return set()
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    texts = {block.id: block.text for block in blocks}
    found = set()
    for attribution in attributions:
        if attribution.source is None:
            continue
        text = texts.get(attribution.frame_block_id, "")
        if pattern.search(" ".join(text[attribution.source.start : attribution.source.end].split())):
            found.add(attribution.id)
    return found


def without_page_authors(speakers: list[Speaker], authored: set[str]) -> list[Speaker]:
    """``speakers`` without those whose every statement is the page author's (ids renumbered in order)."""
    kept = [
        speaker
        for speaker in speakers
        if not (speaker.attributions and all(attribution in authored for attribution in speaker.attributions))
    ]
    return [replace(speaker, id=f"sp{number}") for number, speaker in enumerate(kept)]
