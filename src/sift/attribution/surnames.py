"""A lone capitalised word as a person's surname: of a person who spoke before under a longer name, or of the
one full name the page writes (german8); a bare German agent noun beside a singular verb read as a name; one
name after "laut" and other "according to" words."""

from __future__ import annotations

import re
from dataclasses import replace

from sift.attribution.institutions import _is_organisation_word, _known_name
from sift.attribution.name_shapes import MIN_COMPOUND_HEAD, NAME_PARTICLES, _is_compound, transliteration_key
from sift.attribution.source_mentions import (
    LABEL_CUE,
    SourceMention,
    SourceReading,
    _Entity,
    _is_speaker_noun,
    _is_speaker_word,
    _pronoun_class,
)
from sift.attribution.tokens import plain_tokens
from sift.attribution.word_order import Token
from sift.lexicon.fold import fold
from sift.lexicon.gazetteer import Gazetteer
from sift.lexicon.languages import LANGUAGES
from sift.lexicon.page_furniture import SHORT_LINE_CUES
from sift.lexicon.speaker_words import SPEAKER_WORDS, SpeakerWords

#: Readings a lone capitalised word may have that the page's full name of it overrides: a word read as nothing
#: ("Figgins" tagged a noun, "so Jobs"), an agent noun by its ending or a compound's ("Neubauer", "Scheuer"), a
#: surname alone. Without an article a singular agent noun is no subject ("Bauer sagte"): it is a name.
_LONE_WORD_READINGS = frozenset(
    {("none", "named"), ("anonymous", "unlisted"), ("anonymous", "described"), ("person", "named")}
)
#: A lone word a source may be: letters, or two capitalised parts joined by a hyphen ("Martinot-Lagarde").
_LONE_WORD = re.compile(r"[^\W\d_][^\W\d_'’]+(?:-[^\W\d_][^\W\d_'’]+)?")
#: The most given names (and initials) read before a surname ("Richard David Precht", "Katrin M. Kämpf").
MAX_GIVEN_NAMES = 3
#: The most lower-case particles read between the given names and a surname ("von der", "van den").
MAX_PARTICLES = 2
_UMLAUT = str.maketrans("aouAOU", "äöüÄÖÜ")


#: Particles a surname may open with ("de Decker", "von der Leyen", "Le Pen"): a surname so written is one name.
_PARTICLES = NAME_PARTICLES | frozenset(word for row in SPEAKER_WORDS.values() for word in row.surname_particles)


def _particled_surname(word: str, reading: SourceReading) -> str | None:
    """The word a person's surname ends in after its particles ("Decker" of "de Decker", "Pen" of "Le Pen"), when
    the source is that surname and the reading took it, with or without its particles, for a person's name
    ("von der Leyen" read as "Leyen"); ``None`` for any other source of several words (a given name and a surname,
    an article and a noun: "der Bauer")."""
    *particles, last = word.split()
    if reading.kind != "person" or reading.name.strip() not in (word, last) or not particles:
        return None
    return last if all(particle in _PARTICLES for particle in particles) else None


def _is_lone_name_word(mention: SourceMention, reading: SourceReading) -> bool:
    """Whether a source is one capitalised word (no acronym, pronoun or article), after the particles of its
    surname if it has any ("sagt de Decker"), read as nothing, an agent noun or a surname alone: a name the page may
    write in full elsewhere."""
    word = mention.text.strip()
    if (reading.kind, reading.how) not in _LONE_WORD_READINGS or mention.cue_lemma == LABEL_CUE:
        return False  # a headline's label ("Lauterbach: …") needs its own evidence (:func:`_drop_bare_labels`)
    plain = " " not in word and " " not in reading.name.strip()
    surname = word if plain else _particled_surname(word, reading)
    if surname is None or not _LONE_WORD.fullmatch(surname) or not surname[:1].isupper() or surname.isupper():
        return False
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    lowered = word.lower()
    return (
        _pronoun_class(lowered, speakers) is None
        and lowered not in speakers.determiners
        and lowered not in speakers.impersonal_pronouns
        and lowered not in speakers.question_words
    )


