"""Whether sift knows a block's language: the share of its words the detected language's dictionary holds.

lingua chooses among :data:`sift.language.DEFAULT_LANGUAGES` only, so a page in a language outside that list gets
the nearest one, often at full confidence: a Papiamento page (24ora.com) is Spanish at 1.0, Luxembourgish German,
Catalan Portuguese, Belarusian Russian. Confidence cannot tell; the vocabulary can. Of a block's lower-case words
of three letters or more (names, acronyms and short particles say little), a text in the detected language has
nearly all in that language's simplemma dictionary or spaCy's stop-word list (which holds the invariable words
simplemma leaves out: "pas", "trop", "dont"), while the neighbour language's text has a third or more unknown
("tabata", "aki", "mainta"). English words count as known in every language: news quotes English ("“The first
story is about connecting the dots”, so Jobs") and such a block is still German.

A block is uncertain when the words of its language on the page (all its blocks of that language pooled, so a
short heading follows its page), or its own words, number at least :data:`MIN_WORDS` and fewer than
:data:`MIN_KNOWN_SHARE` of them are known. Scripts without letter case (Arabic, Hebrew, Devanagari, CJK) and
languages without a simplemma dictionary (zh, ja, ko) are never judged: they have no lower-case words, or no
dictionary to ask.

Measured by ``bench/language_uncertain.py``: on the 81 pages of realpages-dev..dev4 (1,226 blocks with a
language) no block becomes uncertain, and the Papiamento page's five Spanish blocks do (words known 0.64). Of
stories/itn blurbs joined five at a time, no text of lingua's languages becomes uncertain and 70% of the others do
(Norwegian read as Danish or Swedish 75%, Belarusian, Kazakh, Uzbek all; Malay read as Indonesian 5%: too close).
Hand-written Papiamento, Luxembourgish, Frisian, Galician and Catalan score 0.27-0.62; Afrikaans (0.72) and Scots
(0.74) are near enough to Dutch and English to stay certain.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections import Counter, defaultdict
from pathlib import Path

from sift.document import Block

__all__ = ["MIN_KNOWN_SHARE", "MIN_WORDS", "known_words", "mark_uncertain", "page_uncertain"]

#: Below this share of known words a block's language is uncertain. Tuned on realpages-dev..dev4 (pooled known
#: share of a page's language >= 0.86 on all 81 pages), trafilatura-eval-dev (lowest prose 0.76; below 0.7 only
#: code, a results table, pinyin lyrics and the Papiamento page at 0.64) and stories/itn blurbs in groups of
#: five (known languages >= 0.72; Norwegian read as Danish 0.2-0.57, Belarusian as Russian < 0.1); re-run
#: ``bench/language_uncertain.py`` when changing it.
MIN_KNOWN_SHARE = 0.7
#: Fewer counted words than this say nothing (a heading, a caption): the block follows its page's pool.
MIN_WORDS = 20
#: Shorter words are left out: particles and articles of neighbour languages coincide ("di", "na", "e").
MIN_WORD_LETTERS = 3
#: simplemma's code where it differs from ISO 639-1 (Croatian is in its Serbo-Croatian dictionary).
_DICTIONARY = {"hr": "hbs"}
_LACKS_DICTIONARY = frozenset({"zh", "ja", "ko"})

_WORD = re.compile(r"[^\W\d_]+")
_URL = re.compile(r"\S+://\S+|www\.\S+")
_LATIN = re.compile(r"[a-z]")
_GREEK_CYRILLIC = re.compile(r"[\u0370-\u052f]")


@functools.cache
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang`` (empty if none), read from ``spacy/lang/<lang>/stop_words.py`` without
    importing spaCy (2-3 s): each of those files defines a plain ``STOP_WORDS`` set and imports nothing."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / lang / "stop_words.py"
    if not path.is_file():
        return frozenset()
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # spaCy's own module, not imported
    words = namespace.get("STOP_WORDS", ())
    return frozenset(str(word) for word in words) if isinstance(words, set | frozenset) else frozenset()


#: Words looked up, kept across blocks and pages (function words repeat on every page): ~100 bytes an entry.
KNOWN_CACHE_SIZE = 1 << 15


@functools.lru_cache(maxsize=KNOWN_CACHE_SIZE)
def _known(word: str, lang: str) -> bool:
    from sift.machine_cache import is_known

    return (
        word in stop_words(lang)
        or is_known(word, _DICTIONARY.get(lang, lang))
        or (lang != "en" and (word in stop_words("en") or is_known(word, "en")))
    )


def known_words(text: str, lang: str, *, max_chars: int = 2000) -> tuple[int, int]:
    """``(known, counted)``: of the lower-case words of ``text`` (its first ``max_chars`` characters, URLs left out)
    with at least :data:`MIN_WORD_LETTERS` letters, how many ``lang``'s dictionary (or English's) knows.

    Words mixing Latin with Greek or Cyrillic letters (homoglyph spam: "Аdvеrtіѕе") are not counted; a language
    without a dictionary counts nothing (``(0, 0)``).
    """
    if lang in _LACKS_DICTIONARY or lang == "und":
        return 0, 0
    words = [
        word
        for word in _WORD.findall(_URL.sub(" ", text[:max_chars]))
        if len(word) >= MIN_WORD_LETTERS
        and word.islower()
        and not (_GREEK_CYRILLIC.search(word) and _LATIN.search(word))
    ]
    return sum(_known(word, lang) for word in words), len(words)


def _unknown(known: int, counted: int, min_share: float) -> bool:
    return counted >= MIN_WORDS and known < min_share * counted


def mark_uncertain(blocks: list[Block], *, min_share: float = MIN_KNOWN_SHARE, max_chars: int = 2000) -> None:
    """Set ``lang_uncertain`` on every block: its language's words on the page, or its own, are mostly unknown.

    ``min_share`` 0 turns the check off (every block certain).
    """
    counts = [known_words(block.text, block.lang, max_chars=max_chars) for block in blocks]
    pooled: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for block, (known, counted) in zip(blocks, counts, strict=True):
        pooled[block.lang][0] += known
        pooled[block.lang][1] += counted
    for block, (known, counted) in zip(blocks, counts, strict=True):
        block.lang_uncertain = _unknown(*pooled[block.lang], min_share) or _unknown(known, counted, min_share)


def page_uncertain(blocks: list[Block], language: str) -> bool:
    """Whether most characters of the page's ``language`` in body blocks (all blocks if none) are uncertain."""
    for role_blocks in ([block for block in blocks if block.role == "body"], blocks):
        chars = Counter[bool]()
        for block in role_blocks:
            if block.lang == language:
                chars[block.lang_uncertain] += len(block.text)
        if chars:
            return chars[True] > chars[False]
    return False
