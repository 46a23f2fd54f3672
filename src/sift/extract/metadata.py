"""Title, publication date, site name and author of an HTML page (trafilatura's meta readers + htmldate).

``trafilatura.extract_metadata`` also gathers categories, tags and licence and, when no meta tag names an
author, deep-copies the page to search it with regex XPaths; that costs a third of an extraction for
fields sift does not use. This module calls the same readers (pinned ``trafilatura==2.3.1``: they are
module functions, not its public API) and replaces the author search with a cheap attribute lookup.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from htmldate import find_date
from htmldate.core import (
    DATE_ATTRIBUTES,
    ITEMPROP_ATTRS_ORIGINAL,
    NAME_MODIFIED,
    PROPERTY_MODIFIED,
    examine_abbr_elements,
    examine_header,
)
from htmldate.extractors import extract_url_date, json_search
from htmldate.utils import Extractor as HtmldateOptions
from htmldate.utils import load_html
from htmldate.validators import get_max_date, get_min_date
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.metadata import (
    block_text,
    examine_meta,
    examine_title_element,
    extract_meta_json,
    extract_url,
)
from trafilatura.xpaths import TITLE_XPATHS

from sift.extract.dates import is_template_default
from sift.extract.teaserdates import drop_teaser_dates, widget_date
from sift.extract.title import page_host, strip_site_name
from sift.extract.tree import element_text, in_marked_box
from sift.lexicon.legal_forms import is_legal_form
from sift.segment.abbreviations import abbreviations_for

__all__ = ["PageMetadata", "markup_date", "names_publisher", "read_metadata"]

LOGGER = logging.getLogger(__name__)

# the attributes that mark a byline: rel, itemprop or id "author", class "author" or "byline" (compared in the XPath:
# reading every rel, itemprop, class and id value of the page into Python to compare it there cost 0.8 ms a page);
# also a class only holding "author", "byline", "auteur" or "autor" ("entry-meta-author"), which
# :func:`sift.extract.bylines.marked_byline` reads last (one search of the page for both: each costs 0.5 ms)
_BYLINE_ATTRIBUTES = XPath(
    "//body//@rel[. = 'author'] | //body//@itemprop[. = 'author'] | //body//@id[. = 'author'] | //body//@class["
    "contains(., 'uthor') or contains(., 'byline') or contains(., 'auteur') or contains(., 'autor')]"
)
# trafilatura's name reader drops the colon of "Author: …" and the dots of "e.V." (a byline element keeps them)
_BYLINE_PREFIXES = ("by ", "par ", "von ", "por ", "author ", "author: ", "autor ", "autor: ", "autorin ", "autorin: ")
# a byline's label before the name, longer than a preposition: "Veröffentlicht von Chris Jung", "View all posts by
# Daniel Lemire", "Analysis by Chris Cillizza", "Publié par …"
_BYLINE_LABEL_RE = re.compile(
    r"^(?:(?:veröffentlicht|geschrieben|verfasst|erstellt|gepostet|posted|written|published|analysis|commentary|"
    r"publié|écrit|publicado|escrito|pubblicato|scritto)\s+(?:von|by|par|por|da)|view all posts by|"
    r"alle beiträge von|tous les articles de)\s+",
    re.IGNORECASE,
)
# a newsroom role, alone or as the end of a compound ("FOCUS-Online-Experte", "Wirtschaftsredakteurin", "Staff
# writer", "AP National Political Writer", "CNN Editor-at-large"): what the writer is, not who
_ROLE = (
    r"(?:[\w-]*(?:redakteur|korrespondent|kolumnist|reporter|autor|experte|expertin)(?:in|innen)?|"
    r"(?:[\w-]+\s+){0,3}(?:writer|editor(?:-at-large)?|correspondent|reporter|columnist|contributor))"
)
_ROLE_BEFORE_NAME_RE = re.compile(rf"^{_ROLE}\s+(?=\S+\s+\S)", re.IGNORECASE)  # a name of two words follows
_ROLE_ONLY_RE = re.compile(rf"^(?:staff\s+)?{_ROLE}$", re.IGNORECASE)
_EDITOR_MARK_RE = re.compile(r"\s*\([a-z]{1,3}\)$")  # an editor's initials after the name: "Julia Hitz (eg)"
# the holder a copyright meta tag names ("Copyright (c) Condé Nast 2019"): a publisher, as is the site's own name
_COPYRIGHT = XPath("//head/meta[@name = 'copyright' or @name = 'Copyright']/@content")
# how an organisation's name ends ("Hearst Communications Inc.", "Axel Springer SE", "Acme Media Group")
#: Words ending a publisher's or a newsroom's name (legal forms are :mod:`sift.lexicon.legal_forms`'s table).
_ORGANISATION_END_RE = re.compile(
    r"\b(?:corporation|company|s\.?l|media|news|group|publishing|publications|press|verlag|magazine|newsroom|network"
    r"|communications|staff|redaktion|rédaction|redacción)\.?$",
    re.IGNORECASE,
)
MAX_AUTHOR_WORDS = 5
MAX_TITLE_CHARS = 200  # trafilatura's limit for a heading classed as the title
MAX_SITE_WORDS = 6  # "BUND Naturschutz in Bayern e.V."; a longer part of a <title> is a headline's
_MODIFIED_TAGS = frozenset(NAME_MODIFIED | PROPERTY_MODIFIED)  # htmldate's meta names of a page's last edit
_PUBLISHED_TAGS = frozenset(DATE_ATTRIBUTES | ITEMPROP_ATTRS_ORIGINAL)  # … and of its publication
_NESTED_HEADING_XPATH = XPath(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
# class/id words of a comment form and its thread: "Write a Reply or Comment" (h3#reply-title) names no page; whole
# words, not any fragment: an opinion page's "content--comment" or "commentary" box and a "correspondent" byline
# box hold the headline
_COMMENT_FORM_RE = re.compile(
    r"(?<![a-z])(?:comments|respond|reply|comment[-_]?(?:form|respond|reply|area|list|thread|section|wrap))(?![a-z])"
)
_PAGE_BOXES = frozenset(("html", "body", "article", "main"))  # where the search for a comment form stops
# how a class or id of a sidebar or one of its widgets begins: WordPress' "h3.widget-title" ("Themen", "Archive"),
# "div.sidebar", "aside#secondary" name no page ("content-sidebar-wrap", around the article, does not begin so)
_SIDEBAR_MARKS = ("widget", "sidebar", "secondary")


@dataclass(slots=True, frozen=True)
class PageMetadata:
    """The fields sift keeps from a page's metadata (the description finds the standfirst)."""

    title: str | None
    published: str | None  # from the URL, meta tags, JSON-LD
    site: str | None
    author: str | None
    description: str | None = None
    bylines: tuple[HtmlElement, ...] = ()  # elements classed as a byline, when no meta tag or JSON-LD names the author


