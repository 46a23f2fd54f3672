"""extract45 (issue #18): site names with "St."/"Mr.", trailing "More … stories" lists, an author's role words."""

from __future__ import annotations

import pytest

from sift.extract import ExtractConfig, extract_page
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
