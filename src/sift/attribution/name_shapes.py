"""The shapes of names on a span's tokens: runs of proper names, first names and surnames, hyphens inside a
name, acronyms, compounds, and the transliteration key persons are merged on (Klintsevitch, Klintsevich and
Klinzewitsch all become ``klincevich``)."""

from __future__ import annotations

import re

from sift.attribution.source_mentions import _is_speaker_noun, _is_speaker_word
from sift.attribution.word_order import Token
from sift.lexicon.fold import fold
from sift.lexicon.gazetteer import Gazetteer
from sift.lexicon.speaker_words import SpeakerWords

#: The most letters of an upper-case short name of a body ("EU", "NATO"); longer upper-case words may be surnames.
MAX_ACRONYM = 4

_TRANSLITERATIONS = (
    ("sch", "sh"), ("tsh", "ch"), ("tch", "ch"), ("tz", "c"), ("ts", "c"), ("z", "c"), ("w", "v"),
    ("ph", "f"), ("y", "i"), ("j", "i"), ("ck", "k"), ("kh", "h"),
)  # fmt: skip

_NAME_POS = frozenset({"PROPN"})
#: Lower-case particles inside a person's name ("Luis de Guindos", "Ursula von der Leyen", Dutch "Erik ten Hag",
#: "Marc-André ter Stegen").
NAME_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "do", "dos", "das", "van", "von", "der", "den", "le", "la", "ten", "ter"}
)


#: A website's address written as its name ("laut bilderdiebstahl.de", "iRights.info", "www.example.com"): a
#: host of at least three characters and a common top-level domain, no path.
WEB_SITE = re.compile(
    r"(?:www\.)?[^\W_][\w-]{2,}(?:\.[\w-]+)*\.(?:de|at|ch|com|org|net|info|eu|fr|uk|es|it|pl|pt|io|news|online)",
)


def web_site_name(text: str) -> str | None:
    """The span's text when it is nothing but a website's address (a site speaks as an outlet does), else
    ``None``."""
    name = text.strip()
    return name if WEB_SITE.fullmatch(name) else None


def transliteration_key(name: str) -> str:
    """A spelling-insensitive key for a Latin-script transliterated name (Klinzewitsch -> klincevich)."""
    key = fold(name)
    for old, new in _TRANSLITERATIONS:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", key))


def _is_word_hyphen(core: list[Token], index: int) -> bool:
    """Whether token ``index`` is a hyphen inside a word, touching the words on both sides."""
    token = core[index]
    return (
        token.text == "-"
        and 0 < index < len(core) - 1
        and core[index - 1].end == token.start
        and core[index + 1].start == token.end
    )


def _capitalised(word: str) -> bool:
    """Whether a word is written as a name: a capital first, or a lower-case letter before a capital ("iFixit",
    "eBay": brands written with an inner capital)."""
    return word[:1].isupper() or (word[:1].islower() and word[1:2].isupper())


def _name_runs(core: list[Token], speakers: SpeakerWords) -> list[list[Token]]:
    """Runs of proper names in the span: capitalised words tagged PROPN, or (where only names are capitalised)
    any capitalised word after the first ("le sénateur russe Frantz Klintsevitch": taggers miss rare names)."""
    runs: list[list[Token]] = [[]]
    for index, token in enumerate(core):
        is_name = token.pos in _NAME_POS or (
            index > 0 and not speakers.capitalises_nouns and token.pos in ("NOUN", "ADJ", "X") and token.text.isalpha()
        )
        # a capitalised word the tagger could not place is a name where nouns are capitalised ("Phillip Brändle")
        is_name = is_name or (speakers.capitalises_nouns and token.pos == "X" and token.text.isalpha())
        is_name = is_name or _is_first_name(core, index, speakers)
        # an acronym the tagger took for a common noun where only names are capitalised ("la SNCF", "le CNRS")
        is_name = is_name or (
            not speakers.capitalises_nouns
            and token.pos == "NOUN"
            and _is_acronym(token)
            and token.text.isalpha()
            and not _is_speaker_noun(token, speakers, documents=True)
        )
        is_particle = (
            (token.text in NAME_PARTICLES or (bool(runs[-1]) and token.text.lower() in NAME_PARTICLES))
            and (runs[-1] or (index == 0 and token.text not in speakers.determiners))
            and _before_surname(core, index + 1)
            and not _affiliation_after_full_name(core, index, runs[-1], speakers)
        )
        # the word after a particle is a name, also where nouns are capitalised ("de Decker", tagged a noun)
        after_particle = bool(runs[-1]) and runs[-1][-1].text in NAME_PARTICLES and token.text.isalpha()
        if _is_name_hyphen(core, index, runs[-1]):  # "Anna Vel-Marot", "Ocasio-Cortez": one name to the reader
            runs[-1].append(token)
            continue
        after_hyphen = bool(runs[-1]) and runs[-1][-1].text == "-"
        if (
            (is_name or after_particle or after_hyphen or _is_surname(core, index, runs[-1], speakers))
            and _capitalised(token.text)
        ) or (is_particle):
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _is_name_hyphen(core: list[Token], index: int, run: list[Token]) -> bool:
    """Whether token ``index`` is a hyphen inside a name: touching the run's last word before it and a capitalised
    word after it ("Vel-Marot")."""
    return (
        bool(run)
        and run[-1] is core[index - 1]
        and _is_word_hyphen(core, index)
        and core[index + 1].text[:1].isupper()
        and core[index + 1].text.isalpha()
    )


