"""The one attribution-frame stripper: a sentence without "the ministry said that …" / "…, Sputnik reported".

A fact-checker checks what was claimed, not that somebody said it; the attribution stage records the who.
Frames are found with patterns built from :data:`sift.lexicon.languages.LANGUAGES` (every language's
"according to" words, reporting verbs, complementisers, time words) at the start ("X said that …",
"According to X, …", "Laut X …") and at the end ("…, the ministry said, Sputnik reported.", "…», a précisé le
ministère."). Two callers want two strengths, chosen with ``eager``:

- claims (``eager=False``): the claim span a reader sees. Only sentences of :data:`MIN_WORDS` words or more
  lose a frame, a cut must leave :data:`MIN_CONTENT_WORDS` words, and quote marks left dangling are trimmed
  or closed; anything else keeps the whole sentence.
- match (``eager=True``): extra phrasings of a query to embed. Frames are cut from text of any length,
  repeatedly, with looser patterns (no comma needed after "X said"): a wrong cut costs nothing, because the
  whole sentence is searched too.
"""

from __future__ import annotations

import re

from sift.lexicon.languages import LANGUAGES, alternatives
from sift.lexicon.quotes import pairs
from sift.lexicon.speaker_words import SPEAKER_WORDS

__all__ = ["MIN_CONTENT_WORDS", "MIN_WORDS", "strip_frame"]

#: Sentences shorter than this keep their whole claim span: the frame is most of what there is to read.
MIN_WORDS = 12
#: The clause left after cutting must still say something.
MIN_CONTENT_WORDS = 4
#: A frame is short; a longer tail after a comma is content, not a frame.
_MAX_FRAME_WORDS = 12

_WORD = re.compile(r"\w+", re.UNICODE)
_SPEECH = alternatives("speech_verbs")
_COMPLEMENTISER = alternatives("complementisers")
_WHEN = r"(?:\s+" + alternatives("time_words") + r"\b){0,3}"
_ACCORDING = alternatives("according")
# "According to X, …", "Selon X, …", "Laut X, …", "Volgens X, …", "Según X, …"
_ACCORDING_TO = re.compile(rf"^\s*{_ACCORDING}\s[^,;:]{{1,80}},\s*", re.IGNORECASE)
_NAMED_LANGUAGES = [row for row in LANGUAGES.values() if row.named_according]
# "Laut Klinzewitsch können …" (no comma): "laut" plus a short name phrase before a lower-case word. Capitals and
# lower-case letters are Latin and German ones; a language row with other letters widens these classes.
_NAMED_ACCORDING = re.compile(
    rf"^\s*(?i:{alternatives('named_according', _NAMED_LANGUAGES)})\s+"
    rf"(?:{alternatives('articles', _NAMED_LANGUAGES)}\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){{1,3}}(?=[a-zäöüß])"
)
# "The ministry (also) said (that) …", "Le ministère a précisé que …", "Er sagte, dass …"; a verb in brackets
# frames no sentence ("Stadia is launching with 22 games (10 more were announced over the weekend), …"), but a
# bracket closed before the verb is part of the source's name ("The World Health Organization (WHO) said …")
_FRAME_CHAR = r"[^,;:\"«“„()\[\]]"
_LEADING_FRAME = re.compile(
    rf"^\s*(?:{_FRAME_CHAR}|\({_FRAME_CHAR}{{0,60}}\)|\[{_FRAME_CHAR}{{0,60}}\]){{1,100}}?\b{_SPEECH}\b"
    rf"(?:{_WHEN}\s*,?\s*{_COMPLEMENTISER}\b\s*|\s*,?\s*:?\s*)",
    re.IGNORECASE,
)
_TAIL_SPEECH = re.compile(rf"\b{_SPEECH}\b", re.IGNORECASE)
# "…, said that emissions rose": a verb with its complementiser opens the reported clause, no trailing frame
#: (not English "that" as a demonstrative of a time: "…, the minister said that day.")
_SPEECH_THAT = re.compile(
    rf"\b{_SPEECH}{_WHEN}\s*,?\s*{_COMPLEMENTISER}\b(?!\s+(?:day|morning|afternoon|evening|night|week|month|year|time)\b)",
    re.IGNORECASE,
)
#: Words before a reporting verb that put it in a subordinate or relative clause ("When the minister said …, the
#: opposition walked out", "On the day that Samsung announced …, I rushed …", "Officials who said …"): the main
#: clause is not what it reports. Relative pronouns count in lower case after the first word only ("That company
#: said …", "The World Health Organization (WHO) said …").
_SUBORDINATORS = frozenset().union(*(row.subordinators | row.verb_final_conjunctions for row in LANGUAGES.values()))
_RELATIVES = frozenset().union(*(row.relative_pronouns for row in SPEAKER_WORDS.values()))
#: Words after which an English reporting verb's form is a noun ("the reports", "his claims"; and a possessive
#: "’s": "Swift’s claims, …"): articles and possessive determiners (other languages' verb forms are no nouns).
_NOUN_MARKERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "these", "those"})
_POSSESSIVE_END = ("’s", "'s", "s’", "s'")
#: Pronouns whose "’s" is "has" or "is", no possessive ("He’s said that …", "…, it’s said.").
_CONTRACTED = frozenset({"he", "she", "it", "that", "there", "here", "who", "what", "where", "one"})
#: Adverbs that close a phrase opened by a subordinator ("since then", "until now", "once again"; issue #18).
_TIME_ADVERBS = frozenset({"then", "now", "again", "today", "yesterday", "recently", "lately"})
#: Words a relative pronoun may stand before its reporting verb ("that Samsung announced", "that the club announced").
_RELATIVE_REACH = 2
_OPEN_QUOTES = "\"'«“„‘‚‹ "
_CLOSE_QUOTES = "\"'»”“’‹›, "
# Inner quotes a cut may split from their closing mark ("… ‘international coalition,’" the ministry said).
_QUOTE_PAIRS = pairs(openers="‘“«„‹", singles=True)
_END_PUNCT = ".!?…"


