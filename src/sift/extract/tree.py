"""Small helpers on lxml trees shared by the HTML extraction modules."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lxml.etree import XPath
from lxml.html import HtmlElement

__all__ = ["TEXT_TAGS", "TextElement", "box_marks", "drop_element", "element_text", "in_marked_box", "text_elements"]

TEXT_TAGS = (
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figcaption",
)

_SPACE_BEFORE_STOP_RE = re.compile(r" ([,.])(?= |$)")
_STRING_XPATH = XPath("string()")


def element_text(element: HtmlElement) -> str:
    """All text under an element, whitespace collapsed.

    Text pieces are joined with spaces so that two blocks never glue together; the space this leaves before
    a comma or full stop after inline markup ("<a>study</a>, said") is taken out again.

    Args:
        element: any element of a parsed page.

    Returns:
        The text, possibly empty.
    """
    return _SPACE_BEFORE_STOP_RE.sub(r"\1", " ".join(" ".join(element.itertext()).split()))


def box_marks(element: HtmlElement) -> str:
    """An element's class and id, lower case, in one string ("entry-meta-author sidebar-widget")."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def in_marked_box(
    element: HtmlElement, marked: Callable[[HtmlElement, str], bool], stops: frozenset[str], *, detached: bool = False
) -> bool:
    """Whether ``element`` or a box around it below the first box tagged one of ``stops`` (the page's ``<body>``,
    an ``<article>``) is ``marked`` (given the box and its :func:`box_marks`); ``detached`` when no such box holds
    it (the element was dropped from the page)."""
    for box in (element, *element.iterancestors()):
        if box.tag in stops:
            return False
        if marked(box, box_marks(box)):
            return True
    return detached


def drop_element(element: HtmlElement) -> None:
    """Remove an element from its tree but keep its tail text (the text that follows it in its parent).

    Args:
        element: the element to remove; nothing happens for a root element.
    """
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def compact(text: str) -> str:
    """Text without any whitespace: a page and an extractor's paragraphs space inline markup differently, so texts
    are compared this way (:attr:`TextElement.compact`)."""
    return "".join(text.split())


@dataclass(slots=True, frozen=True)
class TextElement:
    """An innermost text element of a page with its text: whitespace collapsed (``text``) and removed (``compact``,
    for comparing with extracted paragraphs, which space inline markup differently)."""

    element: HtmlElement
    text: str
    compact: str


def text_elements(tree: HtmlElement) -> list[TextElement]:
    """The innermost text elements of a page that hold text (paragraphs, list items, cells, headings), in order.

    Args:
        tree: the parsed page.

    Returns:
        One :class:`TextElement` per element; read once, shared by the readers of the page's text.
    """
    candidates = list(tree.iter(*TEXT_TAGS))
    found = []
    for index, element in enumerate(candidates):
        if element.tag == "div" and not (element.text and not element.text.isspace()):
            continue  # a div that only wraps others
        if len(element) and index + 1 < len(candidates) and _is_inside(candidates[index + 1], element):
            continue  # in document order, a text element's first text-element descendant comes right after it
        words = _STRING_XPATH(element).split()  # innermost: its children are inline
        if words:
            found.append(TextElement(element, " ".join(words), "".join(words)))
    return found


def compact_positions(elements: Sequence[TextElement]) -> dict[str, list[int]]:
    """Where each text (whitespace removed) stands among the page's text elements: their indexes, in order."""
    positions: dict[str, list[int]] = {}
    for index, found in enumerate(elements):
        positions.setdefault(found.compact, []).append(index)
    return positions


def _is_inside(element: HtmlElement, ancestor: HtmlElement) -> bool:
    """Whether ``ancestor`` is one of the element's ancestors."""
    parent = element.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False
