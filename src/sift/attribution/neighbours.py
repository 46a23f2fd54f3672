"""A quotation set as its own paragraph, its speaker named in the paragraph next to it (issue #18, realpages dev5
r5-014 and dev7 r7-004)::

    Die Ministerin äußerte sich am Abend:
    „Wir werden die Schulen offen halten.“

    „Wir sind am Limit.“
    So beschreibt Petra Krause die Lage der Tafel.

    [blockquote] Wir freuen uns, mit Valendo unser Angebot … auszubauen.
    Tim Thabe, CEO von creditshelf

Each block is read on its own, so the frame's content there is an adverbial ("am Abend"), an object ("die Lage der
Tafel") or nothing, and the quotation has no source. Three conservative rules lend the quotation to the frame, only
between adjacent blocks and only when the quotation block is one quotation and nothing else (a blockquote, or one
pair of marks around the whole text) that no frame of its own sources:

- a frame whose cue closes its block with a colon takes the next block's quotation;
- a frame opening its block with a word pointing back (``Language.back_pointers``: "So", "Das", "Así") takes the
  previous block's quotation;
- a block that is only a signature ("Name Surname, title") after the quotation signs it, as a byline after the
  closing mark does in one block (:mod:`.quote_bylines`).

The attribution belongs to the quotation's block (its sentence and content); its source and cue sit in the frame's
block (``Attribution.frame_block``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sift.attribution.frames import QUOTE_PAIRS, Frame, Span, quote_regions, trim_content
from sift.attribution.quote_bylines import BYLINE_CUE, SIGNATURE_NAME, is_titled
from sift.document import Block
from sift.language import UNDETERMINED
from sift.lexicon.gazetteer import Gazetteer
from sift.lexicon.languages import LANGUAGES

__all__ = [
    "Borrowed",
    "colon_frame",
    "neighbour_quotes",
    "reported_continuations",
    "viewed_paragraphs",
    "whole_quotation",
]

#: A block role that is a quotation whatever its marks (an HTML blockquote).
QUOTE_ROLE = "quote"
#: A sentence's stop between a frame's cue and its block's colon (or before a back-pointing frame's cue).
_STOPS = re.compile(r"[.!?…]\s")
#: A signature line: a name of two to four capitalised words (name particles between), a comma, a short title.
_SIGNATURE_TITLE = r"(?P<title>[^\s.:!?,;\"“”„«»][^.:!?;\"“”„«»]{1,80})"
_SIGNATURE = re.compile(SIGNATURE_NAME + r",\s+" + _SIGNATURE_TITLE)
#: Most words a signature's title may have ("CEO von creditshelf", "Geschäftsführer von Valendo").
MAX_TITLE_WORDS = 8
#: A signature opened by a dash ("– Jane Porter, Music Critic", "— Ana Lobo"): the dash marks the line as one, so
#: any short description, or none, may follow the name.
_DASHED_SIGNATURE = re.compile(r"[—–―-]\s*" + SIGNATURE_NAME + r"(?:,\s+" + _SIGNATURE_TITLE + r")?")


@dataclass(frozen=True, slots=True)
class Borrowed:
    """A frame of ``frame_block`` whose content is the quotation ``content`` of ``quote_block``: ``frame`` has no
    content of its own; ``replaces`` is the block's frame it stands for (``None``: a signature, no frame before)."""

    frame: Frame
    frame_block: str
    quote_block: str
    content: Span
    replaces: Frame | None = None


def _sourced(frames: list[Frame]) -> bool:
    return any(frame.source is not None for frame in frames)


def whole_quotation(block: Block, frames: list[Frame]) -> Span | None:
    """The span of a block that is one quotation and nothing else, no frame of its own giving it a source: a
    blockquote, or one pair of closed marks around the text (a stop after the closing mark allowed)."""
    text = block.text
    if not text.strip() or block.poster is not None:
        return None
    if block.role == QUOTE_ROLE:
        return None if _sourced(frames) else trim_content(text, (0, len(text)))
    regions = quote_regions(text)
    if len(regions) != 1:
        return None
    start, end = regions[0]
    # an open quote runs to the text's end; typewriter ''…'' opens with an apostrophe, no key of the pairs
    closed = end - start > 2 and text[end - 1] in QUOTE_PAIRS.get(text[start], "'")
    lead = len(text) - len(text.lstrip())
    tail = text[end:].strip()
    if not closed or start != lead or tail not in ("", ".", ","):
        return None
    # a frame whose cue stands inside the marks is speech the quotation reports ("“…riscos que, na visão dos
    # militares, podem …”", realpages dev rp-031), no source of the quotation itself
    if _sourced([f for f in frames if f.cue is None or not (start <= f.cue[0] and f.cue[1] <= end)]):
        return None
    return trim_content(text, (start, end))