#: What may close a trailing frame: a full stop, a comma, or an ellipsis ("…, a annoncé le ministère...": scraped
#: snippets end cut off), which must not keep the frame in the clause the matcher reads.
_FRAME_END = r"(?:\.\.\.|…|[.,])?"


def _eager_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The matcher's frames (every frame, the start-anchored ones alone) and the verb test that picks between them."""
    # the languages the matcher has phrasing verbs for (the others' queries keep their frames)
    covered = [row for row in LANGUAGES.values() if row.frame_tail_verbs or row.frame_lead_verbs]
    bare = [row for row in covered if row.bare_according]
    leading = (
        rf"^\s*{alternatives('according', covered)}\b[^,]{{0,80}},\s*"
        rf"|^\s*{alternatives('bare_according', bare)}\s+(?:{alternatives('articles', bare)}\s+)?[\w’'-]+\s+"
    )
    frames = [leading]
    verbs = []
    for row in covered:
        complementiser = rf"(?:\s{alternatives('complementisers', [row])})?" if row.complementisers else ""
        if row.frame_lead_verbs:
            lead = alternatives("frame_lead_verbs", [row])
            frames.append(rf"^[\w’' -]{{0,60}}?\b{lead}\b{complementiser}\s+")
            verbs.append(lead)
        if not row.frame_tail_verbs:
            continue
        tail = alternatives("frame_tail_verbs", [row])
        if row.frame_tail_aux:
            tail = rf"{alternatives('frame_tail_aux', [row])}\s{tail}"
        verbs.append(tail)
        if row.is_subject_first:
            article = rf"(?:{row.frame_article}\s)?" if row.frame_article else ""
            frames.append(rf",?\s*{article}[\w’' -]{{0,60}}?\b{tail}\b{complementiser}\s*{_FRAME_END}\s*$")
        else:
            frames.append(rf",?\s*{tail}\b[^,.…]{{0,80}}{_FRAME_END}\s*$")
    flags = re.IGNORECASE
    # every verb frame has a word boundary after its verb: requiring one here keeps "noted" in "annotated" out
    verb = re.compile("(?:" + "|".join(verbs) + r")\b", flags)
    return re.compile("|".join(frames), flags), re.compile(leading, flags), verb