def _page_surname(
    mention: SourceMention,
    reading: SourceReading,
    page: list[tuple[str, str]],
    entities: list[_Entity],
    gazetteer: Gazetteer,
    known: dict[str, str | None],
) -> SourceReading | None:
    """The person a lone capitalised word stands for when it is a surname: of a person who spoke before under
    a longer name ("Tobias Trommer sagte … fügt Trommer hinzu"), or of the one full name the page writes
    (:func:`_full_name`: "Neubauer sagte" after "die Klimaaktivistin Luisa Neubauer", "Figgins said" after
    "Officer Montell Figgins"), whether or not that name spoke. A name after a title-less description is so
    linked as one after a title is (:func:`_titled_surname`). Without a person who spoke, two full names with that
    surname leave it unread."""
    word = mention.text.strip()
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    if reading.kind == "anonymous" and not speakers.capitalises_nouns:
        return None  # "Officials said": a headline's capital makes no surname of a common noun
    if _is_speaker_word((mention.words or plain_tokens(word))[-1], speakers):
        return None  # "Officials", "Sprecher": a speaker word itself, never the surname of "Google Officials"
    if reading.kind == "anonymous" and speakers.capitalises_nouns and _verb_number(mention, page) == "plural":
        return None  # "Bürger sagen": citizens, whoever of that name the page also writes of
    key = reading.key if reading.kind == "person" else transliteration_key(word)  # "Vel-Marot": by "Marot"
    if any(e.kind == "person" and e.key == key and any(n > 1 for _, n, _ in e.names) for e in entities):
        return SourceReading("person", key, word, how="named")
    if word not in known:
        known[word] = _full_name(word, mention.lang, page, gazetteer)
    name = known[word]
    if name is None:
        return None
    return SourceReading("person", key, name, how="named")


#: Endings of German compounds naming "circles" ("Regierungskreise", "aus Kollegenkreisen"): a plural group, never
#: a surname.
_CIRCLES = ("kreise", "kreisen")


def _singular_bare_noun(
    mention: SourceMention, reading: SourceReading, page: list[tuple[str, str]]
) -> SourceReading | None:
    """A person named by a lone word read as an agent noun ("Kaeser", "Kornbauer": by the ending, or by a speaker
    word the compound ends in) when its verb beside it is singular ("Kaeser sagte", "fügte Kornbauer hinzu",
    "Kaeser will … verkünden"): where every noun is capitalised, a singular common noun needs an article to be a
    subject ("der Sprecher sagte"), so a bare one is a name; a plural needs none ("Zielfahnder vermuten"). A word
    that is itself a speaker word ("Sprecher sagte", a headline's) stays what it was. Read as ``unlisted``: below
    the uncertain line, as the kind is a guess."""
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    if not speakers.capitalises_nouns or reading.kind != "anonymous":
        return None
    word = mention.text.strip()
    token = (mention.words or plain_tokens(word))[-1]
    if reading.how == "described" and _is_speaker_word(token, speakers):
        return None
    if word.lower().endswith(_CIRCLES):
        return None  # "Wie aus Kollegenkreisen verlautete": circles, an anonymous source, whatever the verb's number
    if _verb_number(mention, page) != "singular":
        return None  # no finite verb beside it, or a plural one ("Zielfahnder vermuten")
    return SourceReading("person", transliteration_key(word), word, how="unlisted")


def _verb_number(mention: SourceMention, page: list[tuple[str, str]]) -> str | None:
    """The number of the German finite verb right before or after a source ("sagte X", "X sagten"): the cue (its
    stem) or a singular auxiliary or modal; with none beside it, the cue as the last word of the source's clause
    ("wie sie uns im Interview verriet": realpages dev10); "plural" for a form in "-n" that is none of those;
    ``None`` with no such verb."""
    if mention.block >= len(page):
        return None
    text = page[mention.block][0]
    row = LANGUAGES.get(mention.lang)
    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    skipped = {w.lower() for w in row.time_words} if row is not None else set()  # "bestätigte am Dienstag X"
    before = [
        w for w in re.findall(r"[\w-]+", text[max(0, mention.start - 40) : mention.start]) if w.lower() not in skipped
    ]
    after = [
        w for w in re.findall(r"[\w-]+", text[mention.start + len(mention.text) :][:40]) if w.lower() not in skipped
    ]
    cue = mention.cue_lemma or ""
    singular = row.singular_finite if row is not None else frozenset()
    verbs = [
        w
        for w in before[-1:] + after[:1]
        if w.isalpha() and w.islower() and (w in singular or _is_cue_form(w, cue, speakers))
    ]
    if not verbs:  # a clause that ends on its verb ("wie sie uns im Interview verriet"): the cue, at its end
        clause = re.split(r"[,;:.!?()„“”\"«»]", text[mention.start + len(mention.text) :], maxsplit=1)[0]
        verbs = [w for w in re.findall(r"[\w-]+", clause)[-1:] if _is_cue_form(w, cue, speakers)]
    if not verbs:
        return None
    return "plural" if any(w.endswith("n") and w not in singular for w in verbs) else "singular"


