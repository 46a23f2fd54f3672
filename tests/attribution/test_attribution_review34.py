"""Defects found reviewing session 34's changes (review34): each test reproduces one with a minimal input."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sift.document import Document


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # trafilatura-eval-dev daheim-solar.de.batteriespeicher: a block whose last word is the heading "Laut"
        ("de", "Der Speicher ist leise. Laut"),
        ("de", "Das sei falsch, so"),  # "…, so X" with no X: the block ends after "so"
        ("fr", "C'est faux, selon"),
        ("es", "El plan fracasó, según"),
        ("de", "Laut"),
    ],
)
def test_a_marker_closing_its_block_with_no_source_after_it_is_no_frame(
    analyse: Callable[[list[tuple[str, str]]], Document], lang: str, text: str
) -> None:
    doc = analyse([(lang, text)])  # raised IndexError: the source's phrase was read past the block's last token
    assert [a for a in doc.attributions if a.source is not None] == []


def test_own_words_closing_a_block_without_a_stop_are_the_subject_s(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    text = "Die Firma investiert 5 Millionen Euro nach eigenen Angaben"
    doc = analyse([("de", text)])
    assert [text[a.source.start : a.source.end] for a in doc.attributions if a.source is not None] == ["Die Firma"]


def test_a_first_name_is_written_with_a_full_name_only_right_before_it() -> None:
    from sift.attribution.speakers import _written_with

    page = [("Ein Gespräch mit Friederike Gonzalez Schmitz.", "de"), ("Gonzalez Schmitz: Ja. Anna: Nein.", "de")]
    places: dict[str, list[tuple[str, int]]] = {}
    assert _written_with("Friederike", "Gonzalez Schmitz", page, places)
    assert not _written_with("Anna", "Gonzalez Schmitz", page, places)
    assert not _written_with("Friederike", "Schmitz Gonzalez", page, places)
    # the page is searched once per full name (it was searched again for every one-word name: cubic on a long
    # interview of many labelled speakers)
    assert set(places) == {"Gonzalez Schmitz", "Schmitz Gonzalez"}


def test_authors_whose_names_open_with_a_letter_outside_ascii_are_cited() -> None:
    from sift.attribution.author_citations import author_citation_frames

    text = "Hummeln leben etwa zwei Monate (Özdemir & Łukasik 2003; Ørsted 2010). Danach sterben sie."
    sources = [text[f.source[0] : f.source[1]] for f in author_citation_frames(text, "de") if f.source is not None]
    assert sources == ["Özdemir", "Łukasik", "Ørsted"]  # were not read: author names had to open with A-Z
    text = "Nach Østergaard (2010) muss auch beachtet werden, dass es so ist."
    assert [text[f.source[0] : f.source[1]] for f in author_citation_frames(text, "de") if f.source] == ["Østergaard"]


@pytest.mark.parametrize("text", ["Die Zahlen (über 2003) zeigen es.", "Es war nach oben (2003) offen."])
def test_lower_case_words_before_a_year_cite_nobody(text: str) -> None:
    from sift.attribution.author_citations import author_citation_frames

    assert author_citation_frames(text, "de") == []


@pytest.mark.parametrize(
    ("full", "initial"),
    [
        ("Philipp Brandvik", "P. Brandvik"),  # transliterated, "Philipp" keys as "filip"
        ("Øystein Brandvik", "Ø. Brandvik"),  # "Ø" has no transliteration key at all
        ("Łukasz Brandvik", "Ł. Brandvik"),
    ],
)
def test_an_initial_stands_for_a_given_name_that_opens_with_its_letter(
    analyse: Callable[[list[tuple[str, str]]], Document], full: str, initial: str
) -> None:
    doc = analyse(
        [
            ("en", f"{full} said the festival would return next summer."),
            ("en", f"{initial} added that tickets would go on sale in March."),
        ]
    )
    speakers = {speaker.name: set(speaker.aliases) for speaker in doc.speakers}
    assert speakers == {full: {initial}}  # were two people: the initial's key against the given name's key


def test_citations_of_one_long_block_each_credit_their_own_sentence() -> None:
    from sift.attribution.author_citations import author_citation_frames

    # the block's stops are found once (a block of 4,000 citations took 8 s), each citation's sentence as before:
    # "et al." holds a stop
    text = "Erstens gilt A (Baal et al. 1994). Zweitens gilt B. Drittens gilt C (Smeets & Goulson 2003)."
    found = [(text[f.source[0] : f.source[1]], text[slice(*f.content[0])]) for f in author_citation_frames(text, "de")]
    assert found == [
        ("Baal et al.", "Erstens gilt A"),
        ("Smeets", "Drittens gilt C"),
        ("Goulson", "Drittens gilt C"),
    ]
    long = " ".join(f"Satz {k} gilt (Smeets & Goulson {1900 + k % 100})." for k in range(2000))
    assert len(author_citation_frames(long, "de")) == 4000


def test_a_byline_after_two_titles_starts_at_the_word_after_the_last_and() -> None:
    from sift.attribution.quote_bylines import quote_byline_frame

    text = '"Bleib locker." Mundart-Sängerin und Sängerin Lena Berg'
    frame = quote_byline_frame(text)
    assert frame is not None and frame.source is not None
    # was "Sängerin und Sängerin Lena Berg": the words were found by substring ("und" in "Mundart")
    assert text[frame.source[0] : frame.source[1]] == "Sängerin Lena Berg"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("„Wir schaffen das.“ Große Worte.", None),  # a sentence after the quote, closed by its stop: no byline
        ("“We will win.” The End.", None),
        ("“We will win.” Jane Doe.", None),
        ("“We will win.” Sarah K.", "Sarah K."),  # an initial closing the name keeps its dot
        ("“We will win.” Jane Doe", "Jane Doe"),
    ],
)
def test_a_stop_after_the_words_that_follow_a_quote_makes_them_no_byline(text: str, source: str | None) -> None:
    from sift.attribution.quote_bylines import quote_byline_frame

    frame = quote_byline_frame(text)
    found = text[frame.source[0] : frame.source[1]] if frame is not None and frame.source is not None else None
    assert found == source


def _sourced(doc: Document, text: str) -> list[tuple[str, str]]:
    return [
        (text[a.cue.start : a.cue.end], text[a.source.start : a.source.end])
        for a in doc.attributions
        if a.cue is not None and a.source is not None
    ]


def test_so_opening_a_clause_between_commas_is_no_aside(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    # "so ein Verhalten ist inakzeptabel": "such a" opening a clause with its verb, not "so der Autor" (8f14fd1)
    text = "Ich finde, so ein Verhalten ist inakzeptabel, und das muss man ändern."
    assert _sourced(analyse([("de", text)]), text) == []
    text = "Die Umsetzung, so der Autor, ist nie möglich."
    assert ("so", "der Autor") in _sourced(analyse([("de", text)]), text)


def test_laut_closing_a_sentence_has_no_source(analyse: Callable[[list[tuple[str, str]]], Document]) -> None:
    text = "Das sage ich ganz laut. Danach ging er."  # the adjective "laut" (loud), not "laut X"; its source was "."
    assert [source for cue, source in _sourced(analyse([("de", text)]), text) if cue == "laut"] == []


def test_so_before_a_colon_and_a_quote_holding_a_comma_keeps_its_source(
    analyse: Callable[[list[tuple[str, str]]], Document],
) -> None:
    # realpages dev9 r9-001: the quote's comma closes the "aside"; the clause check must not drop it
    text = 'Das sei unangemessen, so Precht: "Wir versuchen im Moment, den Markt zu stabilisieren."'
    assert ("so", "Precht") in _sourced(analyse([("de", text)]), text)
