"""Which sentences of a block the tagger must read: those that can carry an attribution (issue #13, part 2).

German (HanTa, :class:`SentenceFilter`) and French (spaCy, :class:`LemmaFilter`) have one each; English has none,
because its cues come from a cue scorer learned over every token (see :class:`LemmaFilter`).

The word-order rules (``word_order``) find a frame only at a word of the language's lexicon: a cue (by lemma or
word form), the last word of an "according to" phrase, a postposed "so", an opinion opener, a clitic, a statement
noun, a noun of conclusion ("zum Schluss kommen"), or a Konjunktiv form that carries a report into the next
sentence (the rules read no other sentence, and relays, labels and quotes are read off the frames and the text).
Tagging is per sentence (HanTa's ``tag_sent``), so a sentence holding none of these words yields the same frames
(none) untagged, and the tagger's time is saved.

The lemma is only known after tagging, so a word is kept when it opens, after any run of verb prefixes and "ge",
with the stem of a lemma-keyed entry or one of the tagger's own variants of that stem (its ``stemdict``: "sprach"
and "sprich" for "sprech", "nann" for "nenn"), from which the tagger builds its lemmas. Prefixes are stripped from
the entry too ("kündigte … an" for "ankündigen"). That keeps more than needed (a superset), never less. Sentences
with a quotation mark or a colon are kept as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sift.attribution.word_order import Lexicon

__all__ = ["UNTAGGED", "LemmaFilter", "SentenceFilter", "lemma_filter", "sentence_filter", "spacy_lemmas"]

#: Verb prefixes a word may open with before a stem, and that are stripped from an entry to find its stem.
PREFIXES = (
    "zurück", "hervor", "bekannt", "wider", "unter", "hinzu", "nach", "fest", "klar", "miss", "aus", "auf", "ein",
    "emp", "ent", "hin", "mit", "ver", "vor", "zer", "an", "be", "er", "ge", "zu",
)  # fmt: skip
#: Infinitive and noun endings stripped from an entry (longest first).
ENDINGS = ("ungen", "ung", "en", "e", "n")
#: Characters that make a sentence worth tagging wherever they stand (quotation marks) ...
QUOTES = frozenset("“”„‟\"«»‹›‘’‚'")
#: ... and words that do: a label's colon ("Minister X: …" is a frame whose relays read the tokens). A dash
#: counts only beside a cue (``word_order.BEFORE_INVERTED``), whose sentence is kept for the cue.
MARKS = frozenset({":"})
#: Part of speech of the words of a sentence left untagged: a tag no rule reads as a cue, a noun or a verb.
UNTAGGED = "X"
#: Shortest tagger variant taken as a stem (HanTa maps a lone "b" to "geb"; "geb" itself is kept).
MIN_VARIANT = 2


def _stems(lemma: str) -> set[str]:
    """The entry's stem with and without one leading prefix ("empfehl" and "fehl")."""
    lemma = lemma.lower()
    bases = {lemma, *(lemma[len(p) :] for p in PREFIXES if lemma.startswith(p) and len(lemma) - len(p) >= 3)}
    stems = set()
    for base in bases:
        stems.add(base)
        stems.update(base[: -len(e)] for e in ENDINGS if base.endswith(e) and len(base) - len(e) >= 2)
    return stems


class SentenceFilter:
    """Whether a sentence (its words) can carry an attribution for one language's rules."""

    __slots__ = ("forms", "stems")

    def __init__(self, forms: Iterable[str], stems: Iterable[str]) -> None:
        self.forms = frozenset(form.lower() for form in forms)
        prefixes = "|".join(sorted({*PREFIXES, "ge"}, key=len, reverse=True))
        alternatives = "|".join(sorted((re.escape(stem) for stem in set(stems) if stem), key=len, reverse=True))
        self.stems = re.compile(f"(?:{prefixes})*(?:{alternatives})")

    def keeps(self, words: list[str]) -> bool:
        """Whether a sentence holding ``words`` may yield or continue a frame (so it must be tagged)."""
        for word in words:
            lowered = word.lower()
            if lowered in self.forms or word in MARKS or any(char in QUOTES for char in word):
                return True
            if any(self.stems.match(part) for part in lowered.split("-")):
                return True
        return False


