"""Attribution frames from word order and a cue lexicon, for languages without a trained model (FR, DE).

News attribution in French and German is dominated by a handful of fixed frames that word order alone
identifies: "selon X, …" / "laut X …", "X a déclaré que …" / "X sagte, …", and the inverted cue after the
content ("«…», a précisé le ministère" / "„…“, sagte Klinzewitsch", "…, so X"). A dependency parse adds the
subject in the canonical order when one is available (French); the rules never rely on it for inversions,
where the French small model labels the subject ``obj``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sift.attribution.frames import (
    Frame,
    RelaySpan,
    Span,
    extend_to_quotes,
    quote_regions,
    trim_content,
)

__all__ = ["Lexicon", "Token", "find_surface_frames"]

NOMINAL = frozenset({"DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM"})
STOP = frozenset({",", ".", "...", "…", ";", "(", ":", "!", "?"})


@dataclass(frozen=True, slots=True)
class Token:
    """A word with offsets into the block, a lemma, a coarse (UD) part of speech and its sentence number."""

    text: str
    start: int
    end: int
    lemma: str
    pos: str
    sentence: int
    subject: tuple[int, int] | None = None  # token index range of the parsed subject, when a parser gave one


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words that drive the rules for one language."""

    cues: frozenset[str]  # lemmas or lowercased forms of reporting verbs
    according: frozenset[str]  # prepositions opening "according to" frames
    so: frozenset[str]  # a postposed "so X" marker
    aux: frozenset[str]  # auxiliary lemmas that may precede a cue participle
    skip: frozenset[str]  # lowercased adverbs and time words between an inverted cue and its subject
    quote_cues: frozenset[str]  # cues whose subject is a relay and whose object is the quoted speaker


def _is_cue(token: Token, lexicon: Lexicon) -> bool:
    return token.pos in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") and (
        token.lemma.lower() in lexicon.cues or token.text.lower() in lexicon.cues
    )


def _span(tokens: list[Token], first: int, last: int) -> Span | None:
    """Offsets from token ``first`` to token ``last`` inclusive (``None`` when empty)."""
    if first > last:
        return None
    return tokens[first].start, tokens[last].end


def _noun_phrase_end(tokens: list[Token], first: int, last: int) -> int:
    """Index of the last token of the phrase starting at ``first``: it stops at punctuation or a verb."""
    index = first
    while index + 1 <= last and tokens[index + 1].text not in STOP and tokens[index + 1].pos not in ("VERB", "AUX"):
        index += 1
    return index


def _content(text: str, tokens: list[Token], first: int, last: int, regions: list[Span]) -> Span | None:
    """Trimmed content span over tokens ``first..last``, grown to whole quotes, without a final full stop."""
    span = _span(tokens, first, last)
    trimmed = trim_content(text, span) if span is not None else None
    return extend_to_quotes(trimmed, regions) if trimmed is not None else None


def _according(text: str, tokens: list[Token], i: int, bounds: tuple[int, int], regions: list[Span]) -> Frame | None:
    first, last = bounds
    source_end = _noun_phrase_end(tokens, i + 1, last)
    source = _span(tokens, i + 1, source_end)
    if source is None:
        return None
    if i == first:
        content = _content(text, tokens, source_end + 1, last, regions)
    else:
        content = _content(text, tokens, first, i - 1, regions)
    if content is None:
        return None
    return Frame(cue=(tokens[i].start, tokens[i].end), content=[content], source=source,
                 cue_lemma=tokens[i].lemma.lower())  # fmt: skip


