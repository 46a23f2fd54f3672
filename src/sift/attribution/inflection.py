"""Names a frame puts in another case, back in the nominative a reader knows them by.

Polish inflects names: "według Adama Niedzielskiego" and "zdaniem Koalicji Obywatelskiej" ("according to Adam
Niedzielski", "in the view of the Civic Coalition") name their speakers in the genitive the preposition governs.
Shown as written, the speakers table listed "Adama Niedzielskiego" beside the "Adam Niedzielski" of the next
paragraph, as two people, and a fact-checker searching for the minister by his name would not find him.

The genitive is undone word by word: adjectival endings by rule first ("-skiego" -> "-ski", "-skiej" -> "-ska":
simplemma's dictionary gives adjectives their masculine lemma, "Obywatelskiej" -> "obywatelski", and holds some
surnames as the places they also are, "Kowalskiego" -> "Kowalskie", "Gowina" -> "Gowino"), then the dictionary's
lemma (fleeting vowels and soft stems: "Marka" -> "Marek", "Biedronia" -> "Biedroń"), then the regular endings of
names it does not hold ("Macrona" -> "Macron", "Dudy" -> "Duda", "Kamali" -> "Kamala"). A word in capitals or
with digits ("PAP", "TVN24") is an acronym and stays as written. Of an organisation's name only the head noun and
the adjectives that agree with it change: "Ministerstwa Zdrowia" is "Ministerstwo Zdrowia", whose "Zdrowia" is a
genitive of its own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

__all__ = [
    "GENITIVE_CUES",
    "GOVERNING_PREPOSITIONS",
    "is_common_phrase",
    "nominative_name",
    "nominative_organisation",
]

#: Per language, the cues whose source stands in the genitive ("według", "zdaniem").
GENITIVE_CUES: dict[str, frozenset[str]] = {"pl": frozenset({"według", "zdaniem"})}
#: Per language, the prepositions right before a source that put it in another case: a passive's agent after
#: "przez" is in the accusative ("została skrytykowana przez ministra Adama Bodnara", "przez posłankę Joannę
#: Nowacką"), a man's the same as his genitive, a woman's in "-ę"/"-ą", which the same reading undoes.
GOVERNING_PREPOSITIONS: dict[str, frozenset[str]] = {"pl": frozenset({"przez"})}

Lookup = Callable[[str], str | None]

#: Genitive endings of Polish adjectives (and adjectival surnames) and their nominative, longest first.
_ADJECTIVE_ENDINGS = (
    ("'ego", ""),  # "Tony'ego" -> "Tony"
    ("iego", "i"),  # "Kowalskiego" -> "Kowalski", "Antoniego" -> "Antoni"
    ("ego", "y"),  # "Nowego" -> "Nowy", "Jerzego" -> "Jerzy"
    ("iej", "a"),  # "Kowalskiej" -> "Kowalska", "Obywatelskiej" -> "Obywatelska"
    ("ej", "a"),  # "Prasowej" -> "Prasowa", "Nowackiej" -> "Nowacka"
    ("ą", "a"),  # the accusative after "przez": "Nowacką" -> "Nowacka"
)
#: Genitive endings of Polish nouns and names the dictionary does not hold, and their nominative.
_NOUN_ENDINGS = (
    ("'a", ""),  # "Kane'a" -> "Kane"
    ("ii", "ia"),  # "Marii" -> "Maria"
    ("ki", "ka"),  # "Budki" -> "Budka"
    ("gi", "ga"),
    ("li", "la"),  # "Kamali" -> "Kamala"
    ("ni", "nia"),  # "Hołowni" -> "Hołownia"
    ("y", "a"),  # "Dudy" -> "Duda", "Ewy" -> "Ewa"
    ("ę", "a"),  # the accusative after "przez": "Dudę" -> "Duda"
    ("a", ""),  # "Macrona" -> "Macron", "Bidena" -> "Biden"
)

#: A man's genitive "-a" of a name of any language ("Macrona", "Kane'a"): the only ending a foreign name loses.
_MAN_ENDINGS = (("'a", ""), ("a", ""))

#: Genitive endings undone only in a man's surname: a woman's in "-i" is indeclinable ("Meloni", "Boldrini").
_MASCULINE_ONLY = frozenset({("ni", "nia"), ("li", "la")})

#: Endings in "-y" that are no Polish genitive of a noun in "-a" (Polish writes "-ki", "-gi", "-li" there; "-cy" is
#: rare in Polish names): foreign names, as written in every case ("Nancy", "Kathy", "Kelly", "Audrey").
_NOT_POLISH_BEFORE_Y = tuple(letters + "y" for letters in ("a", "e", "i", "o", "u", "y", "c", "g", "j", "k", "l", "th"))

#: Letters of names from other languages: their declension in Polish is not the regular one of Polish names.
_FOREIGN_LETTERS = frozenset("äöüåøæéèêëàâîïôûçñõã")


def _is_acronym(word: str) -> bool:
    return word.isupper() or any(char.isdigit() for char in word) or len(word) < 3


def _undone(word: str, endings: tuple[tuple[str, str], ...], stem: int) -> str | None:
    """``word`` with the first of ``endings`` it ends in replaced by its nominative, keeping a stem of at least
    ``stem`` letters; ``None`` when none fits."""
    lowered = word.lower()
    for ending, nominative in endings:
        if lowered.endswith(ending) and len(lowered) >= len(ending) + stem:
            return word[: len(word) - len(ending)] + nominative
    return None


def _adjective(word: str) -> str | None:
    """The nominative of a genitive adjective, or ``None`` when the word has no adjective's ending."""
    return _undone(word, _ADJECTIVE_ENDINGS, 3)


