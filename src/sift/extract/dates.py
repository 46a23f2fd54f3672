"""Find a publication date in a short line of scraped text (EN/FR/DE/ES month names, ISO, numeric).

Text pages have no ``<meta>`` tags, so the date line ("Tuesday, November 14, 2017", "mardi 14 novembre
2017", "14.11.2017") is the only evidence of when a page was published.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["find_date", "is_date_line"]

MONTHS: dict[str, int] = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "juil": 7,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12, "okt": 10, "dez": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}  # fmt: skip

WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    "|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
)

# Words that may surround a date on a date line ("Posted on …", "Publié le …", "am … um 10:00").
FILLERS = (
    "posted|published|updated|last|modified|on|at|by|the|of|le|la|du|publié|publie|mis|à|a|jour|par|"
    "veröffentlicht|aktualisiert|am|um|uhr|von|vom|publicado|actualizado|el|de|del|por|a las|h|hrs|"
    "pm|utc|gmt|cet|cest|est|edt|pst|pdt|msk"
)

_MONTH_NAMES = "|".join(sorted((re.escape(name) for name in MONTHS), key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"

DATE_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    re.compile(rf"(?<![\w.])(?P<day>[0-3]?\d)\.\s?(?P<mnum>[01]?\d)\.\s?{_YEAR}\b"),
    re.compile(rf"(?<![\w/])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/{_YEAR}\b"),
    re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH}\s*,?\s+(?:de\s+|del\s+)?{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*,?\s+{_YEAR}\b", re.IGNORECASE),
]

_WEEKDAY_RE = re.compile(rf"\b(?:{WEEKDAYS})\b\.?", re.IGNORECASE)
_FILLER_RE = re.compile(rf"\b(?:{FILLERS})\b", re.IGNORECASE)
_TIME_RE = re.compile(r"\b\d{1,2}[:h]\d\d(?::\d\d)?\b", re.IGNORECASE)
_RESIDUE_RE = re.compile(r"[\W_]+")

MAX_DATE_LINE_CHARS = 80  # a date line is short; longer lines are prose that merely mention a date


def _month_number(match: re.Match[str]) -> int:
    """The month of a match, from its name or its number."""
    groups = match.groupdict()
    if groups.get("month"):
        return MONTHS[groups["month"].lower().rstrip(".")]
    return int(groups["mnum"])


def _day_and_month(match: re.Match[str]) -> tuple[int, int]:
    """Day and month; slashed dates are day-first unless the second number cannot be a month."""
    groups = match.groupdict()
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        return (second, first) if second > 12 else (first, second)
    return int(groups["day"]), _month_number(match)


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first valid calendar date in ``text``.

    Args:
        text: a line of text.

    Returns:
        ``(YYYY-MM-DD, match)`` or ``None`` when no pattern yields a real date.
    """
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            day, month = _day_and_month(match)
            try:
                found = date(int(match.group("year")), month, day)
            except ValueError:
                continue
            return found.isoformat(), match
    return None


def is_date_line(line: str) -> str | None:
    """The ISO date when ``line`` is nothing but a date with its usual trimmings.

    Trimmings are a weekday, a time and words like "Posted on", "Publié le", "am", "el"; anything else
    (a sentence that mentions a date) makes it not a date line.

    Args:
        line: one line of text.

    Returns:
        ``YYYY-MM-DD`` or ``None``.
    """
    if len(line) > MAX_DATE_LINE_CHARS:
        return None
    found = find_date(line)
    if found is None:
        return None
    iso, match = found
    rest = line[: match.start()] + " " + line[match.end() :]
    for pattern in (_TIME_RE, _WEEKDAY_RE, _FILLER_RE):
        rest = pattern.sub(" ", rest)
    return iso if not _RESIDUE_RE.sub("", rest) else None
