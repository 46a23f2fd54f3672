"""Session 40's extraction rules: closing notes in italics, tag lists, hover cards, and trafilatura's body paths
read in Python (the same element as the XPaths pick)."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring
from trafilatura.xpaths import BODY_XPATH

from sift.extract import ExtractConfig, Extraction, extract_page
from sift.extract.cards import REASON as CARD_REASON
from sift.extract.linkcards import REASON as LINKED_REASON
from sift.extract.modules import _body_container
from sift.extract.notes import REASON as NOTE_REASON
from sift.extract.notes import closing_italic_notes, italic_paragraphs
from sift.extract.taglinks import REASON as TAG_REASON

STORY = [
    "The harbour board voted on Tuesday to close the northern pier for repairs that will last until the spring.",
    "Engineers found cracks in three of the pier's concrete supports during an inspection in October last year.",
    "Ferry services will move to the southern terminal, which the board said can take the extra boats easily.",
    "Local traders said they feared losing customers while the pier stays shut for most of the coming season.",
]


def _page(after: str = "", inside: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY)
    return (
        "<html><head><title>Pier to close for repairs</title></head><body><article><h1>Pier to close for repairs</h1>"
        f"{paragraphs}{inside}{after}</article></body></html>"
    )


def _extract(html: str) -> Extraction:
    return extract_page(html, "text/html", ExtractConfig())


# -- closing notes in italics -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "<p><em>Write to Dana Miles at dmiles@example.org or follow her </em><a href='https://x.example/dm'>"
        "<em>@danamiles</em></a><em>.</em></p>",
        "<p>(<i>Reporting by Dana Miles; editing by Tom Reed</i>)</p>",
        "<p><i>Hear the harbour podcast </i><a href='/podcast'>live</a><i> every Friday at noon, or listen back </i>"
        "<a href='/archive'>here</a>.</p>",
    ],
)
def test_a_closing_note_in_italics_is_cut(note: str) -> None:
    result = _extract(_page(after=note))
    assert result.texts("body") == STORY
    assert any(removed.reason == NOTE_REASON for removed in result.removed)


def test_two_closing_notes_in_italics_are_both_cut_in_page_order() -> None:
    first = "<p><em>Dana Miles covers transport for the Harbour Gazette and has written two books on ferries.</em></p>"
    second = "<p><em>Send your tips to the newsroom at tips@example.org before six in the evening.</em></p>"
    result = _extract(_page(after=first + second))
    assert result.texts("body") == STORY
    notes = [removed.text for removed in result.removed if removed.reason == NOTE_REASON]
    assert notes[0].startswith("Dana Miles") and notes[1].startswith("Send your tips")


@pytest.mark.parametrize(
    "paragraph",
    [
        # a plain word outside the italics: a sentence with an emphasis, not a note
        "<p>The board <em>insisted the repairs could not wait for another winter of storms</em>.</p>",
        # bold is no italics
        "<p><strong>Traders will meet the board again next month to talk about compensation.</strong></p>",
    ],
)
def test_a_last_paragraph_not_wholly_in_italics_stays(paragraph: str) -> None:
    result = _extract(_page(after=paragraph))
    assert len(result.texts("body")) == len(STORY) + 1


def test_an_italic_paragraph_before_the_last_plain_one_stays() -> None:
    italic = "<p><em>Some traders said the closure could cost them half of their summer takings this year.</em></p>"
    body = _page(inside=italic, after="<p>The board will publish its repair plan on its website next week.</p>")
    assert len(_extract(body).texts("body")) == len(STORY) + 2


def test_a_story_set_wholly_in_italics_keeps_its_paragraphs() -> None:
    compact = ["".join(text.split()) for text in STORY]
    assert closing_italic_notes(compact, ["body"] * 4, frozenset(compact)) == []
    assert closing_italic_notes(compact, ["body"] * 4, frozenset(compact[2:])) == [3, 2]
    assert closing_italic_notes(compact, ["body", "body", "body", "caption"], frozenset(compact[2:3])) == [2]


def test_a_long_italic_paragraph_is_no_note() -> None:
    long = " ".join(["word"] * 70)
    assert italic_paragraphs(document_fromstring(f"<html><body><p><em>{long}</em></p></body></html>")) == frozenset()


# -- tag lists ----------------------------------------------------------------------------------------------


def test_a_tag_list_is_cut() -> None:
    tags = (
        "<div><strong>Tags<br><a rel='tag' href='/tag/pier'>pier repairs</a>, <a rel='tag' href='/tag/ferry'>ferry "
        "services</a>, <a rel='tag' href='/tag/harbour'>harbour board</a></strong></div>"
    )
    result = _extract(_page(after=tags))
    assert result.texts("body") == STORY
    assert any(removed.reason == TAG_REASON and "ferry services" in removed.text for removed in result.removed)


def test_a_list_of_tag_items_is_cut() -> None:
    tags = (
        "<ul class='tags'><li><a rel='tag' href='/tag/pier'>pier</a></li><li><a rel='Tag nofollow'>ferry</a></li></ul>"
    )
    assert _extract(_page(after=tags)).texts("body") == STORY


def test_a_tag_link_inside_a_sentence_stays() -> None:
    sentence = (
        "<p>The closure follows last year's <span><a rel='tag' href='/tag/storm'>storm damage</a></span> on the "
        "eastern breakwater, which took five months to mend.</p>"
    )
    body = _extract(_page(after=sentence)).texts("body")
    assert body[-1].startswith("The closure follows last year's storm damage on the eastern breakwater")


def test_a_box_with_other_links_is_not_a_tag_list() -> None:
    box = "<p><a rel='tag' href='/tag/pier'>pier</a>, <a href='/news/ferries-return'>ferries return</a></p>"
    assert not any(removed.reason == TAG_REASON for removed in _extract(_page(after=box)).removed)


# -- hover cards --------------------------------------------------------------------------------------------


def test_a_hover_card_inside_a_sentence_is_cut_and_the_name_stays() -> None:
    card = (
        "<span class='people'><a href='/people/ann-lee'>Ann Lee</a><span class='people-block'><span>"
        "<img src='/lee.jpg' alt=''><a href='/people/ann-lee'>Ann Lee</a><a href='/news/1'>Lee backs pier plan</a> "
        "<a href='/news/2'>Lee visits ferry terminal</a></span></span></span>"
    )
    sentence = f"<p>Harbour board chair {card} said the repairs were overdue and would be paid for this year.</p>"
    body = _extract(_page(inside=sentence)).texts("body")
    assert "Harbour board chair Ann Lee said the repairs were overdue and would be paid for this year." in body
    assert not any("Lee backs pier plan" in text for text in body)
    assert any(removed.reason == CARD_REASON for removed in _extract(_page(inside=sentence)).removed)


def test_a_picture_with_one_link_in_a_paragraph_stays() -> None:
    inline = (
        "<p>The new ferry timetable <span><img src='/icon.png' alt=''><a href='/timetable'>timetable for the "
        "southern terminal</a></span> starts on Monday and runs until the pier reopens.</p>"
    )
    body = _extract(_page(after=inline)).texts("body")
    assert any("timetable for the southern terminal" in text for text in body)


def test_a_captioned_picture_in_a_paragraph_is_no_card() -> None:
    figure = (
        "<p><span class='caption'><a href='/big.jpg'><img src='/pier.jpg' alt=''></a><span>The northern pier at low "
        "tide. (<a href='https://photos.example/pier'>Harbour Board</a>)</span></span></p>"
    )
    result = _extract(_page(inside=figure))
    assert not any(removed.reason == CARD_REASON for removed in result.removed)


# -- trafilatura's body paths, read in Python -----------------------------------------------------------------

BODY_PAGES = [
    "<div class='x'><div class='article-body'>a</div><div class='post'>b</div></div>",
    "<section itemprop='articleBody'>a</section>",
    "<div id='main-article-content'>a</div><article>b</article>",
    "<div><p>x</p><article>a</article></div>",
    "<div class='FullText'>a</div>",
    "<main class='article intro'>a</main>",
    "<div role='article'>a</div><div class='story'>b</div>",
    "<div id='primary-col'>a</div>",
    "<div class='x Main-Content'>a</div>",
    "<div class='MAIN-CONTENT'>a</div><div id='contentBody'>b</div>",
    "<div class='Page-content'>a</div>",
    "<section role='main'>a</section>",
    "<div><main>a</main></div><div class='main-col'>b</div>",
    "<div class='mainwrap'>a</div><main>b</main>",
    "<div class='entry'>a</div>",
    "<p class='article-body'>a</p>",
    "<div>nothing here</div>",
]


@pytest.mark.parametrize("body", BODY_PAGES)
def test_body_container_is_the_element_trafilaturas_body_paths_pick(body: str) -> None:
    tree = document_fromstring(f"<html><body>{body}</body></html>")
    expected = next((found[0] for expression in BODY_XPATH if (found := expression(tree))), None)
    assert _body_container(tree) is expected


# -- linked cards -------------------------------------------------------------------------------------------


def test_a_paragraph_wrapped_in_a_link_is_a_teaser_and_is_cut() -> None:
    card = (
        "<div class='guide'><a href='/guide/ferries'><img src='/f.jpg'></a><a href='/guide/ferries'><p>Our ferry guide "
        "lists every crossing from the southern terminal with its times and fares.</p></a></div>"
    )
    result = _extract(_page(inside=card))
    assert result.texts("body") == STORY
    assert any(removed.reason == LINKED_REASON and "ferry guide" in removed.text for removed in result.removed)


def test_a_long_link_holding_paragraphs_stays() -> None:
    """An unclosed ``<a>`` may hold the rest of the page in the parser: more than a teaser's words stay."""
    swallowed = "<a href='/pier'>" + "".join(f"<p>{text}</p>" for text in STORY)
    page = f"<html><head><title>Pier</title></head><body><article><h1>Pier</h1>{swallowed}</article></body></html>"
    result = _extract(page)
    assert not any(removed.reason == LINKED_REASON for removed in result.removed)
    assert all(any(text in kept for kept in result.texts("body")) for text in STORY)


