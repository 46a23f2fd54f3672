"""Session 45, sweep45 (issue #18: untuned pages read as a fact-checker). Two metadata defects of a trafilatura
evaluation page and a listicle: a page printing only "Januar 2022" by its headline, with the day in microdata
(``<p itemprop="datePublished" content="2022-01-14 10:31:00">``), was dated by the site's header ("Freitag, 21.
Januar 2022", today's date on every page); a WordPress byline "Posted on September 21, 2020 by Adi Tzlil" gave no
author when no meta tag named one."""

from __future__ import annotations

import pytest

from sift.extract import ExtractConfig, extract_page
from sift.extract.dates import read_date_line

BODY = "<p>" + "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der mehr Geld für Schulen vorsieht. " * 6
PARAGRAPH = "<p>" + "The city council approved a new budget on Tuesday that puts more money into schools. " * 5


def _dated_page(article: str, dateline: str, extra: str = "") -> str:
    return (
        "<html><head><title>Haushalt beschlossen</title></head><body>"
        '<header><p class="date">Freitag, 21. Januar 2022</p><nav><a href="/">Start</a></nav></header>'
        f'<main><div {article}><h1 itemprop="headline">Haushalt beschlossen</h1>{dateline}'
        f'<div class="text">{BODY}</p>{BODY}</p></div></div>{extra}</main></body></html>'
    )


def _published(html: str) -> str | None:
    return extract_page(html, "text/html", ExtractConfig()).published


ARTICLE = 'itemscope itemtype="http://schema.org/NewsArticle"'


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ('<p class="date" itemprop="datePublished" content="2022-01-14 10:31:00">Januar 2022</p>', "2022-01-14"),
        ('<span itemprop="datePublished" content="2022-01-12T08:00:00+01:00">Januar 2022</span>', "2022-01-12"),
        ('<time itemprop="datePublished" datetime="2022-01-10">vor elf Tagen</time>', "2022-01-10"),
    ],
)
def test_microdata_on_the_article_dates_the_page_before_the_sites_header(dateline: str, day: str) -> None:
    assert _published(_dated_page(ARTICLE, dateline)) == day


def test_a_last_edit_in_microdata_is_no_publication() -> None:
    dateline = '<p class="date" itemprop="dateModified" content="2022-01-14 10:31:00">Januar 2022</p>'
    assert _published(_dated_page(ARTICLE, dateline)) == "2022-01-21"  # as on main: the header's date


def test_microdata_of_several_teasers_dates_no_page() -> None:
    teasers = "".join(
        f'<li itemscope itemtype="http://schema.org/NewsArticle"><a href="/{k}">Anderer Artikel {k}</a>'
        f'<span itemprop="datePublished" content="2020-0{k}-0{k}T10:00">x</span></li>'
        for k in (1, 2)
    )
    html = _dated_page("", "", f"<ul>{teasers}</ul>").replace('<p class="date">Freitag, 21. Januar 2022</p>', "")
    assert _published(html) is None


def test_microdata_of_an_item_that_is_no_article_dates_no_page() -> None:
    dateline = '<p itemscope itemtype="https://schema.org/Event"><span itemprop="datePublished" content="2021-05-01">'
    assert _published(_dated_page("", dateline + "Mai</span></p>")) == "2022-01-21"


def _byline_page(line: str, meta: str = "") -> str:
    return (
        f"<html><head><title>Budget passed</title>{meta}</head><body><nav><a href='/'>Home</a></nav>"
        f'<div class="post"><h1 class="entry-title">Budget passed</h1><div class="meta">{line}</div>'
        f'<div class="entry">{PARAGRAPH}</p>{PARAGRAPH}</p></div></div></body></html>'
    )


def _author(html: str) -> str | None:
    return extract_page(html, "text/html", ExtractConfig()).author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted on September 21, 2020 by Adi Tzlil", "Adi Tzlil"),
        ("By Maria Gonzalez 11 February 2020", "Maria Gonzalez"),
        ("von Alexander Rosenkranz 09.03.2020", "Alexander Rosenkranz"),
        ("02.02.2022 · 11:14 von Juliane Ziegengeist", "Juliane Ziegengeist"),
        ("Publié le 3 mars 2021 par Claire Dubois", "Claire Dubois"),
        ("Freitag | 14. Juni 2019 | 15:49 VON Lena Hartmann IN", "Lena Hartmann"),  # the section's "IN" goes
        ("Posted on September 21, 2020 by admin", None),  # a handle
        ("12.03.2020 von der Redaktion", None),  # no name
        ("11.12.2019 - Berlin", None),  # a place beside the date, no byline cue
        ("Updated on May 2, 2021 by Tom Baker", None),  # the editor of an update
    ],
)
def test_a_byline_printed_with_the_date_names_the_author(line: str, author: str | None) -> None:
    assert _author(_byline_page(line)) == author


def test_the_meta_tags_author_comes_before_the_printed_byline() -> None:
    meta = '<meta name="author" content="Jane Porter">'
    assert _author(_byline_page("Posted on September 21, 2020 by Adi Tzlil", meta)) == "Jane Porter"


def test_a_byline_date_line_keeps_its_date() -> None:
    line = read_date_line("Posted on September 21, 2020 by Adi Tzlil")
    assert line is not None and (line.iso, line.byline) == ("2020-09-21", "Adi Tzlil")
    assert read_date_line("September 21, 2020") is not None and read_date_line("September 21, 2020").byline == ""
