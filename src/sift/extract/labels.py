"""Page furniture the extractor kept as body lines: a story's category labels and the text of a form's box.

A category line ("Gesundheit Angst": the section and the story's tag, printed under the headline) is marked as such
by its class in any language (``news-info-tag``, ``category``, ``breadcrumb``, ``rubrik``); a sign-up or contact
box holds a heading and a message or two beside its ``<form>`` ("Anmeldung zum Pressedienst", "Ihre E-Mail-Adresse
wurde nicht im Verteiler gefunden"). Neither is text of the article (:func:`cut_page_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.html import HtmlElement

from sift.extract.result import Extraction, Piece
from sift.extract.title import repeats_title
from sift.extract.tree import TextElement, compact

__all__ = ["cut_glyph_headline", "cut_page_labels"]

MAX_LABEL_WORDS = 5
MAX_MARK_ANCESTORS = 2  # a form may sit beside the element or beside the box right around it
MAX_LABEL_CHARS = 40  # in scripts without spaces too
MAX_FORM_BOX_WORDS = 80  # a form's box: a heading and a message or two; an article around a form is longer
_SENTENCE_END = (".", "!", "?", "…", ";", ":")  # a line ending in a colon introduces what follows
MIN_PARAGRAPH_CHARS = 120  # the article has started: category lines sit above its first paragraph
_LABEL_CLASS_RE = re.compile(
    r"^(?:tags?|categor(?:y|ies)|kategorien?|breadcrumbs?|rubri[ck]|rubriques?|ressort|secci[oó]n)$", re.IGNORECASE
)
_CLASS_SPLIT_RE = re.compile(r"[_-]+")
_WIDGET_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # an <h1> is the page's headline
# a heading's decoration: arrows, brackets, bars and bullets before its words ("[> Jens Weber", "» Kontakt")
_LEADING_GLYPHS_RE = re.compile(r"[\[\]<>|/\\›»·•*#~=+–—\u2190-\u21ff\u25a0-\u25ff-]+\s*")


def _is_label_box(element: HtmlElement) -> bool:
    """The element or its parent has a class or id that ends naming categories, tags or breadcrumbs
    ("news-info-tag", "label-category"; not WordPress's "category-news" on a whole article)."""
    for node in (element, element.getparent()):
        if node is None:
            return False
        names = f"{node.get('class', '')} {node.get('id', '')}".split()
        if any(_LABEL_CLASS_RE.match(_CLASS_SPLIT_RE.split(name)[-1]) for name in names):
            return True
    return False


def _few_words(box: HtmlElement, form: HtmlElement) -> bool:
    """Whether the box holds few words besides the form (read only until there are too many: a form's parent may
    be the whole page, as on pages built around one form)."""
    words = len((box.text or "").split())
    for child in box:
        if child is not form:
            for text in child.itertext():
                words += len(text.split())
                if words > MAX_FORM_BOX_WORDS:
                    return False
        words += len((child.tail or "").split())
    return words <= MAX_FORM_BOX_WORDS


def _form_box_texts(root: HtmlElement) -> set[str]:
    """The texts (whitespace removed) of the elements beside a ``<form>``: its parent's other children and their
    children, when that box is a widget: a heading of its own and few words besides the form."""
    texts: set[str] = set()
    for form in root.iter("form"):
        box = form.getparent()
        if box is None or not any(child.tag in _WIDGET_HEADINGS for child in box) or not _few_words(box, form):
            continue  # a widget has its heading ("Anmeldung zum Pressedienst", "Newsletter")
        for child in box:
            if child is form or not isinstance(child.tag, str):
                continue
            for element in (child, *child):
                if isinstance(element.tag, str) and element.tag != "form":
                    texts.add(compact(element.text_content()))
    texts.discard("")
    return texts


def _may_be_label(piece: Piece) -> bool:
    """A short line of the body that ends no sentence."""
    return (
        piece.role == "body"
        and len(piece.text) <= MAX_LABEL_CHARS
        and len(piece.text.split()) <= MAX_LABEL_WORDS
        and not piece.text.endswith(_SENTENCE_END)
    )


def _marked_labels(elements: Sequence[TextElement], labels: dict[str, int], first_paragraph: str) -> set[str]:
    """The label texts that an element marked as a category label prints, read down to the first paragraph."""
    marked: set[str] = set()
    if not labels:
        return marked
    stop = compact(first_paragraph)
    for found in elements:
        if found.compact == stop:
            break
        if found.compact in labels and _is_label_box(found.element):
            marked.add(found.compact)
    return marked


def cut_page_labels(elements: Sequence[TextElement], result: Extraction) -> None:
    """Cut body lines the page marks as category labels above the article's first paragraph, and the heading and
    messages of a form's box.

    Args:
        elements: the page's innermost text elements, in document order.
        result: the extraction; its pieces lose those lines.
    """
    if not elements or not result.pieces:
        return
    form_texts = _form_box_texts(elements[0].element.getroottree().getroot())
    started = next(
        (
            index
            for index, piece in enumerate(result.pieces)
            if piece.role == "body" and len(piece.text) >= MIN_PARAGRAPH_CHARS
        ),
        len(result.pieces),
    )
    labels = {
        compact(result.pieces[index].text): index for index in range(started) if _may_be_label(result.pieces[index])
    }
    marked = _marked_labels(elements, labels, result.pieces[started].text if started < len(result.pieces) else "")
    if not marked and not form_texts:
        return
    kept = []
    for index, piece in enumerate(result.pieces):
        packed = compact(piece.text) if piece.role == "body" else ""
        if packed in marked and labels[packed] == index:
            result.cut(piece.text, "category label")
        elif packed in form_texts and not repeats_title(piece.text, result.title):
            result.cut(piece.text, "form text (its box beside a form)")
        else:
            kept.append(piece)
    result.pieces = kept


def cut_glyph_headline(result: Extraction) -> None:
    """Move the body's first line to the title when it is the title behind a glyph ("[> Jens Weber" for "Jens
    Weber"): the headline step compares words and would keep it as body.

    Args:
        result: the extraction; its first piece goes when it is the decorated headline.
    """
    if not result.pieces or result.pieces[0].role != "body":
        return
    text = result.pieces[0].text
    decoration = _LEADING_GLYPHS_RE.match(text)
    if decoration and repeats_title(text[decoration.end() :], result.title):
        result.title = text[decoration.end() :].strip()
        result.cut(result.pieces.pop(0).text, "title (moved to title)")
