"""extract43 (issues #18/#19): teasers' dates are not the page's; a date widget read without dateparser."""

from __future__ import annotations

import pytest

from sift.extract import ExtractConfig, dates, extract_page
from sift.extract.dates import read_date_pieces
from sift.extract.metadata import markup_date
from sift.extract.parse import parse_html
from sift.extract.repeats import cut_displaced_teasers
from sift.extract.result import Extraction, Piece
from sift.extract.tree import text_elements

PARAGRAPHS = "".join(
    f"<p>Paragraph {number}: the association advises its member cooperatives on law, tax and audits, and runs a "
    "training school for their staff across the region's towns and villages.</p>"
    for number in range(1, 5)
)
DATES = ("27.02.2020", "26.02.2020", "19.02.2020")


def _span(day: str) -> str:
    return f"<span class='newsDate'>{day}</span>"


def _time(day: str) -> str:
    return f"<time datetime='{day[6:]}-{day[3:5]}-{day[:2]}'>{day}</time>"


def _teasers(count: int, tag: str = "div", mark=_span) -> str:
    return "".join(
        f"<{tag} class='item'><h4><a href='/news/story-{number}'>Other story {number}</a></h4>"
        f"<p>A line on story {number}. {mark(day)}</p></{tag}>"
        for number, day in enumerate(DATES[:count])
    )


def _page(article: str = "", aside: str = "") -> str:
    return (
        "<html><head><title>About us</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main><article><h1>About us</h1>{article}{PARAGRAPHS}</article>"
        f"<aside><h2>News</h2>{aside}</aside></main><footer>Contact</footer></body></html>"
    )


def _published(page: str) -> str | None:
    return extract_page(page, "text/html", ExtractConfig()).published


@pytest.mark.parametrize(
    "aside",
    [_teasers(3), _teasers(2), "<ul>" + _teasers(3, "li", _time) + "</ul>"],
    ids=["three-spans", "two-spans", "list-of-times"],
)
def test_a_list_of_dated_teasers_does_not_date_the_page(aside: str) -> None:
    page = _page(aside=aside)
    assert markup_date(page) is None
    assert _published(page) is None


def test_a_single_dated_item_still_dates_the_page() -> None:
    assert markup_date(_page(aside=_teasers(1))) == "2020-02-27"


@pytest.mark.parametrize(
    "article", ["<p class='date'>05.03.2021</p>", "<time datetime='2021-03-05'>5 March 2021</time>"]
)
def test_the_pages_own_date_beside_teasers_is_kept(article: str) -> None:
    assert _published(_page(article=article, aside=_teasers(3))) == "2021-03-05"


def test_long_items_are_not_teasers() -> None:
    """Two articles side by side, each printing its date, are no list of teasers."""
    long = "".join(
        f"<div class='post'><a href='/p/{number}'>Post {number}</a><span class='date'>{day}</span>{PARAGRAPHS}</div>"
        for number, day in enumerate(DATES[:2])
    )
    page = f"<html><body><main>{long}</main></body></html>"
    assert markup_date(page) == "2020-02-27"


def test_nested_lists_of_teasers() -> None:
    """Tabs of teaser lists: each date mark belongs to a list inside a list."""
    tabs = "".join(f"<div class='tab'>{_teasers(2)}</div>" for _ in range(2))
    page = _page(aside=tabs)
    assert markup_date(page) is None


def test_the_pages_date_widget_in_pieces_beside_teasers() -> None:
    """Day and month, time and year in separate elements: read as one line once the teasers' dates are gone."""
    widget = (
        "<div class='date'><div class='calendar-date'>November 20</div>"
        "<div class='calendar-time'><font>15:23</font> <font>2019</font></div></div>"
    )
    assert markup_date(_page(article=widget, aside=_teasers(3))) == "2019-11-20"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("November 20 15:23 2019", "2019-11-20"),
        ("Mi 26.02.2020 09:30", "2020-02-26"),
        ("20 novembre 2019 · 15h23", "2019-11-20"),
        ("Zuletzt aktualisiert 12.03.2021", "2021-03-12"),
    ],
)
def test_a_widgets_pieces_read_by_the_date_patterns(text: str, iso: str) -> None:
    found = read_date_pieces(text)
    assert found is not None
    assert found.iso == iso