def _is_cue_form(word: str, cue: str, speakers: SpeakerWords) -> bool:
    """Whether a lower-case word reads as a form of the cue by its stem ("verriet" of "verraten")."""
    return word.isalpha() and word.islower() and len(word) >= 4 and word not in speakers.determiners and word[:3] in cue


#: The most letters of a one-word source after "laut"/"zufolge" read as a person's surname; longer, an organisation's
#: name ("laut Netmarketshare"). A guess by shape, read as ``unlisted``.
MAX_SURNAME_LETTERS = 12


def _according_name(mention: SourceMention) -> SourceReading | None:
    """The speaker of a one-word source after an according word ("laut Netmarketshare", "Brightlane zufolge") that
    reads as nothing: a name where every noun is capitalised, when the dictionary holds neither the word nor a
    noun it ends in (a common noun after "laut" is a document or a law: "laut Polizeibericht", "laut Verfassung").
    An organisation by its shape (an inner capital, more letters than a surname), else a person. Where nouns are
    written in lower case, a capitalised word the dictionary lacks that the tagger took for a common noun is a
    brand's or a company's name ("Selon Danone, …", "…, selon Mediapart"): an organisation."""
    from sift.machine_cache import dictionary_lemma

    speakers = SPEAKER_WORDS.get(mention.lang, SpeakerWords())
    word = mention.text.strip()
    if not _LONE_WORD.fullmatch(word.replace("-", "")) or word.isupper():
        return None
    if not word[:1].isupper() or dictionary_lemma(word, mention.lang) is not None:
        return None
    if not speakers.capitalises_nouns:
        known = mention.lang in SPEAKER_WORDS  # a language sift reads the speakers of
        return SourceReading("organisation", fold(word), word, how="unlisted") if known else None
    if _is_compound(word, mention.lang, nouns=True, head=MIN_COMPOUND_HEAD):
        return None
    parts = [
        re.sub(r"^(?:Mc|Mac)(?=[A-Z])", "", part) for part in word.split("-")
    ]  # "Müller-Lüdenscheid", "McAllister"
    organisation = any(c.isupper() for part in parts for c in part[1:]) or max(map(len, parts)) > MAX_SURNAME_LETTERS
    kind, key = ("organisation", fold(word)) if organisation else ("person", transliteration_key(word))
    return SourceReading(kind, key, word, how="unlisted")


#: Prepositions before a place's or a body's name, which a title's complement puts right before a full name ("le
#: maire de Lyon Grégory Doucet", "the mayor of Hamburg Peter Tschentscher"): the word after one is no given name.
PLACE_PREPOSITIONS = frozenset({"de", "du", "of", "von", "vom", "aus", "in", "à", "di", "del", "da", "w", "z"})