def _clean_author(author: str | None) -> str | None:
    """Strip "By"/"Par" prefixes, byline labels ("Veröffentlicht von") and role words before a name
    ("FOCUS-Online-Experte Robin Tschöpe"); keep multi-word names of the ";"-joined list trafilatura builds, but
    not a role standing as one of them ("Paul Takahashi; Staff writer")."""
    if not author:
        return None
    kept = []
    for name in (name.strip() for name in author.split(";")):
        name = _BYLINE_LABEL_RE.sub("", name)
        if name.lower().startswith(_BYLINE_PREFIXES):
            name = name.split(" ", 1)[1].strip()
        name = _ROLE_BEFORE_NAME_RE.sub("", _EDITOR_MARK_RE.sub("", name)).rstrip(",;:")
        if kept and _ROLE_ONLY_RE.match(name):
            continue  # the role of the name before it: "Paul Takahashi; Staff writer"
        if name and (len(name.split()) >= 2 or not kept):
            kept.append(name)
    return "; ".join(kept) or None


def names_publisher(author: str, site: str | None, tree: HtmlElement) -> bool:
    """Whether an author read off the meta tags names the publisher, not a person: the site's name, an
    organisation's shape ("… Media Group", "… Inc.") or the holder of the page's copyright (WIRED's ``<meta
    name="author" content="Condé Nast">``, its byline and JSON-LD Person "Louise Matsakis")."""
    folded = author.casefold().strip()
    if site and folded == site.casefold().lstrip("@").strip():
        return True
    words = author.split()  # a legal form may come spaced as its letters ("Deutsches Hilfswerk e V")
    legal = len(words) > 1 and (is_legal_form(words[-1]) or is_legal_form("".join(words[-2:])))
    if legal or _ORGANISATION_END_RE.search(author.strip()):
        return True
    return any(folded in holder.casefold() for holder in _COPYRIGHT(tree))


