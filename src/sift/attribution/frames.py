"""Language-neutral pieces of attribution finding: the Frame record, quote regions and span trimming."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sift.lexicon.languages import LANGUAGES
from sift.lexicon.quotes import closers, pairs
from sift.lexicon.speaker_words import SPEAKER_WORDS

__all__ = [
    "Frame",
    "RelaySpan",
    "Span",
    "chained",
    "citation_frames",
    "collapse_relays",
    "cut_spans",
    "frame_kind",
    "only_asks",
    "quote_regions",
    "section_label_colon",
    "speaker_label_frame",
    "trim_span",
    "widen_negated_partitives",
]

Span = tuple[int, int]

#: The German opening guillemet ("»Stopp!«"; session 41, recall41b).
GERMAN_GUILLEMET = "»"

#: Opening quote mark -> the closing marks that end it: English, French and German double marks, English single
#: ones, and a typed " closing a curly one. German »…« only closed by its own «, never the Swedish »…» (a » between
#: links is a breadcrumb, "Start » Politik »"); not yet ‚…‘.
QUOTE_PAIRS = closers(openers='“«„"‘', singles=True, mixed=True) | {
    opener: closer for opener, closer in pairs(openers=GERMAN_GUILLEMET) if closer != opener
}

#: The marks :func:`quote_regions` looks for, found by ``re`` (a loop over each character was 1-2% of a check)
_OPENERS = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
_CLOSERS = {opener: re.compile("[" + re.escape(marks) + "]") for opener, marks in QUOTE_PAIRS.items()}

#: Characters trimmed from both ends of a source or cue span.
EDGE_PUNCT = " \t\n\xa0,;:.!?—–-()[]"
#: Characters trimmed from the end of a content span: quotes and the punctuation inside them stay.
CONTENT_TAIL = " \t\n\xa0,;:—–-("
CONTENT_HEAD = " \t\n\xa0,;:.—–-)"
SENTENCE_STOPS = ".!?…"

_WORD = re.compile(r"\w")
#: Words opening an "as" clause in any language ("…, wie die Zeitung berichtet", "…, as Reuters reported"): the
#: reporter's frame owns its opener when it relays the statement it follows.
AS_OPENERS = frozenset(word for row in LANGUAGES.values() for word in row.as_words)
_OPENER_BEFORE = re.compile(r"(\w+)[\s\xa0]*$")
#: One to four capitalised words and a colon opening a block: a speaker label.
SPEAKER_LABEL = re.compile(r"[\"“]?(?P<source>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+(?=\S)")
#: A bracketed outlet citing what precedes it, as news digests do ("… in “serious trouble.” [NYT.]").
CITATION = re.compile(r"\[(?P<source>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})\.\]")
#: "Source:" in the languages sift reads: over a block, a page section ("Quelle: Prospekt next week" under a deal
#: post, dev10 r10-011); inside brackets after a sentence, the credit of what it states
#: (``author_citations.SOURCE_CREDIT``).
SOURCE_LABELS = ("Source", "Sources", "Quelle", "Quellen", "Fuente", "Fuentes", "Fonte", "Fontes", "Źródło")
#: The cue lemma of a bracketed source credit's frame ("… 6,1 Prozent (Quelle: Bundesagentur für Arbeit)",
#: ``author_citations.source_credit_frames``): an "according to" frame, as sure as "laut X".
SOURCE_CREDIT_CUE = "(source:)"
#: The cue lemma of a frame found by reported speech alone, no verb of saying ("Ministerin X trat vor die Presse. Die
#: Versorgung sei gesichert."): the sentence before names who, nothing names how it was said.
REPORTED_CUE = "(reported)"
#: Block-opening labels that name a page section, not a speaker ("The Latest: …", "UPDATE: …", "Contributing: …");
#: from the spurious colon cues on PolNeAR train-holdout (bench/attribution.py --split train-holdout).
NOT_SPEAKERS = frozenset(
    label.casefold()
    for label in (
        "The Latest", "Update", "Updated", "Contributing", "Twitter", "Editor's Note", "Editor’s Note", "Note",
        "Watch", "Related", "Video", "Photos", "Photo", "Exclusive", "Breaking", "Breaking News", "Read More",
        "Correction", "Disclosure", "Follow", "Email", "Listen", "Warning", "Analysis",
        "Opinion", "Live", "Transcript", "Full Transcript", "See Also", "More", "Also", "Credit", "Image",
        "Stream",  # a call to play, as "Listen:" and "Watch:" ("STREAM: Artist, Title / Title", dev7 r7-006)
        *SOURCE_LABELS,
    )
)  # fmt: skip
#: Last words of a column's or a section's kicker, not a speaker label ("High School Roundup: Viera defeats …",
#: "Weekend Recap: …", "Bundesliga-Vorschau: …"; the negative pages of bench/data/attribution-negatives.jsonl).
SECTION_HEADS = frozenset(
    {"roundup", "round-up", "recap", "preview", "digest", "briefing", "notebook", "highlights", "takeaways",
     "wrap-up", "vorschau", "rückblick", "überblick", "liveticker", "ticker"}
)  # fmt: skip


def _is_section_label(label: str) -> bool:
    """Whether a case-folded block-opening label names a page section: a listed label, or a kicker whose last
    word (or its part after a hyphen) is a section's."""
    last = label.rsplit(" ", 1)[-1]
    return label in NOT_SPEAKERS or last in SECTION_HEADS or last.rsplit("-", 1)[-1] in SECTION_HEADS