def _full_name(surname: str, lang: str, page: list[tuple[str, str]], gazetteer: Gazetteer) -> str | None:
    """The one full name the page writes ending in ``surname``: up to :data:`MAX_GIVEN_NAMES` given names (or
    initials) right before it, or before the lower-case particles right before it when the first is no article of
    the language ("Ursula von der Leyen" of "Leyen", "Kris de Decker" of "Decker" or "de Decker"; not "Anleitungen
    der Vorfahren", a book's title, realpages dev7) (:func:`_is_given_name`, no place or body the gazetteer
    knows: "envoy to Ukraine Kurt Volker"); a name written whole and in part ("Richard David Precht", "David
    Precht") is the longer; ``None`` when there is none or two, or when the page also writes the two words the other
    way round ("Aron Gianni" and "Gianni Aron": two people named by their given names, side by side)."""
    speakers = SPEAKER_WORDS.get(lang, SpeakerWords())
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])")
    found: dict[str, str] = {}  # full name -> its last given name
    for text, _ in page:
        for match in pattern.finditer(text):
            words = text[max(0, match.start() - 120) : match.start()].split()
            particles: list[str] = []
            while words and not particles[MAX_PARTICLES - 1 :] and words[-1] in NAME_PARTICLES:
                particles.insert(0, words.pop())  # "von der" of "Ursula von der Leyen": the surname's own
            if particles and particles[0] in speakers.determiners:
                continue  # an article opens them: "Die Anleitungen der Vorfahren" is a title, no "Anleitungen"
            given: list[str] = []
            while words and len(given) < MAX_GIVEN_NAMES:
                word = words.pop()
                if word in NAME_PARTICLES and given:
                    break  # "de Gaulle": the particle belongs to the surname; its given name was the word read
                if re.fullmatch(r"[A-Z]\.", word):
                    given.insert(0, word)  # "Katrin M. Kämpf": a middle initial (one alone is dropped below)
                    continue
                if not _is_given_name(word, lang, speakers) or _is_place(word, gazetteer):
                    break
                if given and words and words[-1] in PLACE_PREPOSITIONS:
                    break  # "le maire de Lyon Grégory Doucet": a place's name after its preposition, no given name
                given.insert(0, word)
            while given and given[0].endswith("."):
                given.pop(0)
            if given:
                found[" ".join([*given, *particles, surname])] = given[-1]
    longest = [name for name in found if not any(other.endswith(" " + name) for other in found)]
    if len(longest) != 1:
        return None
    name = longest[0]
    reverse = re.compile(rf"(?<![\w'’-]){re.escape(surname)}\s+{re.escape(found[name])}(?![\w'’-])")
    return None if any(reverse.search(text) for text, _ in page) else name


#: What may stand before a sentence's first word (nothing, a stop, a colon, a quote mark).
_SENTENCE_OPENERS = frozenset({"", ".", "!", "?", ":", "“", '"', "„", "«", "»", "”"})
#: A word and the spaces after it, read by :func:`full_names`.
_RUN_WORD = re.compile(r"([^\W\d_][\w'’-]*)([ \xa0]*)")


#: A photo credit's line, as page furniture reads one ("Foto: Ingo Schneider", "Bild: …").
_PHOTO_CREDIT = re.compile(dict(SHORT_LINE_CUES)["photo credit"])


def _is_photo_credit(text: str, start: int, run: list[str]) -> bool:
    """Whether a run of names ends a photo credit written in the flow of a block ("… einigen Erstis. Foto: Ingo
    Schneider", realpages dev10 r10-001): the photographer, no person a pronoun after it stands for."""
    clause = re.split(r"[.!?]\s", text[:start])[-1]
    return _PHOTO_CREDIT.fullmatch((clause + " ".join(run)).strip().lower()) is not None


def _capitalised_runs(text: str) -> list[tuple[int, list[str]]]:
    """Runs of two or more capitalised words with only spaces between, each with its start offset."""
    runs: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = position = -1
    for match in _RUN_WORD.finditer(text):
        word = match.group(1)
        capitalised = word[:1].isupper() and not word.isupper()
        if match.start() != position or not capitalised:
            if len(current) > 1:
                runs.append((start, current))
            current = []
        if capitalised:
            if not current:
                start = match.start()
            current.append(word)
        position = match.end() if match.group(2) else -1
    if len(current) > 1:
        runs.append((start, current))
    return runs