def _byline_author(marked: list[HtmlElement]) -> str | None:
    """The first short text marked as the author by rel/itemprop/id "author" or class "author"/"byline"."""
    for element in marked:
        exact = element.get("class") in ("author", "byline") or "author" in (
            element.get("rel"),
            element.get("itemprop"),
            element.get("id"),
        )
        text = element_text(element) if exact else ""
        if text and len(text.split()) <= MAX_AUTHOR_WORDS + 1:
            return text
    return None


def _person_author(author: str | None, publisher: str, site: str | None, tree: HtmlElement) -> bool:
    """Whether a JSON-LD or byline author found for a publisher's name is a person's: two words at least, not the
    site's name, not part of the publisher's ("Bundesverband WindEnergie" for "… e.V."), no organisation's shape."""
    return (
        bool(author)
        and len(author.split()) >= 2
        and author.casefold() not in publisher.casefold()
        and not names_publisher(author, site, tree)
    )


def _in_comment_form(heading: HtmlElement) -> bool:
    """Whether the heading, or a box around it inside the article, is classed as a comment form or thread (a page's
    ``<body>`` or ``<article>`` may carry "comments-open" and the like)."""
    return in_marked_box(heading, lambda _, marks: bool(_COMMENT_FORM_RE.search(marks)), _PAGE_BOXES)


def _in_sidebar(heading: HtmlElement) -> bool:
    """Whether the heading, or a box around it inside the article, belongs to a sidebar or one of its widgets."""
    return in_marked_box(
        heading, lambda _, marks: any(mark.startswith(_SIDEBAR_MARKS) for mark in marks.split()), _PAGE_BOXES
    )


def _links_home(heading: HtmlElement) -> bool:
    """Whether the heading is a link to the site's home page, or sits in one: the site's name or logo a theme prints
    as an ``<h1>`` (``<a href="/"><h1>엔터 미디어</h1></a>`` on a Korean page whose headline is in ``<title>``;
    WordPress's ``h1.site-title a[rel=home]``), never the article's headline."""
    links = list(heading.iterancestors("a"))
    links.extend(heading.iter("a"))
    return any(_is_home(link) for link in links)


def _is_home(link: HtmlElement) -> bool:
    if "home" in (link.get("rel") or "").lower().split():
        return True
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "?")):
        return False
    parts = urlsplit(href)
    return parts.path in ("", "/") and not parts.query and not parts.fragment and (bool(parts.netloc) or href == "/")


def _heading_text(heading: HtmlElement, read: Callable[[HtmlElement], str] = element_text) -> str:
    """A heading's text (``read`` reads a plain one) without the headings nested in it (a theme's byline ``<h4>``
    inside its ``<h1>``)."""
    nested = _NESTED_HEADING_XPATH(heading)
    if not nested:
        return read(heading)
    parts = []
    for node in heading.xpath(".//text()"):
        owner = node.getparent().getparent() if node.is_tail else node.getparent()
        if not any(inner is owner or inner in owner.iterancestors() for inner in nested):
            parts.append(node)
    return " ".join(" ".join(parts).split())


