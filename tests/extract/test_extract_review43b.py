"""Review of session 43 (review43b): a headline inside an opinion page's box classed "content--comment" or
"commentary", or a "correspondent" box, is no comment form's heading (the title fell back on the <title> element's
first part). Sentences and markup written for this test."""

from __future__ import annotations

import pytest

from sift.extract import ExtractConfig, extract_page

STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach langem Streit.",
        "Die Fraktionen hatten wochenlang über Kürzungen bei Schulen, Bädern und Bibliotheken verhandelt.",
        "Die Opposition stimmte geschlossen gegen den Entwurf und kündigte eine Prüfung durch die Aufsicht an.",
    )
)


@pytest.mark.parametrize("box", ["content content--comment", "commentary-layout", "correspondent-page"])
def test_an_opinion_box_keeps_its_headline(box: str) -> None:
    html = (
        f"<html><head><title>Haushalt | Stadtblog</title></head><body><div class='{box}'>"
        f"<h1 class='headline'>Meinung: Der Haushalt kommt zu spät</h1>{STORY}</div></body></html>"
    )
    assert extract_page(html, "text/html", ExtractConfig()).title == "Meinung: Der Haushalt kommt zu spät"


@pytest.mark.parametrize("box", ["comments-area", "comment-respond", "comment_form", "respond"])
def test_a_comment_thread_heading_is_still_no_title(box: str) -> None:
    html = (
        "<html><head><title>Haushalt beschlossen | Stadtblog</title></head><body><article><h2>Haushalt beschlossen"
        f"</h2>{STORY}</article><div class='{box}'><h1>Schreibe einen Kommentar</h1></div></body></html>"
    )
    assert extract_page(html, "text/html", ExtractConfig()).title == "Haushalt beschlossen"