#: Every frame the matcher cuts; the start-anchored "according to" ones; a reporting verb any other frame needs.
_EAGER_FRAMES, _EAGER_LEADING, _EAGER_VERB = _eager_patterns()


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _strip_tail_frames(text: str, start: int, end: int) -> int:
    """New end after cutting trailing ", <source> said" frames (repeatedly, for relays)."""
    while True:
        body = text[start:end].rstrip(_END_PUNCT + " ")
        comma = body.rfind(",")
        if comma < 0:
            return end
        tail = body[comma + 1 :]
        if _words(tail) > _MAX_FRAME_WORDS or not _TAIL_SPEECH.search(tail) or _SPEECH_THAT.search(tail):
            return end
        if _words(body[:comma]) < MIN_CONTENT_WORDS:
            return end
        end = start + comma


def _strip_leading_frame(text: str, start: int, end: int) -> int:
    """New start after cutting a leading "X said that" / "According to X," frame."""
    segment = text[start:end]
    for pattern in (_ACCORDING_TO, _NAMED_ACCORDING, _LEADING_FRAME):
        match = pattern.match(segment)
        if match and pattern is _LEADING_FRAME and _subordinate(segment[: match.end()]):
            continue
        if match and _words(segment[match.end() :]) >= MIN_CONTENT_WORDS:
            return start + match.end()
    return start


def _subordinate(frame: str) -> bool:
    """Whether a leading frame's verb stands in a subordinate or relative clause (:data:`_SUBORDINATORS`,
    :data:`_RELATIVES` after the first word): the sentence's main clause comes after it, so nothing is cut. A
    relative pronoun counts up to :data:`_RELATIVE_REACH` words before the verb, with no comma between ("Officials
    who said …", "On the day that the club announced …"); a longer relative clause of the subject, or one closed by
    a comma, ends before the verb ("The scientist who led the study said that …", "Officials who spoke on condition
    of anonymity said …")."""
    verb = next(reversed(list(_TAIL_SPEECH.finditer(frame))), None)
    before = frame[: verb.start() if verb else len(frame)]
    words = list(_WORD.finditer(before))
    return any(
        (word.group().lower() in _SUBORDINATORS and not _adverbial(words, k))
        or (k and word.group().islower() and word.group() in _RELATIVES and _holds_verb(before, words, k))
        for k, word in enumerate(words)  # not "(WHO)"
    )


def _adverbial(words: list[re.Match[str]], k: int) -> bool:
    """Whether the subordinator ``words[k]`` opens an adverb of time, not a clause ("Since then the ministry has
    said that …", "Until now the club has said …", "Once again the minister said …"): the frame is the main clause."""
    return k + 1 < len(words) and words[k + 1].group().lower() in _TIME_ADVERBS


