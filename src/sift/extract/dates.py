"""Find the publication date in a short line of scraped text, in every language sift detects.

Text pages have no ``<meta>`` tags, so the date line ("Tuesday, November 14, 2017", "mardi 14 novembre
2017", "Pubblicato il 20 maggio 2020", "14.11.2017") is the only evidence of when a page was published; HTML
pages print the same lines around the article. Numeric dates and English, French, German and Spanish month
names are read by the regular expressions below (no import, microseconds). A line naming a month in another
language goes to ``dateparser`` (pinned), imported on first use only and asked only about the languages whose
month names the line holds, so a page in English never loads it. A line's cue words ("Published",
"Aggiornato", "Обновлено") say whether it dates the publication or an update.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from sift.extract.lexicon import boilerplate_reason
from sift.language import DEFAULT_LANGUAGES
from sift.lexicon.page_furniture import NEWSROOM_WORDS

__all__ = [
    "REAL_NEW_YEAR",
    "DateLine",
    "find_date",
    "is_date_line",
    "is_template_default",
    "person_name",
    "pick_published",
    "read_date_line",
    "read_date_pieces",
]

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
    "|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mié|mie|jue|vie|sáb|dom"
)

# Cue words of date lines, per language: what makes a date the publication's or an update's. One table for
# the text and HTML paths; languages follow sift.language.DEFAULT_LANGUAGES.
PUBLISHED_CUES = (
    "published|posted|first published|created|publié|publiée|mis en ligne|veröffentlicht|erschienen|erstellt|"
    "publicado|publicada|pubblicato|pubblicata|gepubliceerd|geplaatst|opublikowano|opublikowany|data publikacji|"
    "publikacja|dodano|опубликовано|опубликован|дата публикации|опубліковано|yayınlanma|yayınlandı|yayın tarihi|"
    "publicat|publikováno|zveřejněno|publicerad|publiceret|julkaistu|közzétéve|megjelent|δημοσιεύθηκε|"
    "δημοσίευση|diterbitkan|dipublikasikan"
)
UPDATED_CUES = (
    "updated|last updated|modified|last modified|edited|revised|mis à jour|mise à jour|actualisé|actualisée|"
    "modifié|modifiée|aktualisiert|zuletzt aktualisiert|geändert|stand|actualizado|actualizada|modificado|"
    "última actualización|aggiornato|aggiornata|ultimo aggiornamento|modificato|atualizado|atualizada|"
    "última atualização|bijgewerkt|laatst bijgewerkt|geüpdatet|gewijzigd|aktualizacja|zaktualizowano|"
    "ostatnia aktualizacja|zmodyfikowano|обновлено|обновление|последнее обновление|изменено|оновлено|"
    "güncelleme|güncellendi|actualizat|aktualizováno|"
    "uppdaterad|opdateret|päivitetty|frissítve|ενημερώθηκε|diperbarui"
)
# Other words that may surround a date on a date line ("Posted on …", "am … um 10:00", "il … alle 10:32").
FILLERS = (
    "last|on|at|by|the|of|le|la|du|à|a|jour|par|am|um|uhr|von|vom|den|el|de|del|por|a las|hs|h|hrs|il|alle|ore|di|"
    "da|em|às|as|do|op|om|uur|door|w|o|godz|r|roku|przez|в|г|года|от|"
    "date|datum|fecha|data|дата|tarih|päivämäärä|"
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
    re.compile(rf"{_YEAR}\s*[年년]\s*(?P<mnum>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]?"),
]

_WEEKDAY_RE = re.compile(rf"\b(?:{WEEKDAYS})\b\.?", re.IGNORECASE)
_FILLER_RE = re.compile(rf"\b(?:{PUBLISHED_CUES}|{UPDATED_CUES}|{FILLERS})\b", re.IGNORECASE)
_PUBLISHED_RE = re.compile(rf"\b(?:{PUBLISHED_CUES})\b", re.IGNORECASE)
_UPDATED_RE = re.compile(rf"\b(?:{UPDATED_CUES})\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LETTERS_RE = re.compile(r"[^\W\d_]{3,}")
_DIGITS_RE = re.compile(r"\d+")
_DAY_NUMBER_RE = re.compile(r"(?<![\d.:])[0-3]?\d(?![\d:])")
_TIME_RE = re.compile(r"\b\d{1,2}[:h]\d\d(?::\d\d)?\b", re.IGNORECASE)
_RESIDUE_RE = re.compile(r"[\W_]+")

MAX_DATE_LINE_CHARS = 100  # a date line is short; longer lines are prose that merely mention a date
MAX_BYLINE_NAME_WORDS = 5
_BYLINE_START_RE = re.compile(
    r"\W*(?:(?:posted|written|published|publié|publicado|pubblicato) )?(?:by|par|von|por|di|door|autor|napisał[a]?|"
    r"автор|yazar)\b",
    re.IGNORECASE,
)
# a time right after a date, with its connector and unit: ", 16:20", " um 9.30 Uhr", " at 4:15 pm", " à 10h30"
_LEADING_TIME_RE = re.compile(
    r"\W*(?:(?:um|at|à|a las|às|alle|o)\s+)?\d{1,2}[:h.]\d\d(?::\d\d)?(?:\s*(?:uhr|h|[ap]\.?m\.?)(?!\w))?",
    re.IGNORECASE,
)
_SEPARATOR_RE = re.compile(r"\s(?:[|•·]|//|[–—-])\s")


# Days a CMS prints when a page's date field is empty or unset: the Unix epoch (and its eve, west of Greenwich),
# the zero days of SQL Server, Excel and .NET, and 2001-01-01, the reference date of Cocoa's NSDate that
# templates and importers stamp on articles they hold no date for. A page dated so is undated, never that old.
_TEMPLATE_DEFAULT_DAYS = frozenset(
    {"1970-01-01", "1969-12-31", "1900-01-01", "1899-12-30", "1899-12-31", "0001-01-01", "2001-01-01"}
)


#: The one default day a real page may print of itself: the first day of the century (a law in force, a yearbook).
REAL_NEW_YEAR = "2001-01-01"


def is_template_default(day: str | None) -> bool:
    """Whether a ``YYYY-MM-DD`` day is a date a CMS prints by default (``2001-01-01``, ``1970-01-01``,
    ``0000-…``), which must never date a page."""
    return day is not None and (day in _TEMPLATE_DEFAULT_DAYS or day.startswith("0000"))


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


@dataclass(slots=True, frozen=True)
class DateLine:
    """A date line's date and what it dates: ``"published"``, ``"updated"`` or ``""`` (no cue word).

    ``swapped`` is the month-first reading of a slashed date that could be either ("11/01/2021": 11 January
    as read, or 1 November), for a caller that has other evidence; ``""`` for all other dates.
    """

    iso: str
    kind: str = ""
    swapped: str = ""
    byline: str = ""  # the name a byline with its date gives ("Posted on May 2, 2021 by Jane Doe"), or ""


def _swapped(iso: str, match: re.Match[str]) -> str:
    """The other reading of an ambiguous slashed date (both numbers can be a month), or ``""``."""
    groups = match.groupdict()
    if not groups.get("first") or int(groups["second"]) > 12 or groups["first"] == groups["second"]:
        return ""
    year, month, day = iso.split("-")
    return f"{year}-{day}-{month}" if int(day) <= 12 else ""


def _kind(line: str) -> str:
    """Whether a date line's words say it dates an update (wins: "Publié le …, mis à jour le …") or the publication."""
    if _UPDATED_RE.search(line):
        return "updated"
    return "published" if _PUBLISHED_RE.search(line) else ""


