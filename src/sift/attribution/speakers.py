"""One speaker per real-world entity across a document: names, pronouns and titles resolved across EN, FR and DE.

Person names are matched on a transliteration key of the surname (Klintsevitch, Klintsevich and Klinzewitsch
all become ``klincevich``), institutions on a key built from a small multilingual lexicon of institution
types, domains and countries (Russian Defense Ministry, ministère russe de la Défense and russisches
Verteidigungsministerium all become ``ministry|defense|russia``). Pronouns and bare nominals ("it", "the
ministry", "le sénateur", "den Parlamentarier") take the most recent compatible entity mentioned before.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sift.document import Speaker
from sift.lexicon.fold import fold
from sift.lexicon.languages import word_set

__all__ = ["SourceMention", "resolve_speakers", "transliteration_key"]

DETERMINERS = word_set(
    """
    the a an le la les l' der die das den dem des ein eine einen
    """
)
PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "il", "elle", "er", "i", "je", "ich"])
THING_PRONOUNS = frozenset(["it", "es"])
ANY_PRONOUNS = frozenset(["they", "who", "we", "ils", "elles", "sie", "wir", "on"])
#: Relative pronouns name no speaker of their own ("photos which show …"): left unresolved.
RELATIVE_PRONOUNS = frozenset(["which", "that", "qui", "que"])

#: Institution types, domains and countries: each canonical key with its spellings (lowercase, accents kept).
INSTITUTIONS = {
    "ministry": ("ministry", "ministère", "ministerium", "ministerio"),
    "government": ("government", "gouvernement", "regierung"),
    "army": ("army", "armée", "armee", "military", "militaire"),
    "kremlin": ("kremlin", "kreml"),
    "pentagon": ("pentagon",),
    "coalition": ("coalition", "koalition"),
    "committee": ("committee", "commission", "ausschuss"),
    "press-service": ("press service", "service de presse", "pressedienst", "pressestelle"),
    "embassy": ("embassy", "ambassade", "botschaft"),
    "white-house": ("white house", "maison blanche", "weißes haus", "weiße haus"),
    "state-department": ("state department", "département d'état", "außenministerium"),
}
DOMAINS = {
    "defense": ("defense", "defence", "défense", "verteidigung"),
    "foreign": ("foreign affairs", "affaires étrangères", "auswärtig"),
    "interior": ("interior", "intérieur", "innenminister", "inneren"),
}
COUNTRIES = {
    "russia": ("russia", "russe", "russie", "russisch", "russland"),
    "us": ("united states", "u.s.", "american", "américain", "amerikanisch", "usa", "états-unis"),
    "syria": ("syria", "syrie", "syrien", "syrisch"),
    "france": ("france", "french", "français", "frankreich", "französisch"),
    "germany": ("germany", "german", "allemand", "allemagne", "deutschland", "deutsch"),
}
#: Short names of states that speak through their government ("the US refused …").
STATES = {"us": ("us", "u.s.", "america", "washington"), "russia": ("moscow", "moscou", "moskau")}
#: Titles that make a person a politician, across languages (also used to resolve "the senator").
POLITICIAN_TITLES = (
    "senator", "sénateur", "parlamentarier", "parliamentarian", "lawmaker", "congressman", "congresswoman",
    "député", "abgeordnete", "minister", "ministre", "president", "président", "präsident", "vizechef",
    "vice-président", "vice-president", "chancellor", "chancelier", "kanzler", "governor", "gouverneur",
    "mayor", "maire", "bürgermeister", "politician", "politicien", "politiker", "prime minister",
)  # fmt: skip
OUTLETS = (
    "sputnik", "tass", "ria novosti", "rt", "reuters", "afp", "ap", "associated press", "bbc", "cnn", "interfax",
    "itar-tass", "le monde", "le figaro", "der spiegel", "spiegel", "bild", "dpa", "fox news", "new york times",
    "washington post", "new york post",
)  # fmt: skip
OUTLET_CUES = frozenset({"report", "rapporter", "berichten", "publish", "publier", "zitieren"})

_TRANSLITERATIONS = (
    ("sch", "sh"), ("tsh", "ch"), ("tch", "ch"), ("tz", "c"), ("ts", "c"), ("z", "c"), ("w", "v"),
    ("ph", "f"), ("y", "i"), ("j", "i"), ("ck", "k"), ("kh", "h"),
)  # fmt: skip
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+")


@dataclass(slots=True)
class SourceMention:
    """A source or relay span to resolve, in document order, with what is needed to classify it."""

    text: str
    lang: str
    attribution: str
    context: str = ""
    cue_lemma: str | None = None


@dataclass(slots=True)
class _Entity:
    kind: str  # person | institution | outlet | other
    key: str
    names: Counter[tuple[bool, int, str]] = field(default_factory=Counter)
    has_title: bool = False
    languages: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)


def transliteration_key(name: str) -> str:
    """A spelling-insensitive key for a Latin-script transliterated name (Klinzewitsch -> klincevich)."""
    key = fold(name)
    for old, new in _TRANSLITERATIONS:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", key))


def _strip_determiners(text: str) -> str:
    words = text.replace("’", "'").split()
    while words and (words[0].lower() in DETERMINERS or words[0].lower().startswith("l'")):
        if words[0].lower().startswith("l'") and len(words[0]) > 2:
            words[0] = words[0][2:]
            break
        words = words[1:]
    name = " ".join(words)
    return re.sub(r"'s$", "", name).strip(" ,.")


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


def _has_title(text: str) -> bool:
    lowered = text.lower()
    return any(title in lowered for title in POLITICIAN_TITLES)


def _classify(mention: SourceMention) -> tuple[str, str]:
    """(kind, key) of a mention; kind ``pronoun:<class>`` or ``title`` means: resolve to an earlier entity."""
    name = _strip_determiners(mention.text)
    lowered = name.lower()
    if lowered in PERSON_PRONOUNS:
        return "pronoun:person", ""
    if lowered in THING_PRONOUNS:
        return "pronoun:thing", ""
    if lowered in ANY_PRONOUNS:
        return "pronoun:any", ""
    if lowered in RELATIVE_PRONOUNS or not lowered:
        return "relative", ""
    if lowered in OUTLETS or fold(name) in OUTLETS:
        return "outlet", transliteration_key(name)
    country = next(
        (key for key, spellings in COUNTRIES.items() if lowered in spellings or lowered in STATES.get(key, ())), None
    )
    if country is not None:
        return "institution", f"state|{country}"
    institution = _institution_key(name)
    if institution is not None:
        return "institution", institution
    names = _person_name(name).split()
    if not names and _has_title(name):
        return "title", ""
    if names:
        if mention.cue_lemma in OUTLET_CUES and len(names) == 1:
            return "outlet", transliteration_key(names[-1])
        return "person", transliteration_key(names[-1])
    return "other", fold(name)


def _person_name(text: str) -> str:
    """The last run of capitalised words that are not titles ("le sénateur russe Frantz Klintsevitch" -> the name)."""
    runs: list[list[str]] = [[]]
    for word in text.split():
        if _CAPITALISED.fullmatch(word) and word.lower() not in DETERMINERS and not _has_title(word):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    named = [run for run in runs if run]
    return " ".join(named[-1]) if named else ""


def _find(entities: list[_Entity], kind: str, key: str) -> _Entity | None:
    """The most recent entity this mention refers to (exact key, or a partial institution key)."""
    for entity in reversed(entities):
        if kind.startswith("pronoun:"):
            wanted = kind.split(":", 1)[1]
            if wanted == "any" or (wanted == "person") == (entity.kind == "person"):
                return entity
        elif kind == "title":
            if entity.kind == "person" and entity.has_title:
                return entity
        elif kind == "institution" and entity.kind == "institution":
            if set(key.split("|")) <= set(entity.key.split("|")) or set(entity.key.split("|")) <= set(key.split("|")):
                return entity
        elif entity.kind == kind and entity.key == key:
            return entity
    if kind == "title":
        return next((e for e in reversed(entities) if e.kind == "person"), None)
    return None


def _role(entity: _Entity) -> str:
    if entity.kind == "institution":
        return "official body"
    if entity.kind == "outlet":
        return "outlet"
    if entity.kind == "person":
        return "politician" if entity.has_title else "person"
    return "unknown"


def resolve_speakers(mentions: list[SourceMention]) -> tuple[list[str | None], list[Speaker]]:
    """Resolve each mention to a speaker; returns the speaker name per mention and the speakers.

    Args:
        mentions: source and relay mentions in document order.

    Returns:
        The speaker name for each mention (``None`` when a pronoun has no antecedent), and one
        :class:`~sift.document.Speaker` per entity, in order of first mention.
    """
    entities: list[_Entity] = []  # in order of first mention
    recent: list[_Entity] = []  # least recently mentioned first
    chosen: list[_Entity | None] = []
    for mention in mentions:
        kind, key = _classify(mention)
        entity = _find(recent, kind, key)
        if entity is None and not kind.startswith("pronoun:") and kind not in ("title", "relative"):
            entity = _Entity(kind=kind, key=key)
            entities.append(entity)
        elif entity is not None and kind == "institution" and len(key) > len(entity.key):
            entity.key = key
        chosen.append(entity)
        if entity is None:
            continue
        if entity in recent:
            recent.remove(entity)
        recent.append(entity)
        if kind not in ("title",) and not kind.startswith("pronoun:"):
            name = _person_name(mention.text) if kind == "person" else _strip_determiners(mention.text)
            entity.names[(mention.lang == "en", len(name.split()), name)] += 1
        entity.has_title = entity.has_title or _has_title(f"{mention.text} {mention.context}")
        if mention.lang not in entity.languages:
            entity.languages.append(mention.lang)
        if mention.attribution not in entity.attributions:
            entity.attributions.append(mention.attribution)
    speakers: list[Speaker] = []
    names: dict[int, str] = {}
    for number, entity in enumerate(entities):
        ranked = sorted(entity.names, key=lambda item: (item[0], min(item[1], 4), entity.names[item]), reverse=True)
        name = ranked[0][2]
        names[id(entity)] = name
        aliases = sorted({alias for _, _, alias in entity.names} - {name})
        speakers.append(
            Speaker(
                id=f"sp{number}",
                name=name,
                role=_role(entity),
                aliases=aliases,
                languages=list(entity.languages),
                attributions=list(entity.attributions),
            )
        )
    return [names[id(entity)] if entity is not None else None for entity in chosen], speakers
