"""review45e (issue #18): a "More good news:" paragraph stays the article's, a month's agenda with one day a row is no
calendar, a comment thread's byline and an author's biography name no author, "By A, B and C" names all three, "2 days
ago on Monday" is no teaser's age stamp."""

from __future__ import annotations

import pytest

from sift.claims.triage import is_dated_teaser
from sift.extract import ExtractConfig, extract_page
from sift.extract.calendars import REASON as CALENDAR
from sift.extract.lexicon import related_heading_rest
from sift.extract.result import Extraction

PARAGRAPHS = "".join(
    f"<p>Paragraph {number}: the city council approved the new budget after a long debate on Tuesday evening, "
    "officials said, and the mayor welcomed the decision.</p>"
    for number in range(1, 6)
)


def _extract(top: str = "", body: str = "", after: str = "") -> Extraction:
    page = (
        "<html><head><title>Budget approved | Springfield Gazette</title></head><body><main><article>"
        f"<h1>Budget approved</h1>{top}<div class='article-body'>{PARAGRAPHS}{body}</div></article>{after}</main>"
        "<footer>Contact</footer></body></html>"
    )
    return extract_page(page, "text/html", ExtractConfig())


@pytest.mark.parametrize(
    "text",
    [
        "More good news: unemployment fell to 3.1 percent in May, the labour office said.",
        "More bad news – the Acme factory will close next year, the union said on Monday.",
    ],
)
def test_wordy_more_cue_before_a_sentence_is_body(text: str) -> None:
    assert related_heading_rest(text) is None
    assert [piece.role for piece in _extract(body=f"<p>{text}</p>").pieces if piece.text == text] == ["body"]


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("More Great WIRED Stories", ""),
        ("More sports news: Lakers sign new coach", "Lakers sign new coach"),
        ("More news: the council also voted on parking.", "the council also voted on parking."),
    ],
)
def test_more_cues_kept(text: str, rest: str) -> None:
    assert related_heading_rest(text) == rest


def test_agenda_with_one_day_a_row_is_no_calendar() -> None:
    events = {3: "Council meeting at the town hall", 10: "Budget hearing", 17: "Council meeting", 24: "Open day"}
    rows = "".join(f"<tr><td>{day}</td><td>{events.get(day, '')}</td></tr>" for day in range(1, 32))
    result = _extract(body=f"<p>The council's schedule for March:</p><table>{rows}</table>")
    assert not any(removed.reason == CALENDAR for removed in result.removed)
    assert any("Budget hearing" in piece.text for piece in result.pieces)


def test_month_grid_still_a_calendar() -> None:
    weeks = [list(range(start, min(start + 7, 32))) for start in range(1, 32, 7)]
    rows = "<tr>" + "".join(f"<th>{day}</th>" for day in ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")) + "</tr>"
    rows += "".join("<tr>" + "".join(f"<td>{day:02d}</td>" for day in week) + "</tr>" for week in weeks)
    result = _extract(body=f"<table>{rows}</table>")
    assert any(removed.reason == CALENDAR for removed in result.removed)


@pytest.mark.parametrize(
    "after",
    [
        "<section class='discussion'><div class='c-item'><span class='c-item__author'>By Peter Miller</span>"
        "<p>Great article, I agree with the council.</p></div></section>",
        "<div id='disqus_thread'><div class='post-byline'>by Peter Miller</div><p>Nice one.</p></div>",
        "<div class='replies'><div class='reply-author'>By Peter Miller</div><p>Great article.</p></div>",
        "<div class='most-popular'><article class='card'><a href='/n'>Schools reopen after the strike ends</a>"
        "<p class='card__author'>By Peter Miller</p></article></div>",
        "<div class='next-article'><a href='/n'><h2>Schools reopen after the strike ends</h2></a>"
        "<div class='article-author'>By Peter Miller</div></div>",
    ],
)
def test_comment_thread_byline_names_no_author(after: str) -> None:
    assert _extract(after=after).author is None


def test_biography_box_gives_the_name_alone() -> None:
    box = "<div class='author-bio'><p class='author-name'>Peter Miller</p><p>Peter covers city hall.</p></div>"
    assert _extract(after=box).author == "Peter Miller"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Anna Smith, Ben Jones and Carla Diaz", "Anna Smith; Ben Jones; Carla Diaz"),
        ("Von Anna Meier, Ben Jung und Carla Roth, 3. März 2021", "Anna Meier; Ben Jung; Carla Roth"),
        ("By Anna Smith, Reuters", "Anna Smith"),
        ("By Anna Smith and Ben Jones", "Anna Smith; Ben Jones"),
    ],
)
def test_series_of_names(byline: str, author: str) -> None:
    assert _extract(top=f"<div class='article-byline'>{byline}</div>").author == author


@pytest.mark.parametrize(
    ("text", "teaser"),
    [
        ("He left the council 2 days ago on Monday, saying he disagreed with the plan.", False),
        ("Der Minister trat vor 3 Tagen am Freitag zurück, sagte die Partei.", False),
        ("Apple Watch Discounted to $200 2 days ago on Mac Blog", True),
    ],
)
def test_age_before_a_weekday_is_no_stamp(text: str, teaser: bool) -> None:
    assert is_dated_teaser(text) is teaser


def test_byline_box_naming_most_wins() -> None:
    byline = (
        "<div class='story-byline'><div class='field-byline-original'>By LISA MASCARO, MARY CLARE JALONICK and ERIC"
        " TUCKER</div><div class='field-byline-title'>Associated Press</div></div>"
    )
    assert _extract(top=byline).author == "LISA MASCARO; MARY CLARE JALONICK; ERIC TUCKER"
