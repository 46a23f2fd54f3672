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

from lxml.html import HtmlElement
from trafilatura.xpaths import BODY_XPATH

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


def _body_container(tree: HtmlElement) -> HtmlElement | None:
    """The element trafilatura's first matching body path picks (the first match of the first path that matches)."""
    for expression in BODY_XPATH:
        found = expression(tree)
        if found:
            return found[0]
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
