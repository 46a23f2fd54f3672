"""Tagged tokens of a block in one shape for every language: spaCy's (English, French), HanTa's (German) and the
table tagger's (Spanish, Portuguese, Italian, Polish) all become :class:`~sift.attribution.word_order.Token`, so
relays and speakers read one kind of token whatever tagged the block."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sift.attribution.frames import Span
from sift.attribution.word_order import Token

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["index_at", "plain_tokens", "spacy_tokens", "tokens_in"]

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def spacy_tokens(doc: Doc) -> list[Token]:
    """The non-space tokens of a parsed block (sentence numbers are not needed here and left at 0). A past
    participle the parser hangs on a noun after it ("registered dietitian", "licensed nurse") is marked as a
    modifier: it describes the noun, no verb of the phrase."""
    return [
        Token(
            token.text,
            token.idx,
            token.idx + len(token.text),
            token.lemma_,
            token.pos_,
            0,
            modifier=token.tag_ == "VBN" and token.dep_ == "amod" and token.head.i > token.i,
        )
        for token in doc
        if not token.is_space
    ]


def plain_tokens(text: str) -> list[Token]:
    """Tokens of a text no tagger read: capitalised words are names, punctuation is punctuation, the rest nouns."""
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group()
        pos = "PUNCT" if not word[0].isalnum() else "PROPN" if word[0].isupper() else "NOUN"
        tokens.append(Token(word, match.start(), match.end(), word.lower(), pos, 0))
    return tokens


def index_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (``len(tokens)`` when none does)."""
    low, high = 0, len(tokens)
    while low < high:
        middle = (low + high) // 2
        if tokens[middle].start < offset:
            low = middle + 1
        else:
            high = middle
    return low


def tokens_in(tokens: list[Token], span: Span) -> list[Token]:
    """The tokens that lie inside ``span``."""
    first = index_at(tokens, span[0])
    last = first
    while last < len(tokens) and tokens[last].end <= span[1]:
        last += 1
    return tokens[first:last]
