"""Posters of forum and comment threads as speakers: who posted a statement on a thread said it.

Extraction marks each post of a thread with its poster (``Block.poster``, read off the page's markup by
``sift.extract.posts``); the block opens with the post's header frame ("Gabi sagt: …", "Alex said: …",
"macbacchi: …"). Here the header becomes the frame of the post's statements: the poster's name is the source, the
frame's own verb (or the header's colon, with the lemma ``post``) the cue, and each sentence that states something
is one attribution. A poster who only asks, thanks or reacts states nothing and is no speaker: a sentence that
does not close with a full stop (a question or exclamation mark, as the claims stage reads a question; an ellipsis,
an emoji, no mark at all), opens with thanks or with the poster's own ignorance ("Wusste nicht, dass …"), or has
fewer than :data:`MIN_STATEMENT_WORDS` words is left out.
Frames the readers found in the header are dropped (the poster is the header's only speaker); frames inside the
post that name a source of their own ("mein Mann pflegt zu sagen „…“") keep it, and the sentences they cover are
theirs, while "it seems", "I think" are the poster's.

The poster is a speaker in its own right, not a name to resolve in running text: nicknames ("th3Chris",
"0alex0") are no names to the entity rules, and a poster is a person unless its name says it is an organisation
("… GmbH", a body noun of the language).
"""

from __future__ import annotations

import re
import unicodedata

from sift.attribution.frames import SALUTATION_WORDS, Frame, Span
from sift.document import Block, Speaker
from sift.lexicon.languages import LANGUAGES
from sift.lexicon.legal_forms import is_legal_form

__all__ = ["POSTED", "is_poster_frame", "is_statement", "post_frames", "poster_speakers"]

