"""Tag lists: the ``rel="tag"`` links a blog or news CMS prints under a story ("Tags: brexit, eu, may").

``rel="tag"`` says what the link is (a keyword page of the site, microformats' rel-tag), whatever the list's
class or language. When the list sits in the article's container the extractor keeps it as a paragraph of
keywords ("calendario stock car 2018, stock car brasil, stock car cascavel, …"); it is no text of the story. Each
list is dropped before extraction, up to the highest element that holds nothing but tag links, separators and a
few words of label ("Tags", "Filed under:"); a tag link inside a sentence stays.
"""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

from sift.extract.related import INLINE_TAGS, NEVER_RELATED, is_attached
from sift.extract.result import Extraction
from sift.extract.tree import drop_element, element_text

__all__ = ["drop_tag_lists"]

REASON = "tag list"
_REL_LINKS_XPATH = XPath("//a[@rel]")  # the rel test in Python: string functions on every link cost 5x more
#: Words a tag list may hold besides its links: its label ("Tags", "Filed under:", "Schlagwörter").
MAX_LABEL_WORDS = 3
_WORD_RE = re.compile(r"\w")


def _words_after(link: HtmlElement, top: HtmlElement) -> bool:
    """Whether words follow the list's last tag link inside ``top``: a label comes before its tags ("Filed under:
    Politics"); a sentence that an auto-linking plugin opened with tags ("<a rel=tag>Trump</a> responded angrily.",
    "<a rel=tag>Trump</a> and <a rel=tag>Biden</a> met.") goes on after them."""
    node = link
    while node is not top:
        if node.tail and _WORD_RE.search(node.tail):
            return True
        for sibling in node.itersiblings():
            if _WORD_RE.search(sibling.text_content() if isinstance(sibling.tag, str) else "") or (
                sibling.tail and _WORD_RE.search(sibling.tail)
            ):
                return True
        node = node.getparent()
    return False


def _other_words(element: HtmlElement, tag_words: int) -> int:
    """Words of the element that are not in its tag links (``tag_words``: the words of those links)."""
    return len(element.text_content().split()) - tag_words


def _tag_list(link: HtmlElement, tag_links: set[HtmlElement]) -> HtmlElement | None:
    """The highest ancestor of a tag link holding only tag links and a label; ``None`` for a link in a sentence."""
    top, count, last = None, 1, link
    node = link.getparent()
    while node is not None and node.tag not in NEVER_RELATED:
        links = [a for a in node.iter("a") if a in tag_links]
        if len(links) != sum(1 for _ in node.iter("a")):
            break  # another link: a related box or the article around the list
        tag_words = sum(len(a.text_content().split()) for a in links)
        if _other_words(node, tag_words) > MAX_LABEL_WORDS:
            break
        top, count, last = node, len(links), links[-1]
        node = node.getparent()
    # an inline element holding a single tag link may be a word of a sentence ("… the <span><a rel=tag>Brexit</a>
    # </span> talks"): it is a list only with two links or more
    if top is None or (count < 2 and top.tag in INLINE_TAGS) or _words_after(last, top):
        return None
    return top


def drop_tag_lists(tree: HtmlElement, result: Extraction) -> None:
    """Cut every tag list of the page (:func:`_tag_list`), recording its text."""
    links = [link for link in _REL_LINKS_XPATH(tree) if "tag" in link.get("rel", "").lower().split()]
    if not links:
        return
    tag_links = set(links)
    for link in links:
        if not is_attached(link, tree):
            continue  # gone with an earlier list
        found = _tag_list(link, tag_links)
        if found is not None:
            result.cut(element_text(found), REASON)
            drop_element(found)
