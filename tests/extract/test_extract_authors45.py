"""Session 45, authors45 (issue #18: a page's author, measured on trafilatura-eval-dev's annotations). Many CMSs
print the byline in an element whose class only holds "author" or "byline" ("entry-meta-author", "c-intro__author",
"dates_auteurs"), with its cue and apart from the date ("von Juliane Ziegengeist", "par Didier Roy, 21 juin 2018");
such a byline gave no author when no meta tag, JSON-LD, exact byline element or dated byline named one. A comment's
or a sidebar teaser's author, a group, a handle, a site, an organisation or a photo credit names none."""

from __future__ import annotations

import pytest

from sift.extract import ExtractConfig, extract_page
from sift.extract.dates import person_name

BODY = "<p>" + "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der mehr Geld für Schulen vorsieht. " * 6


def _author(byline: str, head: str = "", title: str = "Haushalt beschlossen", after: str = "") -> str | None:
    html = (
        f"<html><head><title>{title}</title>{head}</head><body><main><article><h1>Haushalt beschlossen</h1>"
        f"{byline}<div class='text'>{BODY}</p>{BODY}</p></div>{after}</article></main></body></html>"
    )
    return extract_page(html, "text/html", ExtractConfig()).author


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ('<div class="entry-meta-author">von Jana Berger</div>', "Jana Berger"),
        ('<span class="post__byline-name">By Samuel O’Neill, March 3, 2021</span>', "Samuel O’Neill"),
        ('<div class="c-intro__authors">von Lisa Maier und Tom Brandt</div>', "Lisa Maier; Tom Brandt"),
        ('<div class="dates_auteurs">par Claire Dubois, 4 mai 2020</div>', "Claire Dubois"),
        ('<div class="article-author">Von Paul Krämer Mo, 3. Mai 2021</div>', "Paul Krämer"),
        ('<span class="field--name-author">Text: Marta Ruiz</span>', "Marta Ruiz"),
        ('<p class="meta"><span class="meta-author">Nina Albers</span> · 12.03.2021</p>', "Nina Albers"),
        ('<div class="authorbox">von Ursula von der Leyen</div>', "Ursula von der Leyen"),
    ],
)
def test_a_byline_element_classed_as_one_names_the_author(byline: str, author: str) -> None:
    assert _author(byline) == author


@pytest.mark.parametrize(
    ("byline", "title", "after"),
    [
        ("", "Haushalt beschlossen", '<div class="comments"><div class="comment-author">Hans Meier</div></div>'),
        ("", "Haushalt beschlossen", '<aside class="widget"><div class="teaser-author">Von Jörg Roth</div></aside>'),
        ('<div class="post-author">von der Redaktion</div>', "Haushalt beschlossen", ""),
        ('<span class="entry-author">admin</span>', "Haushalt beschlossen", ""),
        ('<span class="cm-author">Nordkurier Presse</span>', "Haushalt beschlossen – Nordkurier Presse", ""),
        ('<div class="card-author">Anna Roth</div><div class="card-author">Ben Vogel</div>', "Haushalt", ""),
        ('<div class="news-author">Pressemitteilung von Katja Kern</div>', "Haushalt beschlossen", ""),
        ('<div class="author-photo">Foto: Peter Lang</div>', "Haushalt beschlossen", ""),
        ('<div class="meta-author">Deutsches Rotes Kreuz e.V.</div>', "Haushalt beschlossen", ""),
        ('<div class="author-date">CBS News February 3, 2020</div>', "Haushalt beschlossen", ""),
    ],
)
def test_what_names_no_person_gives_no_author(byline: str, title: str, after: str) -> None:
    assert _author(byline, title=title, after=after) is None


def test_a_meta_author_comes_first() -> None:
    head = '<meta name="author" content="Karl Mai">'
    assert _author('<div class="entry-meta-author">von Jana Berger</div>', head=head) == "Karl Mai"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Doe on", "Jane Doe"),
        ("Sina Giebel IN", "Sina Giebel"),
        ("Paul Krämer Mo, ", "Paul Krämer"),
        ("Theresa May", "Theresa May"),
        ("der Redaktion", ""),
        ("admin", ""),
    ],
)
def test_person_name(text: str, name: str) -> None:
    assert person_name(text) == name
