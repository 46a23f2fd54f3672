"""extract44 (issues #18/#19): a CMS's default date, a byline with its time, a headline as site name, table cells."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from sift.extract import ExtractConfig, extract_page
from sift.extract.dates import is_template_default, read_date_line
from sift.extract.html import _walk_body
from sift.extract.metadata import read_metadata
from sift.extract.parse import parse_html
from sift.extract.result import Extraction

PARAGRAPHS = "".join(
    f"<p>Paragraph {number}: the city council voted on Tuesday to close two of its four public pools next summer "
    "to save money, a decision residents have protested for months.</p>"
    for number in range(1, 5)
)


def _page(head: str = "", article: str = "", title: str = "Pools to close") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><nav><a href='/'>Home</a></nav>"
        f"<main><article><h1>Pools to close</h1>{article}{PARAGRAPHS}</article></main>"
        "<footer>Contact</footer></body></html>"
    )


def _ld(**node: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps({'@context': 'https://schema.org', **node})}</script>"


def _extract(page: str) -> Extraction:
    return extract_page(page, "text/html", ExtractConfig())


@pytest.mark.parametrize(
    "day", ["2001-01-01", "1970-01-01", "1969-12-31", "1900-01-01", "0001-01-01", "0000-00-00"], ids=str
)
def test_a_cms_default_day_is_no_date(day: str) -> None:
    assert is_template_default(day)


@pytest.mark.parametrize("day", ["2001-01-02", "2019-01-01", "1970-01-02", "2000-01-01", None], ids=str)
def test_real_days_are_no_default(day: str | None) -> None:
    assert not is_template_default(day)


def test_an_article_nodes_default_date_does_not_date_the_page() -> None:
    node = _ld(**{"@type": "NewsArticle", "headline": "Pools to close", "datePublished": "2001-01-01T00:00:00+00:00"})
    assert _extract(_page(node)).published is None
    printed = _page(node, "<p class='date'>12 March 2019</p>")
    assert _extract(printed).published == "2019-03-12"  # not the earlier default


def test_a_default_article_node_leaves_the_pages_other_article_date() -> None:
    graph = {
        "@graph": [
            {"@type": "WebPage", "datePublished": "2001-01-01"},
            {"@type": "BlogPosting", "datePublished": "2018-06-05"},
        ]
    }
    assert read_metadata(parse_html(_page(_ld(**graph)))).published == "2018-06-05"


@pytest.mark.parametrize(
    "meta",
    [
        "<meta property='article:published_time' content='1970-01-01T00:00:00Z'>",
        "<meta property='article:modified_time' content='1970-01-01T00:00:00Z'>",
        "<meta name='date' content='2001-01-01'>",
    ],
    ids=["epoch-published", "epoch-modified", "date-2001"],
)
def test_a_meta_tags_default_date_does_not_date_the_page(meta: str) -> None:
    assert _extract(_page(meta)).published is None
    assert _extract(_page(meta, "<p class='date'>12 March 2019</p>")).published == "2019-03-12"


def test_a_printed_default_date_does_not_date_the_page() -> None:
    assert _extract(_page(article="<p class='date'>01.01.1970</p>")).published is None


def test_a_real_new_years_day_still_dates_the_page() -> None:
    meta = "<meta property='article:published_time' content='2019-01-01T10:00:00Z'>"
    assert _extract(_page(meta)).published == "2019-01-01"
    node = _ld(**{"@type": "NewsArticle", "datePublished": "2020-01-01"})
    assert _extract(_page(node)).published == "2020-01-01"


@pytest.mark.parametrize(
    "line",
    [
        "11.09.2011, 16:20 von jovelstefan",
        "03.05.2018 um 9.30 Uhr von Hans Meier",
        "March 3, 2020 at 4:15 pm by Jane Doe",
        "12/03/2020 à 10h30 par Marie Dupont",
        "5 de mayo de 2021, 18:05 por Ana López",
    ],
)
def test_a_date_and_time_with_a_byline_is_a_date_line(line: str) -> None:
    assert read_date_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "11.09.2011, 16:20 von jovelstefan und allen anderen Leuten, die im Blog schreiben",
        "11.09.2011, 16:20 Uhr: Die Polizei meldet einen Unfall auf der A7",
        "11.09.2011, 16:20 vonseiten der Stadt",
        "On 3 March 2020 at 4:15 pm the minister resigned",
        "3 March 2020 at 4:15 pm by the river, police said",
        "Am 11.09.2011 um 16:20 von der Polizei gemeldet",
    ],
)
def test_a_sentence_with_a_date_and_time_is_no_date_line(line: str) -> None:
    assert read_date_line(line) is None


def test_a_byline_with_date_and_time_is_cut_from_the_body() -> None:
    page = _page(article="<p><small>11.09.2011, 16:20 von jovelstefan</small></p>")
    result = _extract(page)
    assert not any("jovelstefan" in piece.text for piece in result.pieces)
    assert result.published == "2011-09-11"


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Диета Аткинса (14 дней) - потеря веса до 10 кг. Отзывы", None),
        ("Angus Barbieri - Nie jadł przez 382 dni. Rekord", None),
        ("Bericht 2019 - 6. Jahrgang", None),
        ("Ergebnisse - Kreismeisterschaft, Aalen, 19.5.2007", None),
        ("Pools to close - heizung.de", "heizung.de"),
        ("Pools to close | Deutscher Schwimm-Verband e.V.", "Deutscher Schwimm-Verband e.V."),
        ("Pools to close | ノート100YEN.com", "ノート100YEN.com"),
    ],
)
def test_a_site_name_from_the_title_looks_like_a_site_name(title: str, site: str | None) -> None:
    assert _extract(_page(title=title)).site == site


def test_a_declared_site_name_is_kept_as_declared() -> None:
    head = "<meta property='og:site_name' content='Radio 7. Die Welle'>"
    assert _extract(_page(head, title="Pools to close - Radio 7. Die Welle")).site == "Radio 7. Die Welle"


def _walked(body: str) -> list[str]:
    result = Extraction(None, None, None, None)
    _walk_body(etree.fromstring(body), _Marks(), result)
    return [piece.text for piece in result.pieces]


class _Marks:
    """The page marks _walk_body reads: no captions, no links, collected date lines."""

    captions: frozenset[str] = frozenset()

    def __init__(self) -> None:
        self.dates: list[object] = []

    def is_link(self, _compact: str) -> bool:
        return False


def test_a_table_in_html_markup_inside_a_paragraph_is_read_row_by_row() -> None:
    body = (
        "<body><p>Werkliste Hans Meier<table><tr><td/><td>Eigner</td><td>Motiv</td><td>Jahr</td></tr>"
        "<tr><td>1</td><td>MEIER</td><td>Ein Baum am Meer</td><td>1911</td></tr>"
        "<tr><th>2</th><td>MEIER</td><td>Ein Haus im Wald</td><td>1912</td></tr></table> Anhang: die Maße in mm.</p>"
        "</body>"
    )
    assert _walked(body) == [
        "Werkliste Hans Meier",
        "Eigner | Motiv | Jahr",
        "1 | MEIER | Ein Baum am Meer | 1911",
        "2 | MEIER | Ein Haus im Wald | 1912",
        "Anhang: die Maße in mm.",
    ]


def test_trafilaturas_own_table_markup_is_read_as_before() -> None:
    body = "<body><p>Vorher.</p><table><row><cell>a</cell><cell>b</cell></row></table><p>Nachher.</p></body>"
    assert _walked(body) == ["Vorher.", "a | b", "Nachher."]


def test_a_paragraph_without_a_table_stays_one_paragraph() -> None:
    assert _walked("<body><p>Der Minister sagte <hi>am Montag</hi>, die Lage sei ernst.</p></body>") == [
        "Der Minister sagte am Montag, die Lage sei ernst."
    ]
