"""Boilerplate and related-content cues in English, French, German and Spanish.

Scraped pages repeat the same furniture (share buttons, cookie banners, "Featured Post" widgets,
"Lire aussi" teasers) in every language; naming it here keeps the text and HTML paths consistent.
"""

from __future__ import annotations

import re

__all__ = [
    "MAX_WIDGET_WORDS",
    "RELATED_CUE",
    "boilerplate_reason",
    "related_heading_rest",
]

MAX_WIDGET_WORDS = 12  # furniture lines are short; longer lines are prose even if they say "share"

_SHORT_LINE_CUES: tuple[tuple[str, str], ...] = (
    (
        "boilerplate: widget",
        r"featured posts?|popular posts?|recent posts?|blog archive|labels?:.*|tags?:.*|"
        r"blog widget by .*|widget by .*|powered by .*|newer posts?|older posts?|tags?|"
        r"newer post older post home|subscribe to: .*|"
        r"articles? (?:les plus )?(?:populaires|récents|consultés)|archives du blog|libellés?:.*|"
        r"beliebte posts|neuere posts?|ältere posts?|startseite|blog-archiv|"
        r"entradas? (?:populares|recientes|más recientes|antiguas)|archivo del blog|etiquetas?:.*",
    ),
    (
        "navigation",
        r"home|accueil|startseite|inicio|menu|menü|menú|search|rechercher|suche|buscar|"
        r"skip to (?:main )?content|aller au contenu|zum inhalt springen|ir al contenido|"
        r"(?:previous|next) (?:post|article|page)|article (?:précédent|suivant)|"
        r"(?:vorheriger|nächster) (?:beitrag|artikel)|(?:entrada|artículo) (?:anterior|siguiente)",
    ),
    (
        "share/subscribe",
        r"(?:share|tweet|email|print|pin)(?: (?:this|it|on \w+|via \w+))*|share (?:this )?(?:post|article|story)|"
        r"follow us(?: on \w+)?|subscribe(?: now| to (?:our|the) newsletter)?|sign up for .*newsletter.*|"
        r"follow .* on (?:instagram|facebook|twitter|youtube|tiktok|linkedin).*|"
        r"(?:get|sign up|subscribe|register)\b.*\b(?:newsletters?|inbox)\b.*|subscribe to .*|"
        r".*share (?:it|this(?: \w+)?) with (?:a friend|friends|your friends).*|"
        r"partager(?: (?:sur \w+|cet article))?|suivez[- ]nous(?: sur \w+)?|abonnez[- ]vous.*|s'abonner.*|"
        r"teilen|artikel teilen|folgen sie uns(?: auf \w+)?|jetzt abonnieren|newsletter abonnieren|"
        r"compartir(?: en \w+)?|síguenos(?: en \w+)?|suscríbete.*|"
        r"facebook|twitter|telegram|linkedin|reddit|e-mail|imprimer|drucken|imprimir|whatsapp",
    ),
    (
        "comment count",
        r"\d+ (?:comments?|commentaires?|kommentare?|comentarios?)|no comments?:?|"
        r"post a comment|leave a (?:reply|comment)|add (?:a )?comment|"
        r"aucun commentaire:?|laisser un commentaire|ajouter un commentaire|"
        r"keine kommentare:?|kommentar (?:schreiben|posten)|schreibe einen kommentar|"
        r"no hay comentarios:?|publicar un comentario|deja (?:un|tu) comentario|"
        r"(?:comments?|commentaires?|kommentare?|comentarios?) ?\(?\d*\)?:?",
    ),
    (
        "advertisement",
        r"advertisement|sponsored(?: content)?|publicité|annonce|anzeige|werbung|publicidad|patrocinado",
    ),
    (
        "copyright",
        r"©.*|(?:\(c\)|copyright)\b.{0,60}\b(?:19|20)\d\d\b.*|.*(?:all rights reserved|tous droits réservés|"
        r"alle rechte vorbehalten|todos los derechos reservados)\.?",
    ),
)

_SHORT_LINE_RES = tuple(
    (reason, re.compile(rf"^\W*(?:{pattern})\W*$", re.IGNORECASE)) for reason, pattern in _SHORT_LINE_CUES
)

