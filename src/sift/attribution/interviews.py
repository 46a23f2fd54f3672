"""Interview answers: in a page laid out as questions and answers, each answer is the interviewee's statement
(issue #18, realpages dev6 r6-008 and dev7 r7-013)::

    Mrs Stone, was war Ihr erster Gedanke, als Sie aus der Narkose erwachten?
    Dass es nicht nur um mich geht. …
    In welchem seelischen Zustand waren Sie, als Sie das Krankenhaus verließen?
    In manchen Momenten hatte ich das unheimliche Gefühl, …

No cue stands in an answer: the layout says who speaks. The interviewer's question names the interviewee by
address (a name and a comma opening the first question, "Katrin, wie bist du dazu gekommen, …?"); that name is
the source of every answer, lent as a byline lends its name to the quotation before it (:mod:`.neighbours`).

Conservative: a page is read as an interview only when at least :data:`MIN_ANSWERS` questions, each addressing
someone ("Sie", "du", "you"), are each followed by an answer (the next body block, or the rest of the question's
block), and a question opens with an address; nothing changes elsewhere.
"""

from __future__ import annotations

import re

from sift.attribution.frames import Frame, Span, trim_content
from sift.attribution.neighbours import Borrowed
from sift.attribution.quote_bylines import BYLINE_CUE
from sift.document import Block

__all__ = ["interview_answers", "label_turns"]

#: Questions with their answer a page needs before it reads as an interview.
MIN_ANSWERS = 3
#: The longest question read (an interviewer's question is a sentence or two; a paragraph ending in "?" is prose).
MAX_QUESTION_CHARS = 400
#: Words of address by language: the question speaks to the interviewee.
ADDRESS_WORDS = {
    "de": frozenset({"sie", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihnen", "du", "dich", "dir", "dein", "deine",
                     "deinem", "deinen", "deiner", "euch", "euer", "eure"}),
    "en": frozenset({"you", "your", "yours", "yourself"}),
    "fr": frozenset({"vous", "votre", "vos", "tu", "te", "toi", "ton", "ta", "tes"}),
}  # fmt: skip
_WORD = re.compile(r"\w+")
#: The question's end: a question mark, closing marks after it allowed, then space or the text's end.
_QUESTION_END = re.compile(r"\?[\"”“»’]*(?=\s|$)")
#: An address opening a question: an optional courtesy title, one to three capitalised words, a comma, then a
#: lower-case word ("Mrs Stone, was war …", "Katrin, wie bist du …").
_ADDRESS = re.compile(
    r"(?:(?:Mrs?\.?|Ms\.?|Frau|Herr|Dr\.|Prof\.|Madame|Monsieur)\s+)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2}(?=,\s+[a-zà-ÿ])"
)


def _addresses(text: str, lang: str) -> bool:
    words = ADDRESS_WORDS.get(lang, frozenset())
    return any(word.lower() in words for word in _WORD.findall(text))


def _question_end(text: str) -> int | None:
    """Where a block's opening question ends (after its mark), or ``None``: the block opens with at most
    :data:`MAX_QUESTION_CHARS` characters ending in a question mark."""
    match = _QUESTION_END.search(text, 0, MAX_QUESTION_CHARS + 1)
    return match.end() if match is not None else None


def interview_answers(blocks: list[Block], frames: dict[str, list[Frame]]) -> list[Borrowed]:
    """Every answer of an interview lent to the interviewee's address (``frames``: each analysed block's frames;
    only analysed blocks are read, and a thread's posts are their posters')."""
    body = [block for block in blocks if block.role == "body" and block.id in frames and block.poster is None]
    answers: list[tuple[Block, Span]] = []
    questions: list[tuple[Block, int]] = []  # the question's block and where it ends
    for number, block in enumerate(body):
        text = block.text.rstrip()
        end = _question_end(text)
        if end is None or not _addresses(text[:end], block.lang):
            continue
        rest = text[end:].strip()
        answer: tuple[Block, Span | None] | None = None
        if rest:  # the answer follows the question in its block
            answer = (block, trim_content(block.text, (end, len(text)))) if _question_end(rest) is None else None
        elif number + 1 < len(body) and body[number + 1].lang == block.lang:
            following = body[number + 1]
            if _question_end(following.text.rstrip()) is None:
                answer = (following, trim_content(following.text, (0, len(following.text.rstrip()))))
        if answer is not None and answer[1] is not None:
            answers.append((answer[0], answer[1]))
            questions.append((block, end))
    if len(answers) < MIN_ANSWERS:
        return []
    source: tuple[Block, Span] | None = None
    for block, end in questions:
        lead = len(block.text) - len(block.text.lstrip())
        match = _ADDRESS.match(block.text, lead, end)
        if match is not None:
            source = (block, match.span())
            break
    if source is None:
        source = _heading_interviewee(body, questions[0][0])
    if source is None:
        return []
    named, span = source
    frame = Frame(cue=None, content=[], source=span, cue_lemma=BYLINE_CUE)
    return [Borrowed(frame, named.id, block.id, content) for block, content in answers]


