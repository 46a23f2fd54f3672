"""Attribution in languages without a tagger on the registry (Spanish, Portuguese, Italian, Polish): a table tagger
fed to the word-order rules of ``word_order``.

Why a table: no spaCy pipeline for these languages installs with spaCy 3.8, and the rules need only coarse
classes: articles, prepositions, auxiliaries, conjunctions and adverbs are closed classes that
:mod:`sift.lexicon.tagger_words` lists; a verb is a word simplemma lemmatizes to an infinitive (or a reporting
verb of the row); a name is capitalised. A capitalised word that opens a sentence is a name only on evidence
(:func:`is_opening_name`): the page writes it capitalised inside a sentence too, a name follows it ("Tony Radakin"),
or the dictionary does not hold it or holds it as a proper noun; otherwise it is the common word every sentence
capitalises ("Fakty wskazują", "Nagrodę przyznajemy": "facts", "the prize"), never a person. News attributes in
these languages through the same fixed frames as in French ("según X, …", "…, dijo el ministro", "X disse que …",
"ha detto all'ANSA", "według PAP", "– powiedział rzecznik"). A language reaches this reader by a
:class:`~sift.lexicon.languages.Language` row with ``tagger`` words and ``cue_forms``, and a simplemma dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sift.attribution.frames import Frame
from sift.attribution.word_order import Token, find_word_order_frames, rules_lexicon, sentence_numbers
from sift.lexicon.languages import LANGUAGES, Language
from sift.lexicon.tagger_words import TaggerWords

__all__ = [
    "TAGGED_LANGUAGES",
    "is_opening_name",
    "load_dictionary",
    "load_lemmatizer",
    "page_names",
    "table_frames",
    "table_tokens",
]

#: Languages the table tagger reads: every row with tagger words.
TAGGED_LANGUAGES = tuple(code for code, row in LANGUAGES.items() if row.tagger is not None)

WORD = re.compile(r"\w+(?:[-'’.]\w+)*|\.\.\.|[^\w\s]")
_NUMBER = re.compile(r"\d[\d.,]*")
_ELISION = re.compile(r"(\w+['’])(\w.*)")

Lemmatizer = Callable[[str], str]
Dictionary = Callable[[str], str | None]


def load_lemmatizer(lang: str) -> Lemmatizer:
    """simplemma's lemmatizer for ``lang``, its dictionary loaded now (once per machine built, then read in ms)."""
    from sift.machine_cache import lemmatize as lemma_of

    lemma_of("test", lang)

    def lemmatize(word: str) -> str:
        return lemma_of(word, lang)

    return lemmatize


def load_dictionary(lang: str) -> Dictionary:
    """The lemma simplemma's dictionary of ``lang`` gives a word (``None`` when it does not hold it; read from the
    machine's tries)."""
    from sift.machine_cache import dictionary_lemma

    def lookup(word: str) -> str | None:
        return dictionary_lemma(word, lang)

    return lookup


def _split(text: str, words: TaggerWords) -> list[tuple[str, int, int]]:
    """Regex words, with elided articles and prepositions split off ("all'ANSA" -> "all'", "ANSA")."""
    closed = words.determiners | words.prepositions
    pieces = []
    for match in WORD.finditer(text):
        word, start = match.group(), match.start()
        elided = _ELISION.fullmatch(word)
        if elided and elided.group(1).lower() in closed:
            cut = start + len(elided.group(1))
            pieces += [(elided.group(1), start, cut), (elided.group(2), cut, match.end())]
        else:
            pieces.append((word, start, match.end()))
    return pieces


def _tag(word: str, lemma: str, is_first: bool, row: Language, words: TaggerWords) -> str:
    """A coarse (UD) part of speech from the closed classes, the cue list, the lemma and capitals."""
    lower = word.lower()
    if not word[0].isalnum():
        return "PUNCT"
    if _NUMBER.fullmatch(word):
        return "NUM"
    for tag, table in (
        ("DET", words.determiners),
        ("ADP", words.prepositions),
        ("AUX", words.auxiliaries),
        ("PRON", words.pronouns),
        ("CCONJ", words.conjunctions),
        ("SCONJ", words.subordinators),
        ("ADV", words.adverbs),
    ):
        if lower in table:
            # a capitalised auxiliary inside a sentence is a name's word: "governador de São Paulo", "Estado Novo"
            return "PROPN" if tag == "AUX" and word[0].isupper() and not is_first else tag
    if lower in row.cue_forms or lemma in row.cue_forms:
        return "VERB"
    if lower in row.speakers.title_nouns:
        return "NOUN"  # "A ministra das Finanças": simplemma's lemma "ministrar" would make the title a verb
    if lemma in row.speakers.source_nouns:
        return "NOUN"  # "naukowców" (lemma "naukowiec"): a lemma ending like a verb's ("-c": "móc") is a listed noun
    if word[0].isupper() and not is_first:
        return "PROPN"
    if words.adverb_suffixes and len(lower) > 6 and lower.endswith(words.adverb_suffixes):
        return "ADV"
    if lemma != lower and lemma.endswith(words.verb_lemma_endings) and not lemma.endswith(words.noun_lemma_endings):
        return "VERB"
    return "PROPN" if word[0].isupper() else "NOUN"


def _is_participle(word: str, lemma: str, row: Language, words: TaggerWords) -> bool:
    """Whether a verb's form is an adjectival participle ("wspomniana Anna X": the aforementioned Anna X, "podana
    data"): it describes a noun, so it is no cue, whatever its verb."""
    lower = word.lower()
    return (
        bool(words.participle_endings)
        and lower.endswith(words.participle_endings)
        and lower not in row.cue_forms
        and lemma != lower
        and lemma.endswith(words.verb_lemma_endings)
    )


