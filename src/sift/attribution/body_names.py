"""Whether the page writes a name read as a person's as a body's: a company or institution the source span named
bare ("Flixbus sagt", "Nissan still believes", "según Gazprom"), where elsewhere the page says what it is ("der
Plattformbetreiber Flixbus", "the company Nissan", "la empresa Gazprom", "Ebiquity Plc"). A bare capitalised name
reads as a person's (issue #18: companies were persons in every real-page set), and only the page's own words tell
it apart; no list of companies is kept.

The evidence is a body noun of the language's speaker words right before the name (German compounds by their last
part, in the genitive too: "des US-Konzerns Pfizer", "den Ölkonzern Equinor"), or a company's legal form right after
it. A body noun that is also its members' title does not count ("Stadtrat Müller", "Bundesrat Berset": a councillor),
nor one after a capitalised word other than an article where capitals mark names only ("Celtics center Horford": a
team's player). A name of several words may be a person's full name, so it counts only where a given-name lexicon
rules that out (German). Body nouns no list holds ("des Fahrdienst-Vermittlers Lyft") and appositions after the name
("Gazprom, la proveedora rusa") are not read.

A company the page never describes is told by how the page goes on about it (:func:`referred_to_as_company`):
"Velmora said … The company blamed …", "Korvex said it had fixed the flaw", "Audi has revealed the model in its
range", "Boeing is one of the companies bidding", "Quintera teilte mit … Das Unternehmen nannte …", unless the page
gives the name a person's shape anywhere (a person's pronoun after it in its sentence, "Horwood said he …"; a
capitalised word or a title right before it, "Mr. Kellner"; a title right after it, "Smith, a spokeswoman").
A legal form may also follow the name's further words ("Quintera Holdings Ltd." makes "Quintera" a body).
French and Spanish pages go on about one the same way ("Renault a annoncé … Le constructeur emploie …", "Telvar
dijo … La empresa negó …"). An English page that writes the name before a noun only a company's name premodifies
(:func:`heads_company_noun`: "Google CEO Sundar Pichai", "Apple's chief executive", "Tesla shares fell", "Meta
employees") tells a company too, unless a person's pronoun takes the name up ("Musk said he …"); a person has a
spokesman, aides and supporters ("Merkel's spokesman", "Biden aides"), so those nouns tell nothing.

Two shapes of the name itself tell a body too (:func:`shaped_as_body`, issue #18): a brand's way of writing a word
(an inner capital after a run of lower-case letters, "WalletHub", "iFixit", "eMerge"; letters with digits,
"Scope3"; two words joined by a dot, "Seiten.Verkehrt"), which no person's name has ("DeSantis", "McCarthy",
"MacArthur", "deGrasse" open with a particle); and a name of two or three words that opens with a common word or a
country and ends on a common noun of the dictionary (English or the page's language: "Ocean Winds", "Mayo Clinic",
"France Stratégie", "Immigration Services"), not a given name and a surname ("Tom Rice", "Gregory Young": the
dictionary writes the given name capitalised), unless the page gives it a person's shape: its last word alone
("Hunter said", "Park, a nurse"), a person's pronoun after it, a title before or after it. An English page that
writes the name after a lower-case "the", as a whole noun phrase that speaks or ends a clause ("when the Louvre
declared", "according to the Mayo Clinic."), names a thing, which no person is (:func:`articled_as_thing`): not
"the Trump administration", "the Smith family".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from sift.attribution.name_shapes import NAME_PARTICLES
from sift.attribution.surnames import is_known_given_name
from sift.attribution.tokens import Token, plain_tokens
from sift.lexicon.gazetteer import Gazetteer
from sift.lexicon.languages import LANGUAGES
from sift.lexicon.legal_forms import INITIAL_FORMS, WORD_FORMS, is_legal_form
from sift.lexicon.speaker_words import SPEAKER_WORDS, SpeakerWords

__all__ = [
    "articled_as_thing",
    "heads_company_noun",
    "named_as_body",
    "referred_to_as_company",
    "shaped_as_body",
    "written_as_body",
]

#: Endings of body nouns that are also the title of each member, where nouns compound (a "Stadtrat" is a city
#: council and a councillor; so are "Bundesrat", "Regierungsrat", "Gemeinderat").
MEMBER_TITLE_ENDINGS = {"de": ("rat",)}
#: Genitive endings a German compound may carry before a name ("des US-Konzerns Pfizer", "des Verbandes X").
_GENITIVE_ENDINGS = ("es", "s")
_SHORTEST_ENTRY = 4
#: Words of a name a legal form may follow after the name itself ("Quintera Holdings Ltd.").
_NAME_WORDS_BEFORE_FORM = 2
#: Nouns a page calls a company by with the definite article after naming it ("The company said", "Das
#: Unternehmen nannte"; German compounds by their last part: "der Autokonzern").
COMPANY_NOUNS = {
    "en": frozenset({"company", "firm", "corporation", "carmaker", "automaker", "chipmaker", "retailer", "airline"}),
    "de": frozenset({"unternehmen", "konzern", "firma", "hersteller", "autobauer"}),
    "fr": frozenset({"entreprise", "société", "constructeur", "firme", "compagnie"}),
    "es": frozenset({"empresa", "compañía", "firma", "constructora"}),
}
#: French and Spanish elided articles glued to the noun after them ("L'entreprise a retiré le lot").
_ELIDED_ARTICLES = ("l'", "l’")
#: Nouns an English name premodifies, bare or with "'s", that only a company has: its chief, its owners, its staff
#: and its goods ("Google CEO Sundar Pichai", "Apple's chief executive", "Meta employees", "Velorin's customers").
#: A person has a spokesman, aides, supporters and companies ("Merkel's spokesman", "Musk's companies").
COMPANY_HEAD_NOUNS = frozenset(
    {"ceo", "shareholders", "headquarters", "subsidiary", "customers", "founder", "co-founder", "cofounder"}
    | {"products", "users"}
)
#: Nouns only a company's bare name premodifies ("Tesla shares fell", "Nokora stock rose"; "Musk's shares" are his).
BARE_COMPANY_HEAD_NOUNS = frozenset({"shares", "stock", "employees"})
#: The English possessive ending of a token ("Apple's", "Tesla’s").
_POSSESSIVE = re.compile(r"['’]s$")
#: Pronouns that only a person takes after a name in its sentence. German companies take "er" (der Konzern), "sie"
#: (die Firma) and "sein" (das Unternehmen): only the masculine personal pronoun bars there, and "sie" opening a
#: clause ("Müller kündigte an, sie werde klagen"; "dass selbst Apple sie nicht lesen könnte" is the data).
PERSON_PRONOUNS = {
    "en": frozenset({"he", "she", "him", "his", "her", "himself", "herself"}),
    "de": frozenset({"er", "ihm", "ihn"}),
    "fr": frozenset({"lui"}),
    "es": frozenset({"él"}),
}
#: Pronouns that are a person's where they open a clause after the name ("…, sie werde", "dass sie").
CLAUSE_PERSON_PRONOUNS = {"de": frozenset({"sie"})}
_CLAUSE_OPENERS = frozenset({",", "dass"})
#: Forms of "be" after "it" in the words of its clause: "it" may be no one's there ("Neymar said it was a hard night",
#: "said it would be a mistake", "said it had been a long year"), so only a verb of doing takes a company up
#: ("said it had fixed the flaw", "said it would appeal").
_BE_FORMS = frozenset({"is", "was", "'s", "be", "been"})
#: Company nouns that are adjectives too, no company's after "is" ("Okafor is a firm believer in open records").
_ADJECTIVE_NOUNS = frozenset({"firm"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
#: Marks that end a clause after a name ("according to the Mayo Clinic.", "the Louvre, which").
_CLAUSE_ENDS = _SENTENCE_ENDS | frozenset({",", ";", ":"})
#: English words that open another clause after a name's: a person's pronoun past them may be another's.
_OTHER_CLAUSE_OPENERS = frozenset({"although", "though", "whereas", "while", "because", "but"})
#: Words of time between a verb and its clause ("said on Tuesday that …", "said today it …").
_TIME_WORDS = frozenset(LANGUAGES["en"].time_words)
#: Forms of address before a person's surname.
_ADDRESS = frozenset({"mr", "mrs", "ms", "dr", "prof", "herr", "frau"})
#: A word written as a brand: lower-case letters then a capital ("iFixit", "eMerge"), an inner capital after three
#: lower-case letters or more ("WalletHub"; "DeSantis", "McCarthy", "MacArthur" have fewer), letters with digits
#: ("Scope3"), two words joined by a dot ("Seiten.Verkehrt").
_BRAND = re.compile(
    r"(?P<lower>[^\W\d_]*?[a-zß-ÿ])[A-ZÀ-Þ][^\W\d_]*"
    r"|(?=[\w.]*\d)(?=[\w.]*[^\W\d_])[^\W_][\w]*"
    r"|[^\W\d_]{2,}\.[A-ZÀ-Þ][^\W\d_]{2,}"
)
#: The fewest lower-case letters before an inner capital of a capitalised word ("WalletHub", not "McCarthy").
_BRAND_LOWER_RUN = 3
#: Openings before an inner capital of persons' names ("FitzGerald", "VanderMeer", "DellaValle", "deGrasse").
_NAME_OPENINGS = NAME_PARTICLES | frozenset({"du", "mc", "mac", "fitz", "vander", "della", "delle"})
#: Given names the English dictionary writes as common words ("grace", "summer", "rose") or the gazetteer as a
#: country ("Chad", "Jordan"): a name of two words they open is a person's full name, whatever common noun ends it
#: ("Grace Hunter", "Summer Day", "Dawn Butler", "Chad Wolf"; not "Sandy Hook Promise").
_WORD_GIVEN_NAMES = """
    Amber April Autumn Blossom Charity Chastity Cherry Crystal Daisy Dawn Destiny Ebony Faith Fern Ginger
    Grace Hazel Heather Holly Honey Honor Hope Iris Ivy Jade Jasmine June Lily Mercy Misty Olive Pansy
    Patience Pearl Poppy Prudence Raven Rose Ruby Sage Sandy Scarlett Serenity Skye Summer Sunny Trinity
    Violet Willow Winter Chase Clay Dale Dean Drew Earl Forrest Grant Heath Hunter Lane Miles Ray Rusty
    Sterling Stone Wade Wolf Chad Georgia India Israel Jordan
    """
WORD_GIVEN_NAMES = frozenset(_WORD_GIVEN_NAMES.split())
#: The words of a name that ends on a common noun.
_COMMON_NAME_WORDS = range(2, 4)


def named_as_body(name: str, page: list[tuple[str, str]], gazetteer: Gazetteer) -> bool:
    """Whether ``page`` ((text, language) pairs) tells a name read as a person's for a body's by any of this
    module's readings: a body noun or a legal form beside it, how the page goes on about it, the name's own shape,
    an English article before it."""
    return (
        written_as_body(name, page)
        or referred_to_as_company(name, page)
        or heads_company_noun(name, page)
        or shaped_as_body(name, page, gazetteer)
        or articled_as_thing(name, page)
    )


def written_as_body(name: str, page: list[tuple[str, str]]) -> bool:
    """Whether a block of ``page`` ((text, language) pairs) writes ``name`` right after a body noun or right before
    a legal form (see the module docstring); ``False`` for a name of several words that may be a person's."""
    words = name.split()
    if not words or not any(char.isupper() for char in words[0]):
        return False
    for text, lang in page:
        speakers = SPEAKER_WORDS.get(lang)
        if speakers is None or (len(words) > 1 and not _rules_out_given_names(words, lang)):
            continue
        tokens = _block_tokens(text)
        for index in range(len(tokens) - len(words) + 1):
            if [t.text for t in tokens[index : index + len(words)]] != words:
                continue
            if _before_legal_form(tokens, index + len(words)):
                return True
            if index and _is_body_noun(tokens[index - 1].text, lang, speakers):
                before = tokens[index - 2].text if index > 1 else ""
                articled = before.lower() in speakers.determiners
                if (speakers.capitalises_nouns or not before[:1].isupper() or articled) and not _told(
                    tokens, index - 1 - articled, lang
                ):
                    return True
    return False


