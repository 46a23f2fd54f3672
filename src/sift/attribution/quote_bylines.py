"""A pull quote signed after its closing mark: a block that is one quotation followed by the name of who said it
("“Sport ist mein wichtigster Selfcare-Hack …” Singer-Songwriterin Elif (@elifmusic)", "“…” (Maren Kissing)",
"“…” — Jane Doe, nurse"). Listicles and feature pages set their contributors' tips so, with no verb of saying: the
byline is the frame. Found on realpages dev10 (r10-009: fourteen contributors quoted only so)."""

from __future__ import annotations

import re

from sift.attribution.frames import Frame, quote_regions, trim_content
from sift.lexicon.speaker_words import AND_WORDS

__all__ = ["BYLINE_CUE", "quote_byline_frame"]

#: The cue lemma of a signed quote: the byline stands where a signature dash would (a punctuation cue, as "—" is).
BYLINE_CUE = "—"
#: What may stand before the quotation in its block: nothing, or a list item's number ("6. “…”").
_LEAD = re.compile(r"\s*(?:\d{1,3}[.)]\s*)?")
#: One word of a byline: capitalised (hyphenated parts, a gender ending "Creator:innen", an initial "M.", an accent).
_NAME_WORD = r"[^\W\d_][\w'’.:*-]*"
#: Most words a byline may have (titles and the name: "Content Creatorin & Stylistin Lisa Masé").
MAX_BYLINE_WORDS = 7
#: A social-media handle after the name ("(@elifmusic)"): the contributor's account, no part of the name.
_HANDLE = re.compile(r"\s*\(@[\w.]+\)\s*$")
_DASHES = "—–-"
#: Words joining a contributor's titles ("Sänger und Content-Creator", "Creatorin & Stylistin").
_JOINS = AND_WORDS | {"and", "&"}


def _byline_words(words: list[str]) -> bool:
    """Whether a run of words reads as a byline: capitalised words (and-words joining titles), the last one a
    name's, no digit, no sentence inside and no stop after it."""
    if not 1 <= len(words) <= MAX_BYLINE_WORDS or not words[-1][:1].isupper():
        return False
    if words[-1].endswith(".") and len(words[-1]) > 2:
        return False  # "„…“ Große Worte.": a sentence's stop (an initial keeps its dot: "Sarah K.")
    return words[0] not in _JOINS and all(
        (re.fullmatch(_NAME_WORD, word) and word[:1].isupper() and not word.endswith((":", ".."))) or word in _JOINS
        for word in words
    )


def quote_byline_frame(text: str) -> Frame | None:
    """The frame of a block that is one quotation (after a list number at most) signed at its end by a name,
    bracketed or not, with a handle or a dash or neither: the quotation is the content, the name the source. Any
    other text after the quote (a sentence, a lower-case word, a stop) makes it no byline."""
    regions = quote_regions(text)
    if not regions:
        return None
    lead = _LEAD.match(text)
    if lead is None or lead.end() != regions[0][0]:
        return None
    start, end = regions[0][0], regions[-1][1]
    if end >= len(text) or text[end - 1].isalnum():
        return None  # a quote that never closes runs to the end: no byline after it
    gap = end
    while gap < len(text) and (text[gap].isspace() or text[gap] in _DASHES):
        gap += 1
    if gap == end:
        return None  # "“…”Name": no byline stands apart
    tail = text[gap:]
    handle = _HANDLE.search(tail)
    name_end = gap + (handle.start() if handle else len(tail.rstrip()))
    source = (gap, name_end)
    if text[gap : gap + 1] == "(" and text[name_end - 1 : name_end] == ")" and handle is None:
        source = (gap + 1, name_end - 1)  # "“…” (Maren Kissing)"
    spans = [(source[0] + word.start(), word.group()) for word in re.finditer(r"\S+", text[source[0] : source[1]])]
    words = [word for _, word in spans]
    if not _byline_words(words):
        return None
    joined = [k for k, word in enumerate(words) if word in _JOINS]
    if joined:  # "Sänger und Content-Creator Strify": two titles of one contributor, named after the last
        source = (spans[joined[-1] + 1][0], source[1])
    content = trim_content(text, (start, end))
    if content is None:
        return None
    return Frame(cue=(end, gap), content=[content], source=source, cue_lemma=BYLINE_CUE)