def full_names(text: str, lang: str, gazetteer: Gazetteer) -> list[str]:
    """The full names of persons ``text`` writes without a title ("When Dianne Austin decided …", "hält Napua
    Nameyan ihre Tochter"): up to :data:`MAX_GIVEN_NAMES` capitalised given names by their shape
    (:func:`_is_given_name`, no place the gazetteer knows) right before a surname that is no word the dictionary
    writes lower case, no speaker word, no place and (where nouns are capitalised) no compound noun; other
    capitalised words before the given names only as a sentence's first word ("When Dianne Austin …"), and no
    run the gazetteer knows whole. Where nouns are capitalised the surname is no word the dictionary holds at all,
    and a given name none it reads as a form of another word ("Wolken" of "Wolke"); a given name the dictionary
    holds as itself alone ("Ana", "Ben", "Moritz": proper nouns) has passed :func:`_is_given_name`'s test of noun
    forms ("Ana Patan … wie sie uns im Interview verriet": realpages dev10)."""
    from sift.machine_cache import dictionary_lemma

    speakers = SPEAKER_WORDS.get(lang, SpeakerWords())
    found: list[str] = []
    for start, run in _capitalised_runs(text):
        surname = run[-1]
        given: list[str] = []
        for word in reversed(run[:-1]):
            if len(given) == MAX_GIVEN_NAMES or not _is_given_name(word, lang, speakers) or _is_place(word, gazetteer):
                break
            given.insert(0, word)
        if not given or _known_name(" ".join(run), [], gazetteer) is not None or _is_photo_credit(text, start, run):
            continue
        titles = run[: len(run) - 1 - len(given)]
        described = speakers.capitalises_nouns and all(
            _is_speaker_noun(plain_tokens(word)[0], speakers) for word in titles
        )
        if titles and text[:start].rstrip()[-1:] not in _SENTENCE_OPENERS and not described:
            # "The New York Times": words before the given name that are no sentence's opening word, nor (where
            # nouns are capitalised) nouns that describe the person ("die Zeitzeugin Erna X")
            continue
        lemma = dictionary_lemma(surname, lang)
        if (lemma is not None and lemma[:1].islower()) or _is_speaker_noun(plain_tokens(surname)[0], speakers):
            continue
        # "Thomas Kramer", "Ben Platt", "Anna Fischer": after a known given name the tagger's lexicon tells
        lexicon = _lexicon_surname(surname, given[-1], lang) if speakers.capitalises_nouns and lemma else False
        if speakers.capitalises_nouns and (
            (lemma is not None and lexicon is False)
            or any(dictionary_lemma(word, lang) not in (None, word) for word in given)
        ):
            continue  # "Thema Nachhaltigkeit", "Wolken Bilder": where nouns are capitalised, a name is no noun
        compound = speakers.capitalises_nouns and not lexicon and _is_compound(surname, lang, nouns=True)
        if _is_place(surname, gazetteer) or compound:
            continue
        found.append(" ".join([*given, surname]))
    return found


#: Words that introduce a person by a given name and where they come from, by language ("Gesine aus Tübingen").
ORIGIN_WORDS = {"de": frozenset({"aus"})}
#: A given name, then its origin (a word of :data:`ORIGIN_WORDS` and a capitalised place) or an age in brackets
#: ("Gesine (18)"); the word before it is no capitalised one (a surname's given name is :func:`full_names`' to read).
_INTRODUCED = re.compile(
    r"(?<![\w'’.-])(?P<before>\S+\s+)?(?P<given>[^\W\d_][^\W\d_'’]+(?:-[^\W\d_][^\W\d_'’]+)?)"
    r"\s+(?:(?P<origin>\w+)\s+(?=[^\W\d_a-zß-ÿ])|\(\d{1,3}\))"
)


def introduced_given_names(text: str, lang: str, gazetteer: Gazetteer) -> list[str]:
    """Persons ``text`` introduces by a given name alone and where they come from or their age, as features on
    ordinary people do ("Gesine aus Tübingen läuft die Zeit davon. … schätzt sie.", realpages dev10 r10-001;
    "Gesine (18)"): the name passes :func:`_is_given_name` and is no place the gazetteer knows, and the word before
    it is no capitalised word but a sentence's first ("Frau Gesine aus …" is a title's, "Maria Gesine aus …" a
    full name's). Only where :data:`ORIGIN_WORDS` has the language's words."""
    origins = ORIGIN_WORDS.get(lang)
    if not origins:
        return []
    speakers = SPEAKER_WORDS.get(lang, SpeakerWords())
    found: list[str] = []
    for match in _INTRODUCED.finditer(text):
        origin, before, given = match.group("origin"), (match.group("before") or "").strip(), match.group("given")
        if origin is not None and origin.lower() not in origins:
            continue
        if not given[:1].isupper() or (before[:1].isupper() and before[-1:] not in _SENTENCE_OPENERS):
            continue
        if _is_given_name(given, lang, speakers) and not _is_place(given, gazetteer) and given not in found:
            found.append(given)
    return found


#: A word of letters on its own (no part of a hyphenated or abbreviated one), as :func:`lone_surname_names` reads one.
_CAPITALISED_WORD = re.compile(r"(?<![\w'’.-])[^\W\d_]{2,}(?![\w'’-])")


