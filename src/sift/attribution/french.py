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
                if not _agrees(child, verb):
                    return _agreeing_noun(child, verb, token)
                subtree = list(child.subtree)
                return subtree[0].i, subtree[-1].i
        if token.dep_ not in ("conj", "advcl", "xcomp"):
            break
    return None


def _agrees(subject: SpacyToken, verb: SpacyToken) -> bool:
    """Whether a finite verb's number allows this subject (a coordination "X et Y" counts as plural).

    The small model attaches long openings wrongly: in "Suite à la nomination …, Thierry Coulhon, à la présidence du
    HCERES annoncée récemment, plus de 2500 chercheurs annoncent …" it made the singular name the subject of the
    plural verb, and the page's speaker became the man the researchers wrote about.
    """
    verb_number, subject_number = verb.morph.get("Number"), subject.morph.get("Number")
    if "Fin" not in verb.morph.get("VerbForm") or not verb_number or not subject_number:
        return True
    return verb_number == subject_number or any(child.dep_ == "conj" for child in subject.children)


def _agreeing_noun(subject: SpacyToken, verb: SpacyToken, cue: SpacyToken) -> tuple[int, int] | None:
    """The phrase of the noun nearest before the cue, inside the misparsed subject, that agrees with the verb."""
    number = verb.morph.get("Number")
    for word in reversed(list(subject.subtree)):
        is_noun = word.pos_ in ("NOUN", "PROPN") and word.morph.get("Number") == number
        if is_noun and word.right_edge.i < cue.i:
            return word.left_edge.i, word.right_edge.i
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
                "ADJ" if _is_adnominal_participle(token) else token.pos_,
                sentence_of[token.i],
                (index_of[subject[0]], index_of[subject[1]]) if subject else None,
            )
        )
    return tokens


def _is_adnominal_participle(token: SpacyToken) -> bool:
    """A participle that modifies a noun without an agent ("la nomination annoncée récemment") names nobody who
    spoke: it is read as an adjective, never as a cue whose source is the noun before it ("annoncée par le
    ministre" keeps its agent and stays a verb)."""
    return (
        token.dep_ == "acl"
        and "Part" in token.morph.get("VerbForm")
        and not any(child.dep_ == "obl:agent" for child in token.children)
    )


def _is_dapres(token: SpacyToken) -> bool:
    doc = token.doc
    return token.lower_ in ("d'", "d’") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "après"


def find_french_frames(doc: Doc) -> list[Frame]:
    """Attribution frames of one parsed French block."""
    return find_word_order_frames(doc.text, french_tokens(doc), FRENCH)