def colon_frame(block: Block, frames: list[Frame]) -> Frame | None:
    """The frame whose cue closes its block with a colon: the last cue, with a source, no quotation and no
    sentence's stop between it and the colon."""
    text = block.text.rstrip()
    if not text.endswith(":"):
        return None
    cued = [frame for frame in frames if frame.cue is not None and frame.source is not None]
    if not cued:
        return None
    frame = max(cued, key=lambda frame: frame.cue[0] if frame.cue else 0)
    assert frame.cue is not None and frame.source is not None
    after = max(frame.cue[1], frame.source[1])
    quoted = [(start, end) for start, end in quote_regions(text) if not _quoted_name(text, start, end)]
    if _STOPS.search(text, after) or any(end > frame.cue[0] for _, end in quoted):
        return None
    return frame


#: Most words a quoted name may have ("dem „Spiegel“", "der „Süddeutschen Zeitung“", "au « Monde »").
MAX_QUOTED_NAME_WORDS = 3


def _quoted_name(text: str, start: int, end: int) -> bool:
    """Whether a quoted stretch is a name in marks, no quotation: a paper's or a programme's, a few capitalised
    words with no stop ("Die Ministerin sagte dem „Spiegel“:" still closes with its colon frame)."""
    words = text[start + 1 : end - 1].split()
    return (
        0 < len(words) <= MAX_QUOTED_NAME_WORDS
        and words[0][:1].isupper()
        and not any(mark in text[start:end] for mark in ".!?:,")
    )


def _back_pointer(block: Block) -> str | None:
    """The word pointing back that opens the block, as written ("So", "Das", "That"); ``None`` when it opens with
    any other word."""
    row = LANGUAGES.get(block.lang)
    words = block.text.split(maxsplit=1)
    if row is None or not words or words[0].lower().strip(",") not in row.back_pointers:
        return None
    return words[0]


def _back_frame(block: Block, frames: list[Frame]) -> Frame | None:
    """The frame opening its block with a word pointing back ("So beschreibt X …", "Das sagt X"), its cue and
    source in the first sentence and no quotation before its cue."""
    pointer = _back_pointer(block)
    if pointer is None:
        return None
    for frame in frames:
        if frame.cue is None or frame.source is None or frame.source[0] < len(pointer):
            continue  # "Eso dice X" read with "Eso" for the source: no source to lend
        first = max(frame.cue[1], frame.source[1])
        if _STOPS.search(block.text, 0, first) is None and not any(s < first for s, _ in quote_regions(block.text)):
            return frame
    return None


def _signature_frame(block: Block, frames: list[Frame], gazetteer: Gazetteer | None = None) -> Frame | None:
    """A block that is only a signature, "Name Surname, title" with a title noun or after a dash, no stop and no
    frame: its name is the source."""
    if frames or block.poster is not None:
        return None
    text = block.text.strip()
    match = _SIGNATURE.fullmatch(text)
    if match is None or len(match["title"].split()) > MAX_TITLE_WORDS or not is_titled(match["title"], block.lang):
        match = _dashed_signature(text, gazetteer)
    if match is None:
        return None
    lead = len(block.text) - len(block.text.lstrip())
    source = (lead + match.start("name"), lead + match.end("name"))
    return Frame(cue=None, content=[], source=source, cue_lemma=BYLINE_CUE)


def _dashed_signature(text: str, gazetteer: Gazetteer | None) -> re.Match[str] | None:
    """A signature line opened by a dash: the name, then a comma and a short description, or nothing. A place
    signs nothing ("– Paris, France": where a picture was taken or a letter sent), nor a date ("– Los Angeles, March
    3", "– Hong Kong, 2019": a dateline; a description of the signer holds no digit)."""
    match = _DASHED_SIGNATURE.fullmatch(text)
    if match is None or (
        match["title"]
        and (len(match["title"].split()) > MAX_TITLE_WORDS or any(char.isdigit() for char in match["title"]))
    ):
        return None
    if gazetteer is not None and any(part and gazetteer.state(part) for part in (match["name"], match["title"])):
        return None
    return match


def neighbour_quotes(
    blocks: list[Block], frames: dict[str, list[Frame]], gazetteer: Gazetteer | None = None
) -> list[Borrowed]:
    """The quotations of ``blocks`` lent to a frame in the block before or after them (``frames``: each analysed
    block's frames, by block id; a lent frame's own content there is dropped by the caller; ``gazetteer``: the
    places a dashed signature may not name). A quotation is lent once: the block before it first."""
    borrowed: list[Borrowed] = []
    taken: set[str] = set()
    for number, block in enumerate(blocks):
        quote = whole_quotation(block, frames.get(block.id, []))
        if quote is None:
            continue
        before = blocks[number - 1] if number > 0 else None
        after = blocks[number + 1] if number + 1 < len(blocks) else None
        found: tuple[Frame, Block] | None = None
        if before is not None and before.id in frames and before.id not in taken:
            frame = colon_frame(before, frames[before.id])
            found = (frame, before) if frame is not None else None
        if found is None and after is not None and after.id in frames and after.id not in taken:
            frame = _back_frame(after, frames[after.id]) or _signature_frame(after, frames[after.id], gazetteer)
            found = (frame, after) if frame is not None else None
        if found is not None:
            frame, frame_block = found
            taken.add(frame_block.id)
            lent = replace(frame, content=[], via=list(frame.via), thing_content=False)
            original = frame if any(own is frame for own in frames[frame_block.id]) else None
            borrowed.append(Borrowed(lent, frame_block.id, block.id, quote, original))
    return borrowed


