"""The per-page analysis budget: paragraphs cut into windows, and text past the budget listed, not analysed.

Every stage after extraction is linear in the text it is given only while a block stays short: the
English parse, for one, walks a block's sentences once per attribution frame, so a 200,000-character
paragraph took minutes and a 10 MB line passed spaCy's ``max_length``. Extraction therefore hands the
stages blocks of at most ``max_block_chars`` (a longer paragraph is cut at its last sentence end, else at
a space, before the limit) and at most ``max_chars`` characters per page; the rest of the page goes to
``removed`` with the reason, so the reader sees what was not analysed and nothing is lost.
"""

from __future__ import annotations

import re

from sift.document import Removed
from sift.extract.result import Piece

__all__ = ["MAX_BLOCK_CHARS", "MAX_PAGE_CHARS", "bound_pieces", "split_long_text"]

#: Longest block the stages see. Of 580 real pages (the 181 scrapinghub pages and 399 of trafilatura's
#: evaluation pages in ../shared/data/extraction), 9 have a longer paragraph (legal text, run-on lists; the
#: longest 23,145 characters); those are cut at sentence ends, where the sentence splitter cuts them anyway.
MAX_BLOCK_CHARS = 5_000
#: Characters of block text analysed per page, about 15,000 English words: the longest of those 580 pages
#: has 53,382. A page at the budget costs about 13 s of CPU on one core with every stage but matching
#: (tests/e2e/test_bounded_work.py; English attribution is most of it).
MAX_PAGE_CHARS = 100_000
BUDGET_REASON = "beyond the analysis budget of {limit:,} characters per page: not analysed"

#: A sentence end (terminal marks, closing quotes or brackets) followed by white space.
_SENTENCE_END = re.compile(r"[.!?…。！？؟][\"'»”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def split_long_text(text: str, max_chars: int) -> list[str]:
    """``text`` in windows of at most ``max_chars`` characters, each cut at its last sentence end.

    A window with no sentence end in its second half is cut at its last white space there, and one
    without white space at ``max_chars`` exactly. Windows are stripped; joined with spaces they give the
    text back up to white space.
    """
    windows: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        cut = _soft_cut(text, start + max_chars // 2, start + max_chars) or start + max_chars
        windows.append(text[start:cut].strip())
        start = cut
    windows.append(text[start:].strip())
    return [window for window in windows if window]


def _soft_cut(text: str, floor: int, limit: int) -> int | None:
    """The end of the last sentence end in ``text[floor:limit]``, else of its last white space, else ``None``."""
    for pattern in (_SENTENCE_END, _SPACE):
        last = None
        for match in pattern.finditer(text, floor, limit):
            last = match.end()
        if last is not None:
            return last
    return None


def bound_pieces(pieces: list[Piece], *, max_block_chars: int, max_chars: int) -> tuple[list[Piece], Removed | None]:
    """The pieces the stages analyse, and the text past the page budget as one ``Removed`` (or ``None``).

    Args:
        pieces: extracted paragraphs in page order.
        max_block_chars: longest piece kept whole; longer ones are split by :func:`split_long_text`.
        max_chars: characters of piece text kept per page; the piece that crosses it is cut at its last
            sentence end or space before the limit (or not kept at all), and everything after goes to the
            returned ``Removed``.
    """
    kept: list[Piece] = []
    beyond: list[str] = []
    budget = max_chars
    for piece in pieces:
        if budget <= 0:
            beyond.append(piece.text)
            continue
        text = piece.text
        if len(text) > budget:  # cut at a sentence end or space; a piece without either goes whole unless first
            cut = _soft_cut(text, 0, budget) or (None if kept else budget)
            beyond.append(text[cut or 0 :].strip())
            if cut is None:
                budget = 0
                continue
            text = text[:cut].strip()
        budget -= len(text)
        windows = split_long_text(text, max_block_chars) if len(text) > max_block_chars else [text]
        kept.extend(  # a post's header opens its first window only
            Piece(piece.role, window, piece.anchor, piece.poster) if i == 0 else Piece(piece.role, window)
            for i, window in enumerate(windows)
        )
    rest = "\n\n".join(text for text in beyond if text)
    return kept, Removed(rest, BUDGET_REASON.format(limit=max_chars)) if rest else None
