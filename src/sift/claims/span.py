"""The claim-bearing clause of a long sentence: the attribution frame ("the ministry said that …") cut off.

A fact-checker checks what was claimed, not that somebody said it; the attribution stage records the who.
Frames are found with small multilingual patterns (en, fr, de, nl, es) at the start ("X said that …",
"According to X, …", "Laut X, …") and at the end ("…, the ministry said, Sputnik reported.",
"…», a précisé le ministère."); anything else keeps the whole sentence.
"""

from __future__ import annotations

import re

__all__ = ["MIN_WORDS", "claim_span"]

# Sentences shorter than this keep their whole text: the frame is most of what there is to read.
MIN_WORDS = 12
# A frame is short; a longer tail after a comma is content, not a frame.
_MAX_FRAME_WORDS = 12
# The clause left after cutting must still say something.
_MIN_CONTENT_WORDS = 4

_SPEECH = (
    r"(?:said|says|say|stated|states|claimed|claims|reported|reports|announced|added|noted|stressed|"
    r"specified|told(?:\s+\w+){0,2}|explained|insisted|warned|wrote|tweeted|confirmed|argued|"
    r"a\s+(?:\w+\s+)?(?:déclaré|indiqué|précisé|annoncé|affirmé|souligné|ajouté|expliqué|estimé|rapporté)|"
    r"déclare|affirme|estime|précise|indique|"
    r"sagte|sagt|erklärte|erklärt|betonte|berichtete|berichtet|zitiert|kommentierte|"
    r"zei|zegt|meldde|meldt|verklaarde|"
    r"dijo|afirmó|declaró|informó|aseguró|explicó|señaló)"
)
_COMPLEMENTISER = r"(?:that|que|qu['’]|dass|dat)"
# Time words that may sit between a speech verb and its complementiser ("a annoncé mardi que …").
_WHEN = (
    r"(?:\s+(?:on|am|le|ce|also|again|today|yesterday|aujourd['’]hui|hier|heute|gestern|soir|matin|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b){0,3}"
)
_WORD = re.compile(r"\w+", re.UNICODE)

# "According to X, …", "Selon X, …", "Laut X, …", "Volgens X, …", "Según X, …"
_ACCORDING_TO = re.compile(
    r"^\s*(?:according\s+to|selon|d['’]après|laut|volgens|según)\s[^,;:]{1,80},\s*", re.IGNORECASE
)
# German "Laut Klinzewitsch können …" (no comma): "laut" plus a short name phrase before a lower-case word.
_LAUT_NO_COMMA = re.compile(r"^\s*(?i:laut)\s+(?:(?:der|des|dem|den|die)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){1,3}(?=[a-zäöüß])")
# "The ministry (also) said (that) …", "Le ministère a précisé que …", "Er sagte, dass …"
_LEADING_FRAME = re.compile(
    rf"^\s*[^,;:\"«“„]{{1,100}}?\b{_SPEECH}\b(?:{_WHEN}\s*,?\s*{_COMPLEMENTISER}\b\s*|\s*,?\s*:?\s*)",
    re.IGNORECASE,
)
_TAIL_SPEECH = re.compile(rf"\b{_SPEECH}\b", re.IGNORECASE)
_OPEN_QUOTES = "\"'«“„‘‚‹ "
_CLOSE_QUOTES = "\"'»”“’‹›, "
# Inner quotes a cut may split from their closing mark ("… ‘international coalition,’" the ministry said).
_QUOTE_PAIRS = (("‘", "’"), ("“", "”"), ("«", "»"), ("„", "“"), ("‹", "›"))
_END_PUNCT = ".!?…"


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _strip_tail_frames(text: str, start: int, end: int) -> int:
    """New end after cutting trailing ", <source> said" frames (repeatedly, for relays)."""
    while True:
        body = text[start:end].rstrip(_END_PUNCT + " ")
        comma = body.rfind(",")
        if comma < 0:
            return end
        tail = body[comma + 1 :]
        if _words(tail) > _MAX_FRAME_WORDS or not _TAIL_SPEECH.search(tail):
            return end
        if _words(body[:comma]) < _MIN_CONTENT_WORDS:
            return end
        end = start + comma


def _strip_leading_frame(text: str, start: int, end: int) -> int:
    """New start after cutting a leading "X said that" / "According to X," frame."""
    segment = text[start:end]
    for pattern in (_ACCORDING_TO, _LAUT_NO_COMMA, _LEADING_FRAME):
        match = pattern.match(segment)
        if match and _words(segment[match.end() :]) >= _MIN_CONTENT_WORDS:
            return start + match.end()
    return start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quote marks, commas and spaces around the clause (sentence punctuation stays)."""
    while start < end and text[start] in _OPEN_QUOTES:
        start += 1
    while end > start and text[end - 1] in _CLOSE_QUOTES:
        end -= 1
    for opener, closer in _QUOTE_PAIRS:
        clause = text[start:end]
        if clause.count(opener) > clause.count(closer):
            close_at = text.find(closer, end, end + 3)
            if close_at >= 0:
                end = close_at + 1
    return start, end


def claim_span(text: str) -> tuple[int, int]:
    """Offsets ``(start, end)`` in ``text`` of the claim-bearing clause of one sentence.

    Args:
        text: the sentence.

    Returns:
        The clause without its attribution frame when the sentence is long and has one, otherwise the
        whole sentence without surrounding spaces; an empty span for blank text.
    """
    end = len(text.rstrip())
    start = min(len(text) - len(text.lstrip()), end)
    if start == end or _words(text) < MIN_WORDS:
        return start, end
    cut_end = _strip_tail_frames(text, start, end)
    cut_start = _strip_leading_frame(text, start, cut_end)
    if (cut_start, cut_end) == (start, end):
        return start, end
    clause_start, clause_end = _trim(text, cut_start, cut_end)
    if _words(text[clause_start:clause_end]) < _MIN_CONTENT_WORDS:
        return start, end
    return clause_start, clause_end