def _affiliation_after_full_name(core: list[Token], index: int, run: list[Token], speakers: SpeakerWords) -> bool:
    """Whether a lower-case "von" with an article after a titled given name and surname opens the person's body,
    not a surname ("der Virologe Christian Drosten von der Charité": the name had become "Christian Drosten von der
    Charité", or the place after it, realpages dev14). German only, and only after a noun that titles the name: a
    name particle with an article follows a given name ("Ursula von der Leyen"), or two of them without a title
    ("Ursula Gertrud von der Leyen"); "Alexander Van der Bellen" writes the particle with a capital."""
    first = core.index(run[0]) if run else 0
    return (
        speakers.capitalises_nouns
        and len(run) >= 2
        and first > 0
        and core[first - 1].pos == "NOUN"
        and core[index].text == "von"
        and index + 1 < len(core)
        and core[index + 1].text in ("der", "dem", "den")
    )


def _before_surname(core: list[Token], index: int) -> bool:
    """Whether a surname starts at ``index``, or one more particle and then a surname ("von | der Leyen", "van |
    der Bellen", "de | la Fuente"): what follows a name particle inside a name."""
    if index < len(core) and core[index].text in NAME_PARTICLES:
        index += 1
    return index < len(core) and core[index].text[:1].isupper()


def _is_first_name(core: list[Token], index: int, speakers: SpeakerWords) -> bool:
    """Whether the span's first word, a common noun to the tagger where only names are capitalised, is the first name
    of the proper name right after it ("Marie Dupont": the French model tags "Marie" a noun); never a speaker word
    ("Ministre Dupont" keeps its title out of the name)."""
    token = core[index]
    if speakers.capitalises_nouns:
        return _is_unknown_given_name(core, index, speakers)
    if index != 0 or token.pos not in ("NOUN", "ADJ", "X") or len(core) < 2:
        return False
    after = core[1]
    if not (token.text.isalpha() and token.text[:1].isupper() and not token.text.isupper()):
        return False
    if after.pos not in _NAME_POS or not after.text[:1].isupper():
        return False
    lowered = token.text.lower()
    return lowered not in speakers.determiners and not _is_speaker_noun(token, speakers, documents=True)


#: The fewest letters of a compound's last part for a word before a name to be read as a compound, no given name
#: ("Annalena" ends in "Lena", a dictionary word; "Parteichefin", "Landrätin" end in "chefin", "rätin").
GIVEN_NAME_COMPOUND_PART = 5


def _is_unknown_given_name(core: list[Token], index: int, speakers: SpeakerWords) -> bool:
    """Whether a word that a tagger where every noun is capitalised calls a noun is the given name of the proper
    name right after it ("Annalena Baerbock": HanTa reads "Annalena" as a form of "Annalen"): a word the
    dictionary does not hold, that is no compound of one, and no speaker word."""
    token = core[index]
    if token.pos != "NOUN" or index + 1 >= len(core) or not _capitalised(token.text) or not token.text.isalpha():
        return False
    after = core[index + 1]
    if after.pos != "PROPN" or not _capitalised(after.text) or (index > 0 and core[index - 1].pos == "PROPN"):
        return False
    from sift.machine_cache import dictionary_lemma

    word = token.text
    if dictionary_lemma(word, "de") is not None or _is_speaker_noun(token, speakers, documents=True):
        return False
    return not _is_compound(word, "de", nouns=True, head=GIVEN_NAME_COMPOUND_PART)


