"""French attribution: ``fr_core_news_sm`` tokens, lemmas and subjects, fed to the word-order rules of ``word_order``.

The small French model parses inverted subjects ("a précisé le ministère") as objects and sometimes misses
the lemma of a cue ("estime" -> "estime"), so cues match a lemma or an inflected form from the lexicon, and
the parse is used only for the subject of a cue in canonical order. The words come from the French row of
:data:`sift.lexicon.languages.LANGUAGES`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sift.attribution.frames import Frame
from sift.attribution.word_order import Token, find_word_order_frames, rules_lexicon, sentence_numbers
from sift.lexicon.languages import LANGUAGES

if TYPE_CHECKING:  # spaCy loads only when a French block is parsed
    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken

__all__ = ["FRENCH", "find_french_frames"]

FRENCH = rules_lexicon(LANGUAGES["fr"])


def _subject(token: SpacyToken) -> tuple[int, int] | None:
    """Token range of the parsed subject of a verb in canonical order (or of the verb it is conjoined to)."""
    for verb in (token, token.head):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubj:pass") and child.i < token.i:
                subtree = list(child.subtree)
                return subtree[0].i, subtree[-1].i
        if token.dep_ not in ("conj", "advcl", "xcomp"):
            break
    return None


def french_tokens(doc: Doc) -> list[Token]:
    """Surface tokens of a parsed block, with "d'après" merged into one token and subject ranges re-indexed."""
    kept = [t for t in doc if not t.is_space and not (t.i > 0 and _is_dapres(doc[t.i - 1]))]
    sentence_of = dict(zip((t.i for t in kept), sentence_numbers([t.text for t in kept]), strict=True))
    index_of: dict[int, int] = {}
    for index, token in enumerate(kept):
        index_of[token.i] = index
        if _is_dapres(token):
            index_of[token.i + 1] = index
    tokens = []
    for token in kept:
        if _is_dapres(token):
            end = doc[token.i + 1].idx + len(doc[token.i + 1].text)
            tokens.append(Token("d'après", token.idx, end, "d'après", "ADP", sentence_of[token.i]))
            continue
        subject = _subject(token) if token.pos_ in ("VERB", "AUX") else None
        tokens.append(
            Token(
                token.text,
                token.idx,
                token.idx + len(token.text),
                token.lemma_,
                token.pos_,
                sentence_of[token.i],
                (index_of[subject[0]], index_of[subject[1]]) if subject else None,
            )
        )
    return tokens


def _is_dapres(token: SpacyToken) -> bool:
    doc = token.doc
    return token.lower_ in ("d'", "d’") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "après"


def find_french_frames(doc: Doc) -> list[Frame]:
    """Attribution frames of one parsed French block."""
    return find_word_order_frames(doc.text, french_tokens(doc), FRENCH)
