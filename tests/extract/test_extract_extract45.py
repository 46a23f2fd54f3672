"""extract45 (issue #18): site names with "St."/"Mr.", "More … stories" lists, an author's role words, tables read
one cell a paragraph, booking calendars, 1 January 2001 printed with the article."""

from __future__ import annotations

import json

import pytest
from lxml import etree, html

from sift.extract import ExtractConfig, extract_page
from sift.extract.calendars import REASON as CALENDAR
from sift.extract.celltables import restore_cell_tables
from sift.extract.metadata import _clean_author
from sift.extract.result import Extraction

PARAGRAPHS = "".join(
    f"<p>Paragraph {number}: the city council approved the new budget after a long debate on Tuesday evening, "
    "officials said, and the mayor welcomed the decision.</p>"
    for number in range(1, 7)
)
STORIES = (
    ("Parents must unionize,", "no matter what the board says"),
    ("Paid ads are not the problem.", "Our perceptions are"),
    ("Could a rover", "use gravity to get around?"),
    ("The plan to boost", "drone batteries with a tiny jet engine"),
)
LINK_LIST = (
    "<ul>" + "".join(f"<li>{text} <a href='/s/{n}'>{link}</a></li>" for n, (text, link) in enumerate(STORIES)) + "</ul>"
)


def _extract(head: str = "", tail: str = "", heading: str = "<h1>Budget approved</h1>") -> Extraction:
    page = (
        f"<html><head>{head}</head><body><article>{heading}{PARAGRAPHS}{tail}</article>"
        "<footer>Contact</footer></body></html>"
    )
    return extract_page(page, "text/html", ExtractConfig())


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Bridge closes for repairs | St. Louis Post-Dispatch", "St. Louis Post-Dispatch"),
        ("How I retired at 30 | Mr. Money Mustache", "Mr. Money Mustache"),
        ("Trail report - Mt. Hood Ski Blog", "Mt. Hood Ski Blog"),
        ("Election results | U.S. News", "U.S. News"),
        ("Bienenstich-Muffins Rezept | Dr. Oetker", "Dr. Oetker"),
    ],
)
def test_a_site_name_opening_with_an_abbreviation_is_kept(title: str, site: str) -> None:
    assert _extract(f"<title>{title}</title>").site == site


@pytest.mark.parametrize(
    "title",
    [
        "Diät - poteria wesa do 10 kg. Otzywy",  # a sentence's end: a headline's part
        "Angus Barbieri. Nie jadł | Blog",
        "Bridge closes. Council votes | Daily",
        "Mr. Smith goes to Washington | Film review",  # the first part, dotted only by a name: the headline
    ],
)
def test_a_title_part_that_reads_as_a_sentence_names_no_site(title: str) -> None:
    assert _extract(f"<title>{title}</title>").site is None


def test_a_headline_opening_with_an_abbreviation_is_the_title() -> None:
    extraction = _extract("<title>Mr. Smith goes to Washington | Film review</title>", heading="")
    assert extraction.title == "Mr. Smith goes to Washington"  # main: "Film review" (the part without a stop)


@pytest.mark.parametrize(
    "heading",
    [
        "<hr><div class='heading-h3'>More Great Courier Stories</div>",
        "<h3>More top stories</h3>",
        "<h3>More news</h3>",
        "<h3>Mehr zum Thema</h3>",
        "<p><strong>Read more:</strong></p>",
    ],
)
def test_a_trailing_list_of_links_under_a_more_stories_heading_is_related(heading: str) -> None:
    pieces = _extract(tail=heading + LINK_LIST).pieces
    tail = [piece for piece in pieces if not piece.text.startswith("Paragraph")]
    assert len(tail) == len(STORIES)
    assert all(piece.role == "related" for piece in tail)
    assert all(piece.role == "body" for piece in pieces if piece.text.startswith("Paragraph"))


@pytest.mark.parametrize(
    "tail",
    [
        "<p>More than 40 stories were filed by readers about the budget, and the council read each of them.</p>",
        "<h3>More stories from the debate</h3><p>Several residents told the council that the old budget had "
        "failed them, and asked for changes.</p>",
        "<h3>Key decisions</h3><ul><li>The school budget rises by four percent next year.</li>"
        "<li>The road fund is cut by two million.</li><li>Parks get a new warden.</li></ul>",
    ],
)
def test_prose_and_plain_lists_stay_body(tail: str) -> None:
    pieces = _extract(tail=tail).pieces
    assert all(piece.role == "body" for piece in pieces)
    assert len(pieces) > len(PARAGRAPHS.split("</p>")) - 1


@pytest.mark.parametrize(
    ("author", "name"),
    [
        ("FOCUS-Online-Experte Robin Tschöpe", "Robin Tschöpe"),
        ("FOCUS-Online-Redakteur Max Mustermann", "Max Mustermann"),
        ("Wirtschaftsredakteurin Anna Schmidt", "Anna Schmidt"),
        ("Gastautor Max Muster", "Max Muster"),
        ("Senior Editor Jane Doe", "Jane Doe"),
        ("Veröffentlicht von Chris Jung", "Chris Jung"),
        ("Veröffentlicht von HansG", "HansG"),
        ("View all posts by Daniel Lemire", "Daniel Lemire"),
        ("Analysis by Chris Cillizza; CNN Editor-at-large", "Chris Cillizza"),
        ("Paul Takahashi; Staff writer", "Paul Takahashi"),
        ("STEVE PEOPLES; AP National Political Writer", "STEVE PEOPLES"),
        ("Michael Mäser,", "Michael Mäser"),
    ],
)
def test_an_author_is_a_name_without_its_role_or_label(author: str, name: str) -> None:
    assert _clean_author(author) == name