def _headline(tree: HtmlElement) -> str | None:
    """The page's title when no meta tag or JSON-LD names it: ``trafilatura.metadata.extract_title``'s order
    (a lone ``<h1>``, a heading classed as the title, the ``<title>`` element, the first ``<h1>`` or ``<h2>``),
    without two traps: a heading of the comment form ("Write a Reply or Comment Antworten abbrechen",
    ``h3#reply-title``) is no candidate, and a heading's text stops short of a heading nested in it (a byline
    ``<h4>`` "Veröffentlicht von … am …" the theme prints inside the ``<h1>``).
    """
    candidates = [heading for heading in tree.iter("h1") if not _in_comment_form(heading) and not _links_home(heading)]
    if len(candidates) == 1 and (title := _heading_text(candidates[0], block_text)):
        return title
    for expression in TITLE_XPATHS:
        for heading in expression(tree):
            if _in_comment_form(heading) or _in_sidebar(heading) or _links_home(heading):
                continue
            if 2 < len(title := _heading_text(heading)) < MAX_TITLE_CHARS:
                return title
    title, first, second = examine_title_element(tree)
    for part in (first, second, title):  # a part with a full stop is the site's host name ("spiegel.de")
        if part and "." not in _without_name_stops(part):
            return part
    if title := next((text for heading in candidates if (text := _heading_text(heading, block_text))), None):
        return title
    first_h2 = tree.find(".//h2")
    return _heading_text(first_h2, block_text) or None if first_h2 is not None else None


# what a site name never holds: a full stop ending a word before another ("кг. Отзывы", "Barbieri. Nie"), a colon
_NOT_A_SITE_RE = re.compile(r"\.\s+\S|:")
# a host name ("heizung.de", "MacTechNews.de"), which may carry digits ("ノート100YEN.com")
_HOST_RE = re.compile(r"[^\W_][\w-]*\.[^\W\d_]{2,}(?!\w)")
# the full stop of a name's abbreviation ("St. Louis", "Mr. Money", "Dr. Oetker": the capitalised entries of every
# language's list) or of initials ("U.S. News", "J. Crew"), which ends no sentence and makes no host name
_NAME_ABBREVIATIONS = sorted(
    {
        word
        for lang in ("en", "fr", "de", "es", "it", "pt", "nl")
        for word in abbreviations_for(lang)
        if word[:1].isupper()
    },
    key=len,
    reverse=True,
)
_NAME_ABBREVIATION_RE = re.compile(
    rf"(?<![\w.])(?:(?:[A-Z]\.)+|(?:{'|'.join(map(re.escape, _NAME_ABBREVIATIONS))})\.)(?=\s)"
)


def _without_name_stops(text: str) -> str:
    """``text`` without the full stops of names' abbreviations and initials ("St. Louis" → "St Louis")."""
    return _NAME_ABBREVIATION_RE.sub(lambda abbreviation: abbreviation[0].replace(".", ""), text)


def _title_site_name(tree: HtmlElement) -> str | None:
    """The site name a page's ``<title>`` prints beside the headline, when no meta tag names it.

    trafilatura's ``extract_sitename`` takes the first part of the title holding a full stop, which may be the
    headline ("Диета Аткинса (14 дней) - потеря веса до 10 кг. Отзывы" gave the site "потеря веса до 10 кг.
    Отзывы"). A site name is short, reads as no sentence and prints no number outside a host name; a part that
    does not is no site name. The full stop of a name's abbreviation ends no sentence ("St. Louis Post-Dispatch",
    "Mr. Money Mustache"), but a title's first part whose only full stops are such is its headline ("Mr. Smith
    goes to Washington | Film review").
    """
    _, first, second = examine_title_element(tree)
    site = next((part for part in (first, second) if part and "." in part), None)
    if not site or len(site.split()) > MAX_SITE_WORDS:
        return None
    plain = _without_name_stops(site)
    if _NOT_A_SITE_RE.search(plain) or (site is first and "." not in plain):
        return None
    return site if _HOST_RE.search(site) or not any(char.isdigit() for char in site) else None