# A cookie banner speaks for the site ("we use cookies", "nous utilisons") and asks for consent; an article
# about cookie law or biscuits does neither, or runs longer.
_COOKIE_RE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_SITE_VOICE_RE = re.compile(
    r"\b(?:we|our|us|this (?:site|website)|nous|notre|nos|ce site|wir|unsere[nmrs]?|uns|diese (?:seite|website)|"
    r"utilizamos|usamos|nuestr[oa]s?|este (?:sitio|sitio web))\b",
    re.IGNORECASE,
)
_CONSENT_RE = re.compile(
    r"\b(?:accept|agree|consent|continu|brows|privacy|accepter|acceptez|consentement|navigation|poursuiv|"
    r"akzeptier|zustimm|einverstanden|datenschutz|aceptar|acepta|consentimiento|navegación|navegando)",
    re.IGNORECASE,
)
MAX_COOKIE_WORDS = 80


# Phrases that introduce links to other articles; a cue must end the text or be followed by a separator.
RELATED_CUE = (
    r"read (?:more|also|next)|see (?:also|more)|related(?: (?:posts?|articles?|stories|news|content|coverage))?|"
    r"don'?t miss|also on [\w.-]+|most (?:read|popular)(?: in [\w ]+)?|trending(?: now)?|up next|"
    r"more (?:on this|from|stories|news)|you (?:may|might) also like|recommended(?: for you)?|"
    r"(?:à )?lire (?:aussi|également|la suite)|voir aussi|sur le même sujet|articles? (?:similaires|liés)|"
    r"(?:à )?découvrir aussi|dans la même rubrique|"
    r"mehr zum thema|lesen sie (?:auch|mehr)|auch interessant|das könnte sie (?:auch )?interessieren|"
    r"weitere (?:artikel|beiträge|meldungen)|verwandte (?:artikel|beiträge|themen)|ähnliche (?:artikel|beiträge)|"
    r"leer (?:más|también)|lea (?:también|más)|ver también|te puede interesar|noticias relacionadas|"
    r"artículos relacionados|(?:también )?te (?:puede|podría) interesar|más (?:noticias|información)"
)
_RELATED_HEADING_RE = re.compile(rf"^\W*(?:{RELATED_CUE})\s*(?:[:|>»›→–—-]+\W*|$)", re.IGNORECASE)


_MENU_SEPARATOR_RE = re.compile(r"\s+[|·•»>/]\s+")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 3


def _is_menu(line: str) -> bool:
    """A row of short items between separators ("Home | World | Sport")."""
    items = _MENU_SEPARATOR_RE.split(line)
    return len(items) >= MIN_MENU_ITEMS and all(len(item.split()) <= MAX_MENU_ITEM_WORDS for item in items)


def _is_cookie_notice(line: str) -> bool:
    """Mentions cookies, in the site's own voice, asking for consent, in a banner's length."""
    return (
        len(line.split()) <= MAX_COOKIE_WORDS
        and _COOKIE_RE.search(line) is not None
        and _SITE_VOICE_RE.search(line) is not None
        and _CONSENT_RE.search(line) is not None
    )


def boilerplate_reason(line: str) -> str | None:
    """Why a line is page furniture, or ``None`` when it may be content.

    Args:
        line: one line or element text, already stripped.

    Returns:
        A reason such as ``"share/subscribe"``, ``"cookie notice"``, ``"boilerplate: widget"``.
    """
    if _is_cookie_notice(line):
        return "cookie notice"
    if len(line.split()) > MAX_WIDGET_WORDS:
        return None
    if _is_menu(line):
        return "navigation"
    for reason, pattern in _SHORT_LINE_RES:
        if pattern.match(line):
            return reason
    return None


def related_heading_rest(text: str) -> str | None:
    """The text after a related-content cue ("Lire aussi : …"), or ``None`` when there is no cue.

    Args:
        text: a heading or paragraph text.

    Returns:
        What follows the cue (``""`` for a bare heading), or ``None``.
    """
    match = _RELATED_HEADING_RE.match(text)
    if match is None:
        return None
    return text[match.end() :].strip()