#: Words opening a byline, not a speaker label ("By Jane Doe: The Americas cannot …", "Par Jean Dupont: …").
BYLINE_WORDS = frozenset({"by", "par", "por"})
#: Words opening a letter's salutation, not a speaker label ("DEAR ABBY: My husband …", "Dear Readers: …",
#: "Liebe Leserinnen: …"): the words after it name who is written to, never who writes (realpages dev7, an advice
#: column's letters and answers).
SALUTATION_WORDS = frozenset(
    {"dear", "dearest", "hi", "hello", "cher", "chère", "chers", "chères", "liebe", "lieber", "liebes", "querido",
     "querida", "queridos", "queridas", "caro", "cara", "cari", "care", "drogi", "droga", "drodzy"}
)  # fmt: skip
#: Nouns of a stated view in "That is the view (verdict, message …) of X", which gives X the sentence before
#: (``english._back_pointing_frame``; realpages dev5: "That is the view of football coach and administrator Renaldo
#: “Peewee” Gilkes as …", opening a paragraph). Not "position": "This is the position of the club after 20 games"
#: is a place in a table.
VIEW_NOUNS = frozenset(
    {"view", "verdict", "opinion", "message", "warning", "assessment", "conclusion", "argument", "claim", "belief"}
    | {"advice", "prediction", "contention", "finding"}
)
#: Cue lemmas that make an "according to" frame whatever the content looks like: English "according" (the parse's
#: cue head) and every language row's "according to" words ("selon", "laut", "zufolge", "según", "według").
ACCORDING_LEMMAS = frozenset(
    {"according", "après", SOURCE_CREDIT_CUE}
    | {
        word
        for row in LANGUAGES.values()
        for word in row.according_words | row.according_after_words | row.opinion_words
    }
)


@dataclass(slots=True)
class RelaySpan:
    """An intermediary in offsets: who passed the statement on, and with which cue."""

    source: Span
    cue: Span | None = None
    cue_lemma: str | None = None


@dataclass(slots=True)
class Frame:
    """One attribution in block offsets, before entities are resolved.

    ``content`` may have several fragments ("“A,” he said, “B.”"); the first is the main one.
    """

    cue: Span | None
    content: list[Span]
    source: Span | None = None
    cue_lemma: str | None = None
    via: list[RelaySpan] = field(default_factory=list)
    #: the English frame scorer's log-odds that the cue is a real cue (``None``: a rule found the frame)
    score: float | None = None
    #: the cue heads a conditional clause ("if the patient reports no birds …"), stands under a modal of
    #: possibility ("others might argue …", "most people would think …") or under a verb of refusal ("refuse to
    #: acknowledge that …"): a supposition or a refusal, not a statement
    hypothetical: bool = False
    #: the cue's object is a noun phrase and no clause hangs on it ("X published a novel", "Y believed the waiter"):
    #: for verbs of writing and of belief an act on a thing, no statement (``confidence.is_speech``)
    thing_content: bool = False
    #: the noun phrase a relative-pronoun source stands for ("the waiter, who said …"): the speaker is read from it
    antecedent: Span | None = None

    @property
    def content_extent(self) -> Span:
        """The longest content fragment: the span a single Mention reports."""
        return max(self.content, key=lambda span: span[1] - span[0])


