"""Outlet names folded so that spellings across scripts and languages meet ("РИА Новости" = "RIA Novosti").

Folding transliterates to ASCII (``anyascii``: accents, Cyrillic, Greek, CJK, Arabic…), folds case with the
lexicon's ``fold``, drops apostrophes and punctuation, joins spelled-out acronyms ("A.F.P." = "AFP") and drops
a leading article ("the", "l'", "die"…). The table's names and the text looked up go through the same folding.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from sift.lexicon.fold import fold
from sift.lexicon.languages import LANGUAGES

__all__ = [
    "DESCRIPTORS",
    "KIND_NOUNS",
    "MIN_LABEL_CHARS",
    "after_kind",
    "article_label",
    "fold_name",
    "inflections",
    "label_keys",
    "name_keys",
    "name_within",
    "possessor",
]

_POSSESSIVE = re.compile(r"['’]s\b")
#: French elided articles and prepositions ("l'AFP", "d'Al Jazeera"): the apostrophe would glue them on.
_ELISION = re.compile(r"\b(?:l|d|qu)['’](?=\w)")
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
#: Articles that may precede an outlet's name, dropped at the start only: the lexicon's rows (fr, de, es) and
#: those its rows leave out (English, the German neuter, Italian, Portuguese, the elided French "l'").
_ARTICLES = frozenset(article for row in LANGUAGES.values() for article in row.articles) | frozenset(
    {"the", "l", "das", "il", "lo", "o"}
)
#: Separators between names of one outlet written together ("Xinhua/新华社", "RFE/RL" is kept whole too).
_ALTERNATIVES = re.compile(r"\s*[/|]\s*")
#: Domain labels shorter than this name too many things ("fas" is fas.org, not the F.A.S.).
MIN_LABEL_CHARS = 4
#: Articles some outlets carry in their domain only (leparisien.fr, elpais.com, thetimes.co.uk): a page writes
#: "du Parisien", "El País" or "the Times" and the dataset knows only the domain.
_LABEL_ARTICLES = ("the", "le", "la", "les", "el", "il", "lo", "die", "der", "das", "o")
#: Prepositions with an article inside, and that article: "du Parisien" (de + le), "del País" (de + el).
_CONTRACTIONS = {
    "du": "le",
    "au": "le",
    "des": "les",
    "aux": "les",
    "del": "el",
    "al": "el",
    "do": "o",
    "no": "o",
    "dello": "lo",
    "allo": "lo",
    "l": "le",
}
#: Shortest word tried with a domain article in front ("Parisien"): shorter ones ("Times", "Mundo", "Post")
#: are words many outlets' names share (a judgement, not fitted on any data).
MIN_ARTICLE_LABEL_CHARS = 6
#: An owner's possessive before the rest of a mention: "ET-News‘ Insidern", "CNN's Jake Tapper", "Reuters' report".
_POSSESSOR = re.compile(r"^(?P<owner>.*?\w)['’‘ʼ]s?\s+\S")
#: Adjectives that may stand between a kind noun and the name after it ("la agencia estatal china Xinhua").
MAX_POSTNOMINAL = 2
#: Most declined forms tried for one name.
MAX_INFLECTIONS = 8


@lru_cache(maxsize=16384)
def fold_name(text: str) -> str:
    """The comparison form of a name: ASCII, lower case, words separated by one space ("" if nothing is left)."""
    from anyascii import anyascii

    # Transliterate before any accent stripping: the lexicon's ``fold`` (NFKD) would strip the breve of the
    # Cyrillic "й" and turn "Первый" into "pervyi", apart from the usual "Pervyy".
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = anyascii(text)
    text = _ELISION.sub(" ", fold(text, casefold=True))
    text = _APOSTROPHES.sub("", _POSSESSIVE.sub("", text)).replace("&", " and ")
    words = _NON_ALNUM.sub(" ", text).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(_join_initials(words))


def _join_initials(words: list[str]) -> list[str]:
    """Runs of single letters become one word: ``a f p`` → ``afp``."""
    joined: list[str] = []
    run = ""
    for word in words:
        if len(word) == 1 and word.isalpha():
            run += word
            continue
        if run:
            joined.append(run)
            run = ""
        joined.append(word)
    if run:
        joined.append(run)
    return joined


def name_keys(text: str) -> list[str]:
    """The folded forms to look ``text`` up under: the whole, then each of its ``/``-separated alternatives."""
    keys = [fold_name(text)]
    parts = _ALTERNATIVES.split(text)
    if len(parts) > 1:
        keys.extend(fold_name(part) for part in parts)
    return [key for key in dict.fromkeys(keys) if key]


def label_keys(text: str, keys: list[str]) -> list[str]:
    """Words a name may be written as a domain (``thehill`` for "The Hill"): ``text`` squashed with its article
    kept, then each of its folded ``keys`` squashed; shorter than ``MIN_LABEL_CHARS`` is too ambiguous."""
    from anyascii import anyascii

    written = _NON_ALNUM.sub("", anyascii(unicodedata.normalize("NFKC", text)).casefold())
    words = [written, *(key.replace(" ", "") for key in keys)]
    articles = _written_articles(text)
    for key in keys:  # "Parisien" → leparisien; never a generic word ("Zeitung" is not diezeitung.de's name)
        squashed = key.replace(" ", "")
        if len(squashed) >= MIN_ARTICLE_LABEL_CHARS and not all(word in DESCRIPTORS for word in key.split()):
            words.extend(article + squashed for article in articles)
    return [word for word in dict.fromkeys(words) if len(word) >= MIN_LABEL_CHARS]


def article_label(text: str) -> str | None:
    """``text`` squashed with its leading article when it has one ("El País" → ``elpais``), else ``None``: such a
    domain label names the outlet more closely than the name without its article ("pais" is also O País)."""
    words = fold(_ELISION.sub(lambda m: m.group(0)[0] + " ", text), casefold=True).split(maxsplit=1)
    if len(words) < 2 or (_NON_ALNUM.sub("", words[0]) not in (*_LABEL_ARTICLES, "l")):
        return None
    from anyascii import anyascii

    label = _NON_ALNUM.sub("", anyascii(unicodedata.normalize("NFKC", text)).casefold())
    return label if len(label) >= MIN_LABEL_CHARS else None


def _written_articles(text: str) -> tuple[str, ...]:
    """The domain articles to try for ``text``: the one it is written with ("The Sentinel" is not
    lasentinel.net; "du Parisien" has "le" inside), else any."""
    words = fold(_ELISION.sub(lambda m: m.group(0)[0] + " ", text), casefold=True).split(maxsplit=1)
    first = _NON_ALNUM.sub("", words[0]) if len(words) > 1 else ""
    if first in _LABEL_ARTICLES:
        return (first,)
    if first in _CONTRACTIONS:
        return (_CONTRACTIONS[first],)
    return _LABEL_ARTICLES


def inflections(key: str) -> list[str]:
    """``key``, then forms with case endings taken off: German ("frankfurter allgemeinen zeitung" →
    "frankfurter allgemeine zeitung", "handelsblatts" → "handelsblatt") and the Polish feminine genitive,
    dative and locative ("rzeczpospolitej" → "rzeczpospolita"; the instrumental "-ą" folds to "a"
    already; "wyborczej" → "wyborcza"): pages decline outlets' names."""
    options = []
    for word in key.split():
        forms = [word]
        if len(word) >= 5 and word.endswith("en"):
            forms.append(word[:-1])
        if len(word) >= 6 and word.endswith("s") and not word.endswith("ss"):
            forms.append(word[:-1])
        if len(word) >= 6 and word.endswith("ej"):
            forms.append(word[:-2] + "a")
        options.append(forms)
    variants = [""]
    for forms in options:
        variants = [f"{head} {form}".strip() for head in variants for form in forms][:MAX_INFLECTIONS]
    return list(dict.fromkeys([key, *variants]))