@functools.lru_cache(maxsize=256)
def _block_tokens(text: str) -> tuple[Token, ...]:
    """A block's plain tokens, once per page: each bare name of a page reads every block, twice (a body's name, a
    company's), and a page may have a dozen of them."""
    return tuple(plain_tokens(text))


def _before_legal_form(tokens: Sequence[Token], end: int) -> bool:
    """Whether a legal form follows ``end`` right away or after a few more capitalised words of the name."""
    for after in tokens[end : end + _NAME_WORDS_BEFORE_FORM + 1]:
        if is_legal_form(after.text, excluding=WORD_FORMS | INITIAL_FORMS):
            return True
        if not after.text[:1].isupper():
            return False
    return False


def referred_to_as_company(name: str, page: list[tuple[str, str]]) -> bool:
    """Whether ``page`` ((text, language) pairs) goes on about ``name`` as a company's: the next sentence's subject
    is "the company" / "das Unternehmen" (:data:`COMPANY_NOUNS`) or, in English, "it"/"its" takes the name up or
    a company noun says what it is (:func:`_thing_pronoun_after`);
    and nowhere a person's shape (a person's pronoun after it in its sentence or opening the next, a title before or
    after it).
    A name of one word only, or in German one no given name opens."""
    words = name.split()
    if not words or not words[0][:1].isupper():
        return False
    told = False
    for text, lang in page:
        nouns, speakers = COMPANY_NOUNS.get(lang), SPEAKER_WORDS.get(lang)
        if nouns is None or speakers is None or (len(words) > 1 and not _rules_out_given_names(words, lang)):
            continue
        tokens = _block_tokens(text)
        for index in range(len(tokens) - len(words) + 1):
            if [t.text for t in tokens[index : index + len(words)]] != words:
                continue
            if _shaped_as_person(tokens[:index], speakers):
                return False
            end = index + len(words)
            stop = next((i for i in range(end, len(tokens)) if tokens[i].text in _SENTENCE_ENDS), len(tokens))
            rest = [t.text.lower() for t in tokens[end:stop]]
            if _person_pronoun(_own_clause(rest), lang) or speakers.title_nouns.intersection(rest[:3]):
                return False  # "Horwood said he …", "Smith, a spokeswoman, said"
            following = _unelided([t.text.lower() for t in tokens[stop + 1 : stop + 3]])
            if following[:1] and following[0] in PERSON_PRONOUNS[lang]:
                return False  # "Neymar said it was a hard night. He scored twice."
            told = told or _opens_with_company_noun(following, nouns, speakers)
            told = told or (lang == "en" and _thing_pronoun_after(rest, tokens[end:stop], speakers))
    return told


