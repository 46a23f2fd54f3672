"""Attribution in languages without a tagger on the registry (Spanish, Portuguese, Italian, Polish): a table tagger
fed to the word-order rules of ``word_order``.

Why a table: no spaCy pipeline for these languages installs with spaCy 3.8, and the rules need only coarse
classes: articles, prepositions, auxiliaries, conjunctions and adverbs are closed classes that
:mod:`sift.lexicon.tagger_words` lists; a verb is a word simplemma lemmatizes to an infinitive (or a reporting
verb of the row); a name is capitalised. News attributes in these languages through the same fixed frames as in
French ("según X, …", "…, dijo el ministro", "X disse que …", "ha detto all'ANSA", "według PAP", "– powiedział
rzecznik"). A language reaches this reader by a :class:`~sift.lexicon.languages.Language` row with ``tagger``
words and ``cue_forms``, and a simplemma dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sift.attribution.frames import Frame
from sift.attribution.word_order import Token, find_word_order_frames, rules_lexicon, sentence_numbers
from sift.lexicon.languages import LANGUAGES, Language
from sift.lexicon.tagger_words import TaggerWords

__all__ = ["TAGGED_LANGUAGES", "load_lemmatizer", "table_frames", "table_tokens"]

#: Languages the table tagger reads: every row with tagger words.
TAGGED_LANGUAGES = tuple(code for code, row in LANGUAGES.items() if row.tagger is not None)

WORD = re.compile(r"\w+(?:[-'’.]\w+)*|\.\.\.|[^\w\s]")
_NUMBER = re.compile(r"\d[\d.,]*")
_ELISION = re.compile(r"(\w+['’])(\w.*)")

Lemmatizer = Callable[[str], str]


def load_lemmatizer(lang: str) -> Lemmatizer:
    """simplemma's lemmatizer for ``lang``, its dictionary loaded now (once per machine built, then read in ms)."""
    from sift.machine_cache import lemmatize as lemma_of

    lemma_of("test", lang)

    def lemmatize(word: str) -> str:
        return lemma_of(word, lang)

    return lemmatize


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
            return tag
    if lower in row.cue_forms or lemma in row.cue_forms:
        return "VERB"
    if word[0].isupper() and not is_first:
        return "PROPN"
    if words.adverb_suffixes and len(lower) > 6 and lower.endswith(words.adverb_suffixes):
        return "ADV"
    if lemma != lower and lemma.endswith(words.verb_lemma_endings):
        return "VERB"
    return "PROPN" if word[0].isupper() else "NOUN"


def table_tokens(text: str, row: Language, lemmatize: Lemmatizer) -> list[Token]:
    """Tagged tokens of one block, split into sentences after final punctuation."""
    words = row.tagger
    assert words is not None, f"language {row.code} has no tagger words"
    pieces = _split(text, words)
    numbers = sentence_numbers([word for word, _, _ in pieces])
    tokens: list[Token] = []
    for index, ((word, start, end), number) in enumerate(zip(pieces, numbers, strict=True)):
        is_first = index == 0 or numbers[index - 1] != number or pieces[index - 1][0] in '«“"„(—–-:'
        lemma = lemmatize(word).lower() if word[0].isalpha() else word
        tokens.append(Token(word, start, end, lemma, _tag(word, lemma, is_first, row, words), number))
    return tokens


#: The word-order rules' words of each table-tagged language.
_LEXICONS = {code: rules_lexicon(LANGUAGES[code]) for code in TAGGED_LANGUAGES}


def table_frames(text: str, lang: str, lemmatize: Lemmatizer) -> tuple[list[Frame], list[Token]]:
    """Attribution frames of one block in a table-tagged language, and its tagged tokens."""
    tokens = table_tokens(text, LANGUAGES[lang], lemmatize)
    return find_word_order_frames(text, tokens, _LEXICONS[lang]), tokens
