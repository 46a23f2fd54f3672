"""Page-furniture cues of news pages in the languages sift reads: one table for extraction and claim triage.

Scraped pages repeat the same furniture (share buttons, cookie banners, "Featured Post" widgets, "Lire aussi"
teasers, reading-time widgets, "CONTINUA DEPOIS DA PUBLICIDADE") and the same appeals (newsletters, donations,
paywalls) in every language. Extraction cuts the lines it recognises (:mod:`sift.extract.lexicon` applies these
tables with its word limits); the claims stage puts what extraction kept below every article sentence
(:mod:`sift.claims.furniture` reads the same rows). Naming each cue once keeps the two stages from drifting apart.

Every pattern is lower-case (extraction matches lower-cased lines, faster than ``re.IGNORECASE``) and carries no
anchors: each reader frames it (whole short line, or start of a line).
"""

from __future__ import annotations

__all__ = [
    "AD_CUE",
    "AUTHOR_BOX_CUE",
    "CONSENT_WORDS",
    "COOKIE_WORDS",
    "NEWSROOM_WORDS",
    "PROMO_CUES",
    "READING_TIME_CUE",
    "READ_ALSO_CUE",
    "RELATED_CUE",
    "SHORT_LINE_CUES",
    "SITE_VOICE_WORDS",
]

#: An advertisement label or "continues after the advertisement", as a whole line.
AD_CUE = (
    r"advertisement|sponsored(?: content)?|publicité|annonce|anzeige|werbung|gesponsert|sponsorisé|publicidad|"
    r"patrocinado|publicidade|pubblicità|advertentie|reklama|sponsorowane|artykuł sponsorowany|"
    r"materiał promocyjny|реклама|"
    r"(?:continua(?: a leggere)?|continúa|continue|la nota) (?:depois|após|apos|después|dopo|a continuación|after|"
    r"sigue) (?:da|de la|del|della|la|the) (?:publicidade|publicidad|pubblicità|anuncio|advertisement|advert|ad)|"
    r"(?:article|story) continues (?:below|after (?:the )?advertisement)"
)

#: A reading-time widget: "Lesezeit: 3 Min.", "5 min read", "Ten tekst przeczytasz w mniej niż minutę".
READING_TIME_CUE = (
    r"(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|"
    r"leestijd|czas czytania|время (?:чтения|на чтение))\W*(?:\d+|ca\.).*|"
    r"\d+\W*(?:min(?:ute)?s?\.?|minuten|minutos?|minuti) (?:read|lesezeit|leestijd|de lecture|de lectura|"
    r"de leitura|di lettura)|"
    r"ten tekst przeczytasz w .*|(?:this|the) (?:article|story) takes .* to read"
)

#: Furniture that is the whole (short) line, as ``(reason, pattern)`` rows.
SHORT_LINE_CUES: tuple[tuple[str, str], ...] = (
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
    ("advertisement", AD_CUE),
    (
        "photo credit",
        r"(?:photos?|fotos?|fotó|kuva|bild(?:er)?|images?|pictures?|crédits? photos?|(?:photo|image) credits?|"
        r"créditos?|credits?|"
        r"zdjęci[ea]|фото|illustration|bildnachweis|fotonachweis)\s*[:©/|]\s*[^.!?]{1,60}|"
        r"(?:photos?|fotos?|images?|pictures?) (?:by|von|de|di|door|przez) (?:\S+ ?){1,4}|"
        r"(?:getty images|shutterstock|thinkstock|istock(?:photo)?|imago(?: images)?|picture[- ]alliance|unsplash|"
        r"pixabay|ap photo|afp|dpa|reuters)(?:\s*/\s*\S.{0,40})?",
    ),
    ("reading time", READING_TIME_CUE),
    (
        "copyright",
        r"©.*|(?:\(c\)|copyright)\b.{0,60}\b(?:19|20)\d\d\b.*|.*(?:all rights reserved|tous droits réservés|"
        r"alle rechte vorbehalten|todos los derechos reservados)\.?",
    ),
)

