"""Other articles' dates on a page: a list of teasers, each with its date, is no date of the page's own.

htmldate's markup search reads the whole page, so on a page that prints no date of its own (an "about us"
page, a landing page) it returns the first date of a sidebar's teaser list. :func:`drop_teaser_dates` finds
those dates from the date marks upward; :func:`widget_date` then reads the page's own date widget when it prints
its date in pieces, with sift's date patterns only (no dateparser: a page's markup is read on every pass).
"""

from __future__ import annotations

from lxml.etree import XPath
from lxml.html import HtmlElement

from sift.extract.dates import read_date_pieces

__all__ = ["drop_teaser_dates", "widget_date"]

# a date mark of htmldate's markup search: a <time> element or a date-like class, id or itemprop; the attribute
# values are tested in Python (string functions in the XPath, on every element, cost three times more)
_DATE_MARK_CANDIDATES = XPath(".//@class | .//@id | .//@itemprop | .//time")
_OTHER_PAGE_LINKS = XPath(".//a[@href and not(starts-with(@href, '#'))]")
MAX_TEASER_CHARS = 600  # a teaser is a headline, a line and a date; an article printing its date is longer
MAX_MARK_CHARS = 60  # a date widget's text: "November 20 15:23 2019"


def _date_marks(tree: HtmlElement) -> list[HtmlElement]:
    """The page's date marks in document order: ``<time>`` elements and elements whose class, id or itemprop
    says "date" or "datum"."""
    marks: dict[HtmlElement, None] = {}
    for found in _DATE_MARK_CANDIDATES(tree):
        if not isinstance(found, str):
            marks[found] = None
        elif "date" in (value := found.lower()) or "datum" in value:
            marks[found.getparent()] = None
    return list(marks)


def _teaser_date_marks(tree: HtmlElement) -> list[HtmlElement]:
    """The date marks of teasers: items repeated under one parent (same tag and class, two or more), each short,
    linking to another page and carrying a date mark."""
    items: dict[tuple[HtmlElement, str, str], dict[HtmlElement, list[HtmlElement]]] = {}
    short: dict[HtmlElement, bool] = {}  # marks share their lists' boxes: each box's text is measured once
    for mark in _date_marks(tree):
        item = mark
        while (parent := item.getparent()) is not None:
            if item not in short:
                short[item] = len(item.text_content()) <= MAX_TEASER_CHARS
            if not short[item]:
                break
            if _OTHER_PAGE_LINKS(item):  # the mark's item at each level that could be one of a list's
                items.setdefault((parent, item.tag, item.get("class", "")), {}).setdefault(item, []).append(mark)
            item = parent
    return [mark for group in items.values() if len(group) >= 2 for marks in group.values() for mark in marks]


def drop_teaser_dates(tree: HtmlElement) -> bool:
    """Drop the date marks of teaser lists from ``tree`` (their tails stay).

    Args:
        tree: a parsed page, which is changed.

    Returns:
        Whether any mark was dropped.
    """
    marks = _teaser_date_marks(tree)
    for mark in marks:
        if mark.getparent() is not None:  # a mark of nested lists is met twice
            mark.drop_tree()
    return bool(marks)


def widget_date(tree: HtmlElement) -> str | None:
    """The first date mark whose pieces, read as one line, make a date: widgets print the day and month in one
    element and the time and year in others ("November 20" · "15:23" · "2019"), which htmldate reads one by one.

    Args:
        tree: a parsed page (teasers' dates already dropped).

    Returns:
        ``YYYY-MM-DD`` or ``None``.
    """
    for mark in _date_marks(tree):
        text = " ".join(" ".join(mark.itertext()).split())  # pieces apart: "November 20" "15:23"
        found = read_date_pieces(text) if len(text) <= MAX_MARK_CHARS else None
        if found is not None and found.kind != "updated":
            return found.iso
    return None
