"""Hidden dialogs (login, registration, age checks, pop-ups) are cut with their reason; a lightbox article stays."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sift.extract import ExtractConfig, extract_page
from sift.extract.dialogs import REASON

TEASER = "<p>Die Stadt eröffnet am Montag die neue Brücke über den Fluss, nach drei Jahren Bauzeit.</p>"
LOGIN = (
    "<p>Hinweis: Das Passwort muss mindestens 8 Zeichen lang sein und einen Großbuchstaben enthalten.</p>"
    "<p>Deine Registrierung ist leider fehlgeschlagen. Bitte versuche es später noch einmal.</p>"
    "<form><input name='email'><p>Bitte trage eine gültige E-Mail-Adresse ein, damit wir dich erreichen.</p></form>"
)


def _page(dialog: str) -> str:
    return f"<html><head><title>Brücke</title></head><body><main>{TEASER}</main>{dialog}</body></html>"


@pytest.mark.parametrize(
    "opening",
    [
        "<div class='b-dialog x-dialog-login m-dark'>",
        "<div role='dialog'>",
        "<div aria-modal='true'>",
        "<section id='newsletter_popup'>",
        "<dialog>",
    ],
)
def test_a_dialog_the_page_keeps_hidden_is_no_body_text(opening: str) -> None:
    closing = "</dialog>" if opening == "<dialog>" else f"</{opening[1:].split()[0].rstrip('>')}>"
    result = extract_page(_page(f"{opening}{LOGIN}{closing}"), "text/html", ExtractConfig())
    assert result.texts("body") == [TEASER[3:-4]]
    assert any(removed.reason == REASON and "Passwort" in removed.text for removed in result.removed)


def test_a_class_word_only_inside_another_word_is_no_dialog() -> None:
    # "dialogue" (an interview section), "modalities": the page's own text
    result = extract_page(_page(f"<div class='dialogue'>{LOGIN}</div>"), "text/html", ExtractConfig())
    assert any("Passwort" in text for text in result.texts("body"))
    assert not any(removed.reason == REASON for removed in result.removed)


def test_an_article_shown_in_a_lightbox_dialog_stays() -> None:
    article = "<h1>Die neue Brücke</h1>" + TEASER * 3
    page = (
        f"<html><body><div class='modal article-modal' role='dialog'><article>{article}</article></div></body></html>"
    )
    result = extract_page(page, "text/html", ExtractConfig())
    assert result.texts("body")
    assert not any(removed.reason == REASON for removed in result.removed)


@pytest.mark.shared_data
def test_a_media_library_page_shows_its_teaser_not_its_account_dialogs(shared_data: Path) -> None:
    page = shared_data / "extraction" / "trafilatura-eval-dev" / "html" / "zdf.de.corona.html.gz"
    result = extract_page(gzip.decompress(page.read_bytes()).decode("utf-8"), "text/html", ExtractConfig())
    body = " ".join(result.texts("body"))
    assert body.startswith("New York ist das Epizentrum der Corona-Pandemie in den USA.")
    assert "Passwort" not in body and "Registrierung" not in body and "Altersbeschränkung" not in body
