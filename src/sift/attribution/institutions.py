"""Institutions by key: a small multilingual lexicon of institution types, domains and countries (Russian
Defense Ministry, ministère russe de la Défense and russisches Verteidigungsministerium all become
``ministry|defense|russia``), the words that make a name an organisation's, and the gazetteer's reading of a whole
name (an outlet, an international body, a state)."""

from __future__ import annotations

import re

from sift.attribution.name_shapes import NAME_PARTICLES
from sift.attribution.source_mentions import SourceReading
from sift.attribution.word_order import Token
from sift.lexicon.fold import fold
from sift.lexicon.gazetteer import Gazetteer
from sift.lexicon.legal_forms import WORD_FORMS, is_legal_form, legal_forms
from sift.lexicon.speaker_words import SPEAKER_WORDS

#: Institution types, domains and countries: each canonical key with its spellings (lowercase, accents kept).
INSTITUTIONS = {
    "ministry": ("ministry", "ministère", "ministerium", "ministerio", "ministério", "ministero", "ministerstwo"),
    "government": ("government", "gouvernement", "regierung", "gobierno", "governo", "rząd"),
    "army": ("army", "armée", "armee", "military", "militaire", "ejército", "exército", "esercito", "armia"),
    "kremlin": ("kremlin", "kreml", "cremlino"),
    "pentagon": ("pentagon",),
    "coalition": ("coalition", "koalition", "coalición", "coalizão", "coalizione", "koalicja"),
    "committee": ("committee", "commission", "ausschuss", "comisión", "comissão", "commissione", "komisja"),
    "press-service": ("press service", "service de presse", "pressedienst", "pressestelle"),
    "embassy": ("embassy", "ambassade", "botschaft", "embajada", "embaixada", "ambasciata", "ambasada"),
    "white-house": ("white house", "maison blanche", "weißes haus", "weiße haus", "casa blanca", "casa branca"),
    "state-department": ("state department", "département d'état", "außenministerium"),
    "police": ("police", "polizei", "policía", "polícia", "polizia", "policja"),
}
DOMAINS = {
    "defense": ("defense", "defence", "défense", "verteidigung", "defensa", "defesa", "difesa", "obrony"),
    "foreign": ("foreign affairs", "affaires étrangères", "auswärtig", "exteriores", "esteri", "spraw zagranicznych"),
    "interior": ("interior", "intérieur", "innenminister", "inneren", "interno", "spraw wewnętrznych"),
    "health": ("health", "santé", "gesundheit", "sanidad", "saúde", "salute", "zdrowia"),
}
#: Demonyms and names of the states news speaks of most, for institution keys ("ministère russe").
COUNTRIES = {
    "russia": ("russia", "russe", "russie", "russisch", "russland", "rusia", "ruso", "rússia", "russo", "rosja"),
    "us": ("united states", "u.s.", "american", "américain", "amerikanisch", "usa", "états-unis", "estados unidos"),
    "syria": ("syria", "syrie", "syrien", "syrisch", "siria", "sirio", "síria"),
    "france": ("france", "french", "français", "frankreich", "französisch", "francia", "francés", "francese"),
    "germany": ("germany", "german", "allemand", "allemagne", "deutschland", "deutsch", "alemania", "alemão"),
}

#: Words of an organisation's name in any language ("Tempus Inc", "Feinstein International Center", "Helferbund
#: International": the compound before it is a common word's, so the name run was "International", a person).
_ORGANISATION_NAME_WORDS = (
    frozenset(word for words in SPEAKER_WORDS.values() for word in words.body_nouns if " " not in word)
    | legal_forms(excluding=WORD_FORMS)
    | frozenset({"international"})
    # the trade words of companies' names ("Siemens Energy", "Duke Energy", "Novartis Pharmaceuticals", "General
    # Motors"): no person's name ends so ("teilte Siemens Energy mit" gave a person)
    | frozenset({"energy", "pharmaceuticals", "pharma", "motors", "airlines", "technologies", "holdings", "logistics"})
)

#: Institution words of a name ("US Embassy", "Russian Defense Ministry"): the name is a body's, never a person's.
_INSTITUTION_WORDS = frozenset(
    spelling for spellings in INSTITUTIONS.values() for spelling in spellings if " " not in spelling
)


#: Plurals that end the names of firms, bands and studios and no surname ("Dick Clark Productions", "The Doobie
#: Brothers", "Big Machine Records", "Ithaca Holdings": read as persons, issue #18 realsent38en). Other plurals are
#: left alone: a surname may be one ("Lena Banks").
_FIRM_PLURALS = frozenset(
    {"productions", "brothers", "records", "industries", "enterprises", "studios", "pictures", "laboratories"}
    | {"communications", "ventures", "partners"}
)


