"""Author-year citations: a sentence that cites its authors ("Hummeln leben etwa zwei Monate (Smeets & Duchateau
2003).", "Nach Jacobs (1998) muss …", "fanden Forscher [Baal et al. (1994)] …") states what those authors found.
Science blogs and essays credit their sources so, with no verb of saying: the citation is the frame, its authors
the source and the sentence before it the content (realpages dev7 r7-015, dev9 r9-008: nine authors cited only
so).

A citation must look like one: capitalised author names and a year, inside brackets. A lone author must be no
word the dictionary holds ("(Stand 2019)", "(Januar 2020)", "(Ausgabe 2019)" cite nothing); two joined or "et al."
vouch for each other ("Koch & Stevenson, 2017"). Outside brackets, a name before a bracketed year is a citation
only after an "according to" word ("Nach Jacobs (1998)") or with "et al.": "Titanic (1997)" names a film."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from sift.attribution.frames import SOURCE_CREDIT_CUE, SOURCE_LABELS, Frame, Span, trim_content
from sift.lexicon.languages import LANGUAGES

__all__ = ["CITATION_CUE", "SOURCE_CREDIT", "author_citation_frames", "source_credit_frames"]

#: The cue lemma of a citation: a bracketed credit, as a digest's "[NYT.]" is (``frames.citation_frames``).
CITATION_CUE = "[]"
#: Particles before a surname ("van Dijk", "de Vries"), kept with it.
_PARTICLES = ("von", "van", "de", "der", "den", "du", "le", "la")
#: An author's name: letters of any script; its capital is checked by :func:`_capitalised` ("Özdemir", "Łukasik",
#: "Ørsted"), as ``re`` has no class of capitals beyond A-Z.
_AUTHOR = rf"(?:(?:{'|'.join(_PARTICLES)})\s)?[^\W\d_]{{2}}[\w'’-]*"
_JOIN = r"\s*(?:&|,|\bund\b|\band\b)\s*"
_AUTHORS = rf"(?P<authors>{_AUTHOR}(?:{_JOIN}{_AUTHOR}){{0,3}}(?P<etal>\s+et\s+al\.?)?)"
_YEAR = r"(?:1[6-9]|20)\d\d[a-z]?"
#: "(Smeets & Duchateau 2003", "(Koch & Stevenson, 2017)", "(Niehr 2019)", "(Baal et al. 1994)": the closing
#: bracket may hold pages or a second citation after a comma, colon or semicolon.
BRACKETED = re.compile(rf"(?:[(\[]|;\s*){_AUTHORS},?\s+(?P<year>{_YEAR})(?=\s*[)\];,:])")
#: "Jacobs (1998)", "Baal et al. (1994)": a name before its bracketed year.
NARRATIVE = re.compile(rf"(?<![\w-]){_AUTHORS}\s+\((?P<year>{_YEAR})\)")
#: A bracketed source credit: "(Quelle: U. S. Department of Education)", "(Source: Eurostat, 2021)"; the credited
#: source runs to the closing bracket or to a comma or semicolon (a year, a table, a second source follow).
SOURCE_CREDIT = re.compile(rf"\((?:{'|'.join(SOURCE_LABELS)})\s*:\s*(?P<source>[^()\[\],;:]{{2,80}}?)\s*[),;]")
#: A sentence's end before a citation: its content starts after it.
_STOP = re.compile(r"[.!?…]\s+(?=\S)")
_JOIN_WORDS = frozenset({"und", "and"})


def _author_spans(match: re.Match[str]) -> list[Span]:
    """The spans of a citation's author names (particles kept with their surname; "et al." with the first)."""
    start, end = match.span("authors")
    if match.group("etal"):
        return [(start, end)]
    return [
        (start + name.start(), start + name.end())
        for name in re.finditer(_AUTHOR, match.group("authors"))
        if name.group() not in _JOIN_WORDS
    ]


def _authors(match: re.Match[str]) -> list[str]:
    """The author names of a citation."""
    return [match.string[start:end] for start, end in _author_spans(match)]


def _vouched(match: re.Match[str], lang: str) -> bool:
    """Whether the names read as authors: two or more, "et al.", or one no dictionary holds (a common noun or a
    month before a year cites nothing)."""
    from sift.machine_cache import dictionary_lemma

    names = _authors(match)
    if not names or any(not _capitalised(name) for name in names):
        return False  # "(über 2003)", "nach oben (2003)": no name
    if any(name.isupper() for name in names):
        return False  # "(WM 2014)", "(EU 2020)": an event or a body's acronym and a year
    if len(names) > 1 or match.group("etal"):
        return True
    surname = names[0].split()[-1]
    return dictionary_lemma(surname, lang) is None and dictionary_lemma(surname.lower(), lang) is None


def _capitalised(name: str) -> bool:
    """Whether an author's name opens with a capital after its particles ("van Dijk", "Baal et al.", "Özdemir")."""
    words = [word for word in name.split() if word not in _PARTICLES]
    return bool(words) and words[0][:1].isupper()


