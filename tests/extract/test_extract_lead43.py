"""Session 43, lead (review43b's finding): when a page's meta tags name only its last edit, the earlier JSON-LD
``datePublished`` that dates it must be the article's own, not another node's (a WebSite's founding date dated a
2024 article 2012). Pages written for this test."""

from __future__ import annotations

from test_extract_sweep43b import _extract, _page

_EDITED = '<title>T</title><meta property="article:modified_time" content="2024-05-01T10:00:00+00:00">'


def _ld(graph: str) -> str:
    return f'<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [{graph}]}}</script>'


def test_a_website_nodes_date_does_not_date_the_article() -> None:
    website = '{"@type": "WebSite", "datePublished": "2012-03-04"}'
    graph = website + ', {"@type": "NewsArticle", "datePublished": "2024-04-30"}'
    assert _extract(_page(_EDITED + _ld(graph), "<h1>T</h1>")).published == "2024-04-30"


def test_a_website_nodes_date_alone_leaves_the_edit_date() -> None:
    graph = '{"@type": "WebSite", "datePublished": "2012-03-04"}'
    assert _extract(_page(_EDITED + _ld(graph), "<h1>T</h1>")).published == "2024-05-01"


def test_a_blog_posting_in_a_type_list_dates_the_page() -> None:
    graph = '{"@type": ["BlogPosting", "Thing"], "datePublished": "2019-02-03T08:00:00Z"}'
    assert _extract(_page(_EDITED + _ld(graph), "<h1>T</h1>")).published == "2019-02-03"