def quote_regions(text: str) -> list[Span]:
    """Quoted stretches of ``text`` including their marks, left to right, not nested.

    A quote that never closes runs to the end of the text, since news paragraphs often open a quote that
    continues in the next paragraph.
    """
    original = text
    text = text.replace("''", '"\x00')  # typewriter doubled apostrophes (''…'') quote like "…"
    regions: list[Span] = []
    index = 0
    while (opening := _OPENERS.search(text, index)) is not None:
        index = opening.start()
        char = text[index]
        if char == "‘" and index > 0 and text[index - 1].isalpha():
            index += 1
            continue
        closing = _CLOSERS[char].search(text, index + 1)
        if char == GERMAN_GUILLEMET and (closing is None or text[index + 1 : index + 2].isspace()):
            # "Start » Politik": a German guillemet quotes only with its closing mark and written against the
            # quotation's first word ("»Nein«"); a spaced » is a breadcrumb or a French closing mark whose opener
            # was in another block ("» La situation est grave. Il a répondu : « … »"), which a « later must not close
            index += 1
            continue
        end = len(text) if closing is None else closing.start()
        regions.append((index, min(end + 1, len(text))))
        index = end + 1
    doubled = [(start, end + 1 if original[end - 1 : end + 1] == "''" else end) for start, end in regions]
    return [(start, end) for start, end in doubled if end - start > 2]


def trim_content(text: str, span: Span) -> Span | None:
    """A content span without edge punctuation and without a sentence-final stop outside quotes."""
    trimmed = trim_span(text, span, head=CONTENT_HEAD, tail=CONTENT_TAIL)
    if trimmed is None:
        return None
    start, end = trimmed
    while end > start and text[end - 1] in SENTENCE_STOPS:
        end -= 1
    return (start, end) if end > start else None


def trim_span(text: str, span: Span, *, head: str = EDGE_PUNCT, tail: str = EDGE_PUNCT) -> Span | None:
    """``span`` without leading ``head`` and trailing ``tail`` characters; ``None`` if no word is left."""
    start, end = span
    while start < end and text[start] in head:
        start += 1
    while end > start and text[end - 1] in tail:
        end -= 1
    if start >= end or not _WORD.search(text, start, end):
        return None
    return start, end


def extend_to_quotes(span: Span, regions: list[Span], text: str) -> Span:
    """Grow a content span to cover every quote region it partly overlaps (quotes run over sentences).

    A span strictly inside a quote grows only when it starts at the quote's first word (the parse stopped at
    a sentence end inside the quote, or the marks were cut off); otherwise it is a statement nested in
    someone else's quote.
    """
    start, end = span
    for q_start, q_end in regions:
        if q_start < end and start < q_end and (q_start < start or q_end > end):
            inside = start > q_start and end < q_end
            if not inside or not _WORD.search(text, q_start, start):
                start, end = min(start, q_start), max(end, q_end)
    return start, end


def _covered(text: str, span: Span, cover: list[Span]) -> bool:
    """Whether every word character of ``span`` lies inside one of ``cover``."""
    return all(
        any(c_start <= index < c_end for c_start, c_end in cover)
        for index in range(span[0], span[1])
        if text[index].isalnum()
    )


def _opener(text: str, frame: Frame) -> list[Span]:
    """The "as" word opening the frame's clause right before its source ("wie | die Zeitung berichtet"), if any."""
    if frame.source is None:
        return []
    match = _OPENER_BEFORE.search(text, max(0, frame.source[0] - 20), frame.source[0])
    return [match.span(1)] if match and match.group(1).lower() in AS_OPENERS else []


#: The most characters of a frame's own setting between its source, cue and content ("said | on Tuesday | that").
MAX_SETTING_CHARS = 30


def _settings(text: str, frame: Frame) -> list[Span]:
    """The short stretches of a frame's own setting, a time or a place: between a source before the cue and the cue,
    and between the cue and the content right after it ("The Kremlin said on Tuesday that …, Interfax reported",
    "afirmó este martes que …, informó la agencia EFE": "on Tuesday", "este martes" are the frame's, so the agency's
    content is covered by it and the two chain); none where a mark stands in one (a clause or an aside of its own).
    Used only when one of two frames has an outlet for its source: "anunció ayer que …, según un comunicado" is no
    relay chain."""
    if frame.cue is None or not frame.content:
        return []
    gaps = [(frame.cue[1], frame.content[0][0])]
    if frame.source is not None and frame.source[1] <= frame.cue[0]:
        gaps.append((frame.source[1], frame.cue[0]))
    return [
        (start, end)
        for start, end in gaps
        if 0 < end - start <= MAX_SETTING_CHARS and all(c.isalnum() or c.isspace() for c in text[start:end])
    ]


