"""trafilatura may keep a page's own ``<div>`` wrappers in its output; each paragraph and heading inside one is
its own piece, not one block of the whole wrapper (handwerksblatt.de's advice page read as one 14,000-character
block, its headings glued into sentences)."""

from __future__ import annotations

from lxml import etree
from lxml.html import fromstring

from sift.extract.html import PageMarks, _walk_body
from sift.extract.result import Extraction


def _pieces(xml: str) -> list[tuple[str, str]]:
    result = Extraction(None, None, None, None)
    marks = PageMarks(fromstring("<html><body><p>page</p></body></html>"), frozenset())
    _walk_body(etree.fromstring(xml), marks, result)
    return [(piece.role, piece.text) for piece in result.pieces]


def test_paragraphs_inside_a_wrapper_are_pieces_of_their_own() -> None:
    xml = (
        "<body><div><p>Quelle: Verbraucherzentrale NRW</p><head rend='h2'>Rheinland-Pfalz</head>"
        "<p>Beim Friseur gilt für alle Kunden seit 23. Dezember 2021 die 2G-Regelung.</p></div></body>"
    )
    assert [text for _, text in _pieces(xml)] == [
        "Quelle: Verbraucherzentrale NRW",
        "Rheinland-Pfalz",
        "Beim Friseur gilt für alle Kunden seit 23. Dezember 2021 die 2G-Regelung.",
    ]


def test_nested_wrappers_keep_their_own_text_and_lists_in_order() -> None:
    xml = (
        "<body><div><div>( Pescasseroli, 14 Gennaio 2020 )<p>Sono almeno 9 le femmine di orso marsicano.</p>"
        "</div><list rend='ul'><item>Kinder bis 12 Jahre gelten als geimpft.</item>"
        "<item>Jugendliche brauchen einen Test.</item></list></div>Nach dem Wrapper.</body>"
    )
    assert [text for _, text in _pieces(xml)] == [
        "( Pescasseroli, 14 Gennaio 2020 )",
        "Sono almeno 9 le femmine di orso marsicano.",
        "Kinder bis 12 Jahre gelten als geimpft.",
        "Jugendliche brauchen einen Test.",
        "Nach dem Wrapper.",
    ]


def test_a_division_of_text_and_line_breaks_is_one_paragraph() -> None:
    xml = "<body><div>Erste Zeile des Absatzes<lb/>und die zweite Zeile.</div><p>Ein anderer Absatz.</p></body>"
    assert [text for _, text in _pieces(xml)] == [
        "Erste Zeile des Absatzes und die zweite Zeile.",
        "Ein anderer Absatz.",
    ]


def test_inline_markup_in_a_wrappers_own_text_stays_in_its_paragraph() -> None:
    xml = (
        "<body><div>Der Minister sagte <hi rend='#b'>am Montag</hi>, die Lage sei <ref target='x'>sehr ernst</ref>."
        "<p>Ein anderer Absatz.</p>Nach dem Absatz<lb/>und weiter.</div></body>"
    )
    assert [text for _, text in _pieces(xml)] == [
        "Der Minister sagte am Montag, die Lage sei sehr ernst.",
        "Ein anderer Absatz.",
        "Nach dem Absatz und weiter.",
    ]