def _is_organisation_word(token: Token) -> bool:
    """Whether a word of a name makes it an organisation's ("Tempus Inc", "US Embassy", "Dick Clark Productions")."""
    words = _ORGANISATION_NAME_WORDS | _INSTITUTION_WORDS
    return (
        token.text.lower() in words
        or (token.text[:1].isupper() and token.text.lower() in _FIRM_PLURALS)
        or token.lemma.lower() in words
        or is_legal_form(token.text, excluding=WORD_FORMS)  # "S.A.", "e.V.", "Inc."
    )


def _institution_key(text: str) -> str | None:
    lowered = text.lower()
    kinds = [key for key, spellings in INSTITUTIONS.items() if any(s in lowered for s in spellings)]
    if not kinds:
        return None
    extra = [
        key
        for table in (DOMAINS, COUNTRIES)
        for key, spellings in table.items()
        if any(s in lowered for s in spellings)
    ]
    return "|".join([kinds[0], *extra])


def _state_of(tokens: list[Token], gazetteer: Gazetteer) -> str | None:
    for token in tokens:
        code = gazetteer.state(token.text) or gazetteer.state(token.lemma)
        if code is not None:
            return code
    lowered = " ".join(t.text.lower() for t in tokens)
    return next((key for key, spellings in COUNTRIES.items() if any(s in lowered.split() for s in spellings)), None)


def _known_name(name: str, tokens: list[Token], gazetteer: Gazetteer) -> SourceReading | None:
    """A gazetteer's reading of a whole name: an outlet, an international body, a state (its government)."""
    lemma = tokens[0].lemma if len(tokens) == 1 else name
    for candidate in (name, lemma):
        if gazetteer.is_outlet(candidate):
            return SourceReading(
                "outlet", "outlet|" + fold(candidate), _without_article(name, gazetteer), how="gazetteer"
            )
        if gazetteer.is_body(candidate):
            return SourceReading("organisation", _institution_key(candidate) or fold(candidate), name, how="gazetteer")
        code = gazetteer.state(candidate)
        if code is not None:
            return SourceReading("government", f"state|{code.lower()}", name, how="gazetteer")
    return None


def _without_article(name: str, gazetteer: Gazetteer) -> str:
    """An outlet's name without the lower-case article the sentence put before it ("Wie der „Spiegel“ berichtete":
    Spiegel, not "der Spiegel"), when the rest alone is the outlet's name; a capitalised article is the title's own
    ("Der Spiegel", "Le Monde")."""
    first, _, rest = name.partition(" ")
    if first.isalpha() and first.islower() and rest[:1].isupper() and gazetteer.is_outlet(rest):
        return rest
    return name


#: A one-word short name in brackets ("(Aemet)", "(Gtsou)", "(BfS)"), and the most words before it that are read.
_BRACKETED = re.compile(r"\((?P<short>[^\W\d_][\w-]{1,11})\)")
_BRACKET_REACH = 8
_CLAUSE_MARKS = re.compile(r"[.,;:!?()\"“”„«»]")


def bracketed_short_names(page: list[tuple[str, str]]) -> frozenset[str]:
    """The one-word names a page writes in brackets after a body's longer name ("la Agencia Estatal de
    Meteorología (Aemet)", "La operadora de la red de gas de Ucrania (Gtsou)"): a body's short name, so a speaker
    the page later calls so alone ("Aemet prevé …") is that body, never a person. The words before the bracket, in
    its clause, must name a thing: a body word or a common noun written lower case, and no title ("el presidente
    de Ucrania (Zelenski)"); a person's full name alone before it ("Cristina Fernández de Kirchner (CFK)") gives
    none."""
    found: set[str] = set()
    for text, lang in page:
        speakers = SPEAKER_WORDS.get(lang)
        if speakers is None:
            continue
        bodies = speakers.body_nouns | _INSTITUTION_WORDS | _ORGANISATION_NAME_WORDS
        for match in _BRACKETED.finditer(text):
            words = _CLAUSE_MARKS.split(text[: match.start()])[-1].split()[-_BRACKET_REACH:]
            lowered = [word.lower() for word in words]
            if len(words) < 2 or any(word in speakers.title_nouns for word in lowered):
                continue
            common = any(word.islower() and len(word) > 3 and word not in NAME_PARTICLES for word in words)
            if common or any(word in bodies for word in lowered):
                found.add(match.group("short"))
    return frozenset(found)
