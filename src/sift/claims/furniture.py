"""Page furniture that extraction kept inside the article: ad markers, calls to subscribe, share or donate, widgets.

Extraction cuts the short furniture lines it recognises (:func:`sift.extract.lexicon.boilerplate_reason`); what
reaches the claims stage still holds lines such as "CONTINUA DEPOIS DA PUBLICIDADE", "Siga-nos no Telegram",
"Like this story? Share it with a friend!" or "Ten tekst przeczytasz w mniej niż minutę". None of them is a claim,
and a model trained on debates and tweets scores some of them high (a site's self-description is full of names
and numbers), so the claims stage puts them below every article sentence. The patterns cover the languages sift
reads news in (en, fr, de, nl, es, pt, it, pl); a line must be short or open with the call for a pattern to count,
so an article about advertising is not furniture. The ad and reading-time rows are extraction's own
(:mod:`sift.lexicon.page_furniture`); the calls that open a line are looser than extraction's appeals, which this
stage checks after them. A block can be furniture as a whole (:func:`block_reasons`): a footnote of the page's notes
list, a how-to's numbered step or the steps under a recipe card's instructions heading; every sentence of it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sift.extract.lexicon import boilerplate_reason
from sift.lexicon.legal_forms import INITIAL_FORMS, legal_forms
from sift.lexicon.page_furniture import AD_CUE, READ_ALSO_CUE, READING_TIME_CUE

__all__ = ["MAX_FURNITURE_WORDS", "block_furniture_reason", "block_reasons", "furniture_reason"]

#: Furniture lines are short; a longer sentence is prose even when it says "subscribe" or "advertising".
MAX_FURNITURE_WORDS = 25

# Whole-line rows (apart from punctuation, repeats and a trailing name or link): the cue tables extraction uses.
_WHOLE_LINE: tuple[tuple[str, str], ...] = (("advertisement", AD_CUE), ("reading time", READING_TIME_CUE))
# Calls that open a line. Looser than extraction's appeals (:data:`sift.lexicon.page_furniture.PROMO_CUES`, checked
# after these through :func:`~sift.extract.lexicon.boilerplate_reason`): a bare "Assine", "Sostieni" or "Saiba
# mais" is safe to call furniture in a sentence of at most ``MAX_FURNITURE_WORDS`` words, not in a 60-word
# paragraph extraction would cut.
_OPENS_LINE: tuple[tuple[str, str], ...] = (
    (
        "call to subscribe or donate",
        r"assine|apoie|seja (?:assinante|membro)|subscribe|support independent|become a patron|abonnez[- ]vous|"
        r"faites un don|jetzt abonnieren|abonnieren sie|unterstütze (?:uns|unsere arbeit)|abonniere (?:uns|das|unser)|"
        r"suscríbete|suscribete|apóyanos|hazte (?:socio|miembro)|"
        r"abbonati|sostieni|zasubskrybuj|zaprenumeruj|wesprzyj|wspieraj|neem een abonnement|word lid|"
        r"você que chegou até aqui|ler todo o conteúdo|"
        r"(?:to )?(?:continue|keep) reading,? (?:subscribe|sign in|log in)|"
        r"(?:dieser|der) artikel ist (?:nur )?für abonnenten|article réservé aux abonnés",
    ),
    (
        "share/follow",
        r"siga[- ]nos|sigam[- ]nos|follow us|follow @|like this story|share (?:this|it) with|síguenos|seguici|"
        r"inscreva[- ]se|iscriviti|zapisz się|melden sie sich .*newsletter|inscrivez[- ]vous|"
        r"receba (?:as )?(?:notícias|newsletter)|recibe (?:las )?(?:noticias|newsletter)|"
        r"clique aqui|click here|haga clic|cliquez ici|klicken sie hier|kliknij tutaj|clicca qui",
    ),
    # the extras open short lines only: as extraction's related cues they changed what it kept of a Spanish page of
    # trafilatura-eval-dev half a (bench/extract.py), so they stay out of RELATED_CUE
    (
        "related link",
        rf"{READ_ALSO_CUE}|lies auch|lire aussi|veja como|mais lidas|most read|las más leídas|ver (?:más|também)",
    ),
)

# Shop and affiliate links ("amzn.to/…", "amazon.it/dp/…", "ebay.de/itm/…"): a line carrying one sells something,
# whatever its length (a list of offers is one long "sentence" to the segmenter). Matched on the lower-cased line.
_SHOP_LINK = re.compile(
    r"\b(?:amzn\.(?:to|eu)/|amazon\.[a-z.]{2,6}/(?:dp|gp|exec)/|ebay\.[a-z.]{2,6}/itm/|[a-z.]*aliexpress\.[a-z]{2,4}/|"
    r"awin1\.com/|tidd\.ly/|bit\.ly/[\w-]+\s*\(?(?:affiliate|anzeige|pubblicità)|go\.skimresources\.com/)"
)

# An entry of a reference list or bibliography ("32. Ahmed AH, Nicholson KG, Nguyen-van Tam JS, et al. Effectiveness
# of…", "Baal T, Denke B, Mühlen W, Surholt B, 1994."): a scientific page's or a blog's sources, not its claims, and
# the sentence model scores their titles like findings (realpages-dev10, look c40: two reference entries in one page's
# top five). Two or more authors written "Surname INITIALS," with a year, an "et al." or a list number, or a numbered
# entry with "et al.". Matched whatever the line's length (an entry with its title is often longer than a furniture
# line); no sentence of the 233 training pages matches. The authors open the entry (after its number), and a legal
# form is no initial: "Volkswagen AG, Siemens AG, BASF SE … in 2022" and "Clubs such as Liverpool FC, Chelsea FC …
# since 2020" are claims (review33).
#: Legal forms of three letters or fewer (what an author's initials could be), and football clubs' FC; not "AB",
#: "SA", "CO" or "EV": initials too.
_SHORT_FORMS = {form.upper() for form in legal_forms(excluding=INITIAL_FORMS) if len(form) <= 3} | {"FC"}
_LEGAL_FORMS = rf"(?:{'|'.join(sorted(_SHORT_FORMS))})\b"
_AUTHORS = re.compile(rf"^\W*(?:\d{{1,3}}\.\s*)?(?:[A-Z][\w'’-]+\s(?!{_LEGAL_FORMS})[A-Z]{{1,3}}\s?,\s?){{2,}}")
_REFERENCE_MARK = re.compile(r"\bet al\b|\b(?:1[5-9]|20)\d\d\b|^\W*\d{1,3}\.\s")
_NUMBERED_ET_AL = re.compile(r"^\W*\d{1,3}\.\s.*\bet al\b")
_INITIALS_COMMA = re.compile(r"[A-Z] ?,")  # a cheap first look: most sentences have no initial before a comma


def _reference_entry(line: str) -> bool:
    if "et al" in line and _NUMBERED_ET_AL.match(line):
        return True
    return bool(_INITIALS_COMMA.search(line) and _AUTHORS.match(line) and _REFERENCE_MARK.search(line))


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
        ``"related link"``, ``"shop link"``, ``"reference list entry"``, or a reason of
        :func:`sift.extract.lexicon.boilerplate_reason`.
    """
    line = " ".join(text.split())
    if _SHOP_LINK.search(line.lower()):
        return "shop link"
    if _reference_entry(line):
        return "reference list entry"
    if not line or len(line.split()) > MAX_FURNITURE_WORDS:
        return None
    for reason, pattern in _WHOLE_RES:
        if pattern.match(line):
            return reason
    for reason, pattern in _OPENS_RES:
        if pattern.match(line):
            return reason
    return boilerplate_reason(line)


