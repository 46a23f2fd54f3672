"""Language-independent cues of a checkable claim (numbers, dates, names, attribution, comparison) as features.

The training data is English debates and Dutch/Arabic tweets while sift reads news in many languages, so the
cues are cheap regular expressions over scripts and small multilingual word lists (en, fr, de, nl, es, ar)
rather than a parser per language. The same function feeds training and run time, so they cannot drift.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

import numpy as np

__all__ = ["FEATURE_NAMES", "Cues", "cues", "feature_matrix", "normalise", "reasons"]

_URL = re.compile(r"(?:https?|h\s?ps?)://\S+|\bwww\.\S+|\bt\.co/\S+", re.IGNORECASE)
_MENTION = re.compile(r"@\w+")
_HASH = re.compile(r"#(\w)")
_SPACE = re.compile(r"\s+")

_METACHARS = re.compile(r"[\\.^$*+?{}\[\]()|]")


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regular expression: split at ``|`` outside groups and character classes."""
    parts: list[str] = []
    depth, start, escaped, in_class = 0, 0, False, False
    for index, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
    return [*parts, source[start:]]


def _trie(words: list[str]) -> str:
    """One regular expression matching exactly ``words`` (literal strings), their common prefixes factored out."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


_OPTIONAL_END = re.compile(r"([^\\.^$*+?{}\[\]()|]+)(?:\[([^\\^\]-]+)\]|([^\\.^$*+?{}\[\]()|]))\?")


def _spelled_out(alternative: str) -> list[str]:
    """A word with an optional last letter or letter class ("hundreds?", "double[ds]?") as the literal words it
    matches; any other alternative as it is."""
    found = _OPTIONAL_END.fullmatch(alternative)
    if found is None:
        return [alternative]
    stem, letters = found.group(1), found.group(2) or found.group(3)
    return [stem, *(stem + letter for letter in letters)]


def _word_list(alternatives: str) -> str:
    """``\\b(?:alternatives)\\b`` matching what it says, written so that re tries few branches at each word.

    re tries the alternatives of a group one by one at every word start: 100 month and weekday names cost 22 µs
    a sentence, the same words as a tree of shared prefixes (the literal ones; the others stay as written) 6 µs.
    The strings each alternative matches are unchanged, so is whether a text holds one (``search``).
    """
    parts = [word for part in _alternatives(alternatives) for word in _spelled_out(part)]
    literal = [part for part in parts if part and not _METACHARS.search(part)]
    other = [part for part in parts if part not in literal]
    return r"\b(?:" + "|".join([_trie(literal), *other] if literal else other) + r")\b"


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_DIGITS = re.compile(r"\d")
_NUMERALS = (
    r"hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|twice|double[ds]?|triple[ds]?|"
    r"milliers?|milliards?|centaines?|tausend|millionen|milliarden|hunderte|duizend|miljoen|miljard|miles|"
    r"millones|mil|millón|ألف|مليون|مليار"
)
_NUMBER_WORDS = re.compile(_word_list(_NUMERALS), re.IGNORECASE)
_PERCENT_WORDS = r"per\s?cent|percent|pour\s?cent|prozent|procent|por\s?ciento|بالمئة|بالمائة"
_PERCENT = re.compile(r"%|" + _word_list(_PERCENT_WORDS), re.IGNORECASE)
_MONEY_WORDS = r"dollars?|euros?|pounds|rubles?|roubles?|dólares|dollar|يورو|دولار"
_MONEY = re.compile(r"[$€£¥₽]|" + _word_list(_MONEY_WORDS), re.IGNORECASE)
_UNIT = re.compile(
    r"\d\s?(?:km|kilom[eè]t(?:er|re)s?|miles?|tons?|tonnes?|kg|meters?|mètres?|metros?|hectares?)\b|"
    r"\b(?:kilometers?|kilometres?|kilomètres?|kilometer|kilómetros?)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_DATE_WORDS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|janvier|"
    r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|"
    r"juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunes|"
    r"martes|miércoles|jueves|viernes|sábado|domingo|yesterday|hier|gestern|gisteren|ayer|"
    r"last (?:week|month|year)|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
)
_DATE = re.compile(_word_list(_DATE_WORDS), re.IGNORECASE)
_ATTRIBUTION_WORDS = (
    r"said|says|say|stated|claimed|claims|reported|reports|announced|told|according to|stressed|specified|"
    r"confirmed|revealed|showed|shows|found|a (?:déclaré|indiqué|précisé|annoncé|affirmé|souligné)|selon|"
    r"d'après|affirme|déclare|estime|laut|sagte|sagt|erklärte|berichtete|zufolge|zitiert|volgens|zei|zegt|"
    r"meldt|según|dijo|afirmó|informó|aseguró|قال|قالت|وفقا|حسب|أعلن|أعلنت|أكد|أكدت"
)
_ATTRIBUTION = re.compile(_word_list(_ATTRIBUTION_WORDS), re.IGNORECASE)
_COMPARATIVE_WORDS = (
    r"more|less|fewer|most|least|than|biggest|largest|highest|lowest|best|worst|greater|plus|moins|"
    r"davantage|mehr|weniger|als|größte|höchste|meer|minder|dan|grootste|hoogste|más|menos|mayor|menor|"
    r"أكثر|أقل|أكبر"
)
_COMPARATIVE = re.compile(_word_list(_COMPARATIVE_WORDS) + r"|\b\w{3,}est\b", re.IGNORECASE)
_OPINION_WORDS = (
    r"i think|i believe|i feel|i hope|i want|i'm going to|i will|i'll|we will|we'll|we must|we need|"
    r"we should|let me|let's|je pense|je crois|nous devons|ich glaube|ich denke|wir müssen|ik denk|"
    r"ik vind|we moeten|creo que|pienso|debemos|أعتقد|أرى"
)
_OPINION = re.compile(_word_list(_OPINION_WORDS), re.IGNORECASE)
_SECOND_PERSON_WORDS = r"you|your|vous|votre|jij|jullie|usted|tú|أنت"
_SECOND_PERSON = re.compile(_word_list(_SECOND_PERSON_WORDS), re.IGNORECASE)
_NEGATION_WORDS = r"not|never|no|n't|ne|pas|jamais|nicht|nie|kein|keine|niet|nooit|geen|nunca|لا|لم|لن"
_NEGATION = re.compile(_word_list(_NEGATION_WORDS), re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<=[\s(«\"“‘'])(?:[A-ZÀ-ÖØ-Þ][\w’'-]+|[A-Z]{2,})")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


@dataclass(slots=True, frozen=True)
class Cues:
    """What a sentence contains that makes it checkable, counted once for features and reasons."""

    words: int
    digits: bool
    number_words: bool
    percent: bool
    money: bool
    unit: bool
    year: bool
    date: bool
    names: int
    acronyms: int
    attribution: bool
    comparative: bool
    opinion: bool
    second_person: bool
    negation: bool
    question: bool
    exclamation: bool
    had_link: bool
    had_mention: bool
    non_letter_ratio: float


#: Sentences whose normal form is remembered: the claims stage asks three times per sentence (cues, the model's
#: texts, the encoder's); a page has tens to a few hundred.
NORMALISED_CACHE_SIZE = 1024


@functools.lru_cache(maxsize=NORMALISED_CACHE_SIZE)
def normalise(text: str) -> str:
    """Text as the model sees it: links and user handles dropped, hashtags as words, spaces collapsed.

    Tweets in the training data carry URLs and @handles that news sentences do not; removing them on both
    sides keeps the embedding about the statement.
    """
    text = _URL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    text = _HASH.sub(r"\1", text)
    return _SPACE.sub(" ", text).strip()


def cues(raw: str) -> Cues:
    """Count the claim cues of one sentence (raw text, before :func:`normalise`)."""
    text = normalise(raw)
    words = _WORD.findall(text)
    letters = sum(map(str.isalpha, text))  # the count of letters, without a generator step per character
    return Cues(
        words=len(words),
        digits=bool(_DIGITS.search(_YEAR.sub(" ", text))),
        number_words=bool(_NUMBER_WORDS.search(text)),
        percent=bool(_PERCENT.search(text)),
        money=bool(_MONEY.search(text)),
        unit=bool(_UNIT.search(text)),
        year=bool(_YEAR.search(text)),
        date=bool(_DATE.search(text)),
        names=len(_CAPITALISED.findall(" " + text)),
        acronyms=len(_ACRONYM.findall(text)),
        attribution=bool(_ATTRIBUTION.search(text)),
        comparative=bool(_COMPARATIVE.search(text)),
        opinion=bool(_OPINION.search(text)),
        second_person=bool(_SECOND_PERSON.search(text)),
        negation=bool(_NEGATION.search(text)),
        question=text.rstrip("»\"”’' ").endswith("?"),
        exclamation="!" in text,
        had_link=bool(_URL.search(raw)),
        had_mention=bool(_MENTION.search(raw)),
        non_letter_ratio=1.0 - letters / len(text) if text else 1.0,
    )


FEATURE_NAMES: tuple[str, ...] = (
    "log_words",
    "short",
    "long",
    "digits",
    "number_words",
    "percent",
    "money",
    "unit",
    "year",
    "date",
    "names",
    "acronyms",
    "attribution",
    "comparative",
    "opinion",
    "second_person",
    "negation",
    "question",
    "exclamation",
    "had_link",
    "had_mention",
    "non_letter_ratio",
)


def _row(cue: Cues) -> list[float]:
    return [
        math.log1p(cue.words),
        float(cue.words < 5),
        float(cue.words > 40),
        float(cue.digits),
        float(cue.number_words),
        float(cue.percent),
        float(cue.money),
        float(cue.unit),
        float(cue.year),
        float(cue.date),
        min(cue.names, 6) / 6.0,
        min(cue.acronyms, 3) / 3.0,
        float(cue.attribution),
        float(cue.comparative),
        float(cue.opinion),
        float(cue.second_person),
        float(cue.negation),
        float(cue.question),
        float(cue.exclamation),
        float(cue.had_link),
        float(cue.had_mention),
        cue.non_letter_ratio,
    ]


def feature_matrix(all_cues: list[Cues]) -> np.ndarray:
    """One row of :data:`FEATURE_NAMES` values per sentence, float32."""
    if not all_cues:
        return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32)
    return np.asarray([_row(cue) for cue in all_cues], dtype=np.float32)


def reasons(cue: Cues) -> list[str]:
    """Human-readable reasons a sentence may be worth checking, strongest first."""
    found = []
    if cue.percent:
        found.append("percentage")
    if cue.money:
        found.append("money")
    if cue.digits or cue.number_words:
        found.append("number")
    if cue.unit or cue.number_words:
        found.append("quantity")
    if cue.date or cue.year:
        found.append("date")
    if cue.names or cue.acronyms:
        found.append("named entity")
    if cue.attribution:
        found.append("attributed statement")
    if cue.comparative:
        found.append("comparative")
    return found