def _parts(frame: Frame) -> list[Span]:
    spans = [span for span in (frame.cue, frame.source) if span is not None] + list(frame.content)
    return spans + [span for relay in frame.via for span in (relay.source, relay.cue) if span is not None]


def cut_spans(text: str, content: list[Span], relay: list[Span]) -> list[Span]:
    """Content fragments with a relay's words cut off ("X, Sputnik reported" -> "X"; "a El País que Y" -> "que Y")."""
    kept: list[Span] = []
    for start, end in content:
        for r_start, r_end in sorted(relay):
            if start < r_start < end:
                end = r_start
            elif start < r_end < end and r_start <= start:
                start = r_end
        if not _covered(text, (start, end), relay) and (trimmed := trim_content(text, (start, end))) is not None:
            kept.append(trimmed)
    return kept or content


def _distance(a: Span, b: Span) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def chained(text: str, a: Frame, b: Frame, outlet: Callable[[Span], bool] | None = None) -> Frame | None:
    """The relay frame when ``a`` and ``b`` report one statement through two sources, else ``None``.

    They chain when the content of each is covered by the other's spans ("X said, Sputnik reported" parses
    either way round; a report nested inside another's content is no relay). When ``outlet`` says exactly one
    of the two sources is an outlet, that one passes the statement on: "According to the ministry, …, Reuters
    reported" and "Według ministra …, – poinformowała PAP" are the ministry via the agency, though the agency's
    cue sits nearer the content. Otherwise the original speaker is the one whose cue sits nearer the shared
    content.
    """
    if a.cue is None or b.cue is None or a.source is None or b.source is None:
        return None
    if _labelled_first_person(text, a, b) or _labelled_first_person(text, b, a):
        return None
    if _quoted_inside(text, a, b) or _quoted_inside(text, b, a):
        return None
    if not _covers_each_other(text, a, b, with_settings=False):
        # a frame's setting ("said | on Tuesday | that") counts as its own only where an outlet passes it on
        if outlet is None or outlet(a.source) == outlet(b.source):
            return None
        if not _covers_each_other(text, a, b, with_settings=True):
            return None
    if outlet is not None and (a_outlet := outlet(a.source)) != outlet(b.source):
        return a if a_outlet else b
    (a_start, a_end), (b_start, b_end) = a.content_extent, b.content_extent
    core = (max(a_start, b_start), min(a_end, b_end))
    return b if _distance(a.cue, core) <= _distance(b.cue, core) else a


#: A quotation a dash opens at the start of a sentence and the next spaced dash closes ("– Podejrzany przyznał się
#: do winy – powiedział.", "— No lo sabíamos — dijo."); group "words": its words, without the dashes.
_DASH_QUOTE = re.compile(r"(?:^|(?<=[.!?…]\s))[–—]\s*(?P<words>[^–—\n]+?)\s[–—]")


def _quoted_inside(text: str, inner: Frame, outer: Frame) -> bool:
    """Whether ``inner``'s cue and source stand inside a quotation that ``outer`` reports with its cue outside it:
    speech the quoted words report ("“… riscos que, na visão dos militares, podem …”, informa o jornalista X",
    realpages dev rp-031; "– Podejrzany przyznał się – powiedział."), no relay of the quoting speaker."""
    assert inner.cue is not None and inner.source is not None and outer.cue is not None
    first, last = min(inner.cue[0], inner.source[0]), inner.source[1]
    if not any(s <= first and last <= e for s, e in outer.content):
        return False  # no quotation of the content holds it: spare the scan of the text for every pair of frames
    for start, end in [*quote_regions(text), *(m.span("words") for m in _DASH_QUOTE.finditer(text))]:
        inside = start <= inner.cue[0] and inner.source[1] <= end and start <= inner.source[0]
        if inside and not start <= outer.cue[0] < end and any(s <= start and end <= e for s, e in outer.content):
            return True
    return False


