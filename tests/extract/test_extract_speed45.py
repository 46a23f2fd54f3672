"""Booking calendars are looked for on every page: the check no longer depends on how the source spells ``<table``."""

from sift.extract import ExtractConfig, extract_page
from sift.extract.calendars import REASON as CALENDAR

PARAGRAPHS = "".join(
    f"<p>Paragraph {number}: the council approved the budget for the coming year after a long debate.</p>"
    for number in range(1, 6)
)


def _month(name: str, tag: str) -> str:
    days = [""] * 3 + [str(day) for day in range(1, 32)]
    weeks = "".join(
        "<tr>" + "".join(f"<td>{day}</td>" for day in days[start : start + 7]) + "</tr>"
        for start in range(0, len(days), 7)
    )
    return f"<{tag}><tr><th colspan='7'>{name}</th></tr>{weeks}</{tag}>"


def test_a_calendar_written_in_mixed_case_markup_is_cut() -> None:
    calendar = f"<div class='occupancy'>{_month('Oktober 2020', 'Table')}{_month('November 2020', 'Table')}</div>"
    page = f"<html><body><article><h1>Budget approved</h1>{PARAGRAPHS}{calendar}</article></body></html>"
    extraction = extract_page(page, "text/html", ExtractConfig())
    assert all(piece.text.startswith("Paragraph") for piece in extraction.pieces)
    assert sum(removed.reason == CALENDAR for removed in extraction.removed) == 2