# -- review40b: real text the rules must not cut ------------------------------------------------------------


def test_a_paragraph_wrapped_in_a_span_with_a_picture_and_two_links_is_no_card() -> None:
    """Pasted text wraps a paragraph's own words in a span; an inline picture and two links do not make it a card."""
    paragraph = (
        "<p><span style='font-weight:400'>The board published <a href='/report'>the inspection report</a> and "
        "<a href='/data'>the load data</a> <img src='/icon.png' alt=''> before the vote.</span></p>"
    )
    result = _extract(_page(inside=paragraph))
    assert "The board published the inspection report and the load data before the vote." in result.texts("body")
    assert not any(removed.reason == CARD_REASON for removed in result.removed)


@pytest.mark.parametrize(
    "block",
    [
        "<p><a rel='tag' href='/tag/ferry'>Ferry</a> fares rise.</p>",
        "<h2><a rel='tag' href='/tag/pier'>Pier</a> traders worried</h2>",
        "<ul><li><a rel='tag' href='/tag/ferry'>Ferry</a> fares rise</li><li>Parking stays free</li></ul>",
    ],
)
def test_a_sentence_opened_by_an_auto_linked_tag_is_no_tag_list(block: str) -> None:
    result = _extract(_page(inside=block))
    assert not any(removed.reason == TAG_REASON for removed in result.removed)


