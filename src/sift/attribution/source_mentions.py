"""A source span to resolve and what it reads as, the entity it may join, and the speaker words of a
language looked up on a span's tokens (titles, speaker nouns, pronoun classes). Shared by the readers of
:mod:`sift.attribution.speakers`, :mod:`~sift.attribution.descriptions` and :mod:`~sift.attribution.surnames`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sift.attribution.german import GENDER_ENDING
from sift.attribution.word_order import Token
from sift.lexicon.speaker_words import AND_WORDS, SpeakerWords, compound_entry


@dataclass(slots=True)
class SourceMention:
    """A source or relay span to resolve, in document order, with what is needed to read it.

    ``words`` are the span's tagged tokens (``None``: tagged here from ``text`` by capitals alone);
    ``is_speech`` says whether its attribution reports a statement (a cue such as "refused" names no speaker).
    """

    text: str
    lang: str
    attribution: str
    context: str = ""
    cue_lemma: str | None = None
    words: list[Token] | None = None
    is_speech: bool = True
    is_relay: bool = False
    block: int = 0
    #: offset of ``text`` in its block (the offsets of ``words`` are block offsets)
    start: int = 0
    #: the word right before the span, lower case: a preposition may govern the case of its name ("przez Adama …")
    preposition: str = ""
    #: the personal pronoun the span stands in for as its antecedent ("When Carlineo was approached, he told …"),
    #: read instead when the span names no person ("When Congress voted, she said …")
    pronoun: str = ""


@dataclass(frozen=True, slots=True)
class SourceReading:
    """What a source span names: a ``kind`` of speaker (or ``pronoun:<class>``, ``title``, ``document``,
    ``relative``, ``none``), its merge key, its display name, the title words it carries and how it was read."""

    kind: str
    key: str = ""
    name: str = ""
    titles: frozenset[str] = frozenset()
    how: str = "named"
    #: the name as the page wrote it, when ``name`` is its citation form ("dem Europäischen Rechnungshof"), or the
    #: description of a body's spokesperson the body is read from ("spokesperson for the Home Office")
    written: str = ""
    #: for a spokesperson's title ("le porte-parole de la gendarmerie"), the body that speaks when no one on the
    #: page holds the title
    body: SourceReading | None = None
    #: an unnamed source that is one definite individual ("the victim's mother", "mein Tierarzt", "la
    #: professionnelle"): a person by kind, though read and resolved as an anonymous source (issue #18)
    individual: bool = False
    #: an unnamed source that speaks for an organisation the span names ("Berrien County Health Department
    #: officials", "DGB-Vertreter"): that organisation by kind, though read and resolved as an anonymous source
    represents: bool = False


@dataclass(frozen=True, slots=True)
class Resolution:
    """The speaker a mention resolved to (its display name and kind) and how sure the reading is (0-1)."""

    name: str
    kind: str
    certainty: float


@dataclass(slots=True)
class _Entity:
    kind: str
    key: str
    names: Counter[tuple[bool, int, str]] = field(default_factory=Counter)
    described: Counter[str] = field(default_factory=Counter)  # "the minister", "den Parlamentarier": aliases
    titles: set[str] = field(default_factory=set)
    languages: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)
    last_block: int = 0
    last_end: int = 0  # where its last mention ends in ``last_block``
    is_titled_only: bool = False
    genders: set[str] = field(default_factory=set)  # "m", "f": what the page's words about the person tell
    individual: bool | None = None  # every description it was read from is one definite individual's
    represents: bool | None = None  # every description it was read from speaks for a named organisation

    def count_name(self, name: str, lang: str) -> None:
        """One more mention under ``name`` (English spellings and longer names are preferred as the display name)."""
        self.names[(lang == "en", len(name.split()), name)] += 1

    def heard(self, lang: str, attribution: str | None) -> None:
        """Note the language a mention is in and the attribution it speaks in (``None``: a relay's, not its own)."""
        if lang not in self.languages:
            self.languages.append(lang)
        if attribution is not None and attribution not in self.attributions:
            self.attributions.append(attribution)


def _in(words: frozenset[str], token: Token, speakers: SpeakerWords) -> str | None:
    """The entry of ``words`` the token is (by lemma or form; German compounds by their last part)."""
    for form in (token.lemma.lower(), token.text.lower()):
        if form in words:
            return form
    if speakers.has_compounds:
        # the form ("Klimaforscher*innen": "…forscherinnen") and the lemma, which drops a case ending the entry
        # lacks ("des Innenministeriums": "…ministerium")
        for lowered in (GENDER_ENDING.sub("", token.text.lower()), token.lemma.lower()):
            entry = compound_entry(lowered, words)
            if entry is not None:
                return entry
    return None


def _phrase_in(words: frozenset[str], tokens: list[Token], index: int) -> str | None:
    """A two- or three-word entry starting at ``tokens[index]`` ("white house", "news agency")."""
    for size in (3, 2):
        phrase = " ".join(t.text.lower() for t in tokens[index : index + size])
        if len(tokens) - index >= size and phrase in words:
            return phrase
    return None


def _phrase_ending(words: frozenset[str], tokens: list[Token], index: int) -> str | None:
    """A two- or three-word entry ending at ``tokens[index]`` ("chief executive", "prime minister")."""
    for size in (3, 2):
        if index + 1 >= size:
            phrase = " ".join(t.text.lower() for t in tokens[index + 1 - size : index + 1])
            if phrase in words:
                return phrase
    return None


def _is_speaker_word(token: Token, speakers: SpeakerWords) -> bool:
    """Whether the token is itself an entry of the speaker words (not only a compound ending in one: "Neubauer")."""
    forms = (token.lemma.lower(), token.text.lower())
    return any(form in words for words in _speaker_lists(speakers, documents=True) for form in forms)


def _speaker_lists(speakers: SpeakerWords, *, documents: bool = False) -> list[frozenset[str]]:
    """The title, source, body, government and outlet nouns (with ``documents``, the document nouns too)."""
    lists = [speakers.title_nouns, speakers.source_nouns, speakers.body_nouns, speakers.government_nouns]
    return [*lists, speakers.outlet_nouns, *([speakers.document_nouns] if documents else [])]


def _is_speaker_noun(token: Token, speakers: SpeakerWords, *, documents: bool = False) -> bool:
    """Whether the token is a title, source, body, government or outlet noun (with ``documents``, a document noun
    too): a word that describes who speaks, never part of a name."""
    return any(_in(words, token, speakers) for words in _speaker_lists(speakers, documents=documents))


def _text(tokens: list[Token], source: str, offset: int) -> str:
    """The source text covered by ``tokens`` (``offset`` is the span's start in the block)."""
    return source[tokens[0].start - offset : tokens[-1].end - offset] if tokens else ""


def _is_plural(token: Token, speakers: SpeakerWords) -> bool:
    lowered = token.text.lower()
    lemma = token.lemma.lower()
    if lemma != lowered and lowered.startswith(lemma[: max(1, len(lemma) - 2)]) and len(lowered) > len(lemma):
        return True
    return bool(speakers.plural_endings) and lowered.endswith(speakers.plural_endings) and lemma == lowered


def _titles(tokens: list[Token], speakers: SpeakerWords) -> frozenset[str]:
    return frozenset(entry for token in tokens if (entry := _in(speakers.title_nouns, token, speakers)) is not None)


def _pronoun_class(lowered: str, speakers: SpeakerWords) -> str | None:
    for kind, words in (
        ("pronoun:person", speakers.person_pronouns),
        ("pronoun:thing", speakers.thing_pronouns),
        ("pronoun:singular", speakers.singular_pronouns),
        ("pronoun:group", speakers.group_pronouns),
        ("relative", speakers.relative_pronouns),
    ):
        if lowered in words and kind == "pronoun:group":
            if lowered in speakers.first_person_pronouns:
                return "pronoun:we"
            return "pronoun:plural" if lowered in speakers.plural_pronouns else kind
        if lowered in words:
            return kind
    return None


#: Words joining two subjects of one cue, in every language read ("and" in the rows' languages).
SUBJECT_AND_WORDS = AND_WORDS | {"and"}

#: The cue lemma of a block-opening speaker label ("Pence: Flowers Won't Be …"; see ``frames.speaker_label_frame``).
LABEL_CUE = ":"
