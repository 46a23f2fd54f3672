"""Session 43's untuned pages (sweep43c): a sidebar widget's heading ("h3.widget-title" "Themen") taken as the page's
title when the page prints two ``<h1>`` and no meta tag names the title; the site name as the title's kicker."""

from __future__ import annotations

import pytest

from sift.extract import ExtractConfig, extract_page
from sift.extract.title import strip_site_name

STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach langem Streit.",
        "Die Fraktionen hatten wochenlang über Kürzungen bei Schulen, Bädern und Bibliotheken verhandelt.",
        "Die Opposition stimmte geschlossen gegen den Entwurf und kündigte eine Prüfung durch die Aufsicht an.",
        "Der Kämmerer rechnet trotz der Kürzungen mit einem Defizit von mehreren Millionen Euro im Jahr.",
    )
)
LOGO = "<h1><a href='/'>Ortsblog</a></h1>"


def _title(title_tag: str, article: str, sidebar: str, logo: str = LOGO) -> str | None:
    html = (
        f"<html><head><title>{title_tag}</title></head><body><header>{logo}</header><div id='content'>"
        f"<article>{article}{STORY}</article></div><aside id='secondary'>{sidebar}</aside></body></html>"
    )
    return extract_page(html, "text/html", ExtractConfig()).title


@pytest.mark.parametrize(
    "sidebar",
    [
        "<div class='widget widget_nav_menu'><h3 class='widget-title'>Themen</h3><ul><li>Archiv</li></ul></div>",
        "<section class='widget'><h2 class='widgettitle'>Archive</h2></section>",
        "<div class='sidebar'><h3 class='box-title'>Kategorien</h3></div>",
    ],
)
def test_a_sidebar_widget_heading_is_no_title(sidebar: str) -> None:
    title = _title("Haushalt beschlossen | Ortsblog", "<h1>Haushalt beschlossen</h1>", sidebar)
    assert title == "Haushalt beschlossen"


def test_a_heading_classed_as_the_title_in_the_article_still_wins() -> None:
    sidebar = "<div class='widget'><h3 class='widget-title'>Themen</h3></div>"
    title = _title("Ortsblog", "<h2 class='entry-title'>Schule wird saniert</h2>", sidebar, logo="<p>Ortsblog</p>")
    assert title == "Schule wird saniert"


def test_a_wrap_named_for_the_sidebar_around_the_article_is_no_sidebar() -> None:
    article = "<div class='content-sidebar-wrap'><h1 class='post-title'>Markt öffnet wieder</h1></div>"
    assert _title("x", article, "") == "Markt öffnet wieder"


# -- the declared site name as the title's kicker (Blogger's "Blog name: Post title") -----------------------------


@pytest.mark.parametrize(
    ("title", "site", "headline"),
    [
        (
            "Gartenwelt | Tipps für Hobbygärtner: Tomaten ausgeizen",
            "Gartenwelt | Tipps für Hobbygärtner",
            "Tomaten ausgeizen",
        ),
        ("Lagos Daily: Governor signs 2024 budget into law", "Lagos Daily", "Governor signs 2024 budget into law"),
    ],
)
def test_the_site_name_before_a_colon_is_cut(title: str, site: str, headline: str) -> None:
    assert strip_site_name(title, site) == headline


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer", "taz.de"),  # a kicker of the article's own
        ("Le Monde diplomatique: a history", "Le Monde"),  # the name begins a longer word run
        ("Le Monde", "Le Monde"),
    ],
)
def test_a_colon_title_not_opened_by_the_site_name_is_kept(title: str, site: str) -> None:
    assert strip_site_name(title, site) == title
