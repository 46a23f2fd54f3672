"""The text path on small synthetic scraped pages (FR/DE/ES/EN): the rules are not seed-specific."""

from __future__ import annotations

from pathlib import Path

import pytest

from sift.extract import ExtractConfig, Extraction, extract_page
from sift.extract.lexicon import boilerplate_reason
from sift.extract.text import split_units

FIXTURES = Path(__file__).parent / "fixtures"


def _extract(name: str) -> Extraction:
    return extract_page((FIXTURES / name).read_text(encoding="utf-8"), "text/plain", ExtractConfig(), name)


@pytest.mark.parametrize(
    ("name", "title", "published", "author"),
    [
        ("blog-fr.txt", "La mairie annonce un nouveau plan de transport", "2020-03-03", "Claire Martin"),
        ("blog-de.txt", "Neue Windräder für die Nordsee", "2017-11-14", None),
        ("blog-es.txt", "El Gobierno aprueba un plan de ayudas para el campo", "2020-05-05", "Lucía García"),
        ("blog-en-wrapped.txt", "Council approves new library budget", "2019-06-02", "Admin"),
    ],
)
def test_header_metadata(name: str, title: str, published: str, author: str | None) -> None:
    result = _extract(name)
    assert (result.title, result.published, result.author) == (title, published, author)


def test_french_blog() -> None:
    result = _extract("blog-fr.txt")
    body = result.texts("body")
    assert len(body) == 4
    assert body[0].startswith("La mairie de Lyon a présenté lundi")
    assert result.texts("related") == ["Le tramway de Bordeaux fête ses vingt ans"]
    reasons = result.reasons()
    assert reasons["Accueil | Politique | Monde"] == "navigation"
    assert reasons["Partager sur Facebook"] == "share/subscribe"
    assert reasons["3 commentaires"] == "comment count"
    assert any(reason == "cookie notice" for reason in reasons.values())
    assert reasons["Lire aussi :"] == "related heading"


def test_german_blog_numbered_related_and_teaser() -> None:
    result = _extract("blog-de.txt")
    assert len(result.texts("body")) == 3
    assert result.texts("related") == [
        "Offshore-Wind: Ausbau kommt schneller voran als geplant.",
        "Schweinswale in der Ostsee werden seltener.",
    ]
    reasons = result.reasons()
    assert reasons["Hafenfest in Kiel"] == "promo teaser"
    assert reasons["Artikel teilen"] == "share/subscribe"
    assert reasons["Folgen Sie uns auf Twitter"] == "share/subscribe"


def test_spanish_blog_cookie_after_related() -> None:
    result = _extract("blog-es.txt")
    assert len(result.texts("body")) == 3
    assert len(result.texts("related")) == 2
    assert "cookie notice" in result.reasons().values()
    assert all("cookies" not in piece.text for piece in result.pieces)


def test_hard_wrapped_lines_are_joined() -> None:
    result = _extract("blog-en-wrapped.txt")
    body = result.texts("body")
    assert len(body) == 2
    assert "central library, which has been closed since the flood of 2017. Work is" in body[0]
    assert result.reasons()["Copyright 2019 Town Gazette"] == "copyright"


def test_indented_paragraph_inside_body_is_a_quote() -> None:
    text = (
        "A headline\n\n"
        "The first paragraph of the article says something about the world today.\n\n"
        "    An indented passage quoted from a speech made by the minister on Monday.\n\n"
        "The last paragraph of the article closes the story with a final fact.\n"
    )
    result = extract_page(text, "text/plain", ExtractConfig())
    assert [piece.role for piece in result.pieces] == ["body", "quote", "body"]


def test_units_split_on_sentence_ends_and_markers() -> None:
    units = split_units("  1. Erste Zeile hier.\n  Zweite Zeile dort.\n\n    - Punkt eins\n    - Punkt zwei\n")
    assert [unit.text for unit in units] == ["Erste Zeile hier.", "Zweite Zeile dort.", "Punkt eins", "Punkt zwei"]
    assert [unit.is_listed for unit in units] == [True, False, True, True]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Home\n\nShare this\n\nFeatured Post\n"])
def test_no_prose_raises(text: str) -> None:
    from sift.errors import InputError

    with pytest.raises(InputError, match="no article text found"):
        extract_page(text, "text/plain", ExtractConfig(), "page.txt")


def test_pasted_sentence_is_body() -> None:
    result = extract_page("Russia says the US helps ISIL.\n", "text/plain", ExtractConfig())
    assert result.texts("body") == ["Russia says the US helps ISIL."]