def _structured_date(tree: HtmlElement, microdata: bool = True) -> str | None:
    """htmldate's structured sources: the canonical URL, meta tags, JSON-LD and ``<abbr>`` elements; before the
    last, microdata on the article's elements (:func:`_microdata_published`, unless ``microdata`` is false).

    The steps, in the same order, that open ``htmldate.find_date`` (pinned ``htmldate==1.11.0``: module functions,
    not its public API), with ``original_date`` (published before modified). One exception: when the meta tags
    name the last edit but no publication, ``examine_header`` falls back on ``article:modified_time``, which SEO
    plugins print alone on evergreen pages; JSON-LD's ``datePublished``, when earlier, is then the page's date (a
    lexicon entry of 2017 is not shown as published on the day it was last edited). A CMS's default day
    (:func:`~sift.extract.dates.is_template_default`: an article node's ``datePublished: 2001-01-01``) is no
    date: the next source is read.
    """
    options = HtmldateOptions(False, get_max_date(date.today().isoformat()), get_min_date(None), True, "%Y-%m-%d")
    canonical = tree.find('.//link[@rel="canonical"]')
    if url_date := extract_url_date(canonical.get("href") if canonical is not None else None, options):
        return url_date
    header = examine_header(tree, options)
    if is_template_default(header):
        header = None
    if header and _edited_not_published(tree):
        return min(header, _article_published(tree) or header)
    if header:
        return header
    found = json_search(tree, options)
    if is_template_default(found):  # the first datePublished is a template's default: another article node's, if any
        found = _article_published(tree)
    found = found or (microdata and _microdata_published(tree)) or examine_abbr_elements(tree, options)
    return None if is_template_default(found) else found


#: schema.org types of a page's own text, whose ``datePublished`` is the page's (not a WebSite's founding date)
_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Report|WebPage|Review)$")


def _article_published(tree: HtmlElement) -> str | None:
    """The earliest ``datePublished`` (``YYYY-MM-DD``) of a JSON-LD node typed as an article or web page.

    htmldate's ``json_search`` takes the first ``datePublished`` in the raw text, whichever node holds it: a
    WebSite node's founding date (2012) then dated a 2024 article. A node without an article type says nothing
    of this page.
    """
    found: list[str] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        found.extend(_published_in(data))
    return min(found, default=None)


# microdata's publication date on an element of the page's text: ``<p itemprop="datePublished" content="…">`` or
# ``<time itemprop="datePublished" datetime="…">`` (htmldate reads the attribute of ``<meta>`` elements only)
_MICRODATA_PUBLISHED = XPath("//body//*[not(self::meta)][@itemprop = 'datePublished'][@content or @datetime]")
_ITEM_SCOPE = XPath("ancestor::*[@itemscope][1]")
_HEADLINE = XPath(".//h1")


def _microdata_published(tree: HtmlElement) -> str | None:
    """The ``datePublished`` (``YYYY-MM-DD``) a page's text carries as microdata on its one article.

    A page printing only "Januar 2022" beside its headline, but ``content="2022-01-14 10:31:00"`` in that element,
    was dated by the site's header ("Freitag, 21. Januar 2022", today's date on every page), which htmldate's
    markup search finds first. Only an item typed as an article or web page counts, and only one holding the
    page's headline (an ``<h1>``): a list of teasers each typed ``NewsArticle``, or one related story in a sidebar,
    dates other pages.
    """
    found: dict[HtmlElement, str] = {}
    for element in _MICRODATA_PUBLISHED(tree):
        value = (element.get("content") or element.get("datetime") or "").strip()
        scope = _ITEM_SCOPE(element)
        if (
            scope
            and _ISO_DAY.match(value)
            and _ARTICLE_TYPE.search(scope[0].get("itemtype", "").rstrip("/ "))
            and _HEADLINE(scope[0])
        ):
            found.setdefault(scope[0], value[:10])
    if len(found) != 1:
        return None
    day = next(iter(found.values()))
    return None if is_template_default(day) else day


