"""A pull quote signed after its closing mark: a block that is one quotation followed by the name of who said it
("“Sport ist mein wichtigster Selfcare-Hack …” Singer-Songwriterin Elif (@elifmusic)", "“…” (Maren Kissing)",
"“…” — Jane Doe, nurse"). Listicles and feature pages set their contributors' tips so, with no verb of saying: the
byline is the frame. Found on realpages dev10 (r10-009: fourteen contributors quoted only so)."""

from __future__ import annotations

import re

from sift.attribution.frames import Frame, quote_regions, trim_content
from sift.lexicon.languages import LANGUAGES
from sift.lexicon.speaker_words import AND_WORDS, compound_entry

__all__ = ["BYLINE_CUE", "is_titled", "quote_byline_frame", "quote_signature_frames"]

#: The cue lemma of a signed quote: the byline stands where a signature dash would (a punctuation cue, as "—" is).
BYLINE_CUE = "—"
#: What may stand before the quotation in its block: nothing, or a list item's number ("6. “…”").
_LEAD = re.compile(r"\s*(?:\d{1,3}[.)]\s*)?")
#: One word of a byline: capitalised (hyphenated parts, a gender ending "Creator:innen", an initial "M.", an accent).
_NAME_WORD = r"[^\W\d_][\w'’.:*-]*"
#: Most words a byline may have (titles and the name: "Content Creatorin & Stylistin Lisa Masé").
MAX_BYLINE_WORDS = 7
#: A social-media handle after the name ("(@elifmusic)"): the contributor's account, no part of the name.
_HANDLE = re.compile(r"\s*\(@[\w.]+\)\s*$")
_DASHES = "—–-"
#: Words joining a contributor's titles ("Sänger und Content-Creator", "Creatorin & Stylistin").
_JOINS = AND_WORDS | {"and", "&"}
#: English function words a title-case heading capitalises ("Gold Star For Self Validation", "Sign With Blinking
#: Lights") and no name or title of a person holds ("Of" may: "Head Of Marketing"; "Van", "De" are name particles).
_HEADING_WORDS = frozenset(
    {"For", "With", "From", "Into", "About", "Your", "My", "Our", "Their", "This", "That", "These", "Those", "To", "On"}
)
#: Fewest words of a quotation read as a product's or a work's name by its capitals ("“Do Not Disturb” Sign"); one
#: capitalised word may be a blurb ("“Riveting” The New York Times").
_MIN_NAME_WORDS = 2


def _byline_words(words: list[str]) -> bool:
    """Whether a run of words reads as a byline: capitalised words (and-words joining titles), the last one a
    name's, no digit, no sentence inside and no stop after it."""
    if not 1 <= len(words) <= MAX_BYLINE_WORDS or not words[-1][:1].isupper():
        return False
    if words[-1].endswith(".") and len(words[-1]) > 2:
        return False  # "„…“ Große Worte.": a sentence's stop (an initial keeps its dot: "Sarah K.")
    return words[0] not in _JOINS and all(
        (re.fullmatch(_NAME_WORD, word) and word[:1].isupper() and not word.endswith((":", ".."))) or word in _JOINS
        for word in words
    )


def quote_byline_frame(text: str, lang: str | None = None) -> Frame | None:
    """The frame of a block that is one quotation (after a list number at most) signed at its end by a name,
    bracketed or not, with a handle or a dash or neither: the quotation is the content, the name the source. Any
    other text after the quote (a sentence, a lower-case word, a stop) makes it no byline, nor does a listicle's
    heading that quotes a product's name (:func:`_names_a_product`)."""
    regions = quote_regions(text)
    if not regions:
        return None
    lead = _LEAD.match(text)
    if lead is None or lead.end() != regions[0][0]:
        return None
    start, end = regions[0][0], regions[-1][1]
    if end >= len(text) or text[end - 1].isalnum():
        return None  # a quote that never closes runs to the end: no byline after it
    gap = end
    while gap < len(text) and (text[gap].isspace() or text[gap] in _DASHES):
        gap += 1
    if gap == end:
        return None  # "“…”Name": no byline stands apart
    tail = text[gap:]
    handle = _HANDLE.search(tail)
    name_end = gap + (handle.start() if handle else len(tail.rstrip()))
    source = (gap, name_end)
    if text[gap : gap + 1] == "(" and text[name_end - 1 : name_end] == ")" and handle is None:
        source = (gap + 1, name_end - 1)  # "“…” (Maren Kissing)"
    spans = [(source[0] + word.start(), word.group()) for word in re.finditer(r"\S+", text[source[0] : source[1]])]
    words = [word for _, word in spans]
    if not _byline_words(words):
        return None
    if not any(char in _DASHES for char in text[end:gap]) and _names_a_product(text[start + 1 : end - 1], words, lang):
        return None
    joined = [k for k, word in enumerate(words) if word in _JOINS]
    if joined:  # "Sänger und Content-Creator Strify": two titles of one contributor, named after the last
        source = (spans[joined[-1] + 1][0], source[1])
    content = trim_content(text, (start, end))
    if content is None:
        return None
    return Frame(cue=(end, gap), content=[content], source=source, cue_lemma=BYLINE_CUE)


