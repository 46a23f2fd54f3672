"""Find related-content boxes in an HTML tree ("Lire aussi", "Mehr zum Thema", teaser lists) and lift them out.

Main-content extractors either drop these boxes or leave them inside the body; sift keeps their
headlines as ``related`` blocks, because a fact-checker wants to know what the page links to, and
takes them out of the tree so they never mix with the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from lxml.etree import XPath
from lxml.html import HtmlElement

from sift.extract.kickers import headline_text
from sift.extract.lexicon import related_heading_rest
from sift.extract.result import Extraction
from sift.extract.tree import drop_element, element_text
from sift.lexicon.page_furniture import RELATED_CUE

__all__ = ["is_attached", "lift_related"]

# class/id fragments of related boxes (a hyphen also matches an underscore or nothing)
RELATED_MARKS = (
    "related", "read-more", "readmore", "more-stories", "more-news", "more-articles", "also-read", "lire-aussi",
    "alire", "a-lire", "mehr-zum", "weiterlesen", "teaser-list", "teaserlist", "recommend", "recirc",
    "you-may-like", "relacionad", "outbrain", "taboola",
)  # fmt: skip
# matched on lower-cased class and id strings: five times faster than re.IGNORECASE on these short strings
_BOX_MARK_RE = re.compile("|".join(mark.replace("-", "[-_]?") for mark in RELATED_MARKS))
BOX_TAGS = ("div", "section", "aside", "ul", "ol", "nav")
_TEXT_NODES_XPATH = XPath("//body//text()[normalize-space()]")  # scripts and styles are stripped before
_TEXT_XPATH = XPath("//body//text()[normalize-space()]", smart_strings=False)  # the same, as plain strings
# the closest earlier text long enough to be found again in a paragraph
_PRECEDING_TEXT_XPATH = XPath("preceding::text()[string-length(normalize-space()) > 15][1]")
_NODE_START_CUE_RE = re.compile(rf"\x00[^\w\x00]*(?:{RELATED_CUE})(?!\w)", re.IGNORECASE)
INLINE_TAGS = {"a", "b", "strong", "em", "i", "span", "font", "u", "small", "mark"}
NEVER_RELATED = {"html", "body", "article", "main"}
ITEM_TAGS = ("li", "h2", "h3", "h4", "h5", "h6", "article")
MIN_LINK_SHARE = 0.3  # a related box is mostly links; the article's lead paragraph ("teaser" class) is not
MAX_HEADING_WORDS = 8
MAX_INLINE_WORDS = 40  # a "Lire aussi : <headline>" line is a headline, not a paragraph
MIN_ITEM_WORDS = 3


def _cue_elements(tree: HtmlElement) -> list[HtmlElement]:
    """Block elements whose text starts with a related cue, found with one regex pass over all text nodes.

    The text is read as plain strings first; the nodes themselves (which know their element) are only fetched
    on the pages where a cue starts a node.
    """
    texts = _TEXT_XPATH(tree)
    joined = "\x00" + "\x00".join(texts)
    matches = [match.start() for match in _NODE_START_CUE_RE.finditer(joined)]
    if not matches:
        return []
    nodes = _TEXT_NODES_XPATH(tree)
    starts = [0, *accumulate(len(node) + 1 for node in nodes)]
    elements = []
    for start in matches:
        node = nodes[bisect_right(starts, start) - 1]
        element = node.getparent()
        if node.is_tail:
            element = element.getparent()
        while element is not None and element.tag in INLINE_TAGS and element.getparent() is not None:
            element = element.getparent()
        if element is not None and element not in elements:
            elements.append(element)
    return elements


def is_attached(element: HtmlElement, root: HtmlElement) -> bool:
    """Whether the element is still in the tree (not lifted out with an earlier box)."""
    return any(ancestor is root for ancestor in element.iterancestors())


def _link_share(element: HtmlElement, total: int) -> float:
    """Share of the element's characters that sit inside links."""
    if total == 0:
        return 0.0
    linked = sum(len(element_text(link)) for link in element.iter("a"))
    return linked / total