def _inverted_source(tokens: list[Token], after: int, last: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Token range of the subject after an inverted cue ("…, a précisé mardi le ministère")."""
    index = after
    while index <= last and (tokens[index].text.lower() in lexicon.skip or tokens[index].pos == "ADV"):
        index += 1
    if index > last or tokens[index].pos not in NOMINAL:
        return None
    return index, _noun_phrase_end(tokens, index, last)


def _cue_frame(
    text: str, tokens: list[Token], i: int, bounds: tuple[int, int], regions: list[Span], lexicon: Lexicon
) -> Frame | None:
    first, last = bounds
    cue_first = i
    while cue_first - 1 >= first and (
        tokens[cue_first - 1].lemma.lower() in lexicon.aux and tokens[cue_first - 1].pos == "AUX"
    ):
        cue_first -= 1
    cue = (tokens[cue_first].start, tokens[i].end)
    lemma = tokens[i].lemma.lower()
    before = tokens[cue_first - 1] if cue_first > first else None
    inverted_source = _inverted_source(tokens, i + 1, last, lexicon)
    if before is not None and before.text in {",", "»", "“", "”", '"'} and inverted_source is not None:
        content = _content(text, tokens, first, cue_first - 1, regions)
        if content is None:
            return None
        source_first, source_last = inverted_source
        via = []
        if lemma in lexicon.quote_cues:
            split = next((k for k in range(source_first + 2, source_last + 1) if tokens[k].pos == "DET"), None)
            if split is not None:
                via.append(RelaySpan(_span(tokens, source_first, split - 1) or cue, cue, lemma))
                source_first = split
        source = _span(tokens, source_first, source_last)
        return Frame(cue=cue, content=[content], source=source, cue_lemma=lemma, via=via)
    if i == last or all(t.pos == "PUNCT" for t in tokens[i + 1 : last + 1]):
        return _final_participle(text, tokens, i, bounds, regions, lexicon)
    source = None
    subject = tokens[i].subject
    if subject is not None:
        source = _span(tokens, *subject)
    elif cue_first > first and tokens[cue_first - 1].pos in NOMINAL:
        start = cue_first - 1
        while start - 1 >= first and tokens[start - 1].pos in NOMINAL | {"ADP"} and tokens[start - 1].text not in STOP:
            start -= 1
        source = _span(tokens, start, cue_first - 1)
    content = _content(text, tokens, i + 1, last, regions)
    if content is None or source is None:
        return None
    return Frame(cue=cue, content=[content], source=source, cue_lemma=lemma)


def _final_participle(
    text: str, tokens: list[Token], i: int, bounds: tuple[int, int], regions: list[Span], lexicon: Lexicon
) -> Frame | None:
    """A cue closing its sentence: "…, hat Klinzewitsch am Dienstag kommentiert" / "…, le ministère a précisé"."""
    first, _ = bounds
    for k in range(i - 1, first, -1):
        if tokens[k].text == "," and k + 1 < i:
            after = tokens[k + 1]
            if after.lemma.lower() in lexicon.aux:
                source_first = k + 2
            elif after.pos in NOMINAL:
                source_first = k + 1
            else:
                return None
            source_last = _noun_phrase_end(tokens, source_first, i - 1)
            content = _content(text, tokens, first, k - 1, regions)
            source = _span(tokens, source_first, source_last)
            if content is None or source is None:
                return None
            return Frame(cue=(tokens[i].start, tokens[i].end), content=[content], source=source,
                         cue_lemma=tokens[i].lemma.lower())  # fmt: skip
    return None


def _so_frame(text: str, tokens: list[Token], i: int, bounds: tuple[int, int], regions: list[Span]) -> Frame | None:
    first, last = bounds
    if i == first or tokens[i - 1].text != ",":
        return None
    source_last = _noun_phrase_end(tokens, i + 1, last)
    if source_last < i + 1 or any(t.pos != "PUNCT" for t in tokens[source_last + 1 : last + 1]):
        return None
    content = _content(text, tokens, first, i - 2, regions)
    source = _span(tokens, i + 1, source_last)
    if content is None or source is None:
        return None
    return Frame(cue=(tokens[i].start, tokens[i].end), content=[content], source=source,
                 cue_lemma=tokens[i].lemma.lower())  # fmt: skip


def _sentence_bounds(tokens: list[Token]) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if bounds and tokens[bounds[-1][0]].sentence == token.sentence:
            bounds[-1] = (bounds[-1][0], index)
        else:
            bounds.append((index, index))
    return bounds


def find_surface_frames(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Frame]:
    """Every attribution frame the rules find in one block's tokens (block offsets)."""
    regions = quote_regions(text)
    frames: list[Frame] = []
    for bounds in _sentence_bounds(tokens):
        for i in range(bounds[0], bounds[1] + 1):
            token = tokens[i]
            lowered = token.text.lower()
            frame: Frame | None = None
            if lowered in lexicon.according:
                frame = _according(text, tokens, i, bounds, regions)
            elif lowered in lexicon.so:
                frame = _so_frame(text, tokens, i, bounds, regions)
            elif _is_cue(token, lexicon):
                frame = _cue_frame(text, tokens, i, bounds, regions, lexicon)
            if frame is not None:
                frames.append(frame)
    return frames