def test_a_widget_never_goes_to_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Month names only dateparser knows (Polish) give no widget date, and dateparser is never asked."""

    def refuse(line: str) -> str | None:
        raise AssertionError(line)

    monkeypatch.setattr(dates, "_parse_with_dateparser", refuse)
    assert read_date_pieces("20 listopada 15:23 2019") is None
    assert read_date_pieces("Kommentare 20.11.2019") is None  # other words around the date
    widget = "<div class='date'><span>20 listopada</span> <span>2019</span></div>"
    assert markup_date(_page(article=widget, aside=_teasers(3))) is None


def test_an_update_widget_says_so() -> None:
    found = read_date_pieces("Updated November 20 2019")
    assert found is not None
    assert found.kind == "updated"


# -- paragraphs printed twice (responsive pages) ----------------------------------------------------------------

LONG = (
    "Wer bisher noch nichts von der neuen Regel gehört hat, ist entweder sehr gut informiert oder hat vor lauter "
    "Arbeit nicht mitbekommen, dass die Stadt ab März alle Parkgebühren verdoppelt und die Einnahmen in neue "
    "Radwege steckt, wie {you} im Rathaus erfahren {can}."
)


def _article(*paragraphs: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        "<html><head><title>Parkgebühren verdoppelt</title></head><body><main><article>"
        f"<h1>Parkgebühren verdoppelt</h1>{body}</article></main></body></html>"
    )


def _bodies(page: str) -> list[str]:
    return [block.text for block in extract_page(page, "text/html", ExtractConfig()).pieces if block.role == "body"]


def test_a_paragraph_printed_twice_is_kept_once() -> None:
    first = LONG.format(you="Sie", can="können")
    page = _article(first, first.replace("...", "…") + " ", PARAGRAPHS_DE[0], PARAGRAPHS_DE[1])
    assert _bodies(page).count(first) == 1


def test_two_versions_of_one_paragraph_are_kept_once() -> None:
    """The mobile and desktop copies address the reader differently ("Sie" and "du")."""
    page = _article(LONG.format(you="Sie", can="können"), LONG.format(you="du", can="kannst"), *PARAGRAPHS_DE)
    assert _bodies(page) == [LONG.format(you="Sie", can="können"), *PARAGRAPHS_DE]


def test_different_paragraphs_and_short_repeats_are_kept() -> None:
    """A refrain or a short line may repeat on purpose; paragraphs that share an opening are different text."""
    refrain = "Wir bleiben hier."
    other = LONG.format(you="Sie", can="können").replace("verdoppelt und die Einnahmen", "halbiert und die Kosten")
    other = other.replace("Radwege steckt", "Busse steckt, die bis zum Sommer durch alle Stadtteile fahren sollen")
    page = _article(LONG.format(you="Sie", can="können"), refrain, other, refrain, *PARAGRAPHS_DE)
    assert _bodies(page) == [LONG.format(you="Sie", can="können"), refrain, other, refrain, *PARAGRAPHS_DE]


PARAGRAPHS_DE = (
    "Der Stadtrat hatte die Erhöhung im Dezember mit knapper Mehrheit beschlossen, nachdem die Verwaltung eine "
    "Lücke von vier Millionen Euro im Haushalt gemeldet hatte.",
    "Die Opposition kündigte an, gegen den Beschluss zu klagen, weil die Bürger vorher nicht angehört worden seien.",
)


# -- another article's teaser ahead of the headline -------------------------------------------------------------

TEASER = "Das geltende Urheberrecht behindert Schulen und Hochschulen bei ihrer täglichen Arbeit in ständ"


def _sidebar_page(teasers: int) -> str:
    article = "".join(f"<p>{text}</p>" for text in PARAGRAPHS_DE)
    rows = "".join(
        f"<div class='row'><h4><a href='/story-{number}'>Other story {number}</a></h4>"
        f"<div class='body'><p>{TEASER if number == 0 else f'Teaser line of story {number}.'}</p></div></div>"
        for number in range(teasers)
    )
    return (
        "<html><head><title>Parkgebühren verdoppelt | Stadtblog</title></head><body><div id='main'>"
        f"<h1>Parkgebühren verdoppelt</h1><div class='content'>{article}</div></div>"
        f"<div class='sidebar'>{rows}</div></body></html>"
    )


def test_a_teaser_printed_below_the_article_is_no_opening() -> None:
    """trafilatura's order put a sidebar teaser and the headline ahead of the article; the page prints it below."""
    result = Extraction(title="Parkgebühren verdoppelt")
    result.pieces = [Piece("body", text) for text in (TEASER, "Parkgebühren verdoppelt", *PARAGRAPHS_DE)]
    cut_displaced_teasers(text_elements(parse_html(_sidebar_page(3))), result)
    assert [piece.text for piece in result.pieces] == ["Parkgebühren verdoppelt", *PARAGRAPHS_DE]
    assert result.reasons()[TEASER] == "another article's teaser (printed below the article)"


def test_an_opening_printed_above_the_article_stays() -> None:
    """A line the page prints before the article's paragraphs (a kicker, a standfirst above the headline) stays."""
    page = _sidebar_page(0).replace("<h1>", f"<p>{TEASER}</p><h1>")
    result = Extraction(title="Parkgebühren verdoppelt")
    result.pieces = [Piece("body", text) for text in (TEASER, "Parkgebühren verdoppelt", *PARAGRAPHS_DE)]
    cut_displaced_teasers(text_elements(parse_html(page)), result)
    assert result.pieces[0].text == TEASER


