"""Text analysis for claim matching: stemmed lemma terms, names, numbers, dates, character n-grams, language, clauses.

Everything here is pure and cheap except lemmatisation, which the :class:`Analyzer` caches per instance
(no module-level cache: the matcher owns its analyzer, so nothing leaks between pipelines).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import Stemmer

from sift.dates import parse_date
from sift.lexicon.fold import fold
from sift.lexicon.frame_stripper import strip_frame
from sift.machine_cache import lemmatize

__all__ = [
    "LANGS",
    "Analyzer",
    "CharGrams",
    "char_cosines",
    "char_grams",
    "claim_clauses",
    "guess_lang",
    "has_noise",
    "names",
    "numbers",
    "parse_date",  # sift.dates' reader, named here for the match benches
    "stop_words",
    "strip_noise",
    "tweet_date",
]

#: Distinct (word, language) pairs an analyzer remembers before it starts afresh: a news vocabulary's working set
#: (tens of thousands of words, ~100 bytes each) fits many times over, and a long-running server stays bounded.
TERM_CACHE = 200_000
#: Texts whose term sets an analyzer remembers (:meth:`Analyzer.term_set`) before it starts afresh: the sentences
#: around a page's looked-up sentences are read for each of them (the debate re-ranker's topics, 21 sentences each).
TERM_SET_CACHE = 4096
#: Languages with their own stop words and lemmatiser; anything else is analysed as English.
LANGS = ("en", "fr", "de", "es")


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, so the lists stay readable."""
    return frozenset(text.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "a an the and or but if of to in on at by for from with without about as into over after before is "
        "are was were be been being am has have had do does did not no nor so than too very can could will "
        "would shall should may might must this that these those it its he she they them his her their we our "
        "you your i me my mine who whom which what when where why how all any both each few more most other "
        "some such only own same just also there here then once up down out off again further s t rt via amp "
        "says said say"
    ),
    "fr": _words(
        "le la les un une des du de d l et ou mais donc or ni car que qu qui quoi dont où à au aux en dans "
        "par pour sur sous avec sans entre vers chez ce cet cette ces son sa ses leur leurs il elle ils elles "
        "on nous vous je tu me te se lui y est sont été être a ont avait avoir fait plus moins ne pas très "
        "aussi comme si tout tous toute toutes selon a-t-il dit déclaré"
    ),
    "de": _words(
        "der die das den dem des ein eine einer einen einem eines und oder aber denn sondern dass daß zu zum "
        "zur im in am an auf aus bei mit nach seit von vor für über unter um durch gegen ohne ist sind war "
        "waren sein hat haben hatte hatten wird werden wurde wurden nicht kein keine es er sie wir ihr ich du "
        "man sich auch noch nur schon sehr so wie als wenn ob laut sagte"
    ),
    "es": _words(
        "el la los las un una unos unas y o pero que de del a al en con sin por para sobre entre hacia desde "
        "hasta es son fue fueron ser ha han había haber se su sus lo le les nos me te mi tu no sí muy más "
        "menos como si ya también este esta estos estas ese esa eso según dijo"
    ),
}

