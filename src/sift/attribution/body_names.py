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
"""

from __future__ import annotations

from sift.attribution.surnames import is_known_given_name
from sift.attribution.tokens import Token, plain_tokens
from sift.lexicon.languages import LANGUAGES
from sift.lexicon.legal_forms import INITIAL_FORMS, WORD_FORMS, is_legal_form
from sift.lexicon.speaker_words import SPEAKER_WORDS, SpeakerWords

__all__ = ["written_as_body"]

#: Endings of body nouns that are also the title of each member, where nouns compound (a "Stadtrat" is a city
#: council and a councillor; so are "Bundesrat", "Regierungsrat", "Gemeinderat").
MEMBER_TITLE_ENDINGS = {"de": ("rat",)}
#: Genitive endings a German compound may carry before a name ("des US-Konzerns Pfizer", "des Verbandes X").
_GENITIVE_ENDINGS = ("es", "s")
_SHORTEST_ENTRY = 4


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
        tokens = plain_tokens(text)
        for index in range(len(tokens) - len(words) + 1):
            if [t.text for t in tokens[index : index + len(words)]] != words:
                continue
            after = tokens[index + len(words)] if index + len(words) < len(tokens) else None
            if after is not None and is_legal_form(after.text, excluding=WORD_FORMS | INITIAL_FORMS):
                return True
            if index and _is_body_noun(tokens[index - 1].text, lang, speakers):
                before = tokens[index - 2].text if index > 1 else ""
                articled = before.lower() in speakers.determiners
                if (speakers.capitalises_nouns or not before[:1].isupper() or articled) and not _told(
                    tokens, index - 1 - articled, lang
                ):
                    return True
    return False


def _told(tokens: list[Token], noun: int, lang: str) -> bool:
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