#: A short block before the first question naming whom the interview is with ("Im Gespräch mit MYMARINI-Gründerin
#: Mareen Burk", "Interview mit X", "In conversation with X", "Entretien avec X"; session 41, recall41b, realpages
#: dev9 r9-011): when no question addresses the interviewee by name, the name after it is the source.
_INTERVIEW_WITH = re.compile(
    r"(?:(?:Im|Ein)\s+(?:Gespräch|Interview)|Interview|Gespräch|In\s+conversation|Entretien)\s+"
    r"(?:mit|with|avec)\s+(?P<name>\S.*?)[.:]?\s*$"
)
#: The longest such heading.
MAX_HEADING_CHARS = 90


def _heading_interviewee(body: list[Block], first_question: Block) -> tuple[Block, Span] | None:
    """The block and span of the name that a heading before the first question gives the interview
    (:data:`_INTERVIEW_WITH`), or ``None``."""
    for block in body:
        if block is first_question:
            return None
        text = block.text.strip()
        match = _INTERVIEW_WITH.match(text) if len(text) <= MAX_HEADING_CHARS else None
        if match is not None:
            lead = len(block.text) - len(block.text.lstrip())
            return block, (lead + match.start("name"), lead + match.end("name"))
    return None


#: A block that is only a speaker's label: one to three capitalised words and a colon ("Anne:", "Sunshine:", "Frau
#: Weber:"), the layout of a written interview whose turns follow their labels.
_LABEL_BLOCK = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})\s*:")
#: Label blocks of one name a page needs, for at least two names, before it reads as turns (a lone "Fazit:" or
#: "Zutaten:" over a list is a heading).
MIN_TURNS = 2
#: Names taking turns: an interviewer and an interviewee.
MIN_SPEAKERS = 2
#: A paragraph ending in a question mark (closing marks after it allowed): the interviewer's question.
_ENDS_IN_QUESTION = re.compile(r"\?[\"”“»’]*$")


def label_turns(blocks: list[Block], frames: dict[str, list[Frame]]) -> list[Borrowed]:
    """Every answer of an interview laid out as turns under label blocks ("Anne:" over her answer's paragraphs,
    "Sunshine:" over the next question; session 41, recall41b, realpages dev9 r9-007) lent to its label's name.
    A paragraph ending in a question is the interviewer's question, no statement; a paragraph with frames of its
    own keeps them. Conservative: at least two names, each labelling at least :data:`MIN_TURNS` turns. A label
    block is too short to be analysed; only analysed blocks are read as answers."""
    body = [block for block in blocks if block.role == "body" and block.poster is None]
    labels: dict[str, list[int]] = {}
    for number, block in enumerate(body):
        match = _LABEL_BLOCK.fullmatch(block.text.strip())
        if match is not None:
            labels.setdefault(match.group("name"), []).append(number)
    if sum(len(turns) >= MIN_TURNS for turns in labels.values()) < MIN_SPEAKERS:
        return []
    starts = sorted(number for turns in labels.values() for number in turns)
    lent: list[Borrowed] = []
    for start, end in zip(starts, [*starts[1:], len(body)], strict=True):
        label = body[start]
        lead = len(label.text) - len(label.text.lstrip())
        match = _LABEL_BLOCK.match(label.text, lead)
        if match is None:  # every start was a label block when counted; kept safe under ``python -O``
            continue
        source = match.span("name")
        for block in body[start + 1 : end]:
            text = block.text.rstrip()
            if block.id not in frames or frames[block.id] or not text or _ENDS_IN_QUESTION.search(text):
                continue
            content = trim_content(block.text, (0, len(text)))
            if content is not None:
                frame = Frame(cue=None, content=[], source=source, cue_lemma=BYLINE_CUE)
                lent.append(Borrowed(frame, label.id, block.id, content))
    return lent