def name_within(key: str, known: Callable[[str], bool]) -> str | None:
    """The longest known name inside a mention whose other words only describe it, or ``None``.

    "Russian news agency Sputnik" and "l'agence de presse russe Sputnik" give ``sputnik``; "Hindustan Times"
    does not give ``times``, because "hindustan" is not a descriptor (``DESCRIPTORS``).

    Args:
        key: the folded mention.
        known: whether a folded name is in the table.
    """
    words = key.split()
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            inner = words[start : start + size]
            rest = words[:start] + words[start + size :]
            if all(word in DESCRIPTORS for word in inner):
                continue  # "presse" in "Deutschen Presse-Agentur" is a word, not La Presse
            candidate = " ".join(inner)
            if all(word in DESCRIPTORS for word in rest) and known(candidate):
                return candidate
    return None


def possessor(text: str) -> str | None:
    """The owner in a possessive mention ("ET-News‘ Insidern" → "ET-News", "CNN's reporter" → "CNN"), or
    ``None``: the relay is the outlet whose people or report the rest of the mention names."""
    match = _POSSESSOR.match(text.strip())
    return match.group("owner") if match else None


def after_kind(key: str) -> list[str]:
    """Where an outlet's name may stand in apposition to the last outlet-kind noun of a folded mention: the
    words after it, then without the one or two adjectives Romance languages put after the noun
    ("dem sudkoreanischen magazin et news" → "et news"; "la agencia espanola efe" → …, "efe"). Whatever
    describes the kind noun before it is left aside. Empty without a kind noun followed by words."""
    words = key.split()
    for index in range(len(words) - 2, -1, -1):
        if _is_kind_noun(words[index]):
            tail = words[index + 1 :]
            names = [" ".join(tail[skip:]) for skip in range(min(MAX_POSTNOMINAL, len(tail) - 1) + 1)]
            # past the first, a tail of descriptors only is no name: "agencia de noticias" is not Noticias
            return names[:1] + [name for name in names[1:] if not all(w in DESCRIPTORS for w in name.split())]
    return []


