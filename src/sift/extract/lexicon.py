"""Boilerplate, promotion and related-content cues of news pages, in the main languages sift detects.

Scraped pages repeat the same furniture (share buttons, cookie banners, "Featured Post" widgets,
"Lire aussi" teasers) and the same appeals (newsletters, donations, paywalls, "CONTINUA DEPOIS DA
PUBLICIDADE") in every language; naming them here keeps the text and HTML paths consistent. Furniture cues
must be the whole (short) line; promotion cues must start a line of at most ``MAX_PROMO_WORDS`` words.
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
# Promotion lines (newsletter, donation, paywall, follow-us appeals) run to a few sentences; a longer paragraph
# is prose about the subject. Checked on scrapinghub and trafilatura-eval-dev half a (bench/extract.py).
MAX_PROMO_WORDS = 60
MAX_SLOGAN_WORDS = 3  # "O conhecimento liberta.", "Saiba mais.": what may stand next to an appeal in a furniture line


def _combined(cues: tuple[tuple[str, str], ...], frame: str) -> re.Pattern[str]:
    """One regex for a table of ``(reason, pattern)`` cues, each cue a named group (one match call per line).

    Lines are matched lower-cased: several times faster than ``re.IGNORECASE`` for the same result.
    """
    groups = "|".join(f"(?P<c{index}>{pattern})" for index, (_, pattern) in enumerate(cues))
    return re.compile(frame.format(groups))


def _reason(pattern: re.Pattern[str], line: str) -> str | None:
    """The reason of the cue that matches the start of ``line`` (the first in table order), or ``None``."""
    match = pattern.match(line.lower())
    if match is None or match.lastgroup is None:
        return None
    return _REASONS[pattern][int(match.lastgroup[1:])]


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
        r"advertisement|sponsored(?: content)?|publicité|annonce|anzeige|werbung|publicidad|patrocinado|"
        r"publicidade|pubblicità|advertentie|reklama|реклама|"
        r"(?:continua|continúa|continue|la nota) (?:depois|después|a continuación|after|sigue) (?:da|de la|del|the) "
        r"(?:publicidade|publicidad|anuncio|advertisement)|(?:article|story) continues (?:below|"
        r"after (?:the )?advertisement)",
    ),
    (
        "photo credit",
        r"(?:photos?|fotos?|fotó|kuva|bild(?:er)?|images?|pictures?|crédits? photos?|(?:photo|image) credits?|"
        r"créditos?|credits?|"
        r"zdjęci[ea]|фото|illustration|bildnachweis|fotonachweis)\s*[:©/|]\s*[^.!?]{1,60}|"
        r"(?:photos?|fotos?|images?|pictures?) (?:by|von|de|di|door|przez) (?:\S+ ?){1,4}|"
        r"(?:getty images|shutterstock|thinkstock|istock(?:photo)?|imago(?: images)?|picture[- ]alliance|unsplash|"
        r"pixabay|ap photo|afp|dpa|reuters)(?:\s*/\s*\S.{0,40})?",
    ),
    (
        "reading time",
        r"(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|"
        r"leestijd|czas czytania|время (?:чтения|на чтение))\W*(?:\d+|ca\.).*|"
        r"\d+\W*(?:min(?:ute)?s?\.?|minuten|minutos?|minuti) (?:read|lesezeit|de lecture|de lectura|"
        r"de leitura|di lettura)",
    ),
    (
        "copyright",
        r"©.*|(?:\(c\)|copyright)\b.{0,60}\b(?:19|20)\d\d\b.*|.*(?:all rights reserved|tous droits réservés|"
        r"alle rechte vorbehalten|todos los derechos reservados)\.?",
    ),
)

_SHORT_LINE_RE = _combined(_SHORT_LINE_CUES, r"^\W*(?:{})\W*$")

# Appeals that start a line: what follows the cue is the appeal's own wording ("… to get the best of X in
# your inbox"), so only the start is matched. Each cue names a call to the reader, not a topic: an article
# about newsletters or donations does not open with "Sign up for" or "Jetzt spenden".
_PROMO_CUES: tuple[tuple[str, str], ...] = (
    (
        "newsletter",
        r"(?:sign up|subscribe|register|get|receive)\b.{0,80}\b(?:newsletters?|inbox|in your email)\b|"
        r"(?:[\w'’-]+ ){0,4}newsletter$|(?:our|the|free|daily|weekly) (?:\w+ )?newsletter\b|"
        r"(?:jetzt |hier )?(?:newsletter (?:abonnieren|bestellen)|zum newsletter anmelden|melden sie sich (?:jetzt )?"
        r"(?:für|zu) (?:unseren|den) newsletter)|abonnez-vous à (?:notre|la) newsletter|"
        r"inscrivez-vous à (?:notre|la) "
        r"newsletter|recevez (?:notre|la) newsletter|suscr[ií]b[ea]t?e? (?:a|al) (?:nuestro |nuestra )?(?:newsletter|"
        r"bolet[ií]n)|iscriviti alla (?:nostra )?newsletter|(?:assine|inscreva-se n?a) (?:nossa )?newsletter|"
        r"(?:schrijf je in|meld je aan) voor (?:onze|de) nieuwsbrief|zapisz się do (?:naszego )?newslettera|"
        r"zapraszamy (?:też |także |również )?do (?:subskrypcji|prenumeraty)|подпишитесь на (?:нашу )?рассылку",
    ),
    (
        "subscription appeal",
        r"(?:to continue reading|continue reading (?:with|for)|subscribe (?:now )?(?:to|for) (?:continue|read|"
        r"unlimited|full)|"
        r"already a (?:subscriber|member)|join (?:nr)?plus|become a (?:member|subscriber|supporter)|"
        r"get access to .{0,60}(?:subscription|premium)|(?:get|subscribe to) [\w ]{1,40} delivered (?:to|"
        r"through) your|"
        r"pour (?:lire la suite|accéder en illimité|continuer (?:à lire|la lecture))|déjà abonné|abonnez-vous pour|"
        r"(?:jetzt )?weiterlesen mit|lesen sie (?:jetzt )?(?:weiter )?mit \w+|(?:sie sind )?bereits abonnent|"
        r"jetzt abonnieren und|para (?:seguir|continuar) (?:leyendo|lendo)|ya (?:eres|es) suscriptor|"
        r"(?:per )?continua(?:re)? a leggere|já é assinante|assine (?:já|agora)|lees verder met|"
        r"czytaj dalej (?:z|w)|wykup (?:dostęp|subskrypcję)|продолжение (?:доступно|читайте)|оформите подписку|"
        r"assine (?:o|a|já|agora)\b|inscreva-se\b)",
    ),
    (
        "donation appeal",
        r"(?:please )?(?:donate|make a donation|support (?:us|our (?:work|journalism|reporting)|"
        r"independent journalism))\b|"
        r"(?:jetzt |bitte )?spenden\b|wir sind spendenfinanziert|unterstützen sie (?:uns|unsere arbeit|"
        r"(?:unabhängigen|unseren) journalismus)|faire un don|soutenez[- ](?:nous|notre|la rédaction)|"
        r"(?:haz|haga) (?:una|tu|su) donación|dona (?:ahora|ya)|apoya (?:nuestro|el) periodismo|fai una donazione|"
        r"sostieni(?:ci)? (?:il nostro|l'informazione)|faça (?:uma|sua) doação|apoie o (?:nosso )?jornalismo|"
        r"doneer (?:nu|aan)|steun (?:ons|onze journalistiek)|wesprzyj (?:nas|naszą|redakcję)|przekaż darowiznę|"
        r"поддержите (?:нас|редакцию|наш)|apoie (?:o|a|por|nosso|nossa)\b|"
        r"(?:a você que|se você) chegou até aqui|if you(?:'ve| have) (?:read|made it) this far|"
        r"wenn sie (?:bis hierhin|diesen artikel bis zum ende) gelesen haben|si vous êtes arrivée?s? jusqu'ici|"
        r"si has llegado hasta aquí|se sei arrivato fin qui",
    ),
    (
        "follow appeal",
        r"(?:follow|like) (?:us|him|her|them|the [\w ]{1,40}|[@\w.]+) on (?:twitter|facebook|instagram|x|youtube|"
        r"tiktok|linkedin|telegram|whatsapp)\b|s[ií]guenos (?:en|por)\b|folg(?:en sie|e) uns\b|suivez[- ]nous\b|"
        r"seguici (?:su|anche)\b|siga-nos\b|volg ons\b|obserwuj nas\b|подписывайтесь на (?:нас|наш)|"
        r"(?:join|siga|segue|sigue) (?:us|nuestro canal|o nosso canal) (?:on|en|no) (?:telegram|whatsapp)",
    ),
    (
        "feedback appeal",
        r"(?:tell us what you think|we (?:want|would like|'d like) to hear (?:what you think|from you)|"
        r"what do you think\?|share your thoughts|let us know (?:what you think|in the comments)|"
        r"was meinen sie\?|schreiben sie uns|qu'en pensez-vous|donnez votre avis|¿qué opinas\?|cosa ne pensate\?)",
    ),
    (
        "affiliate disclosure",
        r".{0,120}\baffiliate[- ]?links?\b|.{0,80}\badvertisers? (?:do|does) not influence\b|"
        r"(?:we|this site) (?:may )?(?:earn|receive) (?:a )?(?:small )?commission\b",
    ),
    (
        "login prompt",
        r"(?:you are not (?:logged|signed) in|sie sind (?:aktuell |derzeit |nicht )?(?:nicht )?(?:eingeloggt|"
        r"angemeldet)|"
        r"vous n'êtes pas connecté|no has iniciado sesión|please (?:log|sign) in to)",
    ),
    (
        "print/reprint",
        r"(?:order reprints|print (?:this )?article|this copy is for your personal, non-commercial use|"
        r"this article has been sent to)",
    ),
)
_PROMO_RE = _combined(_PROMO_CUES, r"^\W*(?:{})")
_REASONS = {
    _SHORT_LINE_RE: tuple(reason for reason, _ in _SHORT_LINE_CUES),
    _PROMO_RE: tuple(reason for reason, _ in _PROMO_CUES),
}

# A cookie banner speaks for the site ("we use cookies", "nous utilisons") and asks for consent; an article
# about cookie law or biscuits does neither, or runs longer.
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+")
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
    r"artículos relacionados|(?:también )?te (?:puede|podría) interesar|más (?:noticias|información)|"
    r"leggi anche|leggi pure|potrebbe interessarti|articoli correlati|leia (?:também|mais)|veja também|"
    r"saiba mais|notícias relacionadas|lees (?:ook|meer)|meer over dit onderwerp|gerelateerde artikelen|"
    r"czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|dowiedz się więcej|читайте (?:также|тоже)|"
    r"смотрите также"
)
_RELATED_HEADING_RE = re.compile(rf"^\W*(?:{RELATED_CUE})\s*(?:[:|>»›→–—-]+\W*|$)", re.IGNORECASE)
# A cue in capitals needs no separator: "DON'T MISS Plague warning: …", "LEIA TAMBÉM Bolsonaro diz …"
_CAPITAL_CUE_RE = re.compile(rf"^\W*(?P<cue>{RELATED_CUE})\s+(?=\S)", re.IGNORECASE)


_MENU_SEPARATOR_RE = re.compile(r"\s+[|·•»>/]\s+")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 3


def _is_menu(line: str) -> bool:
    """A row of short items between separators ("Home | World | Sport")."""
    items = _MENU_SEPARATOR_RE.split(line)
    return len(items) >= MIN_MENU_ITEMS and all(len(item.split()) <= MAX_MENU_ITEM_WORDS for item in items)


def _is_cookie_notice(line: str) -> bool:
    """Mentions cookies, in the site's own voice, asking for consent (the caller checks a banner's length)."""
    return (
        _COOKIE_RE.search(line) is not None
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
    split = line.split()
    words = len(split)
    if words > MAX_COOKIE_WORDS:
        return None  # prose: every cue below is shorter
    if words > 1 and words % 2 == 0 and split[: words // 2] == split[words // 2 :]:
        return boilerplate_reason(" ".join(split[: words // 2]))  # "CONTINUA DEPOIS DA PUBLICIDADE" twice
    if _is_cookie_notice(line):
        return "cookie notice"
    if words > MAX_PROMO_WORDS:
        return None
    if words <= MAX_WIDGET_WORDS:
        if _is_menu(line):
            return "navigation"
        if reason := _reason(_SHORT_LINE_RE, line):
            return reason
        # a short line of appeals and slogans: "O conhecimento liberta. Saiba mais. Siga-nos no Telegram."
        sentences = _SENTENCE_SPLIT_RE.split(line)
        reasons = [_reason(_PROMO_RE, sentence) for sentence in sentences[1:]]
        found = next((reason for reason in reasons if reason), None)
        others = [sentence for sentence, reason in zip(sentences[1:], reasons, strict=True) if not reason]
        if found and all(len(sentence.split()) <= MAX_SLOGAN_WORDS for sentence in [sentences[0], *others]):
            return found
    return _reason(_PROMO_RE, line)


def related_heading_rest(text: str) -> str | None:
    """The text after a related-content cue ("Lire aussi : …"), or ``None`` when there is no cue.

    Args:
        text: a heading or paragraph text.

    Returns:
        What follows the cue (``""`` for a bare heading), or ``None``.
    """
    match = _RELATED_HEADING_RE.match(text)
    if match is None and (capital := _CAPITAL_CUE_RE.match(text)) and capital.group("cue").isupper():
        match = capital
    if match is None:
        return None
    return text[match.end() :].strip()
