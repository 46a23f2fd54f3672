"""What sift's rules know of each language's reporting: one table per language, read by every room.

A :class:`Language` row holds the words a reader needs to find an attribution frame ("the ministry said that
…", "selon X, …", "„…“, sagte X"): reporting verbs, "according to" words, complementisers, time words,
articles, auxiliaries. Fields are named for the role the words play; where two readers trust different
verb lists for the same role, the table keeps both, named for what each pattern needs:

- ``speech_verbs`` cut the claim span a fact-checker reads (:func:`sift.lexicon.frame_stripper.strip_frame`, claims):
  the frame must also end in a comma, a complementiser or a colon, so the list can be broad.
- ``frame_lead_verbs`` / ``frame_tail_verbs`` cut the matcher's extra query phrasings (``strip_frame(...,
  eager=True)``): those patterns need no punctuation around the verb, so only verbs that never mean
  anything else are listed.
- ``cue_forms`` / ``cue_lemmas`` drive the word-order attribution rules (:mod:`sift.attribution.word_order`).

Verb and phrase entries are regular-expression alternatives (``d['’]après``, ``according\\s+to``): they are
joined across languages, in :data:`LANGUAGES` order, into the patterns that use them. Adding a language is
adding a row to :data:`LANGUAGES`; a field left empty keeps that language out of the patterns that need it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["LANGUAGES", "Language", "alternatives", "conjugate", "word_set"]


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a lexicon literal (keeps long word lists readable)."""
    return frozenset(text.split())


def conjugate(stems: Iterable[str], endings: Iterable[str], *, drop: str = "") -> frozenset[str]:
    """Each infinitive with every ending put in place of its ``drop`` suffix, infinitives kept ("préciser" ->
    "précise", "précisé", …); infinitives without the suffix are kept as they are."""
    endings = tuple(endings)
    forms: set[str] = set()
    for stem in stems:
        forms.add(stem)
        if drop and stem.endswith(drop):
            forms.update(stem[: -len(drop)] + ending for ending in endings)
    return frozenset(forms)


@dataclass(frozen=True, slots=True, kw_only=True)
class Language:
    """The reporting vocabulary of one language (empty fields: the language is not in that pattern)."""

    code: str
    #: openers of "According to X, …" frames (regex alternatives)
    according: tuple[str, ...] = ()
    #: matcher phrasings: "according to" words followed by one word and no comma ("laut Angaben …", "selon X …")
    bare_according: tuple[str, ...] = ()
    #: claim spans: "according to" words followed by a capitalised name and no comma ("Laut Klinzewitsch können …")
    named_according: tuple[str, ...] = ()
    #: articles that may open the name after those words
    articles: tuple[str, ...] = ()
    #: claim spans: reporting verbs (and verb groups) that make a leading or trailing frame
    speech_verbs: tuple[str, ...] = ()
    #: words that introduce the reported clause after its verb ("that", "que", "dass")
    complementisers: tuple[str, ...] = ()
    #: time words that may sit between a reporting verb and its complementiser ("a annoncé mardi que …")
    time_words: tuple[str, ...] = ()
    #: matcher phrasings: verbs of a frame opening the sentence ("The ministry said (that) …")
    frame_lead_verbs: tuple[str, ...] = ()
    #: matcher phrasings: verbs of a frame closing the sentence ("…, the ministry said." / "…, a précisé X.")
    frame_tail_verbs: tuple[str, ...] = ()
    #: auxiliaries that must precede ``frame_tail_verbs`` (French passé composé: "a précisé", "ont indiqué")
    frame_tail_aux: tuple[str, ...] = ()
    #: word order of a closing frame: source before the verb ("…, the ministry said") or after ("…, sagte X")
    is_subject_first: bool = False
    #: article allowed before a closing frame's source ("…, the ministry said")
    frame_article: str = ""
    #: verbs of an attribution tail after a quotation that ends in "?" or "!" ('…?" Clinton asked.')
    quote_tail_verbs: tuple[str, ...] = ()
    #: pronouns that start a new sentence after such a quotation rather than name its speaker
    quote_tail_pronouns: tuple[str, ...] = ()
    #: word-order attribution rules: reporting verb lemmas or lower-cased forms
    cue_forms: frozenset[str] = frozenset()
    #: lemmas of unambiguous reporting verbs, taken as cues whenever they have a subject (parsed languages)
    cue_lemmas: frozenset[str] = frozenset()
    #: word-order rules: "according to" tokens (lower-cased, as the tokenizer gives them)
    according_words: frozenset[str] = frozenset()
    #: word-order rules: postpositions closing "according to" ("dem Bericht zufolge")
    according_after_words: frozenset[str] = frozenset()
    #: word-order rules: a postposed source marker ("…, so ein Sprecher")
    so_words: frozenset[str] = frozenset()
    #: word-order rules: auxiliary lemmas that may precede a cue participle
    aux_lemmas: frozenset[str] = frozenset()
    #: word-order rules: adverbs and time words skipped between an inverted cue and its subject
    skip_words: frozenset[str] = frozenset()
    #: word-order rules: cues whose subject is a relay and whose object is the quoted speaker ("zitiert X Y")
    quote_cue_lemmas: frozenset[str] = frozenset()
    #: word-order rules: prepositions that continue a noun phrase ("de", "von")
    genitive_words: frozenset[str] = frozenset()