# A footnote of the page's notes list: the block ends with the back-link to its mark in the text ("… Tübingen 2012, S.
# 281 ↩", the arrow of WordPress footnote plugins and Markdown's footnotes, with its text or emoji variation selector
# and a repeat's number, "↩ ↩2"), or opens with the arrow or caret of Wikipedia's notes ("↑ Müller: …", "^ a b Smith
# …"). The sentence model scores a source's title like a finding (an archaeology page of trafilatura-eval-dev listed
# eight of its footnotes, one at rank 10); every sentence of the block is the note's, not the article's.
_FOOTNOTE = re.compile(r"↩[\ufe0e\ufe0f]?(?:\s*\d{0,2}\s*↩?[\ufe0e\ufe0f]?)*\s*$|^\s*[↑^]\s")
# A how-to's or recipe's numbered step ("Step Three: Just before removing …", "Schritt 2:", "Étape 1 :", "Paso 4.",
# "Krok 1 –"): an instruction, not a statement to check (a recipe page of trafilatura-eval-dev flagged its step three
# "Do this by melting the chocolate … (in 15-20 second spurts)" as its first claim). The label opens the block and is
# followed by a colon, a full stop, a bracket or a dash, so "Step by step, the government cut …" and "Stufe 1 der
# Reform …" are prose.
_STEP_WORDS = "step|schritt|étape|etape|paso|passo|krok|stap"
_STEP_NUMBERS = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eins|zwei|drei|vier|fünf|sechs|sieben|acht"
_STEP = re.compile(rf"^\W*(?:{_STEP_WORDS})\s+(?:{_STEP_NUMBERS})\s*[:.)–—-]", re.IGNORECASE)


