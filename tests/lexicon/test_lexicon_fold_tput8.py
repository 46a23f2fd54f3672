"""fold's combining-mark table deletes exactly the characters ``unicodedata.combining`` names."""

from __future__ import annotations

import sys
import unicodedata

from sift.lexicon.fold import _CombiningTable, fold, strip_combining


def _by_hand(text: str) -> str:
    return "".join(char for char in text if not unicodedata.combining(char))


def test_the_table_deletes_every_combining_mark_and_keeps_every_other_character() -> None:
    # every code point of the basic and supplementary multilingual planes but surrogates, through a table of its own
    text = "".join(chr(code) for code in range(0x20000) if not 0xD800 <= code < 0xE000)
    assert text.translate(_CombiningTable()) == _by_hand(text)
    assert chr(sys.maxunicode).translate(_CombiningTable()) == _by_hand(chr(sys.maxunicode))


def test_folded_words_are_as_before() -> None:
    for text in ("Ελληνικά Ünïcödé", "Tiếng Việt", "हिन्दी", "Straße ÉTATS", "ﬁ ①", "a\u0301\u0323"):
        decomposed = unicodedata.normalize("NFKD", text.lower())
        assert fold(text) == _by_hand(decomposed)
        assert strip_combining(decomposed) == _by_hand(decomposed)
        keyed = _by_hand(unicodedata.normalize("NFKD", text)).replace("ß", "ss").casefold()
        assert fold(text, casefold=True) == " ".join(keyed.split())
