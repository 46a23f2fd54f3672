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

__all__ = ["DESCRIPTORS", "MIN_LABEL_CHARS", "fold_name", "inflections", "label_keys", "name_keys", "name_within"]

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
    words = (written, *(key.replace(" ", "") for key in keys))
    return [word for word in dict.fromkeys(words) if len(word) >= MIN_LABEL_CHARS]


def inflections(key: str) -> list[str]:
    """``key``, then forms with German case endings taken off ("frankfurter allgemeinen zeitung" →
    "frankfurter allgemeine zeitung", "handelsblatts" → "handelsblatt"): pages decline outlets' names."""
    options = []
    for word in key.split():
        forms = [word]
        if len(word) >= 5 and word.endswith("en"):
            forms.append(word[:-1])
        if len(word) >= 6 and word.endswith("s") and not word.endswith("ss"):
            forms.append(word[:-1])
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


#: Words that describe an outlet without naming it (folded): kinds of outlet, state ties, nationalities
#: (en/fr/de), and small function words. Only these may surround a name found inside a longer mention.
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
"""
DESCRIPTORS = frozenset(_DESCRIPTOR_WORDS.split())