def heads_company_noun(name: str, page: list[tuple[str, str]]) -> bool:
    """Whether an English block of ``page`` writes ``name`` before a noun only a company's name premodifies
    (:data:`COMPANY_HEAD_NOUNS`, bare or possessive: "Google CEO", "Apple's chief executive";
    :data:`BARE_COMPANY_HEAD_NOUNS`, bare only: "Tesla shares"), and the page takes the name up with no person's
    pronoun (:func:`_taken_up_as_person`)."""
    words = name.split()
    if not words or not words[0][:1].isupper():
        return False
    told = False
    for text, lang in page:
        if lang != "en":
            continue
        tokens = _block_tokens(text)
        for index in range(len(tokens) - len(words) + 1):
            last = tokens[index + len(words) - 1].text
            bare = _POSSESSIVE.sub("", last)
            if [t.text for t in tokens[index : index + len(words) - 1]] + [bare] != words:
                continue
            after = [t.text.lower() for t in tokens[index + len(words) : index + len(words) + 2]]
            heads = COMPANY_HEAD_NOUNS | (BARE_COMPANY_HEAD_NOUNS if bare == last else frozenset())
            told = told or after[:1] in ([noun] for noun in heads) or after == ["chief", "executive"]
    return told and not _taken_up_as_person(words, page)


