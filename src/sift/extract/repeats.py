"""Paragraphs a page prints twice, and another article's teaser kept ahead of the headline.

Responsive pages print one text twice, once for small screens and once for large ones, hidden by style sheets a
text extractor does not read; the second copy is no new text (:func:`cut_repeated_paragraphs`). A main-content
extractor may also take the first teaser of a sidebar list below the article for the article's opening and put
it ahead of the headline (:func:`cut_displaced_teasers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from sift.extract.result import Extraction
from sift.extract.title import repeats_title
from sift.extract.tree import TextElement, compact, compact_positions

__all__ = ["cut_displaced_teasers", "cut_repeated_paragraphs"]

_WORD_RE = re.compile(r"\w+")
_NON_WORD_RE = re.compile(r"[\W_]+")
_DIGIT_RE = re.compile(r"\d")
MIN_REPEAT_WORDS = 6  # shorter lines ("Foto: dpa", a refrain, a repeated subheading) may repeat on purpose
MIN_NEAR_COPY_WORDS = 20  # two versions of one text: long paragraphs only
MIN_NEAR_COPY_CHARS = 100
OPENING_CHARS = 40
MIN_COPY_RATIO = 0.9  # of the words in order shared by both copies
MAX_TEASER_PARAGRAPHS = 2  # a teaser is a line or two (its headline may be cut as a related heading)


def _key(text: str) -> str:
    """The paragraph's letters and digits, case folded: copies differ in punctuation, spacing and case."""
    return _NON_WORD_RE.sub("", text).casefold()


def _comparable(text: str, other: str) -> bool:
    """Whether ``text`` is about as long as ``other`` (copies differ in a few marks and spaces only)."""
    return abs(len(text) - len(other)) <= (1 - MIN_COPY_RATIO) * len(text)


def _is_copy(text: str, previous: str, opening: str) -> bool:
    """The paragraph before it or the article's opening line again, word for word (six words or more), or the
    paragraph before it but for a few words (long paragraphs)."""
    key = ""
    for other in (previous, opening):
        if other and _comparable(text, other):
            key = key or _key(text)
            if key == _key(other):
                return len(_WORD_RE.findall(text)) >= MIN_REPEAT_WORDS
    return _near_copy(text, previous)


def _near_copy(text: str, previous: str) -> bool:
    """Whether two long paragraphs are one text in two versions (a word or a form of address changed)."""
    shorter, longer = sorted((len(text), len(previous)))
    if shorter < MIN_NEAR_COPY_CHARS or shorter < MIN_COPY_RATIO * longer:
        return False  # the ratio cannot reach the bound when the lengths differ more
    if _key(text[:OPENING_CHARS]) != _key(previous[:OPENING_CHARS]):
        return False  # two versions of one text open alike
    words, other = _WORD_RE.findall(text.casefold()), _WORD_RE.findall(previous.casefold())
    if min(len(words), len(other)) < MIN_NEAR_COPY_WORDS:
        return False
    matcher = SequenceMatcher(None, words, other, autojunk=False)
    if not (
        matcher.real_quick_ratio() >= MIN_COPY_RATIO
        and matcher.quick_ratio() >= MIN_COPY_RATIO
        and matcher.ratio() >= MIN_COPY_RATIO
    ):
        return False
    # a version with another number is another fact (a listing's day and time, a table's row, a corrected figure)
    changed = (
        token
        for tag, start, end, other_start, other_end in matcher.get_opcodes()
        if tag != "equal"
        for token in (*words[start:end], *other[other_start:other_end])
    )
    return not any(_DIGIT_RE.search(token) for token in changed)


def cut_repeated_paragraphs(result: Extraction) -> None:
    """Cut a body paragraph that a responsive page prints twice: right after itself (punctuation and case aside:
    the copies differ in their ellipses and spaces; a long one also but for a few words, as when the copies address
    the reader differently, "Sie" and "du"), or the article's opening line again; six words or more. A line that
    repeats further away is the page's structure (an interview's questions, a meal plan's rows, a product list's
    features) and stays.

    Args:
        result: the extraction; its pieces lose the later copies.
    """
    opening = previous = ""
    kept = []
    for piece in result.pieces:
        if piece.role != "body" or piece.poster is not None:
            kept.append(piece)
            continue
        if _is_copy(piece.text, previous, opening):
            result.cut(piece.text, "repeated paragraph (printed twice)")
            continue
        opening = opening or piece.text
        previous = piece.text
        kept.append(piece)
    result.pieces = kept


def cut_displaced_teasers(elements: Sequence[TextElement], result: Extraction) -> None:
    """Cut the opening paragraphs kept ahead of the headline that the page prints only below the article.

    The body then opens with a line or two and the headline: when each of those lines is printed on the page
    after every located paragraph that follows the headline in the extraction (a teaser list in a sidebar or a
    footer), they are another article's, not the article's opening. The headline itself is left for the title
    step. Paragraphs printed above the headline are :func:`~sift.extract.header.cut_banners_above_headline`'s.

    Args:
        elements: the page's innermost text elements, in document order.
        result: the extraction; its pieces lose the teaser lines.
    """
    if not result.title:
        return
    pieces = result.pieces
    headline = next(
        (
            index
            for index, piece in enumerate(pieces[: MAX_TEASER_PARAGRAPHS + 1])
            if repeats_title(piece.text, result.title)
        ),
        None,
    )
    if not headline or any(piece.role != "body" for piece in pieces[:headline]):
        return
    positions = compact_positions(elements)
    teaser_at = [positions.get(compact(piece.text), []) for piece in pieces[:headline]]
    article_at = [max(found) for piece in pieces[headline + 1 :] if (found := positions.get(compact(piece.text)))]
    if not article_at or not all(teaser_at) or min(min(found) for found in teaser_at) < max(article_at):
        return
    for piece in pieces[:headline]:
        result.cut(piece.text, "another article's teaser (printed below the article)")
    result.pieces = pieces[headline:]