def _published_in(node: object) -> list[str]:
    """The ``datePublished`` values of article-typed nodes in one JSON-LD value, ``@graph`` and lists walked."""
    if isinstance(node, list):
        return [day for item in node for day in _published_in(item)]
    if not isinstance(node, dict):
        return []
    found = _published_in(node.get("@graph", []))
    types = node.get("@type", [])
    types = types if isinstance(types, list) else [types]
    published = node.get("datePublished")
    article = any(isinstance(kind, str) and _ARTICLE_TYPE.search(kind) for kind in types)
    if article and isinstance(published, str) and _ISO_DAY.match(published) and not is_template_default(published[:10]):
        found.append(published[:10])
    return found


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _edited_not_published(tree: HtmlElement) -> bool:
    """Whether the page's meta tags name its last edit but not its publication."""
    names = {
        (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        for meta in tree.iterfind(".//meta")
    }
    return not names.isdisjoint(_MODIFIED_TAGS) and names.isdisjoint(_PUBLISHED_TAGS)


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
    if not found or is_template_default(found):
        return None
    tree = load_html(raw)  # pages without a markup date, most of them, are spared this parse
    if not drop_teaser_dates(tree):
        return found
    found = find_date(tree, **options)
    return found if found and not is_template_default(found) else widget_date(tree)


def read_metadata(tree: HtmlElement, raw: str | None = None) -> PageMetadata:
    """Read title, date (``YYYY-MM-DD``), site name, author and description from meta tags, JSON-LD and the page.

    The date comes from htmldate's structured sources (URL, meta tags, JSON-LD); :func:`markup_date` runs its
    markup steps, for pages that print no date with the article either. Its full-text search is not used: it
    costs twenty times more, loads dateparser for every locale (about a second) and may take the date of the
    site's header or sidebar; the HTML extractor reads the dates printed with the article instead.

    Args:
        tree: the parsed page (read only).
        raw: the page's HTML, when at hand: a page that never writes "datePublished" is spared the search of its
            elements for microdata.

    Returns:
        The fields found; each may be ``None``.
    """
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # a handle or a site name, as trafilatura judges it
    publisher = None  # a publisher's name in the author tag yields to a person's: JSON-LD Person, the byline
    if metadata.author and names_publisher(metadata.author, metadata.sitename, tree):
        publisher, metadata.author = metadata.author, None
    if not (metadata.title and metadata.author and metadata.sitename):  # JSON-LD only fills gaps (dates: htmldate)
        try:
            metadata = extract_meta_json(tree, metadata)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as error:
            LOGGER.debug("JSON-LD metadata unreadable, meta tags kept: %s", error)
    metadata.title = metadata.title or _headline(tree)
    marked = (
        [] if metadata.author else list(dict.fromkeys(attribute.getparent() for attribute in _BYLINE_ATTRIBUTES(tree)))
    )
    metadata.author = metadata.author or _byline_author(marked)
    if publisher and not _person_author(metadata.author, publisher, metadata.sitename, tree):
        metadata.author = publisher  # no person found: the tag's name stays
    metadata.sitename = metadata.sitename or _title_site_name(tree)
    metadata.clean_and_trim()
    url = metadata.url or extract_url(tree)
    site = metadata.sitename.lstrip("@") if metadata.sitename else None
    if site and "://" in site:  # article:publisher as a social profile's URL names no site: the page's host does
        site = page_host(url) or None
    title = strip_site_name(metadata.title, site, url)
    published = _structured_date(tree, raw is None or "datePublished" in raw)
    return PageMetadata(
        title or None,
        published or None,
        site or None,
        _clean_author(metadata.author),
        metadata.description,
        tuple(marked),
    )