def _taken_up_as_person(words: list[str], page: list[tuple[str, str]]) -> bool:
    """Whether the page gives a name a person's pronoun in its own clause after it or opening the next sentence, or
    an address before it ("Musk said he …", "Musk said … He added", "Mr. Musk")."""
    for text, lang in page:
        pronouns = PERSON_PRONOUNS.get(lang, frozenset())
        tokens = _block_tokens(text)
        for index in range(len(tokens) - len(words) + 1):
            if [t.text for t in tokens[index : index + len(words)]] != words:
                continue
            prior = [t.text.lower() for t in tokens[max(index - 2, 0) : index] if t.text != "."][-1:]
            end = index + len(words)
            stop = next((i for i in range(end, len(tokens)) if tokens[i].text in _SENTENCE_ENDS), len(tokens))
            rest = [t.text.lower() for t in tokens[end:stop]]
            following = tokens[stop + 1].text.lower() if stop + 1 < len(tokens) else ""
            if _ADDRESS.intersection(prior) or following in pronouns or pronouns.intersection(_own_clause(rest)):
                return True
    return False


def shaped_as_body(name: str, page: list[tuple[str, str]], gazetteer: Gazetteer) -> bool:
    """Whether a name read as a person's is written as a brand's or a body's (see the module docstring)."""
    words = name.split()
    if any(_is_brand(word) for word in words):
        return True
    if len(words) not in _COMMON_NAME_WORDS or not all(word[:1].isupper() and word.isalpha() for word in words):
        return False
    langs = ("en", *dict.fromkeys(lang for _, lang in page if lang in LANGUAGES and lang != "en"))
    first, last = words[0], words[-1]
    if len(words) == len(("given", "surname")) and first in WORD_GIVEN_NAMES:
        return False  # "Grace Hunter", "Summer Day", "Rose Winter": a given name, a surname
    if any(word.lower() in NAME_PARTICLES for word in words[1:-1]):
        return False  # "Marine Le Pen": a surname's particle
    # the page's own dictionary holds given names and surnames as common words ("marina", "silva", "rocío",
    # "monasterio", "russo"): only English words, or a country and a word of the page ("France Stratégie")
    state = gazetteer.state(first) is not None
    if not common_word(last, langs if state else ("en",)) or not (state or common_word(first, ("en",))):
        return False
    return not _person_shaped(words, page, langs)