def _has_box_mark(element: HtmlElement) -> bool:
    """Its class or id names a related box ("related-posts", "lire_aussi", "outbrain")."""
    kind, name = element.get("class"), element.get("id")
    if not (kind or name):
        return False
    return _BOX_MARK_RE.search(f"{kind or ''} {name or ''}".lower()) is not None


def _is_box(element: HtmlElement) -> bool:
    """A link-dense element that is not the page or the article itself."""
    if element.tag in NEVER_RELATED:
        return False
    text = element_text(element)
    return bool(text) and _link_share(element, len(text)) >= MIN_LINK_SHARE


def _anchor(element: HtmlElement) -> str:
    """The nearest text before the element on the page, whitespace removed: where to put its pieces back."""
    found = _PRECEDING_TEXT_XPATH(element)
    return "".join(str(found[0]).split()) if found else ""


def _collect_box(box: HtmlElement, heading: HtmlElement | None, result: Extraction) -> None:
    """Headlines of a box become related pieces; its heading and short links are recorded as cut."""
    anchor = _anchor(heading if heading is not None and heading.getparent() is not box else box)
    if heading is not None:
        result.cut(element_text(heading), "related heading")
        drop_element(heading)
    items = [item for item in box.iter(*ITEM_TAGS) if item is not box] or list(box.iter("a")) or [box]
    seen: set[str] = set()
    for item in items:
        text = headline_text(item)
        if not text or text in seen or any(text in other for other in seen):
            continue
        seen.add(text)
        rest = related_heading_rest(text)
        if rest == "":
            result.cut(text, "related heading")
        elif len(text.split()) < MIN_ITEM_WORDS:
            result.cut(text, "related: short link")
        else:
            result.keep("related", text, anchor)
    drop_element(box)


def _words_before(heading: HtmlElement, parent: HtmlElement) -> int:
    """How many words the parent prints before the heading."""
    words = len((parent.text or "").split())
    for child in parent:
        if child is heading:
            break
        words += len(element_text(child).split()) + len((child.tail or "").split())
    return words


def _heading_box(heading: HtmlElement) -> HtmlElement | None:
    """The box a related heading introduces: its link-dense parent, or the list right after it.

    The parent counts only when the heading opens it: a wiki's "See also" is a section heading inside the
    article, whose body (links on every other word) is link-dense too, and the box is the list after it.
    """
    parent = heading.getparent()
    if parent is not None and _is_box(parent) and _words_before(heading, parent) <= MAX_HEADING_WORDS:
        return parent
    following = heading.getnext()
    if following is not None and _is_box(following):
        return following
    return None


def lift_related(tree: HtmlElement, result: Extraction) -> None:
    """Move related boxes and "Lire aussi : …" lines out of ``tree`` into ``result`` as related pieces.

    Args:
        tree: the parsed page; changed in place.
        result: receives the related pieces and the cut headings.
    """
    boxes = [element for element in tree.iter(*BOX_TAGS) if _has_box_mark(element) and _is_box(element)]
    for box in boxes:
        if not any(ancestor in boxes for ancestor in box.iterancestors()):
            _collect_box(box, None, result)
    for element in _cue_elements(tree):
        if element.tag in NEVER_RELATED or not is_attached(element, tree):
            continue
        text = element_text(element)
        words = len(text.split())
        rest = related_heading_rest(text) if words <= MAX_INLINE_WORDS else None
        if rest is None:
            continue
        if rest and element.find(".//a") is not None:
            result.cut(text[: len(text) - len(rest)], "related heading")
            result.keep("related", rest, _anchor(element))
            drop_element(element)
        elif not rest and words <= MAX_HEADING_WORDS and (box := _heading_box(element)) is not None:
            _collect_box(box, element if element.getparent() is not box else None, result)
