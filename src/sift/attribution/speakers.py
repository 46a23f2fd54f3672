"""One speaker per real-world entity across a document, and only entities: people, organisations, governments,
outlets and anonymous sources, never a pronoun, an abstract noun, a place that did not speak or a quote fragment.

A source span is read by its head noun and its names (:func:`read_source`): a country or capital names a
government ("the US", "Berne"), a known outlet an outlet, a head noun from the language's speaker words
(:mod:`sift.lexicon.speaker_words`) a person by title, an anonymous source, an organisation, a government, an
outlet, or a document speaking for its issuer; a run of proper names a person or, with an organisation word in
it, an organisation. In German, a noun no list holds may still name a speaker by its ending, alone or after
capitalised adjectives ("die Rechnungsprüfer", "dem Europäischen Rechnungshof"): read as ``unlisted``, its
attributions fall below the uncertain line, so reports show the speaker as uncertain, under its nominative
("Europäischer Rechnungshof"). Anything else ("crisis", "Provokationen", "leur étude", "Gaza Strip") names no
speaker.

Mentions are then resolved in document order. Person names match on a transliteration key of the surname
(Klintsevitch, Klintsevich and Klinzewitsch all become ``klincevich``), institutions on a key built from a small
multilingual lexicon of institution types, domains and countries (Russian Defense Ministry, ministère russe de la
Défense and russisches Verteidigungsministerium all become ``ministry|defense|russia``). Pronouns take the most
recent compatible entity of the last few blocks, titles ("the minister", "den Parlamentarier") the most recent
person with that title, documents ("the statement") the most recent organisation; otherwise they stay unresolved,
never an unrelated name.

This module reads a span and resolves mentions; its parts live beside it: :mod:`~sift.attribution.source_mentions`
(a mention, its reading, the entity, speaker words on tokens), :mod:`~sift.attribution.name_shapes` (name runs,
acronyms, the transliteration key), :mod:`~sift.attribution.institutions` (institution keys, the gazetteer's
reading of a name), :mod:`~sift.attribution.descriptions` (speakers named by a description) and
:mod:`~sift.attribution.surnames` (a lone word as the surname of a person the page names).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from sift.attribution.body_names import common_word, named_as_body
from sift.attribution.descriptions import (
    _described,
    _genitive_undone,
    _is_nationality,
    _unknown_name,
    _unlisted,
    _unnamed_reports,
    introduced_indefinitely,
    is_definite_individual,
)
from sift.attribution.frames import ACCORDING_LEMMAS, quote_regions, speaker_label_frame
from sift.attribution.inflection import (
    GENITIVE_CUES,
    GOVERNING_PREPOSITIONS,
    is_common_phrase,
    nominative_name,
    nominative_organisation,
)
from sift.attribution.institutions import (
    _BRACKETED,
    _institution_key,
    _is_organisation_word,
    _known_name,
    bracketed_short_names,
)
from sift.attribution.name_shapes import (
    NAME_PARTICLES,
    _is_first_name,
    _is_surname,
    _is_word_hyphen,
    _name_runs,
    _without_acronyms,
    _without_affiliation,
    transliteration_key,
    web_site_name,
)
from sift.attribution.relays import FUSED_ARTICLES, fused_outlet_article
from sift.attribution.source_mentions import (
    LABEL_CUE,
    SUBJECT_AND_WORDS,
    Resolution,
    SourceMention,
    SourceReading,
    _Entity,
    _in,
    _is_speaker_noun,
    _pronoun_class,
    _text,
    _titles,
)
from sift.attribution.spokespeople import REPRESENTATIVE_NOUNS, spokesperson_body
from sift.attribution.surnames import (
    _according_name,
    _is_given_name,
    _is_lone_name_word,
    _page_surname,
    _singular_bare_noun,
    _verb_number,
    full_names,
    introduced_given_names,
    is_known_given_name,
    lone_surname_names,
    names_read_as_nouns,
)
from sift.attribution.title_predicates import author_titles, is_former, title_predicates
from sift.attribution.tokens import plain_tokens
from sift.attribution.word_order import PROVISIONS, Token, bracketed_name_end
from sift.document import SPEAKER_KINDS, Speaker
from sift.lexicon.fold import fold
from sift.lexicon.gazetteer import ONE_WORD_BODIES, Gazetteer, build_gazetteer
from sift.lexicon.languages import LANGUAGES
from sift.lexicon.outlet_names import is_outlet_name
from sift.lexicon.speaker_words import AND_WORDS, SPEAKER_WORDS, SpeakerWords

__all__ = [
    "SPEAKER_KINDS",
    "Resolution",
    "SourceMention",
    "SourceReading",
    "TitledName",
    "article_speakers",
    "read_source",
    "resolve_speakers",
    "titled_names",
    "transliteration_key",
]

#: Blocks back a pronoun looks for its speaker; farther, it stays unresolved (it may be someone never named).
PRONOUN_REACH_BLOCKS = 2
#: Blocks back a pronoun looks for a person named in full without a title (weaker evidence of the one it means).
UNTITLED_REACH_BLOCKS = 1
#: How sure a reading of the source is, by how it was read: named, described, resolved or a guess.
CERTAINTY = {
    "named": 1.0,
    "gazetteer": 1.0,
    "described": 0.9,
    # reports no one is named for ("laut Medienberichten", "Berichten zufolge"): an anonymous source as described,
    # read apart so that no lone-word reading takes the plural for a surname ("laut Medienberichten vorbestraft")
    "reports": 0.9,
    # a described body pointing back ("the agency"), resolved to the body the page named last
    "definite": 0.85,
    "title": 0.85,
    "document": 0.8,
    "pronoun-near": 0.8,
    "pronoun-far": 0.7,
    # a pronoun that took the last speaker over a person the page names in full between them, who may be the one
    # it means ("“…,” says Lewis Ward. Tom Fisher runs the studio. “…,” he says"): under the uncertain line
    "pronoun-unsure": 0.45,
    "title-unresolved": 0.7,
    "guess": 0.6,
    # a noun no speaker list holds, read by its ending ("die Rechnungsprüfer", "dem Europäischen Rechnungshof"):
    # below the uncertain line whatever the cue (RULE_CUE 0.9 x 0.5), so reports show it as uncertain
    "unlisted": 0.5,
}
#: A span with more words than this and no name is a clause fragment, not a speaker.
MAX_UNNAMED_WORDS = 7

#: Cue lemmas of outlets: a lone unknown name reporting something is an outlet ("Politico reported").
OUTLET_CUES = frozenset({"report", "rapporter", "berichten", "publish", "publier", "zitieren", "informar", "podać"})


_POSSESSIVE = re.compile(r"['’]s?$")


#: The first word of a correlative "and" ("sowohl A als auch B"): no word of the first conjunct.
CORRELATIVE_OPENERS = frozenset({"sowohl"})


def _core(tokens: list[Token], speakers: SpeakerWords, lang: str) -> tuple[list[Token], list[Token]]:
    """The span without leading articles and numerals and trailing punctuation, and its appositive after a comma
    ("El ministro de Economía, Luis de Guindos": the appositive names the minister); of nouns joined by "and", the
    first ("El presidente y el ministro")."""
    words = _without_quoted_titles(list(tokens), speakers.outlet_nouns)
    while words and (
        words[0].pos in ("DET", "NUM", "PUNCT")
        or words[0].text in TITLE_QUOTES
        or words[0].text.lower() in speakers.determiners
        or words[0].text.lower() in ("l'", "l’", "d'", "d’")
        or _is_source_preposition(words)
        or (words[0].text == PASSIVE_BY and len(words) > 1)  # "recommended to us by the Ezura Family"
        or (words[0].text.lower() in CORRELATIVE_OPENERS and len(words) > 1)  # "laut sowohl Polizei als auch …"
    ):
        words.pop(0)
    words = _bracketed_name(words, speakers, lang)
    appositive: list[Token] = []
    comma = next((i for i, t in enumerate(words) if t.text == "," and i > 0), None)
    if comma is not None:
        after = words[comma + 1 :]
        opening = next((i for i, t in enumerate(after) if t.text == "(" and i > 0), len(after))
        # "…, Marc Herter (SPD)": the bracketed party or short name is no word of the appositive's name
        words, appositive = words[:comma], [t for t in after[:opening] if t.pos != "PUNCT"]
    joined = next((i for i, t in enumerate(words) if i > 0 and t.text.lower() in AND_WORDS), None)
    if joined == 2 and _is_truncated(words, 1) and not any(t.pos == "PROPN" for t in words):
        # "die Familien- und Frauenministerin": the truncated first part shares the head written after "und"
        words, joined = words[: joined - 2] + words[joined + 1 :], None
    if (
        joined is not None
        and speakers.is_head_first  # not English "I"
        and (_joins_speakers(words, joined, speakers) or _opens_titled_conjunct(words, joined, speakers))
    ):
        words = words[:joined]
    elif (
        speakers.capitalises_nouns and joined is not None and joined + 1 < len(words) and words[joined + 1].pos == "DET"
    ):
        words = words[:joined]  # "Das Robert Koch-Institut und das Bundesamt": an article opens the second speaker
    while words and (
        words[-1].pos == "PUNCT"
        or words[-1].text in TITLE_QUOTES
        or words[-1].text.lower() in speakers.floated_quantifiers
        or (len(words) > 1 and words[-1].pos == "ADP")
        or (len(words) > 1 and words[-1].text.lower() in POSSESSIVE_MARKS)  # "The Biden campaign's | pledge"
    ):
        words.pop()  # "users and critics alike"; "por aliados de que …": the preposition is the clause's
    return _without_brackets(words, speakers), appositive


def _bracketed_name(words: list[Token], speakers: SpeakerWords, lang: str) -> list[Token]:
    """A speaker noun with a bracket right after it that opens with a person's name (``bracketed_name_end``: "La
    ministra (Ana López, del PSOE)", "Die Ministerin (Anna Müller, SPD)", "The minister (Jane Doe, Labour"): after a
    title the bracket names who holds it, so the words are the title and the name, as "La ministra Ana López"
    writes them (issue #18: the speaker was "ministra", and in English the party after the comma, "Labour"). After
    any other speaker noun ("Die Partei (Bündnis Sahra Wagenknecht, BSW)"), after a spokesperson, whose bracket
    as often names the body they speak for ("Il portavoce (Unione Europea, Bruxelles)"), or when the capitalised
    words hold a speaker noun ("La ministra (Comisión Europea, Bruselas)": a body, no person), the bracket goes,
    its comma no appositive; so too when the bracket's first word is no given name (:func:`_is_given_name`: "La
    ministra (Izquierda Unida, Madrid)", "La ministra (Nueva York, 2023)", "The minister (New Zealand First)": a party
    or a place, read as a person's name at 0.98). Other words are returned as they are."""
    opening = next((i for i, t in enumerate(words) if t.text == "("), None)
    if opening is None or opening == 0 or not _is_speaker_noun(words[opening - 1], speakers):
        return words
    end = bracketed_name_end(words, opening, capitalised_nouns=speakers.capitalises_nouns)
    if end is None:
        return words
    name, title = words[opening + 1 : end], words[opening - 1]
    spokesperson = _in(speakers.spokesperson_nouns, title, speakers) is not None
    if (
        _in(speakers.title_nouns, title, speakers)
        and not spokesperson
        and not any(_is_speaker_noun(t, speakers) for t in name)
        and _is_given_name(name[0].text, lang, speakers)
    ):
        return [*words[:opening], *name]
    closing = next((i for i in range(end, len(words)) if words[i].text == ")"), len(words))
    return [*words[:opening], *words[closing + 1 :]]


def _is_truncated(words: list[Token], hyphen: int) -> bool:
    """Whether token ``hyphen`` is the hyphen closing a truncated compound before "und" ("Familien- und …")."""
    return (
        words[hyphen].text == "-" and words[hyphen - 1].end == words[hyphen].start and words[hyphen - 1].text.isalpha()
    )


#: Double quotation marks: a quoted stretch inside a source span is a work's title, never a name.
TITLE_QUOTES = frozenset('"“”„«»')


def _unquoted(text: str) -> str:
    """``text`` without the marks of a title in quotes ("die „Zeit" is "die Zeit")."""
    return " ".join("".join(c for c in text if c not in TITLE_QUOTES).split())


def _without_quoted_titles(words: list[Token], outlet_nouns: frozenset[str] = frozenset()) -> list[Token]:
    """The span without a quoted stretch that a noun follows: the title of a work describing the speaker ('the
    "Pose" actor', 'the “Morning Brief” host': realpages dev5), who is the noun's, not a person called "Pose". An
    outlet noun joined to the title by a hyphen (``outlet_nouns``: "die „Bild“-Zeitung") is the outlet's own: the
    title names it."""
    marks = [i for i, t in enumerate(words) if t.text in TITLE_QUOTES]
    if len(marks) != 2 or marks[1] - marks[0] < 2 or marks[1] == len(words) - 1:
        return words
    hyphen = marks[1] + 1
    if (
        outlet_nouns
        and hyphen + 1 < len(words)
        and words[hyphen].text in ("-", "‐")
        and words[hyphen].start == words[marks[1]].end
        and words[hyphen + 1].text.lower() in outlet_nouns
    ):
        return words[: marks[0]] + words[marks[0] + 1 : marks[1]]  # "die „Bild“-Zeitung": the title names the paper
    if not any(t.pos in ("NOUN", "PROPN") for t in words[marks[1] + 1 :]):
        return words
    return words[: marks[0]] + words[marks[1] + 1 :]


#: Prepositions that open the source of an according phrase before a bare name ("nach Angaben von Amnesty
#: International"): the name speaks, the preposition is no part of it.
SOURCE_PREPOSITIONS = frozenset({"von", "vom"})
#: The English passive agent's preposition, which no name opens with.
PASSIVE_BY = "by"


def _is_source_preposition(words: list[Token]) -> bool:
    """Whether the span opens with such a preposition, written lower case, before a capitalised word that is no
    article ("von der Leyen" keeps its particle: an article follows)."""
    return (
        len(words) > 1
        and words[0].text in SOURCE_PREPOSITIONS
        and words[1].pos not in ("DET", "PUNCT")
        and words[1].text[:1].isupper()
    )


def _joins_speakers(words: list[Token], joined: int, speakers: SpeakerWords) -> bool:
    """Whether the "and" at ``joined`` joins two speakers ("El presidente y el ministro"), not two words of one name
    ("Ministerio de Trabajo y Seguridad Social", "Ministerstwo Nauki i Szkolnictwa") or two titles of one named
    person ("Betriebsratschefin und Aufsichtsrätin Daniela Cavallo"; also what keeps ``_add_conjunct`` from making
    "der Publizist" of "der Publizist und Philosoph X" a speaker of its own)."""
    if _head(words[:joined], speakers) != joined - 1:
        return False
    return any(t.pos == "PROPN" for t in words[:joined]) or not any(t.pos == "PROPN" for t in words[joined:])


def _opens_titled_conjunct(words: list[Token], joined: int, speakers: SpeakerWords) -> bool:
    """Whether the "and" at ``joined`` opens a second titled speaker after a named one ("Il segretario del Pd Elly
    Schlein | e il leader del M5s Giuseppe Conte", "el presidente de X, Y, | y el alcalde de Barcelona"): an article
    (or none) and a title noun follow it, and a name comes before it. Two titles of one person ("le président et
    directeur général Jean X") have no name before the "and". German capitalises the title ("der Landesvorsitzende
    Stefan Bauer und Generalsekretärin Nina Roth", issue #18): there a name must follow it."""
    after = words[joined + 1 :]
    while after and after[0].text.lower() in speakers.determiners:
        after = after[1:]
    if not after or _in(speakers.title_nouns, after[0], speakers) is None:
        return False
    if after[0].text[:1].isupper() and not speakers.capitalises_nouns:
        return False  # a capital marks a name there, not a title; German writes every title so
    if speakers.capitalises_nouns and len(after) < 2:
        return False
    return any(t.pos == "PROPN" and t.text[:1].isupper() for t in words[:joined])


def _without_brackets(words: list[Token], speakers: SpeakerWords) -> list[Token]:
    """A name without its bracketed short form ("Union suisse des paysans (USP)"), or the short form alone when the
    words before it are no speaker's ("La operadora de la red de gas de Ucrania (Gtsou)")."""
    opening = next((i for i, t in enumerate(words) if t.text == "("), None)
    if opening is None or opening == 0:
        return words
    closing = next((i for i in range(opening + 1, len(words)) if words[i].text == ")"), None)
    if closing is not None and closing + 1 < len(words):
        # a short form inside the span, more of it after ("der Präsident der UN-Klimakonferenz (COP27) und
        # ägyptische Außenminister Sameh Shoukry"): only the bracket goes, the rest may name the speaker, and the
        # brackets after it go as this one did ("Olaf Scholz (SPD) und Friedrich Merz (CDU)": no speaker "CDU")
        return _without_brackets([*words[:opening], *words[closing + 1 :]], speakers)
    before = words[:opening]
    inside = [t for t in words[opening + 1 :] if t.text != ")"]
    head = _head(before, speakers)
    described = head is not None and _is_speaker_noun(before[head], speakers)
    if described or before[0].pos == "PROPN" or len(inside) != 1 or not inside[0].text[:1].isupper():
        return before
    if _abbreviates(inside[0].text, [t.text for t in before]):
        return before  # "Kölner Verkehrs-Betriebe (KVB)": the full name spelt out, the short form its alias
    return inside


def _spelt_out(text: str, name: str) -> bool:
    """Whether ``text`` writes a short form in brackets whose capitals are the initials of ``name`` ("das Deutsche
    Rote Kreuz (DRK)"): a body named in full, its name no guess from an ending."""
    return any(_abbreviates(match["short"], name.split()) for match in _BRACKETED.finditer(text))


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short``'s capitals are the initials of the capitalised words before it, in order and from the
    first ("KVB" of "Kölner Verkehrs-Betriebe", "GdP" of "Gewerkschaft der Polizei"): the words spell the body's
    name out; a short form of words in another language ("Gtsou") keeps its own reading. Where a name writes its
    words in lower case, their initials count too, and a capital may go on with the next letters of its word
    ("OFAG" of "Office fédéral de l'agriculture", "SNCF" of "Société nationale des chemins de fer français")."""
    letters = [c for c in short if c.isupper()]
    initials = [part[0] for word in words for part in word.split("-") if part[:1].isupper()]
    if len(letters) < 2 or not initials or letters[0] != initials[0]:
        return False
    found = iter(initials)
    if all(letter in found for letter in letters):
        return True
    parts = [ELISION.sub("", part).lower() for word in words for part in word.split("-") if part]
    return _spells(tuple(c.lower() for c in letters), tuple(p for p in parts if p), 1, 0, 1)


#: An elided article or preposition before a word ("l'agriculture", "d'Italia"): no initial of its own.
ELISION = re.compile(r"^\w{1,2}['’]")


@functools.cache
def _spells(letters: tuple[str, ...], parts: tuple[str, ...], letter: int, part: int, used: int) -> bool:
    """Whether ``letters`` from ``letter`` on are spelt by word ``part``'s letters from ``used`` on, then by the
    beginnings of later words (any word may be passed over): :func:`_abbreviates`'s reading of a short form over
    lower-case words."""
    if letter == len(letters):
        return True
    wanted = letters[letter]
    word = parts[part]
    if used < len(word) and word[used] == wanted and _spells(letters, parts, letter + 1, part, used + 1):
        return True
    return any(
        parts[later][:1] == wanted and _spells(letters, parts, letter + 1, later, 1)
        for later in range(part + 1, len(parts))
    )


def _head(core: list[Token], speakers: SpeakerWords) -> int | None:
    """Index of the head noun: the first noun (most languages) or the last of the first nominal run (English)."""
    if speakers.is_head_first:  # a title the tagger took for a verb still heads ("le naturopathe Olivier Panisset")
        first = next(
            (
                i
                for i, t in enumerate(core)
                if t.pos in ("NOUN", "PROPN")
                or _in(speakers.title_nouns, t, speakers)
                or (speakers.capitalises_nouns and t.pos == "X" and t.text[:1].isupper() and t.text.isalpha())
            ),
            None,
        )
        return first if first is None else _speaker_noun_after(core, first, speakers)
    head = None
    for i, token in enumerate(core):
        if token.pos in ("NOUN", "PROPN"):
            head = i
        elif token.pos in ("ADP", "VERB", "AUX", "SCONJ", "PUNCT", "PRON") and head is not None:
            if _is_word_hyphen(core, i):
                continue  # "43-year-old Peter Hallam": one word to the reader, three to the tokenizer
            if _is_misread_modifier(core, i):
                continue
            break
    return head


def _is_misread_modifier(core: list[Token], i: int) -> bool:
    """Whether a verb of a nominal span is a noun modifier the tagger misread, between "and" and a noun ("JPL
    scientist and study co-author Michael Malaska", "… and report co-author X"): no verb follows "and" there."""
    return (
        core[i].pos == "VERB"
        and core[i].text.islower()
        and 0 < i < len(core) - 1
        and core[i - 1].pos == "CCONJ"
        and core[i + 1].pos in ("NOUN", "PROPN")
    )


def _speaker_noun_after(core: list[Token], first: int, speakers: SpeakerWords) -> int:
    """The head of a head-first span whose first noun names no speaker: a speaker word later in the same nominal run
    ("Sceptyczna część prasy", "Diversas encuestas": a table tagger cannot tell an adjective opening a sentence
    from a noun, nor a quantity noun from its genitive), else the first noun."""
    if core[first].pos != "NOUN" or _is_speaker_noun(core[first], speakers, documents=True):
        return first
    for i in range(first + 1, len(core)):
        if core[i].pos not in ("NOUN", "ADJ"):
            break
        if i == first + 1 == len(core) - 1 and _is_title_adjective(core[first], core[i], speakers):
            break  # "la tesis fiscal": a thesis, which no prosecutor is
        if core[i].pos == "NOUN" and _is_speaker_noun(core[i], speakers, documents=True):
            return i  # a noun: "le Contrôleur général" is no general
    return first


#: The most letters of a conjunction or preposition an untagged span may put before a title ("et", "und", "oraz").
MAX_FUNCTION_WORD = 4


def _is_title_adjective(noun: Token, word: Token, speakers: SpeakerWords) -> bool:
    """Whether a title word right after a common noun written lower case is that noun's adjective ("la tesis
    fiscal", "la acusación fiscal": the prosecution's, no prosecutor), not a genitive the noun counts ("większość
    posłów": an inflected title names the members). Read only where the title closes the span, and the noun has
    more letters than a conjunction (untagged spans call every lower-case word a noun: "et gastro-entérologue au
    CHU Beaujon" is a title)."""
    return (
        noun.text.islower()
        and len(noun.text) > MAX_FUNCTION_WORD
        and word.text.lower() == word.lemma.lower()
        and _in(speakers.title_nouns, word, speakers) is not None
    )


def _office_reading(core: list[Token], head: int, name: str, speakers: SpeakerWords) -> SourceReading | None:
    """The office a statement noun names by a title adjective after it ("según la tesis fiscal", "la acusación
    fiscal": the prosecution's case): a body speaks (an organisation keyed by the title, so both phrases are one
    speaker), never a person called "tesis fiscal"; ``None`` for any other span."""
    nouns = speakers.speech_nouns | speakers.judgement_nouns | speakers.document_nouns
    if head != len(core) - 2 or not _in(nouns, core[head], speakers):
        return None
    if not _is_title_adjective(core[head], core[head + 1], speakers):
        return None
    return SourceReading("organisation", "office|" + fold(core[head + 1].lemma), name, how="described")


#: Quantifiers standing for people of a group ("many in the space community note", "some in the administration
#: say"): with a place preposition after them, the whole span is an anonymous source (realpages dev7).
GROUP_QUANTIFIERS = {
    "en": frozenset({"many", "some", "most", "several", "few", "others"}),
    # "In der Stadt sagen einige, …", "wie viele behaupten", "Manche meinen, …" (session 41, recall41b)
    "de": frozenset({"einige", "viele", "manche", "mehrere"}),
}
GROUP_PLACES = frozenset({"in", "at", "within", "inside", "across", "around", "im", "aus"})
#: Free-choice quantifiers: a source opened by one is anyone at all of its kind, no one who spoke (a partitive
#: after it, "jeder der drei Kandidaten", counts the members of a named group, who may speak).
ANY_QUANTIFIERS = {"en": frozenset({"any"}), "de": frozenset({"jeder", "jede", "jedes", "jedem", "jeden"})}
PARTITIVES = frozenset({"of", "der", "von", "vom"})

#: Separators of navigation and section kickers; no name holds one.
NAVIGATION_MARKS = ("|",)


def _is_learning_cue(mention: SourceMention) -> bool:
    """Whether the mention's cue is a verb of finding out (``learning_lemmas``: "erfahren", "apurar", "saber")."""
    row = LANGUAGES.get(mention.lang)
    return row is not None and (mention.cue_lemma or "").lower() in row.learning_lemmas


#: A span ending on a one-word title in quotation marks, the words before it ending on an article or a genitive
#: article ("der „Welt“", "einem Bericht der „Zeit“"; a span cut after the title's first mark: "Zeit“").
_QUOTED_TITLE_END = re.compile(r"(?:^|(?:^|\s)(?P<article>\w+)\s+[„“\"»«])(?P<name>[^\W\d_][\w-]*)[“”\"«»]\s*$")


def _quoted_outlet(mention: SourceMention, gazetteer: Gazetteer) -> SourceReading | None:
    """The outlet a one-word title in quotation marks names when the gazetteer knows it with an article ("laut der
    „Welt“", "einem Bericht der „Zeit“ zufolge": Die Welt, Die Zeit). Its name is a common word ("in der Welt": the
    world), so only the marks tell it apart, and only where nouns are capitalised may it be a title at all."""
    speakers = SPEAKER_WORDS.get(mention.lang)
    if speakers is None or not speakers.capitalises_nouns:
        return None
    found = _QUOTED_TITLE_END.search(mention.text.strip())
    if found is None:
        return None
    article = found.group("article")
    if article is not None and article.lower() not in speakers.determiners:
        return None
    return _outlet_with_article(found.group("name"), speakers, gazetteer)


def read_source(mention: SourceMention, gazetteer: Gazetteer) -> SourceReading:
    """What one source span names (see the module docstring), a name in the case its cue governs back in the
    nominative ("według Adama Niedzielskiego": Adam Niedzielski). The nominative is read again: what it names
    there, if not a person nor what the genitive read as, is what the span names ("według Unii Europejskiej" read as
    a person's name, "Polskiej Agencji Prasowej" as a body; the nominatives are the Union and the news agency the
    gazetteer knows, as the page's "Unia Europejska" and "Polska Agencja Prasowa" are)."""
    reading = _read_source(mention, gazetteer)
    if reading.kind == "person" and (name := _without_glued_object(reading.name, mention.lang)) != reading.name:
        # "erklärte Ministerin Anna Lührmann Reportern, …": the object after the inverted subject is no surname
        reading = replace(reading, key=transliteration_key(name.split()[-1]), name=name)
    if reading.kind == "person" and (name := _without_title_genitive(reading.name, mention.lang)) != reading.name:
        reading = replace(reading, name=name)  # "prezydent Gdańska Piotr Zieliński": the town is the title's
    if reading.kind in ("none", "document"):  # "einem Bericht der „Zeit“": the report's outlet
        quoted = _quoted_outlet(mention, gazetteer)
        if quoted is not None:
            return quoted
    if reading.kind == "none" and _is_misread_name(mention):  # "“…,” Lopes said.", "says Early.": a surname
        return SourceReading("person", transliteration_key(mention.text.strip()), mention.text.strip())
    if reading.kind in ("none", "person", "title", "anonymous"):
        named = _name_after_titles(mention, reading, gazetteer) if reading.kind != "anonymous" else None
        named = named or _titled_name_after_body(mention, reading, gazetteer)
        if named is not None:  # "chairman, CEO and president Craig Menear", "Coils to Locs Founder Dianne Austin"
            return named
    if reading.kind == "organisation" and reading.how == "unlisted" and _spelt_out(mention.text, reading.name):
        reading = replace(reading, how="named")  # "das Deutsche Rote Kreuz (DRK)": the page names the body in full
    if reading.kind == "person" and _is_learning_cue(mention):
        # "Wie Anna später erfuhr, hatte ihr Mann gelogen": a person who found something out reports nothing; the
        # verb of finding out is a cue for the outlet that learnt it ("Wie der Spiegel erfuhr")
        return SourceReading("none")
    if (
        reading.kind == "person"
        and mention.lang in GENITIVE_CUES
        and is_common_phrase(reading.name.split(), mention.lang)
    ):
        # "Państwowa Inspekcja Pracy", "Najwyższa Izba Kontroli": common words, a body's name, not a person's
        reading = replace(reading, kind="organisation", key=_institution_key(reading.name) or fold(reading.name))
    lookup = _genitive_lookup(mention)
    if lookup is None or reading.kind not in ("person", "organisation") or not reading.name:
        return reading
    words = reading.name.split()
    # a person's name is names; one with a common word the dictionary writes lower case is a body's, whatever the
    # reading took it for ("Państwowej Inspekcji Pracy": Państwowa Inspekcja Pracy, not "Praca")
    common = any((lemma := lookup(word)) is not None and lemma.islower() for word in words)
    if reading.kind == "person":
        name = " ".join((nominative_organisation if common else nominative_name)(words, lookup))
        nominative = replace(reading, key=transliteration_key(name.split()[-1]), name=name)
    else:
        name = " ".join(nominative_organisation(words, lookup))
        nominative = replace(reading, key=_institution_key(name) or fold(name), name=name)
    again = _read_source(replace(mention, text=name, words=None, start=0), gazetteer)
    return again if again.kind in SPEAKER_KINDS and again.kind not in ("person", reading.kind) else nominative


def _without_title_genitive(name: str, lang: str) -> str:
    """A person's name without the place or body in the genitive that its title puts right before it, where names
    inflect and nouns are written lower case ("prezydent Gdańska Piotr Zieliński", "premier Wielkiej Brytanii Boris
    Johnson": no "Gdańska Piotr Zieliński"): of three or more words, the first ones the dictionary reads as another
    form of a capitalised word, before names it reads as themselves or not at all (a name in the nominative; a
    genitive throughout, "prezydenta Gdańska Piotra Zielińskiego", is left whole)."""
    from sift.machine_cache import dictionary_lemma

    words = name.split()
    if lang not in GENITIVE_CUES or len(words) < MIN_GENITIVE_TITLED_NAME:
        return name

    def inflected(word: str) -> bool:
        lemma = dictionary_lemma(word, lang)
        return lemma is not None and lemma != word and lemma[:1].isupper()

    first = 0
    while first < len(words) - 2 and inflected(words[first]):
        first += 1
    if first == 0 or any(inflected(word) for word in words[first:]):
        return name
    return " ".join(words[first:])


#: Words that may stand between titles before a name ("chairman, CEO and president X", "editor-in-chief X").
_TITLE_JOINERS = frozenset({",", "and", "&", "-", "in"})


def _name_after_titles(mention: SourceMention, reading: SourceReading, gazetteer: Gazetteer) -> SourceReading | None:
    """The full name a run of titles ends on, where the reading took a title for the name or read nothing
    ("chairman, CEO and president Craig Menear said": "CEO"; "Wikileaks editor-in-chief Kristinn Hrafnsson": none;
    issue #18 realsent38en). The span must end on two or more capitalised proper nouns, and every word before them
    be a noun or adjective (a title, "editor" of "editor-in-chief"), a word joining titles, or a capitalised name
    of whom the titles serve (an organisation's: "Wikileaks"), with at least one title of the speaker lexicon;
    ``None`` otherwise or when the reading already holds a name that is no title ("the wife of President X" has a
    preposition and stays the reading's)."""
    words = [t for t in (mention.words or []) if t.text not in TITLE_QUOTES and t.text not in ('"', "“", "”")]
    speakers = SPEAKER_WORDS.get(mention.lang)
    if speakers is None or len(words) < 3 or speakers.capitalises_nouns:
        return None
    size = 0
    while size < len(words) and words[-1 - size].pos == "PROPN" and words[-1 - size].text[:1].isupper():
        size += 1
    if size < 2 or size == len(words) or size > 3:
        return None
    run, before = words[-size:], words[:-size]
    if reading.kind == "person" and reading.name.lower() not in speakers.title_nouns:
        return None  # a name was read ("Health Minister Jane Doe"); only a title read as one is replaced
    titles = {t.text.lower() for t in before if t.text.lower() in speakers.title_nouns | speakers.source_nouns}
    if not titles:
        return None
    for token in before:
        lowered = token.text.lower()
        if not (lowered in _TITLE_JOINERS or token.text[:1].isupper() or token.pos in ("NOUN", "ADJ")):
            return None  # a verb, a preposition or an article: no run of titles
    named = _read_source(_part(mention, run), gazetteer)
    if named.kind != "person":
        return None
    return replace(named, titles=named.titles | frozenset(titles))


def _titled_name_after_body(
    mention: SourceMention, reading: SourceReading, gazetteer: Gazetteer
) -> SourceReading | None:
    """The person a span ends on after a body's name that holds a preposition and a title ("Coils to Locs Founder
    Dianne Austin", "Habitat for Humanity CEO Jonathan Reckford"), where the reading took the body's first word for
    the person ("Coils": its head came before the preposition, as in "the minister of finance"; "Friends", a source
    noun, read the span as a description). The title must
    stand right before the last two or three capitalised proper nouns; ``None`` otherwise, or where the reading is
    no person or already one of those last words."""
    speakers = SPEAKER_WORDS.get(mention.lang)
    words = [t for t in (mention.words or []) if t.text not in TITLE_QUOTES and t.text not in ('"', "“", "”")]
    if speakers is None or speakers.capitalises_nouns or reading.kind not in ("person", "anonymous") or len(words) < 5:
        return None
    words = words[1:] if words[0].pos == "DET" else words  # "the Friends of the Earth …"
    title = next(
        (
            k
            for k in range(len(words) - 3, max(len(words) - 5, 1), -1)
            if words[k].text.lower() in speakers.title_nouns
            and all(t.pos == "PROPN" and t.text[:1].isupper() for t in words[k + 1 :])
        ),
        None,
    )
    # the body's name is capitalised ("Friends of the Earth"); a relative is not ("the wife of President X")
    if title is None or not any(t.pos == "ADP" for t in words[:title]) or not words[0].text[:1].isupper():
        return None
    if reading.kind == "person" and any(reading.name.split()[-1] == t.text for t in words[title + 1 :]):
        return None
    named = _read_source(_part(mention, words[title + 1 :]), gazetteer)
    if named.kind != "person":
        return None
    return replace(named, titles=named.titles | {words[title].text.lower()})


#: What ends the word before a quotation's tail ("“…,” Lopes said"): its closing mark, or the comma before it.
_QUOTE_TAIL_ENDS = ('"', "”", "’", "'", "»", ",")


def _is_misread_name(mention: SourceMention) -> bool:
    """Whether a one-word source is a surname the tagger took for a common word ("Lopes" a noun, "Early" an
    adverb; issue #18 realsent38en): capitalised though it does not open its sentence, as it stands right after a
    quotation's closing mark or after a verb of the row's quotation tails ("says Early"), and no word of the
    speaker lexicon ("Police", "Officials" read as described). Only where capitals mark names, not nouns."""
    words = mention.words or []
    speakers = SPEAKER_WORDS.get(mention.lang)
    row = LANGUAGES.get(mention.lang)
    if len(words) != 1 or speakers is None or row is None or speakers.capitalises_nouns or mention.is_relay:
        return False
    word = words[0].text
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or words[0].pos in ("PRON", "DET", "ADP"):
        return False
    lexicon = speakers.source_nouns | speakers.title_nouns | speakers.body_nouns | speakers.government_nouns
    if word.lower() in lexicon or word.lower() in speakers.determiners:
        return False
    before = mention.preposition
    return before.endswith(_QUOTE_TAIL_ENDS) or before in row.quote_tail_verbs


def _part(mention: SourceMention, words: list[Token]) -> SourceMention:
    """The mention narrowed to ``words``, a stretch of its own tokens (a complement, a conjunct, the name before a
    body), to be read on its own."""
    offset = mention.start if mention.words is not None else 0
    text = mention.text[words[0].start - offset : words[-1].end - offset]
    return replace(mention, text=text, words=words, start=words[0].start)


#: Prepositions of what a work is about, by language ("der Entwurf zum MsbG", "die Studie über die AfD", "a report
#: on Iran", "l'étude sur le Rassemblement national"); an author follows the genitive instead ("der Bericht des
#: Wehrbeauftragten", "a report by the WHO").
WORK_TOPIC_PREPOSITIONS = {
    "de": frozenset({"zu", "zum", "zur", "über", "gegen"}),
    "en": frozenset({"on", "about", "into"}),
    "fr": frozenset({"sur"}),
    "es": frozenset({"sobre"}),
    "pt": frozenset({"sobre"}),
    "it": frozenset({"su", "sul", "sulla", "sui", "sugli", "sulle"}),
}


def _work_on_a_topic(core: list[Token], lang: str, speakers: SpeakerWords) -> bool:
    """Whether a source span opens with a document's or a study's noun and a preposition of its topic ("Der Entwurf
    zum neuen MsbG räumt … ein", "Die Studie über die AfD zeigt"; realpages dev12 r12-012 showed "MsbG", a law, as a
    speaker): the work states it, and the name after the preposition is what it is about, no one who speaks. Where
    nouns are capitalised a compound ending in such a noun is one too ("Referentenentwurf")."""
    topics = WORK_TOPIC_PREPOSITIONS.get(lang)
    if topics is None or len(core) < 3 or core[0].pos != "NOUN" or core[1].text.lower() not in topics:
        return False
    works = speakers.document_nouns | speakers.data_nouns
    lemma = (core[0].lemma or core[0].text).lower()
    word = core[0].text.lower()
    if lemma in works or word in works:
        return True
    return speakers.capitalises_nouns and any(len(w) > 4 and word.endswith(w) for w in works)


#: A provision's number: digits first ("2 SVG", "90a") or a Roman numeral ("IV").
_PROVISION_NUMBER = re.compile(r"\d|[IVXLC]+\b")


def _numbers_provision(mention: SourceMention) -> bool:
    """Whether the span is the number of a provision the word before names ("wegen Art. 90 Abs. | 2 SVG", "§ | 3
    UWG"). A word such as "art." ending the sentence before ("… a talk on looted art. | Holloway, author of …, said")
    names none: the span must start with the number."""
    return mention.preposition.rstrip(".") in PROVISIONS and bool(_PROVISION_NUMBER.match(mention.text.lstrip()))


def _read_source(mention: SourceMention, gazetteer: Gazetteer) -> SourceReading:
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    text = mention.text.strip()
    if any(mark in text for mark in NAVIGATION_MARKS):
        return SourceReading("none")  # "SUBSCRIBER ONLY Politics | Minnesota Supreme Court": a kicker and a headline
    if mention.lang in DATELINE_LANGUAGES and QUOTED_SOURCE.match(text):
        return SourceReading("none")
    if mention.cue_lemma == LABEL_CUE and _is_heading_label(mention, text):
        return SourceReading("none")
    pronoun = _pronoun_class(text.lower(), speakers)
    if pronoun is not None:
        return SourceReading(pronoun)
    words = text.lower().split()
    if words and words[0] in speakers.negations:
        return SourceReading("none")  # "is told not by the diplomats, but …", "No official would say": nobody
    if len(words) > 1 and words[0] in ANY_QUANTIFIERS.get(mention.lang, ()) and words[1] not in PARTITIVES:
        return SourceReading("none")  # "Wie jeder Stylist bestätigen wird", "as any doctor will tell you": anyone
    quantifier = bool(words) and words[0] in GROUP_QUANTIFIERS.get(mention.lang, ())
    if quantifier and (len(words) == 1 or (len(words) > 2 and words[1] in GROUP_PLACES)):
        # "many in the …", and a quantifier alone as the subject of a statement ("some are calling it …", "many
        # believe that …"): people of an unnamed group
        return SourceReading("anonymous", "anonymous|" + fold(text), text, how="described")
    joined = _pronoun_class(words[0], speakers) if len(words) > 2 and words[1] in SUBJECT_AND_WORDS else None
    if joined in ("pronoun:person", "pronoun:singular"):
        return SourceReading(joined)  # "He and others at the hearing": the one the pronoun stands for speaks
    if speakers.age_endings and len(words) <= 3 and words[-1].endswith(speakers.age_endings):
        return SourceReading("pronoun:person")  # "der 48-Jährige": the person named before, as "er" would
    if _is_nationality(words, speakers):
        return SourceReading("pronoun:person")  # "der Franzose", "le Français": the same
    if _is_data_origin(mention, words, speakers, gazetteer):
        return SourceReading("none")  # "Nach einer Studie aus den USA": where the study was made, not who made it
    tokens = names_read_as_nouns(
        mention.words if mention.words is not None else plain_tokens(mention.text), mention.lang
    )
    if any(t.text.lower() in speakers.impersonal_pronouns for t in tokens):
        return SourceReading("none")  # "den man den Behörden meldet": nobody in particular
    offset = mention.start if mention.words is not None else 0
    # a tagger may read a title's quotation marks as no punctuation ("die „Zeit“": "X"); they are no part of a name
    whole = [t for t in tokens if (t.pos != "PUNCT" or t.text in ".-&") and t.text not in TITLE_QUOTES]
    known = _known_name(_unquoted(_text(whole, mention.text, offset)), whole, gazetteer) if whole else None
    if known is not None:  # "El País", "The Guardian", "la France"
        return known
    fused = _after_fused_article(mention, whole, gazetteer)
    if fused is not None:  # "a confié au Monde": Le Monde
        return fused
    surname = _particle_surname(mention, whole, speakers, gazetteer)
    if surname is not None:  # "Le Pen", "Le Drian"
        return surname
    core, appositive = _core(tokens, speakers, mention.lang)
    if _is_told_plural(mention, tokens, core, speakers):
        return SourceReading("none")  # "hätten ihren französischen Mitarbeitern gesagt": they were told
    if not core or core[0].text.lower() in speakers.question_words:
        return SourceReading("none")  # "CÓMO GARANTIZAR …", "Wie …": a heading's or a question's first word
    if core[0].text.lower() in speakers.schedule_nouns:
        return SourceReading("none")  # "según el calendario de la Liga": a timetable, nobody says it
    if _numbers_provision(mention):
        return SourceReading("none")  # "wegen Art. 90 Abs. | 2 SVG verurteilt": a law's number, no one who speaks
    if _work_on_a_topic(core, mention.lang, speakers):
        return SourceReading("document", how="document")  # "Der Entwurf zum neuen MsbG", "a study on the AfD"
    name = _text(core, mention.text, offset)
    article = _article_before(tokens, core, speakers)
    if len(core) == 1 and speakers.capitalises_nouns:  # "des Bundesrats", "des Ministers": in the nominative
        name = _genitive_undone(core[0], article)
    known = _known_name(name, core, gazetteer)
    if known is not None:
        return known
    titles = _titles(core, speakers) | _titles(plain_tokens(mention.context), speakers)
    head = _head(core, speakers)
    if head is None:
        return SourceReading("none")
    possessor = _genitive_possessor(core, speakers)
    if possessor:  # "Merkels Aussage", "laut Scholz’ Ankündigung": whose statement it is speaks
        reading = _read_source(replace(mention, text=possessor, words=None, start=0), gazetteer)
        if reading.kind in SPEAKER_KINDS:
            return reading
    owned = _owned_speakers(core, speakers)
    if owned:  # "Merkels Kritiker sahen das anders": the critics speak, not the one whose critics they are
        return _read_source(_part(mention, owned), gazetteer)
    if _owned_titles(core, speakers):
        # "Müllers Anwälte sagten", "Scholz’ Sprecher erklärte": the lawyers, the spokesman speak, the name owns
        # them; one is a person known by a relation, several an anonymous group (bench/data/README.md)
        text = _text(core, mention.text, offset)
        single = not any(_plural(t) for t in core if t.pos == "NOUN")
        return SourceReading("anonymous", "anonymous|" + fold(text), text, how="described", individual=single)
    issuer = _compound_issuer(core, speakers, gazetteer)
    if issuer:  # "laut des WHO-Lageberichts", "laut RKI-Angaben": the body that issued them speaks
        reading = _read_source(replace(mention, text=issuer, words=None, start=0), gazetteer)
        if reading.kind in SPEAKER_KINDS:
            return reading
    reports = _unnamed_reports(core, article, name, mention.lang, speakers)
    if reports is not None:  # "according to media reports", "laut Medienberichten": reports no one is named for
        return reports
    complement = _speech_complement(core, head, mention.lang, speakers)
    if complement:  # "les déclarations du ministre", "o discurso do presidente": who made them speaks
        reading = _read_source(_part(mention, complement), gazetteer)
        if reading.kind in SPEAKER_KINDS or reading.kind == "title":
            return reading
    if _spokesperson_of_list(tokens, speakers):
        # "Der Sprecher von Polizei, Feuerwehr und THW": one spokesperson of several bodies speaks, none of them; a
        # person where the title is definite, as "der Sprecher von Polizei" is, else anonymous
        definite = _described_unnamed(mention, tokens, core, head, article, gazetteer).kind in ("title", "person")
        listed = _text(tokens[1:] if tokens[0].pos == "DET" else tokens, mention.text, offset)
        return SourceReading("anonymous", "anonymous|" + fold(listed), listed, how="described", individual=definite)
    led = _led_group(core, mention, gazetteer, speakers)
    if led is not None:  # "Die Forscher um Studienleiterin Maria Schmidt": the one they are grouped around
        return led
    member = _member_of_body(core, mention, gazetteer, speakers) or _titled_after_body(
        core, mention, gazetteer, speakers
    )
    if member is not None:  # "Jane Smith from the World Bank", "Christoph Bals von der Umweltorganisation Germanwatch"
        return member
    office = _office_reading(core, head, name, speakers)
    if office is not None:
        return office
    affiliated = _affiliated_run(core, head, mention.lang, speakers, gazetteer)
    if affiliated:  # "Lewicy Borys Budka": the body heads the span only as the person's affiliation
        return _named(affiliated, core, name, mention, speakers, gazetteer, titles, article=article)
    described = _described(core, appositive, head, name, mention, speakers, gazetteer, titles, article)
    if described is not None and described.kind in ("anonymous", "title"):
        titled = _titled_appositive(appositive or _context_appositive(mention), speakers, gazetteer, titles)
        return titled or _spoken_for(described, core, head, mention, speakers, gazetteer)
    if described is not None and described.kind == "organisation" and described.how == "described" and appositive:
        named = _named_body_appositive(mention, appositive, gazetteer)
        if named is not None:  # "The company that runs the AMAs, Dick Clark Productions, denies …"
            return named
    if described is not None:
        return described
    if appositive and core[0].pos == "NOUN" and core[0].text.islower():
        # "L'entraîneur du PSG, Luis Enrique, a estimé": a description no list holds, then the full name of whom
        # it describes (the body in its complement was read as the speaker)
        named = _titled_appositive(appositive, speakers, gazetteer, titles)
        if named is not None:
            return named
    runs = _name_runs(core, speakers)
    if any(
        t.pos in ("VERB", "AUX") and not _is_prenominal_participle(t, core) and not _is_misread_modifier(core, k)
        for k, t in enumerate(core)
    ):
        return SourceReading("none")
    if not runs:
        return _described_unnamed(mention, tokens, core, head, article, gazetteer)
    if _is_possessor(core, head):
        return SourceReading("none")  # "Donald Trump’s rivals": the named one owns the speakers, he is none of them
    if _is_thing_headed(core, head, runs, speakers):
        return SourceReading("none")  # "a region like Delhi", "Apollo moon rocks", "44 percent of Americans"
    if _is_named_things(core, head, runs, speakers):
        return SourceReading("none")  # "The Black Friday Apple deals promise to be …": deals, not Apple, promise
    # where nouns are capitalised a one-word name heads its span too: after an article a body's or a place's ("Die
    # Charité in Berlin"), without one a person's given name ("Anna (34) aus Köln sagt": Anna, not Köln)
    if _is_placed_noun_body(core, runs, speakers, article):  # "Die Caritas in der Diözese Münster": no "Münster"
        return SourceReading("organisation", _institution_key(name) or fold(name), name)
    origin = _origin_phrase(core, runs, speakers, article)
    if origin is not None:  # "Der Winzer aus Bernkastel sagte": the winegrower speaks, not the place he comes from
        return _read_source(_part(mention, tokens[: tokens.index(core[origin])]), gazetteer)
    single = mention.lang in DATELINE_LANGUAGES or speakers.capitalises_nouns
    run = _head_run(core, head, runs, single=single)
    return _named(run, core, name, mention, speakers, gazetteer, titles, appositive=appositive, article=article)


def _described_unnamed(
    mention: SourceMention,
    tokens: list[Token],
    core: list[Token],
    head: int,
    article: str | None,
    gazetteer: Gazetteer,
) -> SourceReading:
    """A span that names no one, read by its head noun (:func:`_unlisted`): a person when definite and individual,
    else anonymous or an outlet."""
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    articled = bool(tokens) and tokens[0].text.lower() in speakers.determiners
    if mention.is_relay and article is None and (mention.preposition or "").lower() in speakers.determiners:
        # a relay's span leaves out its article ("sagte der Minister der Rheinischen Post")
        articled, article = True, (mention.preposition or "").lower()
    reading = _unlisted(core, head, mention.lang, speakers, articled=articled, article=article)
    if reading.kind == "anonymous" and is_definite_individual(mention, core, head, speakers):
        reading = replace(reading, individual=True)  # "die Arbeitsrechtlerin", "der Winzer aus Bernkastel"
    if reading.kind == "none" and not articled:
        return _unknown_name(core, mention, speakers) or reading
    return _as_outlet(reading, mention, gazetteer)


def _spokesperson_of_list(tokens: list[Token], speakers: SpeakerWords) -> bool:
    """Whether a spokesperson noun heads the span and a list of bodies after its preposition or genitive article
    follows ("Der Sprecher von Polizei, Feuerwehr und THW", "Eine Sprecherin der Polizei und der Feuerwehr"): words
    of names, nouns and articles only, joined by commas and one "und"/"oder" (not "des Ministeriums für Umwelt,
    Naturschutz und nukleare Sicherheit": a body's own name)."""
    head = 1 if tokens and tokens[0].pos == "DET" else 0
    if head + 2 >= len(tokens) or not _in(speakers.spokesperson_nouns, tokens[head], speakers):
        return False
    rest = tokens[head + 2 :]
    if tokens[head + 1].pos not in ("ADP", "DET") or not any(t.text.lower() in AND_WORDS for t in rest):
        return False
    return all(t.pos in ("NOUN", "PROPN", "DET") or t.text == "," or t.text.lower() in AND_WORDS for t in rest)


#: German determiners of a dative plural before its noun ("den", "ihren Mitarbeitern", "allen Wählern").
_DATIVE_PLURAL_DETERMINERS = frozenset(
    {"den", "ihren", "seinen", "unseren", "euren", "meinen", "deinen", "diesen", "jenen", "allen", "vielen", "beiden"}
)
#: Prepositions a German source may stand in the dative after ("von den Mitarbeitern kritisiert", "laut den Ärzten").
_DATIVE_SOURCE_PREPOSITIONS = frozenset({"von", "vom", "laut", "nach", "bei", "seitens", "gegenüber", "mit", "aus"})


def _is_told_plural(mention: SourceMention, tokens: list[Token], core: list[Token], speakers: SpeakerWords) -> bool:
    """Whether a German span is a noun phrase in the dative plural, the ones told, where no preposition or
    "according to" word puts the source in that case: a dative plural determiner opens it and its head noun is its
    lemma ending in "-er" or "-el" with an "-n" added, a form no nominative has ("Firmen … hätten ihren französischen
    Mitarbeitern gesagt, …": the firms said it, realpages dev14; "den Wählern versprochen")."""
    if not speakers.capitalises_nouns or mention.is_relay or not tokens or not core:
        return False
    if (mention.cue_lemma or "").lower() in ACCORDING_LEMMAS or mention.preposition in _DATIVE_SOURCE_PREPOSITIONS:
        return False
    head = core[-1]
    if tokens[0].text.lower() not in _DATIVE_PLURAL_DETERMINERS or head.pos != "NOUN":
        return False
    lemma = head.lemma
    return lemma.endswith(("er", "el")) and head.text == lemma + "n"


def _is_prenominal_participle(token: Token, core: list[Token]) -> bool:
    """A participle the tagger marked as modifying the noun after it, in the words of a source: "registered
    dietitian Trista Best", "licensed nurse Carla Ruiz" describe a person (the phrase holds no clause)."""
    at = core.index(token)
    return token.modifier and at + 1 < len(core) and core[at + 1].pos in ("NOUN", "PROPN", "ADJ")


def _as_outlet(reading: SourceReading, mention: SourceMention, gazetteer: Gazetteer) -> SourceReading:
    """A body's name that ends like an outlet's ("Rheinische Post", "Frankfurter Rundschau") as the outlet, where it
    relays or reports ("sagte der Minister der Rheinischen Post", "Die Rheinische Post berichtete"); elsewhere it
    stays a body ("Die Deutsche Post teilte mit": the company)."""
    if reading.kind != "organisation" or not gazetteer.ends_like_outlet(reading.name):
        return reading
    if not mention.is_relay and mention.cue_lemma not in OUTLET_CUES:
        return reading
    return replace(reading, kind="outlet", key="outlet|" + fold(reading.name))


def _named_body_appositive(
    mention: SourceMention, appositive: list[Token], gazetteer: Gazetteer
) -> SourceReading | None:
    """The name a body's description is followed by ("The group that owns most of her music, Big Machine, says …",
    "The company that runs the AMAs, Dick Clark Productions, denies …"): the body speaks under that name, read as
    an organisation when it reads as a bare name (a described body is no person). ``None`` unless the appositive is
    a capitalised name alone (issue #18 realsent38en: the description was the speaker's name)."""
    if not appositive or appositive[0].pos != "PROPN" or not all(t.text[:1].isupper() for t in appositive):
        return None
    reading = _read_source(_part(mention, appositive), gazetteer)
    if reading.kind == "person" and not reading.titles:
        return SourceReading("organisation", _institution_key(reading.name) or fold(reading.name), reading.name)
    return reading if reading.kind in ("organisation", "outlet") else None


def _after_fused_article(mention: SourceMention, whole: list[Token], gazetteer: Gazetteer) -> SourceReading | None:
    """The outlet a name after a preposition fused with its article names ("confié au Monde", "un entretien au
    Figaro": Le Monde, Le Figaro), under its name with the article; ``None`` when no article makes it one."""
    if mention.preposition not in FUSED_ARTICLES or not whole or not whole[0].text[:1].isupper():
        return None
    name = _text(whole, mention.text, mention.start if mention.words is not None else 0)
    return _outlet_with_article(name, SPEAKER_WORDS.get(mention.lang, SpeakerWords()), gazetteer)


def _outlet_with_article(name: str, speakers: SpeakerWords, gazetteer: Gazetteer) -> SourceReading | None:
    """The outlet the gazetteer knows as ``name`` with one of the language's articles ("Monde": Le Monde, "Welt":
    Die Welt), under that full name; ``None`` when no article makes it one."""
    article = fused_outlet_article(name, speakers.determiners, gazetteer)
    if article is None:
        return None
    full = f"{article.capitalize()} {name}"
    return SourceReading("outlet", "outlet|" + fold(full), full, how="gazetteer")


def _spoken_for(
    described: SourceReading,
    core: list[Token],
    head: int,
    mention: SourceMention,
    speakers: SpeakerWords,
    gazetteer: Gazetteer,
) -> SourceReading:
    """A spokesperson's description read as the body spoken for (``spokespeople``): an anonymous one ("a spokesperson
    for the Home Office", "ein Sprecher des Innenministeriums") is the body, with the description as its alias; a
    definite title ("le porte-parole de la gendarmerie") stays a title, which a person the page names with it may
    hold, and falls back on the body (``SourceReading.body``). Officials and representatives of a named
    organisation ("Berrien County Health Department officials", "DGB-Vertreter") stay the anonymous source they
    were read as, marked to speak for the body by kind (``SourceReading.represents``)."""
    body = _named_body(described, core, head, mention, speakers, gazetteer, speakers.spokesperson_nouns)
    if body is None:
        nouns = REPRESENTATIVE_NOUNS.get(mention.lang, frozenset())
        represented = _named_body(described, core, head, mention, speakers, gazetteer, nouns) if nouns else None
        if described.kind == "anonymous" and represented is not None and represented.kind == "organisation":
            return replace(described, represents=True)
        return described
    body = replace(body, written=described.name)
    return replace(described, body=body) if described.kind == "title" else body


def _named_body(
    described: SourceReading,
    core: list[Token],
    head: int,
    mention: SourceMention,
    speakers: SpeakerWords,
    gazetteer: Gazetteer,
    nouns: frozenset[str],
) -> SourceReading | None:
    """The body a description headed by one of ``nouns`` (a spokesperson's) names, if it names one."""
    words = spokesperson_body(core, head, speakers, nouns)
    body = _read_source(_part(mention, words), gazetteer) if words else None
    if not words and described.kind == "anonymous":
        body = _acronym_spoken_for(core[head], nouns)
    named = [t for t in words if t.pos != "DET" and t.text.lower() not in speakers.determiners]
    alone = body is not None and (body.kind == "none" or (body.kind == "person" and len(named) == 1))
    # where every noun is capitalised, a capital marks no name: "ein Sprecher der Familie", "der Eltern" spoke for
    # no body (the tagger's PROPN does: "ein Sprecher von Tesco")
    capitalised = all(t.text[:1].isupper() for t in named) and not (
        speakers.capitalises_nouns and all(t.pos == "NOUN" for t in named)
    )
    if alone and named and capitalised:
        # what a spokesperson speaks for is a body, whatever its one name reads as alone ("for Tesco", "de la SNCF")
        text = _text(named, mention.text, mention.start if mention.words is not None else 0)
        body = SourceReading("organisation", _institution_key(text) or fold(text), text)
    spoken_for = body is not None and body.kind in ("organisation", "government", "outlet")
    if body is None or not spoken_for or _generic(named, speakers, gazetteer):
        return None
    return body


def _acronym_spoken_for(word: Token, nouns: frozenset[str]) -> SourceReading | None:
    """The body an acronym opening a spokesperson's compound names ("ein KVB-Sprecher", "eine SPD-Sprecherin"): the
    body, as "ein Sprecher der KVB" is; a compound of a common noun ("ein Polizeisprecher") names none, nor does an
    acronym before a longer compound ("ein EU-Kommissionssprecher" speaks for the commission, not the EU)."""
    first, _, rest = word.text.partition("-")
    if not _is_acronym_compound(word.text) or "-" in rest:
        return None
    if rest.lower() not in nouns:  # "ein EU-Kommissionssprecher": the commission's
        return None
    return SourceReading("organisation", _institution_key(first) or fold(first), first)


def _generic(words: list[Token], speakers: SpeakerWords, gazetteer: Gazetteer) -> bool:
    """Whether a body is named only by a bare noun of the language's lists ("the company", "der Zeitung", "la
    gendarmerie"): a description, not a name, which a spokesperson's description says better ("Sprecher der
    Zeitung"); a compound or a noun with more words names one ("des Innenministeriums", "du ministère de
    l'Intérieur"), and so does a seat of government the gazetteer knows, though a list holds it too ("do
    Itamaraty", "del Kremlin": the ministry, the presidency)."""
    if len(words) != 1 or gazetteer.state(words[0].text) is not None:
        return False
    nouns = speakers.body_nouns | speakers.government_nouns | speakers.outlet_nouns
    return any(form in nouns for form in (words[0].text.lower(), words[0].lemma.lower()))


def _particle_surname(
    mention: SourceMention, whole: list[Token], speakers: SpeakerWords, gazetteer: Gazetteer
) -> SourceReading | None:
    """A person named by a surname that opens with a capitalised particle and no given name ("Le Pen a déclaré",
    "a ajouté Le Drian"): the particle is the surname's, not an article, so the person is "Le Pen", keyed by the
    word after it as "Marine Le Pen" is. The word alone must read as a person, or as nothing while no dictionary
    of the language knows it ("Pen"); a place, a body or a title it names keeps that reading ("La Moncloa", "Le
    Sénat", "Le Maire": the mayor, or Bruno Le Maire, the page decides elsewhere)."""
    if len(whole) != 2 or whole[0].text not in speakers.surname_particles:
        return None
    word = whole[1]
    if not word.text.isalpha() or not word.text[:1].isupper() or word.text.isupper():
        return None
    alone = read_source(replace(mention, text=word.text, words=[word], start=word.start), gazetteer)
    if alone.kind == "none":
        from sift.machine_cache import dictionary_lemma

        if dictionary_lemma(word.text, mention.lang) is not None or word.pos not in ("PROPN", "NOUN", "X"):
            return None
    elif alone.kind != "person" or alone.how != "named":
        return None
    name = f"{whole[0].text} {word.text}"
    return SourceReading("person", transliteration_key(word.text), name, alone.titles)


#: Prepositions between a person's full name and the body the person speaks for ("Jane Smith from the World Bank",
#: "Christoph Bals von der Umweltorganisation Germanwatch"), in languages whose names hold none of them (French and
#: Spanish "de" opens surnames: "Luis de Guindos").
AFFILIATION_PREPOSITIONS = {"en": frozenset({"of", "from", "at"}), "de": frozenset({"von", "vom", "bei", "aus"})}


#: Prepositions that group people around the one who leads them ("die Forscher um X").
GROUPED_AROUND = {"de": frozenset({"um"})}


def _led_group(
    core: list[Token], mention: SourceMention, gazetteer: Gazetteer, speakers: SpeakerWords
) -> SourceReading | None:
    """The person a group of sources is named by ("Die Forscher um Studienleiterin Maria Schmidt schreiben",
    "das Team um Christian Drosten"): a source or body noun, a grouping preposition, then a person."""
    words = GROUPED_AROUND.get(mention.lang)
    if not words:
        return None
    around = next((j for j, t in enumerate(core) if 0 < j < len(core) - 1 and t.text.lower() in words), None)
    group = core[around - 1] if around is not None else None
    if group is None or not (_is_speaker_noun(group, speakers) or _is_organisation_word(group)):
        return None
    reading = _read_source(_part(mention, core[around + 1 :]), gazetteer)
    return reading if reading.kind == "person" and reading.how in NAMED_READINGS else None


def _member_of_body(
    core: list[Token], mention: SourceMention, gazetteer: Gazetteer, speakers: SpeakerWords
) -> SourceReading | None:
    """The person a span names by a full name before the body they belong to (two names or more, then one of
    :data:`AFFILIATION_PREPOSITIONS`, then a phrase a body noun, an organisation's word or a known body heads):
    the person speaks, not a body called "Jane Smith from the World Bank" nor "Lena Rauch von der Verbraucherzentrale"
    (issue #18: a surname that is a noun too, "Trio", "Rauch", counts as a name after a given name; "aus" names the
    body as "von" does: "Petra Koch aus dem Ministerium"); ``None`` for any other span ("Ursula von der Leyen" has
    one name before "von")."""
    prepositions = AFFILIATION_PREPOSITIONS.get(mention.lang)
    at = next((k for k, t in enumerate(core) if prepositions and t.text in prepositions), None)
    if at is None or at < 2 or at + 1 >= len(core):
        return None
    person, body = core[:at], core[at + 1 :]
    # a title written lower case may open it ("lead author Maria Gonzalez of Stanford University")
    lead = next((k for k, t in enumerate(person) if t.text[:1].isupper()), len(person))
    named = person[lead:]
    titled = any(_in(speakers.title_nouns | speakers.source_nouns, t, speakers) for t in person[:lead])
    # or an occupation no list holds ("said planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory")
    titled = titled or (lead > 0 and mention.lang == "en" and _is_agent_noun(person[lead - 1]))
    if lead and not titled:
        return None
    # a surname that is a German noun too ("Wendel Trio", "Lena Rauch"): the tagger's noun after a given name
    surname = len(named) > 1 and _is_surname(named, len(named) - 1, named[:-1], speakers)
    bare = _bare_name_before_body(mention, person, speakers)
    proper = sum(t.pos in ("PROPN", "X") for t in named) + surname >= 2 or bare is not None
    if not proper or not all(t.text[:1].isupper() for t in named):
        return None
    offset = mention.start if mention.words is not None else 0
    named_body = _known_name(_text(body, mention.text, offset), body, gazetteer)
    # a name of two capitalised words or more with no article is a body's too ("Jacqueline Rioba von World Vision")
    bare_name = len(body) > 1 and all(t.text[:1].isupper() for t in body)
    if (
        named_body is None
        and not bare_name
        and not any(
            _is_organisation_word(t) or _in(speakers.body_nouns | speakers.government_nouns, t, speakers) for t in body
        )
    ):
        return None
    reading = _read_source(_part(mention, person), gazetteer)
    return reading if reading.kind == "person" else bare


#: The most words of a bare name before a body (:func:`_bare_name_before_body`): a given name or two and a surname.
MAX_BARE_NAME = 3


def _bare_name_before_body(mention: SourceMention, person: list[Token], speakers: SpeakerWords) -> SourceReading | None:
    """The person a German span names by two or three capitalised words with no article before the body they belong
    to, where the tagger took every word for a common noun ("Wendel Trio von der Umweltorganisation Greenpeace": a
    "Wendel" and a "Trio"; issue #18): a singular common noun takes an article where nouns are capitalised, so bare
    words before "von der" and a body name someone. No word may be a speaker word ("Sprecher", "Ministerin") or an
    organisation's or an adjective ("Grüne Jugend von …"), nor the span open with an article."""
    words = mention.words or []
    if not speakers.capitalises_nouns or not words or words[0].text.lower() in speakers.determiners:
        return None
    if not 2 <= len(person) <= MAX_BARE_NAME or person[0] is not words[0]:
        return None
    for token in person:
        if not (token.text.isalpha() and token.text[:1].isupper() and not token.text.isupper()):
            return None
        if token.pos not in ("NOUN", "PROPN", "X"):  # "Grüne Jugend": an adjective makes a body's name
            return None
        if _is_speaker_noun(token, speakers, documents=True) or _is_organisation_word(token):
            return None
    offset = mention.start if mention.words is not None else 0
    return SourceReading("person", transliteration_key(person[-1].text), _text(person, mention.text, offset))


def _titled_after_body(
    core: list[Token], mention: SourceMention, gazetteer: Gazetteer, speakers: SpeakerWords
) -> SourceReading | None:
    """The person an English span names by a title and a full name after the body's name ("Bank of England Governor
    Andrew Bailey", "Federal Reserve Bank of New York President John Williams"): read from the title on, where the
    body's words would make the whole an organisation's name; ``None`` for any other span."""
    if mention.lang != "en":
        return None
    titled = [k for k, t in enumerate(core) if k > 1 and _in(speakers.title_nouns, t, speakers) is not None]
    if not titled:
        return None
    k = titled[-1]
    names = core[k + 1 :]
    if len(names) < 2 or not all(t.pos == "PROPN" and t.text[:1].isupper() for t in names):
        return None
    if not all(t.text[:1].isupper() or t.text in ("of", "for", "at") for t in core[:k]):
        return None  # a capitalised body's name before the title, nothing else
    reading = _read_source(_part(mention, core[k:]), gazetteer)
    return reading if reading.kind == "person" else None


def _affiliated_run(
    core: list[Token], head: int, lang: str, speakers: SpeakerWords, gazetteer: Gazetteer
) -> list[Token]:
    """The run of names closing the span when its head opens it as a body's name before a person's full name
    ("Lewicy Borys Budka", "PSL Władysław Kosiniak-Kamysz": :func:`_without_affiliation`); empty otherwise."""
    run = next((run for run in _name_runs(core, speakers) if run[0] is core[head]), [])
    if not run or run[-1] is not core[-1]:
        return []
    return run if _without_affiliation(run, lang, speakers, gazetteer) is not run else []


def _is_heading_label(mention: SourceMention, text: str) -> bool:
    """Whether a block-opening label is a heading's, not a name: an abbreviation ("PS.:", "Anm.:", "Abb.:"), a
    phrase opened by a preposition ("In Harry Potter: Hogwarts Mystery, …", "Zum Thema: …") or plural common words
    (:func:`_is_plural_noun_label`). A speaker's label is a name or a noun phrase."""
    if text.endswith(".") or _is_code(text):
        return True
    first = mention.words[0] if mention.words else None
    return (
        (first is not None and first.pos == "ADP" and first.start == mention.start)
        or _is_plural_noun_label(text, mention.lang)
        or _is_topic_kicker(mention, text)
    )


def _is_topic_kicker(mention: SourceMention, text: str) -> bool:
    """Whether a label is one common noun of a language that capitalises nouns, a topic's kicker over a headline
    ("Hochwasser: Straßen bleiben gesperrt", "Energiekrise: …"): the tagger's lexicon reads it first as a common
    noun and no list holds it as one who speaks ("Polizei: Täter gefasst", "Regierung: …" stay labels)."""
    speakers = SPEAKER_WORDS.get(mention.lang)
    if speakers is None or not speakers.capitalises_nouns or " " in text or not text.isalpha():
        return False
    from sift.attribution.german import lexicon_tag

    if lexicon_tag(text) != "NN":
        return False
    token = mention.words[0] if mention.words else plain_tokens(text)[0]
    return not _is_speaker_noun(token, speakers, documents=True)


#: Digits that make one word of letters and digits a code, no name ("KB3022345: offizielle Beschreibung …", an
#: update's number heading a link list on realpages dev6); names hold a digit or two ("3M", "COVID-19", "G7").
CODE_DIGITS = 3


def _is_code(text: str) -> bool:
    """Whether a label is one word of letters and at least :data:`CODE_DIGITS` digits: an article's, a product's or
    an update's number heading a line."""
    return " " not in text and any(c.isalpha() for c in text) and sum(c.isdigit() for c in text) >= CODE_DIGITS


def _is_plural_noun_label(text: str, lang: str) -> bool:
    """Whether a label of two or more words is common words the dictionary writes lower case, the last a plural
    ("Price Alerts: Coinbase allows you …", "Key Features: …"), where the language writes nouns lower case: a
    feature list's or a section's heading. A name holds a word the dictionary has no lower-case entry for ("Bernie
    Sanders"), and a lone surname ("Waters:") is never read so."""
    speakers = SPEAKER_WORDS.get(lang)
    words = text.split()
    if speakers is None or speakers.capitalises_nouns or len(words) < 2 or not all(w.isalpha() for w in words):
        return False
    from sift.machine_cache import dictionary_lemma

    lemmas = [dictionary_lemma(word, lang) for word in words]
    if not all(lemma is not None and lemma[:1].islower() for lemma in lemmas):
        return False
    return lemmas[-1] != words[-1].lower()


def _head_run(core: list[Token], head: int, runs: list[list[Token]], *, single: bool = False) -> list[Token]:
    """The run of names a span is read by: the last ("Health Minister Jane Doe", "Obama adviser David Axelrod"),
    unless a full name heads the span and a preposition ties the next run to it: that run names the person's place
    or body ("Anna Velt of Marlow said", "43-year-old X Y of Aberdeenshire, Scotland": realpages dev5); with
    ``single`` (English), a one-word name heads so too ("Republicans on Capitol Hill": PolNeAR train junk). A head
    noun before the first run is that run's title, so the first run heads ("der Virologe Christian Drosten von der
    Charité in Berlin": Drosten, not Berlin, realpages dev14)."""
    holding = next((k for k, run in enumerate(runs) if core[head] in run), None)
    if holding is None and core.index(core[head]) < core.index(runs[0][0]):
        holding = 0
    if holding is None or holding == len(runs) - 1 or (len(runs[holding]) < 2 and not single):
        return runs[-1]
    between = core[core.index(runs[holding][-1]) + 1 : core.index(runs[holding + 1][0])]
    return runs[holding] if any(t.pos == "ADP" for t in between) else runs[-1]


def _article_before(tokens: list[Token], core: list[Token], speakers: SpeakerWords) -> str | None:
    """The determiner right before a source's core words ("der" of "der nicaraguanischen Ärztekammer")."""
    index = next((i for i, token in enumerate(tokens) if core and token.start == core[0].start), 0)
    word = tokens[index - 1].text.lower() if index > 0 else ""
    return word if word in speakers.determiners else None


def _named(
    run: list[Token],
    core: list[Token],
    name: str,
    mention: SourceMention,
    speakers: SpeakerWords,
    gazetteer: Gazetteer,
    titles: frozenset[str],
    *,
    appositive: list[Token] | None = None,
    article: str | None = None,
) -> SourceReading:
    """The reading of a span headed by a proper name: a known name, an organisation's, an acronym, a person's
    (``appositive``: the span's words after a comma, which may say what the name names; ``article``: the determiner
    before ``core``, whose case a German body's name is undone from)."""
    offset = mention.start if mention.words is not None else 0
    titled = [i for i, t in enumerate(run) if _in(speakers.title_nouns, t, speakers) is not None]
    # a source noun after a title and before a full name ends a longer title ("Chief Financial Officer Mark
    # Hendricks", "Chief Medical Officer X"); one in the last two words is the name's ("Minister John Friend")
    titled += [
        i
        for i, t in enumerate(run[: len(run) - 2])
        if titled and titled[0] < i and _in(speakers.source_nouns, t, speakers) is not None
    ]
    titled.sort()
    entitled = bool(titled) and titled[-1] < len(run) - 1
    if entitled:  # "Health Minister Jane Doe", "Senator Bernie Sanders"
        titles = titles | _titles(run[: titled[-1] + 1], speakers)
        run = run[titled[-1] + 1 :]
    if mention.lang == "en" and (
        _is_occupation_before_name(run) or (len(run) > 2 and run[0].text.lower() in speakers.party_member_nouns)
    ):  # "Biologists Andrew MacDonald and …", "Republican Mitch McConnell"
        titles = titles | {run[0].text.lower()}
        run = run[1:]
    while mention.lang == "en" and len(run) > 2 and run[0].text.rstrip(".").lower() in TITLE_ABBREVIATIONS:
        titles = titles | {run[0].text.rstrip(".").lower()}  # "Sen. Chuck Schumer", "Dr. Anthony Fauci"
        run = run[1:]
    run = _without_acronyms(run, leading=False)  # "Weber EU": the body the person speaks for
    whole, run = (
        run,
        _without_affiliation(run, mention.lang, speakers, gazetteer),
    )  # "PSL Władysław X", "Lewicy Borys Budka"
    person = _text(run, mention.text, offset)
    known = _known_name(person, run, gazetteer)
    if known is not None:
        return known
    role = _role_before(core, run, speakers)
    if role is not None:  # "State Department official David Holmes": the body is whom the person serves
        return SourceReading("person", transliteration_key(run[-1].text), person, titles | role)
    if all(t.text.isupper() and len(t.text) > 1 for t in run) and len(run) > 2:
        return SourceReading("none")  # an upper-case headline ("MEHRERE SCHÜSSE IN WOHNUNG")
    # the body words are the affiliation's, or the title's ("Commission President Ursula von der Leyen"), not the name's
    affiliated = run is not whole or entitled
    if any(_is_organisation_word(t) or _in(speakers.body_nouns, t, speakers) for t in (run if affiliated else core)):
        if mention.lang == "de" and name.endswith(core[-1].text):  # "des Robert Koch-Instituts": Robert Koch-Institut
            name = name[: len(name) - len(core[-1].text)] + _genitive_undone(core[-1], article)
        return SourceReading("organisation", _institution_key(name) or fold(name), name)
    if len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1:
        return SourceReading("organisation", fold(person), person)
    if _heads_plural_body_name(run[-1], core, speakers):  # "(National) Institutes of Health"
        return SourceReading("organisation", _institution_key(name) or fold(name), name)
    if len(run) == 1 and mention.cue_lemma in OUTLET_CUES:
        return SourceReading("outlet", "outlet|" + fold(person), person)
    if len(run) == 1 and _is_group(mention.text, person, speakers):
        return SourceReading("organisation", fold(person), person)
    if core == run and _is_articled_body(mention, core, speakers):
        return SourceReading("organisation", fold(person), person)
    if _is_placed_body(run, core, speakers, article):  # "Die Charité in Berlin"
        return SourceReading("organisation", fold(person), person)
    if len(run) == 1 and _is_acronym_compound(run[0].text):  # "des ARD-Hauptstadtstudios", "die SPD-Fraktion"
        if gazetteer.ends_like_outlet(person):  # "ET-News", as the page's other mentions read it
            return SourceReading("outlet", "outlet|" + fold(person), person)
        return SourceReading("organisation", fold(person), person)
    if len(run) == 1 and not titles and _is_body_appositive(appositive or [], speakers):
        return SourceReading("organisation", fold(person), person)  # "Gazprom, la empresa rusa del gas, afirmó"
    if _is_party_plural(run[-1], speakers):  # "Democrats said", "House Democrats argue": the party, no person
        return SourceReading("organisation", "party|" + fold(run[-1].text), person)
    return SourceReading("person", transliteration_key(run[-1].text), person, titles)


def _is_party_plural(token: Token, speakers: SpeakerWords) -> bool:
    """Whether a name ends on the plural of a party's members ("Democrats", "House Democrats", "the Tories"): the
    party speaking as a body (issue #18, kinds40: read as a person named "Democrats"); a member in the singular
    ("said Democrat X", "a Republican") stays a person's description. The list holds both numbers, so a plural is
    an entry whose singular it also holds."""
    lowered = token.text.lower()
    if not token.text[:1].isupper() or lowered not in speakers.party_member_nouns:
        return False
    singulars = (lowered[:-1], lowered[:-3] + "y") if lowered.endswith("ies") else (lowered[:-1],)
    return lowered.endswith("s") and any(singular in speakers.party_member_nouns for singular in singulars)


#: Abbreviated English titles before a full name, no part of it (honorifics that tell a gender, "Ms.", stay).
TITLE_ABBREVIATIONS = frozenset(
    {"sen", "rep", "gov", "lt", "gen", "col", "adm", "sgt", "capt", "maj", "cmdr", "prof", "dr", "atty", "supt", "rev"}
)
#: Endings of English agent nouns ("researcher", "senator", "biologist", "analyst", "historian", "consultant").
_AGENT_ENDINGS = ("er", "or", "ist", "yst", "ian", "ant", "ent")
#: Of those, the ones no given name has ("Hunter", "Carter", "Christian" are names; "Biologist" is not).
_OCCUPATION_ENDINGS = ("ist", "yst")


def _is_agent_noun(token: Token) -> bool:
    """Whether an English lower-case noun is an agent noun of simplemma's dictionary ("geologist", "economist",
    "researcher", "historian"): an occupation written before a person's name."""
    from sift.machine_cache import dictionary_lemma

    if token.pos != "NOUN" or not token.text.isalpha() or not token.text.islower():
        return False
    # a rarer one the dictionary lacks by an ending no common word has ("glaciologist", "volcanologist")
    lemma = dictionary_lemma(token.text, "en") or (token.text if token.text.endswith(_OCCUPATION_ENDINGS) else None)
    return lemma is not None and lemma.islower() and lemma.endswith(_AGENT_ENDINGS)


def _is_occupation_before_name(run: list[Token]) -> bool:
    """Whether an English run of names opens with an occupation capitalised before a full name ("Biologist Andrew
    MacDonald", "Senators Bernie Sanders and …"): a plural agent noun, or a singular one of an ending no given name
    has, that simplemma's dictionary knows."""
    from sift.machine_cache import dictionary_lemma

    if len(run) < 3 or not run[0].text.isalpha():
        return False
    word = run[0].text.lower()
    lemma = dictionary_lemma(word, "en")
    if lemma is None or not lemma.islower() or not lemma.endswith(_AGENT_ENDINGS):
        return False
    plural = word in (lemma + "s", lemma + "es")
    return plural or (word == lemma and lemma.endswith(_OCCUPATION_ENDINGS))


def _heads_plural_body_name(token: Token, core: list[Token], speakers: SpeakerWords) -> bool:
    """Whether a capitalised plural of a body noun opens a body's name before "for"/"of" and more of it ("Centers
    for Disease Control and Prevention", "Institutes of Health"): a plural alone may be a surname ("Lena Banks")."""
    lowered = token.text.lower()
    at = next((k for k, t in enumerate(core) if t is token), None)
    if at is None or at + 2 >= len(core) or core[at + 1].text not in ("for", "of") or not lowered.endswith("s"):
        return False
    return lowered[:-1] in speakers.body_nouns and core[at + 2].text[:1].isupper()


def _genitive_lookup(mention: SourceMention) -> Callable[[str], str | None] | None:
    """The dictionary that undoes the genitive of a source its cue governs ("według Adama Niedzielskiego"), or the
    case of a passive's agent its preposition governs ("przez ministra Adama Bodnara"), else ``None`` (see
    :mod:`sift.attribution.inflection`)."""
    governed = (mention.cue_lemma or "") in GENITIVE_CUES.get(mention.lang, ())
    if not governed and mention.preposition not in GOVERNING_PREPOSITIONS.get(mention.lang, ()):
        return None
    from sift.machine_cache import dictionary_lemma

    return functools.partial(dictionary_lemma, lang=mention.lang)


def _role_before(core: list[Token], run: list[Token], speakers: SpeakerWords) -> frozenset[str] | None:
    """The role noun, written lower case, right before a full name closing the span ("State Department official
    David Holmes", "Security Council aide Tim Ros"): the name is a person's, whatever body words come before;
    ``None`` when there is none."""
    if len(run) < 2 or run[0] not in core or run[-1] is not core[-1]:
        return None
    index = core.index(run[0])
    if index == 0 or not core[index - 1].text.islower():
        return None
    word = core[index - 1]
    entry = _in(speakers.title_nouns, word, speakers) or _in(speakers.source_nouns, word, speakers)
    return frozenset({entry}) if entry is not None else None


#: Possessive endings split off a name by the English tokenizer ("Trump’s", "officials'").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _context_appositive(mention: SourceMention) -> list[Token]:
    """The words between the commas right after a source span ("diplomat|, former special envoy X Y,|")."""
    context = mention.context
    end = context.find(",", 1)
    return plain_tokens(context[1:end]) if context.startswith(",") and end > 0 else []


def _titled_appositive(
    words: list[Token], speakers: SpeakerWords, gazetteer: Gazetteer, titles: frozenset[str]
) -> SourceReading | None:
    """The person a described source names in its appositive, a title phrase ending in a name ("Another
    diplomat, former special envoy to Ukraine Kurt Volker, said …", "A senior official, the deputy minister Anna
    Berg, said"). The name is the capitalised words closing the appositive, less places and bodies the gazetteer
    knows ("Ukraine"); the words before it must hold a title ("based in New York City" names no one), or be none:
    an appositive that is a full name alone names the person described ("According to his aunt, Jane Doe, …")."""
    run: list[Token] = []
    for token in reversed([t for t in words if t.pos != "PUNCT"]):
        if not (token.text[:1].isupper() and token.text.isalpha()):
            break
        run.insert(0, token)
    while run and _known_name(run[0].text, run[:1], gazetteer) is not None:
        run.pop(0)
    described = [t for t in words if t.pos != "PUNCT"][: -len(run) or None]
    if len(run) < 2 or (described and not any(_in(speakers.title_nouns, t, speakers) for t in described)):
        return None
    name = " ".join(t.text for t in run)
    return SourceReading("person", transliteration_key(run[-1].text), name, titles, how="named")


def _is_possessor(core: list[Token], head: int) -> bool:
    """Whether the names before the head noun are its possessor ("Donald Trump’s rivals"): a possessive ending
    stands between them and a head that is no name."""
    return core[head].pos != "PROPN" and any(t.text.lower() in POSSESSIVE_MARKS for t in core[:head])


#: Head nouns of a share of a population ("44 percent of Americans say"): a survey's figure, whose pollster speaks.
SHARE_NOUNS = frozenset({"percent", "percentage", "%"})
#: The genitive preposition of the languages whose head comes last (English): "the manual of X" is X's.
HEAD_LAST_GENITIVES = frozenset({"of"})


def _is_thing_headed(core: list[Token], head: int, runs: list[list[Token]], speakers: SpeakerWords) -> bool:
    """Whether a span whose head comes last in its nominal run (English) is headed by a common noun that names no
    speaker, written lower case, with its names only after a preposition: the names place or describe the thing
    ("a region like Delhi", "The population in the X camp") and the thing does not speak. A genitive "of" ties an
    issuer to an unlisted noun ("the policy manual of the X Services") and keeps it, except after a share of a
    population ("44 percent of Americans say": the survey's figure). A name before the head ("An X journalist",
    "a Y poll") says whose the thing is, and may speak for it. Speaker words were read before (:func:`_described`)."""
    token = core[head]
    lowered = token.text.lower()
    if speakers.is_head_first or token.pos != "NOUN" or not (token.text.islower() or lowered in SHARE_NOUNS):
        return False
    if not runs or any(token in run for run in runs) or _is_speaker_noun(token, speakers, documents=True):
        return False
    first = core.index(runs[0][0])
    preposition = next((t for t in core[head + 1 : first] if t.pos == "ADP"), None)
    if first < head or preposition is None:
        return False
    return preposition.text.lower() not in HEAD_LAST_GENITIVES or lowered in SHARE_NOUNS


def _is_named_things(core: list[Token], head: int, runs: list[list[Token]], speakers: SpeakerWords) -> bool:
    """Whether an English span ends on a plural common noun of things right after the names that modify it ("The
    Black Friday Apple deals promise to be even better", "The new Samsung phones promise …": the deals speak, no
    one; issue #18, sweep44): a lower-case plural the dictionary knows, no speaker, document, data or speech noun
    nor an agent noun ("the Google engineers", "the Liverpool players" speak for themselves)."""
    from sift.machine_cache import dictionary_lemma

    token = core[head]
    if speakers.is_head_first or speakers.capitalises_nouns or head != len(core) - 1 or head == 0:
        return False
    if token.pos != "NOUN" or not token.text.isalpha() or not token.text.islower() or token.text == token.lemma:
        return False
    if not runs or core[head - 1] not in runs[-1] or _is_speaker_noun(token, speakers, documents=True):
        return False
    lemma = token.lemma.lower()
    # source, title, body and document nouns are :func:`_is_speaker_noun`'s
    words = (speakers.data_nouns, speakers.speech_nouns, speakers.judgement_nouns, speakers.report_nouns,
             speakers.spokesperson_nouns, speakers.party_member_nouns)  # fmt: skip
    if any(lemma in group or token.text in group for group in words) or _is_agent_noun(token):
        return False
    known = dictionary_lemma(token.text, "en")
    return known is not None and known.islower()


def _is_group(text: str, name: str, speakers: SpeakerWords) -> bool:
    """Whether a single name follows a plural definite article ("los Capuchinos", "les Verts", "die Grünen"): a
    group, not a person."""
    first = text.strip().split(" ", 1)[0].lower()
    if first not in speakers.plural_articles:
        return False
    return not speakers.plural_name_endings or name.lower().endswith(speakers.plural_name_endings)


def _is_articled_body(mention: SourceMention, core: list[Token], speakers: SpeakerWords) -> bool:
    """Whether a name standing alone in its span comes right after a singular article that no person's name takes
    in the language's news ("la Aemet", "o Ipea", "O Inmet, órgão do Ministério …"): a body's short name, never a
    person."""
    offset = mention.start if mention.words is not None else 0
    before = mention.text[: max(0, core[0].start - offset)].split()
    return len(before) == 1 and before[0].lower() in speakers.body_articles


def _is_acronym_compound(word: str) -> bool:
    """Whether a word is a compound opened by an acronym ("ARD-Hauptstadtstudio", "EU-Kommission", "SPD-Fraktion"):
    no person's name starts with an acronym; a body's or a part of one does."""
    first, hyphen, rest = word.partition("-")
    return bool(hyphen) and len(first) > 1 and first.isupper() and first.isalpha() and rest[:1].isupper()


def _is_placed_body(run: list[Token], core: list[Token], speakers: SpeakerWords, article: str | None) -> bool:
    """Whether a one-word name after an article heads a span with a preposition after it, in a language whose news
    writes no article before a person's name ("Die Charité in Berlin", "die Linke in Sachsen"): a body's name."""
    if not speakers.capitalises_nouns or article is None or len(run) != 1 or core[0] is not run[0]:
        return False
    return len(core) > 1 and core[1].pos == "ADP"


#: Prepositions of place after a body's name ("Die Caritas in der Diözese Münster", "die Tafel im Kreis Kleve").
PLACE_PREPOSITIONS = frozenset({"in", "im"})


def _is_placed_noun_body(
    core: list[Token], runs: list[list[Token]], speakers: SpeakerWords, article: str | None
) -> bool:
    """Whether an articled noun no list holds opens the span and the names follow it only in its phrase of place,
    in a language that capitalises nouns ("Die Caritas in der Diözese Münster sieht …", "Die Tafel in Essen warnt";
    the tagger reads "Caritas" as a noun): the body in its place speaks, as "Die Charité in Berlin" does
    (:func:`_is_placed_body`), not the place ("Münster" read as a person's name; session 40, realpages heldout). A
    body's one-word name the gazetteer knows, retagged a name, is such a noun ("Die Diakonie im Landkreis
    Gifhorn")."""
    if not speakers.capitalises_nouns or article is None or len(core) < 3 or not runs:
        return False
    first, preposition = core[0], core[1]
    known = first.text in ONE_WORD_BODIES
    if not (first.pos == "NOUN" or known) or not first.text[:1].isupper():
        return False
    if preposition.text not in PLACE_PREPOSITIONS:
        return False
    placed = [run for run in runs if not (known and run[0] is first)]
    return bool(placed) and all(core.index(run[0]) > 1 for run in placed)


def _origin_phrase(
    core: list[Token], runs: list[list[Token]], speakers: SpeakerWords, article: str | None
) -> int | None:
    """Index of the preposition of origin after an articled noun no list holds, when the names of the span follow
    it only in that phrase, in a language that capitalises nouns ("Der Winzer aus Bernkastel sagte", "Ein Lehrer
    aus Chemnitz"): the place says where the one the noun describes comes from, as :func:`_is_placed_noun_body`
    says where a body works; the noun is read alone. ``None`` otherwise."""
    if not speakers.capitalises_nouns or article is None or len(core) < 3 or not runs:
        return None
    first, preposition = core[0], core[1]
    if first.pos != "NOUN" or not first.text[:1].isupper() or preposition.text not in speakers.origin_prepositions:
        return None
    if (first.lemma or first.text).lower() in speakers.data_nouns | speakers.judgement_nouns:
        return None  # "eine Studie aus Oxford, die … voraussagt": the study's place names its authors (dev9)
    return 1 if all(core.index(run[0]) > 1 for run in runs) else None


#: Prepositions of origin in any language the speaker words know: a data phrase may quote another language's
#: ("Laut einer Studie from China", "Selon une étude from China"), as the one language-blind table read it.
ANY_ORIGIN_PREPOSITIONS = frozenset().union(*(row.origin_prepositions for row in SPEAKER_WORDS.values()))


def _is_data_origin(mention: SourceMention, words: list[str], speakers: SpeakerWords, gazetteer: Gazetteer) -> bool:
    """Whether an "according to" phrase of figures or a study names only the state they come from ("Nach einer
    Studie aus den USA", "nach den Zahlen aus China", "according to a study from Germany"): a data noun (the cue's
    last word, or the span's first after its articles) right before a preposition of origin, and the rest, past
    its articles, a state the gazetteer knows. A study is made where it is made; it is not the state's word
    (issue #18: realpages dev14 "China")."""
    at = next((k for k, word in enumerate(words) if word in ANY_ORIGIN_PREPOSITIONS), None)
    if at is None or at + 1 == len(words):
        return False
    before = words[at - 1] if at else (mention.cue_lemma or "").lower().rpartition(" ")[2]
    if before not in speakers.data_nouns or (at and any(word not in speakers.determiners for word in words[: at - 1])):
        return False
    rest = mention.text.strip().split()[at + 1 :]
    while len(rest) > 1 and rest[0].lower() in speakers.determiners:
        rest = rest[1:]
    return gazetteer.state(" ".join(rest)) is not None


def _is_body_appositive(words: list[Token], speakers: SpeakerWords) -> bool:
    """Whether an appositive says that the name before it is a body's: its head noun, first after its articles
    (languages whose head comes first), is a body word written lower case, and no title or verb stands in it
    ("Gazprom, la empresa rusa del gas", "O Inmet, órgão do Ministério da Agricultura"; not "Ramírez, portavoz
    del Gobierno", "Ramírez, del Partido Popular")."""
    words = [t for t in words if t.pos != "PUNCT"]
    while words and words[0].text.lower() in speakers.determiners:
        words = words[1:]
    if not speakers.is_head_first or not words or any(t.pos in ("VERB", "AUX") for t in words):
        return False
    if any(_in(speakers.title_nouns, t, speakers) for t in words):
        return False
    return words[0].text.islower() and _in(speakers.body_nouns, words[0], speakers) is not None


#: Prepositions naming the issuer of a statement, document or figures after them in English ("a statement from the
#: White House", "figures released by the ministry" has a verb and is read elsewhere).
_ISSUED_BY = frozenset({"from", "by", "of"})


def _speech_complement(core: list[Token], head: int, lang: str, speakers: SpeakerWords) -> list[Token]:
    """The genitive complement of a head noun naming a statement or a document ("l'évaluation | de la Commission",
    "argument polityczny | Koalicji"): after a genitive preposition, or (case-marked free-order languages) right
    after the noun and its adjectives; empty when there is none."""
    nouns = speakers.speech_nouns | speakers.judgement_nouns | speakers.document_nouns | speakers.data_nouns
    if not _in(nouns, core[head], speakers):
        return []
    if not speakers.is_head_first:  # "a White House statement", "the company's report": the modifier before it
        before = [t for t in core[:head] if t.text not in POSSESSIVE_MARKS]
        if any(t.pos in ("NOUN", "PROPN") for t in before):
            return before
        # "a statement from the White House", "figures from the Office for National Statistics": the phrase after
        after = head + 1
        if after + 1 < len(core) and core[after].pos == "VERB" and core[after + 1].text.lower() == PASSIVE_BY:
            return core[after + 2 :]  # "figures released by the ministry"
        return core[after + 1 :] if after < len(core) and core[after].text.lower() in _ISSUED_BY else []
    row = LANGUAGES.get(lang)
    j = head + 1
    while j < len(core) and core[j].pos == "ADJ":
        j += 1
    if j >= len(core) or row is None:
        return []
    if j + 1 < len(core) and core[j].pos == "VERB" and core[j + 1].text.lower() in row.agent_prepositions:
        agent = core[j + 2 :]  # "les chiffres publiés par l'Insee", "un rapport publié par Amnesty International"
        return next(
            (
                agent[:m]
                for m in range(1, len(agent) - 1)
                if agent[m].text.lower() in row.genitive_words
                and agent[m + 1].text.lower() in speakers.possessives | speakers.demonstratives
            ),
            agent,
        )
    if core[j].text.lower() in row.genitive_words:
        # a German genitive article stays with the complement: it tells its case ("Angaben des Zentralrats")
        return core[j:] if speakers.capitalises_nouns and core[j].pos == "DET" else core[j + 1 :]
    if row.is_free_order and core[j].pos in ("NOUN", "PROPN"):
        return core[j:]
    return []


#: The longest acronym read as the issuer that opens a hyphenated compound ("WHO-Lagebericht", "RKI-Angaben").
MAX_ISSUER_ACRONYM = 6


def _compound_issuer(core: list[Token], speakers: SpeakerWords, gazetteer: Gazetteer) -> str | None:
    """The issuer a German compound names before its hyphen when its last part is a statement, document or figures
    ("des WHO-Lageberichts" -> "WHO", "RKI-Angaben" -> "RKI", "dpa-Bericht"): an acronym or a known outlet or body;
    ``None`` for any other first part ("Corona-Studie", "Lage-Bericht" name no one)."""
    if not speakers.has_compounds or not core:
        return None
    first, hyphen, rest = core[-1].text.partition("-")
    if not hyphen or not rest or "-" in rest:
        return None
    nouns = speakers.speech_nouns | speakers.judgement_nouns | speakers.document_nouns | speakers.data_nouns
    if _in(nouns, core[-1], speakers) is None:
        return None
    acronym = _is_acronym_compound(core[-1].text) and len(first) <= MAX_ISSUER_ACRONYM
    return first if acronym or gazetteer.is_outlet(first) or gazetteer.is_body(first) else None


#: Genitive marks of a German name before its noun: "Merkels", "Scholz’".
_GENITIVE_APOSTROPHES = frozenset({"’", "'"})
#: The fewest letters of a name in the genitive "-s" ("Trumps", "Merkels"; not "Das", "Uns").
MIN_S_GENITIVE = 5


def _s_genitive(word: str) -> bool:
    """Whether a capitalised word may be a name in the genitive "-s" ("Merkels", "Trumps")."""
    return len(word) >= MIN_S_GENITIVE and word.endswith("s")


def _genitive_possessor(core: list[Token], speakers: SpeakerWords) -> str | None:
    """The name whose statement, judgement or document a span names by a genitive before it, where every noun is
    capitalised ("Merkels Aussage" -> "Merkel", "Scholz’ Ankündigung" -> "Scholz", "Prechts Prognose"): the
    name without its genitive ending; ``None`` elsewhere ("Merkels Sprecher": the spokesman speaks)."""
    if not speakers.capitalises_nouns or len(core) < 2:
        return None
    nouns = speakers.speech_nouns | speakers.judgement_nouns | speakers.document_nouns
    if not _in(nouns, core[-1], speakers):
        return None
    names = core[:-1]
    if names[-1].text in _GENITIVE_APOSTROPHES:
        names = names[:-1]
        last = names[-1].text if names else ""
    else:
        last = names[-1].text[:-1] if _s_genitive(names[-1].text) else ""
    if not last or not all(t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() for t in names):
        return None
    if any(_is_speaker_noun(t, speakers, documents=True) for t in names):
        return None
    return " ".join([*(t.text for t in names[:-1]), last])


def _owned_speakers(core: list[Token], speakers: SpeakerWords) -> list[Token]:
    """The source nouns after a name in the genitive where every noun is capitalised ("Merkels Kritiker", "Trumps
    Berater", "Scholz’ Gegner"): the people they describe speak, the name only owns them. Empty elsewhere: a title
    noun may be a surname after a given name in "-s" ("Thomas Sprecher", "Markus Richter"), and "Merkels Aussage"
    is her statement (:func:`_genitive_possessor`)."""
    if not speakers.capitalises_nouns or len(core) < 2:
        return []
    for i in range(1, len(core)):
        noun, before = core[i], core[i - 1]
        if noun.pos != "NOUN" or not noun.text[:1].isupper() or not _is_speaker_noun(noun, speakers):
            continue
        if not _in(speakers.source_nouns, noun, speakers) or _in(speakers.title_nouns, noun, speakers):
            return []
        if before.text in _GENITIVE_APOSTROPHES and i >= 2:
            before = core[i - 2]
        elif not _s_genitive(before.text):
            return []
        names = core[: core.index(before) + 1]
        named = all((t.pos == "PROPN" and t.text[:1].isupper()) or t.text in _GENITIVE_APOSTROPHES for t in names)
        return core[i:] if named else []
    return []


def _owned_titles(core: list[Token], speakers: SpeakerWords) -> bool:
    """Whether the span is one name in the genitive before title nouns only, the name no speaker ("Merkels" is
    nobody's name): a genitive apostrophe ("Scholz’ Sprecher", "Klaus’ Anwalt"), or a name in "-s" before plural
    title nouns ("Müllers Anwälte", "Trumps Berater"), which no surname is. Before a singular title noun, a name in
    "-s" the tagger's lexicon knows as a name may be a given name before a surname ("Thomas Sprecher", "Markus
    Richter") or a company before its title ("sagt Siemens Chef"), and is left as it was; one it does not know is a
    surname's genitive ("Merkels Sprecher", "Trumps Anwalt": issue #18, mend45). Source nouns are
    :func:`_owned_speakers`'."""
    if not speakers.capitalises_nouns or len(core) < 2:
        return False
    owner, nouns = core[0], core[1:]
    if not (owner.pos == "PROPN" and owner.text[:1].isupper()):
        return False
    if nouns[0].text in _GENITIVE_APOSTROPHES and len(nouns) > 1:
        nouns = nouns[1:]
    elif not _s_genitive(owner.text) or (not all(_plural(t) for t in nouns) and is_known_given_name(owner.text, "de")):
        return False
    return all(t.pos == "NOUN" and t.text[:1].isupper() and _in(speakers.title_nouns, t, speakers) for t in nouns)


def _plural(noun: Token) -> bool:
    """Whether a noun's form differs from its lemma (a plural, as "Anwälte" of "Anwalt")."""
    return noun.lemma.lower() != noun.text.lower()


#: A run of capitalised words (a name, with its particles) and the phrase after its comma: "Francisco Barbosa
#: Delgado, fiscal general de Colombia". Group "lead": up to three words before the name ("al fiscal general Barbosa").
_NAMED = re.compile(
    r"(?P<lead>(?:\b[a-zß-ÿ][\w-]*\s+){0,3})"
    r"(?P<name>[^\W\d_a-zß-ÿ][\w'’-]+(?:\s+(?:(?:de|del|da|dos|van|von|der|la|le)\s+)?[^\W\d_a-zß-ÿ][\w'’-]+){0,3})"
    r"(?:,\s+(?P<tail>[^,.;:()\n]{3,80}))?"
)


#: The fewest words of a titled name read for a genitive between its title and the name ("prezydent Gdańska Piotr
#: Zieliński"): a given name and a surname stay.
MIN_GENITIVE_TITLED_NAME = 3
#: The fewest capitalised words of a run an according word opens that hold a person's name after it ("Según Juan
#: Pérez, ministro de …"); fewer ("Selon Mediapart, le ministre savait") name a cited source, no titled person.
MIN_ACCORDING_NAME = 3
#: A number right after a name's word: the name is a party's or a programme's ("Polska 2050", "Agenda 2030").
NUMBERED_NAME = re.compile(r"\s+\d")

#: A title written lower case, its department after a genitive ("de São Paulo", "del Betis") and a name between
#: commas after it (not "su secretario, Mariano Cabral,": a title with no department may be a bare title's person)
_APPOSED_TITLE = re.compile(
    r"(?P<phrase>\b[a-zß-ÿ][\w-]*\s+(?:[a-zß-ÿ][\w-]*\s+){0,2}(?:de|del|da|do|dos|das|di|della|dello|dell['’])\s*"
    r"[^,.;:()\n]{1,40}?,\s+"
    r"(?P<person>[^\W\d_a-zß-ÿ][\w'’-]+(?:\s+(?:(?:de|del|da|dos|van|von|der|la|le)\s+)?[^\W\d_a-zß-ÿ][\w'’-]+){1,3}))"
    r"\s*,"
)


@dataclass(frozen=True, slots=True)
class TitledName:
    """A person the page names with a title by apposition ("Francisco Barbosa Delgado, fiscal general de Colombia",
    "el fiscal general Barbosa"): a bare title ("el fiscal general") tied to one such person is that person."""

    name: str
    titles: frozenset[str]
    lang: str

    @property
    def keys(self) -> frozenset[str]:
        """Merge keys of the name's surnames: "Barbosa" and "Barbosa Delgado" are both Francisco Barbosa Delgado."""
        words = [w for w in self.name.split() if w not in NAME_PARTICLES]
        return frozenset(transliteration_key(w) for w in (words[1:] if len(words) > 1 else words))


#: Honorifics before a surname, by language, with the gender each tells ("Ms. Harwick": a woman, "Mr. Olver": a
#: man): the plainest evidence that a name is a person's (NYT style writes every later mention so).
HONORIFICS = {"en": {"mr": "m", "ms": "f", "mrs": "f", "miss": "f", "dr": "", "mx": ""}}
#: English pronouns of one gender: a pronoun never takes a person whose honorific tells the other.
_GENDERED_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_HONORIFIC = re.compile(r"\b(?P<title>[A-Z][a-z]{1,3})\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _honorific_names(text: str, lang: str) -> list[TitledName]:
    """Persons the page names after an honorific ("Ms. Harwick", "Mr. Tom Olver"); the honorific is their title."""
    words = HONORIFICS[lang]
    return [
        TitledName(match.group("name"), frozenset({title}), lang)
        for match in _HONORIFIC.finditer(text)
        if (title := match.group("title").lower()) in words
    ]


def _without_glued_object(name: str, lang: str) -> str:
    """A titled name without a noun glued to its end, where every noun is capitalised and a verb before its subject
    puts the object right after the name ("Bei Max Enk verwendete Küchenchef Torsten Hempel Zuckerschoten, …",
    realpages dev9 r9-020: no speaker "Torsten Hempel Zuckerschoten"): of three or more words, a last word the
    dictionary reads as another form of a capitalised noun (a plural or case form: "Zuckerschote"), after a word
    that is no known given name ("Hans Peter Engels" keeps its surname)."""
    from sift.machine_cache import dictionary_lemma

    words = name.split()
    speakers = SPEAKER_WORDS.get(lang)
    if speakers is None or not speakers.capitalises_nouns or len(words) < 3 or is_known_given_name(words[-2], lang):
        return name
    lemma = dictionary_lemma(words[-1], lang)
    glued = lemma is not None and lemma != words[-1] and lemma[:1].isupper()
    return " ".join(words[:-1]) if glued else name


@functools.cache
def _speech_verb(lang: str) -> re.Pattern[str] | None:
    """The finite verbs of saying of ``lang`` (``Language.speech_verbs``: "said", "wrote", "told reporters")."""
    row = LANGUAGES.get(lang)
    return re.compile(rf"(?:{'|'.join(row.speech_verbs)})\b", re.IGNORECASE) if row and row.speech_verbs else None


def _title_speaks(tail: str, words: list[Token], lang: str) -> bool:
    """Whether the title phrase after a name's comma is the subject of a verb of saying right after it ("In a
    message to her sister, Anna Berg, the senator wrote …": the senator writes to Anna Berg, who is no senator; issue
    #18), not the name's apposition ("Anna Berg, the senator from Ohio, wrote …" closes it with a comma). Read only
    for a name set off by a comma before it (an addressee's apposition): a name opening its sentence is the
    subject whose closing comma a page left out ("John Smith, the mayor said …", review45a)."""
    speakers, verb = SPEAKER_WORDS[lang], _speech_verb(lang)
    after = next((t for t in words if not _in(speakers.title_nouns, t, speakers)), None)
    return verb is not None and after is not None and verb.match(tail, after.start) is not None


def titled_names(text: str, lang: str, gazetteer: Gazetteer | None = None) -> list[TitledName]:
    """The persons ``text`` names with a title by apposition: a name and a title phrase after its comma, or a
    title right before the name (read as a source would be: :func:`read_source`)."""
    speakers = SPEAKER_WORDS.get(lang)
    if speakers is None:
        return []
    gazetteer = gazetteer or build_gazetteer()
    row = LANGUAGES.get(lang)
    according = row.according_words if row is not None else frozenset()
    found: list[TitledName] = []
    for match in _NAMED.finditer(text):
        name, tail, lead = match.group("name"), match.group("tail"), match.group("lead")
        if NUMBERED_NAME.match(text, match.end("name")):
            continue  # "Poseł Polski 2050": a party named with a number, no person
        words = name.split()
        if words[0].lower() in according:  # "Según Juan Pérez, ministro de …": the sentence's capitalised cue
            if len(words) < MIN_ACCORDING_NAME:
                continue  # "Selon Mediapart, le ministre …": a source cited, no person and an appositive title
            name, lead = " ".join(words[1:]), ""
        reading = read_source(SourceMention(lead + name, lang, ""), gazetteer)
        if reading.kind != "person" or _is_source_preposition(plain_tokens(reading.name)):
            continue  # "Bürgermeister von Lindau": a title and its town, no person ("er" took "von Lindau")
        if reading.name.split()[0] in speakers.determiners:
            continue  # "sagte der Minister der Rheinischen Post": a dative or genitive noun phrase, no person's name
        # the title right before the name ("el fiscal general Barbosa", "Minister Karl Lauterbach"), never
        # before a preposition ("disse o ministro à Folha")
        last = plain_tokens(lead)[-1:] if lead.strip() else []
        titled = reading.name != name or any(_in(speakers.title_nouns, t, speakers) for t in last)
        titles = reading.titles if titled else frozenset()
        if len(reading.name.split()) > 1 and tail:  # "Francisco Barbosa Delgado, fiscal general de Colombia"
            words = plain_tokens(tail)
            while words and words[0].text.lower() in speakers.determiners:
                words.pop(0)
            cut = next((i for i, t in enumerate(words) if row and t.text.lower() in row.genitive_words), len(words))
            addressed = text[: match.start("name")].rstrip().endswith(",") and _title_speaks(tail, words, lang)
            if words and _in(speakers.title_nouns, words[0], speakers) and not addressed:
                titles |= _titles(words[:cut], speakers)
        if titles:
            found.append(TitledName(reading.name, titles, lang))
    for match in _APPOSED_TITLE.finditer(text):
        # "O governador de São Paulo, Tarcísio de Freitas, visitou …": a title with its department, the name after
        # its comma (the shape above takes "São Paulo" for the name and the person's name for its appositive)
        reading = read_source(SourceMention(match.group("phrase"), lang, ""), gazetteer)
        if reading.kind == "person" and reading.titles and reading.name == match.group("person"):
            found.append(TitledName(reading.name, reading.titles, lang))
    if lang in HONORIFICS:
        found += _honorific_names(text, lang)
    return found


def _find(
    entities: list[_Entity], reading: SourceReading, block: int, gender: str | None = None
) -> tuple[_Entity | None, str]:
    """The entity a reading refers to, and how it was found (for its certainty); ``gender``: a gendered pronoun's
    ("m", "f"), which passes over a person the page tells is of the other."""
    kind, key = reading.kind, reading.key
    if kind.startswith("pronoun:"):
        wanted = kind.split(":", 1)[1]
        for entity in reversed(entities):
            if block - entity.last_block > PRONOUN_REACH_BLOCKS:
                break
            if gender is not None and entity.genders and gender not in entity.genders:
                continue  # "Anna … Ihr Mann Peter meint … sagte sie": she is Anna
            # a name heard only as a relay is who the statement went through ("In einem Interview mit Variety
            # erklärte er …"), not who a later "Er" speaks for
            if (_compatible(wanted, entity.kind) or _named_like_a_body(wanted, entity)) and entity.attributions:
                return entity, "pronoun-near" if entity.last_block == block else "pronoun-far"
        return None, ""
    if kind == "title":
        # a name heard only as a relay is whom the statement went through, no titled speaker: "Em entrevista à
        # GloboNews, o ministro afirmou …" gave the relay the title of the apposition-like ", o ministro" after it
        for entity in reversed(entities):
            if entity.kind == "person" and entity.titles & reading.titles and entity.attributions:
                return entity, "title"
        for entity in reversed(entities):  # another language's title for the same person ("den Parlamentarier")
            if block - entity.last_block > PRONOUN_REACH_BLOCKS:
                break
            if entity.kind == "person" and entity.titles and not entity.is_titled_only and entity.attributions:
                return entity, "title"
        return None, ""
    if kind == "document":
        for entity in reversed(entities):
            if entity.kind in ("organisation", "government"):
                return entity, "document"
        return None, ""
    for entity in reversed(entities):
        if kind == "organisation" and entity.kind == "organisation":
            if set(key.split("|")) <= set(entity.key.split("|")) or set(entity.key.split("|")) <= set(key.split("|")):
                return entity, reading.how
        elif entity.kind == kind and entity.key == key and not (kind == "person" and _other_given(entity, reading)):
            return entity, reading.how
    if reading.how == "definite":  # "NASA announced … the agency has maintained": the body named last
        named = next((e for e in reversed(entities) if e.kind in ("organisation", "outlet") and e.names), None)
        return named, "definite" if named is not None else "described"
    return None, reading.how


#: Capitalised surname particles of every language ("Le" of "Le Pen"): no given name.
SURNAME_PARTICLES = frozenset(word for row in SPEAKER_WORDS.values() for word in row.surname_particles)


def _given_word(name: str) -> str | None:
    """The first given name of a full name as written ("Teresa" of "Teresa Nielsen Hayden", "J" of "J. Smith"),
    ``None`` for a lone name (a surname with its particle too: "Le Pen" of "Marine Le Pen")."""
    words = [word for word in name.split() if word not in NAME_PARTICLES and word not in SURNAME_PARTICLES]
    return words[0].rstrip(".") if len(words) > 1 else None


def _given_name(name: str) -> str | None:
    """The transliteration key of a full name's first given name ("Frantz", "Frants", "Franz" are one), ``None``
    for a lone name."""
    given = _given_word(name)
    return transliteration_key(given) if given is not None else None


def _same_given(one: str, other: str) -> bool:
    """Whether two given names as written may be one person's: the same transliteration key, or an initial and a
    name it opens, by letter ("P." and "Philipp", whose key is "filip"; "Ø." and "Øystein", "Ø" has no key) or by
    key ("J." and "Iouri", both "i")."""
    keys = transliteration_key(one), transliteration_key(other)
    if min(len(one), len(other), *map(len, keys)) <= 1:  # "J.", "Ph." (key "f"), "Ø." (no key)
        return fold(one[:1]) == fold(other[:1]) or (all(keys) and keys[0][0] == keys[1][0])
    return keys[0] == keys[1]


def _other_given(entity: _Entity, reading: SourceReading) -> bool:
    """Whether a full name shares only its surname with a person of the page ("Dale Ford" and his son "Mike Ford",
    "Teresa" and "Patrick Nielsen Hayden": realpages dev7): another given name is another person. Given names are
    compared as surnames are, by their transliteration key, and an initial stands for any given name it opens
    ("J. Smith", "John Smith")."""
    given = _given_word(reading.name)
    if given is None:
        return False
    for _, _, name in entity.names:
        other = _given_word(name)
        if other is not None and not _same_given(given, other):
            return True
    return False


def _pronoun_gender(mention: SourceMention, reading: SourceReading) -> str | None:
    """The gender of a pronoun standing for one person ("er", "he", "il": "m"; "sie" with a singular verb, "she",
    "elle": "f"), ``None`` for any other reading."""
    speakers = SPEAKER_WORDS.get(mention.lang)
    if speakers is None or reading.kind not in ("pronoun:person", "pronoun:singular"):
        return None
    lowered = mention.text.strip().lower()
    return "m" if lowered in speakers.masculine_pronouns else "f" if lowered in speakers.feminine_pronouns else None


def _told_genders(mention: SourceMention, reading: SourceReading) -> set[str]:
    """The genders a person's mention tells by its own words: a noun of kin or address ("Ihr Mann Peter", "Frau
    Weber", "her husband Tom"), a title's feminine form ("Ministerin")."""
    speakers = SPEAKER_WORDS.get(mention.lang)
    if speakers is None:
        return set()
    words = {word.strip(",.:()").lower() for word in mention.text.split()}
    told = {"m"} if words & speakers.masculine_nouns else set()
    if words & speakers.feminine_nouns:
        told.add("f")
    gender = _title_gender(frozenset(reading.titles), speakers)
    if gender is not None:
        told.add(gender)
    return told if len(told) == 1 else set()


def _title_gender(titles: frozenset[str], speakers: SpeakerWords) -> str | None:
    """The gender a person's titles tell where titles have a feminine form: "f" for one in that form
    ("Ministerin"), "m" when every title is in the masculine form of one that has a feminine form ("Minister",
    "Bürgermeister"; not "Vorsitzende", either); ``None`` otherwise."""
    endings = speakers.feminine_title_endings
    if not endings or not titles:
        return None
    if any(title.endswith(endings) for title in titles):
        return "f"
    if all(title + endings[0] in speakers.title_nouns for title in titles):
        return "m"
    return None


#: Speaker kinds that are bodies: their grammatical gender is their head noun's (:func:`_body_genders`).
BODY_KINDS = frozenset({"organisation", "government", "outlet"})


def _body_genders(mention: SourceMention) -> set[str]:
    """The grammatical gender a body's mention tells by the ending of its head noun, the first noun of the span
    (``Language.feminine_noun_endings``, ``neuter_noun_endings``: "die britische Regierung", "der
    Nachrichtenagentur Reuters": "f"; "des Innenministeriums": "n"), as the pronoun a page writes for the body agrees
    with it: "er" stands for neither ("Laut der Nachrichtenagentur Reuters hat sich Boris Johnson distanziert. … in
    dem er mitteile …": he is Johnson, realpages dev rp-018). A head with no such ending tells nothing ("der
    Verband", "Greenpeace")."""
    row = LANGUAGES.get(mention.lang)
    if row is None or not row.feminine_noun_endings or not mention.words:
        return set()
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    stated = speakers.document_nouns | speakers.speech_nouns | speakers.judgement_nouns
    head = next((t.text.lower() for t in mention.words if t.pos == "NOUN" and _in(stated, t, speakers) is None), None)
    if head is None:
        return set()
    if head.endswith(row.feminine_noun_endings):
        return {"f"}
    if head.endswith(row.neuter_noun_endings) or head.removesuffix("s").endswith(row.neuter_noun_endings):
        return {"n"}
    return set()


def _named_like_a_body(pronoun: str, entity: _Entity) -> bool:
    """Whether a plural pronoun ("they", "ils") may take a person read from one bare word only, never a full name,
    a title or a gendered word ("Google said … They added …", "Tesla said … They blamed …": a company the
    gazetteer does not know is read as a person; a person named in full, "said Anna Kowal", is still none)."""
    if pronoun != "plural" or entity.kind != "person" or entity.genders or entity.titles or entity.described:
        return False
    return all(words == 1 for _, words, _ in entity.names)


def _compatible(pronoun: str, kind: str) -> bool:
    """Whether a pronoun of class ``pronoun`` may stand for an entity of ``kind``."""
    if pronoun == "person":
        return kind == "person"
    if pronoun == "thing":
        return kind in ("organisation", "government", "outlet")
    if pronoun == "singular":
        return kind in ("person", "organisation", "government", "outlet")
    if pronoun == "we":  # "wir", "we", "nous": a body or a group speaking, never one person named before
        return kind in ("anonymous", "organisation", "government", "outlet")
    if pronoun == "plural":  # "they", "ils": a group or a body, never one person named before
        return kind in ("anonymous", "organisation", "government")
    return kind in ("anonymous", "organisation", "government", "person")


#: A party tag after a legislator's name ("Sen. X (D-Vt.)", "Rep. Y (R)", cut "(I-Vt" when the span ends inside
#: the bracket): the party and state the person sits for, no speaker of its own (PolNeAR train junk "D", "Vt").
PARTY_TAG = re.compile(r"\s\((?:[DRI]|Ind)(?:\.?\s?[-–]\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\.?(?:\)|$)")
#: A news-agency dateline opening a span ("LONDON (Reuters) - X", "LA CROSSE, Wis. — X"): the place the story was
#: filed from and the agency, neither of which spoke (PolNeAR train junk "LONDON", "WASHINGTON").
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*(?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?|[A-Z][a-z]{2,8}\.?\s\d{1,2})"
    r"\s(?:\([^)]*\)\s)?[-—–]{1,2}\s"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: A day or month after a preposition ("Trump on Tuesday", "Sanders during a Sunday", "a poll in June") or a day
#: alone ("The deal, announced Friday, …" misparsed with "Friday" for subject) or before a name the parser joined
#: it to ("On Tuesday Keeler said": "Tuesday Keeler"): when it was said, not who said it (PolNeAR train junk
#: "Tuesday", "June"). A month alone may be a name ("May", "June"), so it needs the preposition. After "from", the
#: day or month a statement or figures are of ("a statement from Monday"), unless a name goes on ("from June Smith").
TIME_PHRASE = re.compile(
    rf"(?:\s(?:on|during|in|since|until|by|last|this|next|early|late)(?:\s(?:a|the|last|this|next|early|late))?\s"
    rf"(?:{_WEEKDAYS}|{_MONTHS})|\sfrom\s(?:last\s|this\s)?(?:{_WEEKDAYS}|{_MONTHS})\b(?!\s[A-Z])"
    rf"|^\s*(?:{_WEEKDAYS})\s*$|^\s*(?:{_WEEKDAYS})(?=\s[A-Z]))\b"
    rf"(?:\s\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s\d{{4}})?"
)
#: Languages whose source spans may hold party tags and datelines of the shapes above.
DATELINE_LANGUAGES = frozenset({"en"})


#: Quote marks wrapping a whole English source span: what stands between them is a work's or a show's title or a
#: quote fragment the parser took for a subject ("on MSNBC’s “Morning Joe,” calling it …"), no speaker (PolNeAR
#: train junk "Morning Joe"). German and French write outlets' names so („Bild“, « Le Monde »), English does not.
QUOTED_SOURCE = re.compile(r"^\s*[“\"][^“”\"]+[”\"]\W*$")


def _without_dateline_party_time(mention: SourceMention) -> SourceMention:
    """The English mention with an opening dateline, party tags and time phrases blanked out of its text (spaces
    keep every offset) and their tokens dropped; the mention itself when it holds none."""
    if mention.lang not in DATELINE_LANGUAGES:
        return mention
    cuts = [match.span() for pattern in (PARTY_TAG, TIME_PHRASE) for match in pattern.finditer(mention.text)]
    dateline = DATELINE.match(mention.text)
    if dateline is not None and dateline.end() < len(mention.text.rstrip()):
        cuts.append(dateline.span())
    if not cuts:
        return mention
    text = mention.text
    for start, end in cuts:
        text = text[:start] + " " * (end - start) + text[end:]
    words = mention.words
    if words is not None:
        offset = mention.start
        words = [t for t in words if not any(offset + s <= t.start < offset + e for s, e in cuts)]
    return replace(mention, text=text, words=words)


#: What opens a qualifier that takes some out of a source ("Die Parteien mit Ausnahme der Linken verurteilten …",
#: "all parties except the Greens"): the words after it name those who did not speak, no part of the source's name.
EXCEPTIONS = {
    "de": re.compile(r"[\s,]+(?:mit\s+Ausnahme\b|außer\s|ausgenommen\s|bis\s+auf\s)", re.IGNORECASE),
    "en": re.compile(r"[\s,]+(?:with\s+the\s+exception\s+of|except(?:\s+for)?|apart\s+from)\s", re.IGNORECASE),
}


def _without_exception(mention: SourceMention) -> SourceMention:
    """The mention cut before a qualifier of :data:`EXCEPTIONS` (issue #18: "Die Wissenschaftsbehörde sowie die
    Parteien in der Hamburgischen Bürgerschaft mit Ausnahme der Linken verurteilten die Störung" read "Parteien …
    mit Ausnahme der Linken" as one name, or the Linke as the speaker); the mention itself without one, or when the
    qualifier opens the span."""
    pattern = EXCEPTIONS.get(mention.lang)
    match = pattern.search(mention.text) if pattern is not None else None
    if match is None or not mention.text[: match.start()].strip():
        return mention
    cut = match.start()
    words = mention.words
    if words is not None:
        words = [t for t in words if t.start < mention.start + cut]
    return replace(mention, text=mention.text[:cut], words=words)


def resolve_speakers(
    mentions: list[SourceMention], gazetteer: Gazetteer | None = None, page: list[tuple[str, str]] | None = None
) -> tuple[list[Resolution | None], list[Speaker]]:
    """Resolve each mention to a speaker entity.

    Args:
        mentions: source and relay mentions in document order.
        gazetteer: the names of states, outlets and bodies (built here when not given).
        page: the page's blocks as (text, language), captions too: a bare title no named speaker carries
            resolves to the one person the page names with that title by apposition (:func:`titled_names`, read
            only when such a title is left).

    Returns:
        Per mention, the speaker it names (``None`` for a pronoun without a compatible antecedent, a relative
        pronoun, or a span that names no speaker), and one :class:`~sift.document.Speaker` per entity that is the
        source of at least one statement, in order of first mention (relays alone are not speakers).
    """
    gazetteer = gazetteer or build_gazetteer()
    entities: list[_Entity] = []  # in order of first mention
    recent: list[_Entity] = []  # least recently mentioned first
    chosen: list[tuple[_Entity, str] | None] = []
    titled_by_block: dict[int, list[TitledName]] = {}  # read once per block, and only for a lone word left unread
    lone_full_names: dict[str, str | None] = {}  # the page's full name of a lone word, looked up once per word
    short_names: frozenset[str] | None = None  # the bodies' short names the page writes in brackets
    for mention in mentions:
        mention = _without_exception(_without_dateline_party_time(mention))
        reading = read_source(mention, gazetteer)
        personal = SPEAKER_WORDS.get(mention.lang, SpeakerWords()).person_pronouns
        if mention.pronoun and reading.kind != "person" and mention.pronoun.lower() in personal:
            # "When Congress voted, she said …": the fronted clause's subject is no person, the pronoun is read
            mention = replace(mention, text=mention.pronoun, words=None)
            reading = read_source(mention, gazetteer)
        if not mention.is_speech and not mention.is_relay:
            _named_again(mention, reading, recent)
            chosen.append(None)
            continue
        if reading.kind == "none" and page:
            reading = _titled_surname(mention, page, gazetteer, titled_by_block) or reading
        if page and _is_lone_name_word(mention, reading):
            reading = _page_surname(mention, reading, page, entities, gazetteer, lone_full_names) or reading
            reading = _singular_bare_noun(mention, reading, page) or reading
        if reading.kind == "none" and (mention.cue_lemma or "").lower() in ACCORDING_LEMMAS:
            reading = _according_name(mention) or reading
            # "laut bilderdiebstahl.de": a site cited as a source (as the subject of a verb, "kath.net verweist
            # auf …", it is as often the page's own publisher: realpages dev8)
            if reading.kind == "none" and (site := web_site_name(mention.text)) is not None:
                reading = SourceReading("outlet", fold(site), site)
        if page and reading.kind == "person" and " " not in reading.name:
            if short_names is None:  # read once, and only on a page with a one-word person
                short_names = bracketed_short_names(page)
            if reading.name in short_names:  # "… Meteorología (Aemet)" … "Aemet prevé": the body's short name
                reading = SourceReading("organisation", fold(reading.name), reading.name)
        outlets = _reports_outlets(mention, page, gazetteer, recent) if reading.how == "reports" and page else []
        if outlets:  # "Reuters reported … According to reports, …": the reports are the named outlet's
            reading = outlets[0]
        if reading.kind == "pronoun:group" and page and _is_singular_by_verb(mention, page):
            reading = replace(reading, kind="pronoun:singular")  # "schätzt sie": she, not they
        if reading.kind in ("pronoun:person", "pronoun:singular"):
            _add_pronoun_partner(mention, gazetteer, entities, recent)
        gender = _pronoun_gender(mention, reading)
        writer = bool(page) and _writer_speaks(mention, page)
        entity, how = (None, "") if writer else _find(recent, reading, mention.block, gender)
        if how == "title" and entity is not None and page:
            remit = _remit([reading.written or reading.name], [mention.lang])
            if _held_elsewhere(
                remit, _surnames(entity), reading.titles, [mention.lang], page
            ):  # "la referente de la APDH": not Madres' referente
                entity, how = None, ""
        if entity is not None and reading.kind in ("pronoun:person", "pronoun:singular") and page:
            nearer = _interposed_person(mention, entity, page, gazetteer)
            if nearer is not None:  # "Greenpeace sagte … Das will die Premierministerin Mia Mottley. Sie fordert"
                reading = nearer
                entity, how = _find(recent, reading, mention.block)
            elif _named_in_between(mention, entity, page, gazetteer):
                how = "pronoun-unsure"
        if entity is not None and reading.kind == "pronoun:group" and page:
            entity, how = _plural_antecedent(mention, entity, how, page, recent)
        if entity is None and reading.kind in ("pronoun:person", "pronoun:singular") and page:
            antecedent = _unquoted_antecedent(mention, page, gazetteer, lone_full_names)
            if antecedent is not None:  # the person may have spoken before, blocks away
                entity, how = _find(recent, antecedent, mention.block)
                if writer and entity is not None:
                    # the writer's "I" is no one quoted before ("… they said in an email. … I later found that …"),
                    # though it may be a post the page embeds of someone it named and never quoted ("Chief
                    # Minister Arvind Kejriwal turned to Twitter … I urge all Delhiites", realpages dev6)
                    entity, how = None, ""
                else:
                    reading = antecedent
        if entity is None and reading.kind == "pronoun:plural" and page:
            antecedent = _singular_they(mention, page, gazetteer)
            if antecedent is not None:  # "Alex Kim, who uses they/them pronouns, … They said …"
                reading = antecedent
                entity, how = _find(recent, reading, mention.block)
        if entity is None and reading.kind == "title" and reading.body is not None:
            reading = reading.body  # no one on the page holds the spokesperson's title: the body speaks
            entity, how = _find(recent, reading, mention.block)
        if entity is None and (reading.kind in SPEAKER_KINDS or reading.kind == "title"):
            kind = "person" if reading.kind == "title" else reading.kind
            key = reading.key or "title|" + fold(reading.name)
            entity = _Entity(kind=kind, key=key, is_titled_only=reading.kind == "title")
            how = "title-unresolved" if reading.kind == "title" else reading.how
            entities.append(entity)
        if entity is None:
            chosen.append(None)
            continue
        pointing = how == "definite"  # "the agency" of NASA: a description of the body, not its name
        if reading.kind == "organisation" and len(reading.key) > len(entity.key) and not pointing:
            entity.key = reading.key
        chosen.append((entity, how))
        _make_recent(recent, entity, mention)
        entity.titles |= reading.titles
        if not reading.kind.startswith("pronoun:"):
            entity.individual = reading.individual and entity.individual is not False
            entity.represents = reading.represents and entity.represents is not False
        if entity.kind == "person" and not reading.kind.startswith("pronoun:"):
            entity.genders |= _told_genders(mention, reading)
        elif entity.kind in BODY_KINDS and not reading.kind.startswith("pronoun:"):
            entity.genders |= _body_genders(mention)
        if reading.kind in SPEAKER_KINDS and not pointing:
            entity.count_name(reading.name, mention.lang)
            entity.is_titled_only = False
        elif reading.kind == "title" or pointing:
            entity.described[reading.name] += 1
        if reading.written:  # the page's own spelling stays findable as an alias ("Europäischen Kommission")
            entity.described[reading.written] += 1
        entity.heard(mention.lang, None if mention.is_relay and not _informs(mention, reading) else mention.attribution)
        if not mention.is_relay and (
            reading.how in NAMED_READINGS or reading.kind in LISTED_BODY_KINDS or reading.kind == "title"
        ):
            _add_conjunct(mention, entity, reading.name, gazetteer, entities, recent)
        elif not mention.is_relay and reading.kind == "anonymous" and reading.how == "described":
            _add_listed_group(mention, entity, reading.name, gazetteer, entities, recent)
        for other in outlets[1:]:  # "From The New York Times to CNN … According to reports": each outlet's
            _add_speaker(mention, other, entities, recent)
    _merge_titles(entities, chosen, page or [], gazetteer)
    _merge_surnames(entities, chosen, gazetteer)
    _merge_body_names(entities, chosen)
    _merge_short_forms(entities, chosen, page or [])
    _merge_given_names(entities, chosen, page or [])
    _drop_bare_labels(mentions, entities, chosen, page or [], gazetteer)
    _bodies_named_bare(entities, page or [], gazetteer)
    _individuals_described(entities, page or [])
    return _speakers(entities, chosen)


def _writer_speaks(mention: SourceMention, page: list[tuple[str, str]]) -> bool:
    """Whether a first-person singular source stands outside any quotation of its block: the page's writer, not
    the last person quoted ("“We use a machine learning model …,” they said in an email. … I later found that
    many people …" gave the writer's findings to the spokesperson; issue #18, sweep44). A speaker label's text is
    the labelled speaker's, as a quotation is ("Ross: I think the bank raised rates too late", a transcript)."""
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    lowered = mention.text.strip().lower()
    if lowered not in speakers.first_person_pronouns or lowered not in speakers.person_pronouns:
        return False
    if not 0 <= mention.block < len(page):
        return False
    text = page[mention.block][0]
    label = speaker_label_frame(text, mention.lang)
    quoted = quote_regions(text) + (label.content if label is not None else [])
    return not any(start <= mention.start < end for start, end in quoted)


def _named_again(mention: SourceMention, reading: SourceReading, recent: list[_Entity]) -> None:
    """A person who spoke before, named again as the subject of a verb that reports no statement, is the one a
    pronoun after it takes ("“…,” says Ward. … Buser, however, is counting on the new service. “This is …,” he
    says": Buser, not Ward, the last to speak; issue #18, sweep43): the mention makes the speaker the most recent
    without speaking for it."""
    if reading.kind != "person" or reading.how not in NAMED_READINGS:
        return
    entity, _ = _find(recent, reading, mention.block)
    if entity is None or entity.kind != "person" or not entity.attributions:
        return
    _make_recent(recent, entity, mention)


def _make_recent(recent: list[_Entity], entity: _Entity, mention: SourceMention) -> None:
    """Make ``entity`` the most recently named, at ``mention`` (what a later pronoun looks back to)."""
    if entity in recent:
        recent.remove(entity)
    recent.append(entity)
    entity.last_block = mention.block
    entity.last_end = mention.start + len(mention.text)


def _is_singular_by_verb(mention: SourceMention, page: list[tuple[str, str]]) -> bool:
    """Whether a group pronoun that is also one person's ("sie") stands beside a singular finite verb ("schätzt
    sie", "wie sie uns verriet", "sie hat"): one woman, whom the page may name (realpages dev8 "sagt sie" after
    Napua Nameyan, dev10 "verriet sie" after Ana Patan)."""
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    pronoun = mention.text.strip().lower()
    return pronoun in speakers.number_by_verb_pronouns and _verb_number(mention, page) == "singular"


def _informs(mention: SourceMention, reading: SourceReading) -> bool:
    """Whether a relay is the statement's informant, a speaker too: anonymous people in an "according to" phrase
    after another cue ("They fear that …, according to people familiar with their thinking": realpages dev5) told
    what the subject thinks; an outlet or a body there only passed it on."""
    return reading.kind == "anonymous" and (mention.cue_lemma or "").lower() in ACCORDING_LEMMAS


#: How a reading read a name (not a description, a title or a pronoun).
NAMED_READINGS = frozenset({"named", "gazetteer", "unlisted"})


def _add_conjunct(
    mention: SourceMention,
    main: _Entity,
    name: str,
    gazetteer: Gazetteer,
    entities: list[_Entity],
    recent: list[_Entity],
) -> None:
    """Two names joined by "and" as one cue's subject ("Equinor und Ocean Winds geben … an", "Noel and Thomas
    signed …") both speak: the name the reading did not take (after the "and" where the first noun heads, before
    it in English) becomes a speaker of the same statement too (its own entity, or the one already known by its
    key), when both sides read as names and the span holds no third one. An "and" inside the name the reading
    took ("Narodowy Instytut Zdrowia i Opieki Społecznej", a genitive complement with no preposition) joins words
    of that one name. A list of bodies and names each with its article ("Die Charité in Berlin, die München Klinik
    Schwabing und das Institut für Virologie teilten mit", :func:`_listed`) all speak, bodies described too, as do
    two bodies joined with an article after the "and" ("Das Robert Koch-Institut und das Paul-Ehrlich-Institut")."""
    if mention.words is None:
        return
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    parts = _listed(mention.words, speakers) if any(t.text == "," for t in mention.words) else []
    listed = bool(parts)
    if not parts and _add_listed_group(mention, main, name, gazetteer, entities, recent):
        return
    parts = parts or _joined(mention, name, speakers)
    # each item opens with an article: a new noun phrase, so a described body is a speaker of its own too
    articled = listed or (len(parts) == 2 and parts[1][0].text.lower() in speakers.determiners)
    # two bare nouns where nouns take an article are two bodies' names ("laut Polizei und Feuerwehr", issue #18)
    articled = articled or (
        speakers.capitalises_nouns and len(parts) == 2 and all(len(p) == 1 and p[0].pos == "NOUN" for p in parts)
    )
    readings: list[SourceReading] = []
    for part in parts:
        while part and part[-1].pos not in ("NOUN", "PROPN", "X"):  # "1,6 GW", "both"
            if len(part) > 1 and _is_surname(part, len(part) - 1, part[:-1], speakers):
                break  # "die Bürgermeisterin Eva Lang": an adjective to the tagger, the surname after a given name
            part = part[:-1]
        if not part:
            return
        reading = read_source(_part(mention, part), gazetteer)
        # an agent noun by its ending is no name ("Schmidt und Partner erklärten", "Meyer und Kollegen schreiben":
        # the named one speaks for them)
        named = (reading.how in NAMED_READINGS and reading.kind != "anonymous") or (
            articled and reading.kind in LISTED_ITEM_KINDS
        )
        if reading.kind not in (*SPEAKER_KINDS, "title") or not named:
            return
        readings.append(reading)
    if all(reading.kind == "title" for reading in readings):
        return  # "El portavoz y el ministro dijeron": read by its first noun, as before
    for reading in readings:
        if reading.kind == "title":
            _add_titled_conjunct(mention, main, reading, entities, recent)
            continue
        if reading.key != main.key:
            _add_speaker(mention, reading, entities, recent)


def _add_listed_nouns(
    mention: SourceMention,
    main: _Entity,
    items: list[list[Token]],
    gazetteer: Gazetteer,
    entities: list[_Entity],
    recent: list[_Entity],
) -> bool:
    """Every item of a list of nouns as one cue's subject speaks (:func:`_listed_nouns`; "Polizei, Feuerwehr und
    THW bestätigten", "The UN, the WHO and UNICEF warned", issue #18, plural44): each body or group read from an
    item other than the main speaker's becomes a speaker of the same statement. An item that reads as a person or a
    title makes the commas an appositive's ("Anna Weber, Bürgermeisterin, und …"): nothing is added then; an item
    read as no speaker at all is left out. Whether the list was read so (else names are joined as before)."""
    readings = [read_source(_part(mention, item), gazetteer) for item in items]
    if any(reading.kind in ("person", "title") for reading in readings):
        return False
    for item, reading in zip(items, readings, strict=True):
        if reading.kind in LISTED_NOUN_KINDS and reading.key and not _reads_as(mention, item, reading, main, gazetteer):
            _add_speaker(mention, reading, entities, recent)
    return True


def _reads_as(
    mention: SourceMention, item: list[Token], reading: SourceReading, main: _Entity, gazetteer: Gazetteer
) -> bool:
    """Whether a list item is the main speaker: its reading's key, or its reading without its article ("Die Grünen"
    is the party the main reading of "Die Grünen und die FDP" found as "Grünen", german45)."""
    if reading.key == main.key:
        return True
    if len(item) < 2 or item[0].pos != "DET":
        return False
    return read_source(_part(mention, item[1:]), gazetteer).key == main.key


def _add_listed_group(
    mention: SourceMention,
    main: _Entity,
    name: str,
    gazetteer: Gazetteer,
    entities: list[_Entity],
    recent: list[_Entity],
) -> bool:
    """The other items of a list of nouns as one cue's subject speak too (:func:`_add_listed_nouns`): after a group
    read from its first item ("Los médicos y las enfermeras denunciaron", plural44) or a body ("Polizei, Feuerwehr
    und THW bestätigten"); a group named by the whole coordination ("Doctors and nurses") stays one speaker.
    Whether the subject was read as such a list."""
    if mention.words is None or _holds_and(name):
        return False
    items = _listed_nouns(mention.words, SPEAKER_WORDS.get(mention.lang, SpeakerWords()))
    return bool(items) and _add_listed_nouns(mention, main, items, gazetteer, entities, recent)


def _holds_and(name: str) -> bool:
    """Whether a speaker's name holds an "and" (the reading took a coordination whole, as one group: "police and
    the fire department")."""
    return any(word in SUBJECT_AND_WORDS for word in name.lower().split())


def _listed_nouns(words: list[Token], speakers: SpeakerWords) -> list[list[Token]]:
    """The items of a list of nouns as one cue's subject, "A, B and C" or "A and B" (issue #18, plural44): items
    split by commas and one "and" closing the list, each an article or none, then nouns, names or adjectives
    ending on a noun or a name, at most :data:`_LISTED_NOUN_WORDS` words, with no preposition and no article
    inside ("Sprecher der Stadt und der Polizei" is one item's complement, no list). Two items need an article
    on the second or bare nouns where nouns are capitalised ("Bundeswehr und Polizei"); else ``_joined`` reads
    them as before."""
    tokens = [t for t in _without_bracketed(words) if t.pos != "PUNCT" or t.text == ","]
    joins = _and_positions(tokens)
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if len(joins) != 1 or (commas and commas[-1] > joins[0]):
        return []
    items = [tokens[a + 1 : b] for a, b in pairwise([-1, *commas, joins[0], len(tokens)])]
    for item in items:
        body = item[1:] if item and item[0].text.lower() in speakers.determiners else item
        if not body or len(body) > _LISTED_NOUN_WORDS or body[-1].pos not in ("NOUN", "PROPN"):
            return []
        if any(t.pos not in ("NOUN", "PROPN", "ADJ") or t.text.lower() in speakers.determiners for t in body):
            return []
    if len(items) == 2 and not (
        items[1][0].text.lower() in speakers.determiners
        or (speakers.capitalises_nouns and all(t.text[:1].isupper() for item in items for t in item))
    ):
        return []
    return items


#: The most words of one item of a list of nouns after its article ("das Technische Hilfswerk", "the Red Cross").
_LISTED_NOUN_WORDS = 3


def _add_speaker(
    mention: SourceMention, reading: SourceReading, entities: list[_Entity], recent: list[_Entity]
) -> None:
    """A second speaker of the mention's statement: the entity of ``reading`` (new, or known by its key) speaks in
    it too, known but not the most recent (a pronoun after it still takes the mention's main speaker)."""
    entity = next((e for e in entities if e.kind == reading.kind and e.key == reading.key), None)
    if entity is None:
        entity = _Entity(kind=reading.kind, key=reading.key)
        entities.append(entity)
        recent.insert(0, entity)
    entity.count_name(reading.name, mention.lang)
    entity.heard(mention.lang, mention.attribution)


#: A run of capitalised words (an outlet's name: "The New York Times", "Condé Nast Traveller", "CNN"); a dot only
#: inside a word, so the sentence's stop stays out of the name ("… by Reuters and Bloomberg. According to …").
_CAPITALISED_WORD = r"[A-ZÀ-Ý](?:[\w’'&-]|\.(?=\w))*"
_CAPITALISED_RUN = re.compile(_CAPITALISED_WORD + r"(?:\s+" + _CAPITALISED_WORD + r")*")
#: The most words of a name looked up in the gazetteer's outlets.
_OUTLET_WORDS = 5


def _reports_outlets(
    mention: SourceMention, page: list[tuple[str, str]], gazetteer: Gazetteer, recent: list[_Entity]
) -> list[SourceReading]:
    """The outlets whose reports unnamed reports are ("Reuters reported … According to reports, …", "Wie der
    Spiegel berichtet, … Laut Medienberichten …"): those the paragraph names in the mention's sentence or the one
    before it, as speakers or as outlets the gazetteer knows, in the order the page names them. The reports stay an
    anonymous source where no outlet is named there (bench/data/README.md: the annotators read "According to
    reports" as the outlets the page names with it; realpages dev4 r4-004)."""
    if mention.block >= len(page):
        return []
    text, lang = page[mention.block]
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(text)]
    current = max((i for i, start in enumerate(starts) if start <= mention.start), default=0)
    begin = starts[max(0, current - 1)]
    end = starts[current + 1] if current + 1 < len(starts) else len(text)
    found: dict[str, tuple[int, SourceReading]] = {}
    for entity in recent:  # outlets that spoke there ("Wie der Spiegel berichtet")
        if entity.kind == "outlet" and entity.last_block == mention.block and begin < entity.last_end <= end:
            name = _shown_name(entity)
            for _, _, written in entity.names:
                found[fold(written)] = (entity.last_end - len(name), SourceReading("outlet", entity.key, name))
    for match in _CAPITALISED_RUN.finditer(text, begin, end):  # outlets named otherwise ("From The Times to CNN")
        words = match.group().split()
        for size in range(min(len(words), _OUTLET_WORDS), 0, -1):  # the longest name first ("The New York Times")
            spans = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
            outlet = next((name for name in spans if gazetteer.is_outlet(name) and _only_outlet(name, lang)), None)
            if outlet is None:
                continue
            reading = _known_name(outlet, plain_tokens(outlet), gazetteer)
            if reading is not None and reading.kind == "outlet":
                found.setdefault(fold(reading.name), (match.start() + match.group().index(outlet), reading))
            break
    readings = {reading.key: (place, reading) for place, reading in found.values()}  # one per speaker
    return [reading for _, reading in sorted(readings.values(), key=lambda item: item[0])]


def _only_outlet(name: str, lang: str) -> bool:
    """Whether an outlet's ``name`` the gazetteer finds in running text can name nothing else: several words after
    its article ("The New York Times"), or one word the language's dictionary holds as no common word ("CNN",
    "Reuters"). A common word is the word in most sentences ("The Sun rose over the city", "Die Welt blickt auf
    Berlin", "Das Bild der Partei", "The Independent Electoral Commission"); where it names the outlet that reported,
    the outlet spoke there and is found as a speaker. In a language that capitalises nouns the dictionary writes
    nouns with their capital, so any entry is a common word there."""
    from sift.machine_cache import dictionary_lemma

    speakers = SPEAKER_WORDS.get(lang)
    words = name.split()
    if len(words) > 1 and speakers is not None and words[0].lower() in speakers.determiners:
        words = words[1:]
    if len(words) > 1:
        return True
    lemma = dictionary_lemma(words[0], lang)
    if lemma is None:
        return True
    return not (speakers is not None and speakers.capitalises_nouns) and not lemma.islower()


def _add_titled_conjunct(
    mention: SourceMention, main: _Entity, reading: SourceReading, entities: list[_Entity], recent: list[_Entity]
) -> None:
    """A title in a list of article-led subjects ("Der Bürgermeister, der Landrat und die Polizei erklärten"):
    the person the page names with that title, or the titled person alone, as the main path reads a title."""
    entity, _ = _find(recent, reading, mention.block)
    if entity is None:
        key = "title|" + fold(reading.name)
        entity = next((e for e in entities if e.kind == "person" and e.key == key), None)
    if entity is None:
        entity = _Entity(kind="person", key="title|" + fold(reading.name), is_titled_only=True)
        entities.append(entity)
        recent.insert(0, entity)
    if entity is main:
        return
    entity.titles |= reading.titles
    entity.described[reading.name] += 1
    entity.heard(mention.lang, mention.attribution)


#: Kinds a described item of a listed subject may have and still speak ("…, die Polizei und das Ministerium").
LISTED_BODY_KINDS = frozenset({"organisation", "government", "outlet"})
#: Kinds a described item of a list of article-led subjects may have: a body or a title ("Der Bürgermeister, der
#: Landrat und die Polizei erklärten", "Der Chef des Konzerns und die Gewerkschaft"): each article opens a noun
#: phrase of its own, so a titled person in the list speaks as much as a body beside them (titles alone stay read
#: by the first: "El portavoz y el ministro dijeron"; a described person is no item: "Jane Miller and her husband").
LISTED_ITEM_KINDS = frozenset({*LISTED_BODY_KINDS, "title"})
#: Kinds an item of a list of bare or articled nouns speaks as (:func:`_listed_nouns`): bodies, and groups
#: described by a plural noun ("Police, firefighters and the Red Cross said").
LISTED_NOUN_KINDS = frozenset({*LISTED_BODY_KINDS, "anonymous"})


def _and_positions(tokens: list[Token]) -> list[int]:
    """Where an "and" joins two parts of a span (not at either end)."""
    return [i for i, t in enumerate(tokens) if 0 < i < len(tokens) - 1 and t.text.lower() in SUBJECT_AND_WORDS]


def _joined(mention: SourceMention, name: str, speakers: SpeakerWords) -> list[list[Token]]:
    """The two sides of "X and Y" when each may be a speaker of its own (see :func:`_add_conjunct`), after the
    span's opening "von" of an according-phrase (:func:`_is_source_preposition`). With commas,
    only an "and" after one joins two speakers, each with its appositive ("El presidente de X, Y, y el alcalde de Z,
    W"), or one before them all ("Lula e o presidente francês, Emmanuel Macron"); the parts keep their commas, which
    tell each name from its title."""
    words = [t for t in _without_bracketed(mention.words or []) if t.text.lower() not in CORRELATIVE_OPENERS]
    if _is_source_preposition(words):
        # "Nach Meinung von Linda Teuteberg (FDP) und Cem Özdemir (Grüne)": the span's "von" is the cue's, no
        # preposition inside the first name that would make the "and" join words of one complement
        words = words[1:]
    commas = any(t.text == "," for t in words)
    tokens = words if commas else [t for t in words if t.pos != "PUNCT"]
    joins = _and_positions(tokens)
    if commas and (
        len(joins) != 1 or (tokens[joins[0] - 1].text != "," and any(t.text == "," for t in tokens[: joins[0]]))
    ):
        return []  # an "and" inside an appositive ("X, ministra de Trabajo y Empleo, …") joins no speakers
    titled = bool(joins) and speakers.is_head_first and _opens_titled_conjunct(tokens, joins[0], speakers)
    if len(joins) != 1 or (any(t.pos == "ADP" for t in tokens[: joins[0]]) and not titled):
        return []  # "Department of Health and Human Services": the "and" joins words of one name's complement
    if f" {tokens[joins[0]].text.lower()} " in f" {name.lower()} ":
        return []
    second = joins[0] + 1
    if (
        tokens[second].pos == "NOUN"
        and not _is_first_name(tokens, second, speakers)  # "… und Annalena Baerbock": a given name the tagger missed
        and not _joins_speakers(tokens, joins[0], speakers)
        and not titled
    ):
        return []  # two titles of the person named after them ("der Publizist und Philosoph X"), not two speakers
    return [tokens[: joins[0]], tokens[joins[0] + 1 :]]


def _without_bracketed(words: list[Token]) -> list[Token]:
    """The words without bracketed short names ("Krajowy Instytut Zdrowia i Opieki Społecznej (KIZ)", "Die
    Gewerkschaft der Polizei (GdP) und der …"): a short name is no conjunct of its own."""
    kept: list[Token] = []
    depth = 0
    for token in words:
        depth += token.text == "("
        if depth == 0:
            kept.append(token)
        depth -= token.text == ")" and depth > 0
    return kept


def _listed(words: list[Token], speakers: SpeakerWords) -> list[list[Token]]:
    """The items of a list of speakers as one cue's subject, "A, B and C", each item opening with an article ("Die
    Charité in Berlin, die München Klinik Schwabing und das Institut für Virologie teilten mit"): an article after
    every comma and after the one "and" closing the list marks a new noun phrase; without them the commas may set
    off an appositive ("Hans Müller, Sprecher der Stadt und der Polizei"), so nothing is listed."""
    tokens = [t for t in words if t.pos != "PUNCT" or t.text == ","]
    joins = _and_positions(tokens)
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if len(joins) != 1 or commas[-1] > joins[0]:
        return []
    if tokens[0].text.lower() not in speakers.determiners:
        return _listed_names(words)
    cuts = [*commas, joins[0]]
    if any(k + 1 >= len(tokens) or tokens[k + 1].text.lower() not in speakers.determiners for k in cuts):
        return _described_names(words)
    bounds = [-1, *cuts, len(tokens)]
    return [tokens[a + 1 : b] for a, b in pairwise(bounds)]


def _listed_names(words: list[Token]) -> list[list[Token]]:
    """The items of a list of three or more names, "A, B und C", each a name of capitalised words only, a short
    bracket after it left out ("Jana Beispiel (SPD), Tom Muster und Eva Test"); an item with a lower-case word
    ("Hans Müller, Sprecher der Stadt und der Polizei": an appositive), or a list with fewer than two proper names,
    lists nothing."""
    tokens = [t for t in _without_bracketed(words) if t.pos != "PUNCT" or t.text == ","]
    joins = _and_positions(tokens)
    cuts = [*(i for i, t in enumerate(tokens) if t.text == ","), *joins]
    items = [tokens[a + 1 : b] for a, b in pairwise([-1, *sorted(cuts), len(tokens)])]
    if len(joins) != 1 or len(items) < 3:
        return []
    if not all(item and all(t.text[:1].isupper() for t in item) for item in items):
        return []
    # a tagger may take a surname for a noun ("Habeck"): two items with a proper name make a list of names
    named = sum(any(t.pos in ("PROPN", "X") for t in item) for item in items)
    return items if named >= 2 else []


def _described_names(words: list[Token]) -> list[list[Token]]:
    """The items of a list of names after the description they share ("den Forschern Müller, Meier und Schulze"):
    the description goes with the first name, as "den Forschern Müller und Meier" reads; nothing where the words
    before the first name hold more than an article and nouns."""
    first = next((k for k, t in enumerate(words) if t.pos == "PROPN"), None)
    if first is None or first < len(("den", "Forschern")):
        return []
    if any(t.pos not in ("DET", "ADJ", "NOUN") for t in words[:first]):
        return []
    items = _listed_names(words[first:])
    return [words[:first] + items[0], *items[1:]] if items else []


def _add_pronoun_partner(
    mention: SourceMention, gazetteer: Gazetteer, entities: list[_Entity], recent: list[_Entity]
) -> None:
    """A pronoun joined by "and" to others as one cue's subject ("he and his co-authors predicted", "She and
    others at the hearing questioned …"): the pronoun speaks for the person it stands for (read as the pronoun),
    and the others, when they read as a speaker of their own (a group, a name), speak too (realpages dev7, dev8)."""
    words = [t for t in mention.words or [] if t.pos != "PUNCT"]
    if len(words) < 3 or words[1].text.lower() not in SUBJECT_AND_WORDS:
        return
    rest = words[2:]
    reading = read_source(_part(mention, rest), gazetteer)
    if reading.kind not in SPEAKER_KINDS:
        return
    entity = next((e for e in entities if e.kind == reading.kind and e.key == reading.key), None)
    if entity is None:
        entity = _Entity(kind=reading.kind, key=reading.key or "anonymous|" + fold(reading.name))
        entities.append(entity)
        recent.insert(0, entity)  # known, but not the most recent: a pronoun after it still takes the person
    entity.count_name(reading.name, mention.lang)
    entity.heard(mention.lang, mention.attribution)


def _drop_bare_labels(
    mentions: list[SourceMention],
    entities: list[_Entity],
    chosen: list[tuple[_Entity, str] | None],
    page: list[tuple[str, str]],
    gazetteer: Gazetteer,
) -> None:
    """A lone word before a headline's colon is a person only on evidence ("Molnupiravir: Erstes Medikament …"
    names a drug, "Lauterbach: Keine Maskenpflicht …" a person): it speaks elsewhere on the page (a mention that is
    no label resolves to it), it comes with a first name or a title, or the page ties it to a title by apposition
    (:func:`titled_names`). Without any, the label names no speaker. A lone upper-case word read as a body's short
    name out of a longer label ("MSM MIA: The Oligarch …", a related link's headline: realpages dev5) needs the
    same evidence: it speaks elsewhere, or the page writes it again outside its labels; a transcript's one-word
    label ("PENCE: Well, look, …") is a name whole and stays."""
    spoken: set[int] = set()
    labelled: set[int] = set()
    partial: set[int] = set()  # labels of several words of which the reading kept one
    stated: set[int] = set()  # labelled with a statement, not only with a name ("Partner: eZ Systems")
    for mention, item in zip(mentions, chosen, strict=True):
        if item is not None:
            (labelled if mention.cue_lemma == LABEL_CUE else spoken).add(id(item[0]))
            if mention.cue_lemma == LABEL_CUE and len(mention.text.split()) > 1:
                partial.add(id(item[0]))
            if mention.cue_lemma == LABEL_CUE and not _names_a_value(mention, page):
                stated.add(id(item[0]))
    for entity in [e for e in entities if id(e) in labelled and id(e) not in spoken and id(e) not in stated]:
        _drop_entity(entity, entities, chosen)  # every label of it is a caption's or a box's name: no speaker
    for entity in [
        e for e in entities if id(e) in labelled and id(e) not in spoken and _worded_label(e, page, gazetteer)
    ]:
        _drop_entity(entity, entities, chosen)  # "The Plan Stage: Think and dream …": a heading, no speaker
    bare = [
        entity
        for entity in entities
        if entity.kind in ("person", "organisation")
        and id(entity) in labelled
        and id(entity) not in spoken
        and not entity.titles
        and not entity.described
        and entity.names
        and all(words == 1 for _, words, _ in entity.names)
        and (entity.kind == "person" or (id(entity) in partial and all(name.isupper() for _, _, name in entity.names)))
    ]
    if not bare:
        return
    titled = {key for text, lang in page for person in titled_names(text, lang, gazetteer) for key in person.keys}
    for entity in bare:
        if entity.kind == "person" and entity.key in titled:
            continue
        if entity.kind == "organisation" and _written_again(entity, page):
            continue
        _drop_entity(entity, entities, chosen)


def _worded_label(entity: _Entity, page: list[tuple[str, str]], gazetteer: Gazetteer) -> bool:
    """Whether an English label is a heading of common words the reading took for a name ("The Plan Stage: Think
    and dream …", "Connectivity Technology: Bluetooth 5.0", "Family: Nyctaginaceae"; issue #18, sweep44): every
    word of every name the dictionary holds as a common word, none a name the gazetteer knows ("Human Rights
    Watch:"), no title or description of a group ("Police:"), no word in capitals (a transcript's "PENCE:"), and the
    page writes it nowhere but in its label (a transcript's "Bill:" comes again, a body's name in its text)."""
    if entity.kind not in ("person", "organisation") or entity.titles or entity.described:
        return False
    names = [(english, name) for english, _, name in entity.names]
    return (
        bool(names)
        and all(
            english
            and _known_name(name, [], gazetteer) is None
            and all(common_word(word, ("en",)) and not word.isupper() for word in name.split())
            for english, name in names
        )
        and not _written_again(entity, page)
    )


def _drop_entity(entity: _Entity, entities: list[_Entity], chosen: list[tuple[_Entity, str] | None]) -> None:
    """Forget an entity: it is no speaker, and the mentions that resolved to it name no one."""
    entities.remove(entity)
    for index, item in enumerate(chosen):
        if item is not None and item[0] is entity:
            chosen[index] = None


#: Most words a label's value may have and still be read as a name given for the label (a credit, a list row).
MAX_VALUE_WORDS = 4
_VALUE_WORD = re.compile(r"[^\W_][\w'’.-]*|&|\S")


def _names_a_value(mention: SourceMention, page: list[tuple[str, str]]) -> bool:
    """Whether what follows a block-opening label's colon is nothing but a name or a few names, the label's value
    ("Photocredits X: Christin Schwarzer", "Unser Partner: eZ Systems", "Guitar Guru: Fender & Samick", a shop's
    or a credit box's rows): every word is capitalised or joins names, none is a determiner or a word the
    dictionary writes lower case (a verb, an article, an English common noun), and the value ends the block
    without a sentence's stop. A statement ("Lauterbach: Keine Maskenpflicht …", "Pence: Flowers Won't Be Sent",
    "PENCE: Well, …") has a lower-case word, such a word or a stop."""
    from sift.machine_cache import dictionary_lemma

    if mention.block >= len(page):
        return False
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    text = page[mention.block][0]
    colon = text.find(LABEL_CUE, mention.start + len(mention.text))
    if colon < 0:
        return False
    words = _VALUE_WORD.findall(text[colon + 1 :])
    joiners = SUBJECT_AND_WORDS | {"&", ","}
    names = [word for word in words if word.lower() not in joiners]
    return (
        0 < len(names) <= MAX_VALUE_WORDS
        and all(any(c.isupper() for c in word) for word in names)
        and not any(word.lower() in speakers.determiners for word in names)
        and not any((lemma := dictionary_lemma(word, mention.lang)) and lemma[:1].islower() for word in names)
    )


def _written_again(entity: _Entity, page: list[tuple[str, str]]) -> bool:
    """Whether the page writes one of the entity's names as a word more than once (its label is one of them)."""
    names = {name for _, _, name in entity.names}
    return any(sum(len(re.findall(rf"\b{re.escape(name)}\b", text)) for text, _ in page) > 1 for name in names)


def _titled_surname(
    mention: SourceMention, page: list[tuple[str, str]], gazetteer: Gazetteer, titled: dict[int, list[TitledName]]
) -> SourceReading | None:
    """The person a lone capitalised word that reads as nothing stands for ("Heil mahnte", where "Heil" is also a
    noun and an adjective): the one person the page names with a title whose surname it is ("Arbeitsminister
    Hubertus Heil"); none or several, nothing."""
    word = mention.text.strip()
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return None
    key = transliteration_key(word)
    persons: dict[str, TitledName] = {}
    for number, (text, lang) in enumerate(page):
        if word not in text:
            continue
        if number not in titled:
            titled[number] = titled_names(text, lang, gazetteer)
        persons.update((person.name, person) for person in titled[number] if person.name.split()[-1] == word)
    if len(persons) != 1:
        return None
    person = next(iter(persons.values()))
    return SourceReading("person", key, person.name, person.titles, how="title")


def _unquoted_antecedent(
    mention: SourceMention, page: list[tuple[str, str]], gazetteer: Gazetteer, known: dict[str, str | None]
) -> SourceReading | None:
    """The person a pronoun with no speaker to take stands for, when the page names one it never quotes
    ("Gesundheitsministerin Petra Hofmeister besuchte die Klinik. Sie sagte, …" reads "Sie" … as Hofmeister only
    when "Sie" is singular: "he", "she", "er", "il"). Candidates are persons the page names with a title (the
    title is the evidence of a person: :func:`titled_names`), in the pronoun's reach and before it; with no titled
    person there, where every noun is capitalised, persons it names in full without a title in the pronoun's
    sentence or the four before (:func:`_recent_sentences`; :func:`~sift.attribution.surnames.full_names`: "hält
    Napua Nameyan … sagt sie", realpages dev8), or by a surname alone that the page writes in full elsewhere
    (:func:`~sift.attribution.surnames.lone_surname_names`; ``known`` caches the page's full names of lone words).
    One person only, or the pronoun stays unresolved (never across an unrelated name); a masculine pronoun never
    takes a person with a feminine title (German "Ministerin"), the only gender read. A first-person pronoun ("ich",
    "I") takes no untitled name: it is the page's writer as often."""
    first = max(0, mention.block - PRONOUN_REACH_BLOCKS)
    persons: dict[frozenset[str], TitledName] = {}
    untitled: dict[str, str] = {}  # surname key: full name
    written: dict[str, str] = {}  # surname key: the surname alone, as the pronoun's sentences call the person
    recent = _recent_sentences(page, mention.block, mention.start)
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    # where every noun is capitalised, two capitalised words no dictionary holds are a name; elsewhere a work's,
    # a film character's or a band's as often (realpages dev6 "Rose-Lynn Harlan", dev7 "Carl Sagan"). Never for
    # "ich erkläre": the page's writer, not the illustrator its byline names (a titled person may be the writer of
    # a post the page embeds: "Chief Minister Arvind Kejriwal … I urge all Delhiites", realpages dev6)
    capitalised = speakers.capitalises_nouns and mention.text.strip().lower() not in speakers.first_person_pronouns
    for number in range(first, min(mention.block, len(page) - 1) + 1):
        text, lang = page[number]
        if number == mention.block:
            text = text[: mention.start]
        for person in titled_names(text, lang, gazetteer):
            persons.setdefault(person.keys, person)
        near = number in recent and lang == mention.lang and capitalised
        for name in full_names(recent[number], lang, gazetteer) if near else ():
            untitled.setdefault(transliteration_key(name.split()[-1]), name)
        for name in lone_surname_names(recent[number], lang, page, gazetteer, known) if near else ():
            untitled.setdefault(transliteration_key(name.split()[-1]), name)  # "zeigte Tsunoda schon …"
            written.setdefault(transliteration_key(name.split()[-1]), name.split()[-1])
        for name in introduced_given_names(recent[number], lang, gazetteer) if near else ():
            untitled.setdefault(transliteration_key(name), name)  # "Gesine aus Tübingen …"
    other = {keys: p for keys, p in persons.items() if _other_gender(mention, p, speakers)}
    if other:
        # where a title tells a gender ("Ministerin", "Bürgermeister"), a gendered pronoun passes over the persons
        # of the other one ("sprachen die Zeitzeugin X und der Bürgermeister Y. Sie schilderte …": X, not Y)
        persons = {keys: p for keys, p in persons.items() if keys not in other}
        untitled = {key: name for key, name in untitled.items() if not any(key in keys for keys in other)}
    if not persons and len(untitled) == 1:  # no title in reach: the one person named in full ("Dianne Austin")
        name = next(iter(untitled.values()))
        persons[frozenset(untitled)] = TitledName(name, frozenset(), mention.lang)
    if len(persons) != 1:
        return None
    person = next(iter(persons.values()))
    gender = _GENDERED_PRONOUNS.get(mention.text.strip().lower()) if mention.lang in HONORIFICS else None
    told = {HONORIFICS[mention.lang].get(title) for title in person.titles} if gender else set()
    if gender and told - {gender, None, ""}:
        return None  # "Mr. Olver … she said": she is someone else
    surname = person.name.split()[-1]
    key = transliteration_key(surname)
    return SourceReading("person", key, person.name, person.titles, how="pronoun-far", written=written.get(key, ""))


#: Words telling that a person named near them goes by singular "they" ("uses they/them pronouns", "is non-binary",
#: "a nonbinary artist"); not "non-binary" before a plural or a word of a class ("non-binary pupils", "non-binary
#: people", "non-binary identity": a topic, whose "they" is the parents or pupils; review45a).
SINGULAR_THEY = re.compile(
    r"\bthey\s*/\s*them\b|\bthey\s+pronouns\b"
    r"|\bnon-?binary\b(?!\s+(?:people|persons|children|youth|identit\w*|\w+[^s\W]s)\b)",
    re.IGNORECASE,
)


def _singular_they(mention: SourceMention, page: list[tuple[str, str]], gazetteer: Gazetteer) -> SourceReading | None:
    """The person an English "they" with no group or body to take stands for, when the page tells it goes by
    singular "they" (:data:`SINGULAR_THEY`) in the pronoun's sentence or the four before and names exactly one
    person in full there ("Alex Kim, who uses they/them pronouns, founded the shop. They said the rent had
    doubled"; issue #18). Two persons, or no such words, and "they" stays unresolved (never one person named
    before: ``_compatible``)."""
    if mention.lang != "en" or mention.text.strip().lower() != "they":
        return None
    recent = _recent_sentences(page, mention.block, mention.start)
    texts = [text for number, text in recent.items() if page[number][1] == mention.lang]
    if not any(SINGULAR_THEY.search(text) for text in texts):
        return None
    names = {
        transliteration_key(name.split()[-1]): name for text in texts for name in full_names(text, "en", gazetteer)
    }
    if len(names) != 1:
        return None
    key, name = next(iter(names.items()))
    return SourceReading("person", key, name, how="pronoun-far")


#: Sentences a singular pronoun looks back over for a person named after the speaker it would take: its own and
#: the one before.
INTERPOSED_REACH_SENTENCES = 2


def _interposed_person(
    mention: SourceMention, entity: _Entity, page: list[tuple[str, str]], gazetteer: Gazetteer
) -> SourceReading | None:
    """The person a singular pronoun stands for when the page names one, who never spoke, between the speaker
    :func:`_find` gave it and the pronoun: in the pronoun's sentence before it or the sentence before ("Wendel Trio
    von Greenpeace sagte … Dieses Mittel will die Premierministerin von Barbados, Mia Mottley, nutzen. Sie fordert
    …": she is Mottley, not Greenpeace; realpages dev12 r12-015). Only when those sentences do not name the speaker
    (a pronoun after "Der Verband kritisierte Minister Vogt." is as often the subject's) and name one person only,
    by a title (:func:`titled_names`) or, where every noun is capitalised, in full; a gendered pronoun passes over a
    title of the other gender (:func:`_other_gender`)."""
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    recent = _recent_sentences(page, mention.block, mention.start, INTERPOSED_REACH_SENTENCES)
    persons: dict[str, TitledName] = {}
    for number, text in recent.items():
        offset = (mention.start if number == mention.block else len(page[number][0])) - len(text)
        if (entity.last_block, entity.last_end) > (number, offset):
            return None  # the speaker is named in those sentences
        if re.search(rf"\b{re.escape(mention.text.strip())}\b", text, re.IGNORECASE):
            return None  # "Am Abend traf sie Eva Roth. Danach sagte sie": the pronoun there is the speaker still
        lang = page[number][1]
        if lang != mention.lang:
            continue
        for person in titled_names(text, lang, gazetteer):
            if not _other_gender(mention, person, speakers):
                persons.setdefault(transliteration_key(person.name.split()[-1]), person)
        for name in full_names(text, lang, gazetteer) if speakers.capitalises_nouns else ():
            key = transliteration_key(name.split()[-1])
            if key not in persons:
                persons[key] = TitledName(name, frozenset(), lang)
    if len(persons) != 1 or entity.key in persons:
        return None
    key, person = next(iter(persons.items()))
    return SourceReading("person", key, person.name, person.titles, how="pronoun-far")


@functools.cache
def _plural_subject_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """Where a language tells a plural finite verb (``Language.plural_finite``), a plural subject noun phrase by
    the verb beside it: "die" and a noun after the verb ("Am Abend haben die Betriebsräte …", a reflexive verb too:
    "Danach trafen sich die Landwirte …"), or opening a sentence before it ("Die Anwohner haben …"). The noun is
    the group ``noun``; none where the language lists no plural verbs."""
    row = LANGUAGES.get(lang)
    if row is None or not row.plural_finite:
        return ()
    verbs = "|".join(sorted(row.plural_finite))
    adjective = r"(?:[a-zß-ÿ][\w-]*\s+)?"  # "die ersten Landwirte"
    return (
        re.compile(rf"\b(?:{verbs}|[a-zß-ÿ]{{3,}}en\s+sich)\s+die\s+{adjective}(?P<noun>[A-ZÀ-Þ][\w-]+)"),
        re.compile(rf"(?:^|(?<=[.!?:]\s)|(?<=[.!?:]\s[„\"]))Die\s+{adjective}(?P<noun>[A-ZÀ-Þ][\w-]+)\s+(?:{verbs})\b"),
    )


def plural_subjects(text: str, lang: str) -> list[str]:
    """The nouns of the plural subject noun phrases of ``text`` (:func:`_plural_subject_patterns`), in order; after a
    verb, not a noun whose ending tells a feminine singular ("haben die Regierung": an object, ``feminine_noun_endings``
    and "-in", "die Ministerin")."""
    row = LANGUAGES.get(lang)
    found: list[tuple[int, str]] = []
    for number, pattern in enumerate(_plural_subject_patterns(lang)):
        for match in pattern.finditer(text):
            noun = match.group("noun")
            lowered = noun.lower()
            feminine = row is not None and lowered.endswith((*row.feminine_noun_endings, "in"))
            if number == 0 and feminine:
                continue
            found.append((match.start("noun"), noun))
    return [noun for _, noun in sorted(found)]


def _plural_antecedent(
    mention: SourceMention, entity: _Entity, how: str, page: list[tuple[str, str]], recent: list[_Entity]
) -> tuple[_Entity | None, str]:
    """The speaker a plural pronoun ("sie hätten") stands for, where the pronoun's sentence before it or the sentence
    before names a plural subject after the speaker :func:`_find` gave it (:func:`plural_subjects`): the group of
    the nearest such subject, when it is a speaker of the page by that noun, else no speaker ("Die Gewerkschaft
    Verdi kritisiert … Am Abend haben die Betriebsräte mit dem Chef gesprochen. Sie hätten ihm vorgeschlagen, …":
    the works councils, not Verdi; issue #18, review43c). Otherwise the speaker and how it was found, unchanged."""
    found: list[str] = []
    for number, text in _recent_sentences(page, mention.block, mention.start, INTERPOSED_REACH_SENTENCES).items():
        offset = (mention.start if number == mention.block else len(page[number][0])) - len(text)
        if page[number][1] != mention.lang:
            continue
        if (entity.last_block, entity.last_end) > (number, offset):  # only what comes after the speaker's mention
            if entity.last_block != number:
                continue
            text = text[max(0, entity.last_end - offset) :]
        found += plural_subjects(text, mention.lang)
    if not found:
        return entity, how
    noun = fold(found[-1])
    for other in reversed(recent):
        names = [name for _, _, name in other.names] + list(other.described)
        if any(noun in fold(name).split() for name in names):
            return (other, how) if other is entity else (other, "pronoun-far")
    return None, ""


def _named_in_between(
    mention: SourceMention, entity: _Entity, page: list[tuple[str, str]], gazetteer: Gazetteer
) -> bool:
    """Whether, where untitled names are not read as antecedents (nouns not capitalised: a work's or a character's
    name as often, :func:`_unquoted_antecedent`), the pronoun's sentence before it or the sentence before names
    in full another person than the speaker :func:`_find` gave it, after the speaker's last mention: the pronoun
    may mean that one ("“…,” says Lewis Ward. Tom Fisher runs the studio. “…,” he says"), so the reading is
    unsure (issue #18, sweep43's Stadia page)."""
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    if speakers.capitalises_nouns:
        return False  # :func:`_interposed_person` reads names in full there
    recent = _recent_sentences(page, mention.block, mention.start, INTERPOSED_REACH_SENTENCES)
    surnames = {entity.key} | {transliteration_key(surname) for surname in _surnames(entity)}
    for number, text in recent.items():
        offset = (mention.start if number == mention.block else len(page[number][0])) - len(text)
        if (entity.last_block, entity.last_end) > (number, offset) or page[number][1] != mention.lang:
            continue
        for name in full_names(text, mention.lang, gazetteer):
            if transliteration_key(name.split()[-1]) not in surnames:
                return True
    return False


def _other_gender(mention: SourceMention, person: TitledName, speakers: SpeakerWords) -> bool:
    """Whether a gendered pronoun cannot stand for a titled person: "er" for a title in its feminine form
    ("Ministerin"), "sie" (singular) for one in the masculine form of a title that has a feminine one
    ("Bürgermeister", as "Bürgermeisterin" is one; not "Vorsitzende", either)."""
    lowered = mention.text.strip().lower()
    gender = _title_gender(person.titles, speakers)
    if lowered in speakers.masculine_pronouns:
        return gender == "f"
    if lowered in speakers.feminine_pronouns:
        return gender == "m"
    return False


#: Sentences a pronoun looks back over for a person named in full without a title: its own and the four before
#: (realpages dev8 r8-001: "… hält Napua Nameyan ihre Tochter im Schoß …" and three sentences later "„…“, sagt
#: sie"); farther, in a long block, the name is as often someone the pronoun does not mean (dev8 r8-021: "geboren als
#: Jan Kuncewicz" fifteen sentences before "Er antwortete", which is Jesus).
UNTITLED_REACH_SENTENCES = 5
#: Where a sentence starts in a block's text: after the mark, a closing quotation mark and space, at a capital or an
#: opening mark (the pronoun's reach, the sentences whose outlets unnamed reports may be).
_SENTENCE_START = re.compile(r"(?<=[.!?…])[\"”“’»]?\s+(?=[\"„“«‘(]?[A-ZÀ-Ý])")


def _recent_sentences(
    page: list[tuple[str, str]], block: int, start: int, count: int = UNTITLED_REACH_SENTENCES
) -> dict[int, str]:
    """The text of the ``count`` sentences up to ``start`` of ``block`` (the pronoun's own sentence up to the
    pronoun, and those before it, into the block before when the pronoun's block holds fewer), by block number."""
    found: dict[int, str] = {}
    left, end = count, start
    for number in range(block, max(-1, block - UNTITLED_REACH_BLOCKS - 1), -1):
        if number >= len(page):
            continue
        text = page[number][0][:end]
        starts = [0] + [match.end() for match in _SENTENCE_START.finditer(text)]
        taken = starts[-left:]
        found[number] = text[taken[0] :]
        left -= len(taken)
        if left <= 0 or number == 0:
            break
        end = len(page[number - 1][0])
    return found


def _remit(descriptions: Iterable[str], languages: Iterable[str]) -> set[str]:
    """The capitalised words after a genitive in a title's descriptions, the body the title is held in ("la
    referente de la APDH": "APDH"; "la ministra de Salud": "Salud"); none in German, which capitalises every
    noun."""
    remit: set[str] = set()
    for lang in languages:
        genitives = LANGUAGES[lang].genitive_words if lang in LANGUAGES and lang != "de" else frozenset()
        for described in descriptions:
            words = re.findall(r"[\w'’]+", described)
            at = next((k for k, word in enumerate(words) if word.lower() in genitives), None)
            if at is not None:
                remit |= {word for word in words[at + 1 :] if word[:1].isupper()}
    return remit


def _surnames(entity: _Entity) -> set[str]:
    """The last words of the names a person goes by."""
    return {name.split()[-1] for *_, name in entity.names}


def _held_elsewhere(
    remit: set[str], surnames: set[str], titles: Iterable[str], languages: Iterable[str], page: list[tuple[str, str]]
) -> bool:
    """Whether a title held in a body (:func:`_remit`) belongs to no person of these surnames: no block naming them
    names that body, and one names them with the title held in another ("la referente de la APDH" is not "Taty
    Almeida, referente de Madres de Plaza de Mayo" on a page that never puts Almeida beside the APDH). A person named
    with the bare title ("La ministra Carolina Darias visitó el hospital" … "la ministra de Sanidad dijo") may hold
    it in that body: nothing on the page says otherwise. One with no name ("o senador") holds no title the page can
    tie to the body."""
    if not remit:
        return False
    if not surnames:
        return True
    genitives = frozenset(
        word for lang in languages if lang in LANGUAGES and lang != "de" for word in LANGUAGES[lang].genitive_words
    )
    heads = {title.split()[-1] for title in titles}
    elsewhere = False
    for text, _ in page:
        words = re.findall(r"[\w'’-]+", text)
        if not surnames & set(words):
            continue
        if remit & set(words):
            return False
        elsewhere = elsewhere or any(
            _title_body(words, k, genitives) - remit for k in range(len(words)) if words[k].lower() in heads
        )
    return elsewhere


def _title_body(words: list[str], k: int, genitives: frozenset[str]) -> set[str]:
    """The capitalised word naming the body that the title at ``words[k]`` is held in, after a genitive and an
    article ("referente de la Liga": {"Liga"}); empty when no genitive follows the title."""
    j = k + 1
    if j >= len(words) or words[j].lower() not in genitives:
        return set()
    j += 1
    while j < len(words) and words[j][:1].islower() and len(words[j]) <= 3:  # "la", "los", "the"
        j += 1
    return {words[j]} if j < len(words) and words[j][:1].isupper() else set()


def _merge_titles(
    entities: list[_Entity], chosen: list[tuple[_Entity, str] | None], page: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    """A title never resolved backwards ("the minister said … Minister Jane Doe") joins the one person named
    later with that title; with none, the one person the page ties to that title by apposition ("Francisco
    Barbosa Delgado, fiscal general de Colombia": "el fiscal general" is he, and so is a speaker "Barbosa") or by a
    predicate ("Eva Brandt wurde zur neuen Präsidentin gewählt": "so die neue Präsidentin" is she; never for a
    former holder, "die scheidende Präsidentin"); with none or several, it stays a speaker of its own."""
    titled: list[TitledName] | None = None
    chosen_as: list[TitledName] = []  # given the title by a predicate ("wurde zur Präsidentin gewählt")
    for entity in [e for e in entities if e.is_titled_only]:
        named = [e for e in entities if e is not entity and e.kind == "person" and not e.is_titled_only]
        matching = [e for e in named if e.titles & entity.titles and e.attributions]  # no relay (see ``_find``)
        remit = _remit(entity.described, entity.languages)
        matching = [
            e for e in matching if not _held_elsewhere(remit, _surnames(e), entity.titles, entity.languages, page)
        ]
        if len(matching) == 1:
            _absorb(matching[0], entity, entities, chosen, "title")
            continue
        if matching:
            continue
        if titled is None:  # read once, and only on a page with a title left unresolved
            titled = [person for text, lang in page for person in titled_names(text, lang, gazetteer)]
            chosen_as = _predicate_titled(page, named, gazetteer)
        former = is_former(list(entity.described))  # "die scheidende Präsidentin": not the one chosen now
        tied = {
            person.keys: person
            for person in titled + ([] if former else chosen_as)
            if person.titles & entity.titles
            and not _held_elsewhere(remit, set(person.name.split()[-1:]), entity.titles, entity.languages, page)
        }
        if len(tied) != 1:
            if entity.titles and entity.titles <= {title for _, lang in page for title in author_titles(lang)}:
                _drop_entity(entity, entities, chosen)  # "Der Autor schildert darin …": a writer the page never names
            continue
        person = next(iter(tied.values()))
        same = [e for e in named if e.key in person.keys]
        if same and not any(e.attributions for e in same):
            # a name heard only as a relay is whom the statement went through, not the titled speaker ("Em
            # entrevista à GloboNews, o ministro afirmou …" reads "GloboNews, o ministro" as an apposition)
            continue
        target = same[0] if same else entity
        for other in [entity, *same[1:]]:
            if other is not target:
                _absorb(target, other, entities, chosen, "title")
        if target is entity:  # the person speaks only by title
            entity.key, entity.is_titled_only = transliteration_key(person.name.split()[-1]), False
        target.names[(person.lang == "en", len(person.name.split()), person.name)] += 1  # as the page names them
        target.titles |= person.titles


def _predicate_titled(page: list[tuple[str, str]], persons: list[_Entity], gazetteer: Gazetteer) -> list[TitledName]:
    """The persons the page gives a title by a predicate (:func:`~sift.attribution.title_predicates.title_predicates`):
    the one person such a sentence names, a speaker of the page (by any name it goes by) or a full name
    (:func:`full_names`); a sentence naming two persons or none ties no one."""
    found: list[TitledName] = []
    for text, lang in page:
        for predicate in title_predicates(text, lang):
            inside = {id(e): e for e in persons for _, _, name in e.names if _names_word(predicate.sentence, name)}
            written = {name for e in inside.values() for _, _, name in e.names}
            others = {
                name
                for name in full_names(predicate.sentence, lang, gazetteer)
                if not any(_names_word(name, known) for known in written)
            }
            if len(inside) + len(others) != 1:
                continue
            if inside:
                entity = next(iter(inside.values()))
                name = max((name for _, _, name in entity.names), key=lambda name: len(name.split()))
            else:
                name = others.pop()
            found.append(TitledName(name, predicate.titles, lang))
    return found


def _names_word(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as whole words."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def _merge_surnames(entities: list[_Entity], chosen: list[tuple[_Entity, str] | None], gazetteer: Gazetteer) -> None:
    """A lone name read as an outlet by its cue ("…, berichtet Mazzucotelli") that is the surname of the one person
    named on the page ("Stéphane Mazzucotelli") is that person, whichever came first; a known outlet stays one."""
    for entity in [e for e in entities if e.kind == "outlet"]:
        names = {name for _, words, name in entity.names if words == 1 and not gazetteer.is_outlet(name)}
        if len(names) != 1 or len(entity.names) != 1:
            continue
        key = transliteration_key(names.pop())
        matching = [e for e in entities if e.kind == "person" and e.key == key]
        if len(matching) == 1:
            _absorb(matching[0], entity, entities, chosen, "named")


def _merge_body_names(entities: list[_Entity], chosen: list[tuple[_Entity, str] | None]) -> None:
    """A person known only by one word that a body of the page is also called ("Según Aemet, …" and "La Aemet
    avisó …", in either order) is that body: the lone word was read as a person for want of evidence, and the
    page's other mention gives it. A titled person, or one the page names in full, stays."""
    for entity in [e for e in entities if e.kind == "person" and not e.titles and e.names]:
        names = {name for _, _, name in entity.names}
        if any(" " in name for name in names):
            continue
        body = next(
            (e for e in entities if e.kind == "organisation" and names <= {name for _, _, name in e.names}), None
        )
        if body is not None:
            _absorb(body, entity, entities, chosen, "named")


def _merge_short_forms(
    entities: list[_Entity], chosen: list[tuple[_Entity, str] | None], page: list[tuple[str, str]]
) -> None:
    """A body known only by a short form ("Die KVB erklärte …") that the page writes in brackets after a body's
    full name it abbreviates ("Die Kölner Verkehrs-Betriebe (KVB) teilten mit") is that body, shown under the full
    name with the short form as its alias."""
    bodies = [e for e in entities if e.kind == "organisation" and e.names]
    for entity in bodies:
        shorts = {name for _, words, name in entity.names}
        if len(shorts) != 1 or any(words != 1 for _, words, _ in entity.names):
            continue
        short = shorts.pop()
        full = {
            id(e): e
            for e in bodies
            if e is not entity and e in entities
            for _, words, name in e.names
            if words > 1 and _abbreviates(short, name.split()) and any(f"{name} ({short})" in text for text, _ in page)
        }
        if len(full) == 1:
            _absorb(next(iter(full.values())), entity, entities, chosen, "named")


def _merge_given_names(
    entities: list[_Entity], chosen: list[tuple[_Entity, str] | None], page: list[tuple[str, str]]
) -> None:
    """A person the page calls by one word ("Friederike: Ich glaube …", an interview's answers labelled by a first
    name) that is the first name of the one person it names in full ("Friederike Gonzalez Schmitz: …") is that
    person, shown under the full name (realpages-dev11). A lone word that two full names share stays as it is, and
    a surname alone is read elsewhere (:mod:`~sift.attribution.surnames`)."""
    places: dict[str, list[tuple[str, int]]] = {}  # a full name: where the page writes it after a space
    given_of = functools.cache(_given_name)  # each full name's key once, not once per one-word name
    for entity in [e for e in entities if e.kind == "person" and e.names]:
        names = {name for _, words, name in entity.names if words == 1}
        if len(names) != 1 or len(entity.names) != 1 or entity.titles:
            continue
        given = names.pop()
        key = transliteration_key(given)
        full = [
            (e, name if given_of(name) == key else f"{given} {name}")
            for e in entities
            if e is not entity and e.kind == "person"
            for _, words, name in e.names
            if words > 1 and (given_of(name) == key or _written_with(given, name, page, places))
        ]
        if len({id(e) for e, _ in full}) == 1:
            target, name = full[0]
            _absorb(target, entity, entities, chosen, "named")
            target.count_name(name, target.languages[0] if target.languages else "")


def _written_with(given: str, name: str, page: list[tuple[str, str]], places: dict[str, list[tuple[str, int]]]) -> bool:
    """Whether the page writes ``given`` right before ``name`` ("Friederike" before "Gonzalez Schmitz").

    ``places`` keeps, per full name, the blocks and offsets where the page writes it after a space: the page is
    searched once per full name, not once per one-word name and full name (on a page of many of both that was
    most of the stage's time)."""
    if name not in places:
        places[name] = [(text, index) for text, _ in page for index in _offsets(text, f" {name}")]
    return any(text.endswith(given, 0, index) for text, index in places[name])


def _offsets(text: str, part: str) -> list[int]:
    """Every offset where ``text`` holds ``part`` (overlapping ones too)."""
    found: list[int] = []
    index = text.find(part)
    while index >= 0:
        found.append(index)
        index = text.find(part, index + 1)
    return found


def _absorb(
    target: _Entity, entity: _Entity, entities: list[_Entity], chosen: list[tuple[_Entity, str] | None], how: str
) -> None:
    """Fold ``entity`` into ``target``: its names become aliases, its mentions resolve to ``target`` (read ``how``)."""
    target.names.update(entity.names)
    target.described.update(entity.described)
    target.attributions += [a for a in entity.attributions if a not in target.attributions]
    target.languages += [lang for lang in entity.languages if lang not in target.languages]
    entities.remove(entity)
    for index, item in enumerate(chosen):
        if item is not None and item[0] is entity:
            chosen[index] = (target, how)


def _bodies_named_bare(entities: list[_Entity], page: list[tuple[str, str]], gazetteer: Gazetteer) -> None:
    """Make an organisation of a person read from a bare name, with no title, that the page writes as a body's
    ("Lyft gab bekannt" on a page with "des Fahrdienst-Vermittlers Lyft"), goes on about as a company's ("The
    company said"), writes in a brand's or a body's shape ("WalletHub", "Scope3", "Ocean Winds", "France
    Stratégie") or, in English, as a thing's ("when the Louvre declared": see
    :func:`~sift.attribution.body_names.named_as_body`), and an outlet of one whose whole name is an outlet's the
    shipped outlet table knows alone ("Rolling Stone", "Live Science": :mod:`~sift.lexicon.outlet_names`). Only
    the kind changes: the speaker, its names and its statements stay as resolved."""
    for entity in entities:
        if entity.kind != "person" or entity.titles or not entity.names:
            continue
        name = _shown_name(entity)
        if is_outlet_name(name):
            entity.kind = "outlet"
        elif named_as_body(name, page, gazetteer):
            entity.kind = "organisation"


def _individuals_described(entities: list[_Entity], page: list[tuple[str, str]]) -> None:
    """Make a person of an unnamed source every description of which names one definite individual ("the
    victim's mother", "Morrison's lawyer", "mein Tierarzt", "la professionnelle":
    :func:`~sift.attribution.descriptions.is_definite_individual`), the README's convention for kinds (issue #18);
    "a friend" and every group stay anonymous, and so does one the page introduced with an indefinite article ("A
    doctor on the scene … the doctor said"); officials and representatives of a named organisation are it by kind
    ("Berrien County Health Department officials", "DGB-Vertreter"). Only the kind changes: the speaker, its names
    and its statements stay as resolved."""
    for entity in entities:
        if entity.kind == "anonymous" and entity.individual:
            noun = _shown_name(entity).split()[-1]
            entity.kind = "anonymous" if introduced_indefinitely(noun, page) else "person"
        elif entity.kind == "anonymous" and entity.represents:
            entity.kind = "organisation"


def _shown_name(entity: _Entity) -> str:
    """The name a speaker is shown under: English spellings, then longer names, then the commonest, first; the
    commonest description when it was never named."""
    ranked = sorted(entity.names, key=lambda item: (item[0], min(item[1], 4), entity.names[item]), reverse=True)
    return ranked[0][2] if ranked else entity.described.most_common(1)[0][0]


def _speakers(
    entities: list[_Entity], chosen: list[tuple[_Entity, str] | None]
) -> tuple[list[Resolution | None], list[Speaker]]:
    names: dict[int, str] = {}
    speakers: list[Speaker] = []
    for entity in entities:
        name = _shown_name(entity)
        names[id(entity)] = name
        if not entity.attributions:
            continue
        speakers.append(
            Speaker(
                id=f"sp{len(speakers)}",
                name=name,
                kind=entity.kind,
                aliases=sorted(({alias for _, _, alias in entity.names} | set(entity.described)) - {name}),
                languages=list(entity.languages),
                attributions=list(entity.attributions),
            )
        )
    resolutions = [
        Resolution(names[id(item[0])], item[0].kind, CERTAINTY.get(item[1], CERTAINTY["guess"])) if item else None
        for item in chosen
    ]
    return resolutions, speakers


def article_speakers(speakers: list[Speaker], asides: dict[str, int], article: list[str]) -> list[Speaker]:
    """The speakers of the page's own story: a speaker whose every statement stands in a related box (``asides``:
    the box of each attribution heard there) speaks in another article's headline ("How Apollo moon rocks reveal
    …", a list of teasers "Title Author Section Teaser przypomina …": realpages dev, dev4, dev6), and is listed only
    when the article (``article``: the texts of its body and quote blocks) names it too ("Airbus says …" in a
    related box of a page about Airbus), or when a speaker of the article speaks in the same box: snippets of the
    same story (the seed's French and German snippets, where the ministry speaks beside Frantz Klintsevitch). Ids
    are renumbered in order."""

    def aside(speaker: Speaker) -> bool:
        return bool(speaker.attributions) and all(attribution in asides for attribution in speaker.attributions)

    story = {asides[a] for speaker in speakers if not aside(speaker) for a in speaker.attributions if a in asides}
    kept = []
    for speaker in speakers:
        if (
            aside(speaker)
            and not any(asides[attribution] in story for attribution in speaker.attributions)
            and not any(_names_in(name, article) for name in [speaker.name, *speaker.aliases])
        ):
            continue
        kept.append(replace(speaker, id=f"sp{len(kept)}"))
    return kept


def _names_in(name: str, texts: list[str]) -> bool:
    """Whether any of ``texts`` writes ``name`` as whole words."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return bool(name.strip()) and any(pattern.search(text) for text in texts)
