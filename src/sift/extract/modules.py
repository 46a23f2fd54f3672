"""Article bodies split over stacked page modules: join the text modules into the one the extractor reads.

Some magazine templates build a story from a column of editorial modules (a text module, an image module, a video
module, a text module, …), each text module with the same class as the first. trafilatura takes the first element
its body paths match and stops there, so only the text before the first picture is kept (iconmagazine.de's Sharon
Stone interview: the two introduction paragraphs, none of the questions and answers). Before extraction, the
text containers that repeat the matched container's place in the page (same tag and class, and ancestors of the
same tag and class up to the element they share) and hold paragraphs of running text are moved into it, in page
order, so the extractor reads the whole story.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml.html import HtmlElement

from sift.extract.tree import element_text

__all__ = ["join_split_body"]

#: A repeated container joins the body only when its paragraphs hold this much text: teaser cards of a listing
#: built from the same template hold a line or two.
MIN_JOINED_CHARS = 400


def _signature(element: HtmlElement, top: HtmlElement) -> list[tuple[str, str]]:
    """Tag and class of ``element`` and of each ancestor below ``top``."""
    path = []
    while element is not None and element is not top:
        path.append((str(element.tag), " ".join(sorted((element.get("class") or "").split()))))
        element = element.getparent()
    return path


def _common_ancestor(first: HtmlElement, second: HtmlElement) -> HtmlElement | None:
    """The nearest element holding both."""
    ancestors = set(first.iterancestors())
    return next((element for element in second.iterancestors() if element in ancestors), None)


def _paragraph_chars(element: HtmlElement) -> int:
    """Characters of running text in the container's paragraphs."""
    return sum(len(element_text(paragraph)) for paragraph in element.iter("p"))


# trafilatura's body paths (``trafilatura.xpaths.BODY_XPATH``, 2.3), read in Python: lxml runs their EXSLT
# ``re:test`` through a Python callback for every element of the page, 2 ms a page (6 % of extraction's CPU on
# scrapinghub) for this one lookup; the same tests on attribute strings take a tenth of that.
# tests/extract/test_extract_extract40.py checks these against the paths themselves.
_CONTAINER_TAGS = ("article", "div", "main", "section")
_ARTICLE_ID_RE = re.compile(
    r"(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|body-text"
)
_ARTICLE_CLASS_RE = re.compile(
    r"post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|article-?text|articleText|"
    r"(?:entry|page|text|article|art)-content|article__content|article(?:-|__)?body|articleBody|ArticleContent|"
    r"body-text|article__container"
)
_STORY_ID_RE = re.compile(r"^primary|story-body")
_FULLTEXT_RE = re.compile(r"fulltext", re.IGNORECASE)
_STORY_CLASS_RE = re.compile(
    r"^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content|single-post|main-column|"
    r"wpb_text_column|story-body|field-body"
)
_MAIN_ID_RE = re.compile(r"content-main|content-body|contentBody")
_MAIN_CLASS_RE = re.compile(r"content[-_]main|content(?:-|__)body")
_CM = str.maketrans("CM", "cm")
_CP = str.maketrans("CP", "cp")


def _is_article_body(element: HtmlElement) -> bool:
    """The first path's test: an article-body class, id or itemprop."""
    kind, name = element.get("class", ""), element.get("id", "")
    return (
        kind in ("post", "entry")
        or element.get("itemprop") == "articleBody"
        or name == "articleContent"
        or _ARTICLE_ID_RE.search(name) is not None
        or _ARTICLE_CLASS_RE.search(kind) is not None
    )


def _is_story(element: HtmlElement) -> bool:
    """The third path's test: a story or post container."""
    kind, name = element.get("class", ""), element.get("id", "")
    return (
        element.get("role") == "article"
        or name in ("article", "story")
        or kind in ("postarea", "art-postcontent", "text", "cell", "story")
        or _STORY_ID_RE.search(name) is not None
        or _FULLTEXT_RE.search(kind) is not None
        or _STORY_CLASS_RE.search(kind) is not None
    )


def _is_main_content(element: HtmlElement) -> bool:
    """The fourth path's test: a main-content container."""
    kind, name = element.get("class", ""), element.get("id", "")
    return (
        name == "content"
        or kind == "content"
        or _MAIN_ID_RE.search(name) is not None
        or _MAIN_CLASS_RE.search(kind) is not None
        or "main-content" in name.translate(_CM)
        or "main-content" in kind.translate(_CM)
        or "page-content" in kind.translate(_CP)
    )


def _is_main(element: HtmlElement) -> bool:
    """The fifth path's test: a ``<main>``, or an article, div or section whose class, id or role starts with main."""
    if element.tag == "main":
        return True
    return any((element.get(name) or "").startswith("main") for name in ("class", "id", "role"))


def _first(tree: HtmlElement, test: Callable[[HtmlElement], bool], tags: tuple[str, ...]) -> HtmlElement | None:
    """The first element below the root, in page order, with one of these tags that passes the test."""
    return next((element for element in tree.iterdescendants(*tags) if test(element)), None)


def _body_container(tree: HtmlElement) -> HtmlElement | None:
    """The element trafilatura's first matching body path picks (the first match of the first path that matches).

    A path's first match in page order: the first path's ``[1]`` keeps the first match among siblings, and the
    first of those in page order is the first match of all."""
    paths: tuple[tuple[Callable[[HtmlElement], bool], tuple[str, ...]], ...] = (
        (_is_article_body, _CONTAINER_TAGS),
        (lambda element: True, ("article",)),
        (_is_story, _CONTAINER_TAGS),
        (_is_main_content, _CONTAINER_TAGS),
        (_is_main, ("article", "div", "section", "main")),
    )
    for test, tags in paths:  # "is not None": an element without children is false in a test
        found = _first(tree, test, tags)
        if found is not None:
            return found
    return None


def join_split_body(tree: HtmlElement) -> int:
    """Move the text containers that repeat the body container's place into it; the number moved.

    Only a container with a class is read (a bare ``<div>`` repeats everywhere), only the containers after it and
    outside it, and each with at least :data:`MIN_JOINED_CHARS` of paragraph text. Nothing changes on a page with
    one such container."""
    body = _body_container(tree)
    if body is None or not (body.get("class") or "").strip():
        return 0
    moved = 0
    later = False
    for element in tree.iter(body.tag):
        if element is body:
            later = True
            continue
        if not later or element.get("class") != body.get("class") or body in element.iterancestors():
            continue
        top = _common_ancestor(body, element)
        if top is None or _signature(body, top) != _signature(element, top):
            continue
        if _paragraph_chars(element) < MIN_JOINED_CHARS:
            continue
        for child in list(element):
            body.append(child)
        moved += 1
    return moved