#: Appeals that start a line, as ``(reason, pattern)`` rows: what follows the cue is the appeal's own wording ("…
#: to get the best of X in your inbox"), so only the start is matched. Each cue names a call to the reader, not a
#: topic: an article about newsletters or donations does not open with "Sign up for" or "Jetzt spenden".
PROMO_CUES: tuple[tuple[str, str], ...] = (
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
        # the outlet's one-line self-portrait, then its own voice: "X ist gemeinnützig und unabhängig. Wir …"
        r"[\w.-]+ (?:ist|is|est|es|è|é) (?:[\w-]+ (?:und|and|et|y|e) )?(?:gemeinnützig|unabhängig|werbefrei|"
        r"spendenfinanziert|leserfinanziert|independent|non-?profit|reader-(?:funded|supported)|indépendant|"
        r"independiente|indipendente|independente)\w*\. (?:wir|we|nous|unterstütze|unterstützen sie|support|donate|"
        r"please)\b|"
        r"(?:please )?(?:donate|make a donation|support (?:us|our (?:work|journalism|reporting)|"
        r"independent journalism))\b|"
        r"(?:jetzt |bitte )?spenden\b|wir sind spendenfinanziert|wir finanzieren uns (?:\w+ )?(?:durch|über|aus)\b|"
        r"we(?: are|'re|’re) funded by (?:readers|donations|our readers|you)\b|unterstütze (?:uns|unsere arbeit)\b|"
        r"unterstützen sie (?:uns|unsere arbeit|"
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

# A cookie banner speaks for the site ("we use cookies", "nous utilisons") and asks for consent; an article
# about cookie law or biscuits does neither.
COOKIE_WORDS = r"\bcookies?\b"
SITE_VOICE_WORDS = (
    r"\b(?:we|our|us|this (?:site|website)|nous|notre|nos|ce site|wir|unsere[nmrs]?|uns|diese (?:seite|website)|"
    r"utilizamos|usamos|nuestr[oa]s?|este (?:sitio|sitio web))\b"
)
CONSENT_WORDS = (
    r"\b(?:accept|agree|consent|continu|brows|privacy|accepter|acceptez|consentement|navigation|poursuiv|"
    r"akzeptier|zustimm|einverstanden|datenschutz|aceptar|acepta|consentimiento|navegación|navegando)"
)

#: "Read also" in the languages sift reads: no article sentence opens with one (claim triage reads these at the
#: start of a short sentence, with no separator needed; extraction reads them in :data:`RELATED_CUE`).
READ_ALSO_CUE = (
    r"read (?:more|also)|leia (?:também|mais)|lea (?:también|más)|leggi anche|czytaj (?:też|także|również|więcej)|"
    r"zobacz (?:też|także|również)|saiba mais|veja também|mehr zum thema|ver también"
)

#: The heading of an author box, as a whole line ("Autor:innen", "Über den Autor", "About the author"): what
#: follows it at the end of an article is the writer's biography, not the article.
AUTHOR_BOX_CUE = (
    r"(?:die |der |zur |zum )?autor(?:in|en|innen|[:*_/]innen)?|über (?:den|die) autor(?:in|en|innen|[:*_/]innen)?|"
    r"about the authors?|the authors?|à propos de l'auteur(?:e|rice)?|l'auteur(?:e|rice)?|"
    r"sobre (?:el|la|o|a|los|os) autor(?:a|es)?|(?:l')?autore|(?:o|sobre o) autorze"
)

#: A newsroom's name for itself in a byline or a comment thread ("Die Redaktion", "La rédaction", "Redakcja"): the
#: site's staff, no person (extraction's comment posters and bylines read it).
NEWSROOM_WORDS = r"redaktion|r[ée]daction|redacci[óo]n|reda[çc][ãa]o|redazione|redakcja"

#: A site's host name, as a heading prints it ("gofeminin.de", "www.example.co.uk").
_HOST = r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"

#: Phrases that introduce links to other articles ("Lire aussi", "Related stories"); a reader decides what may
#: follow (extraction: a separator, the end of the text, or a cue in capitals). "Also on" a site takes any name,
#: its other languages' forms only a host name ("Auch auf gofeminin.de"): "Auch auf Mallorca: …" opens a paragraph.
RELATED_CUE = (
    rf"(?:auch (?:auf|bei)|aussi sur|también en|anche su|também (?:em|no|na)) {_HOST}|"
    r"read next|see (?:also|more)|related(?: (?:posts?|articles?|stories|news|content|coverage))?|"
    r"don'?t miss|also on [\w.-]+|most (?:read|popular)(?: in [\w ]+)?|trending(?: now)?|up next|"
    r"more (?:on this|from|(?:(?!than\b|of\b)[\w'’-]+ ){0,3}(?:stories|news|articles))|"  # "More great WIRED stories"
    r"you (?:may|might) also like|recommended(?: for you)?|"
    r"(?:à )?lire (?:aussi|également|la suite)|voir aussi|sur le même sujet|articles? (?:similaires|liés)|"
    r"(?:à )?découvrir aussi|dans la même rubrique|"
    r"lesen sie (?:auch|mehr)|auch interessant|das könnte sie (?:auch )?interessieren|"
    r"weitere (?:artikel|beiträge|meldungen)|verwandte (?:artikel|beiträge|themen)|ähnliche (?:artikel|beiträge)|"
    r"leer (?:más|también)|te puede interesar|noticias relacionadas|"
    r"artículos relacionados|(?:también )?te (?:puede|podría) interesar|más (?:noticias|información)|"
    r"leggi pure|potrebbe interessarti|articoli correlati|"
    r"notícias relacionadas|lees (?:ook|meer)|meer over dit onderwerp|gerelateerde artikelen|"
    r"dowiedz się więcej|читайте (?:также|тоже)|"
    r"смотрите также|" + READ_ALSO_CUE
)
