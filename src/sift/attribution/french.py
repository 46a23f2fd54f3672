"""French attribution: ``fr_core_news_sm`` tokens, lemmas and subjects, fed to the word-order rules of ``surface``.

The small French model parses inverted subjects ("a précisé le ministère") as objects and sometimes misses
the lemma of a cue ("estime" -> "estime"), so cues match a lemma or an inflected form from the lexicon, and
the parse is used only for the subject of a cue in canonical order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sift.attribution.frames import Frame, word_set
from sift.attribution.surface import Lexicon, Token, find_surface_frames, sentence_numbers

if TYPE_CHECKING:  # spaCy loads only when a French block is parsed
    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken

__all__ = ["FRENCH", "find_french_frames"]

#: Regular -er reporting verbs; their usual forms are generated below.
_ER_VERBS = word_set(
    """
    préciser indiquer estimer annoncer affirmer souligner ajouter expliquer assurer confirmer rapporter noter
    rappeler insister marteler déclarer dénoncer juger considérer qualifier signaler raconter confier lancer tweeter
    déplorer accuser commenter révéler avertir prévenir démentir nier admettre reconnaître répliquer réagir résumer
    observer relever constater détailler avancer arguer
    """
)
_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "ant", "era", "ons", "ez")
_IRREGULAR = word_set(
    """
    dire dit dite disent disait disaient dira disant écrire écrit écrivent écrivait écrivant reconnu reconnaît
    reconnaissant conclure conclu conclut répondre répondu répond répondait admis admet avertit averti prévenu
    prévient démenti dément
    """
)


def _forms() -> frozenset[str]:
    forms = set(_IRREGULAR)
    for verb in _ER_VERBS:
        forms.add(verb)
        if verb.endswith("er"):
            forms.update(verb[:-2] + ending for ending in _ER_ENDINGS)
    return frozenset(forms)


FRENCH = Lexicon(
    cues=_forms(),
    according=frozenset({"selon", "d'après"}),
    so=frozenset(),
    aux=frozenset({"avoir", "être"}),
    skip=word_set(
        """
        mardi lundi mercredi jeudi vendredi samedi dimanche hier aussi également encore déjà
        """
    )
    | frozenset({"en", "outre", "ainsi", "notamment", "lui-même", "elle-même"}),
    quote_cues=frozenset({"citer"}),
    genitive=frozenset({"de", "du", "des", "d'", "d’"}),
)


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
    return find_surface_frames(doc.text, french_tokens(doc), FRENCH)
