"""Booking and archive calendars: a month's grid of day numbers is page furniture, not text.

A holiday flat's page shows its occupancy calendar (months of "Mo Di Mi Do Fr Sa So 01 02 … 31" tables in a
``<blockquote>``), and read as text the grid became one block of run-together digits ("Oktober 2020MoDiMiDo…
0102030405…"), detected as Dutch and shown as a quote. A table is a calendar when its cells count the days of a
month in order (1 to at least 28, each the next cell with a number), day numbers are most of its cells (the
rest are weekday names, the month's name and empty days) and its rows hold weeks (three days or more a row on
average). A league table or a schedule ("1 | Opening talk") does not count its cells from 1 to 28, holds text in
most of them, or prints one day a row (a month's agenda whose most days are empty).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from sift.extract.result import Extraction
from sift.extract.tree import drop_element, element_text

__all__ = ["drop_calendars"]

REASON = "calendar (a month's grid of days)"
MIN_DAYS = 28  # the shortest month
MIN_DAY_SHARE = 0.6  # of the cells with text: the rest are weekday names and the month's
MAX_DAY = 31
MAX_DAY_DIGITS = 2
MIN_DAYS_A_ROW = 3  # on average, of the rows holding a day: a grid's week holds up to seven, a schedule's row one


def _day(text: str) -> int:
    """The day a cell's text is ("01", "7"), or 0."""
    return int(text) if text.isdigit() and len(text) <= MAX_DAY_DIGITS and 0 < int(text) <= MAX_DAY else 0


def _text(cell: HtmlElement) -> str:
    """A cell's text as the checks read it: its pieces glued, the ends stripped."""
    return "".join(cell.itertext()).strip()


def _is_calendar(table: HtmlElement) -> bool:
    """Whether a table without nested tables is a month's grid of days."""
    cells = [text for cell in table.iter("td", "th") if (text := _text(cell))]
    if len(cells) < MIN_DAYS:
        return False
    days = [_day(text) for text in cells]
    if sum(1 for day in days if day) < MIN_DAY_SHARE * len(cells):
        return False
    rows = [sum(1 for cell in row.iter("td", "th") if _day(_text(cell))) for row in table.iter("tr")]
    rows = [count for count in rows if count]
    if rows and sum(rows) < MIN_DAYS_A_ROW * len(rows):
        return False  # one day a row: a schedule's date column ("3 | Stadtratssitzung"), not a month's grid
    run, previous = 0, 0
    for day in days:
        if not day:
            continue  # a weekday's or the month's name between two weeks
        run = run + 1 if day == previous + 1 else (1 if day == 1 else 0)
        previous = day
        if run >= MIN_DAYS:
            return True
    return False


def drop_calendars(tree: HtmlElement, result: Extraction) -> None:
    """Cut every month grid of the page (innermost tables only: a layout table around the months stays)."""
    calendars = [
        table
        for table in tree.iter("table")
        if table.find(".//table") is None and sum(1 for _ in table.iter("td", "th")) >= MIN_DAYS and _is_calendar(table)
    ]
    for table in calendars:
        result.cut(element_text(table), REASON)
        drop_element(table)
