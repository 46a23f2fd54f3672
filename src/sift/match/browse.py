"""Searching fact-checks by a few words (the browser and ``GET /api/factchecks/search``), not by a claim.

The matcher scores a *claim* against fact-checks: the probability that the fact-check covers it. A reader who
types a name ("Bucha", "Skripal") asks something else: which fact-checks are about it, in any language and
spelling. To the re-ranker every fact-check scores about 0 for one word, so its order among them is noise: on
the sample store "Bucha" put Douma, Syria and biolab checks above the German "Butscha" ones, and the default
ten results held two of the four records that spell the town another way. A keyword query therefore lists first
the candidates that name what the query names, by the spelling-folded keys stories use across languages and
scripts (:func:`sift.stories.names.name_key`: "Bucha", "Butscha", "Boutcha" and "Буча" share one), then the
rest in the matcher's order. Scores and levels stay the matcher's: the order changes, the meaning of a score
does not. A sentence-long query is a claim and keeps the matcher's ranking.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from sift.match.analysis import stop_words
from sift.match.index import record_text
from sift.match.matcher import MAX_K, Hit, Matcher
from sift.stories.names import MIN_KEY_CHARS, name_key, shared_keys

__all__ = ["KEYWORD_MAX_WORDS", "NAMESAKE_MARK", "is_namesake", "keyword_keys", "search"]

#: A query of at most this many content words is a keyword search (a name, a place, a topic), not a claim: the
#: shortest claims the claims stage levels have a subject, a verb and an object with more words around them.
KEYWORD_MAX_WORDS = 3
#: Namesakes whose claims are looked up to find the ones the query's own pool missed, and hits kept of each.
SEEDS = 3
SEED_HITS = 20
#: Records whose name keys are kept (least recently used dropped first): a few hundred bytes each.
RECORD_KEYS_CACHE = 4096
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def keyword_keys(text: str, lang: str | None = None) -> frozenset[str]:
    """The name keys of a keyword query's content words (lower case counts: a reader types "bucha"), or an
    empty set when ``text`` is a claim (more than :data:`KEYWORD_MAX_WORDS` content words)."""
    stop = stop_words(lang or "en")
    words = [word for word in _WORD.findall(text) if word.lower() not in stop]
    if not words or len(words) > KEYWORD_MAX_WORDS:
        return frozenset()
    return frozenset(key for word in words if len(key := name_key(word)) >= MIN_KEY_CHARS)


def _record_keys(hit: Hit) -> frozenset[str]:
    """Keys of every word of the fact-check's claim and title (its names in its own spelling and script)."""
    return _text_keys(record_text(hit.factcheck))


@functools.lru_cache(maxsize=RECORD_KEYS_CACHE)
def _text_keys(text: str) -> frozenset[str]:
    # a keyword search reads up to MAX_K records, most of them read by the searches before: folding their words
    # was 60 % of its time on the sample store (sift.stories.names.name_key), so a record's keys are kept
    return frozenset(name_key(word) for word in _WORD.findall(text))


def search(matcher: Matcher, text: str, *, lang: str | None, k: int, date: dt.date | None = None) -> list[Hit]:
    """The ``k`` fact-checks best found for ``text``: the matcher's ranking, with a keyword query's namesakes first.

    For a keyword query the matcher ranks its whole candidate pool (:data:`~sift.match.matcher.MAX_K`), so that
    namesakes below the first ``k`` come up. The pool of one word misses some ("bucha" in lower case left out a
    German "Butscha" check), so the claims of the first :data:`SEEDS` namesakes are looked up too (pseudo-relevance
    feedback) and the namesakes they find join the list after the query's own; such a hit's score and level are
    those of the seed's claim, as its evidence says. Each namesake's evidence names the spelling it uses.

    Raises:
        sift.errors.InputError: as :meth:`Matcher.search` (empty text, ``k`` out of range).
    """
    keys = keyword_keys(text, lang)
    if not keys:
        return matcher.search(text, lang=lang, k=k, date=date)
    hits = matcher.search(text, lang=lang, k=max(k, MAX_K), date=date)
    named = [found for hit in hits if (found := _namesake(hit, keys, ""))]
    seen = {hit.factcheck.id for hit in hits}
    seeds = [hit.factcheck for hit in named[:SEEDS]]
    if seeds:
        looked_up = matcher.search_many(
            [seed.claim for seed in seeds], langs=[seed.language for seed in seeds], k=SEED_HITS
        )
        for seed, more in zip(seeds, looked_up, strict=True):
            for hit in more:
                if hit.factcheck.id not in seen and (found := _namesake(hit, keys, seed.claim)):
                    seen.add(hit.factcheck.id)
                    named.append(found)
    named_ids = {hit.factcheck.id for hit in named}
    return [*named, *(hit for hit in hits if hit.factcheck.id not in named_ids)][:k]


#: How a namesake's evidence opens ("mentions “Butscha”"): what tells a listing that a hit names the keyword.
NAMESAKE_MARK = "mentions "


def is_namesake(hit: Hit) -> bool:
    """Whether a hit of :func:`search` is there because it names the keyword query's words."""
    return hit.evidence.startswith(NAMESAKE_MARK)


def _namesake(hit: Hit, keys: frozenset[str], seed: str) -> Hit | None:
    """``hit`` with its evidence naming the spelling it uses (and the ``seed`` claim it was found through), or
    ``None`` when the fact-check does not name what ``keys`` name."""
    shared = shared_keys(keys, _record_keys(hit))
    if not shared:
        return None
    spelled = _spelling(hit, {theirs for _, theirs in shared})
    through = f"found through the claim “{seed[:80]}” (its score)" if seed else ""
    evidence = "; ".join(filter(None, (f"{NAMESAKE_MARK}{spelled}", through, hit.evidence)))
    return dataclasses.replace(hit, evidence=evidence)


def _spelling(hit: Hit, keys: set[str]) -> str:
    """The fact-check's own words behind ``keys`` ("Butscha"), in reading order, each once."""
    found = dict.fromkeys(word for word in _WORD.findall(record_text(hit.factcheck)) if name_key(word) in keys)
    return ", ".join(f"“{word}”" for word in list(found)[:3])