def reported_continuations(
    blocks: list[Block], frames: dict[str, list[Frame]], continued: dict[str, Span]
) -> list[Borrowed]:
    """Reported speech opening a block (``continued``: per block, the sentences :func:`.word_order.continued_report`
    found) lent to the frame that reports the last sentence of the block right before it ("„…“, erinnert Daman." then
    "Oft habe er Freunde an diese Brücke gebracht."): a page breaks one speaker's report into paragraphs, as it
    continues it across sentences in one. Only a frame with a source, whose cue, source or content reaches that last
    sentence; a block with a frame of its own in those sentences was left out by ``continued``."""
    borrowed: list[Borrowed] = []
    for number, block in enumerate(blocks[1:], start=1):
        span = continued.get(block.id)
        before = blocks[number - 1]
        if span is None or not frames.get(before.id):
            continue
        if any((frame.cue or frame.source or span)[0] < span[1] for frame in frames.get(block.id, [])):
            continue  # the block's own frame reports there
        text = before.text.rstrip()
        stops = [match.end() for match in _STOPS.finditer(text)]
        last_sentence = stops[-1] if stops else 0
        reaching = [
            frame
            for frame in frames[before.id]
            if frame.source is not None
            and max(end for _, end in [*frame.content, frame.source, frame.cue or frame.source]) > last_sentence
        ]
        if not reaching:
            continue
        frame = max(reaching, key=lambda f: (f.cue or f.source or (0, 0))[0])
        lent = replace(frame, content=[], via=list(frame.via), thing_content=False)
        borrowed.append(Borrowed(lent, before.id, block.id, span, None))
    return borrowed


def _opening_frame_without_content(block: Block, frames: list[Frame]) -> Frame | None:
    """The frame with a source and no content whose block opens with a word pointing back ("That is the view of
    X", "So says X"), its cue in the first sentence. Unlike :func:`_back_frame`, marks around a nickname in the
    source ("Renaldo “Peewee” Gilkes") do not matter: no quotation is looked for in this block."""
    if _back_pointer(block) is None:
        return None
    opening = (f for f in frames if not f.content and f.cue is not None and f.source is not None)
    return next((f for f in opening if f.cue and _STOPS.search(block.text, 0, f.cue[0]) is None), None)


def _viewable(before: Block, block: Block, frames: dict[str, list[Frame]]) -> bool:
    """Whether the block before a frame pointing back can be what it points to: an analysed block that is no
    quotation (a quotation is lent by ``neighbour_quotes``), or a body sentence that was not analysed: no cue word
    in it, or too short to tell its language ("Rates will rise." is ``und``)."""
    if before.id in frames:
        return whole_quotation(before, frames[before.id]) is None
    sentence = before.text.rstrip().endswith((".", "!", "?", "…"))  # not a date line or a caption
    return before.role == "body" and before.lang in (block.lang, UNDETERMINED) and sentence


def _own_content(last: Span, frames: list[Frame]) -> Span | None:
    """The longest content fragment of a frame whose cue stands in the sentence ``last``, when the fragment does
    too ("The plan will fail, he said.": "The plan will fail")."""
    inside = [
        fragment
        for frame in frames
        if frame.cue is not None and last[0] <= frame.cue[0] < last[1]
        for fragment in frame.content
        if last[0] <= fragment[0] and fragment[1] <= last[1]
    ]
    return max(inside, key=lambda span: span[1] - span[0], default=None)


def viewed_paragraphs(blocks: list[Block], frames: dict[str, list[Frame]]) -> list[Borrowed]:
    """The last sentence of a block lent to a frame pointing back with no content of its own, "That is the view
    (verdict, message …) of X" or "So says X", opening the block right after it ("It will be a challenging task for
    the team …" then "That is the view of football coach Renaldo Gilkes as …": realpages dev5). Only between two
    analysed blocks, or after a body block in the same language that had no cue word to analyse ("Rates will
    rise." then "So says the Bank of England."). When the last sentence has a frame of its own ("The plan will
    fail, he said."), only its content is lent."""
    borrowed: list[Borrowed] = []
    for number, block in enumerate(blocks[1:], start=1):
        before = blocks[number - 1]
        view = _opening_frame_without_content(block, frames.get(block.id, []))
        if view is None or not _viewable(before, block, frames):
            continue
        text = before.text.rstrip()
        stops = [match.end() for match in _STOPS.finditer(text)]
        last = (stops[-1] if stops else 0, len(text))
        content = trim_content(text, _own_content(last, frames.get(before.id, [])) or last)
        if content is not None:
            lent = replace(view, content=[], via=list(view.via), thing_content=False)
            borrowed.append(Borrowed(lent, block.id, before.id, content, view))
    return borrowed
