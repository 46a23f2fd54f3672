"""What a page prints with its headline: title without the site's name, standfirst, kickers, other headlines."""

from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest

from sift.extract import ExtractConfig, extract_page
from sift.extract.header import cut_banners_above_headline, restore_standfirst
from sift.extract.result import Extraction
from sift.extract.title import kicker_and_headline, repeats_title, strip_site_name
from sift.extract.tree import TextElement, text_elements

ARTICLE = "".join(
    f"<p>Paragraph {number} of the article reports what the council decided about the new bridge, who voted "
    "for it and what the works will cost the city over the next three years.</p>"
    for number in range(1, 5)
)


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        ("Il governo cade - La Stampa", "La Stampa", None, "Il governo cade"),
        (
            "La réforme des retraites | Le Monde",
            None,
            "https://www.lemonde.fr/politique/article.html",
            "La réforme des retraites",
        ),
        ("Diario HOY | Darán bendición a vehículos", "Diario HOY", None, "Darán bendición a vehículos"),
        ("Fishing Masters Show - BLINKER", "Blinker - Europas große Anglerzeitschrift", None, "Fishing Masters Show"),
        ("Crash on I-95 - WSVN 7News | Miami News, Weather", "WSVN 7News | Miami News, Weather", None, "Crash on I-95"),
        ("Trump - Biden debate", "CNN", "https://edition.cnn.com/x", "Trump - Biden debate"),
        (
            "Brexit: Nervenkrieg geht in nächste Runde",
            "Neue Zürcher Zeitung",
            None,
            "Brexit: Nervenkrieg geht in nächste Runde",
        ),
        (None, "La Stampa", None, None),
    ],
)
def test_the_site_name_is_stripped_from_titles(
    title: str | None, site: str | None, url: str | None, expected: str | None
) -> None:
    assert strip_site_name(title, site, url) == expected


def _extract(head: str, body: str) -> tuple[list[tuple[str, str]], dict[str, str], str | None]:
    page = f"<html><head><title>Council approves the bridge</title>{head}</head><body>{body}</body></html>"
    result = extract_page(page, "text/html", ExtractConfig())
    return [(piece.role, piece.text) for piece in result.pieces], result.reasons(), result.title


def test_the_standfirst_in_the_header_block_is_the_first_body_paragraph() -> None:
    standfirst = "The council approved the new bridge on Monday after two years of debate, by 31 votes to 12."
    head = f"<meta name='description' content='{standfirst}'>"
    body = f"<header><h1>Council approves the bridge</h1><div class='teaser'><p>{standfirst}</p></div></header>"
    pieces, _, _ = _extract(head, body + f"<article>{ARTICLE}</article>")
    assert pieces[0] == ("body", standfirst)
    assert pieces[1][1].startswith("Paragraph 1")


def test_a_prose_lead_between_headline_and_article_is_kept_without_a_description() -> None:
    lead = "The lead paragraph sits in a box of its own between the headline and the article, with no link in it."
    body = f"<h1>Council approves the bridge</h1><div class='summary'><p>{lead}</p></div><article>{ARTICLE}</article>"
    pieces, _, _ = _extract("", body)
    assert pieces[0] == ("body", lead)


def test_a_kicker_marked_by_its_class_is_cut_with_its_reason() -> None:
    body = f"<article><p class='kicker'>City hall</p><h1>Council approves the bridge</h1>{ARTICLE}</article>"
    pieces, reasons, title = _extract("", body)
    assert all(text != "City hall" for _, text in pieces)
    assert reasons["City hall"] == "kicker"
    assert title == "Council approves the bridge"


@pytest.mark.shared_data
def test_clarin_teasers_and_kickers_are_not_the_article(shared_data: Path) -> None:
    page = shared_data / "extraction" / "trafilatura-eval-dev" / "html" / "clarin.com-albertofernandez.html.gz"
    result = extract_page(gzip.decompress(page.read_bytes()).decode("utf-8"), "text/html", ExtractConfig())
    body = result.texts("body")
    assert body[0].startswith("En una jornada de cruces feroces")  # the standfirst
    assert body[1].startswith('"No soy el dueño del Gobierno')  # then the article, nothing between
    reasons = result.reasons()
    assert reasons["La interna oficial"] == "kicker"
    assert reasons["Miradas"] == "kicker of another article"
    headline = next(text for text in reasons if text.startswith("Un dirigente del Partido Obrero"))
    assert reasons[headline] == "headline of another article"
    assert any(piece.role == "caption" and "(Foto: Natacha Pisarenko" in piece.text for piece in result.pieces)