def sentence_filter(lexicon: Lexicon, variants: Mapping[str, Iterable[str]]) -> SentenceFilter:
    """The filter of a rules lexicon: the word forms the rules test (a phrase by its last word, where the rules
    match it), and the lemma-keyed entries by stem, with the tagger's ``variants`` of each stem."""
    phrases = (
        lexicon.cues | lexicon.according | lexicon.so | lexicon.according_after | lexicon.opinion | lexicon.clitics
        | lexicon.statement_nouns | lexicon.reported | lexicon.quote_cues | lexicon.reflexive_cues
        | lexicon.conclusion_nouns  # "kommt zu dem Schluss": the noun, not the verb of arriving, marks the frame
        | lexicon.agreement_adjectives  # "sind sich einig": the adjective, not the copula
        | lexicon.belief_predicatives  # "ist überzeugt, dass": the predicative, not the copula
        | lexicon.verdict_predicatives  # "sont formels : …": the predicative, not the copula
    )  # fmt: skip
    forms = {phrase.split()[-1] for phrase in phrases if phrase.strip()}
    # "machte deutlich", "Kritisch sieht X": the companion, not the light verb, marks the frame
    forms.update(phrase.split()[-1].lower() for _, phrase in lexicon.phrase_cues)
    stems = set()
    lemmas = (
        lexicon.cues | lexicon.statement_nouns | lexicon.quote_cues | lexicon.reflexive_cues | lexicon.finding_cues
        | lexicon.origin_cues | lexicon.learning_cues | lexicon.judgement_cues | lexicon.content_verbs
        | lexicon.receiving_cues | lexicon.hearing_cues | lexicon.participle_lemmas
        | {verb for verb, _ in lexicon.preposition_cues}  # "drohte mit": the verb, not the preposition, is rare
        # "veröffentlichte die Wahlergebnisse": a compound's last part is no word form, so the verb marks the frame
        | {verb for verb, phrase in lexicon.phrase_cues if phrase in lexicon.compound_companions}
    )  # fmt: skip
    for lemma in lemmas:
        for stem in _stems(lemma):
            stems.add(stem)
            stems.update(v for v in variants.get(stem, ()) if len(v) >= MIN_VARIANT)
            stems.update(_compound_variants(stem, variants))
    return SentenceFilter(forms, stems)


#: Shortest verb stem read as the last part of a compound stem ("preis|geb" -> "preis|gab").
MIN_COMPOUND_TAIL = 3


def _compound_variants(stem: str, variants: Mapping[str, Iterable[str]]) -> set[str]:
    """Variants of a stem whose first part is no prefix the filter strips ("preisgeb", "bekanntgeb"): the tagger's
    variants of its last part after that first part ("preisgab", as in "… seine Orientierung preisgab")."""
    found = set()
    for cut in range(2, len(stem) - MIN_COMPOUND_TAIL + 1):
        head, tail = stem[:cut], stem[cut:]
        found.update(head + v for v in variants.get(tail, ()) if len(v) >= MIN_VARIANT)
    return found


def stem_variants(stemdict: Mapping[object, Mapping[str, str]]) -> dict[str, set[str]]:
    """HanTa's ``stemdict`` (per tag: written morpheme -> stem) turned around: stem -> its written variants."""
    variants: dict[str, set[str]] = {}
    for table in stemdict.values():
        for written, stem in table.items():
            variants.setdefault(stem, set()).add(written)
    return variants


#: Apostrophes: a quotation mark only when no letter stands before it ("l’", "qu'", "aujourd’hui" quote nothing;
#: an apostrophe never opens a quote, see ``frames.quote_regions``).
APOSTROPHES = frozenset("'’")


def _has_quote(word: str) -> bool:
    """Whether a word holds a quotation mark (an apostrophe after a letter is an elision or a possessive)."""
    return any(
        char in QUOTES and not (char in APOSTROPHES and k > 0 and word[k - 1].isalpha()) for k, char in enumerate(word)
    )