def _covers_each_other(text: str, a: Frame, b: Frame, *, with_settings: bool) -> bool:
    """Whether the content of each frame is covered by the other's spans (and, ``with_settings``, its setting)."""
    a_parts = _parts(a) + _opener(text, a) + (_settings(text, a) if with_settings else [])
    b_parts = _parts(b) + _opener(text, b) + (_settings(text, b) if with_settings else [])
    return all(_covered(text, f, b_parts) for f in a.content) and all(_covered(text, f, a_parts) for f in b.content)


#: First-person pronouns that open what a speaker's label introduces ("Lagarde: We expect …", "Habeck: Ich …").
_FIRST_PERSON = frozenset(
    {"i", "we", "ich", "wir", "je", "nous", "yo", "nosotros", "io", "noi", "ja", "my", "eu", "nós"}
)


def _labelled_first_person(text: str, label: Frame, inner: Frame) -> bool:
    """Whether ``label`` is a speaker's label ("Lagarde: …") and ``inner`` a frame inside what it introduces whose
    source is a first-person pronoun: the labelled speaker says it, the label passes nothing on (it read as a
    relay of "We expect …")."""
    if label.cue_lemma != ":" or inner.source is None:
        return False
    return text[inner.source[0] : inner.source[1]].lower() in _FIRST_PERSON


#: Pronouns by which a reported statement names its own speaker: the first person, and German "man" ("Der Verband
#: erklärte, man begrüße die Entscheidung": the association welcomes it).
_SELF_PRONOUNS = _FIRST_PERSON | {"man"}


#: German third-person pronouns and the determiners of a noun phrase they can stand for ("Der Minister sagte, er
#: bedauere …", "Die Polizei erklärte, sie begrüße …", "Das Ministerium teilte mit, es prüfe …"). A phrase another
#: determiner opens is someone else ("Der Minister sagte, sie fordere mehr": she, not he, demands it).
_AGREEING_DETERMINERS = {
    "er": frozenset({"der", "ein", "dieser", "jener", "unser", "sein", "ihr", "kein"}),
    "sie": frozenset({"die", "eine", "diese", "jene", "unsere", "seine", "ihre", "keine", "beide", "alle", "viele"}),
    "es": frozenset({"das", "ein", "dieses", "jenes", "unser", "sein", "ihr", "kein"}),
}


def _third_person_self(text: str, outer: Frame, pronoun: str) -> bool:
    """Whether the German ``pronoun`` heading a report inside what ``outer`` reports stands for ``outer``'s source:
    its determiner agrees with the pronoun, it is the same pronoun, or it is a name with no determiner ("Merkel sagte,
    sie fordere mehr Geld")."""
    determiners = _AGREEING_DETERMINERS.get(pronoun)
    if determiners is None or outer.source is None:
        return False
    source = text[outer.source[0] : outer.source[1]]
    first = source.split(maxsplit=1)[0]
    if first[:1].islower():
        return False
    lowered = first.lower()
    if lowered in determiners or lowered == pronoun:
        return True
    if lowered in _AGREEING_DETERMINERS or any(lowered in others for others in _AGREEING_DETERMINERS.values()):
        return False  # another pronoun, or a determiner that does not agree
    return _title_agrees(source, pronoun)


def _title_agrees(source: str, pronoun: str) -> bool:
    """Whether a name with no determiner can be what ``pronoun`` stands for: a German title opening it, or a compound
    ending in one, tells its gender ("Bundeskanzlerin Angela Merkel sagte, er fordere mehr Geld": he is someone else,
    named before; "Finanzminister Lindner sagte, er …" is Lindner); a name with no title may be either."""
    speakers = SPEAKER_WORDS["de"]
    endings = speakers.feminine_title_endings
    first = source.split(maxsplit=1)[0].lower()
    held = [title for title in speakers.title_nouns if first == title or first.endswith(title)]
    if not endings or not held:
        return True
    title = max(held, key=len)  # "bundeskanzlerin": kanzlerin, not kanzler
    if title.endswith(endings):
        return pronoun == "sie"
    return pronoun == "er" if title + endings[0] in speakers.title_nouns else True


