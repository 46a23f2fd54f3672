"""Pages that stack the next stories below the article (infinite scroll): keep the article the page is about.

News sites that load "the next article" as the reader scrolls serve pages holding several full articles, each in
its own ``<article>`` with its own ``<h1>`` (hoy.com.py: a vehicle blessing, then a baby's death, a kidnapping and an
interview with Colombia's prosecutor general, all in one page). The main-content extractor sees one long body, and
the claims, speakers and matches of three other stories are reported as the page's. The page's own article is the
one whose headline repeats the page's title; the others are cut, with their headlines listed as removed.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from sift.extract.result import Extraction
from sift.extract.title import repeats_title
from sift.extract.tree import drop_element, element_text

__all__ = ["drop_stacked_articles"]

REASON = "another article stacked below the page's (next story, infinite scroll)"
#: A stacked article is a full story; a shorter ``<article>`` with an ``<h1>`` is a teaser (yle.fi's list items,
#: 250 characters), which the related-box reader handles as before.
MIN_STACKED_CHARS = 800


def drop_stacked_articles(tree: HtmlElement, title: str | None, result: Extraction) -> None:
    """Cut the other full articles of a page that stacks several, when one of them is the page's.

    A full article is an ``<article>`` holding exactly one ``<h1>`` (a container of several is not one) and at
    least :data:`MIN_STACKED_CHARS` of text (a teaser is shorter). Nothing changes unless there are at least two
    and exactly one has a headline that repeats ``title``: a listing page, or a page whose title names none of
    them, keeps everything.
    """
    if not title:
        return
    articles = [article for article in tree.iter("article") if len(article.findall(".//h1")) == 1]
    if len(articles) < 2:
        return
    headlines = [element_text(article.find(".//h1")) for article in articles]
    own = [article for article, headline in zip(articles, headlines, strict=True) if repeats_title(headline, title)]
    if len(own) != 1:
        return
    keep = own[0]
    for article, headline in zip(articles, headlines, strict=True):
        if article is keep or keep in article.iterdescendants("article") or article in keep.iterdescendants():
            continue
        if len(element_text(article)) < MIN_STACKED_CHARS:
            continue
        result.cut(headline, REASON)
        drop_element(article)