#: Confidence that a post's header frame reports the post's statements: the page's markup names who posted
#: (chosen by hand, as :data:`sift.attribution.confidence.RULE_CUE`; not tuned).
POSTED = 0.9
#: Fewest words a post's sentence needs to state something ("kein vpn.", "Werd da mitmachen" do not).
MIN_STATEMENT_WORDS = 4
#: Words that open thanks, in the languages sift attributes (a post that thanks states nothing).
THANKS = frozenset(
    {
        *("danke", "dank", "vielen", "lieben", "thanks", "thank", "thx", "merci", "gracias"),
        *("obrigado", "obrigada", "grazie", "dziękuję", "dzięki"),
    }
)
#: Greetings that open a post before its first comma, besides letters' salutations ("Hallo Sabienes, …").
GREETINGS = frozenset({"hallo", "hey", "moin", "servus", "bonjour", "salut", "hola", "ciao", "olá", "oi", "cześć"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: A post's sentence opening with the poster's own ignorance ("Wusste nicht, dass das Supermärkte machen", "Ich
#: wusst überhaupt nicht, dass …", "I didn't know that …", "Je ne savais pas que …"): a reaction to what the thread
#: told, whose news the poster learned there and does not report (realpages dev10 r10-011).
UNAWARE = re.compile(
    r"(?:ich\s+)?(?:wusste?|wußte?|hab\S*\s+(?:\w+\s+){0,2}gewusst)\s+(?:\w+\s+){0,2}?nicht\b"
    r"|(?:ich\s+)?(?:hab\S*\s+)?(?:\w+\s+){0,2}?nicht\s+gewusst\b"
    r"|(?:i\s+)?(?:did\s*n[o'’]t\s+know|never\s+knew)\b|(?:i\s+)?had\s+no\s+idea\b"
    r"|(?:je\s+)?ne\s+savais\s+pas\b",
    re.IGNORECASE,
)
#: Closing marks stripped before a sentence's last mark is read: quotes, brackets, spaces, emoji joiners.
_CLOSERS = "\"'”’»)]} \u200d\ufe0f"


def _opens_with_thanks(text: str) -> bool:
    """Thanks open the sentence, after a greeting if there is one ("Danke für …", "Hi Mohammad, Thanks for …")."""
    words = _WORD.findall(text)
    if words and words[0].lower() in SALUTATION_WORDS | GREETINGS and "," in text:
        words = _WORD.findall(text.split(",", 1)[1])
    return bool(words) and words[0].lower() in THANKS


def is_statement(text: str) -> bool:
    """Whether a post's sentence states something: enough words, no thanks, and it closes as a statement does, with
    a full stop (a question or exclamation mark, an ellipsis that trails off, an emoji or no mark at all close a
    question, a reaction or a chat line: "klingt lecker😋.", "bin dabei...👍", "den Test hab ich fast verpasst")."""
    words = _WORD.findall(text)
    if len(words) < MIN_STATEMENT_WORDS or _opens_with_thanks(text) or UNAWARE.match(text.lstrip()):
        return False
    text = text.rstrip(_CLOSERS)
    if any(unicodedata.category(char) == "So" for char in text[-3:]):
        return False
    return text.endswith((".", ":", ";")) and not text.endswith(("..", "…"))


def _in_header(frame: Frame, end: int) -> bool:
    return any(span is not None and span[0] < end for span in (frame.cue, frame.source))


def _names_other(block: Block, frame: Frame) -> bool:
    """Whether a frame inside a post names a source of its own: "it seems", "I think", "man sagt" name none, and
    the poster says what they frame."""
    if frame.source is None:
        return False
    row = LANGUAGES.get(block.lang)
    if row is None:
        return True
    words = row.speakers
    pronouns = (
        words.person_pronouns
        | words.thing_pronouns
        | words.first_person_pronouns
        | words.impersonal_pronouns
        | words.group_pronouns
    )
    return block.text[frame.source[0] : frame.source[1]].strip().lower() not in pronouns


def post_frames(block: Block, frames: list[Frame]) -> list[Frame]:
    """The frames of a post's block: its poster's over the sentences that state something and no other frame
    covers, then the other frames (those of its header dropped). A block that is no post keeps ``frames``."""
    poster, end = block.poster, block.post_start
    if poster is None or not end:
        return frames
    kept = [frame for frame in frames if not _in_header(frame, end) and _names_other(block, frame)]
    covered = [span for frame in kept for span in frame.content]
    statements: list[Span] = []
    for sentence in block.sentences:
        start = max(sentence.start, end)
        text = block.text[start : sentence.end]
        if start >= sentence.end or not is_statement(text):
            continue
        if any(s < sentence.end and start < e for s, e in covered):
            continue
        stripped = len(text) - len(text.lstrip())
        statements.append((start + stripped, sentence.end - (len(text) - len(text.rstrip()))))
    if not statements:
        return kept
    name = len(poster.name)
    cue = (name + 1, name + 1 + len(poster.verb)) if poster.verb else (name, name + 1)
    return [Frame(cue=cue, content=statements, source=(0, name), cue_lemma=poster.lemma), *kept]


def is_poster_frame(block: Block, frame: Frame) -> bool:
    """Whether ``frame`` is the poster's frame of a post's block (its source is the header's name)."""
    return block.poster is not None and frame.source == (0, len(block.poster.name))


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _kind(name: str, lang: str) -> str:
    """An organisation when the poster's name holds a legal form ("Müller GmbH", "Tierhilfe e.V.") or a body noun,
    else a person."""
    words = name.replace("(", " ").replace(")", " ").split()
    row = LANGUAGES.get(lang)
    bodies = row.speakers.body_nouns if row is not None else frozenset()
    if any(is_legal_form(word) for word in words):
        return "organisation"
    return "organisation" if {word.lower().strip(".") for word in words} & bodies else "person"


def poster_speakers(speakers: list[Speaker], posted: list[tuple[str, str, str]]) -> list[Speaker]:
    """``speakers`` with the posters of ``posted`` (poster name, language, attribution id per statement): a poster
    whose name a speaker already bears takes that speaker's place in the list; the others are new speakers."""
    by_name = {_fold(name): speaker for speaker in speakers for name in (speaker.name, *speaker.aliases)}
    speakers = list(speakers)
    for name, lang, attribution in posted:
        speaker = by_name.get(_fold(name))
        if speaker is None:
            speaker = Speaker(id=f"sp{len(speakers)}", name=name, kind=_kind(name, lang))
            speakers.append(speaker)
            by_name[_fold(name)] = speaker
        if lang not in speaker.languages:
            speaker.languages.append(lang)
        if attribution not in speaker.attributions:
            speaker.attributions.append(attribution)
    return speakers
