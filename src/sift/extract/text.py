"""Clean up a scraped page rendered as plain text: title, date line, body, related snippets, clutter.

A text rendering keeps only line breaks and indentation, so the layout is read from those: the header
(date, title, author) comes before the first prose paragraph, the body runs to the last prose paragraph,
and what follows is related snippets (indented or numbered) or page furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sift.document import Removed
from sift.extract.dates import DateLine, pick_published, read_date_line
from sift.extract.lexicon import boilerplate_reason, related_heading_rest
from sift.extract.result import Extraction

__all__ = ["extract_text"]

# Layout thresholds set by hand on the seed page and tests/extract/fixtures (no benchmark of text pages exists).
MIN_PROSE_WORDS = 8  # a body paragraph has at least this many words and ends a sentence ...
LONG_PROSE_WORDS = 25  # ... or is this long even without final punctuation
MAX_TITLE_WORDS = 25
MAX_HEADING_CHARS = 60  # a shorter line without final punctuation is a heading or dateline, not a wrap
MAX_SITE_NAME_WORDS = 4
MIN_RELATED_WORDS = 3
MIN_WRAP_CHARS = 40  # hard-wrapped paragraphs have every line but the last between these widths
MAX_WRAP_CHARS = 100

_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "»", "”", "“", "'", "’", ")")
_WORD_RE = re.compile(r"[^\W\d_]{2}")
_ELLIPSIS_RE = re.compile(r"(?:\.\.\.|…)\W*$")
_LIST_MARKER_RE = re.compile(r"^(?:\d{1,3}[.)]|[-*•▪►–])\s+")
_BYLINE = (
    r"(?:by|posted by|written by|par|publié par|écrit par|von|geschrieben von|por|escrito por|publicado por|"
    r"di|a cura di|scritto da|pubblicato da|door|geschreven door|autor:?|napisał[a]?|opublikował[a]?|"
    r"автор:?|автор публикации:?|yazar:?)"
    r"\s+(?P<name>\w[\w.'’-]*(?:\s+\w[\w.'’-]*){0,4})\W*$"
)
_SOURCE_LINE_RE = re.compile(r"^(?:sources?|quellen?|fuentes?|via)\s*:\s*\S", re.IGNORECASE)
_AUTHOR_RE = re.compile(rf"^{_BYLINE}", re.IGNORECASE)
_TRAILING_AUTHOR_RE = re.compile(rf"[\s,|–—-]+{_BYLINE}", re.IGNORECASE)


@dataclass(slots=True)
class Unit:
    """A paragraph candidate: one line or several wrapped lines of the text."""

    text: str
    raw: str
    indent: int
    is_listed: bool
    paragraph: int

    @property
    def words(self) -> int:
        """Number of whitespace-separated words."""
        return len(self.text.split())

    @property
    def is_offset(self) -> bool:
        """Indented or numbered: how text renderings show lists, quotes and related-post snippets."""
        return self.indent > 0 or self.is_listed

    @property
    def ends_sentence(self) -> bool:
        """Ends with sentence-final punctuation (or a closing quote)."""
        return self.text.endswith(_SENTENCE_END)

    @property
    def is_teaser(self) -> bool:
        """Ends in an ellipsis: a truncated snippet of another page."""
        return bool(_ELLIPSIS_RE.search(self.text))

    @property
    def is_prose(self) -> bool:
        """Looks like a paragraph of article text."""
        if self.is_teaser:
            return False
        return self.words >= LONG_PROSE_WORDS or (self.words >= MIN_PROSE_WORDS and self.ends_sentence)

    @property
    def is_heading(self) -> bool:
        """A short line without final punctuation (title, heading, dateline, site name)."""
        return not self.ends_sentence and not self.is_teaser and 0 < self.words <= MAX_TITLE_WORDS


def _indent(line: str) -> int:
    """Leading spaces (tabs already expanded)."""
    return len(line) - len(line.lstrip(" \t"))


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Every line but the last has a similar middling width: one paragraph wrapped at a fixed column."""
    return len(lines) > 1 and all(MIN_WRAP_CHARS <= len(line.strip()) <= MAX_WRAP_CHARS for line in lines[:-1])


