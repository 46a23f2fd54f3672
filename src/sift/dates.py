"""Calendar days read from the forms inputs give them in, one reader for every room.

A page's ``published`` (a JSONL line's, extraction's) and a fact-check's ``claim_date``/``review_date`` are stored as
ISO days (``2017-11-14``): a value given as a timestamp is cut to its day, and one that is no date at all is refused at
the edge that received it, rather than stored and shown as it came ("yesterday", "not a date").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

__all__ = ["iso_day", "parse_date"]

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%d.%m.%Y", "%Y/%m/%d")
#: ``14/11/2017`` or ``11/14/2017``: read when one of the first two numbers can only be the day
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
#: "Nov." before a day: ``strptime``'s ``%b`` takes the month without its full stop
_ABBREVIATED_MONTH = re.compile(r"^([A-Za-z]{3})\.")
#: The stored dates' own form, read without ``strptime`` (77 us a call, most of a match candidate's date parsing)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: str | None) -> dt.date | None:
    """A day from ISO ``2017-11-14`` (a leading ISO timestamp too), ``14 November 2017``, ``November 14, 2017``,
    ``Nov. 14, 2017``, ``14 Nov 2017``, ``14.11.2017``, ``2017/11/14``, or ``14/11/2017`` / ``11/14/2017`` when only
    one reading is a date (``05/11/2017`` is refused: May or November)."""
    if not value:
        return None
    value = value.strip()
    slashed = _SLASHED.fullmatch(value)
    if slashed is not None:
        first, second, year = map(int, slashed.groups())
        readings = {(year, m, d) for d, m in ((first, second), (second, first)) if m <= 12 and d <= 31}
        if len(readings) != 1:
            return None
        with contextlib.suppress(ValueError):
            return dt.date(*readings.pop())
        return None
    value = _ABBREVIATED_MONTH.sub(r"\1", value)  # "Nov. 15, 2017"
    iso = _ISO_DAY.match(value)
    if iso is not None:
        with contextlib.suppress(ValueError):  # 2017-02-30: the formats below refuse it too
            return dt.date(*map(int, iso.groups()))
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value[:10] if form == "%Y-%m-%d" else value, form).date()
        except ValueError:
            continue
    return None


def iso_day(value: str | None, what: str) -> str | None:
    """``value`` as an ISO day, ``None`` when empty.

    Raises:
        ValueError: ``value`` is no date in a form :func:`parse_date` reads (the message names ``what``).
    """
    if value is None or not value.strip():
        return None
    day = parse_date(value)
    if day is None:
        raise ValueError(f"{what} {value[:40]!r} is not a date (give YYYY-MM-DD or an ISO 8601 timestamp)")
    return day.isoformat()
