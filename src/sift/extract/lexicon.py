"""Which lines of a page are furniture, appeals or related-content headings: extraction's reading of the cues.

The cue tables themselves live in :mod:`sift.lexicon.page_furniture` (the claims stage reads them too); this
module applies them with extraction's limits, shared by the text and HTML paths. Furniture cues must be the whole
(short) line; promotion cues must start a line of at most ``MAX_PROMO_WORDS`` words.
"""

from __future__ import annotations

import re

from sift.lexicon.page_furniture import (
    AUTHOR_BOX_CUE,
    CONSENT_WORDS,
    COOKIE_WORDS,
    PROMO_CUES,
    RELATED_CUE,
    SHORT_LINE_CUES,
    SITE_VOICE_WORDS,
)

__all__ = [
    "MAX_WIDGET_WORDS",
    "boilerplate_reason",
    "is_author_box_heading",
    "related_heading_rest",
]

MAX_WIDGET_WORDS = 12  # furniture lines are short; longer lines are prose even if they say "share"
# Promotion lines (newsletter, donation, paywall, follow-us appeals) run to a few sentences; a longer paragraph
# is prose about the subject. Checked on scrapinghub and trafilatura-eval-dev half a (bench/extract.py).
MAX_PROMO_WORDS = 60
MAX_SLOGAN_WORDS = 3  # "O conhecimento liberta.", "Saiba mais.": what may stand next to an appeal in a furniture line


def _combined(cues: tuple[tuple[str, str], ...], frame: str) -> re.Pattern[str]:
    """One regex for a table of ``(reason, pattern)`` cues, each cue a named group (one match call per line).

    Lines are matched lower-cased: several times faster than ``re.IGNORECASE`` for the same result.
    """
    groups = "|".join(f"(?P<c{index}>{pattern})" for index, (_, pattern) in enumerate(cues))
    return re.compile(frame.format(groups))


def _reason(pattern: re.Pattern[str], line: str) -> str | None:
    """The reason of the cue that matches the start of ``line`` (the first in table order), or ``None``."""
    match = pattern.match(line.lower())
    if match is None or match.lastgroup is None:
        return None
    return _REASONS[pattern][int(match.lastgroup[1:])]


_SHORT_LINE_RE = _combined(SHORT_LINE_CUES, r"^\W*(?:{})\W*$")

_PROMO_RE = _combined(PROMO_CUES, r"^\W*(?:{})")
_REASONS = {
    _SHORT_LINE_RE: tuple(reason for reason, _ in SHORT_LINE_CUES),
    _PROMO_RE: tuple(reason for reason, _ in PROMO_CUES),
}

_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+")
# A cookie banner: the site's own voice asking for consent; the caller checks its length.
_COOKIE_RE = re.compile(COOKIE_WORDS, re.IGNORECASE)
_SITE_VOICE_RE = re.compile(SITE_VOICE_WORDS, re.IGNORECASE)
_CONSENT_RE = re.compile(CONSENT_WORDS, re.IGNORECASE)
MAX_COOKIE_WORDS = 80
MAX_AUTHOR_HEADING_WORDS = 4


_AUTHOR_BOX_RE = re.compile(rf"^\W*(?:{AUTHOR_BOX_CUE})\W*$", re.IGNORECASE)

# A related cue must end the text or be followed by a separator.
_RELATED_HEADING_RE = re.compile(rf"^\W*(?:{RELATED_CUE})\s*(?:[:|>»›→–—-]+\W*|$)", re.IGNORECASE)
# A cue in capitals needs no separator: "DON'T MISS Plague warning: …", "LEIA TAMBÉM Bolsonaro diz …"
_CAPITAL_CUE_RE = re.compile(rf"^\W*(?P<cue>{RELATED_CUE})\s+(?=\S)", re.IGNORECASE)
# "More … stories/news" with words between ("More great WIRED stories") heads a list, but before a sentence it opens
# the article's own paragraph: "More good news: unemployment fell to 3.1 percent, the office said."
_WORDY_MORE_RE = re.compile(r"\W*more\s+(?!(?:on this|from|stories|news|articles)\b)", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'’”»)]*$")


_MENU_SEPARATOR_RE = re.compile(r"\s+[|·•»>/]\s+")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 3


def _is_menu(line: str) -> bool:
    """A row of short items between separators ("Home | World | Sport")."""
    items = _MENU_SEPARATOR_RE.split(line)
    return len(items) >= MIN_MENU_ITEMS and all(len(item.split()) <= MAX_MENU_ITEM_WORDS for item in items)


def _is_cookie_notice(line: str) -> bool:
    """Mentions cookies, in the site's own voice, asking for consent (the caller checks a banner's length)."""
    return (
        _COOKIE_RE.search(line) is not None
        and _SITE_VOICE_RE.search(line) is not None
        and _CONSENT_RE.search(line) is not None
    )


def boilerplate_reason(line: str) -> str | None:
    """Why a line is page furniture, or ``None`` when it may be content.

    Args:
        line: one line or element text, already stripped.

    Returns:
        A reason such as ``"share/subscribe"``, ``"cookie notice"``, ``"boilerplate: widget"``.
    """
    split = line.split()
    words = len(split)
    if words > MAX_COOKIE_WORDS:
        return None  # prose: every cue below is shorter
    if words > 1 and words % 2 == 0 and split[: words // 2] == split[words // 2 :]:
        return boilerplate_reason(" ".join(split[: words // 2]))  # "CONTINUA DEPOIS DA PUBLICIDADE" twice
    if _is_cookie_notice(line):
        return "cookie notice"
    if words > MAX_PROMO_WORDS:
        return None
    if words <= MAX_WIDGET_WORDS:
        if _is_menu(line):
            return "navigation"
        if reason := _reason(_SHORT_LINE_RE, line):
            return reason
        # a short line of appeals and slogans: "O conhecimento liberta. Saiba mais. Siga-nos no Telegram."
        sentences = _SENTENCE_SPLIT_RE.split(line)
        reasons = [_reason(_PROMO_RE, sentence) for sentence in sentences[1:]]
        found = next((reason for reason in reasons if reason), None)
        others = [sentence for sentence, reason in zip(sentences[1:], reasons, strict=True) if not reason]
        if found and all(len(sentence.split()) <= MAX_SLOGAN_WORDS for sentence in [sentences[0], *others]):
            return found
    return _reason(_PROMO_RE, line)


def related_heading_rest(text: str) -> str | None:
    """The text after a related-content cue ("Lire aussi : …"), or ``None`` when there is no cue.

    Args:
        text: a heading or paragraph text.

    Returns:
        What follows the cue (``""`` for a bare heading), or ``None``.
    """
    match = _RELATED_HEADING_RE.match(text)
    if match is None and (capital := _CAPITAL_CUE_RE.match(text)) and capital.group("cue").isupper():
        match = capital
    if match is None:
        return None
    rest = text[match.end() :].strip()
    if rest and _SENTENCE_END_RE.search(rest) and _WORDY_MORE_RE.match(text):
        return None
    return rest


def is_author_box_heading(text: str) -> bool:
    """Whether a line is just the heading of an author box ("Autor:innen", "Über die Autorin", "About the author")."""
    return len(text.split()) <= MAX_AUTHOR_HEADING_WORDS and _AUTHOR_BOX_RE.match(text) is not None