def test_a_line_repeated_further_away_is_the_pages_structure() -> None:
    """An interview asks each guest the same question: not a copy of the paragraph before it."""
    question = "Was hat Sie dazu gebracht, ein eigenes Kochbuch zu schreiben?"
    answers = [f"Antwort {number}: {PARAGRAPHS_DE[number % 2]}" for number in range(3)]
    page = _article(question, answers[0], question, answers[1], question, answers[2])
    assert _bodies(page).count(question) == 3


# -- category labels, form boxes, headings without content -------------------------------------------------------


def _labelled(header: str, tail: str = "") -> str:
    article = "".join(f"<p>{text}</p>" for text in (LONG.format(you="Sie", can="können"), *PARAGRAPHS_DE))
    return (
        "<html><head><title>Parkgebühren verdoppelt</title></head><body><main><article>"
        f"<h1>Parkgebühren verdoppelt</h1>{header}{article}{tail}</article></main></body></html>"
    )


def test_a_category_line_under_the_headline_is_cut() -> None:
    header = "<p class='news-info-tag'><span class='label-category'>Verkehr</span> Parken</p>"
    result = extract_page(_labelled(header), "text/html", ExtractConfig())
    assert "Verkehr Parken" not in [piece.text for piece in result.pieces]
    assert result.reasons()["Verkehr Parken"] == "category label"


def test_a_category_class_below_the_first_paragraph_is_no_label() -> None:
    """A table's rows may carry "category" classes: only the lines above the article's first paragraph go."""
    tail = "<div class='meal-category'><p>Meal 1</p></div><p>Eat every 2–3 hours and drink water with each meal.</p>"
    assert "Meal 1" in _bodies(_labelled("", tail))


def test_a_form_box_is_cut() -> None:
    tail = (
        "<div><h2>Anmeldung zum Pressedienst</h2><p id='error'>Ihre E-Mail-Adresse wurde nicht im Verteiler "
        "gefunden. Bei Problemen schreiben Sie uns.</p><form action='/anmelden'><input name='email'/>"
        "<button>anmelden</button></form></div>"
    )
    bodies = _bodies(_labelled("", tail))
    assert bodies == [LONG.format(you="Sie", can="können"), *PARAGRAPHS_DE]


def test_a_heading_with_its_text_and_a_subheading_stay() -> None:
    tail = "<h2>Was die Stadt plant</h2><h3>Neue Radwege</h3><p>" + PARAGRAPHS_DE[0] + "</p>"
    bodies = _bodies(_labelled("", tail))
    assert bodies[-3:] == ["Was die Stadt plant", "Neue Radwege", PARAGRAPHS_DE[0]]


@pytest.mark.parametrize("glyph", ["[&gt; ", "» ", "// ", "■ "])
def test_the_headline_behind_a_glyph_is_the_title(glyph: str) -> None:
    page = (
        "<html><head><title>Jens Weber</title></head><body><main><div class='cv'>"
        f"<h2>{glyph}Jens Weber</h2><p>{LONG.format(you='Sie', can='können')}</p><p>{PARAGRAPHS_DE[0]}</p>"
        "</div></main></body></html>"
    )
    result = extract_page(page, "text/html", ExtractConfig())
    assert result.title == "Jens Weber"
    bodies = [piece.text for piece in result.pieces if piece.role == "body"]
    assert bodies[0] == LONG.format(you="Sie", can="können"), bodies


def test_a_form_box_without_a_heading_of_its_own_stays() -> None:
    """Text beside a form in a box with no widget heading (or only the page's <h1>) may be the page's own."""
    tail = (
        f"<div><p>{PARAGRAPHS_DE[0]}</p><form action='/anmelden'><input name='email'/></form></div>"
        f"<div><h1>Parkgebühren verdoppelt</h1><p>{PARAGRAPHS_DE[1]}</p><form><input name='q'/></form></div>"
    )
    bodies = _bodies(_labelled("", tail))
    assert PARAGRAPHS_DE[0] in bodies[3:]
    assert PARAGRAPHS_DE[1] in bodies[3:]


def test_two_versions_with_other_numbers_are_two_facts() -> None:
    """A TV listing's days, a table's rows: long lines that differ only in their numbers are kept."""
    line = (
        "Golf, DP World Tour: Championship in Ras al Khaimah, {day}. Tag, live ab {time} Uhr bei Sky Sport 1 und "
        "Sky Sport 1 HD sowie im Stream auf Sky Go und mit dem Sport-Ticket von WOW"
    )
    lines = [line.format(day=day, time=time) for day, time in ((1, "11:00"), (2, "11:30"), (3, "10:30"))]
    assert _bodies(_article(*lines, *PARAGRAPHS_DE))[:3] == lines