def test_source_line_after_the_article_is_kept() -> None:
    text = (
        "Headline of the day\n\n"
        "The ministry said on Tuesday that the convoy had left the city before the strikes began.\n\n"
        "Source: Sputnik\n\n"
        "Only News\n"
    )
    result = extract_page(text, "text/plain", ExtractConfig())
    assert result.texts("body")[-1] == "Source: Sputnik"
    assert result.reasons()["Only News"] == "site name"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Copyright law in the EU changed this year.", None),
        ("The EU cookie law requires websites to ask for consent.", None),
        ("She did not share it with anyone.", None),
        ("More from the interview follows below.", None),
        ("Copyright © 2019 Hawaii News Now. All rights reserved.", "copyright"),
        ("Wir verwenden Cookies. Mit der Nutzung der Seite sind Sie einverstanden.", "cookie notice"),
        ("Like this story? Share it with a friend!", "share/subscribe"),
        ("Home | World | Sport | Weather", "navigation"),
        ("Blog Widget by LinkWithin", "boilerplate: widget"),
    ],
)
def test_furniture_lexicon_spares_prose(line: str, reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


def test_site_name_above_the_title_is_not_the_title() -> None:
    text = (
        "Only News\n\n"
        "14/11/2017\n\n"
        "Convoy leaves the city before the strikes begin\n\n"
        "The convoy left the city on Thursday night, hours before the first strikes, witnesses said.\n"
    )
    result = extract_page(text, "text/plain", ExtractConfig())
    assert result.title == "Convoy leaves the city before the strikes begin"
    assert result.published == "2017-11-14"
    assert result.reasons()["Only News"] == "site name"


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("Pubblicato il 20 maggio 2020 alle 10:32", "2020-05-20"),
        ("martes, 19 de mayo de 2020", "2020-05-19"),
        ("Publicado em 18 de maio de 2020", "2020-05-18"),
        ("Gepubliceerd op 17 mei 2020", "2020-05-17"),
        ("Opublikowano: 16 maja 2020", "2020-05-16"),
        ("15 мая 2020 года, 14:35", "2020-05-15"),
    ],
)
def test_text_pages_get_their_date_line_in_any_language(date_line: str, published: str) -> None:
    text = (
        f"{date_line}\n\n"
        "A headline about the vote in parliament\n\n"
        "The parliament voted on Tuesday to approve the new budget, the speaker told reporters after the session.\n"
    )
    result = extract_page(text, "text/plain", ExtractConfig())
    assert result.published == published
    assert result.reasons()[date_line] == "date line (moved to published)"


def test_a_text_page_dates_its_publication_not_its_update() -> None:
    text = (
        "Aggiornato il 22 maggio 2020 alle 18:00\n\n"
        "Pubblicato il 20 maggio 2020 alle 10:32\n\n"
        "Il governo approva il bilancio\n\n"
        "Il parlamento ha approvato martedì il nuovo bilancio, ha detto il presidente della camera ai giornalisti.\n"
    )
    result = extract_page(text, "text/plain", ExtractConfig())
    assert result.published == "2020-05-20"
    assert result.reasons()["Aggiornato il 22 maggio 2020 alle 18:00"] == "date line (update)"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("CONTINUA DEPOIS DA PUBLICIDADE", "advertisement"),
        ("CONTINUA DEPOIS DA PUBLICIDADE CONTINUA DEPOIS DA PUBLICIDADE", "advertisement"),
        ("Anzeige, enthält Affiliate Links", "affiliate disclosure"),
        ("Sign up for our daily newsletter to get the best stories in your inbox.", "newsletter"),
        ("Zapraszamy też do subskrypcji tygodnika w Sieci Przyjaciół", "newsletter"),
        ("Pour lire la suite et accéder gratuitement à 3 articles par mois, créez votre compte", "subscription appeal"),
        ("Assine o 247, apoie por Pix, inscreva-se na TV 247, no canal Cortes 247 e assista:", "subscription appeal"),
        ("Wir sind spendenfinanziert. Unterstütze unsere Arbeit mit einer Spende.", "donation appeal"),
        (
            "A você que chegou até aqui, agradecemos muito por valorizar nosso conteúdo. Você pode apoiar a TV 247 e o "
            "site Brasil 247 de diversas formas.",
            "donation appeal",
        ),
        (
            "Siguenos en Telegram, Instagram, Facebook y Twitter para recibir todas nuestras actualizaciones",
            "follow appeal",
        ),
        ("O conhecimento liberta. Saiba mais. Siga-nos no Telegram.", "follow appeal"),
        ("We want to hear what you think about this article. Submit a letter to the editor.", "feedback appeal"),
        ("Sie sind aktuell nicht eingeloggt.", "login prompt"),
        ("Crédits photos : Bestimage", "photo credit"),
        ("Tempo de leitura: 1 minuto", "reading time"),
        ("Order Reprints", "print/reprint"),
    ],
)
def test_appeals_and_ads_in_several_languages(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The minister said so. Follow us on Twitter for more.",
        "Subscribers to the newsletter got the news first, the company said on Tuesday.",
        "Photo by the author shows a cat that I found in the garden.",
        "Reuters reported that the minister resigned on Monday.",
        "Die Spenden der Bürger haben den Wiederaufbau der Kirche ermöglicht, sagte der Pfarrer.",
    ],
)
def test_prose_about_the_same_things_is_spared(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_soft_hyphens_are_not_part_of_the_words_a_reader_sees():
    from sift.document import Document, Source
    from sift.extract.result import Extraction, write_extraction

    extraction = Extraction(title="La réac\u00adtion du président")
    extraction.keep("body", "Une réac\u00adtion immédiate du gouverne\u00adment, a déclaré le porte-parole.")
    doc = write_extraction(Document(id="d", source=Source(kind="file", location="t", sha256="0" * 64)), extraction)
    assert doc.title == "La réaction du président"
    assert doc.blocks[0].text == "Une réaction immédiate du gouvernement, a déclaré le porte-parole."