def _noun(word: str, lookup: Lookup, *, person: bool = False, woman: bool = False) -> str:
    """The nominative of a genitive noun or name: the dictionary's lemma, else the regular ending undone (of a
    name with letters Polish lacks, only a man's "-a": "Müllera" is Müller, a woman's "Tarji Matomäki" keeps its
    "Matomäki"; of a woman's surname, no "-ni"/"-li" of a noun in "-nia"/"-la": "Giorgii Meloni" is Meloni, where
    a man's "Szymona Hołowni" is Hołownia)."""
    lemma = lookup(word)
    lowered = word.lower()
    if person and lemma is not None and lowered.endswith("y") and lemma.lower() == lowered[:-1]:
        # a name's genitive "-y" comes from a nominative in "-a" ("Beaty", "Dudy"); the dictionary's reading of a
        # foreign name as one of a consonant ("Hillary" as "Hillar") is no Polish name's: the word is as written
        return word
    # the dictionary's lemma, unless it has no other ("Dudy", held as a plural noun) or reads a man's name as a
    # place ("Gowina": Gowin, not Gowino; an organisation's "Ministerstwa" is "Ministerstwo")
    if lemma is not None and lemma.lower() not in (lowered, lowered[:-1] + "o" if person else lowered):
        return word[:1] + lemma[1:] if lemma[:1].lower() == word[:1].lower() else lemma
    endings = _NOUN_ENDINGS if _FOREIGN_LETTERS.isdisjoint(lowered) else _MAN_ENDINGS
    if woman:
        endings = tuple(pair for pair in endings if pair not in _MASCULINE_ONLY)
    if lowered.endswith(_NOT_POLISH_BEFORE_Y):
        endings = tuple(pair for pair in endings if pair[0] != "y")
    return _undone(word, endings, 2) or word  # a stem of two: "Ewy" -> "Ewa"


def _parts(word: str, convert: Callable[[str], str]) -> str:
    """``convert`` applied to each part of a double-barrelled name ("Kosiniaka-Kamysza")."""
    return "-".join(part if _is_acronym(part) else convert(part) for part in word.split("-"))


def _person_part(part: str, lookup: Lookup, woman: bool) -> str:
    """One word (or one part of a double-barrelled one) of a person's name in the nominative."""
    return _adjective(part) or _noun(part, lookup, person=True, woman=woman)


def nominative_name(words: list[str], lookup: Lookup) -> list[str]:
    """A person's given names and surname, each from the genitive to the nominative ("Adama Niedzielskiego"); a
    word in lower case is no name and keeps its case ("ministra zdrowia": the minister, described). A given name
    whose genitive "-y"/"-i" comes from a nominative in "-a" ("Giorgii", "Beaty") is a woman's, and her surname
    keeps an "-i" of its own (:func:`_noun`). A given name as written in the genitive is a foreign one Polish does
    not decline, a woman's as often ("Caroline Kennedy", "Marine Le Pen", "Nancy Pelosi"): the surname after it
    loses a man's "-a" only ("Joe Bidena"), not the endings the dictionary or a Polish noun would undo."""
    out: list[str] = []
    woman = foreign = False
    capitalised = [k for k, word in enumerate(words) if word[:1].isupper()]
    for k, word in enumerate(words):
        if not word[:1].isupper():
            out.append(word)
            continue
        if foreign and k == capitalised[-1]:
            name = _parts(word, _foreign_surname)
        else:
            name = _parts(word, functools.partial(_person_part, lookup=lookup, woman=woman))
        woman = woman or (word.endswith(("y", "i")) and name.endswith("a"))
        foreign = foreign or (name == word and not _is_acronym(word) and k != capitalised[-1])
        out.append(name)
    return out


def _foreign_surname(word: str) -> str:
    """The surname after a foreign given name, a man's "-a" undone ("Bidena", "Kane'a")."""
    return _undone(word, _MAN_ENDINGS, 2) or word


def nominative_organisation(words: list[str], lookup: Lookup) -> list[str]:
    """An organisation's name with its head noun and the adjectives agreeing with it in the nominative
    ("Polskiej Agencji Prasowej", "Ministerstwa Zdrowia"); the words after the head's last agreeing adjective are a
    complement and keep their case. A name opened by a lower-case word is a description in the case that word
    governs ("danych Głównego Urzędu Statystycznego": the data of the statistics office) and stays as written."""
    if words and words[0][:1].islower():
        return words
    out: list[str] = []
    head_seen = False
    for k, word in enumerate(words):
        adjective = None if _is_acronym(word) else _adjective(word)
        if adjective is not None:
            out.append(adjective)
            continue
        if head_seen or _is_acronym(word):
            return out + words[k:]
        out.append(_parts(word, lambda part: _noun(part, lookup)))
        head_seen = True
    return out


def is_common_phrase(words: list[str], lang: str) -> bool:
    """Whether two or more of a capitalised name's words are common words the dictionary writes lower case (an
    adjective, a noun): a body's name ("Państwowa Inspekcja Pracy", "Główny Urząd Statystyczny"), not a person's.
    The dictionary holds Polish given names and surnames capitalised, those that are also words too ("Róża", "Kot",
    "Wieczorek"); one common word may be a surname ("Patryk Jaki")."""
    from sift.machine_cache import dictionary_lemma

    common = [word for word in words if (lemma := dictionary_lemma(word, lang)) is not None and lemma.islower()]
    return len(common) >= 2
