"""sift.dates: the one reader of the calendar days inputs give (fact-check dates, a JSONL page's ``published``)."""

from __future__ import annotations

import datetime as dt

import pytest

from sift.dates import iso_day, parse_date


@pytest.mark.parametrize(
    "value",
    [
        "2017-11-14",
        "2017-11-14T09:30:00Z",
        "14 November 2017",
        "November 14, 2017",
        "Nov. 14, 2017",  # review33: a fact-check CSV's dates in these forms rejected the whole record
        "Nov 14, 2017",
        "14 Nov 2017",
        "14.11.2017",
        "2017/11/14",
        "14/11/2017",
        "11/14/2017",
    ],
)
def test_the_forms_inputs_give_are_read(value: str) -> None:
    assert parse_date(value) == dt.date(2017, 11, 14)


@pytest.mark.parametrize("value", ["05/11/2017", "31/02/2017", "2017-02-30", "yesterday", "not a date", ""])
def test_what_is_no_single_day_is_none(value: str) -> None:
    assert parse_date(value) is None  # 05/11/2017: May or November, and sift does not guess


def test_iso_day_names_what_it_refused() -> None:
    assert iso_day(" 14/11/2017 ", "claim date") == "2017-11-14" and iso_day("  ", "claim date") is None
    with pytest.raises(ValueError, match="claim date '05/11/2017' is not a date"):
        iso_day("05/11/2017", "claim date")
