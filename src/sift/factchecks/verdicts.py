"""Map the ratings publishers write ("Faux", "Pants on Fire", "2/5", "Irreführend") to sift's verdicts.

Ratings are folded (case, accents, punctuation), looked up as whole labels in the rating language's
table, then in every language's table, then matched against keyword rules ordered from the most to the
least specific ("mostly false" before "false", "not true" before "true"). Anything unknown is ``other``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sift.lexicon.fold import fold

__all__ = ["normalise_verdict", "scale_verdict"]

_NON_WORD = re.compile(r"[^\w/.,]+")
_NUMERIC = re.compile(
    r"^(\d+(?:[.,]\d+)?)\s*(?:/|out of|of|sur|von|de|su)\s*(\d+(?:[.,]\d+)?)$",
)

#: Whole labels, by language, where a word-level rule would get it wrong or a scale has house names.
_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "pants on fire": "false",
        "pants fire": "false",
        "barely true": "mostly-false",
        "four pinocchios": "false",
        "three pinocchios": "mostly-false",
        "two pinocchios": "mixed",
        "one pinocchio": "mostly-true",
        "geppetto checkmark": "true",
        "correct attribution": "true",
        "misattributed": "false",
        "legend": "unproven",
        "research in progress": "unproven",
        "outdated": "mixed",
        "full flop": "other",
        "half flip": "other",
        "no flip": "other",
    },
    "fr": {"c est plus complique": "mixed", "intox": "false", "infonde": "unproven", "a nuancer": "mixed"},
    "de": {"frei erfunden": "false", "stimmt nicht": "false", "stimmt": "true", "teils teils": "mixed"},
    "es": {"bulo": "false", "cuestionable": "mixed", "verdadero pero": "mostly-true", "ficcion": "false"},
    "it": {"ni": "mixed", "panzana pazzesca": "false", "pinocchio andante": "false", "c eri quasi": "mostly-true"},
    "pt": {"impreciso": "mixed", "insustentavel": "unproven", "verdadeiro mas": "mostly-true"},
}

_TRUE = r"(?:true|correct|accurate|vrai|exact|juste|richtig|wahr|zutreffend|verdadero|cierto|vero|verdadeiro)"
_FALSE = r"(?:false|faux|fausse|falsch|falso|falsa)"

#: Keyword rules, first match wins; order is from specific to general.
_RULES: tuple[tuple[str, str], ...] = (
    ("other", r"satir\w*|parod\w*|humou?r|joke|blague|witz|broma|scherzo|piada"),
    (
        "false",
        r"not (?:true|correct|accurate)|untrue|inaccurate|incorrect|wrong|pas (?:vrai|exact|juste)|inexact\w*"
        r"|nicht (?:wahr|richtig|zutreffend)|unwahr|no es (?:cierto|verdad)|incorrect[oa]|inexact[oa]"
        r"|non e vero|errat[oa]|nao e verdade|errad[oa]|incorret[oa]",
    ),
    (
        "mostly-false",
        r"(?:mostly|largely|mainly|plutot|essentiellement|uberwiegend|weitgehend|grosstenteils|mayormente"
        r"|mayoritariamente|casi|principalmente|per lo piu|quasi|prevalentemente|maioritariamente|praticamente"
        rf"|em grande parte|en gran parte|in gran parte) {_FALSE}",
    ),
    (
        "mostly-true",
        r"(?:mostly|largely|mainly|plutot|essentiellement|uberwiegend|weitgehend|grosstenteils|mayormente"
        r"|mayoritariamente|casi|principalmente|per lo piu|quasi|prevalentemente|maioritariamente|praticamente"
        rf"|em grande parte|en gran parte|in gran parte) {_TRUE}",
    ),
    (
        "mixed",
        rf"half (?:true|truth)|mixture|mixed|(?:partly|partially|partiellement|en partie|teilweise|halb"
        rf"|parcialmente|in parte|parzialmente|em parte) {_TRUE}|(?:partly|partially|partiellement|en partie"
        rf"|teilweise|parcialmente|in parte|parzialmente|em parte) {_FALSE}|moitie vrai|halbwahr|{_TRUE} mais"
        r"|verdad a medias|medio verdadero|mezza verita|meia verdade|exaggerat\w*|exagere\w*|ubertrieben"
        r"|exagerad[oa]|esagerat[oa]",
    ),
    (
        "unproven",
        r"unprov\w*|unverifi\w*|unsubstantiated|unsupported|no evidence|(?:lack of|insufficient) evidence"
        r"|undetermined|unclear|non prouve\w*|inverifiable|pas de preuve|sans preuve|non verifie\w*|unbelegt"
        r"|unbewiesen|nicht belegt|nicht (?:verifiziert|uberprufbar)|unklar|sin pruebas|sin evidencia"
        r"|no verificable|inverificable|no probado|non provato|non verificat[oa]|non verificabile|senza prove"
        r"|sem provas|nao comprovado|inconclusiv[oa]|sem evidencias",
    ),
    (
        "mostly-false",
        r"misleading|out of context|missing context|lacks context|needs context|cherry ?pick\w*|miscaptioned"
        r"|distorted|trompeu\w*|hors contexte|sorti de son contexte|manque de contexte|detourne\w*"
        r"|irrefuhrend\w*|aus dem zusammenhang gerissen|fehlender kontext|ohne kontext|verzerrt|enganos[oa]"
        r"|sacad[oa] de contexto|fuera de contexto|descontextualizad[oa]|falta contexto|fuorviant\w*"
        r"|fuori contesto|decontestualizzat[oa]|fora de contexto|distorcid[oa]|enganador\w*",
    ),
    (
        "false",
        r"altered|manipulated|doctored|edited|photoshopped|fabricated|fake|hoax|scam|fabrique\w*|montage"
        r"|truque\w*|manipule\w*|retouche\w*|infox|arnaque|manipuliert|gefalscht|bearbeitet|erfunden"
        r"|manipulad[oa]|trucad[oa]|alterad[oa]|editad[oa]|montaje|bulo|estafa|manipolat[oa]|falsificat[oa]"
        rf"|fotomontaggio|bufala|truffa|adulterad[oa]|montagem|golpe|myth|mythe|mito|{_FALSE}",
    ),
    ("true", rf"{_TRUE}|verdad|verdade|correct[oa]|corretto|esatto|exact[oa]|correto|confirm\w*|bestatigt"),
)
_COMPILED = tuple((verdict, re.compile(rf"\b(?:{pattern})\b")) for verdict, pattern in _RULES)


def scale_verdict(value: float, best: float, worst: float = 1.0) -> str:
    """Verdict for a numeric rating on a ``worst``..``best`` scale (ClaimReview: best means true).

    Returns ``other`` for a degenerate scale or a value outside it.
    """
    if best == worst or not min(worst, best) <= value <= max(worst, best):
        return "other"
    fraction = (value - worst) / (best - worst)
    index = min(4, int(fraction * 5))  # five equal bands: false … true
    return ("false", "mostly-false", "mixed", "mostly-true", "true")[index]


def _numeric_verdict(label: str) -> str | None:
    match = _NUMERIC.match(label)
    if match is None:
        return None
    value, best = (float(group.replace(",", ".")) for group in match.groups())
    return scale_verdict(value, best, worst=0.0 if value < 1 else 1.0)


@lru_cache(maxsize=4096)  # pure, and feeds repeat a few hundred labels hundreds of thousands of times
def normalise_verdict(textual_rating: str, language: str | None) -> str:
    """One of ``VERDICTS`` for a publisher's rating.

    Args:
        textual_rating: the publisher's wording (ClaimReview ``alternateName``/``textualRating``), or a
            numeric rating such as ``"2/5"`` or ``"1 out of 5"``.
        language: BCP 47 code of the rating (``"fr"``, ``"pt-BR"``) or ``None``; its house labels are
            tried first.

    Returns:
        A verdict from :data:`sift.factchecks.record.VERDICTS`; ``other`` when the rating is not recognised.
    """
    label = " ".join(_NON_WORD.sub(" ", fold(textual_rating, casefold=True)).split()).strip(" .,")
    if not label:
        return "other"
    numeric = _numeric_verdict(label)
    if numeric is not None:
        return numeric
    primary = (language or "").split("-")[0].split("_")[0].lower()
    tables = [_LABELS[primary]] if primary in _LABELS else []
    tables.extend(table for code, table in _LABELS.items() if code != primary)
    for table in tables:
        if label in table:
            return table[label]
    words = label.replace("/", " ")
    for verdict, pattern in _COMPILED:
        if pattern.search(words):
            return verdict
    return "other"
