"""review45b: microdata's datePublished dates the page only on the item holding its headline (a related story's
item in a sidebar dated a page printing its own date); a byline printed with the date names no role ("Staff
Writer", "Guest Author", "Redaktion Nord") and takes no word of a comment link ("by Adi Tzlil Leave a comment"
gave "Adi Tzlil Leave")."""

from __future__ import annotations

import pytest

from sift.extract import ExtractConfig, extract_page

PARAGRAPH = "<p>" + "The city council approved a new budget on Tuesday that puts more money into schools. " * 5


def _page(line: str, aside: str = "") -> str:
    return (
        "<html><head><title>Budget passed</title></head><body><nav><a href='/'>Home</a></nav>"
        f'<article><h1 class="entry-title">Budget passed</h1><div class="meta">{line}</div>'
        f'<div class="entry">{PARAGRAPH}</p>{PARAGRAPH}</p></div></article>{aside}</body></html>'
    )


RELATED = (
    '<aside><h3>Related</h3><div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="url" href="/old">'
    '<span itemprop="headline">Council rejects budget</span></a>'
    '<time itemprop="datePublished" datetime="2017-03-04">March 4, 2017</time></div></aside>'
)


def test_a_related_storys_microdata_does_not_date_the_page() -> None:
    page = _page("September 21, 2020", RELATED)
    assert extract_page(page, "text/html", ExtractConfig()).published == "2020-09-21"


def test_the_articles_microdata_with_its_headline_still_dates_the_page() -> None:
    page = _page("", RELATED).replace(
        "<article>",
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        '<span itemprop="datePublished" content="2020-09-21T10:00">Sept.</span>',
    )
    assert extract_page(page, "text/html", ExtractConfig()).published == "2020-09-21"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted on September 21, 2020 by Staff Writer", None),
        ("Posted on September 21, 2020 by Guest Author", None),
        ("Posted on September 21, 2020 by Editorial Team", None),
        ("By Reuters Staff 21 September 2020", None),
        ("21.09.2020 · 11:14 von Redaktion Nord", None),
        ("Posted on September 21, 2020 by Adi Tzlil Leave a comment", "Adi Tzlil"),
        ("Posted on September 21, 2020 by Adi Tzlil No Comments", "Adi Tzlil"),
        ("Posted on September 21, 2020 by Adi Tzlil Share this", "Adi Tzlil"),
        ("Posted on September 21, 2020 by Adi Tzlil", "Adi Tzlil"),
        ("Posted on September 21, 2020 by Christopher Guest", "Christopher Guest"),  # a surname, no role
        ("By David Autor 11 February 2020", "David Autor"),
        ("Posted on September 21, 2020 by Adi Tzlil in news", "Adi Tzlil"),  # the section after the name goes
        ("By Marine Le Pen 11 February 2020", "Marine Le Pen"),
        ("von Anna Meyer Am 12.03.2020", "Anna Meyer"),
        ("By The Associated Press September 21, 2020", "The Associated Press"),  # an organisation, as meta tags give
    ],
)
def test_a_printed_byline_names_no_role_and_no_comment_link(line: str, author: str | None) -> None:
    assert extract_page(_page(line), "text/html", ExtractConfig()).author == author
