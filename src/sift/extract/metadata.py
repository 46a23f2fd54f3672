"""Title, publication date, site name and author of an HTML page (trafilatura's meta readers + htmldate).

``trafilatura.extract_metadata`` also gathers categories, tags and licence and, when no meta tag names an
author, deep-copies the page to search it with regex XPaths; that costs a third of an extraction for
fields sift does not use. This module calls the same readers (pinned ``trafilatura==2.3.1``: they are
module functions, not its public API) and replaces the author search with a cheap attribute lookup.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from htmldate import find_date
from htmldate.core import examine_abbr_elements, examine_header
from htmldate.extractors import extract_url_date, json_search
from htmldate.utils import Extractor as HtmldateOptions
from htmldate.utils import load_html
from htmldate.validators import get_max_date, get_min_date
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url

from sift.extract.teaserdates import drop_teaser_dates, widget_date
from sift.extract.title import page_host, strip_site_name
from sift.extract.tree import element_text

__all__ = ["PageMetadata", "markup_date", "read_metadata"]

LOGGER = logging.getLogger(__name__)

# the attributes that mark a byline: rel, itemprop or id "author", class "author" or "byline" (the values tested in
# Python: a quarter less than comparing five attributes of every element in the XPath)
_BYLINE_ATTRIBUTES = XPath("//body//@rel | //body//@itemprop | //body//@class | //body//@id")
_BYLINE_MARKS = frozenset(
    {("rel", "author"), ("itemprop", "author"), ("class", "author"), ("class", "byline"), ("id", "author")}
)
_BYLINE_PREFIXES = ("by ", "par ", "von ", "por ")
MAX_AUTHOR_WORDS = 5


@dataclass(slots=True, frozen=True)
class PageMetadata:
    """The fields sift keeps from a page's metadata (the description finds the standfirst)."""

    title: str | None
    published: str | None  # from the URL, meta tags, JSON-LD
    site: str | None
    author: str | None
    description: str | None = None


def _clean_author(author: str | None) -> str | None:
    """Strip "By"/"Par" prefixes; keep multi-word names of the ";"-joined list trafilatura builds."""
    if not author:
        return None
    kept = []
    for name in (name.strip() for name in author.split(";")):
        if name.lower().startswith(_BYLINE_PREFIXES):
            name = name.split(" ", 1)[1].strip()
        if name and (len(name.split()) >= 2 or not kept):
            kept.append(name)
    return "; ".join(kept) or None


def _byline_author(tree: HtmlElement) -> str | None:
    """The first short text marked as the author by rel/itemprop/class/id."""
    marked = (
        attribute.getparent()
        for attribute in _BYLINE_ATTRIBUTES(tree)
        if attribute in ("author", "byline") and (attribute.attrname, attribute) in _BYLINE_MARKS
    )
    for element in dict.fromkeys(marked):
        text = element_text(element)
        if text and len(text.split()) <= MAX_AUTHOR_WORDS + 1:
            return text
    return None


def _structured_date(tree: HtmlElement) -> str | None:
    """htmldate's structured sources: the canonical URL, meta tags, JSON-LD and ``<abbr>`` elements.

    The steps, in the same order, that open ``htmldate.find_date`` (pinned ``htmldate==1.11.0``: module functions,
    not its public API), with ``original_date`` (published before modified).
    """
    options = HtmldateOptions(False, get_max_date(date.today().isoformat()), get_min_date(None), True, "%Y-%m-%d")
    canonical = tree.find('.//link[@rel="canonical"]')
    return (
        extract_url_date(canonical.get("href") if canonical is not None else None, options)
        or examine_header(tree, options)
        or json_search(tree, options)
        or examine_abbr_elements(tree, options)
    )


def markup_date(raw: str) -> str | None:
    """htmldate's quick search on the raw page, markup steps included (date-like classes, ``<time>``, timestamps
    in scripts) but no full-text search; those steps read the whole page, so the dates of a list of teasers
    (other articles: :func:`~sift.extract.teaserdates.drop_teaser_dates`) are dropped first: a page that prints
    no date of its own has none. Without them, the page's own date widget may still print its date in pieces
    (:func:`~sift.extract.teaserdates.widget_date`).

    It parses the page afresh: htmldate cleans the tree it searches (a parse costs less than the copy it makes
    of a tree it is handed), and the markup steps need the scripts sift strips from its own tree.

    Args:
        raw: the decoded HTML page.

    Returns:
        ``YYYY-MM-DD`` or ``None``.
    """
    options = {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}
    found = find_date(raw, **options)
    if not found:
        return None
    tree = load_html(raw)  # pages without a markup date, most of them, are spared this parse
    if not drop_teaser_dates(tree):
        return found
    return find_date(tree, **options) or widget_date(tree)


def read_metadata(tree: HtmlElement) -> PageMetadata:
    """Read title, date (``YYYY-MM-DD``), site name, author and description from meta tags, JSON-LD and the page.

    The date comes from htmldate's structured sources (URL, meta tags, JSON-LD); :func:`markup_date` runs its
    markup steps, for pages that print no date with the article either. Its full-text search is not used: it
    costs twenty times more, loads dateparser for every locale (about a second) and may take the date of the
    site's header or sidebar; the HTML extractor reads the dates printed with the article instead.

    Args:
        tree: the parsed page (read only).

    Returns:
        The fields found; each may be ``None``.
    """
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # a handle or a site name, as trafilatura judges it
    if not (metadata.title and metadata.author and metadata.sitename):  # JSON-LD only fills gaps (dates: htmldate)
        try:
            metadata = extract_meta_json(tree, metadata)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as error:
            LOGGER.debug("JSON-LD metadata unreadable, meta tags kept: %s", error)
    metadata.title = metadata.title or extract_title(tree)
    metadata.author = metadata.author or _byline_author(tree)
    metadata.sitename = metadata.sitename or extract_sitename(tree)
    metadata.clean_and_trim()
    url = metadata.url or extract_url(tree)
    site = metadata.sitename.lstrip("@") if metadata.sitename else None
    if site and "://" in site:  # article:publisher as a social profile's URL names no site: the page's host does
        site = page_host(url) or None
    title = strip_site_name(metadata.title, site, url)
    published = _structured_date(tree)
    return PageMetadata(
        title or None,
        published or None,
        site or None,
        _clean_author(metadata.author),
        metadata.description,
    )