def _starts_new_unit(previous: str, line: str, hard_wrapped: bool) -> bool:
    """Whether ``line`` starts a new paragraph rather than continuing ``previous``."""
    text = line.strip()
    if _LIST_MARKER_RE.match(text) or _indent(line) != _indent(previous):
        return True
    if hard_wrapped:
        return False
    before = previous.strip()
    if before.endswith(_SENTENCE_END):
        return True
    return len(before) <= MAX_HEADING_CHARS and text[:1].isupper()


def _join(lines: list[str]) -> str:
    """Join wrapped lines with one space, mending words hyphenated across a line break."""
    text = lines[0].strip()
    for line in (line.strip() for line in lines[1:]):
        mended = text.endswith("-") and line[:1].islower()
        text = text[:-1] + line if mended else f"{text} {line}"
    return text


def _make_unit(lines: list[str], paragraph: int) -> Unit:
    """A unit from its lines: joined text without its list marker, the raw lines for ``removed``."""
    first = lines[0].strip()
    marker = _LIST_MARKER_RE.match(first)
    text = _join(lines)
    if marker:
        text = text[marker.end() :].strip()
    return Unit(text, "\n".join(line.strip() for line in lines), _indent(lines[0]), bool(marker), paragraph)


def split_units(raw: str) -> list[Unit]:
    """Cut the text into paragraph candidates: blank lines, list markers, indentation and line ends.

    Args:
        raw: the page as text.

    Returns:
        The units in order, each remembering its paragraph number.
    """
    units: list[Unit] = []
    paragraphs = re.split(r"\n[ \t]*\n", raw.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4))
    for number, paragraph in enumerate(paragraphs):
        lines = [line.rstrip() for line in paragraph.split("\n") if line.strip()]
        if not lines:
            continue
        hard_wrapped = _is_hard_wrapped(lines)
        current = [lines[0]]
        for line in lines[1:]:
            if _starts_new_unit(current[-1], line, hard_wrapped):
                units.append(_make_unit(current, number))
                current = [line]
            else:
                current.append(line)
        units.append(_make_unit(current, number))
    return units


def _body_span(units: list[Unit]) -> tuple[int, int] | None:
    """Index of the first and last prose unit that is not offset (indented or numbered)."""
    prose = [index for index, unit in enumerate(units) if unit.is_prose and not boilerplate_reason(unit.text)]
    prose = [index for index in prose if not units[index].is_offset] or prose
    if not prose:
        return None
    return prose[0], prose[-1]


def _dateline(text: str) -> tuple[DateLine | None, str | None]:
    """The date of a date line, and the author when it ends "… by Admin"; ``(None, None)`` otherwise."""
    trailing = _TRAILING_AUTHOR_RE.search(text)
    date = read_date_line(text[: trailing.start()] if trailing else text)
    if date is None:
        return None, None
    return date, trailing.group("name") if trailing else None


def _title_index(units: list[Unit], start: int) -> int | None:
    """The header line that is the title: the longest heading line, since site names and kickers are short.

    A dateline printed right above the first paragraph ("Albu Kamal") is the title only when nothing else is.
    """
    candidates = [
        index
        for index, unit in enumerate(units[:start])
        if unit.is_heading
        and not boilerplate_reason(unit.text)
        and _dateline(unit.text) == (None, None)
        and not _AUTHOR_RE.match(unit.text)
    ]
    attached = [
        index for index in candidates if index == start - 1 and units[index].paragraph == units[start].paragraph
    ]
    candidates = [index for index in candidates if index not in attached] or attached
    return max(candidates, key=lambda index: (units[index].words, -index)) if candidates else None


