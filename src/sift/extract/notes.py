"""Closing notes set in italics: the credit, contact or bio lines a story ends with.

News sites set the lines after an article's last paragraph apart in italics: "(Reporting by …; editing by …)",
"Email Tariq Malik at … or follow him @…", "Have a tip? … may be reached at …", "Listen to Newsbeat live at …",
the author's book plug. Their words differ from site to site, their markup does not: every word of the paragraph
is in ``<em>``/``<i>``, or in a link. The extractor keeps them as body text, so they become claims, and their
names speakers' neighbours. The paragraphs are marked before extraction; after it, the italic run at the end of
the body is cut (never the whole body: a story set entirely in italics stays).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from sift.extract.result import Extraction

__all__ = ["closing_italic_notes", "cut_closing_notes", "italic_paragraphs"]

REASON = "closing note in italics (credit, contact, bio)"
ITALIC_TAGS = frozenset({"em", "i"})
#: Inline tags that may sit between the italic runs: a link (its words may be plain: "listen back <a>here</a>"),
#: a line break, an underline inside a link.
ALLOWED_TAGS = frozenset({"a", "br", "u"})
#: A closing note is a line or two; a longer italic paragraph at the end is more likely the story's own last words
#: (netzpolitik.org's 55-word note on how the research was done, which trafilatura-eval counts as the article).
MAX_NOTE_WORDS = 40
_WORD_RE = re.compile(r"\w")
#: A quoted clause that ends on a stop or comma ("“We will not give up,” the mayor said.", "„Wir geben nicht auf“,
#: sagte sie."): reported speech, a claim of the story; a quoted title ("“Wild Rose” is now on DVD") has neither.
_QUOTED_SPEECH_RE = re.compile(r"[“„\"«‘‚][^“”„\"«»]+(?:[,.!?…][”“\"»’]|[”“\"»’‘],\s*\w)")


def _has_word(text: str | None) -> bool:
    return text is not None and _WORD_RE.search(text) is not None


def _in_italics(paragraph: HtmlElement) -> bool:
    """Whether every word of a paragraph is inside an italic element or a link, and some inside italics.

    Only the paragraph's own text and its direct children are read: ``<p><em>…</em> <a>…</a><em>…</em></p>``."""
    if _has_word(paragraph.text):
        return False
    italic = False
    for child in paragraph:
        if not isinstance(child.tag, str):  # a comment
            continue
        if child.tag in ITALIC_TAGS:
            italic = italic or _has_word(child.text_content())
        elif child.tag not in ALLOWED_TAGS:
            return False
        if _has_word(child.tail):
            return False
    return italic


def italic_paragraphs(tree: HtmlElement) -> frozenset[str]:
    """The page's short paragraphs set in italics, without whitespace (as the extracted text is compared)."""
    found = set()
    for paragraph in tree.iter("p"):
        if len(paragraph) and _in_italics(paragraph):
            text = paragraph.text_content()
            words = text.split()
            if len(words) <= MAX_NOTE_WORDS and _QUOTED_SPEECH_RE.search(text) is None:
                found.add("".join(words))
    return frozenset(found)


def closing_italic_notes(compact_texts: list[str], roles: list[str], italic: frozenset[str]) -> list[int]:
    """Indexes of the body paragraphs that end the article in italics (captions between them are passed over).

    Empty when no plain body paragraph stays before them."""
    notes = []
    for index in range(len(compact_texts) - 1, -1, -1):
        if roles[index] == "caption":
            continue
        if roles[index] != "body" or compact_texts[index] not in italic:
            break
        notes.append(index)
    if not notes or not any(role == "body" for role in roles[: notes[-1]]):
        return []
    return notes


def cut_closing_notes(result: Extraction, italic: frozenset[str]) -> None:
    """Cut the italic closing notes from the end of the extracted body (:func:`closing_italic_notes`)."""
    if not italic:
        return
    pieces = result.pieces
    compact = ["".join(piece.text.split()) for piece in pieces]
    indexes = closing_italic_notes(compact, [piece.role for piece in pieces], italic)
    if sum(len(pieces[index].text.split()) for index in indexes) > MAX_NOTE_WORDS:
        return  # the notes together are a line or two; a longer italic ending (a poem, an excerpt) is the story's
    notes = [pieces.pop(index).text for index in indexes]
    for text in reversed(notes):  # popped last first; listed in page order
        result.cut(text, REASON)