def _names_a_product(quoted: str, words: list[str], lang: str | None) -> bool:
    """Whether a quotation and the capitalised words after it, with no dash between, are a listicle's heading:
    the words hold a title-case function word ("2. “I tried” Gold Star For Self Validation"), or the quotation is
    a name by its capitals, with no stop ("8. “Live Laugh Love” Wall Decal"). A contributor's quote is a sentence
    ("“Start small.” Coach Anna Meyer"); a signature dash keeps a blurb ("“Simply Stunning” — Vogue")."""
    if any(word in _HEADING_WORDS for word in words[1:]):
        return True
    quoted = quoted.strip()
    return (
        lang is not None
        and len(quoted.split()) >= _MIN_NAME_WORDS
        and not quoted.endswith(tuple(".!?…"))
        and _work_title(quoted, lang)
    )


def is_titled(title: str, lang: str) -> bool:
    """Whether a signature's words after the name's comma hold a title ("CEO von creditshelf", "head of the food
    bank", "Landesgeschäftsführerin"; English titles pass in every language: "CEO von creditshelf"): a place ("New
    York, United States") or a credit ("Getty Images, file photo") holds none."""
    row = LANGUAGES.get(lang)
    if row is None:
        return False
    titles = row.speakers.title_nouns | row.speakers.spokesperson_nouns
    words = [word.strip("()").lower() for word in title.split()]
    if any(word in titles or word in LANGUAGES["en"].speakers.title_nouns for word in words):
        return True
    return row.speakers.has_compounds and any(compound_entry(word, titles) is not None for word in words)


#: A signer's name: two to four capitalised words, name particles between ("Jane Porter", "Ana de la Cruz").
SIGNATURE_NAME = r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|v\.|von|van|de|di|da|del|der|du|la|le)){1,3})"
#: After a quotation closed by a comma inside its marks ("“…,”"), a name and its title ending the sentence with no
#: verb: "“…,” Maria Lopez, Director of the Southern Marine Branch." (press releases leave the "said" out).
_SIGNED_AFTER = re.compile(
    r"\s+" + SIGNATURE_NAME + r",\s+(?P<title>[^\s.:!?,;\"“”„«»][^.:!?,;\"“”„«»]{1,100}?)[.!]?\s*(?=$|\s[A-ZÀ-Ý\"“„«])"
)
#: Most words of such a title ("Director of the Caribbean Air and Marine Branch").
MAX_SIGNED_TITLE_WORDS = 10
#: Words of a work's title its capitals may leave out ("The Zone of Interest", "Dune: Part Two").
_SHORT_WORD = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def quote_signature_frames(text: str, lang: str) -> list[Frame]:
    """Frames of quotations that open a sentence, close with a comma inside their marks and are followed by
    nothing but a name and its title ("“Our officers patrol the coast,” Maria Lopez, Director of the Marine
    Branch."): the name is the source, the quotation the content. The title must hold a title noun
    (:func:`is_titled`), so "“Summer Nights,” Peter Hale, 2019." signs nothing; a quotation whose every longer word
    is capitalised is the title of a work in a list of credits ("“Oppenheimer,” Christopher Nolan, director."),
    no statement."""
    frames = []
    for start, end in quote_regions(text):
        inner = text[start + 1 : end - 1].rstrip()
        if not inner.endswith(",") or text[:start].rstrip()[-1:] not in ("", ".", "!", "?", "”", '"'):
            continue
        if _work_title(inner, lang):
            continue
        match = _SIGNED_AFTER.match(text, end)
        if match is None or len(match["title"].split()) > MAX_SIGNED_TITLE_WORDS or not is_titled(match["title"], lang):
            continue
        content = trim_content(text, (start, end))
        if content is not None:
            cue = (end, match.start("name"))
            frames.append(Frame(cue=cue, content=[content], source=match.span("name"), cue_lemma=BYLINE_CUE))
    return frames


def _work_title(words: str, lang: str) -> bool:
    """Whether a quotation's ``words`` are a work's title by their capitals: every longer word capitalised ("The
    Zone of Interest"), where the language writes common nouns in lower case (German capitalises every noun)."""
    row = LANGUAGES.get(lang)
    if row is None or row.speakers.capitalises_nouns:
        return False
    return all(word[:1].isupper() for word in _WORD.findall(words) if len(word) > _SHORT_WORD)