def _is_surname(core: list[Token], index: int, run: list[Token], speakers: SpeakerWords) -> bool:
    """Whether the span's last word, a noun (or a capitalised adjective) to a tagger where every noun is capitalised,
    is the surname after a first name ("Christophe Arend": HanTa calls "Arend" a noun); never a speaker word
    ("Minister", "Behörde"), but a compound that ends in one is a surname there ("Jonas Weidenbauer": a singular
    noun after a name is no title of it, which comes before the name: "Bauer Jonas Weidenbauer")."""
    token = core[index]
    # an adjective too: capitalised after a given name it is a surname ("Ricarda Lang": "lang" is "long")
    if not (speakers.capitalises_nouns and run and index == len(core) - 1 and token.pos in ("NOUN", "ADJ")):
        return False
    if run[-1] is not core[index - 1] or run[-1].pos != "PROPN" or run[-1].text.isupper() or not token.text.isalpha():
        return False
    return not _is_speaker_word(token, speakers)  # a compound ending in one ("Weidenbauer") is a surname here


#: The fewest letters of a word the dictionary holds that ends a compound ("Windkraft|ausbau").
MIN_COMPOUND_PART = 4
#: The same, for a one-word name after "laut": a short noun inside a foreign name is no head ("Netmarketsh|are").
MIN_COMPOUND_HEAD = 5


def _is_compound(word: str, lang: str, *, nouns: bool = False, head: int = MIN_COMPOUND_PART) -> bool:
    """Whether an unknown word ends in a noun the dictionary holds, so is a compound of common words, no name
    (``nouns``: only a part whose lemma is a noun counts, so "Marlies" is no compound of "lies"; ``head``: the
    fewest letters of that part)."""
    from sift.machine_cache import dictionary_lemma

    for cut in range(MIN_COMPOUND_PART - 1, len(word) - head + 1):
        lemma = dictionary_lemma(word[cut:].capitalize(), lang)
        if lemma is not None and (not nouns or lemma[:1].isupper()):
            return True
    return False


def _is_acronym(token: Token) -> bool:
    """A short upper-case word: a body's short name ("EU", "NBP", "CDU"), not an upper-cased surname ("DUPONT")."""
    return token.text.isupper() and 1 < len(token.text) <= MAX_ACRONYM


def _without_acronyms(run: list[Token], *, leading: bool = True) -> list[Token]:
    """A person's name without the bodies' short names around it: before it ("prezes NBP Adam Glapiński") and
    after it (a related-box headline "Außenbeauftragter Borrell EU kritisiert …", "Handelsminister Weber EU")."""
    while leading and len(run) > 1 and run[0].text.isupper() and len(run[0].text) > 1:
        run = run[1:]
    while len(run) > 1 and _is_acronym(run[-1]):
        run = run[:-1]
    return run


def _without_affiliation(run: list[Token], lang: str, speakers: SpeakerWords, gazetteer: Gazetteer) -> list[Token]:
    """A person's full name without the body written right before it as their affiliation: a short name ("lider
    PSL Władysław Kosiniak-Kamysz") or, where the row says a body's genitive may stand there, its inflected common
    words ("posłanka Lewicy Anna Zielińska", "do polityków Lewicy Borys Budka": "Lewicy" is the dictionary's
    "lewica" in the genitive, no first name) or a state in the genitive ("prezydent Francji Emmanuel Macron":
    "Francji" is the dictionary's "Francja", a state the gazetteer knows). The name left must be two words at
    least, the first of them no common word, so a body's own name ("Koalicji Obywatelskiej") and a name in the
    genitive ("Borysa Budki") stay whole; after a short name alone, a proper name the tagger read may open with a
    common word ("RN Marine Le Pen")."""
    from sift.machine_cache import dictionary_lemma

    def affiliation(token: Token) -> bool:
        if _is_acronym(token) or (len(token.text) <= MAX_ACRONYM and sum(c.isupper() for c in token.text) > 1):
            return True  # "PSL", "KO", "PiS"
        if not speakers.genitive_affiliations or not token.text.isalpha():
            return False
        lemma = dictionary_lemma(token.text, lang)
        if lemma is not None and lemma.lower() != token.text.lower():
            return lemma.islower() or gazetteer.state(lemma) is not None
        return any(
            token.text.endswith(ending) and gazetteer.state(token.text[: -len(ending)] + base) is not None
            for ending, base in speakers.genitive_state_endings
        )

    cut = 0
    while cut < len(run) - 2 and affiliation(run[cut]):
        cut += 1
    if cut == 0 or any(t.text.isupper() for t in run[cut:]):
        return run
    first = dictionary_lemma(run[cut].text, lang)
    if first is None or not first.islower():
        return run[cut:]
    # a short name cut off before a proper name no speaker word opens is an affiliation even where the given name
    # is a common word too ("la cheffe du RN Marine Le Pen": "marine" is a French noun)
    given = run[cut]
    shortened = all(_is_acronym(t) for t in run[:cut])
    return run[cut:] if shortened and given.pos == "PROPN" and not _is_speaker_noun(given, speakers) else run