def lone_surname_names(
    text: str, lang: str, page: list[tuple[str, str]], gazetteer: Gazetteer, known: dict[str, str | None]
) -> list[str]:
    """The full names of the persons ``text`` calls by their surname alone, where the page writes that name in full
    ("Dass er sich bessern kann, zeigte Tsunoda schon …" on a page of "Yuki Tsunoda", realpages dev6): a
    capitalised word that is no sentence's first word, no word the dictionary holds and not the end of its full
    name written right there, whose one full name
    :func:`_full_name` finds (``known``: the page's full name of a lone word, looked up once per word) and
    :func:`full_names` reads as a name where the page writes it: no compound noun ("Fußgänger-und Radwegtunnel"),
    and no two names written side by side ("GROOVE-Autorin Charlotte Elsen Tobias Trommer", both realpages
    dev6)."""
    from sift.machine_cache import dictionary_lemma

    found: list[str] = []
    for match in _CAPITALISED_WORD.finditer(text):
        word = match.group()
        if not word[:1].isupper() or word.isupper() or text[: match.start()].rstrip()[-1:] in _SENTENCE_OPENERS:
            continue
        if dictionary_lemma(word, lang) is not None and not _bare_lexicon_surname(word, text[: match.start()], lang):
            continue
        if word not in known:
            known[word] = _full_name(word, lang, page, gazetteer)
        name = known[word]
        if name is None or text[: match.end()].endswith(name):
            continue  # written in full right here ("Ana Patan hat …"): full_names reads it
        if any(name in full_names(page_text, lang, gazetteer) for page_text in _holding(page, name)):
            found.append(name)
    return found


def _bare_lexicon_surname(word: str, before: str, lang: str) -> bool:
    """Whether a lone capitalised word the dictionary holds may still be a surname alone ("Heute leitet Fischer
    die Firma" on a page of "Anna Fischer"): German, no common noun first to the tagger's lexicon
    (:func:`_lexicon_surname`: "Haus" is none), and no article or other determiner before it ("die Fischer im
    Hafen" are fishermen). Its full name must still pass :func:`full_names`, so its given name is a known one."""
    if lang != "de":
        return False
    from sift.attribution.german import lexicon_tag

    previous = before.split()[-1:]
    speakers = SPEAKER_WORDS.get(lang, SpeakerWords())
    return lexicon_tag(word) != "NN" and not (previous and previous[0].lower() in speakers.determiners)


def _holding(page: list[tuple[str, str]], name: str) -> list[str]:
    """The texts of the page's blocks that write ``name``."""
    return [text for text, _ in page if name in text]


def _is_place(word: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer knows a word, or its genitive ("Frankreichs Macron"), as a place, body or outlet."""
    forms = [word, word[:-1]] if word.endswith("s") else [word]
    return any(_known_name(form, [], gazetteer) is not None for form in forms)


def is_known_given_name(word: str, lang: str) -> bool:
    """Whether a capitalised word is a given name the German tagger's lexicon knows as a proper noun ("Thomas",
    "Ben", "Peter": :func:`~sift.attribution.german.known_proper_nouns`), not one guessed by its shape alone; other
    languages have no such lexicon here. Places and bodies it also knows are the gazetteer's to tell apart."""
    if lang != "de" or not word[:1].isupper() or word.isupper():
        return False
    from sift.attribution.german import lexicon_tag

    return lexicon_tag(word) == "NE"


def _lexicon_surname(surname: str, given: str, lang: str) -> bool | None:
    """After a known given name (:func:`is_known_given_name`), whether a capitalised word the dictionary holds is
    a surname by the German tagger's lexicon: ``True`` for a word it reads first as a proper noun ("Thomas
    Fischer", "Anna Hoffmann": surnames, compounds of nouns or not), ``False`` for one it reads first as a common
    noun ("Anna Haus ist ein Projekt", "Thomas Bank"), ``None`` for any other ("Ben Platt", an adjective to it;
    "Thomas Kramer", a word it does not hold), which the other tests of a surname judge without the dictionary's
    word; ``False`` without a known given name, and for a word of a body's name or one the English dictionary
    writes lower case: the lexicon holds English names' words as proper nouns too ("Stanford University" on a
    German page, realpages dev8 r8-011, "Stanford" a known name; "Street", "School")."""
    if not is_known_given_name(given, lang) or _is_organisation_word(plain_tokens(surname)[0]):
        return False
    from sift.attribution.german import lexicon_tag
    from sift.machine_cache import dictionary_lemma

    english = dictionary_lemma(surname, "en")
    if english is not None and english[:1].islower():
        return False

    tag = lexicon_tag(surname)
    return None if tag != "NE" and tag != "NN" else tag == "NE"