def _residue(rest: str, extra: frozenset[str] = frozenset()) -> list[str]:
    """The words left of a line around its date once times, weekdays, cue words and fillers are taken out."""
    for pattern in (_TIME_RE, _WEEKDAY_RE, _FILLER_RE):
        rest = pattern.sub(" ", rest)
    return [word for word in _RESIDUE_RE.split(rest.casefold()) if word and word not in extra]


_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
_DAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATEPARSER_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}


@cache
def _month_languages() -> dict[str, frozenset[str]]:
    """Each month name of dateparser's locales (three letters or more) with the languages it names a month in.

    Built once from dateparser's data on the first line that needs it (tens of milliseconds); immutable.
    """
    from dateparser.languages.loader import default_loader

    index: dict[str, set[str]] = {}
    for code in DEFAULT_LANGUAGES:
        info = default_loader.get_locale(code).info
        for key in _MONTH_KEYS:
            for name in info.get(key, []):
                name = name.casefold().rstrip(".")
                if len(name) >= 3 and name.isalpha():
                    index.setdefault(name, set()).add(code)
    return {name: frozenset(codes) for name, codes in index.items()}


@cache
def _trimmings(languages: frozenset[str]) -> frozenset[str]:
    """Weekday names and dateparser's filler tokens ("alle", "roku", "около") of these languages."""
    from dateparser.languages.loader import default_loader

    words: set[str] = set()
    for code in languages:
        info = default_loader.get_locale(code).info
        for key in (*_DAY_KEYS, "skip"):
            for word in info.get(key, []):
                words.update(_RESIDUE_RE.split(word.casefold()))  # "segunda-feira": the residue splits words too
    return frozenset(word for word in words if word)


