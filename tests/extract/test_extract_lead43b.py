"""Session 43, lead (untuned Korean page, scrapinghub Entermedia): a heading that links to the site's home page is
the site's name or logo, never the article's title. The page's only ``<h1>`` was the site's name inside
``<a href="/">`` and became its title, while ``<title>`` held the headline. Pages written for this test."""

from __future__ import annotations

import pytest

from sift.extract import ExtractConfig, extract_page

SENTENCE = "Der Stadtrat hat am Montag den neuen Haushalt beschlossen, nach langer Debatte im Rathaus. "
BODY = "<p>" + SENTENCE * 4 + "</p>"


def _title(header: str, head: str = "<title>Stadtrat beschließt Haushalt - Stadtanzeiger</title>") -> str | None:
    html = f"<html><head>{head}</head><body><div id='header'>{header}</div><div class='post'>{BODY}</div></body></html>"
    return extract_page(html, "text/html", ExtractConfig()).title


@pytest.mark.parametrize(
    "header",
    [
        '<a href="/"><h1>Stadtanzeiger</h1></a>',
        '<h1 class="site-title"><a href="https://www.stadtanzeiger.example/" rel="home">Stadtanzeiger</a></h1>',
        '<h1><a href="https://www.stadtanzeiger.example">Stadtanzeiger</a></h1>',
    ],
)
def test_a_heading_linking_home_is_no_title(header: str) -> None:
    assert _title(header) == "Stadtrat beschließt Haushalt"


def test_a_heading_linking_to_its_article_is_the_title() -> None:
    header = '<h1><a href="/2024/05/stadtrat-haushalt.html">Stadtrat beschließt neuen Haushalt</a></h1>'
    assert _title(header) == "Stadtrat beschließt neuen Haushalt"