def test_the_headline_as_printed_is_the_title() -> None:
    head = "<meta property='og:site_name' content='Town Gazette'>"
    _, _, title = _extract(head, f"<article><h1>Council approves the bridge</h1>{ARTICLE}</article>")
    assert title == "Council approves the bridge"


@pytest.mark.parametrize(
    ("heading", "title", "expected"),
    [
        ("Council approves the bridge", "Council approves the bridge", True),
        ("Council approves  the bridge", "council approves the bridge - Town Gazette", True),  # an undeclared site
        ("Council approves the bridge", "Council approves the bridge | Gazette", True),
        # a kicker is the title's start too, but a colon (or more words) follows it, not a site name
        ("Siemens und die Kohlemine Adani", "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer", False),
        ("Council approves", "Council approves the bridge", False),
        ("Council", "Council approves the bridge - Town Gazette", False),  # under half the title
    ],
)
def test_a_heading_repeats_the_title_only_before_a_site_suffix(heading: str, title: str, expected: bool) -> None:
    assert repeats_title(heading, title) is expected


def test_a_kicker_and_headline_printed_apart_are_the_title() -> None:
    """taz.de: the meta title is "kicker: headline", the page prints the two as lines; neither is body text."""
    title = "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer"
    head = f"<meta property='og:title' content='{title}'>"
    body = f"<article><p>Siemens und die Kohlemine Adani</p><h1>Kaeser verarscht Neubauer</h1>{ARTICLE}</article>"
    pieces, reasons, extracted = _extract(head, body)
    assert extracted == title
    assert pieces[0][1].startswith("Paragraph 1"), pieces[:2]
    assert reasons["Kaeser verarscht Neubauer"].startswith("title")
    assert kicker_and_headline(["Kaeser verarscht Neubauer"], title) == 1
    assert kicker_and_headline(["Kaeser verarscht Neubauer", "x"], "Kaeser verarscht Neubauer") == 0


def _banner_page(above: list[str], title: str) -> tuple[Extraction, list[TextElement]]:
    """A page printing ``above`` before its <h1>, then a question and two answers; the extraction kept it all."""
    question = "How does one tell the two past forms apart when the book gives only one example of each of them?"
    answers = [
        "The first form is the passive; the second describes a state that is the result of an earlier event.",
        "Both are common in speech, but only the first one reports what happened to the speaker that night.",
    ]
    page = (
        "<html><body>"
        + "".join(f"<div class='hero'><p>{text}</p></div>" for text in above)
        + f"<div id='content'><h1>{title}</h1><div class='question'><p>{question}</p></div>"
        + "".join(f"<div class='answer'><p>{text}</p></div>" for text in answers)
        + "</div></body></html>"
    )
    result = Extraction(title="When to use which past form")
    for text in [*above, *answers]:
        result.keep("body", text)
    return result, text_elements(lxml.html.fromstring(page))


def test_a_site_banner_above_the_headline_is_cut_and_the_question_below_it_found() -> None:
    banner = "Example Language Exchange is a question and answer site for learners. It's free, no registration."
    result, elements = _banner_page([banner], "When to use which past form")
    cut_banners_above_headline(elements, result)
    restore_standfirst(
        elements, "How does one tell the two past forms apart when the book gives only one", frozenset(), result
    )
    assert result.reasons()[banner] == "site banner above the headline"
    assert result.texts("body")[0].startswith("How does one tell the two past forms apart")
    assert banner not in result.texts("body")


def test_the_article_above_a_heading_that_repeats_a_wrong_title_stays() -> None:
    """A shop page titled by its newsletter box: the article's paragraphs precede that heading and are kept."""
    article = [
        f"Paragraph {number} of the shop's page says how parcels are packed and returned." for number in (1, 2, 3)
    ]
    result, elements = _banner_page(article, "When to use which past form")
    cut_banners_above_headline(elements, result)
    assert result.texts("body")[:3] == article
    assert not result.removed


def test_without_an_h1_headline_nothing_is_cut() -> None:
    banner = "Example Language Exchange is a question and answer site for learners. It's free, no registration."
    result, elements = _banner_page([banner], "Another page's headline")
    cut_banners_above_headline(elements, result)
    assert result.texts("body")[0] == banner


def test_a_headline_and_a_label_printed_above_the_headline_are_cut_for_what_they_are() -> None:
    result, elements = _banner_page(["Obituary", "When to use which past form"], "When to use which past form")
    cut_banners_above_headline(elements, result)
    assert result.reasons() == {
        "Obituary": "kicker",
        "When to use which past form": "title (printed again above the headline)",
    }