def _cue_participle_lemma(word: str, lemma: str, row: Language) -> str | None:
    """The lemma of a cue verb's past participle: its own when listed ("dicho", "detto"), the infinitive of a
    regular one ("asegurado" -> "asegurar", "annunciata" -> "annunciare"); ``None`` for any other word. Only ever
    asked after an auxiliary, where "dicho acuerdo" and "el asegurado" (the insured) cannot stand."""
    lower = word.lower()
    if lower in row.cue_forms:
        return lemma
    endings = row.tagger.perfect_participles if row.tagger is not None else ()
    return next(
        (
            lower[: -len(participle)] + infinitive
            for participle, infinitive in endings
            if lower.endswith(participle) and lower[: -len(participle)] + infinitive in row.cue_forms
        ),
        None,
    )


def _openings(pieces: list[tuple[str, int, int]]) -> list[bool]:
    """Whether each word opens a sentence (or a quotation, a parenthesis, a dash or a colon's clause)."""
    numbers = sentence_numbers([word for word, _, _ in pieces])
    return [
        index == 0 or numbers[index - 1] != numbers[index] or pieces[index - 1][0] in '«“"„(—–-:'
        for index in range(len(pieces))
    ]


def page_names(texts: list[str], row: Language) -> frozenset[str]:
    """Words a page writes capitalised inside a sentence (lower-cased): where only names are capitalised, the
    page's own evidence that a word is a name when it also opens a sentence."""
    words = row.tagger
    assert words is not None, f"language {row.code} has no tagger words"
    names = set()
    for text in texts:
        pieces = _split(text, words)
        for (word, _, _), is_first in zip(pieces, _openings(pieces), strict=True):
            if not is_first and word[:1].isupper():
                names.add(word.lower())
    return frozenset(names)


def is_opening_name(word: str, after: str, names: frozenset[str], lookup: Dictionary) -> bool:
    """Whether a capitalised word opening a sentence is a name: an upper-case short name ("PAP", "EFE"), a word
    the page capitalises inside a sentence too (``names``), the first name before a name ("Tony Radakin": the
    dictionary holds "Tony" as a plural of "tona"), a word the dictionary does not hold ("Radakin") or holds as a
    proper noun (its lemma of the lower-case word keeps a capital: "tusk" -> "Tusk", "martínez" -> "Martínez")."""
    if word.isupper() or word.lower() in names or not word.isalpha():
        return True
    if after[:1].isupper() and after.isalpha() and _is_dictionary_name(after, lookup):
        return True  # not the page's evidence: a teaser glues its headline to a section name ("Kraj Wspomnienie …")
    return _is_dictionary_name(word, lookup)


def _is_dictionary_name(word: str, lookup: Dictionary) -> bool:
    """Whether the dictionary does not hold a word, or holds it as a proper noun (its lemma keeps a capital)."""
    lemma = lookup(word.lower())
    return lemma is None or lemma[:1].isupper()


def table_tokens(
    text: str,
    row: Language,
    lemmatize: Lemmatizer,
    names: frozenset[str] | None = None,
    lookup: Dictionary | None = None,
) -> list[Token]:
    """Tagged tokens of one block, split into sentences after final punctuation.

    ``names`` are the page's capitalised words (:func:`page_names`; the block's own when not given), ``lookup`` the
    language's dictionary (:func:`load_dictionary`; without one, sentence-opening capitals count as names).
    """
    words = row.tagger
    assert words is not None, f"language {row.code} has no tagger words"
    pieces = _split(text, words)
    numbers = sentence_numbers([word for word, _, _ in pieces])
    openings = _openings(pieces)
    names = page_names([text], row) if names is None else names
    tokens: list[Token] = []
    for index, ((word, start, end), number) in enumerate(zip(pieces, numbers, strict=True)):
        is_first = openings[index]
        lemma = lemmatize(word).lower() if word[0].isalpha() else word
        tag = _tag(word, lemma, is_first, row, words)
        after = pieces[index + 1][0] if index + 1 < len(pieces) else ""
        if tag == "PROPN" and is_first and lookup is not None and not is_opening_name(word, after, names, lookup):
            tag = "NOUN"
        participle = _cue_participle_lemma(word, lemma, row) if tokens and tokens[-1].pos == "AUX" else None
        if tag in ("DET", "NOUN", "ADJ", "VERB") and participle is not None:
            tag, lemma = "VERB", participle  # "lo ha dicho el presidente", "ha asegurado X": a participle, no noun
        # after its auxiliary a passive participle is the clause's verb ("została ogłoszona przez X"), no adjective
        modifier = _is_participle(word, lemma, row, words) and not (tokens and tokens[-1].pos == "AUX")
        tokens.append(Token(word, start, end, lemma, tag, number, modifier=modifier))
    return tokens


#: The word-order rules' words of each table-tagged language.
_LEXICONS = {code: rules_lexicon(LANGUAGES[code]) for code in TAGGED_LANGUAGES}


def table_frames(
    text: str, lang: str, lemmatize: Lemmatizer, names: frozenset[str] | None = None, lookup: Dictionary | None = None
) -> tuple[list[Frame], list[Token]]:
    """Attribution frames of one block in a table-tagged language, and its tagged tokens (``names`` and ``lookup``
    as for :func:`table_tokens`)."""
    tokens = table_tokens(text, LANGUAGES[lang], lemmatize, names, lookup)
    return find_word_order_frames(text, tokens, _LEXICONS[lang]), tokens