def _is_kind_noun(word: str) -> bool:
    """A kind noun, also declined ("des Magazins", "dziennika", "der Zeitungen")."""
    forms = (word, word[:-1], word[:-2]) if len(word) >= 5 else (word,)
    return any(form in KIND_NOUNS for form in forms)


#: Words that describe an outlet without naming it (folded): kinds of outlet, state ties, nationalities
#: (en/fr/de/es/pt/it/pl), words for "news", and small function words. Only these may surround a name found
#: inside a longer mention.
_DESCRIPTOR_WORDS = """
a an of the de du des la le les l d der die das den dem des von vom und and et in im au aux en
news agency newspaper paper daily weekly magazine outlet outlets media channel tv television radio broadcaster
station network website site portal service wire broadcasting publication tabloid press state owned
run backed funded controlled affiliated government official kremlin beijing pro propaganda mouthpiece
agence presse journal quotidien hebdomadaire chaine radiodiffuseur diffuseur site media medias
etat public publique gouvernemental gouvernementale officiel officielle
nachrichtenagentur agentur zeitung tageszeitung wochenzeitung magazin sender fernsehsender rundfunk
portal onlineportal staatliche staatlichen staatlicher staatsnahe staatsnahen staatssender kremlnahe
kremlnahen regierungsnahe staats nachrichtenportal nachrichtensender
russian russia russe russes russische russischen russischer chinese china chinois chinoise chinesische
chinesischen american us americain americaine amerikanische amerikanischen british britannique britische
britischen french francais francaise franzosische franzosischen german allemand allemande deutsche deutschen
iranian iranien iranienne iranische iranischen turkish turc turque turkische turkischen ukrainian ukrainien
ukrainienne ukrainische ukrainischen syrian syrien syrienne syrische syrischen qatari qatarien katarische
belarusian bielorusse belarussische international internationale english anglais
journalist journalists reporter reporters correspondent editor report reports story interview
journaliste journalistes correspondant correspondante reportage article
journalistin journalisten korrespondent korrespondentin reporterin bericht berichte berichten artikel
ein eine einem einen einer eines un une uno una um uma el los las del o os as do da dos das no na
periodico diario jornal revista agencia cadena emisora periodista reportero
ruso rusa russo russa rosyjski rosyjska rosyjskiej chino china cinese chines chinesa chinski chinska
estadounidense norteamericano norteamericana americano americana americano amerykanski amerykanska
britanico britanica britannico britannica brytyjski brytyjska frances francesa francese francuski francuska
aleman alemana tedesco tedesca alemao alema niemiecki niemiecka irani iraniano iraniana iranski iranska
turco turca turecki turecka ucraniano ucraniana ucraino ucraina ukrainski ukrainska sirio siria syryjski
estatal oficial statale ufficiale panstwowy panstwowa panstwowej rzadowy rzadowa publico publica pubblico
noticias noticia nachrichten informacion informacoes actualites actualite notizie wiadomosci informacji
"""
DESCRIPTORS = frozenset(_DESCRIPTOR_WORDS.split())
#: Nouns for kinds of outlet (folded, en/fr/de/es/pt/it/pl): a name right after one is in apposition to it
#: ("the South Korean magazine ET-News"), so the words before the noun may be anything.
_KIND_WORDS = """
agency newspaper magazine channel broadcaster tabloid daily weekly wire website portal outlet
agence journal quotidien hebdomadaire magazine chaine radiodiffuseur
nachrichtenagentur agentur presseagentur zeitung tageszeitung wochenzeitung magazin sender fernsehsender
nachrichtenportal nachrichtensender onlineportal
agencia periodico diario revista cadena emisora jornal canal semanario
agenzia giornale quotidiano settimanale rivista emittente testata stampa prensa imprensa
agencja prasowa gazeta dziennik tygodnik magazyn portal stacja telewizja
"""
KIND_NOUNS = frozenset(_KIND_WORDS.split())