_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAYS_DE = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")

ENGLISH = Language(
    code="en",
    according=(r"according\s+to",),
    speech_verbs=(
        "said", "says", "say", "stated", "states", "claimed", "claims", "reported", "reports", "announced",
        "added", "noted", "stressed", "specified", r"told(?:\s+\w+){0,2}", "explained", "insisted", "warned",
        "wrote", "tweeted", "confirmed", "argued",
    ),
    complementisers=("that",),
    time_words=("on", "also", "again", "today", "yesterday", *_WEEKDAYS_EN),
    frame_lead_verbs=("said", "says", "claimed", "stressed", "added", "specified", "announced", "noted"),
    frame_tail_verbs=(
        "said", "says", "reported", "claimed", "stressed", "added", "specified", "announced", "noted",
    ),
    is_subject_first=True,
    frame_article="the",
    quote_tail_verbs=(
        "said", "says", "asked", "asks", "added", "adds", "told", "wrote", "writes", "replied", "continued",
        "explained", "noted", "insisted", "warned", "declared", "stated", "tweeted", "recalled", "argued",
        "admitted", "conceded", "quipped", "shouted", "responded",
    ),
    quote_tail_pronouns=("He", "She", "They", "It", "We", "I", "You", "This", "That"),
    cue_lemmas=frozenset({"say", "tell", "report", "add", "state", "announce", "claim", "write", "declare"}),
)  # fmt: skip

#: Regular -er reporting verbs; their usual forms are generated.
_FRENCH_ER_VERBS = word_set(
    """
    préciser indiquer estimer annoncer affirmer souligner ajouter expliquer assurer confirmer rapporter noter
    rappeler insister marteler déclarer dénoncer juger considérer qualifier signaler raconter confier lancer tweeter
    déplorer accuser commenter révéler avertir prévenir démentir nier admettre reconnaître répliquer réagir résumer
    observer relever constater détailler avancer arguer
    """
)
_FRENCH_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "ant", "era", "ons", "ez")
_FRENCH_IRREGULAR = word_set(
    """
    dire dit dite disent disait disaient dira disant écrire écrit écrivent écrivait écrivant reconnu reconnaît
    reconnaissant conclure conclu conclut répondre répondu répond répondait admis admet avertit averti prévenu
    prévient démenti dément
    """
)

