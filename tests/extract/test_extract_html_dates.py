"""Publication dates of HTML pages: printed with the article, earliest first, site headers and updates aside."""

from __future__ import annotations

import pytest

from sift.extract import ExtractConfig, extract_page

PARAGRAPHS = "".join(
    f"<p>Paragraph {number} of the article reports what the council decided about the new bridge, who voted "
    "for it and what the works will cost the city over the next three years.</p>"
    for number in range(1, 5)
)


def _page(head: str = "", above: str = "", below: str = "", site_header: str = "") -> str:
    return (
        f"<html><head><title>Council approves the bridge</title>{head}</head><body>"
        f"<header class='site'>{site_header}<nav><a href='/'>Home</a></nav></header>"
        f"<article>{above}<h1>Council approves the bridge</h1>{below}{PARAGRAPHS}</article>"
        "<footer>Contact</footer></body></html>"
    )


def _published(page: str) -> str | None:
    return extract_page(page, "text/html", ExtractConfig()).published


def test_the_date_under_the_headline_beats_a_later_revision_in_the_metadata() -> None:
    head = "<meta property='article:published_time' content='2019-05-17T09:00:00'>"
    page = _page(head=head, below="<time datetime='2019-05-15T05:28'>15. Mai 2019, 05:28 Uhr</time>")
    assert _published(page) == "2019-05-15"


def test_metadata_beats_a_later_update_printed_without_saying_so() -> None:
    head = "<meta property='article:published_time' content='2017-04-12T18:33:59'>"
    assert _published(_page(head=head, below="<p>Le 19 février 2020</p>")) == "2017-04-12"


def test_a_live_blog_takes_its_first_publication() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Council approves the bridge",'
        ' "datePublished": "2021-03-01T08:00:00Z", "dateModified": "2021-03-03T18:00:00Z"}</script>'
    )
    below = "<p>Updated 3 March 2021</p><p>3 March 2021, 18:00</p>"  # the latest entry, printed without a cue
    assert _published(_page(head=head, below=below)) == "2021-03-01"


def test_the_site_header_date_is_not_the_articles() -> None:
    page = _page(site_header="<p>Monday, 3 June 2024</p>", below="<p>Published on 14 November 2017</p>")
    assert _published(page) == "2017-11-14"


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        ("<p>Di Mario Rossi | 20 maggio 2020</p>", "2020-05-20"),
        ("<p>Opublikowano: 16 maja 2020</p>", "2020-05-16"),
        ("<p>Por Juliet Jimenez 5 mayo, 2022, 6:12 pm</p>", "2022-05-05"),
        ("<div><span>Managua, Nicaragua</span> <span>26, Abril, 2022</span></div>", "2022-04-26"),
        ("<p>15 мая 2020 года, 14:35</p>", "2020-05-15"),
    ],
)
def test_date_lines_and_bylines_under_the_headline_in_other_languages(byline: str, published: str) -> None:
    assert _published(_page(below=byline)) == published


def test_an_ambiguous_date_is_read_as_the_metadata_has_it() -> None:
    head = "<meta property='article:published_time' content='2021-11-01T04:00:14Z'>"
    assert _published(_page(head=head, above="<span>11/01/2021</span>")) == "2021-11-01"