def block_furniture_reason(text: str) -> str | None:
    """Why every sentence of a block is kept out of the article's claims, or ``None``: ``"footnote"`` (a note of
    the page's notes list) or ``"instruction step"`` (a numbered step of a how-to or recipe).

    Args:
        text: the block's whole text.
    """
    if _FOOTNOTE.search(text):
        return "footnote"
    if _STEP.match(text):
        return "instruction step"
    return None


# A recipe card's or how-to's instructions heading, the whole block ("Instructions", "Zubereitung:", "Modo de
# preparo", "Les étapes"): the blocks under it, up to the next heading, are its steps (a recipe card's steps carry no
# step label: "Add all filling ingredients to a food processor and blend …"). "Method" and "Preparation" are left
# out (a study's and a news page's sections too), and so are ingredient lists: their items are short lines that read
# as headings, so nothing would close the section.
_INSTRUCTIONS_WORDS = (
    r"instructions|directions|zubereitung|anleitung|so geht'?s|préparation|étapes|preparación|elaboración|"
    r"instrucciones|pasos|preparazione|procedimento|modo de (?:preparo|preparação)|preparo|preparação|"
    r"przygotowanie|sposób przygotowania|bereiding|bereidingswijze"
)
_INSTRUCTIONS = re.compile(
    rf"^\W*(?:(?:the|die|les|los|las|os|as|gli|de)\s+)?(?:{_INSTRUCTIONS_WORDS})\W*$", re.IGNORECASE
)
#: A block this short that does not end like a sentence is a heading: it closes an instructions section.
MAX_SECTION_HEADING_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…]\W*$")


def block_reasons(texts: Sequence[str]) -> list[str | None]:
    """:func:`block_furniture_reason` of each of a page's blocks (texts in page order), and ``"instruction step"``
    for the blocks under a recipe card's or how-to's instructions heading, up to the next heading."""
    reasons: list[str | None] = []
    steps = False
    for text in texts:
        line = " ".join(text.split())
        heading = len(line.split()) <= MAX_SECTION_HEADING_WORDS and not _SENTENCE_END.search(line)
        if heading:
            steps = bool(_INSTRUCTIONS.match(line))
        reasons.append(block_furniture_reason(text) or ("instruction step" if steps and not heading else None))
    return reasons