def _holds_verb(before: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether the relative pronoun ``words[k]`` heads the clause of the verb after ``before``: at most
    :data:`_RELATIVE_REACH` words between them and no comma."""
    return len(words) - k - 1 <= _RELATIVE_REACH and "," not in before[words[k].end() :]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quote marks, commas and spaces around the clause (sentence punctuation stays)."""
    while start < end and text[start] in _OPEN_QUOTES:
        start += 1
    while end > start and text[end - 1] in _CLOSE_QUOTES:
        end -= 1
    for opener, closer in _QUOTE_PAIRS:
        clause = text[start:end]
        if clause.count(opener) > clause.count(closer):
            close_at = text.find(closer, end, end + 3)
            if close_at >= 0:
                end = close_at + 1
    return start, end


#: Share of a sentence's longer words written with a capital above which it is a title-case headline ("Tim Cook
#: Says Apple Will …"), whose capitalised verbs are verbs.
_TITLE_CASE_SHARE = 0.8
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")


def _without_named_verbs(text: str) -> str:
    """``text`` with every capitalised reporting verb after its first word masked (same length): inside a sentence
    a capital makes it a name or a noun ("the United States’ leverage", "Edward Said", "das Sagen"), no frame's verb;
    a title-case headline keeps them."""
    words = _LONG_WORD.findall(text)
    if words and sum(word[0].isupper() for word in words) >= _TITLE_CASE_SHARE * len(words):
        return text
    first = _WORD.search(text)
    masked = list(text)
    for match in _TAIL_SPEECH.finditer(text):
        if match.group()[0].isupper() and first is not None and match.start() > first.start():
            masked[match.start()] = "_"
        elif _after_noun_marker(text[: match.start()]):
            masked[match.start()] = "_"  # "Big Machine has denied Swift’s claims, saying …": a noun
    return "".join(masked)


def _after_noun_marker(before: str) -> bool:
    """Whether the word before a reporting verb's form makes it a noun: a determiner or possessive
    (:data:`_NOUN_MARKERS`: "the claims", "his reports") or an English possessive ("Swift’s claims")."""
    words = before.rstrip().rsplit(None, 1)
    last = words[-1] if words else ""
    possessive = len(last) > 2 and last.endswith(_POSSESSIVE_END) and last[:-2].lower() not in _CONTRACTED
    return last.lower() in _NOUN_MARKERS or possessive


def _claim_span(text: str) -> tuple[int, int]:
    end = len(text.rstrip())
    start = min(len(text) - len(text.lstrip()), end)
    if start == end or _words(text) < MIN_WORDS:
        return start, end
    framed = _without_named_verbs(text)
    cut_end = _strip_tail_frames(framed, start, end)
    cut_start = _strip_leading_frame(framed, start, cut_end)
    if (cut_start, cut_end) == (start, end):
        return start, end
    clause_start, clause_end = _trim(text, cut_start, cut_end)
    if _words(text[clause_start:clause_end]) < MIN_CONTENT_WORDS:
        return start, end
    return clause_start, clause_end


def _eager_span(text: str) -> tuple[int, int]:
    # Every frame but the start-anchored "according to X," kinds needs a reporting verb; the end-anchored ones
    # try every position, so text without such a verb (most clauses) gets only the cheap start-anchored pattern.
    frames = _EAGER_FRAMES if _EAGER_VERB.search(text) else _EAGER_LEADING
    start, end = 0, len(text)
    while True:
        piece = text[start:end]
        cut_start, cut_end = 0, len(piece)
        for match in frames.finditer(piece):  # anchored at ^ or $: a leading and/or a trailing frame
            if match.start() == 0:
                cut_start = match.end()
            else:
                cut_end = match.start()
        kept = piece[cut_start:cut_end]
        new_start = start + cut_start + len(kept) - len(kept.lstrip())
        new_end = max(start + cut_start + len(kept.rstrip()), new_start)
        if (new_start, new_end) == (start, end):
            return start, end
        start, end = new_start, new_end


def strip_frame(text: str, *, eager: bool = False) -> tuple[int, int]:
    """Offsets ``(start, end)`` in ``text`` of its claim-bearing part, the attribution frame cut off.

    Args:
        text: one sentence (or, with ``eager``, any clause of one).
        eager: cut as the matcher wants its extra phrasings (any length, looser frames, repeatedly) rather
            than as the claim span a reader sees (long sentences only, quotes tidied); see the module doc.

    Returns:
        The part without its frame; without one, the whole text without surrounding spaces (an empty span
        for blank text).
    """
    return _eager_span(text) if eager else _claim_span(text)