def _after_according(text: str, start: int, lang: str) -> bool:
    """Whether an "according to" word stands right before ``start`` ("Nach Jacobs (1998)", "laut Niehr (2019)")."""
    row = LANGUAGES.get(lang)
    words = {"nach", "according to", "after"} | (set(row.according_words) if row is not None else set())
    before = text[max(0, start - 20) : start].lower().rstrip()
    return any(before.endswith(word) and not before[: -len(word)][-1:].isalpha() for word in words)


@dataclass(frozen=True, slots=True)
class _Stops:
    """Where a block's sentence stops stand (each stop's mark and the word after it), found once a block: a block of
    thousands of citations searched its text again for each (8.3 s for 4,000 in 270 kB, 0.16 s now)."""

    marks: list[int]
    words: list[int]

    @classmethod
    def of(cls, text: str) -> _Stops:
        found = list(_STOP.finditer(text))
        return cls([stop.start() for stop in found], [stop.end() for stop in found])


def _sentence_around(text: str, start: int, end: int, stops: _Stops) -> Span | None:
    """The sentence holding a citation at ``start``-``end``, without the citation: from the last stop before it to
    the next stop after it (a citation closing a sentence takes the sentence before)."""
    before_stops = bisect.bisect_left(stops.words, start)  # the word after a stop opens before the citation
    first = stops.words[before_stops - 1] if before_stops else 0
    after = bisect.bisect_left(stops.marks, end)
    last = stops.marks[after] + 1 if after < len(stops.marks) else len(text)
    before = trim_content(text, (first, start))
    rest = trim_content(text, (end, last))
    if before is None:
        return rest
    return before if rest is None else (before[0], rest[1])


def _overlaps(taken: list[Span], span: Span) -> bool:
    """Whether ``span`` overlaps one of ``taken`` (sorted, none overlapping another): its neighbours tell."""
    index = bisect.bisect_left(taken, span)
    return any(start < span[1] and span[0] < end for start, end in taken[max(0, index - 1) : index + 1])


def author_citation_frames(text: str, lang: str) -> list[Frame]:
    """One frame per author of each author-year citation of ``text`` (see the module): the author's name the
    source, the citation itself the cue, the sentence around it the content ("et al." stays with its author)."""
    frames: list[Frame] = []
    taken: list[Span] = []  # the citations read, in text order (they never overlap)
    stops = _Stops.of(text)
    for pattern in (BRACKETED, NARRATIVE):
        for match in pattern.finditer(text):
            if _overlaps(taken, match.span()):
                continue
            if pattern is NARRATIVE and not (match.group("etal") or _after_according(text, match.start(), lang)):
                continue
            if not _vouched(match, lang):
                continue
            content = _sentence_around(text, match.start(), match.end(), stops)
            if content is None or _borrows_term(text[content[0] : content[1]], _authors(match)):
                continue
            bisect.insort(taken, match.span())
            frames += [
                Frame(cue=match.span(), content=[content], source=author, cue_lemma=CITATION_CUE)
                for author in _author_spans(match)
            ]
    return frames


#: Words before an author's name that borrow the author's term or definition, no finding ("im Sinne Fredricksons
#: rassistisch (Fredrickson 2011)": the sentence's claim is the writer's, in Fredrickson's sense; realpages dev7).
_BORROWING = re.compile(
    r"\b(?:im\s+sinne(?:\s+von)?|in\s+the\s+sense\s+of|au\s+sens\s+de|nach\s+der\s+definition\s+von|"
    r"as\s+defined\s+by)\s+(?P<name>[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)


def _borrows_term(sentence: str, authors: list[str]) -> bool:
    """Whether the sentence around a citation uses a term in the sense its one cited author gave it (see
    :data:`_BORROWING`; the name, or its genitive, after the borrowing words): the citation credits a definition."""
    if len(authors) != 1:
        return False
    surname = authors[0].split()[-1].lower()
    return any(
        match.group("name").lower().rstrip("’'") in (surname, surname + "s") for match in _BORROWING.finditer(sentence)
    )


def _credits_someone(name: str, lang: str) -> bool:
    """Whether a source credit names someone: a capitalised name, neither the writer's own work ("Eigene
    Berechnung") nor a web address ("Www.example.org"; ``SOURCE_CREDIT`` holds no colon, so no "https://")."""
    row = LANGUAGES.get(lang)
    own = row.own_words if row is not None else frozenset()
    first = name.split(maxsplit=1)[0]
    return first[:1].isupper() and first.lower() not in own and "www." not in name.lower()


def source_credit_frames(text: str, lang: str) -> list[Frame]:
    """One frame per bracketed source credit ("… zuhause unterrichtet (Quelle: U. S. Department of Education).",
    "(Source: Eurostat)"): statistics pages and essays credit figures so, with no verb of saying, and the credited
    body is the source of the sentence the credit closes (realpages dev10 r10-005). The credit is the cue."""
    frames: list[Frame] = []
    stops = _Stops.of(text)
    for match in SOURCE_CREDIT.finditer(text):
        if not _credits_someone(match.group("source"), lang):
            continue
        content = _sentence_around(text, match.start(), match.end(), stops)
        if content is not None:
            frames.append(
                Frame(cue=match.span(), content=[content], source=match.span("source"), cue_lemma=SOURCE_CREDIT_CUE)
            )
    return frames