class LemmaFilter:
    """Whether a sentence can carry an attribution for the word-order rules of a language that spaCy tags.

    The rules find a frame only at a word whose lower-cased form, or whose lemma, is in the lexicon (``_frame_at``
    in ``word_order``); the lemma is only known after the parse, so every lemma spaCy's lemmatizer could give a word
    (``lemmas``: any part of speech) is tried. Also kept: a sentence-opening "pour" (an opinion frame needs at most
    three words before it), an "as" word ("comme", which a clitic's frame needs), a particle that another word's lemma
    completes into a cue, a quotation mark (an apostrophe after a letter is an elision) and a colon.

    English has no such filter: its cues come from a scorer learned over every token (the bias, -3.16 log-odds, sits
    just below the candidate floor of -3.0, and the context features alone may add up to +12), so no word list bounds
    what it proposes.
    """

    __slots__ = ("forms", "lemma_keys", "lemmas", "openers", "pairs", "seen")

    def __init__(
        self,
        forms: Iterable[str],
        lemma_keys: Iterable[str],
        openers: Iterable[str],
        lemmas: Callable[[str], Iterable[str]],
    ) -> None:
        self.forms = frozenset(form.lower() for form in forms)
        self.lemma_keys = frozenset(key.lower() for key in lemma_keys)
        self.openers = frozenset(opener.lower() for opener in openers)
        self.lemmas = lemmas
        #: particle -> what another word's lemma must be for particle + lemma to be a cue
        pairs: dict[str, set[str]] = {}
        for key in self.lemma_keys:
            for cut in range(1, len(key)):
                pairs.setdefault(key[:cut], set()).add(key[cut:])
        self.pairs = pairs
        self.seen: dict[str, frozenset[str]] = {}

    def _lemmas(self, word: str) -> frozenset[str]:
        found = self.seen.get(word)
        if found is None:
            found = frozenset(lemma.lower() for lemma in (word, *self.lemmas(word)))
            if len(self.seen) >= MAX_SEEN:  # a long batch worker reads many pages: the memo stays bounded
                self.seen.clear()
            self.seen[word] = found
        return found

    def keeps(self, words: list[str]) -> bool:
        """Whether a sentence holding ``words`` may yield a frame (so it must be parsed)."""
        wanted: set[str] = set()  # lemmas that a particle of the sentence completes into a cue
        found: set[str] = set()  # the possible lemmas of the sentence's words
        for index, word in enumerate(words):
            lowered = word.lower()
            if lowered in self.forms or word in MARKS or _has_quote(word):
                return True
            if index <= OPENER_REACH and lowered in self.openers:
                return True
            lemmas = self._lemmas(word)
            if not lemmas.isdisjoint(self.lemma_keys) or not lemmas.isdisjoint(wanted):
                return True
            completions = self.pairs.get(lowered, frozenset())
            if not found.isdisjoint(completions):  # the particle after its verb ("kündigte … an")
                return True
            wanted |= completions
            found |= lemmas
        return False


#: Words whose possible lemmas a :class:`LemmaFilter` remembers (a page repeats its words; a batch reads many pages).
MAX_SEEN = 50_000
#: Words before an opener ("Pour X, …", "Mais pour X, …") that ``word_order._opens_clause`` allows.
OPENER_REACH = 3


def lemma_filter(lexicon: Lexicon, lemmas: Callable[[str], Iterable[str]]) -> LemmaFilter:
    """The filter of a rules lexicon for a parsed language: the word forms the rules test (every word of a phrase,
    split at apostrophes too, since the parser may cut "d'après"), the lemma-keyed entries by any lemma ``lemmas``
    may give a word. A clitic's frame ("comme X le définissent", ``_clitic_as_clause``) needs an "as" word before the
    clitic, so the "as" word is kept, not the clitic (French "le" is in most sentences)."""
    phrases = (
        lexicon.cues | lexicon.according | lexicon.so | lexicon.according_after | lexicon.as_words
        | lexicon.statement_nouns | lexicon.reported | lexicon.quote_cues | lexicon.reflexive_cues
        | lexicon.verdict_predicatives  # "sont formels : …": the predicative, not the copula
    )  # fmt: skip
    forms = {part for phrase in phrases for word in phrase.split() for part in (word, *re.split("['’]", word)) if part}
    keys = lexicon.cues | lexicon.statement_nouns | lexicon.quote_cues | lexicon.reflexive_cues | lexicon.learning_cues
    return LemmaFilter(forms, keys, lexicon.opinion, lemmas)


def spacy_lemmas(nlp: Any) -> Callable[[str], set[str]]:
    """Every lemma the rule lemmatizer of a spaCy pipeline could give a word, whatever its part of speech: the
    word itself, its entries in the lookup table (as written and lower-cased), in each part of speech's exceptions,
    and what each suffix rule makes of it (spaCy's ``Lemmatizer.rule_lemmatize`` takes one of these)."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    lookup = lookups.get_table("lemma_lookup", {})
    exceptions = list(lookups.get_table("lemma_exc", {}).values())
    rules = sorted({(old, new) for table in lookups.get_table("lemma_rules", {}).values() for old, new in table})

    def lemmas(word: str) -> set[str]:
        lowered = word.lower()
        found = {lowered}
        for entry in (lookup.get(word), lookup.get(lowered)):  # a lemma, or a list of them (French)
            found.update([entry] if isinstance(entry, str) else entry or ())
        for table in exceptions:
            found.update(table.get(lowered, ()))
        found.update(lowered[: len(lowered) - len(old)] + new for old, new in rules if lowered.endswith(old))
        return found

    return lemmas
