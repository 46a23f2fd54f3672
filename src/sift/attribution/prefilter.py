"""Which sentences of a block the tagger must read: those that can carry an attribution (issue #13, part 2).

The word-order rules (``word_order``) find a frame only at a word of the language's lexicon: a cue (by lemma or
word form), the last word of an "according to" phrase, a postposed "so", an opinion opener, a clitic, a statement
noun, or a Konjunktiv form that carries a report into the next sentence (the rules read no other sentence, and
relays, labels and quotes are read off the frames and the text). Tagging is per sentence (HanTa's ``tag_sent``), so
a sentence holding none of these words yields the same frames (none) untagged, and the tagger's time is saved.

The lemma is only known after tagging, so a word is kept when it opens, after any run of verb prefixes and "ge",
with the stem of a lemma-keyed entry or one of the tagger's own variants of that stem (its ``stemdict``: "sprach"
and "sprich" for "sprech", "nann" for "nenn"), from which the tagger builds its lemmas. Prefixes are stripped from
the entry too ("kündigte … an" for "ankündigen"). That keeps more than needed (a superset), never less. Sentences
with a quotation mark or a colon are kept as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sift.attribution.word_order import Lexicon

__all__ = ["SentenceFilter", "sentence_filter"]

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
    )  # fmt: skip
    forms = {phrase.split()[-1] for phrase in phrases if phrase.strip()}
    stems = set()
    for lemma in lexicon.cues | lexicon.statement_nouns | lexicon.quote_cues | lexicon.reflexive_cues:
        for stem in _stems(lemma):
            stems.add(stem)
            stems.update(v for v in variants.get(stem, ()) if len(v) >= MIN_VARIANT)
    return SentenceFilter(forms, stems)


def stem_variants(stemdict: Mapping[object, Mapping[str, str]]) -> dict[str, set[str]]:
    """HanTa's ``stemdict`` (per tag: written morpheme -> stem) turned around: stem -> its written variants."""
    variants: dict[str, set[str]] = {}
    for table in stemdict.values():
        for written, stem in table.items():
            variants.setdefault(stem, set()).add(written)
    return variants
