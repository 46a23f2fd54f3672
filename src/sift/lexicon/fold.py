"""One ``fold``: the accent- and case-free form under which words and keys from any language compare equal."""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]


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
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
        return " ".join(stripped.replace("ß", "ss").casefold().split())
    if text.isascii():  # NFKD leaves ASCII as it is: nothing to strip (most candidate texts, once per row)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
