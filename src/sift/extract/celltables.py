"""Put back the rows of a table the fallback extractors read one cell a paragraph.

When trafilatura's fast pass finds almost nothing, its full cascade may take jusText's output, which keeps no
table: every cell of a rate table comes out as a paragraph of its own ("Kreditsumme", "Laufzeit", "5.000 €",
"36 Monate", … each a block of no language). The page's own table still has its rows: a run of paragraphs
whose texts are, in order, all the cells of one of the page's tables becomes that table again, in trafilatura's
markup (``table``/``row``/``cell``), so the walk reads one piece a row.
"""

from __future__ import annotations

from itertools import pairwise

from lxml.etree import SubElement, _Element
from lxml.html import HtmlElement

from sift.extract.tree import element_text

__all__ = ["restore_cell_tables"]

MIN_ROWS = 2
MIN_COLUMNS = 2


def _rows(table: HtmlElement) -> list[list[str]]:
    """The table's rows as the texts of their non-empty cells (a nested table's rows are its own)."""
    rows = []
    for row in table.iter("tr"):
        if next(row.iterancestors("table"), None) is not table:
            continue
        cells = [text for cell in row if cell.tag in ("td", "th") and (text := element_text(cell))]
        if cells:
            rows.append(cells)
    return rows


def _as_table(paragraphs: list[_Element], rows: list[list[str]]) -> None:
    """Replace the run of cell paragraphs by one table of ``rows`` where the first of them stood."""
    first = paragraphs[0]
    first.tag, first.text = "table", None
    first.attrib.clear()
    for child in list(first):
        first.remove(child)
    for cells in rows:
        row = SubElement(first, "row")
        for text in cells:
            SubElement(row, "cell").text = text
    first.tail = paragraphs[-1].tail
    for paragraph in paragraphs[1:]:
        paragraph.getparent().remove(paragraph)


def restore_cell_tables(body: _Element, page: HtmlElement) -> None:
    """Turn runs of paragraphs that are a page table's cells back into its rows.

    Args:
        body: the extracted body (trafilatura's XML); changed in place.
        page: the parsed page the body was extracted from (read only).
    """
    tables = [rows for table in page.iter("table") if len(rows := _rows(table)) >= MIN_ROWS]
    tables = [rows for rows in tables if max(len(cells) for cells in rows) >= MIN_COLUMNS]
    if not tables:
        return
    paragraphs = list(body.iter("p"))
    texts = [element_text(paragraph) for paragraph in paragraphs]
    for rows in tables:
        cells = [text for cells in rows for text in cells]
        for start in (index for index, text in enumerate(texts) if text == cells[0]):
            run = paragraphs[start : start + len(cells)]
            if texts[start : start + len(cells)] != cells or any(
                later is not earlier.getnext() for earlier, later in pairwise(run)
            ):
                continue
            if any(paragraph.tail and paragraph.tail.strip() for paragraph in run[:-1]):
                continue  # text between two cells: not a table read flat
            _as_table(run, rows)
            texts[start : start + len(cells)] = [""] * len(cells)  # each cell paragraph is used once
            break