@pytest.mark.parametrize(
    "author",
    [
        "Robin Tschöpe",
        "Staff writer",  # no name to keep instead
        "Editorial Staff",
        "Staff; News Service Reports",
        "Chris Writer",
        "Anna Reporter Schmidt",
        "Reporter",
        "Max Mustermann; Erika Musterfrau",
        "Peter Expert",
    ],
)
def test_names_and_lone_roles_are_kept(author: str) -> None:
    assert _clean_author(author) == author


def _body(xml: str) -> etree._Element:
    return etree.fromstring(f"<body>{xml}</body>")


RATE_TABLE = (
    "<table><tr><th>Sum</th><th>Term</th><th>Rate</th></tr><tr><td>5.000 €</td><td>36 months</td><td>2,0 %</td></tr>"
    "<tr><td>10.000 €</td><td>36 months</td><td> 2,0 %</td></tr></table>"
)
CELLS = ["Sum", "Term", "Rate", "5.000 €", "36 months", "2,0 %", "10.000 €", "36 months", "2,0 %"]


def test_a_table_read_one_cell_a_paragraph_gets_its_rows_back() -> None:
    body = _body("<p>Intro.</p>" + "".join(f"<p>{cell}</p>" for cell in CELLS) + "<p>After the table.</p>")
    restore_cell_tables(body, html.fromstring(f"<html><body><p>Intro.</p>{RATE_TABLE}</body></html>"))
    assert [child.tag for child in body] == ["p", "table", "p"]
    rows = [[cell.text for cell in row] for row in body.iter("row")]
    assert rows == [["Sum", "Term", "Rate"], ["5.000 €", "36 months", "2,0 %"], ["10.000 €", "36 months", "2,0 %"]]


@pytest.mark.parametrize(
    "paragraphs",
    [
        CELLS[:4],  # part of the table only
        [CELLS[1], CELLS[0], *CELLS[2:]],  # another order
        [*CELLS[:4], "A sentence between.", *CELLS[4:]],
    ],
)
def test_paragraphs_that_are_not_all_the_cells_in_order_stay(paragraphs: list[str]) -> None:
    xml = "".join(f"<p>{text}</p>" for text in paragraphs)
    body = _body(xml)
    restore_cell_tables(body, html.fromstring(f"<html><body>{RATE_TABLE}</body></html>"))
    assert etree.tostring(body, encoding="unicode") == f"<body>{xml}</body>"


def _month(name: str, lead: int, *, padded: bool) -> str:
    days = [""] * lead + [f"{day:02d}" if padded else str(day) for day in range(1, 32)]
    weeks = "".join(
        "<tr>" + "".join(f"<td>{day}</td>" for day in days[start : start + 7]) + "</tr>"
        for start in range(0, len(days), 7)
    )
    names = "".join(f"<td>{day}</td>" for day in ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"))
    return f"<table><tr><th colspan='7'>{name}</th></tr><tr>{names}</tr>{weeks}</table>"


def test_a_booking_calendar_is_cut() -> None:
    calendar = (
        f"<blockquote><table class='occupancy'><tr><td>{_month('Oktober 2020', 3, padded=True)}</td>"
        f"<td>{_month('November 2020', 6, padded=False)}</td></tr></table></blockquote>"
    )
    extraction = _extract(tail=calendar)
    assert all(piece.text.startswith("Paragraph") for piece in extraction.pieces)
    assert sum(removed.reason == CALENDAR for removed in extraction.removed) == 2


@pytest.mark.parametrize(
    "table",
    [
        "".join(  # a league table: small numbers, not the days of a month in order
            f"<tr><td>{rank}</td><td>Club {chr(64 + rank)}</td><td>{rank * 7 % 30 + 1}</td><td>{rank % 20}</td></tr>"
            for rank in range(1, 19)
        ),
        "".join(f"<tr><td>{day}</td><td>Talk number {day} on the lake's birds</td></tr>" for day in range(1, 32)),
        "".join(f"<tr><td>{day}</td><td>{day * 3 % 29 + 1}</td></tr>" for day in range(1, 32)),  # daily counts
    ],
    ids=["league", "schedule", "daily counts"],
)
def test_tables_of_small_numbers_are_no_calendar(table: str) -> None:
    extraction = _extract(tail=f"<table>{table}</table>")
    assert not any(removed.reason == CALENDAR for removed in extraction.removed)
    assert len(extraction.pieces) > len(PARAGRAPHS.split("</p>"))


def _ld(day: str) -> str:
    node = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget approved"}
    return f"<script type='application/ld+json'>{json.dumps({**node, 'datePublished': day})}</script>"


@pytest.mark.parametrize(
    ("head", "printed", "published"),
    [
        ("", "<p class='date'>1 January 2001</p>", "2001-01-01"),
        (_ld("2001-01-01T00:00:00Z"), "<p class='byline'>By Jane Doe, 1 January 2001</p>", "2001-01-01"),
        ("", "<p class='date'>01.01.2001</p>", "2001-01-01"),
        (_ld("2001-01-01T00:00:00Z"), "", None),  # the metadata's default alone: a template's
        ("", "<p class='date'>01.01.1970</p>", None),  # the epoch: an empty date field
        (_ld("2019-03-12T10:00:00Z"), "<p class='date'>1 January 2001</p>", "2019-03-12"),
    ],
)
def test_new_years_day_2001_printed_with_the_article_dates_an_otherwise_undated_page(
    head: str, printed: str, published: str | None
) -> None:
    assert _extract(head, heading="<h1>Budget approved</h1>" + printed).published == published