def articled_as_thing(name: str, page: list[tuple[str, str]]) -> bool:
    """Whether an English block of ``page`` writes the name after a lower-case "the", followed by a clause's end
    or a verb of saying ("the Louvre declared", "according to the Mayo Clinic."), and the page gives it no
    person's shape (see :func:`_person_shaped`)."""
    words = name.split()
    if not words or not words[0][:1].isupper() or words[0].lower() == "the":
        return False
    speech = LANGUAGES["en"].speech_lemmas
    told = any(after in _CLAUSE_ENDS or _lemma(after) in speech for after in _words_after_the(words, page))
    return told and not _person_shaped(words, page, ("en",))


def _words_after_the(words: list[str], page: list[tuple[str, str]]) -> Iterator[str]:
    """The word after each "the <name>" in the page's English blocks ("." at a block's end)."""
    for text, lang in page:
        if lang != "en":
            continue
        tokens = _block_tokens(text)
        for index in range(1, len(tokens) - len(words) + 1):
            if tokens[index - 1].text == "the" and [t.text for t in tokens[index : index + len(words)]] == words:
                yield tokens[index + len(words)].text if index + len(words) < len(tokens) else "."


def _lemma(word: str) -> str | None:
    """The English dictionary's lemma of a lower-case word (``None`` for any other)."""
    from sift.machine_cache import dictionary_lemma

    return dictionary_lemma(word, "en") if word.islower() else None


def _is_brand(word: str) -> bool:
    """Whether a word of a name is written as a brand's (:data:`_BRAND`)."""
    match = _BRAND.fullmatch(word)
    if match is None:
        return False
    lower = match.group("lower")
    if lower is None:
        return True
    if lower.lower() in _NAME_OPENINGS:
        return False
    return word[:1].islower() or len(lower) > _BRAND_LOWER_RUN  # "iFixit", "WalletHub"; not "DeSantis"


def common_word(word: str, langs: Sequence[str]) -> bool:
    """Whether the dictionary of one of ``langs`` holds a word as a common one (its lemma lower case): "Winds",
    "Clinic", "Stratégie"; not "Tom", "Young", "Gregory", which it writes capitalised."""
    from sift.machine_cache import dictionary_lemma

    lemmas = [dictionary_lemma(word, lang) for lang in langs]
    return any(lemma is not None and lemma[:1].islower() for lemma in lemmas)


