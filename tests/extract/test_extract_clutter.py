"""Issue #19 acceptance on HTML pages: clutter inside the article is cut with its reason, the article is kept whole."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sift.document import Document, Source
from sift.extract import ExtractConfig, extract_document, extract_page
from sift.language import LanguageConfig, detect_languages
from sift.pipeline import Resources

PARAGRAPH = (
    "<p>Paragraph {} of the article reports what the council decided about the new bridge, who voted for it and "
    "what the works will cost the city over the next three years.</p>"
)
AD = "CONTINUA DEPOIS DA PUBLICIDADE"
DONATION = "Wir sind spendenfinanziert. Unterstütze unsere Arbeit mit einer Spende."
NEWSLETTER = "Sign up for our daily newsletter to get the best stories in your inbox."


def _page(head: str, article: str) -> str:
    return f"<html><head>{head}</head><body><article>{article}</article></body></html>"


def test_ad_donation_and_newsletter_lines_in_the_article_are_cut_with_their_reason() -> None:
    article = (
        f"{PARAGRAPH.format(1)}<p>{AD}</p>{PARAGRAPH.format(2)}<p>{DONATION}</p>"
        f"{PARAGRAPH.format(3)}<p>{NEWSLETTER}</p>{PARAGRAPH.format(4)}"
    )
    result = extract_page(_page("", article), "text/html", ExtractConfig())
    body = result.texts("body")
    assert [text.split(" of ")[0] for text in body] == [f"Paragraph {number}" for number in range(1, 5)]
    reasons = result.reasons()
    assert reasons[AD] == "advertisement"
    assert reasons[DONATION] == "donation appeal"
    assert reasons[NEWSLETTER] == "newsletter"


def test_a_read_also_line_is_a_related_headline_and_its_cue_is_listed_once() -> None:
    article = f"{PARAGRAPH.format(1)}{PARAGRAPH.format(2)}<p>LEIA TAMBÉM: Governo anuncia novo pacote</p>"
    result = extract_page(_page("", article + PARAGRAPH.format(3)), "text/html", ExtractConfig())
    assert ("related", "Governo anuncia novo pacote") in [(piece.role, piece.text) for piece in result.pieces]
    assert result.texts("body")[2].startswith("Paragraph 3")
    # the cue is what was cut; the whole line is not listed again as if its headline had been dropped
    assert result.reasons() == {"LEIA TAMBÉM:": "related heading"}


def test_the_title_tag_loses_the_site_name_when_the_page_prints_no_headline() -> None:
    head = "<title>Il governo cade - La Stampa</title><meta property='og:site_name' content='La Stampa'>"
    result = extract_page(_page(head, PARAGRAPH.format(1) + PARAGRAPH.format(2)), "text/html", ExtractConfig())
    assert result.title == "Il governo cade"


@pytest.mark.shared_data
def test_a_real_page_keeps_its_standfirst_and_cuts_its_appeals(shared_data: Path) -> None:
    page = shared_data / "extraction" / "trafilatura-eval-dev" / "html" / "brasil247.com-militares.html.gz"
    result = extract_page(gzip.decompress(page.read_bytes()).decode("utf-8"), "text/html", ExtractConfig())
    assert (
        result.title == "Militares enviaram 88 questões ao TSE sobre eleições e urnas eletrônicas"
    )  # no "- Brasil 247"
    assert result.published == "2022-05-04"
    body = result.texts("body")
    assert body[0] == "Questionamentos repetem o discurso bolsonarista de desconfiança em relação ao sistema eleitoral"
    assert body[1].startswith("247 – Embora o ministro da Defesa")
    assert all("PUBLICIDADE" not in text and "Apoie o 247" not in text for text in body)
    reasons = result.reasons()
    assert reasons["CONTINUA DEPOIS DA PUBLICIDADE CONTINUA DEPOIS DA PUBLICIDADE"] == "advertisement"
    assert reasons["Apoie o 247"] == "donation appeal"
    assert reasons["O conhecimento liberta. Saiba mais. Siga-nos no Telegram."] == "follow appeal"
    assert any(reason == "subscription appeal" for text, reason in reasons.items() if text.startswith("Assine o 247"))


def test_seed_acceptance_through_extract_and_language(seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    doc = Document(id="seed", source=Source(kind="file", location=str(seed_path), sha256="0" * 64), raw=raw)
    resources = Resources()
    doc = detect_languages(extract_document(doc, resources, ExtractConfig()), resources, LanguageConfig())
    assert doc.title == "Russia: US Directly Supports ISIL Terrorists in Syria"
    assert doc.published == "2017-11-14"
    body = [block for block in doc.blocks if block.role == "body"]
    assert len(body) == 11
    assert all(block.lang == "en" for block in body)
    assert all(block.text != "Albu Kamal" for block in body)  # the place label under the title is a caption
    assert doc.language == "en"


def test_a_teasers_kicker_is_set_off_from_its_headline() -> None:
    # the kicker span ran into the headline's subject: "Globale Lieferketten Ökonom erwartet …" read as one name
    box = (
        "<aside class='teaser-list'><h2>Mehr zum Thema</h2><ol>"
        "<li><a href='/1'><h5><span class='overline'>Weltweite Märkte</span> Forscherin erwartet einen "
        "harten Winter für die Industrie</h5></a></li>"
        "<li><a href='/2'>Neue Brücke über den Fluss wird im Herbst eröffnet</a></li></ol></aside>"
    )
    result = extract_page(_page("", PARAGRAPH.format(1) + PARAGRAPH.format(2) + box), "text/html", ExtractConfig())
    assert result.texts("related") == [
        "Weltweite Märkte: Forscherin erwartet einen harten Winter für die Industrie",
        "Neue Brücke über den Fluss wird im Herbst eröffnet",
    ]


SELF_PORTRAIT_APPEAL = (
    "Flugblatt ist gemeinnützig und werbefrei. Wir finanzieren uns über Spenden und Abos. Unterstütze unsere "
    "Arbeit und abonniere das Heft ab 20 Euro im Jahr!"
)


def test_an_appeal_opened_by_the_outlets_self_portrait_is_cut() -> None:
    article = f"{PARAGRAPH.format(1)}{PARAGRAPH.format(2)}<p>{SELF_PORTRAIT_APPEAL}</p>"
    result = extract_page(_page("", article), "text/html", ExtractConfig())
    assert result.reasons()[SELF_PORTRAIT_APPEAL] == "donation appeal"
    assert len(result.texts("body")) == 2


def test_a_sentence_about_a_charitys_independence_is_no_appeal() -> None:
    line = "Greenpeace ist unabhängig. Spenden von Firmen lehnt die Organisation nach eigenen Angaben ab."
    article = f"{PARAGRAPH.format(1)}<p>{line}</p>{PARAGRAPH.format(2)}"
    result = extract_page(_page("", article), "text/html", ExtractConfig())
    assert line in result.texts("body")


def test_an_author_box_after_the_article_is_cut_with_its_heading() -> None:
    bio = "Geboren 1979, schreibt seit 2012 für das Blatt über Verkehr und Stadtplanung."
    article = f"{PARAGRAPH.format(1)}{PARAGRAPH.format(2)}<h2>Über die Autorin</h2><p>{bio}</p>"
    result = extract_page(_page("", article), "text/html", ExtractConfig())
    assert [text.split(" of ")[0] for text in result.texts("body")] == ["Paragraph 1", "Paragraph 2"]
    assert result.reasons()[bio] == "author box"
    assert result.reasons()["Über die Autorin"] == "author box"


def test_a_long_text_after_an_about_the_author_line_stays() -> None:
    # an essay whose last section is headed "The author" and runs on: more than a biography, so it is article text
    long_section = "".join(PARAGRAPH.format(n) for n in range(3, 9))
    article = f"{PARAGRAPH.format(1)}{PARAGRAPH.format(2)}<h2>The author</h2>{long_section}"
    result = extract_page(_page("", article), "text/html", ExtractConfig())
    assert len([text for text in result.texts("body") if text.startswith("Paragraph")]) == 8
