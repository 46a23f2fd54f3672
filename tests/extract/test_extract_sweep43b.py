"""Session 43's untuned German pages: a page title taken from the comment form or glued to a byline heading, and a
teaser list under "Auch auf <site>" kept as the article's last paragraph."""

from __future__ import annotations

import pytest

from sift.extract import ExtractConfig, Extraction, extract_page
from sift.extract.lexicon import related_heading_rest

STORY = [
    "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach langem Streit.",
    "Die Fraktionen hatten wochenlang über Kürzungen bei Schulen, Bädern und Bibliotheken verhandelt.",
    "Die Opposition stimmte geschlossen gegen den Entwurf und kündigte eine Prüfung durch die Aufsicht an.",
    "Der Kämmerer rechnet trotz der Kürzungen mit einem Defizit von mehreren Millionen Euro im Jahr.",
]
FORM = (
    "<div id='respond' class='comment-respond'><h3 id='reply-title' class='comment-reply-title'>{} "
    "<small><a rel='nofollow'>Antworten abbrechen</a></small></h3><form><p>Deine E-Mail-Adresse wird nicht "
    "veröffentlicht.</p></form></div>"
)
TEASERS = (
    "<p><a href='/a'>Warum der Haushalt der Stadt nicht reicht: fünf Gründe</a><br><a href='/b'>Schwimmbäder "
    "schließen: Was die Kürzungen bedeuten</a><br><a href='/c'>So stimmten die Fraktionen im Stadtrat ab</a></p>"
)


def _page(head: str, top: str, after: str = "", outside: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        f"<html><head>{head}</head><body><div id='page'><article class='post'>{top}{paragraphs}{after}</article>"
        f"{outside}</div></body></html>"
    )


def _extract(html: str) -> Extraction:
    return extract_page(html, "text/html", ExtractConfig())


# -- the page title when no meta tag names it ---------------------------------------------------------------


@pytest.mark.parametrize("form_heading", ["Schreibe einen Kommentar", "Write a Reply or Comment", "Leave a Reply"])
def test_comment_form_heading_is_no_title(form_heading: str) -> None:
    head = "<title>Haushalt beschlossen | Stadtblog</title>"
    html = _page(head, "<h2>Haushalt beschlossen</h2>", outside=FORM.format(form_heading))
    assert _extract(html).title == "Haushalt beschlossen"


def test_byline_heading_nested_in_the_headline_is_cut_from_the_title() -> None:
    top = (
        "<h1 class='entry-title'>Haushalt beschlossen <h4 class='author'>Veröffentlicht von <a>Redaktion</a> am "
        "<time datetime='2020-03-03'>3. März 2020</time></h4>"
    )
    html = _page("<title>Haushalt beschlossen - Stadtblog</title>", top, outside="<h1>Neueste Beiträge</h1>")
    assert _extract(html).title == "Haushalt beschlossen"


def test_title_classed_heading_outside_a_form_is_still_the_title() -> None:
    html = _page("<title>x</title>", "<h3 class='post-title'>Der Haushalt steht</h3>")
    assert _extract(html).title == "Der Haushalt steht"


def test_lone_headline_with_inline_markup_is_read_whole() -> None:
    html = _page("", "<h1>Der <em>neue</em> Haushalt</h1>", outside=FORM.format("Kommentar verfassen"))
    assert _extract(html).title == "Der neue Haushalt"


# -- "Auch auf <site>" ----------------------------------------------------------------------------------------


def test_also_on_site_heading_lifts_the_link_paragraph_after_it() -> None:
    result = _extract(_page("<title>T</title>", "<h1>T</h1>", "<h2>Auch auf stadtblog.de</h2>" + TEASERS))
    related = [piece.text for piece in result.pieces if piece.role == "related"]
    assert related == [
        "Warum der Haushalt der Stadt nicht reicht: fünf Gründe",
        "Schwimmbäder schließen: Was die Kürzungen bedeuten",
        "So stimmten die Fraktionen im Stadtrat ab",
    ]
    assert not any("Auch auf" in piece.text for piece in result.pieces)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Auch auf gofeminin.de", ""),
        ("Auch bei www.example.at:", ""),
        ("Aussi sur lemonde.fr", ""),
        ("También en elpais.com", ""),
        ("Auch auf Mallorca: Die Preise steigen", None),
        ("Auch auf der Website der Stadt steht der Beschluss", None),
        ("Auch auf Twitter", None),
    ],
)
def test_also_on_cue_needs_a_host_name(text: str, rest: str | None) -> None:
    assert related_heading_rest(text) == rest


def test_also_on_place_paragraph_stays_body() -> None:
    after = "<p>Auch auf Mallorca: Die <a href='/m'>Preise</a> für Ferienwohnungen steigen weiter.</p>"
    result = _extract(_page("<title>T</title>", "<h1>T</h1>", after))
    assert any(piece.role == "body" and piece.text.startswith("Auch auf Mallorca") for piece in result.pieces)


# -- a page's date when its meta tags name only its last edit ---------------------------------------------------

_LD = '<script type="application/ld+json">{{"@type": "WebPage", "datePublished": "{}T10:00:00+00:00"}}</script>'


def test_modified_tag_alone_yields_to_json_ld_date_published() -> None:
    head = '<title>T</title><meta property="article:modified_time" content="2020-09-30T09:13:31+00:00">'
    assert _extract(_page(head + _LD.format("2017-04-25"), "<h1>T</h1>")).published == "2017-04-25"


def test_published_tag_beats_an_older_json_ld_date() -> None:
    head = '<title>T</title><meta property="article:published_time" content="2022-12-15T09:13:00">'
    assert _extract(_page(head + _LD.format("2021-12-06"), "<h1>T</h1>")).published == "2022-12-15"


def test_modified_tag_alone_is_kept_without_json_ld() -> None:
    head = '<title>T</title><meta property="article:modified_time" content="2020-09-30T09:13:31+00:00">'
    assert _extract(_page(head, "<h1>T</h1>")).published == "2020-09-30"


def test_a_comment_class_on_the_page_body_does_not_hide_the_headline() -> None:
    html = _page("<title>x</title>", "<h3 class='post-title'>Der Haushalt steht</h3>").replace(
        "<body>", "<body class='single comments-open'>"
    )
    assert _extract(html).title == "Der Haushalt steht"
