"""Page furniture that extraction kept inside the article: ad markers, calls to subscribe, share or donate, widgets.

Extraction cuts the short furniture lines it recognises (:func:`sift.extract.lexicon.boilerplate_reason`); what
reaches the claims stage still holds lines such as "CONTINUA DEPOIS DA PUBLICIDADE", "Siga-nos no Telegram",
"Like this story? Share it with a friend!" or "Ten tekst przeczytasz w mniej niż minutę". None of them is a claim,
and a model trained on debates and tweets scores some of them high (a site's self-description is full of names
and numbers), so the claims stage puts them below every article sentence. The patterns cover the languages sift
reads news in (en, fr, de, nl, es, pt, it, pl); a line must be short or open with the call for a pattern to count,
so an article about advertising is not furniture.
"""

from __future__ import annotations

import re

from sift.extract.lexicon import boilerplate_reason

__all__ = ["MAX_FURNITURE_WORDS", "furniture_reason"]

#: Furniture lines are short; a longer sentence is prose even when it says "subscribe" or "advertising".
MAX_FURNITURE_WORDS = 25

# Each row: the reason shown to the reader, and alternatives that make up the whole line (apart from punctuation,
# repeats and a trailing name or link) or open it.
_WHOLE_LINE: tuple[tuple[str, str], ...] = (
    (
        "advertisement",
        r"(?:continua|continue|continúa|continua a leggere) (?:depois|após|apos|after|después|dopo) (?:da|de la|the|la|"
        r"della|del) (?:publicidade|publicidad|advertisement|advert|ad|pubblicità)|"
        r"(?:publicidade|publicidad|pubblicità|reklama|advertisement|anzeige|werbung|publicité|advertentie|"
        r"sponsored|gesponsert|sponsorisé|patrocinado|sponsorowane|artykuł sponsorowany|materiał promocyjny)",
    ),
    (
        "reading time",
        r"(?:tempo de leitura|reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|"
        r"czas czytania|leestijd)\W*\d+\s*\w*|\d+\s*(?:min(?:ute)?s?\.?|minuti|minutos|minuten) (?:read|de leitura|"
        r"de lecture|de lectura|di lettura|lesezeit|leestijd)|"
        r"ten tekst przeczytasz w .*|(?:this|the) (?:article|story) takes .* to read",
    ),
)
_OPENS_LINE: tuple[tuple[str, str], ...] = (
    (
        "call to subscribe or donate",
        r"assine|apoie|seja (?:assinante|membro)|subscribe|support (?:us|our journalism|independent)|donate|"
        r"become a (?:member|subscriber|patron)|abonnez[- ]vous|soutenez[- ]nous|faites un don|jetzt abonnieren|"
        r"abonnieren sie|unterstützen sie (?:uns|unseren journalismus)|jetzt spenden|suscríbete|suscribete|"
        r"apóyanos|hazte (?:socio|miembro)|dona ahora|haz una donación|abbonati|sostieni|fai una donazione|"
        r"zasubskrybuj|zaprenumeruj|wesprzyj|wspieraj|neem een abonnement|word lid|steun ons|"
        r"(?:a )?você que chegou até aqui|ler todo o conteúdo|já é assinante|"
        r"(?:to )?(?:continue|keep) reading,? (?:subscribe|sign in|log in)|"
        r"(?:dieser|der) artikel ist (?:nur )?für abonnenten|article réservé aux abonnés",
    ),
    (
        "share/follow",
        r"siga[- ]nos|sigam[- ]nos|follow us|follow @|like this story|share (?:this|it) with|síguenos|seguici|"
        r"obserwuj nas|suivez[- ]nous|folgen sie uns|volg ons|inscreva[- ]se|iscriviti|zapisz się|"
        r"sign up for (?:our|the) (?:\w+ )?newsletter|melden sie sich .*newsletter|inscrivez[- ]vous|"
        r"receba (?:as )?(?:notícias|newsletter)|recibe (?:las )?(?:noticias|newsletter)|"
        r"clique aqui|click here|haga clic|cliquez ici|klicken sie hier|kliknij tutaj|clicca qui",
    ),
    (
        "related link",
        r"(?:leia|lea|leggi|czytaj|lies|lire|read) (?:também|mais|también|anche|także|też|więcej|auch|"
        r"aussi|more|also)|saiba mais|veja (?:também|como)|mais lidas|most read|las más leídas|"
        r"mehr zum thema|zobacz (?:też|także|również)|ver más|ver também",
    ),
)

_WHOLE_RES = tuple(
    (reason, re.compile(rf"^\W*(?:(?:{pattern})\W*)+(?:\W+\S+){{0,3}}\W*$", re.IGNORECASE))
    for reason, pattern in _WHOLE_LINE
)
_OPENS_RES = tuple((reason, re.compile(rf"^\W*(?:{pattern})(?!\w)", re.IGNORECASE)) for reason, pattern in _OPENS_LINE)


def furniture_reason(text: str) -> str | None:
    """Why a sentence is page furniture rather than article text, or ``None``.

    Args:
        text: one sentence as segmented.

    Returns:
        ``"advertisement"``, ``"reading time"``, ``"call to subscribe or donate"``, ``"share/follow"``,
        ``"related link"``, or a reason of :func:`sift.extract.lexicon.boilerplate_reason`.
    """
    line = " ".join(text.split())
    if not line or len(line.split()) > MAX_FURNITURE_WORDS:
        return None
    for reason, pattern in _WHOLE_RES:
        if pattern.match(line):
            return reason
    for reason, pattern in _OPENS_RES:
        if pattern.match(line):
            return reason
    return boilerplate_reason(line)