def _person_shaped(words: list[str], page: list[tuple[str, str]], langs: Sequence[str]) -> bool:
    """Whether the page gives a name of several words a person's shape: its last word alone and capitalised (not
    after the name's own word before it, a capitalised common word ``langs`` know, "Human Services", or an
    article: "Hunter said", "Park, a nurse", "Senator Park"); a person's pronoun after it in its sentence or
    opening the next; a title or an address right before it, or a title after it. A capitalised word before it
    gives no shape here ("Selon France Stratégie")."""
    for number, (text, lang) in enumerate(page):
        speakers = SPEAKER_WORDS.get(lang, SpeakerWords())
        tokens = _block_tokens(text)
        after = [*tokens, *(_block_tokens(page[number + 1][0])[:1] if number + 1 < len(page) else ())]
        for index, token in enumerate(tokens):
            before = tokens[index - 1].text if index else ""
            # after the name's own word, a common word of another name ("Health and Human Services") or an article
            # the word is no surname alone; after a title or another given name it is ("Senator Park", "Odair")
            lone = len(words) > 1 and token.text == words[-1] and before != words[-2]
            lone = lone and not (
                before[:1].isupper()
                and before.lower().rstrip(".") not in speakers.title_nouns | _ADDRESS
                and common_word(before, langs)
            )
            if lone and before.lower() not in speakers.determiners:
                return True
            if [t.text for t in tokens[index : index + len(words)]] != words:
                continue
            prior = [t.text.lower() for t in tokens[max(index - 2, 0) : index] if t.text != "."][-1:]
            titled = bool(speakers.title_nouns.union(_ADDRESS).intersection(prior))  # "Ms. Hunter", "Dr Hunter"
            end = index + len(words)
            stop = next((i for i in range(end, len(tokens)) if tokens[i].text in _SENTENCE_ENDS), len(tokens))
            rest = [t.text.lower() for t in tokens[end:stop]]
            pronouns = PERSON_PRONOUNS.get(lang, frozenset())
            following = after[stop + 1].text.lower() if stop + 1 < len(after) else ""
            if titled or speakers.title_nouns.intersection(rest[:3]) or following in pronouns:
                return True  # "Ms. Hunter", "Hunter, a spokeswoman, said", "Hunter said … She added"
            if _described_as_person(rest, speakers):
                return True  # "Grace Hunter, a nurse, said", "Grace Hunter, 45, said"
            if pronouns and _person_pronoun(rest, lang):
                return True  # "Hunter said she …"
    return False


#: Source nouns a body may be described by too ("Ocean Winds, a partner of the project", "an investor").
_BODY_DESCRIPTIONS = frozenset(
    {"people", "others", "family", "member", "partner", "user", "customer", "supporter", "opponent", "ally"}
    | {"participant", "investor", "trader", "source", "critic", "observer", "advocate", "collaborator"}
)
#: The most digits of an age set apart after a name ("Grace Hunter, 45, said").
_AGE_DIGITS = 3


def _described_as_person(rest: list[str], speakers: SpeakerWords) -> bool:
    """Whether the words after a name (lower case) set apart a person's description: an indefinite article and a
    source noun only a person is ("Grace Hunter, a nurse", "Dawn Butler, a retired teacher, said"), or an age
    ("Grace Hunter, 45, said")."""
    if rest[:1] != [","]:
        return False
    if rest[1:2] and rest[1].isdigit() and len(rest[1]) <= _AGE_DIGITS and rest[2:3] in ([","], []):
        return True
    if rest[1:2] not in (["a"], ["an"]):
        return False
    nouns = speakers.source_nouns - _BODY_DESCRIPTIONS
    return any(word in nouns for word in rest[2:4])


def _person_pronoun(rest: list[str], lang: str) -> bool:
    """Whether the words after a name in its sentence hold a pronoun only a person takes (:data:`PERSON_PRONOUNS`,
    :data:`CLAUSE_PERSON_PRONOUNS` where one opens a clause)."""
    if PERSON_PRONOUNS[lang].intersection(rest):
        return True
    clause = CLAUSE_PERSON_PRONOUNS.get(lang, frozenset())
    return any(word in clause and before in _CLAUSE_OPENERS for before, word in pairwise(rest))


def _own_clause(rest: list[str]) -> list[str]:
    """The words after a name up to a conjunction that opens another clause ("Cooke's clients include Boeing, …,
    although many … note he held similar views": the "he" is another's), unless a person's pronoun is that
    clause's first word ("Peters said it would take years, but he hoped …": the name's own)."""
    ends = [
        index
        for index, word in enumerate(rest)
        if word in _OTHER_CLAUSE_OPENERS and not PERSON_PRONOUNS["en"].intersection(rest[index + 1 : index + 2])
    ]
    return rest[: ends[0]] if ends else rest


def _shaped_as_person(before: Sequence[Token], speakers: SpeakerWords) -> bool:
    """Whether the words ``before`` a name give it a person's shape: a title right before it ("Mr. Kellner",
    "minister Kellner") or a capitalised word other than an article (a given name, a team: the name is part of
    another), unless it is a common word opening the sentence ("Whatever Apple did", "When Lyft said")."""
    if not before:
        return False
    word = before[-1].text.lower()
    if word == "." and len(before) > 1:
        word = before[-2].text.lower()  # "Mr. Kellner": the abbreviation's dot
        return word in speakers.title_nouns or word in _ADDRESS
    if word in speakers.title_nouns or word in _ADDRESS:
        return True
    if not before[-1].text[:1].isupper() or word in speakers.determiners:
        return False
    opening = len(before) == 1 or before[-2].text in _SENTENCE_ENDS
    return not (opening and before[-1].text not in WORD_GIVEN_NAMES and common_word(before[-1].text, ("en",)))


