"""Bytes to text: BOM, BOM-less UTF-16, UTF-8, declared charset, detection, cp1252 — never crashing.

Order and why:
1. A BOM is authoritative.
2. UTF-16 without BOM shows as NUL bytes at every other position; caught before UTF-8, which accepts NULs.
3. Bytes that are valid UTF-8 *with* multi-byte sequences are UTF-8 even when a legacy charset is
   declared: legacy text practically never validates as UTF-8, while mislabelled pages are common.
4. The declared charset (HTTP header, then ``<meta>``/XML declaration), read strictly, with the WHATWG
   supersets (``iso-8859-1`` means cp1252, ``gb2312`` means gb18030, ...). A declared UTF-8 that the
   bytes break is treated like no declaration (Latin-1 pages labelled UTF-8 are common).
5. Mostly-UTF-8 bytes decode as UTF-8 with U+FFFD for the bad bytes: half or more of the non-ASCII
   sequences valid, or a tenth when detection does not find CJK text (EUC and Shift-JIS bytes form valid
   UTF-8 pairs by accident).
6. charset-normalizer, which is good at non-Latin scripts but picks cp1250 for French or German on short
   texts (STACK.md): its top guesses, cp1252 and cp1250 compete on oddities (U+FFFD, symbols inside
   words, half-width katakana, non-Latin letters glued to ASCII letters). With almost no non-ASCII bytes
   there is no evidence: cp1252. Every fallback decodes with replacement, so this step cannot fail.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Decoded", "declared_charset", "decode_bytes", "normalise_newlines"]

#: Byte order marks, the codec that reads what follows, and the encoding name recorded (UTF-32 LE first:
#: its BOM starts with UTF-16 LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
#: Labels browsers decode with a superset codec (WHATWG Encoding Standard); Python's strict codecs
#: would fail on the extra characters real pages use.
_SUPERSETS = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}
#: A charset declaration must sit this close to the start (WHATWG prescans 1024 bytes; real pages
#: often put long scripts first, so we look further).
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
#: BOM-less UTF-16: share of NULs on one byte parity, and the most the other parity may hold, over the
#: first _UTF16_SAMPLE bytes. bench/ingest.py margins: alphabetic scripts give 0.15 (Arabic tweets, only
#: spaces) to 1.0 on one side and 0.0 on the other; CJK (0.08 vs 0.04) is left to charset-normalizer.
#: Binary with such a pattern decodes to control characters and is refused by the binary check.
_UTF16_NUL_SHARE = 0.1
_UTF16_OTHER_SHARE = 0.01
_UTF16_SAMPLE = 4096
#: Mostly-UTF-8, as the share of non-ASCII sequences that are valid UTF-8. Measured with bench/ingest.py
#: (scrapinghub bodies, CheckThat! 2024 es/nl/ar dev tweets): single-byte legacy text 0-0.03; double-byte
#: CJK legacy (EUC, Shift-JIS) 0.11-0.32 by accident; UTF-8 with three bad bytes 0.25-1.0. At or above
#: _SURE_UTF8_SHARE it is UTF-8; from _MIN_VALID_UTF8_SHARE it is UTF-8 unless detection finds CJK.
_SURE_UTF8_SHARE = 0.5
_MIN_VALID_UTF8_SHARE = 0.1
#: Below this many non-ASCII bytes charset-normalizer has no evidence (it reads "Hello \x80" as cp1125):
#: use cp1252. bench/ingest.py: 0 loses 2 % of cp1252 tweets; 4 to 16 score the same.
_MIN_DETECT_BYTES = 8
#: Bytes compared when choosing between Latin code pages (the winner then decodes everything).
_COMPARE_BYTES = 1 << 16
#: Oddities per non-ASCII character that correct text may show (tweets glue Latin to Arabic, skip the
#: space after "،"). bench/ingest.py margin oddity_rate_correct_max: 0.010; wrong guesses show ~1.0.
_ODDITY_SLACK = 0.05
#: Latin code pages always compared with charset-normalizer's guesses, in order of preference on ties.
_LATIN_PAGES = ("cp1252", "cp1250")
#: How many of charset-normalizer's ranked guesses compete (its second guess is often right on short text).
_GUESSES = 3
#: Non-letters that legitimately sit inside words (apostrophes, hyphens, soft hyphen, middle dot).
_IN_WORD_OK = frozenset("'’‐‑–—·\u00ad")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_BYTES = bytes(range(128))
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the codec name that produced it (``"utf-8"``, ``"cp1252"``, ...)."""

    text: str
    encoding: str


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _codec(label: str) -> str | None:
    """Python codec for a charset label (with WHATWG supersets), or None when unknown or UTF-16/32."""
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # without a BOM the label is wrong (WHATWG reads UTF-8); step 2 finds real UTF-16
    return _SUPERSETS.get(name, name)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset declared by the HTTP ``Content-Type``, else by ``<meta>`` or an XML declaration.

    Args:
        data: the raw bytes (only the first 4 KiB are scanned).
        content_type: the HTTP ``Content-Type`` header, if the bytes came from a URL.

    Returns:
        A Python codec name, or None when nothing usable is declared.
    """
    labels = []
    if content_type:
        labels += _HEADER_CHARSET.findall(content_type)
    head = data[:_PRESCAN_BYTES]
    labels += [m.decode("ascii") for m in (*_XML_ENCODING.findall(head), *_META_CHARSET.findall(head))]
    return next((codec for label in labels if (codec := _codec(label))), None)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Codec name when NUL bytes sit on one parity only, as in BOM-less UTF-16 of mostly-Latin text."""
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 2 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd >= _UTF16_NUL_SHARE and even <= _UTF16_OTHER_SHARE:
        return "utf-16-le"
    if even >= _UTF16_NUL_SHARE and odd <= _UTF16_OTHER_SHARE:
        return "utf-16-be"
    return None