def _by_rank(languages: frozenset[str]) -> list[str]:
    """The languages in the order sift's language list ranks them, which dateparser tries first.

    A month name may belong to several languages: "listopada" is November in Polish and October in Croatian;
    alphabetical order made "1 listopada 2018" a Croatian October. The list puts the languages sift reads first.
    """
    return sorted(languages, key=DEFAULT_LANGUAGES.index)


def _parse_with_dateparser(line: str) -> str | None:
    """The ISO date of a date line naming its month in a language sift detects (``None`` if none).

    dateparser costs 10-30 ms a line, so it only sees lines whose every word is a number, a month or weekday
    name, a filler or a cue word of the languages the line's month names belong to.
    """
    if not _DAY_NUMBER_RE.search(line):
        return None  # no day of the month: not a full date (and no need to load dateparser's tables)
    index = _month_languages()
    words = _LETTERS_RE.findall(line.casefold())
    languages = frozenset().union(*(index.get(word, ()) for word in words))
    if not languages:
        return None
    if _residue(_DIGITS_RE.sub(" ", line), _trimmings(languages) | index.keys()):
        return None
    from dateparser.search import search_dates

    try:
        found = search_dates(line, languages=_by_rank(languages), settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, KeyError, TypeError):  # dateparser's errors on odd input
        return None
    for text, moment in found or ():
        if not isinstance(moment, datetime) or not 1900 <= moment.year <= 2099:
            continue
        start = line.find(text)
        rest = line[:start] + " " + line[start + len(text) :] if start >= 0 else line.replace(text, " ")
        if not _residue(rest, _trimmings(languages)):
            return moment.date().isoformat()
    return None


def _is_byline_date(line: str, match: re.Match[str], residue: list[str]) -> bool:
    """A byline with its date ("By Luke Kemp 11 February 2020", "1. Januar 2016 von X"): a byline cue opens the
    line or follows the date, and the name is short."""
    return len(residue) <= MAX_BYLINE_NAME_WORDS and (
        _BYLINE_START_RE.match(line) is not None
        or _BYLINE_START_RE.match(line[match.end() :]) is not None
        or _timed_byline(line[match.end() :])
    )