def _self_reported(text: str, outer: Frame, inner: Frame) -> bool:
    """Whether ``inner``'s source is a pronoun of :data:`_SELF_PRONOUNS`, or a German third-person pronoun standing
    for ``outer``'s source (:func:`_third_person_self`), inside what ``outer`` reports: the reporter speaks of itself
    and passes nothing on (the association read as the relay of "man"), so ``inner`` is dropped."""
    if inner.source is None or outer.cue is None or outer.source is None:
        return False
    start, end = inner.source
    pronoun = text[start:end].lower()
    if pronoun not in _SELF_PRONOUNS and not _third_person_self(text, outer, pronoun):
        return False
    return any(s <= start and end <= e for s, e in outer.content)


#: A sentence's stop: a pronoun's cue after one is no longer in a label's first sentence.
_SENTENCE_STOP = re.compile(r"[.!?…](?=\s)")
#: Personal pronouns of one person, by which a sentence under a speaker label names the labelled speaker again
#: ("Lagarde: Rates will rise, she said", "Scholz: …, sagte er").
_LABEL_PRONOUNS = frozenset({"he", "she", "er", "sie", "il", "elle"})
#: Pronouns of :data:`_LABEL_PRONOUNS` that are also plural, and the ending of their cue that makes them so ("Scholz:
#: Die Grünen wollen mehr Geld, sagten sie": "they", not Scholz).
_PLURAL_CUE_ENDINGS = {"sie": "en"}


def _label_pronoun(text: str, label: Frame, frame: Frame) -> bool:
    """Whether ``frame``'s source is a pronoun of :data:`_LABEL_PRONOUNS` after what it reports, its cue in the first
    sentence of what the speaker label ``label`` covers ("Lagarde: Rates will rise again in July, she said."): the
    pronoun is the labelled speaker, who passes nothing on to herself ("Rennen: … Was er …, schätzte er": another
    sentence's "er" is someone the text named since)."""
    if label.cue_lemma != ":" or frame.source is None or frame.cue is None:
        return False
    start, end = frame.source
    pronoun = text[start:end]
    if pronoun not in _LABEL_PRONOUNS or label.cue is None:  # not the polite "Sie": the one addressed
        return False
    plural = _PLURAL_CUE_ENDINGS.get(pronoun)
    if plural and text[frame.cue[0] : frame.cue[1]].split()[0].endswith(plural):
        return False
    if any(span[1] > start for span in frame.content) or _SENTENCE_STOP.search(text, label.cue[1], frame.cue[0]):
        return False  # the pronoun closes what it reports, in the label's first sentence ("…, she said")
    return any(s <= frame.cue[0] and frame.cue[1] <= e for s, e in label.content)


def _named_by_label(text: str, frames: list[Frame]) -> list[Frame]:
    """The frames with each pronoun under a speaker label (:func:`_label_pronoun`) replaced by the label's name and
    the label's own frame dropped: the sentence's cue reports the labelled speaker ("Lagarde: …, she said" was
    Lagarde via "she")."""
    for label in [frame for frame in frames if frame.cue_lemma == ":" and frame.source is not None]:
        frame = next((other for other in frames if other is not label and _label_pronoun(text, label, other)), None)
        if frame is None:
            continue
        assert label.source is not None and label.cue is not None
        frame.source = label.source
        frame.content = cut_spans(text, frame.content, [(label.source[0], label.cue[1])])
        frames = [other for other in frames if other is not label]
    return frames


def collapse_relays(text: str, frames: list[Frame], outlet: Callable[[Span], bool] | None = None) -> list[Frame]:
    """Fold relay frames into the ``via`` of the frame they pass on ("X said, Sputnik reported": X via Sputnik).

    Chains ("according to A, B reported C said") fold from the inside out, so ``via`` lists the nearest relay
    first. ``outlet`` tells a source span that names an outlet (see :func:`chained`).
    """
    # "Der Verband erklärte, man begrüße …": the reporter's own statement, not a relay of "man"
    frames = [
        frame
        for frame in frames
        if not any(
            other is not frame and other.cue_lemma != ":" and _self_reported(text, other, frame) for other in frames
        )
    ]
    frames = _named_by_label(text, frames)
    merged = True
    while merged:
        merged = False
        for inner in frames:
            for other in frames:
                if other is inner or chained(text, inner, other, outlet) is not other:
                    continue
                inner.via.append(RelaySpan(other.source, other.cue, other.cue_lemma))  # type: ignore[arg-type]
                if other.score is not None:  # the chain stands if either of its cues does
                    inner.score = other.score if inner.score is None else max(inner.score, other.score)
                inner.via.extend(other.via)
                relay = [span for span in (other.cue, other.source) if span is not None] + _opener(text, other)
                inner.content = cut_spans(text, inner.content, relay)
                frames.remove(other)
                merged = True
                break
            if merged:
                break
    return frames


