"""Small helpers on lxml trees shared by the HTML extraction modules."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

__all__ = ["drop_element", "element_text"]

_SPACE_BEFORE_STOP_RE = re.compile(r" ([,.])(?= |$)")


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