def _valid_utf8_share(text: str, data: bytes) -> float:
    """Share of non-ASCII sequences in ``data`` that are valid UTF-8, given its ``replace`` decoding."""
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for char in text if ord(char) > 127) - replaced
    return valid / max(1, valid + replaced)


def _non_ascii(text: str) -> int:
    """Number of non-ASCII characters in ``text``."""
    return len(_NON_ASCII.findall(text))


def _is_cjk(text: str) -> bool:
    """Whether ``text`` holds Han, Kana or Hangul characters (what double-byte legacy codecs encode)."""
    return _CJK.search(text) is not None


def _is_latin(text: str) -> bool:
    """Whether most non-ASCII letters of ``text`` are Latin letters."""
    letters = [char for char in text if ord(char) > 127 and char.isalpha()]
    latin = sum(1 for char in letters if unicodedata.name(char, "").startswith("LATIN"))
    return latin * 2 >= len(letters)


def _is_odd_letter(char: str, before: str, after: str) -> bool:
    """A half-width katakana, or a non-Latin alphabetic letter glued to an ASCII letter (``QurТan``)."""
    if "\uff61" <= char <= "\uff9f":
        return True
    glued = (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())
    return glued and not _CJK.match(char) and not unicodedata.name(char, "").startswith("LATIN")


def _is_odd_symbol(char: str, before: str, after: str) -> bool:
    """A symbol between two alphabetic letters (``opublikowa³o``); marks, joiners and hyphens belong there."""
    if char in _IN_WORD_OK or unicodedata.category(char)[0] in "MC":
        return False
    return before.isalpha() and after.isalpha() and not (_CJK.match(before) or _CJK.match(after))


def _oddities(text: str) -> int:
    """Signs of a wrong code page: U+FFFD, symbols inside words, odd letters."""
    count = text.count("\ufffd")
    for match in _NON_ASCII.finditer(text):
        char, index = match.group(), match.start()
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        odd = _is_odd_letter if char.isalpha() else _is_odd_symbol
        count += odd(char, before, after)
    return count


def _detect(data: bytes) -> Decoded:
    """Among charset-normalizer's guesses and cp1252/cp1250, the code page with the fewest oddities.

    Its best guess wins when it reads as a non-Latin script and is within _ODDITY_SLACK of the fewest
    (cp1252 turns Cyrillic or Arabic into clean-looking Latin letters, while real tweets have a few
    oddities); otherwise cp1252, then cp1250 win ties (charset-normalizer confuses Latin code pages).
    """
    sample = data[:_COMPARE_BYTES]
    if len(sample.translate(None, _ASCII_BYTES)) < _MIN_DETECT_BYTES:
        return Decoded(data.decode("cp1252", "replace"), "cp1252")
    from charset_normalizer import from_bytes  # only for bytes that are not UTF-8 (0.02-0.03 s of import)

    guesses = [match.encoding for match in from_bytes(data)][:_GUESSES]
    texts = {page: sample.decode(page, "replace") for page in (*guesses, *_LATIN_PAGES)}
    scores = {page: _oddities(text) for page, text in texts.items()}
    fewest = min(scores.values())
    best = guesses[0] if guesses else None
    if best and not _is_latin(texts[best]) and scores[best] <= fewest + _ODDITY_SLACK * _non_ascii(texts[best]):
        winner = best
    else:
        winner = next(page for page in (*_LATIN_PAGES, *guesses) if scores[page] == fewest)
    return Decoded(data.decode(winner, "replace"), winner)


def decode_bytes(data: bytes, *, content_type: str | None = None) -> Decoded:
    """Decode page bytes to text; never raises on undecodable bytes.

    Args:
        data: the raw (already decompressed) bytes.
        content_type: the HTTP ``Content-Type`` header, whose charset counts as declared.

    Returns:
        The text (BOM removed, newlines untouched) and the codec used; bytes no codec explains
        become U+FFFD.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(codec, "replace"), name)
    utf16 = _utf16_without_bom(data)
    if utf16 and (text := _strict(data, utf16)) is not None:
        return Decoded(text, utf16)
    utf8 = _strict(data, "utf-8")
    if utf8 is not None and not utf8.isascii():
        return Decoded(utf8, "utf-8")
    declared = declared_charset(data, content_type)
    if declared and (text := _strict(data, declared)) is not None:
        return Decoded(text, declared)
    if utf8 is not None:
        return Decoded(utf8, "utf-8")
    lenient = data.decode("utf-8", "replace")
    share = _valid_utf8_share(lenient, data)
    if share >= _SURE_UTF8_SHARE:
        return Decoded(lenient, "utf-8")
    detected = _detect(data)
    if share >= _MIN_VALID_UTF8_SHARE and not _is_cjk(detected.text):
        return Decoded(lenient, "utf-8")
    return detected
