"""Finds quotations that sit inside a longer sentence, so the splitter keeps their inner sentences together.

Pairs double quotation marks of every common style: «…», »…«, „…“, „…”, “…”, ”…”, straight "…", and the
CJK corner brackets 「…」 and 『…』.
Single quotes are not paired: ’ is also the apostrophe ("Russia’s"), so pairing it would be noise.
"""

from __future__ import annotations

import re

from sift.lexicon.languages import LANGUAGES, alternatives
from sift.lexicon.quotes import closers

__all__ = ["attribution_follows", "embedded_quotes"]

#: For each opening mark, the marks that close it: every double style of the shared quote table.
_CLOSERS = closers()
_QUOTE_MARK = re.compile("[" + re.escape("".join(dict.fromkeys("".join(_CLOSERS) + "".join(_CLOSERS.values())))) + "]")

#: Opening marks that open whatever surrounds them (« is spaced in French: « Je … »).
_ALWAYS_OPEN = "«„「『"

#: Characters before an ambiguous mark (" ” ») that let it open a quotation.
_BEFORE_OPENING = "([{/—–-«»„“”\"'"

#: How deep a closing mark looks for its opener: real quotations nest two or three levels, and a bound
#: keeps a line of thousands of marks linear.
_MAX_NESTING = 4

#: What may follow a closing mark when the quotation is part of a longer sentence (besides a lower-case word).
_CONTINUATION = ",;:—–-―"


#: Attribution tails after a quotation ending in "?" or "!" ('…?" Clinton said.'), for the languages whose row
#: lists such verbs: one to three capitalised words, not a pronoun (which starts a new sentence), then the verb.
_TAILS = {
    row.code: re.compile(
        rf"\s+(?!{alternatives('quote_tail_pronouns', [row])}\b)(?:[A-Z][\w.’'-]*\s+){{1,3}}"
        rf"{alternatives('quote_tail_verbs', [row])}\b"
    )
    for row in LANGUAGES.values()
    if row.quote_tail_verbs
}


def attribution_follows(text: str, index: int, end: int, lang: str) -> bool:
    """Whether a named speaker and a reporting verb follow ``index`` ('" Hillary Clinton said'), in English.

    Why: a quotation ending in "?" or "!" is followed by a capitalised name in '…?" Clinton said.', which
    looks like a new sentence; other languages put a comma or a lower-case word there, covered elsewhere.
    """
    tail = _TAILS.get(lang)
    return tail is not None and tail.match(text, index, end) is not None


def _opens(text: str, index: int, mark: str, end: int) -> bool:
    """Whether ``mark`` at ``index`` opens a quotation (it is followed by text, and preceded by a space or start)."""
    if mark in _ALWAYS_OPEN:
        return True
    if index + 1 >= end or text[index + 1].isspace():
        return False
    if mark == "“":
        return True
    return index == 0 or text[index - 1].isspace() or text[index - 1] in _BEFORE_OPENING


def _continues(text: str, close: int, end: int, lang: str) -> bool:
    """Whether the sentence goes on after the mark at ``close`` (``», a indiqué``, ``," Clinton said``, ``」と``)."""
    if close + 1 < end and text[close + 1].isalpha():
        return True  # no space between: CJK writing (「…。」と述べた), never a new sentence
    before = close - 1
    while before > 0 and text[before] in "’'":  # a nested quotation closing with this one
        before -= 1
    if text[before] == ",":
        return True
    if attribution_follows(text, close + 1, end, lang):
        return True
    index = close + 1
    while index < end and text[index].isspace():
        index += 1
    return index < end and (text[index].islower() or text[index] in _CONTINUATION)


def embedded_quotes(text: str, start: int, end: int, lang: str, max_chars: int) -> list[tuple[int, int]]:
    """Quotations in ``text[start:end]`` followed by the rest of their sentence, as (open, close) mark indexes.

    Why: in ``«Il a dit. Et après», a indiqué le sénateur.`` the quote's inner period must not end the
    sentence, or the attribution tail would be cut off from what it attributes. A quotation that ends its
    sentence (``"A. B." Then …``) is not returned: its inner sentences are split as usual.

    Args:
        text: the whole text; indexes are into it.
        start: first index of the line to scan.
        end: end of the line (quotations never run across lines).
        lang: ISO 639-1 code (English attribution tails are recognised by name and verb).
        max_chars: longer quotations are not returned (a stray mark must not swallow a paragraph).

    Returns:
        ``(open, close)`` index pairs of the marks, sorted and disjoint: a quotation nested in a returned
        one is left out, since the outer one already covers it.
    """
    stack: list[tuple[str, int]] = []
    quotes: list[tuple[int, int]] = []
    for match in _QUOTE_MARK.finditer(text, start, end):
        mark, index = match.group(), match.start()
        lowest = max(len(stack) - _MAX_NESTING, 0)
        depth = next((k for k in range(len(stack) - 1, lowest - 1, -1) if mark in _CLOSERS[stack[k][0]]), None)
        if depth is not None:
            opened = stack[depth][1]
            del stack[depth:]
            if index - opened <= max_chars and _continues(text, index, end, lang):
                quotes.append((opened, index))
        elif _opens(text, index, mark, end):
            stack.append((mark, index))
    outermost: list[tuple[int, int]] = []
    for opened, closed in sorted(quotes):
        if not outermost or opened > outermost[-1][1]:
            outermost.append((opened, closed))
    return outermost
