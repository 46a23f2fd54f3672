"""review44c: a table nested in a table's cell (an old layout's, kept in HTML markup by the fallback extractors)."""

from __future__ import annotations

from lxml import etree
from lxml.html import fromstring

from sift.extract.html import PageMarks, _walk_body
from sift.extract.result import Extraction


def _walked(body: str) -> list[str]:
    result = Extraction(None, None, None, None)
    _walk_body(etree.fromstring(body), PageMarks(fromstring("<html><body></body></html>"), frozenset()), result)
    return [piece.text for piece in result.pieces]


def test_a_nested_html_table_is_read_once() -> None:
    body = (
        "<body><div><table><tr><td>Außen A<table><tr><td>Innen 1</td><td>Innen 2</td></tr>"
        "<tr><td>Innen 3</td><td>Innen 4</td></tr></table> Nachsatz</td><td>Außen B</td></tr></table></div></body>"
    )
    assert _walked(body) == ["Außen A Nachsatz | Außen B", "Innen 1 | Innen 2", "Innen 3 | Innen 4"]


def test_a_nested_table_in_trafilaturas_markup_is_read_once() -> None:
    body = (
        "<body><table><row><cell>a<table><row><cell>x</cell><cell>y</cell></row></table></cell><cell>b</cell></row>"
        "</table></body>"
    )
    assert _walked(body) == ["a | b", "x | y"]


def test_a_flat_table_reads_as_before() -> None:
    body = (
        "<body><table><tr><th>Partei</th><th>Anteil</th></tr><tr><td>SPD</td><td>25,7 <b>%</b></td></tr></table></body>"
    )
    assert _walked(body) == ["Partei | Anteil", "SPD | 25,7 %"]
