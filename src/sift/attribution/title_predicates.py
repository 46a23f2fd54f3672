"""Titles a page gives a person by a predicate, not by apposition: "Eva Brandt wurde zur neuen Präsidentin
gewählt", "Der Rat hat Eva Brandt zur Präsidentin ernannt", "Jane Doe was elected president", "The board named Jane
Doe its new chair". A speaker known only by that title ("so die neue Präsidentin", "the new president said") is the
person the sentence names (:func:`sift.attribution.speakers._merge_titles` ties them when exactly one person is
named so). Read only on a page where a title speaker is left unresolved."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sift.attribution.source_mentions import _in
from sift.attribution.tokens import plain_tokens
from sift.lexicon.speaker_words import SPEAKER_WORDS

#: A sentence's end: the predicate and the person it names are read within one sentence. A middle initial
#: ("Eva M. Brandt") ends none.
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?<!\b\w\.)[\"”“’»]?\s+(?=[\"„“«‘(]?[^\W\d_])")

#: German: "zum/zur (adjectives) Title" with a verb of choosing in the same sentence ("zur neuen Präsidentin
#: gewählt", "ernannte … zum Minister"), or a copula before "der/die (neue) Title" ("ist die neue Präsidentin").
_GERMAN_CHOSEN = re.compile(
    r"\b(?:(?:wieder)?gewählt|(?:wieder)?wählte[n]?|ernannt|ernannte[n]?|berufen|berief(?:en)?|bestellt|bestellte[n]?"
    r"|gekürt|kürte[n]?|nominiert|nominierte[n]?|befördert|beförderte[n]?|vereidigt|vereidigte[n]?)\b"
)
_GERMAN_TITLE = re.compile(
    r"\bzu[mr]\s+(?:[a-zäöüß][\w-]*\s+){0,3}(?P<title>[A-ZÄÖÜ][\w-]+)"
    r"|\b(?:ist|wird|wurde|war|bleibt)\s+(?:seit\s+\S+\s+)?(?:der|die)\s+(?:neue[rn]?\s+)?(?P<copula>[A-ZÄÖÜ][\w-]+)"
)
#: German: a person who wrote, edited or published a book is its author ("Mark Berger hat ein Buch
#: herausgegeben, …", "Eva Brandt veröffentlichte einen Roman"): "so der Autor", "die Autorin meint" is that person
#: (realpages dev9 r9-004, a book notice).
_GERMAN_WORK = re.compile(
    r"\b(?:ein(?:en)?|ihr(?:en)?|sein(?:en)?|das|den)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"(?:Buch|Roman|Sachbuch|Werk|Kinderbuch|Ratgeber|Band|Gedichtband|Essay)\b"
    r"[^.!?]{0,60}?\b(?:geschrieben|verfasst|herausgegeben|veröffentlicht|vorgelegt)\b"
    r"|\b(?:schrieb|verfasste|veröffentlichte)\s+(?:[A-ZÄÖÜ][\w.'’-]*\s+){0,3}(?:ein(?:en)?|ihr(?:en)?|sein(?:en)?)"
    r"\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?:Buch|Roman|Sachbuch|Werk|Kinderbuch|Ratgeber|Gedichtband|Essay)\b"
)
#: The titles a German work predicate gives.
_AUTHOR_TITLES = ("Autor", "Autorin")
#: English: "was elected/named/appointed (as) (the) (new) title", "became (the) new title", and the active
#: "elected/named/appointed Jane Doe (as) (its) (new) title"; never a title's possessive ("is now the president's
#: chief of staff": another title, the president's).
_ENGLISH_TITLE = re.compile(
    r"\b(?:(?:was|is|has\s+been|had\s+been|will\s+be|were)\s+(?:(?:re-?)?elected|named|appointed|chosen|picked"
    r"|selected|sworn\s+in|installed|confirmed|promoted|nominated)(?:\s+(?:as|to\s+be))?|became|is\s+now)"
    r"\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:new\s+|next\s+|first\s+|interim\s+|acting\s+)?(?P<title>[\w-]+)\b(?!['’])"
    r"|\b(?:(?:re-?)?elected|named|appointed|chose|picked|selected|promoted|nominated)"
    r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:as\s+)?(?:the\s+|its\s+|their\s+)?(?:new\s+|next\s+|interim\s+)?"
    r"(?P<active>[\w-]+)\b(?!['’])"
)
#: Words that make a title another person's ("die scheidende Präsidentin", "the former president"): such a speaker
#: is no person the page gives the title to now.
FORMER_WORDS = frozenset(
    {
        *("former", "outgoing", "previous", "retiring", "departing", "ex", "then", "late"),
        *("ehemalige", "ehemaliger", "ehemaligen", "frühere", "früherer", "früheren", "scheidende", "scheidender"),
        *("scheidenden", "bisherige", "bisheriger", "bisherigen", "alte", "alter", "alten", "vorherige"),
        *("vorheriger", "vorherigen"),
    }
)


@dataclass(frozen=True, slots=True)
class TitlePredicate:
    """A sentence that gives one of ``titles`` to a person it names (who that is, the caller reads)."""

    sentence: str
    titles: frozenset[str]
    lang: str


def _title(word: str, lang: str) -> str | None:
    """The title entry ``word`` is in ``lang`` (a German weak noun's "-en"/"-n" dropped: "zum Präsidenten")."""
    speakers = SPEAKER_WORDS[lang]
    forms = [word]
    if lang == "de" and word.endswith("n"):
        forms += [word[:-2], word[:-1]] if word.endswith("en") else [word[:-1]]
    for form in forms:
        tokens = plain_tokens(form)
        if len(tokens) == 1 and (entry := _in(speakers.title_nouns, tokens[0], speakers)) is not None:
            return entry
    return None


#: What may follow a German copula's title in its clause: the body it is of ("die neue Präsidentin des Vereins",
#: "von Hertha BSC", "der Bundesagentur für Arbeit"), capitalised words and these words.
_COPULA_TAIL_WORDS = frozenset({"des", "der", "den", "dem", "von", "vom", "für", "im", "in", "am", "und", "seit"})
#: The end of the copula's clause.
_CLAUSE_END = re.compile(r"[,.;:!?()–—]")


def _closes_copula(rest: str) -> bool:
    """Whether the words after a German copula's title up to its clause's end are only the body the title is of:
    a predicate ("Anna Schmidt ist die neue Präsidentin des Vereins."). A verb or another lower-case word after it
    makes the title the subject of an inverted clause ("Am Montag wird der Präsident Anna Schmidt empfangen",
    "Gestern war der Präsident bei Anna Schmidt zu Gast")."""
    clause = _CLAUSE_END.split(rest, 1)[0]
    return all(word[:1].isupper() or word[:1].isdigit() or word in _COPULA_TAIL_WORDS for word in clause.split())


def title_predicates(text: str, lang: str) -> list[TitlePredicate]:
    """The sentences of ``text`` that give a title by a predicate, with the titles they give."""
    pattern = {"de": (_GERMAN_TITLE, _GERMAN_CHOSEN), "en": (_ENGLISH_TITLE, None)}.get(lang)
    if pattern is None:
        return []
    titles_at, chosen = pattern
    found: list[TitlePredicate] = []
    for sentence in _SENTENCE_END.split(text):
        titles: set[str] = set()
        for match in titles_at.finditer(sentence):
            group = next(name for name, value in match.groupdict().items() if value)
            if group == "title" and chosen is not None and not chosen.search(sentence):
                continue  # "zum Präsidenten" without a verb of choosing ("sagte er zum Präsidenten")
            if group == "copula" and not _closes_copula(sentence[match.end() :]):
                continue  # "Am Montag wird der Präsident Anna Schmidt empfangen": the title is the subject
            if (entry := _title(match[group], lang)) is not None:
                titles.add(entry)
        if lang == "de" and _GERMAN_WORK.search(sentence):
            titles |= author_titles(lang)
        if titles:
            found.append(TitlePredicate(sentence, frozenset(titles), lang))
    return found


def author_titles(lang: str) -> frozenset[str]:
    """The title entries of a book's author in ``lang`` ("autor", "autorin"): a speaker known only so is the person
    a work predicate names, or no one the page can tell (the page's own writer, a novelist described)."""
    if lang != "de":
        return frozenset()
    return frozenset(entry for word in _AUTHOR_TITLES if (entry := _title(word, lang)) is not None)


def is_former(described: list[str]) -> bool:
    """Whether a title speaker's words name the title's former holder ("die scheidende Präsidentin")."""
    return any(word in FORMER_WORDS for text in described for word in text.lower().replace("-", " ").split())