def add_continuations(text: str, frames: list[Frame], regions: list[Span]) -> None:
    """Give a quoting frame the quotes that directly follow it ("“A,” she said. “B.”": B is hers too).

    A following quote counts when only a closing stop separates it from the frame, no other cue lies in it and no
    other frame reports it ("„A“, sagt X. „B“, sagt Y.": B is Y's alone).
    """
    cues = [frame.cue for frame in frames if frame.cue is not None]
    for frame in frames:
        if not any(any(q[0] <= s < q[1] for q in regions) for s, _ in frame.content):
            continue
        end = max(span[1] for span in [*frame.content, *(s for s in (frame.cue, frame.source) if s)])
        reported = [span for other in frames if other is not frame for span in other.content]
        for start, stop in regions:
            if start < end:
                continue
            if text[end:start].strip(" .,;\n\xa0") or any(start <= cue[0] < stop for cue in cues):
                break
            if any(r_start <= start and stop <= r_end for r_start, r_end in reported):
                break
            frame.content.append((start, stop))
            end = stop


def section_label_colon(text: str) -> int | None:
    """Offset of the colon ending a block-opening section label ("The Latest: …") or a letter's salutation ("DEAR
    ABBY: …"), which cues nothing."""
    match = SPEAKER_LABEL.match(text)
    if match is None:
        return None
    label = match.group("source").casefold()
    return match.end("source") if _is_section_label(label) or label.split(" ", 1)[0] in SALUTATION_WORDS else None


#: A negative quantifier and its partitive right before a source span ("Keiner der 448(!) | Abgeordneten … hat
#: geantwortet", "None of the | senators answered"): the parse left "none" out of the subject, and the span then
#: named the very group of which no one spoke. By language, matched on the text before the span.
_NEGATED_PARTITIVE = re.compile(
    r"(?:^|[\s(„“\"«])(?:keiner|keine|keines|niemand|none|neither|nobody|no\s+one|aucun|aucune|ninguno"
    r"|ninguna|nadie|nessuno|nessuna|nenhum|nenhuma|ninguém|żaden|żadna|żadne|nikt)\s+"
    r"(?:der|des|von\s+den|unter\s+den|aus\s+der|aus\s+dem|of\s+the|of\s+its|of\s+their|of|among\s+the|d[eu]s?|de\s+l[ao]s"
    r"|de\s+las|dei|degli|delle|dos|das|z|spośród)\s+(?:\d[\d.,]*\s*(?:\(\W+\)\s*)?)?$",
    re.IGNORECASE,
)


def widen_negated_partitives(text: str, frames: list[Frame]) -> None:
    """A source span right after a negative quantifier and its partitive (:data:`_NEGATED_PARTITIVE`) starts at the
    quantifier, so it reads as no one ("Keiner der Abgeordneten"), as it does when the parse includes it."""
    for frame in frames:
        if frame.source is None:
            continue
        start, end = frame.source
        match = _NEGATED_PARTITIVE.search(text, max(0, start - 80), start)
        if match is not None:
            frame.source = (match.start() + (0 if match.group()[:1].isalpha() else 1), end)


#: A block-opening label of a name, a comma and what the name is, over a quotation, as press releases quote
#: ("Anna Beispiel, Sprecherin der Stadt: „…“", "Wolfgang Weber, Vorsitzender der Geschäftsführung, zum Entwurf:
#: „…“"; realpages dev12 r12-012): the name (two to four capitalised words) is the speaker, the words after the
#: comma, opening with a capital (a title: "Berlin Mitte, am Dienstag:" is a place and a time), describe the name
#: or the topic; only a quotation after the colon makes it a label.
APPOSITIVE_LABEL = re.compile(
    r"(?P<source>[A-ZÄÖÜ][\w.'’-]*(?: [A-ZÄÖÜ][\w.'’-]*){1,3}),\s+[A-ZÄÖÜ][^:.!?;„“\"«»\n]{2,120}:\s+(?=[„“\"«»])"
)