def _read_header(units: list[Unit], start: int, result: Extraction) -> None:
    """Date line, title, author and dateline before the body; everything else there is cut."""
    title = _title_index(units, start)
    dates: list[tuple[DateLine, Removed]] = []
    for index, unit in enumerate(units[:start]):
        reason = boilerplate_reason(unit.text)
        date, date_author = _dateline(unit.text)
        author = _AUTHOR_RE.match(unit.text)
        if reason:
            result.cut(unit.raw, reason)
        elif index == title:
            result.title = unit.text
            result.cut(unit.raw, "title (moved to title)")
        elif date:
            result.author = result.author or date_author
            result.cut(unit.raw, "date line")
            dates.append((date, result.removed[-1]))
        elif author and result.author is None:
            result.author = author.group("name")
            result.cut(unit.raw, "byline (moved to author)")
        elif index == start - 1 and unit.paragraph == units[start].paragraph:
            # printed right above the first paragraph: a few words are a place label or a photo's caption
            # ("Albu Kamal"), more are a subheading of the article
            short = unit.is_heading and unit.words <= MAX_SITE_NAME_WORDS
            result.keep("caption" if short else "body", unit.text)
        elif unit.ends_sentence and unit.words >= MIN_RELATED_WORDS and not unit.is_teaser:
            result.keep("body", unit.text)  # a standfirst
        elif title is not None and index < title and unit.is_heading and unit.words <= MAX_SITE_NAME_WORDS:
            result.cut(unit.raw, "site name")
        else:
            result.cut(unit.raw, "boilerplate: header line")
    _date_the_page(dates, result)


def _date_the_page(dates: list[tuple[DateLine, Removed]], result: Extraction) -> None:
    """Publication date from the header's date lines; each cut line says whether it gave it or why not."""
    result.published = pick_published(date for date, _ in dates)
    for date, removed in dates:
        if date.iso == result.published and removed.reason == "date line":
            removed.reason = "date line (moved to published)"
            result.published = date.iso
            break
    for date, removed in dates:
        if removed.reason == "date line":
            removed.reason = f"date line ({'update' if date.kind == 'updated' else 'not the publication date'})"


def _read_body(units: list[Unit], result: Extraction) -> None:
    """Body paragraphs, headings and list items; indented text is a quote; "Lire aussi" lines are related."""
    in_related = False
    for unit in units:
        reason = boilerplate_reason(unit.text)
        rest = related_heading_rest(unit.text)
        if reason:
            result.cut(unit.raw, reason)
        elif rest is not None:
            result.cut(unit.raw[: len(unit.raw) - len(rest)], "related heading")
            result.keep("related", rest)
            in_related = not rest
        elif in_related and not unit.is_prose:
            result.keep("related", unit.text)
        else:
            in_related = False
            result.keep("quote" if unit.indent > 0 and not unit.is_listed else "body", unit.text)


def _read_tail(units: list[Unit], result: Extraction) -> None:
    """After the body: offset snippets and items under a related heading are related; the rest is furniture."""
    in_related = False
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        reason = boilerplate_reason(unit.text)
        rest = related_heading_rest(unit.text)
        if reason:
            result.cut(unit.raw, reason)
            in_related = False
        elif _SOURCE_LINE_RE.match(unit.text):
            result.keep("body", unit.text)  # "Source: Sputnik" says who the article relays
        elif rest is not None:
            result.cut(unit.raw[: len(unit.raw) - len(rest)], "related heading")
            result.keep("related", rest)
            in_related = True
        elif (unit.is_offset or in_related) and unit.words >= MIN_RELATED_WORDS:
            result.keep("related", unit.text)
        elif unit.is_teaser or (unit.is_heading and following is not None and following.is_teaser):
            result.cut(unit.raw, "promo teaser")
        elif unit.is_heading and unit.words <= MAX_SITE_NAME_WORDS and not unit.is_offset:
            result.cut(unit.raw, "site name")
        else:
            result.cut(unit.raw, "boilerplate: trailing line")


def extract_text(raw: str) -> Extraction:
    """Extract title, date, body and related snippets from a page rendered as plain text.

    Args:
        raw: the decoded text of the page.

    Returns:
        The extraction; ``pieces`` is empty when every line is page furniture.
    """
    result = Extraction()
    units = split_units(raw)
    span = _body_span(units)
    if span is None:  # a pasted sentence or two: keep whatever is not furniture
        for unit in units:
            reason = boilerplate_reason(unit.text) or (None if _WORD_RE.search(unit.text) else "no words")
            if reason:
                result.cut(unit.raw, reason)
            else:
                result.keep("body", unit.text)
        return result
    start, end = span
    _read_header(units, start, result)
    _read_body(units[start : end + 1], result)
    _read_tail(units[end + 1 :], result)
    return result