def _unelided(words: list[str]) -> list[str]:
    """Words (lower case) with a glued elided article set apart ("l'entreprise" → "l'", "entreprise")."""
    first = words[:1]
    if first and first[0].startswith(_ELIDED_ARTICLES) and len(first[0]) > len("l'"):
        return [first[0][:2], first[0][2:], *words[1:]]
    return words


def _opens_with_company_noun(words: list[str], nouns: frozenset[str], speakers: SpeakerWords) -> bool:
    """Whether the next sentence's first ``words`` are an article and a company noun (by its last part where nouns
    compound: "Der Autokonzern"): the company is its subject. Within the name's own sentence the noun may be
    anyone's ("Smith said the company would appeal")."""
    if len(words) < 2 or words[0] not in speakers.determiners:
        return False
    return words[1] in nouns or (speakers.has_compounds and words[1].endswith(tuple(nouns)))


def _thing_pronoun_after(rest: list[str], words: Sequence[Token], speakers: SpeakerWords) -> bool:
    """Whether the words after an English name (``rest`` lower case, ``words`` as written) take it up as a
    thing's: "it"/"its" right after its verb ("said it had", "said that its profit"; "it" before a form of "be" may
    be the sentence's empty subject, :data:`_BE_FORMS`), "its" before any other name
    or body noun in its clause ("Audi has revealed the second model in its range"), or a company noun as what it is
    ("Boeing is one of the companies bidding")."""
    at = 1
    while rest[at : at + 1] and rest[at] in _TIME_WORDS:
        at += 1  # "said on Tuesday that it would cut"
    at += rest[at : at + 1] == ["that"]  # the word after the verb, or after its "that"
    if rest[at : at + 1] == ["its"] or (rest[at : at + 1] == ["it"] and _BE_FORMS.isdisjoint(rest[at + 1 : at + 3])):
        return True
    for index, word in enumerate(rest):
        if word == "," or word in speakers.body_nouns or (index and words[index].text[:1].isupper()):
            break
        if word == "its":
            return True
    if rest[:1] == ["is"]:
        singulars = {form for word in rest[1:6] for form in (word, word[:-1], word.removesuffix("ies") + "y")}
        return not singulars.isdisjoint(COMPANY_NOUNS["en"] - _ADJECTIVE_NOUNS)
    return False


def _told(tokens: Sequence[Token], noun: int, lang: str) -> bool:
    """Whether the body noun's phrase starting at ``noun`` is what a verb of telling right before it addressed
    ("told the court Johnson had lied": the court heard, Johnson is the clause's subject, no body)."""
    row = LANGUAGES.get(lang)
    return noun > 0 and row is not None and tokens[noun - 1].text.lower() in row.quote_tail_verbs


def _rules_out_given_names(words: list[str], lang: str) -> bool:
    """Whether the language knows given names and no word of a several-word name is one ("Ultium Cells", not
    "Olaf Scholz")."""
    return lang == "de" and not any(is_known_given_name(word, lang) for word in words)


def _is_body_noun(word: str, lang: str, speakers: SpeakerWords) -> bool:
    """Whether ``word`` is a body noun of ``speakers`` written as a noun of the language (lower case where capitals
    mark names only), by its last part where nouns compound, and not also its members' title."""
    if not speakers.capitalises_nouns and not word.islower():
        return False
    lowered = word.lower().rsplit("-", 1)[-1]
    forms = [lowered]
    if speakers.has_compounds:
        forms += [lowered[: -len(ending)] for ending in _GENITIVE_ENDINGS if lowered.endswith(ending)]
    for form in forms:
        starts = range(len(form) - _SHORTEST_ENTRY + 1) if speakers.has_compounds else (0,)
        entry = next((form[start:] for start in starts if form[start:] in speakers.body_nouns), None)
        if entry is None or entry in speakers.title_nouns:
            continue
        if not entry.endswith(MEMBER_TITLE_ENDINGS.get(lang, ())):
            return True
    return False
