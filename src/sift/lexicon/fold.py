"""One ``fold``: the accent- and case-free form under which words and keys from any language compare equal."""

from __future__ import annotations

import unicodedata

__all__ = ["fold", "strip_combining"]


class _CombiningTable(dict[int, int | None]):
    """``str.translate``'s table deleting combining marks, each code point looked up once per process: a character
    with a combining class maps to ``None``, any other to itself (a few hundred entries for a few scripts)."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_COMBINING = _CombiningTable()


def strip_combining(text: str) -> str:
    """``text`` without its combining marks (what NFKD splits accents into): the same as keeping each character
    whose ``unicodedata.combining`` is 0, one C-level table lookup a character instead of a Python call."""
    return text.translate(_COMBINING)


def fold(text: str, *, casefold: bool = False) -> str:
    """Strip accents and case so "États-Unis" and "etats-unis" compare equal.

    Args:
        text: any text.
        casefold: fold for lookup keys (store search columns, verdict labels): full Unicode case folding
            ("Straße" -> "strasse") and runs of white space made one space. Off (words: the matcher's terms,
            speaker names), plain lower-casing: "ß" stays, spacing stays, so offsets into the folded word
            still mean something and the matcher's saved terms keep their spelling.

    Returns:
        The folded text.
    """
    if casefold:
        if text.isascii():  # nothing to decompose
            return " ".join(text.casefold().split())
        stripped = strip_combining(unicodedata.normalize("NFKD", text))
        return " ".join(stripped.replace("ß", "ss").casefold().split())
    if text.isascii():  # NFKD leaves ASCII as it is: nothing to strip (most candidate texts, once per row)
        return text.lower()
    return strip_combining(unicodedata.normalize("NFKD", text.lower()))