@pytest.mark.parametrize(
    "anchor",
    [
        "<a name='repairs'><p>Repairs start in March and the board expects them to end before the summer.</p></a>",
        "<a href='#update-2'><p>Update: the board expects repairs to end before the summer season.</p></a>",
    ],
)
def test_an_anchor_or_in_page_link_around_a_paragraph_is_no_teaser(anchor: str) -> None:
    result = _extract(_page(inside=anchor))
    assert not any(removed.reason == LINKED_REASON for removed in result.removed)
    assert any("before the summer" in text for text in result.texts("body"))


def test_a_long_italic_ending_is_the_storys_not_a_closing_note() -> None:
    poem = "".join(
        f"<p><em>Verse {n}: the tide comes in over the broken pier and the ferries wait beyond the wall.</em></p>"
        for n in range(4)
    )
    result = _extract(_page(after=poem))
    assert not any(removed.reason == NOTE_REASON for removed in result.removed)
    assert sum(text.startswith("Verse") for text in result.texts("body")) == 4


@pytest.mark.parametrize(
    "quote",
    [
        "<p><em>“We will not give up on this pier,” the chair said.</em></p>",
        "<p><i>„Wir geben den Pier nicht auf“, sagte die Vorsitzende.</i></p>",
    ],
)
def test_a_closing_quotation_in_italics_is_the_storys_not_a_note(quote: str) -> None:
    result = _extract(_page(after=quote))
    assert not any(removed.reason == NOTE_REASON for removed in result.removed)
