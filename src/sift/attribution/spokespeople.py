"""The body an unnamed spokesperson speaks for: realpages' gold names it ("A spokesperson for the British Foreign
Office" is the speaker "British Foreign Office", "a déclaré son porte-parole" SSIGE, "sagt eine Sprecherin" the
Berliner Straßenreinigung), with the spokesperson's words as an alias; a named spokesperson ("Kremlin spokesman
Dmitry Peskov") is the person, and one of no body named ("a spokesperson", "ein Regierungssprecher") stays an
anonymous source."""

from __future__ import annotations

from sift.attribution.source_mentions import _in
from sift.attribution.word_order import Token
from sift.lexicon.speaker_words import SpeakerWords

#: Prepositions between a spokesperson and the body, no part of the body's name ("for the Home Office", "de la
#: gendarmerie", "von der Deutschen Bahn"); a genitive article ("des Ministeriums", "du ministère") stays with it.
BODY_PREPOSITIONS = frozenset({"for", "of", "at", "de", "d'", "d’", "di", "von", "vom"})
#: Words after a body's name that mark it as the spokesperson's owner ("Tesco's spokesman").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


#: Nouns of people who speak for a body the span names, as its spokesperson does, though the page may also tell
#: their words apart from the body's: its officials and representatives ("Berrien County Health Department
#: officials", "DGB-Vertreter", "un représentant de la SNCF"). Read as the body by kind only (issue #18, kinds41b).
REPRESENTATIVE_NOUNS = {
    "en": frozenset({"official", "officials", "representative", "representatives"}),
    "de": frozenset({"vertreter", "vertreterin", "vertreterinnen", "vertretern"}),
    "fr": frozenset(
        {"représentant", "représentante", "représentants", "représentantes", "responsable", "responsables"}
    ),
    "es": frozenset({"representante", "representantes", "funcionario", "funcionarios", "responsable", "responsables"}),
    "pt": frozenset({"representante", "representantes", "funcionário", "funcionários"}),
}


def spokesperson_body(
    core: list[Token], head: int, speakers: SpeakerWords, nouns: frozenset[str] | None = None
) -> list[Token]:
    """The words that name the body whose spokesperson heads the span: after the noun, behind a preposition or a
    genitive article ("a spokesperson for the Home Office", "un porte-parole du ministère de l'Intérieur", "ein
    Sprecher des Innenministeriums"), or, in English, the capitalised words before it ("a Home Office spokesperson",
    "Tesco's spokesman"); empty when the head is no spokesperson noun (``nouns``: another list of nouns of people
    who speak for a body, :data:`REPRESENTATIVE_NOUNS`) or no body is named."""
    nouns = speakers.spokesperson_nouns if nouns is None else nouns
    if not nouns or _in(nouns, core[head], speakers) is None:
        return []
    rest = core[head + 1 :]
    if rest and rest[0].text.lower() in BODY_PREPOSITIONS:
        body = rest[1:]
    elif rest and (rest[0].pos == "DET" or rest[0].text.lower() in speakers.determiners):
        body = rest  # also "un portavoz del Ministerio", "un portavoce della Commissione": a fused article
    else:
        body = []
    if body:
        return body if any(t.text[:1].isupper() or t.pos == "NOUN" for t in body) else []
    if speakers.is_head_first or head == 0:
        return []
    before = core[:head]
    if before[-1].text in POSSESSIVE_MARKS:
        before = before[:-1]
    return before if before and all(t.text[:1].isupper() for t in before) else []