def _is_given_name(word: str, lang: str, speakers: SpeakerWords) -> bool:
    """Whether a word written before a surname is a given name by its shape: capitalised letters (two parts with
    a hyphen: "Hans-Peter"), no acronym, no speaker word ("Minister", "Klimaaktivistin"), no word the dictionary
    writes lower case ("Said", "Auch", "Laut"), and where every noun is capitalised no compound ("Siemens-Chef"),
    no noun whose plural or case forms the dictionary knows ("Trainer", "Kollege") and no such form itself
    ("Angaben")."""
    from sift.machine_cache import dictionary_lemma

    if not _LONE_WORD.fullmatch(word) or not word[:1].isupper() or word.isupper():
        return False
    lowered = word.lower()
    if lowered in speakers.determiners or lowered in speakers.nationality_nouns:
        return False  # "der Franzose Jean Dupont"
    row = LANGUAGES.get(lang)
    if row is not None and lowered in row.time_words:
        return False  # "sagte am Montag Kornbauer", "On Tuesday Keeler said"
    if _is_speaker_noun(plain_tokens(word)[0], speakers, documents=True):
        return False
    lemma = dictionary_lemma(word, lang)
    if lemma is not None and not lemma[:1].isupper():
        return False
    if not speakers.capitalises_nouns or is_known_given_name(word, lang):
        return True  # "Peter", "Hans": the tagger's lexicon knows the name, whatever noun forms the dictionary has
    if lemma is not None and lemma != word:
        return False  # a noun's plural or case form ("Nach Angaben von Siemens": "Angaben" is no given name)
    if _is_compound(word, lang, nouns=True):
        return False
    vowel = max(word.rfind(v) for v in "aou")
    umlauted = word if vowel < 0 else word[:vowel] + word[vowel].translate(_UMLAUT) + word[vowel + 1 :]
    endings = row.noun_form_endings if row is not None else ()
    forms = {base + ending for base in (word, umlauted) for ending in endings} - {word}
    return not any(dictionary_lemma(form, lang) == word for form in forms)


def names_read_as_nouns(tokens: list[Token], lang: str) -> list[Token]:
    """The tokens of a source span with a person's name the tagger read as two nouns tagged as proper nouns
    (issue #18: "Laut Reimund Schwarze ist das falsch", "Nach Angaben von Reimund Schwarze": HanTa guesses a noun
    for a capitalised word its lexicon lacks, and "Schwarze" is a word, so the span named nobody; at a sentence's
    start HanTa reads the same words as a name). Where every noun is capitalised: two capitalised words tagged as
    nouns, the first neither in HanTa's lexicon nor in the dictionary (an unknown capitalised word, as given names
    are: no noun a page uses would be both), no speaker word nor agent noun by its ending ("Arbeitsrechtlerin"),
    the second no speaker word, and no article or adjective right before them ("der Verein Mehr Demokratie", "die
    Grüne Jugend" stay nouns)."""
    speakers = SPEAKER_WORDS.get(lang)
    if speakers is None or not speakers.capitalises_nouns:
        return tokens
    from sift.attribution.german import lexicon_tag
    from sift.machine_cache import dictionary_lemma

    out = list(tokens)
    for i in range(len(out) - 1):
        given, surname = out[i], out[i + 1]
        if given.pos != "NOUN" or surname.pos != "NOUN":
            continue
        if not all(
            _LONE_WORD.fullmatch(t.text) and t.text[:1].isupper() and not t.text.isupper() for t in (given, surname)
        ):
            continue
        before = out[i - 1] if i > 0 else None
        if before is not None and (before.pos in ("DET", "ADJ") or before.text.lower() in speakers.determiners):
            continue
        if any(_is_speaker_noun(t, speakers) for t in (given, surname)) or given.text.lower().endswith(
            speakers.agent_endings
        ):
            continue  # "Laut Arbeitsrechtlerin Bürger" (realpages dev7): an agent noun by its ending, a title
        if lexicon_tag(given.text) is not None or dictionary_lemma(given.text, lang) is not None:
            continue
        out[i] = replace(given, lemma=given.text, pos="PROPN")
        out[i + 1] = replace(surname, lemma=surname.text, pos="PROPN")
    return out