FRENCH = Language(
    code="fr",
    according=("selon", r"d['’]après"),
    bare_according=("selon",),
    articles=("le", "la", "les"),
    speech_verbs=(
        r"a\s+(?:\w+\s+)?(?:déclaré|indiqué|précisé|annoncé|affirmé|souligné|ajouté|expliqué|estimé|rapporté)",
        "déclare", "affirme", "estime", "précise", "indique",
    ),
    complementisers=("que", r"qu['’]"),
    time_words=("le", "ce", r"aujourd['’]hui", "hier", "soir", "matin", *_WEEKDAYS_FR),
    frame_tail_verbs=("précisé", "indiqué", "déclaré", "annoncé", "affirmé", "ajouté", "souligné"),
    frame_tail_aux=("a", "ont"),
    cue_forms=conjugate(_FRENCH_ER_VERBS, _FRENCH_ER_ENDINGS, drop="er") | _FRENCH_IRREGULAR,
    according_words=frozenset({"selon", "d'après"}),
    aux_lemmas=frozenset({"avoir", "être"}),
    skip_words=word_set("mardi lundi mercredi jeudi vendredi samedi dimanche hier aussi également encore déjà")
    | frozenset({"en", "outre", "ainsi", "notamment", "lui-même", "elle-même"}),
    quote_cue_lemmas=frozenset({"citer"}),
    genitive_words=frozenset({"de", "du", "des", "d'", "d’"}),
)  # fmt: skip

GERMAN = Language(
    code="de",
    according=("laut", r"nach\s+angaben"),
    bare_according=("laut",),
    named_according=("laut",),
    articles=("der", "des", "dem", "den", "die"),
    speech_verbs=(
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "berichtete", "berichtet", "zitiert", "kommentierte",
    ),
    complementisers=("dass",),
    time_words=("am", "heute", "gestern", *_WEEKDAYS_DE),
    frame_tail_verbs=("sagte", "erklärte", "teilte", "betonte", "zitiert"),
    cue_forms=word_set(
        """
        sagen erklären betonen mitteilen berichten zitieren kommentieren meinen behaupten warnen unterstreichen
        hinzufügen äußern schreiben bestätigen ankündigen versichern vermuten glauben kritisieren fordern
        verkünden vorwerfen bekräftigen ergänzen antworten erläutern feststellen einräumen bestreiten dementieren
        sagte sagten erklärte erklärten betonte meinte zitiert kommentiert
        """
    ),
    according_words=frozenset({"laut", "nach angaben"}),
    according_after_words=frozenset({"zufolge"}),
    so_words=frozenset({"so"}),
    aux_lemmas=frozenset({"haben", "sein", "werden"}),
    skip_words=word_set("am dienstag montag mittwoch donnerstag freitag samstag sonntag gestern auch zudem"),
    quote_cue_lemmas=frozenset({"zitieren"}),
    genitive_words=frozenset({"von"}),
)  # fmt: skip

DUTCH = Language(
    code="nl",
    according=("volgens",),
    speech_verbs=("zei", "zegt", "meldde", "meldt", "verklaarde"),
    complementisers=("dat",),
)

SPANISH = Language(
    code="es",
    according=("según", r"de\s+acuerdo\s+con"),
    bare_according=("según",),
    articles=("el",),
    speech_verbs=("dijo", "afirmó", "declaró", "informó", "aseguró", "explicó", "señaló"),
    frame_tail_verbs=("dijo", "afirmó", "declaró", "señaló", "informó"),
)

#: Every language row, in the order their alternatives are joined into patterns.
LANGUAGES: dict[str, Language] = {row.code: row for row in (ENGLISH, FRENCH, GERMAN, DUTCH, SPANISH)}


def alternatives(field: str, languages: Iterable[Language] | None = None) -> str:
    """The entries of one field across languages as one regex alternation ``(?:a|b|…)`` ('(?!)' when empty)."""
    rows = LANGUAGES.values() if languages is None else languages
    entries = [entry for row in rows for entry in getattr(row, field)]
    return "(?:" + "|".join(entries) + ")" if entries else "(?!)"
