"""author44 (issue #18): a publisher's name in the author tag yields to a person's byline; blockquotes that indent
a page (each section one, headings inside) are its body, not a quotation, and its intro is not printed twice."""

from __future__ import annotations

import json

import pytest

from sift.extract import ExtractConfig, extract_page
from sift.extract.result import Extraction

PARAGRAPHS = "".join(
    f"<p>Paragraph {number}: the harbour authority said on Monday that the ferry line to the islands would run "
    "twice a day from April, after a winter of cancelled crossings and complaints from residents.</p>"
    for number in range(1, 5)
)


def _page(head: str = "", article: str = "", site: str = "Coast Courier") -> str:
    return (
        f"<html><head><title>Ferry to run twice a day | {site}</title>"
        f"<meta property='og:site_name' content='{site}'>{head}</head><body><nav><a href='/'>Home</a></nav>"
        f"<main><article><h1>Ferry to run twice a day</h1>{article}{PARAGRAPHS}</article></main>"
        "<footer>Contact</footer></body></html>"
    )


def _ld(**node: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps({'@context': 'https://schema.org', **node})}</script>"


def _extract(page: str) -> Extraction:
    return extract_page(page, "text/html", ExtractConfig())


BYLINE = "<div class='byline'>Maren Holt</div>"
PERSON_LD = _ld(**{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Maren Holt"}]})


@pytest.mark.parametrize(
    ("head", "article", "expected"),
    [
        # the copyright holder in the author tag, a person in the byline (WIRED: "Condé Nast" over its writer)
        (
            "<meta name='author' content='Harbour Press Holdings'><meta name='copyright' content='© Harbour Press "
            "Holdings 2021'>",
            BYLINE,
            "Maren Holt",
        ),
        # … and in JSON-LD as a Person
        (
            "<meta name='author' content='Harbour Press Holdings'><meta name='copyright' content='© Harbour Press "
            "Holdings 2021'>" + PERSON_LD,
            "",
            "Maren Holt",
        ),
        # the site's own name in the author tag
        ("<meta name='author' content='Coast Courier Daily'>", BYLINE, "Maren Holt"),
        # an organisation's shape ("… GmbH", "… Media Group", "… e.V.")
        ("<meta name='author' content='Nordsee Zeitung GmbH'>", BYLINE, "Maren Holt"),
        ("<meta name='author' content='Bay Area Media Group'>", BYLINE, "Maren Holt"),
        ("<meta name='author' content='Deutsches Hilfswerk e.V.'>", BYLINE, "Maren Holt"),
        # no person's byline: the publisher's name stays
        (
            "<meta name='author' content='Harbour Press Holdings'><meta name='copyright' content='© Harbour Press "
            "Holdings 2021'>",
            "",
            "Harbour Press Holdings",
        ),
        # a byline that is an organisation's too: the tag's name stays
        (
            "<meta name='author' content='Nordsee Zeitung GmbH'>",
            "<div class='byline'>Coast Courier</div>",
            "Nordsee Zeitung GmbH",
        ),
        # a person in the author tag stays, whatever the byline says
        ("<meta name='author' content='Jonas Berg'>", BYLINE, "Jonas Berg"),
        # a person who holds the copyright of their own blog stays
        (
            "<meta name='author' content='Jonas Berg'><meta name='copyright' content='© 2021 Jonas Berg'>",
            "",
            "Jonas Berg",
        ),
    ],
)
def test_publisher_author_yields_to_person(head: str, article: str, expected: str) -> None:
    site = "Coast Courier Daily" if "Coast Courier Daily" in head else "Coast Courier"
    assert _extract(_page(head, article, site)).author == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("Author: Julia Hinz (eg)", "Julia Hinz"), ("Autorin: Julia Hinz", "Julia Hinz")],
)
def test_byline_label_and_editor_mark_stripped(byline: str, expected: str) -> None:
    head = f"<meta name='author' content='Coast Courier'>{_ld(**{'@type': 'NewsArticle', 'author': byline})}"
    assert _extract(_page(head)).author == expected


SECTION = (
    "<p>Download the source tarball from the project's site and unpack it in a directory of your choice; the "
    "archive holds a README file that lists every build option and the libraries each one needs.</p>"
    "<p>Run the configure script with the prefix you want, then make and make install as root; the whole build "
    "takes a few minutes on an ordinary machine and prints a summary of what it installed.</p>"
)


def _how_to(intro: str) -> str:
    sections = "".join(f"<h3>Step {number}</h3><blockquote>{SECTION}</blockquote>" for number in range(1, 4))
    return (
        "<html><head><title>Building the tunnel</title></head><body><h1>Building the tunnel</h1>"
        f"<blockquote>{intro}</blockquote>"
        + sections.replace("<h3>Step 2</h3><blockquote>", "<blockquote><h3>Step 2</h3>")
        + "<p>Created 03-10-2004</p></body></html>"
    )


INTRO = (
    "<p>A while back I went to a meeting of the local user group where a speaker showed how to tunnel file "
    "transfers over an encrypted connection, and I wrote this page to record what worked for me.</p>"
)


def test_indenting_blockquotes_are_body() -> None:
    result = _extract(_how_to(INTRO))
    roles = {piece.role for piece in result.pieces}
    assert "quote" not in roles
    texts = [piece.text for piece in result.pieces]
    assert "Step 2" in texts  # the heading inside a blockquote is kept
    intro = INTRO[3:-4]
    assert texts.count(intro) == 1  # the intro once, not again as a restored standfirst


def test_quotations_between_own_headings_stay_quotes() -> None:
    """A review roundup quotes other outlets between its own headings: no heading inside a quote, they stay."""
    quotes = "".join(
        f"<h2>Point {number}</h2><blockquote><p>The new service works well on a fast connection but falls short "
        f"on a slow one, and its library of titles is thin for the price it asks at launch.</p></blockquote>"
        f"<p>[Outlet {number}]</p>"
        for number in range(1, 5)
    )
    page = f"<html><head><title>Reviews</title></head><body><article><h1>Reviews</h1>{quotes}</article></body></html>"
    result = _extract(page)
    assert sum(piece.role == "quote" for piece in result.pieces) == 4


def test_author_box_heading_in_a_quotation_keeps_it_a_quote() -> None:
    """A heading inside a quoted paragraph (an author box the page nested in it) does not make it a wrapper."""
    quote = (
        "<blockquote><p>„Negative details from a person's private life can ruin their chances in public life for "
        "years, even long after the events themselves.</p><p>Users should search their own names and ask for "
        "deletion where the law allows it.<span><h3>Dr. Tom Berg</h3></span></p></blockquote>"
    )
    page = (
        "<html><head><title>Ruling</title></head><body><article><h1>Ruling</h1><p>The court ruled yesterday that "
        f"search engines must delete links on request, and a lawyer explains what users can do.</p>{quote}"
        f"</article></body></html>"
    )
    result = _extract(page)
    assert any(piece.role == "quote" for piece in result.pieces)
