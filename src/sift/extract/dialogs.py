"""Dialogs a page keeps hidden until a click: login, registration, age checks, newsletter pop-ups.

A media library page (ZDFmediathek: a two-minute video and one sentence of teaser) carries its whole account
system in the HTML — "Das Passwort muss mindestens 8 Zeichen lang sein", "Deine Registrierung ist leider
fehlgeschlagen", an age check, a children's-area notice — in ``<div role="dialog">``-like boxes the reader never
sees unless they open them. When the article is short, the main-content extractor takes those boxes as the
body, and the claims list shows password rules. A dialog is marked by the page itself: the ``<dialog>`` element,
``role="dialog"``/``"alertdialog"``, ``aria-modal="true"``, or a class or id word ``modal``/``dialog``/``popup``.
It is cut, with its text listed as removed, unless it holds the page's headline (a site that shows its article
in a lightbox). Its size says nothing: ZDF's account dialogs hold more text than the article they hide behind.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from sift.extract.result import Extraction
from sift.extract.tree import drop_element, element_text

__all__ = ["drop_dialogs"]

REASON = "dialog (login, registration, age check or pop-up the page keeps hidden)"
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
# A class or id *word* (split at spaces, hyphens and underscores): "password-modal", "b-dialog", "x-dialog-login",
# "newsletter_popup"; not "modalities" or "dialogue" (an interview section may be called that).
_DIALOG_WORD_RE = re.compile(r"(?:^|[\s_-])(?:modal|dialog|popup|pop-up)(?:$|[\s_-])", re.IGNORECASE)
#: Containers only: a link or button with such a class opens a dialog, it is not one.
_CONTAINERS = frozenset({"dialog", "div", "section", "aside", "article", "form", "ul", "ol", "table"})


def _is_dialog(element: HtmlElement) -> bool:
    if element.tag == "dialog":
        return True
    if element.tag not in _CONTAINERS:
        return False
    if element.get("role", "").strip().lower() in _DIALOG_ROLES or element.get("aria-modal", "").lower() == "true":
        return True
    return bool(_DIALOG_WORD_RE.search(f"{element.get('class', '')} {element.get('id', '')}"))


def drop_dialogs(tree: HtmlElement, result: Extraction) -> None:
    """Cut the page's hidden dialogs (outermost first), keeping any that holds the headline (an ``<h1>``)."""
    body = tree.find(".//body")
    if body is None:
        return
    dialogs: list[HtmlElement] = []
    for element in body.iterdescendants(*_CONTAINERS):  # lxml picks the containers (no Python call for the rest)
        if not _is_dialog(element):
            continue
        if any(dialog in element.iterancestors() for dialog in dialogs):
            continue
        dialogs.append(element)
    for dialog in dialogs:
        if dialog.find(".//h1") is not None:
            continue
        result.cut(element_text(dialog), REASON)
        drop_element(dialog)
