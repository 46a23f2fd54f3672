"""Spelling-tolerant keys for the rare names a story is told with, across languages and scripts.

The same place is "Abu Kamal", "Albu Kamal", "Abou Kamal" and "Abū Kamāl"; the same town "Bucha", "Boutcha",
"Butscha" and "Буча". A name's key is its ASCII transliteration (``anyascii``) folded by a few spelling rules
that European languages use for the same sounds (German "tsch" and French "tch" for English "ch", "ou" for
"u", "w" for "v", "y"/"j" for "i", doubled letters once, final vowels dropped as case endings), so these
spellings meet exactly; what is left ("Marrakech"/"Marrakesch") is caught by :func:`shared_keys`' fuzzy pass
over long keys.

Only *rare* names count: capitalised words that the language's dictionary (simplemma's, for the languages
sift lemmatises) does not know. "Russland", "Koalition", "Ministry" and German common nouns drop out; "Kamal",
"Kramatorsk", "Nargeolet", "Daech" stay. Those are what tells two stories of the same war apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anyascii import anyascii

from sift.machine_cache import is_known

__all__ = ["DICTIONARY_LANGS", "FUZZY_MIN_CHARS", "FUZZY_MIN_RATIO", "name_key", "name_keys", "shared_keys"]

#: Languages whose simplemma dictionary tells common words from names: the ones sift lemmatises for matching (read
#: from the machine cache's tries, ``sift.machine_cache.is_known``). Elsewhere every capitalised word counts as a name.
DICTIONARY_LANGS = ("en", "fr", "de", "es")

#: A word (letters first, then letters, digits, inner hyphens and apostrophes); it counts as a name when it
#: starts with an upper-case letter once an elided article ("d'", "l'") and a particle ("al-") are cut.
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_ELIDED = re.compile(r"^\w{1,2}['’]")
_NOT_LETTER = re.compile(r"[^a-z]+")
#: Spelling rules applied in order to the lower-case ASCII form; the longer patterns go first.
_SPELLINGS = (
    ("dsch", "j"),
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("ou", "u"),
    ("ie", "i"),
    ("ck", "k"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("q", "k"),
    ("c", "k"),
    ("z", "s"),
    ("x", "ks"),
)
_DOUBLED = re.compile(r"(.)\1+")
#: Final vowels go: case endings ("Буче"/"Буча", "Syrie"/"Syria") and transliterated vowels differ there most.
_FINAL_VOWELS = re.compile(r"(?<=...)[aeiou]+$")
#: Leading articles and particles that transliterations keep or drop ("al-Qaim", "Al Qaim", "Qaim").
_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|ibn)-", re.IGNORECASE)
#: Keys shorter than this are too ambiguous to count ("us", "eu").
MIN_KEY_CHARS = 3
#: Keys at least this long may match with a small spelling difference ("marakesh"/"marakech").
FUZZY_MIN_CHARS = 6
#: Least rapidfuzz ``ratio`` (0-100) for two long keys to count as one name; "darna"/"derna" scores 80 and
#: is too short to try, "marakech"/"marakesh" 87.5, "selenski"/"selenskii" 94.
FUZZY_MIN_RATIO = 85.0
#: Calendar words are capitalised in several languages but say nothing about which story it is.
_CALENDAR = frozenset(
    str.split(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
        "august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche "
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre montag dienstag "
        "mittwoch donnerstag freitag samstag sonntag januar februar marz juni juli oktober dezember lunes "
        "martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto "
        "septiembre octubre noviembre diciembre"
    )
)


def name_key(word: str) -> str:
    """The spelling-folded key of one word: ``name_key("Butscha") == name_key("Буча") == "bucha"``."""
    ascii_word = _PARTICLE.sub("", anyascii(word).lower())
    key = _NOT_LETTER.sub("", ascii_word)
    for written, spoken in _SPELLINGS:
        key = key.replace(written, spoken)
    return _FINAL_VOWELS.sub("", _DOUBLED.sub(r"\1", key))


def name_keys(text: str, lang: str) -> frozenset[str]:
    """Keys of the rare names in ``text``: capitalised words the language's dictionary does not know.

    Args:
        text: any text (title, lead, claims).
        lang: ISO 639-1 code of the text; for languages outside :data:`DICTIONARY_LANGS` no
            dictionary is consulted and every capitalised word counts.

    Returns:
        The keys (see :func:`name_key`), without calendar words and keys shorter than 3 letters.
    """
    checked = lang in DICTIONARY_LANGS
    keys: set[str] = set()
    for match in _WORD.finditer(text):
        word = _PARTICLE.sub("", _ELIDED.sub("", match.group()), count=1)
        if not word[:1].isupper():
            continue
        for part in word.replace("’", "'").strip("'").split("-"):
            lower = part.lower()
            if not lower or (checked and is_known(lower, lang)) or anyascii(lower) in _CALENDAR:
                continue
            key = name_key(part)
            if len(key) >= MIN_KEY_CHARS:
                keys.add(key)
    return frozenset(keys)


def shared_keys(mine: Iterable[str], theirs: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs ``(my key, their key)`` naming the same thing: equal keys, then long keys a letter or two apart.

    Each key is used at most once; the fuzzy pass compares only keys of :data:`FUZZY_MIN_CHARS` letters or
    more that found no equal partner, so short keys ("abu", "kiev") must match exactly.
    """
    mine_set, theirs_set = frozenset(mine), frozenset(theirs)
    exact = mine_set & theirs_set
    pairs = [(key, key) for key in sorted(exact)]
    rest_mine = [k for k in mine_set if len(k) >= FUZZY_MIN_CHARS and k not in exact]
    rest_theirs = [k for k in theirs_set if len(k) >= FUZZY_MIN_CHARS and k not in exact]
    if not rest_mine or not rest_theirs:
        return pairs
    from rapidfuzz import fuzz, process  # imported when first needed: 0.02-0.05 s of every cold start otherwise

    rest_mine.sort()
    rest_theirs.sort()
    ratios = process.cdist(rest_mine, rest_theirs, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_RATIO)
    used: set[int] = set()
    for i, key in enumerate(rest_mine):
        row = ratios[i]
        free = (j for j in range(len(rest_theirs)) if j not in used and row[j] > 0)
        best = max(free, key=row.__getitem__, default=-1)
        if best >= 0:
            used.add(best)
            pairs.append((key, rest_theirs[best]))
    return pairs