def _timed_byline(rest: str) -> bool:
    """Whether what follows a date is its time, a byline cue and a name: ", 16:20 von jovelstefan", " at 4:15 pm by
    Jane Doe"; a name is one word or capitalised words ("um 16:20 von der Polizei gemeldet" is a sentence)."""
    time = _LEADING_TIME_RE.match(rest)
    cue = _BYLINE_START_RE.match(rest, time.end()) if time else None
    if cue is None:
        return False
    name = rest[cue.end() :].split()
    return len(name) == 1 or all(word[:1].isupper() for word in name)


#: One word of a byline's name: capitalised ("Tzlil", "O’Neill", "Müller-Lüdenscheidt", an initial "R."), or a
#: name particle between capitalised words ("Ursula von der Leyen").
_BYLINE_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
_BYLINE_CONNECTORS = frozenset({"in", "on", "at", "am", "um", "im", "le", "el", "il", "em", "dans", "en"})
_WEEKDAY_BEFORE_DATE_RE = re.compile(rf"\s(?:{WEEKDAYS})\.?,\s*$", re.IGNORECASE)
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le", "ter", "zu"})
#: Words of a byline that name a role, not a person ("Posted on … by Staff Writer", "By Reuters Staff", "von
#: Redaktion Nord"); the author stays unknown. A first word "Guest" too ("Guest Author"), but not a surname
#: "Guest" or "Autor" ("Christopher Guest", "David Autor").
_BYLINE_ROLE_RE = re.compile(
    r"staff|writers?|editors?|editorial|team|desk|reporters?|correspondents?|contributors?|newsroom|admin"
    rf"|administrator|webmaster|{NEWSROOM_WORDS}|gastautor(?:in)?",
    re.IGNORECASE,
)


def _byline_name(line: str, match: re.Match[str]) -> str:
    """The name a byline with its date gives, after its cue, before the date or after it and its time ("By Maria
    Gonzalez 11 February 2020", "Posted on September 21, 2020 by Adi Tzlil", "02.02.2022 · 11:14 von Juliane
    Ziegengeist"): two to five capitalised words (name particles between); a handle ("by admin"), a group ("von
    der Redaktion") or anything else gives ``""``."""
    cue = _BYLINE_START_RE.match(line)
    if cue is not None and cue.end() <= match.start():
        name = line[cue.end() : match.start()]
    else:
        rest = line[match.end() :]
        time = _LEADING_TIME_RE.match(rest)
        cue = _BYLINE_START_RE.match(rest, time.end() if time else 0)
        if cue is None:
            return ""
        name = rest[cue.end() :]
    return person_name(name)


def person_name(text: str) -> str:
    """The person's name a byline's text after its cue gives: two to five capitalised words (name particles
    between), a trailing connector or lowercase word dropped ("Jane Doe on", "Sina Giebel IN"); ``""`` for a
    handle, a group ("der Redaktion"), a role ("Staff Writer") or anything else."""
    # the weekday of the date after the name: "Von Tomas Spahn Fr, 18. Oktober 2019" (a comma after it)
    words = _WEEKDAY_BEFORE_DATE_RE.sub("", text).strip(" ,;:|·•–—-").split()
    # the connector of the date or the section after the name ends it: "By Jane Doe on May 2, 2021", "VON Sina Giebel
    # IN", "by Adi Tzlil in news" (a capitalised "Le", "El" may be the name's: "Marine Le Pen"); other words after
    # the name end no name: "by Adi Tzlil Read more" gives none, not "Adi Tzlil Read"
    cut = next(
        (k for k, word in enumerate(words) if k >= 2 and word.lower() in _BYLINE_CONNECTORS and not word.istitle()),
        len(words),
    )
    # a comment link after the name: "by Adi Tzlil Leave a comment", "… No Comments"
    cut = next((k for k in range(2, cut) if boilerplate_reason(" ".join(words[k:cut]))), cut)
    words = words[:cut]
    # "von Anna Meyer Am 12.03.2020", "Jane Doe on"
    while words and (words[-1].islower() or words[-1].lower() in _BYLINE_CONNECTORS):
        words.pop()
    if not 2 <= len(words) <= MAX_BYLINE_NAME_WORDS or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return ""
    if words[0].lower() == "guest" or any(_BYLINE_ROLE_RE.fullmatch(word) for word in words):
        return ""  # a role, no one's name: "Staff Writer", "Guest Author", "Editorial Team", "Redaktion Nord"
    if all(_BYLINE_NAME_WORD_RE.fullmatch(word) and (word[:1].isupper() or word in _NAME_PARTICLES) for word in words):
        return " ".join(words)
    return ""