#: Every language's stop words: a name is no name when it is a stop word in any of them.
_ANY_STOPWORD = frozenset().union(*_STOPWORDS.values())
#: What :func:`strip_noise` removes always contains one of these: text without them skips its regexes.
_NOISE_MARKS = ("@", "#", "http", "www.", "pic.twitter.com/")

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
#: BM25 and overlap terms split hyphenated words ("10-meter-long" -> 10, meter, long): +0.004 BM25 MAP@5 on
#: train (/tmp/matchq/tok.py over bench/match.py's data).
_TERM = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
#: Snowball stemmers by language: terms are the stem of the lemma ("photographs", "photographed" and
#: "photograph" meet). Over lemmas alone: +0.009 BM25 MAP@5 on train, +0.014 on dev (/tmp/matchq/tok.py).
_STEMMERS = {"en": "english", "fr": "french", "de": "german", "es": "spanish"}
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu)['’]", re.IGNORECASE)
_URL = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+")
#: @handles and #hashtags become words: "@SpiritAirlines" -> "Spirit Airlines" (+0.02-0.03 BM25 MAP@5 on
#: train and dev, /tmp script over bench/match.py's data; fact-checks name the airline, not the handle).
_TAG = re.compile(r"(?<![\w@#])[@#](\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|_")
#: The byline of an embedded tweet: " — Name (@handle) May 4, 2016". The name stays (the author is often
#: the claimant a fact-check names: dropping it cost 0.03 BM25 MAP@5 on dev); the handle and the
#: date go (the date is the tweet's, not the claim's, and fakes number agreement).
_TWEET_BYLINE = re.compile(r"\s+[—–-]{1,2}\s+([^—–\n]{0,80}?)\s*\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$")
#: The date of an embedded-tweet byline (" — Name (@handle) May 4, 2016" at the end of the text).
_BYLINE_DATE = re.compile(r"\(@\w+\)\s+([A-Z][a-z]+ \d{1,2}, \d{4})\s*$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)*")

#: Where a long sentence is cut into clauses: punctuation, quotes and complementisers.
_CLAUSE_CUT = re.compile(
    r"""(?ix)[;:«»“”"„]|,\s|\s(?:that|que|qu'|qu’|dass|daß|which|qui)\s
    | \s(?:et|and|und|y)\s+(?:a|ont|has|have|hat|haben|ha|han)\s"""
)
_MIN_CLAUSE_WORDS = 4
_MAX_CLAUSES = 8


def has_noise(text: str) -> bool:
    """Whether :func:`strip_noise` may rewrite more of ``text`` than its spaces (a URL, a byline handle, a tag)."""
    return any(mark in text for mark in _NOISE_MARKS)


def strip_noise(text: str) -> str:
    """Drop URLs and the handle and date of embedded-tweet bylines, and spell out @handles and #hashtags."""
    if not has_noise(text):  # no URL, byline handle or tag to rewrite
        return " ".join(text.split()) or text
    stripped = _URL.sub(" ", _TWEET_BYLINE.sub(r" — \1", text))
    stripped = _TAG.sub(lambda tag: _CAMEL.sub(" ", tag.group(1)), stripped).strip()
    return " ".join(stripped.split()) if stripped else text


def guess_lang(text: str) -> str:
    """Guess en/fr/de/es from stop-word counts; English when nothing stands out.

    Good enough to pick a lemmatiser and to decide same- vs cross-language scoring; callers that
    know the language (a block's detected ``lang``) should pass it instead.
    """
    words = [w.lower() for w in _WORD.findall(text[:2000])]
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > counts["en"] else "en"


def tweet_date(text: str) -> dt.date | None:
    """The date of an embedded tweet's byline at the end of ``text`` (when the claim was made), if any."""
    found = _BYLINE_DATE.search(text)
    return parse_date(found.group(1)) if found else None


@dataclass(frozen=True, slots=True)
class CharGrams:
    """A text's character n-grams as sorted hashes with their counts and the counts' norm: a cosine is one
    sorted lookup, and the matcher's cached candidates keep about 10 bytes per gram instead of a ``Counter``
    entry and its string (about 120): a 50,000-fact-check server keeps eight times as many rows warm.

    The hashes are Python's 64-bit string hashes, so grams are compared within one process only (never
    stored); two different grams of a pair collide with a chance of about 1e-14.
    """

    keys: np.ndarray
    counts: np.ndarray
    norm: float

    def cosine(self, other: CharGrams) -> float:
        """Cosine of the two count vectors (0 when either text is empty)."""
        if not self.norm or not other.norm:
            return 0.0
        mine, theirs = self.keys, other.keys
        at = np.searchsorted(theirs, mine).clip(max=len(theirs) - 1)
        shared = theirs[at] == mine
        # integer counts: summing over the shared grams only gives the same dot product, exactly
        dot = int(np.dot(self.counts[shared], other.counts[at[shared]]))
        return dot / (self.norm * other.norm)


def char_cosines(query: CharGrams, others: Sequence[CharGrams]) -> list[float]:
    """``[query.cosine(other) for other in others]`` in one sorted lookup for all of them (a query's candidates).

    The dot products are sums of integer products, so they are exact and the cosines equal :meth:`CharGrams.cosine`'s
    to the bit.
    """
    if not others:
        return []
    if not query.norm or not len(query.keys):
        return [0.0] * len(others)
    keys = np.concatenate([other.keys for other in others])
    counts = np.concatenate([other.counts for other in others])
    owner = np.repeat(np.arange(len(others)), [len(other.keys) for other in others])
    at = np.searchsorted(query.keys, keys).clip(max=len(query.keys) - 1)
    shared = query.keys[at] == keys
    products = np.zeros(len(others), dtype=np.int64)
    np.add.at(products, owner[shared], counts[shared] * query.counts[at[shared]])
    return [
        int(dot) / (query.norm * other.norm) if other.norm else 0.0
        for dot, other in zip(products.tolist(), others, strict=True)
    ]


def char_grams(text: str) -> CharGrams:
    """The 3- to 5-character pieces of the folded text (noise stripped), for a spelling-tolerant cosine."""
    padded = f" {' '.join(fold(strip_noise(text)).split())} "
    grams = [padded[i : i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
    keys, counts = np.unique(np.fromiter(map(hash, grams), dtype=np.int64, count=len(grams)), return_counts=True)
    return CharGrams(keys, counts, math.sqrt(int(np.dot(counts, counts))))


def numbers(text: str) -> set[str]:
    """Numbers written in the text, separators removed ("1,000" and "1.000" both give "1000")."""
    return {n.replace(".", "").replace(",", "") for n in _NUMBER.findall(strip_noise(text))}


def names(text: str) -> set[str]:
    """Capitalised words not at a sentence start, folded: a cheap, language-independent stand-in for NER."""
    found: set[str] = set()
    for match in _NAME.finditer(strip_noise(text)):
        words = fold(_ELISION.sub("", match.group())).replace("-", " ").split()
        found.update(w for w in words if len(w) > 2 and w not in _ANY_STOPWORD)
    return found


def claim_clauses(text: str) -> list[str]:
    """Claim-bearing pieces of a long sentence, attribution frames stripped.

    Long sentences dilute an embedding: "the ministry said that X, Sputnik reported" is closer to X once
    the frame is gone, and a clause between commas often carries the claim alone.
    """
    stripped = _without_frame(text)
    pieces = [stripped] if stripped != text.strip() else []
    pieces += [_without_frame(p) for p in _CLAUSE_CUT.split(text)]
    seen: set[str] = {text.strip()}
    clauses: list[str] = []
    for piece in pieces:
        piece = piece.strip(" .,;")
        if len(piece.split()) >= _MIN_CLAUSE_WORDS and piece not in seen:
            seen.add(piece)
            clauses.append(piece)
    return clauses[:_MAX_CLAUSES]


def _without_frame(text: str) -> str:
    start, end = strip_frame(text, eager=True)
    return text[start:end]


_UNSEEN = ("", "")


@dataclass
class Analyzer:
    """Turns text into folded, stemmed lemma terms for BM25 and overlap features, caching terms it has seen."""

    _cache: dict[tuple[str, str], str] = field(default_factory=dict)
    _stemmers: dict[str, Stemmer.Stemmer] = field(default_factory=dict)
    _seen: dict[tuple[str, str], tuple[str, str] | None] = field(default_factory=dict)
    _sets: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    def tokens(self, text: str, lang: str) -> list[str]:
        """Content-word terms of ``text`` (stop words, URLs and handles dropped): stems of folded lemmas."""
        return [term for term, _ in self.words(text, lang)]

    def words(self, text: str, lang: str) -> list[tuple[str, str]]:
        """``(term, word as written)`` for each content word of ``text``: the word is what evidence shows."""
        lang = lang if lang in LANGS else "en"
        # each word as found -> its (term, word) or None (dropped), read once per word: a page's sentences, their
        # contexts and their topics (the debate re-ranker's) read the same words tens of times
        seen = self._seen
        if len(seen) >= TERM_CACHE:  # an open vocabulary: start afresh, stay bounded
            seen.clear()
        out: list[tuple[str, str]] = []
        for word in _TERM.findall(strip_noise(text)):
            key = (word, lang)
            known = seen.get(key, _UNSEEN)
            if known is _UNSEEN:
                known = seen[key] = self._word(word, lang)
            if known is not None:
                out.append(known)
        return out

    def term_set(self, text: str, lang: str) -> frozenset[str]:
        """The distinct terms of :meth:`words`, remembered per text (a page's sentences are read many times)."""
        key = (text, lang)
        terms = self._sets.get(key)
        if terms is None:
            if len(self._sets) >= TERM_SET_CACHE:  # bounded, as the word memory
                self._sets.clear()
            terms = self._sets[key] = frozenset(term for term, _ in self.words(text, lang))
        return terms

    def _word(self, word: str, lang: str) -> tuple[str, str] | None:
        """``(term, lower-case word)`` of a word as found, or ``None`` for a stop word or a lone letter."""
        low = word.lower()
        if "'" in low or "’" in low:  # an elision needs an apostrophe: most words skip the regex
            low = _ELISION.sub("", low)
        if low in _STOPWORDS[lang] or (len(low) < 2 and not low.isdigit()):
            return None
        return self._term(low, lang), low

    def _term(self, word: str, lang: str) -> str:
        key = (word, lang)
        term = self._cache.get(key)
        if term is None:
            stemmer = self._stemmers.get(lang)
            if stemmer is None:
                stemmer = self._stemmers[lang] = Stemmer.Stemmer(_STEMMERS[lang])
            term = stemmer.stemWord(fold(lemmatize(word, lang)))
            if len(self._cache) >= TERM_CACHE:  # a server sees an open vocabulary: start afresh, stay bounded
                self._cache.clear()
            self._cache[key] = term
        return term


def stop_words(lang: str) -> frozenset[str]:
    """The stop words of ``lang`` (English's for a language without its own), as :class:`Analyzer` drops them."""
    return _STOPWORDS.get(lang.split("-")[0].lower(), _STOPWORDS["en"])