#: The same label in the languages that write a title in lower case ("Elena Ruiz, directora del museo: «…»", "Julien
#: Moreau, maire de Nantes : « … »", "Ewa Dąbrowska, prezes spółki: „…“"): the description must open with one of
#: the language's titles (:func:`_titled_label`), so a place and a time ("Nueva York, el martes:") make none.
_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ"
TITLED_LABEL = re.compile(
    rf"(?P<source>[{_UPPER}][\w.'’-]*(?: [{_UPPER}][\w.'’-]*){{1,3}}),\s+(?P<title>[^\W\d_]+(?:-[^\W\d_]+)*)"
    r"[^:.!?;„“\"«»\n]{0,120}?\s?:\s+(?=[„“\"«»])"
)


def _titled_label(text: str, lang: str) -> re.Match[str] | None:
    """A block-opening :data:`TITLED_LABEL` whose description opens with a title of ``lang`` ("directora", "maire",
    "prezes"), else ``None``."""
    words = SPEAKER_WORDS.get(lang)
    match = TITLED_LABEL.match(text) if words is not None and not words.capitalises_nouns else None
    if match is None or match.group("title").casefold() not in words.title_nouns | words.spokesperson_nouns:
        return None
    return match


def speaker_label_frame(text: str, lang: str = "") -> Frame | None:
    """A block opened by a speaker label: "PENCE: Well, look, …" (transcripts) or "Pence: Flowers Won't Be …", or
    by a name and its description over a quotation (:data:`APPOSITIVE_LABEL`, :data:`TITLED_LABEL` in ``lang``)."""
    match = SPEAKER_LABEL.match(text) or APPOSITIVE_LABEL.match(text) or _titled_label(text, lang)
    if match is None or _is_section_label(match.group("source").casefold()):
        return None
    first = match.group("source").split(" ", 1)[0].casefold()
    if first in BYLINE_WORDS or first in SALUTATION_WORDS:
        return None  # a byline names the writer, who is no source of the text; a salutation the one written to
    content = trim_content(text, (match.end(), len(text)))
    if content is None:
        return None
    colon = match.end() - len(match.group()) + len(match.group().rstrip()) - 1
    return Frame(cue=(colon, colon + 1), content=[content], source=match.span("source"), cue_lemma=":")


#: A sentence's end inside a label's text: a stop and the space after it.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'“”‘’»«)\]]*\s+")
#: Closing marks after a sentence's last stop ("„Ist das so?“").
_AFTER_STOP = " \t\n\xa0\"'“”‘’»«)]"


def only_asks(text: str, frame: Frame) -> bool:
    """Whether every sentence a speaker label's frame covers is a question ("Deutschlandfunk: Macht Mozart
    schlau?", an interviewer's "Q: Why now?"): a question states nothing, so the label names no speaker there (the
    rule of the real-page gold, as for a poster who only asks)."""
    sentences = [part for start, end in frame.content for part in _SENTENCE_END.split(text[start:end])]
    closed = [part.rstrip(_AFTER_STOP) for part in sentences if part.strip()]
    # a content span's trailing stop is trimmed off: the text after the span tells how the last sentence closed
    if closed and frame.content:
        after = text[frame.content[-1][1] :].lstrip(_AFTER_STOP)
        closed[-1] += after[:1]
    return bool(closed) and all(part.endswith("?") for part in closed)


def citation_frames(text: str) -> list[Frame]:
    """Frames of bracketed outlet citations; each covers the text since the previous citation.

    Digest paragraphs ("HEADLINE Text … [WaPo.]") credit an outlet after the passage they summarise.
    """
    frames: list[Frame] = []
    previous = 0
    for match in CITATION.finditer(text):
        content = trim_content(text, (previous, match.start()))
        previous = match.end()
        if content is not None:
            frames.append(Frame(cue=match.span(), content=[content], source=match.span("source"), cue_lemma="[]"))
    return frames


def frame_kind(content: list[Span], regions: list[Span], lemma: str) -> str:
    """``according-to`` for its cues, else ``direct`` (all quoted), ``mixed`` (partly) or ``indirect``."""
    if lemma in ACCORDING_LEMMAS:
        return "according-to"
    if all(any(q_start <= start and end <= q_end for q_start, q_end in regions) for start, end in content):
        return "direct"
    has_quote = any(q_start < end and start < q_end for start, end in content for q_start, q_end in regions)
    return "mixed" if has_quote else "indirect"