def _read_one(line: str) -> DateLine | None:
    """The date of one line or segment; dateparser only reads lines the regexes find no date in at all."""
    found = find_date(line)
    if found is not None:
        iso, match = found
        residue = _residue(line[: match.start()] + " " + line[match.end() :])
        if not residue:
            return DateLine(iso, _kind(line), _swapped(iso, match))
        if _is_byline_date(line, match, residue):
            return DateLine(iso, _kind(line), _swapped(iso, match), _byline_name(line, match))
        return None  # a date with other words around it: a sentence, which dateparser would not change
    iso = _parse_with_dateparser(line)
    return DateLine(iso, _kind(line)) if iso else None


def read_date_line(line: str) -> DateLine | None:
    """The date of ``line`` and what it dates, when the line is nothing but a date with its usual trimmings.

    Trimmings are a weekday, a time and words like "Posted on", "Publié le", "am", "el", "Pubblicato il",
    "Opublikowano", or a byline ("By Luke Kemp"); anything else (a sentence that mentions a date) makes it not
    a date line. A line of parts between separators ("Von X | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023")
    gives the publication date among its parts.

    Args:
        line: one line of text.

    Returns:
        The :class:`DateLine`, or ``None``.
    """
    if len(line) > MAX_DATE_LINE_CHARS or not _YEAR_RE.search(line):
        return None
    found = _read_one(line)
    if found is not None or not _SEPARATOR_RE.search(line):
        return found
    parts = [date for part in _SEPARATOR_RE.split(line) if _YEAR_RE.search(part) and (date := _read_one(part))]
    iso = pick_published(parts)
    return next((part for part in parts if part.iso == iso), None)


def read_date_pieces(text: str) -> DateLine | None:
    """The date of a date widget's pieces read as one line ("November 20 15:23 2019"), by sift's date patterns
    alone: its times are taken out so the day, month and year meet; never dateparser (a page's markup is no line
    a reader saw, and dateparser costs tens of milliseconds a call).

    Args:
        text: the widget's text, pieces joined with spaces.

    Returns:
        The :class:`DateLine`, or ``None`` when the patterns find no date or other words are left around it.
    """
    line = " ".join(_TIME_RE.sub(" ", text).split())
    found = find_date(line)
    if found is None or _residue(line[: found[1].start()] + " " + line[found[1].end() :]):
        return None
    return DateLine(found[0], _kind(line))


def is_date_line(line: str) -> str | None:
    """The ISO date when ``line`` is nothing but a date with its usual trimmings (see :func:`read_date_line`).

    Args:
        line: one line of text.

    Returns:
        ``YYYY-MM-DD`` or ``None``.
    """
    found = read_date_line(line)
    return found.iso if found else None


def pick_published(lines: Iterable[DateLine]) -> str | None:
    """The publication date among a page's date lines: a "published" line, else one without a cue, else the
    earliest update (a page that only says when it was updated was published no later than that).

    Args:
        lines: the page's date lines in page order.

    Returns:
        ``YYYY-MM-DD`` or ``None`` when there is none.
    """
    found = list(lines)
    for kind in ("published", ""):
        dated = [line.iso for line in found if line.kind == kind]
        if dated:
            return dated[0]
    return min((line.iso for line in found), default=None)
