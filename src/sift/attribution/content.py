"""``content_span``: the reported content of one sentence without its attribution frame, by pattern, no model.

For callers that need the claim-bearing part of a sentence quickly (check-worthiness, matching): "The
ministry said (that) X" -> X; "X, the ministry said." -> X; "According to the ministry, X" -> X, with the
French and German equivalents ("…, a précisé le ministère", "Laut X …", "…, so X"). The full stage finds
more frames (it parses), but needs loaded models.
"""

from __future__ import annotations

import re

from sift.attribution.frames import trim_content, word_set
from sift.attribution.french import FRENCH

__all__ = ["content_span"]

_EN_CUES = word_set(
    """
    said says say told tells added adds wrote writes noted notes reported reports announced announces claimed claims
    stated states argued argues insisted insists warned warns explained explains stressed stresses declared declares
    confirmed confirms suggested suggests tweeted tweets believes believe thinks think specified specifies
    acknowledged acknowledges alleged alleges revealed reveals emphasized emphasised asserted asserts maintained
    maintains contended contends predicted predicts estimated estimates
    """
)
_DE_CUES = word_set(
    """
    sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint zitiert zitierte kommentierte
    kommentiert schrieb schreibt warnte warnt berichtete berichtet behauptete behauptet unterstrich bekräftigte
    bestätigte versicherte fügte ergänzte
    """
)

_WORDS = r"(?:[\w.'’-]+\s+){0,7}?"
_HEAD = r"(?:(?:has|have|had|a|ont|avait|hat|haben)\s+)?(?:\w+\s+)?"


def _cue_pattern(forms: list[str] | frozenset[str]) -> str:
    return r"(?:" + "|".join(sorted((re.escape(form) for form in forms), key=len, reverse=True)) + r")"


_CUES = {"en": _cue_pattern(_EN_CUES), "fr": _cue_pattern(FRENCH.cues), "de": _cue_pattern(_DE_CUES)}
_ACCORDING_FIRST = {
    "en": re.compile(r"^\s*according to [^,]{1,80},\s*(?P<c>.+)$", re.I | re.S),
    "fr": re.compile(r"^\s*(?:selon|d['’]après) [^,]{1,80},\s*(?P<c>.+)$", re.I | re.S),
    "de": re.compile(
        r"^\s*(?:[Ll]aut|[Nn]ach [Aa]ngaben) (?:(?:de[rmsn]|die|das|von)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){1,4}(?P<c>.+)$", re.S
    ),
}
_ACCORDING_LAST = {
    "en": re.compile(r"^(?P<c>.+?),?\s+according to [^,]{1,80}$", re.I | re.S),
    "fr": re.compile(r"^(?P<c>.+?),?\s+(?:selon|d['’]après) [^,]{1,80}$", re.I | re.S),
    "de": re.compile(r"^(?P<c>.+?),\s+(?:so|laut) [^,]{1,80}$", re.S),
}


def _frame_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    cue = _CUES[lang]
    tail = rf"{_WORDS}{_HEAD}{cue}\b[^,;:“”\"«»„]{{0,120}}"
    after = re.compile(rf"^(?P<c>.+?[,:\"”»“])\s+{tail}(?:,\s+{tail})*$", re.I | re.S)
    before = re.compile(
        rf"^\s*[\w.'’-]+(?:\s+[\w.'’-]+){{0,7}}?\s+{_HEAD}{cue}\b[,:]?\s+(?:(?:that|que|qu['’]|dass)\s*)?(?P<c>.+)$",
        re.I | re.S,
    )
    return after, before


_PATTERNS = {lang: (_ACCORDING_FIRST[lang], _ACCORDING_LAST[lang], *_frame_patterns(lang)) for lang in _CUES}


def content_span(sentence_text: str, lang: str) -> tuple[int, int] | None:
    """The content of the attribution frame of a sentence, without the frame, as offsets into ``sentence_text``.

    Args:
        sentence_text: one sentence.
        lang: its language (``en``, ``fr`` or ``de``; others return ``None``).

    Returns:
        ``(start, end)`` of the content (quotes kept, final full stop dropped), or ``None`` when the
        sentence has no attribution frame this function recognises.
    """
    patterns = _PATTERNS.get(lang)
    if patterns is None:
        return None
    for pattern in patterns:
        match = pattern.match(sentence_text)
        if match is None:
            continue
        span = trim_content(sentence_text, match.span("c"))
        if span is not None:
            return span
    return None
