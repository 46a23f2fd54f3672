"""One read-only view of a finished Document that every renderer (terminal, Markdown, HTML, web UI) draws from.

Building the view once keeps the renderers thin and consistent: the same claim ranking, the same speaker names,
the same highlight segments everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from sift.document import Attribution, Block, Claim, Document, Match, Speaker

__all__ = [
    "NO_FACTCHECK",
    "BlockView",
    "ClaimView",
    "DocumentView",
    "FactCheckView",
    "MatchView",
    "Segment",
    "SentenceView",
    "SpeakerView",
    "StatementView",
    "build_view",
    "language_name",
]


#: What every report says for a page (or claim) that was looked up and has no levelled match.
NO_FACTCHECK = "No published fact-check found"
#: ... and for a page that was not looked up at all (no fact-check store).
NOT_LOOKED_UP = "Not looked up for fact-checks (no fact-check store)."


@dataclass(slots=True)
class Segment:
    """A run of sentence text with the highlight classes that apply to all of it."""

    text: str
    classes: tuple[str, ...] = ()
    score: float | None = None
    note: str = ""


@dataclass(slots=True)
class SentenceView:
    id: str
    text: str
    segments: list[Segment]
    claim: Claim | None
    matches: list[Match]


@dataclass(slots=True)
class BlockView:
    block: Block
    sentences: list[SentenceView]


@dataclass(slots=True)
class ClaimView:
    claim: Claim
    sentence_text: str
    span_text: str
    block: Block


@dataclass(slots=True)
class MatchView:
    match: Match
    sentence_text: str

    @property
    def factcheck(self) -> dict[str, Any]:
        return self.match.factcheck


@dataclass(slots=True)
class FactCheckView:
    """One matched fact-check with every sentence of the page it covers (best level and score first)."""

    factcheck: dict[str, Any]
    level: str
    score: float
    sentences: list[MatchView] = field(default_factory=list)


@dataclass(slots=True)
class StatementView:
    """One statement of a speaker; an uncertain one (below ``sift.document.UNCERTAIN_BELOW``) is shown as such."""

    text: str
    confidence: float
    is_uncertain: bool


@dataclass(slots=True)
class SpeakerView:
    speaker: Speaker
    statements: list[StatementView] = field(default_factory=list)
    via: list[str] = field(default_factory=list)

    @property
    def is_uncertain(self) -> bool:
        """Whether every statement of this speaker is uncertain (the speaker itself is then a guess)."""
        return bool(self.statements) and all(statement.is_uncertain for statement in self.statements)


@dataclass(slots=True)
class DocumentView:
    doc: Document
    blocks: list[BlockView]
    claims: list[ClaimView]
    checkworthy: list[ClaimView]
    matches: list[MatchView]
    factchecks: list[FactCheckView]
    speakers: list[SpeakerView]
    languages: dict[str, int]
    #: the best unlevelled hits (never "Already fact-checked"), shown collapsed with their scores
    weak: list[MatchView] = field(default_factory=list)
    #: what sift could not do on this page ("attribution not available for Polish (pl)")
    notes: list[str] = field(default_factory=list)

    @property
    def no_factcheck(self) -> bool:
        """Whether the page was looked up and no published fact-check reaches a level ("no match" state)."""
        return self.doc.match_status is not None and not self.factchecks

    @property
    def match_note(self) -> str:
        """The one line every report shows when no fact-check is listed: none found, or not looked up."""
        if self.doc.match_status is None:
            return NOT_LOOKED_UP
        return f"{NO_FACTCHECK} for this page in the fact-check store."


def _sentence_segments(
    block: Block, start: int, end: int, marks: list[tuple[int, int, str, float | None, str]]
) -> list[Segment]:
    """Split ``block.text[start:end]`` at every mark boundary so overlapping highlights nest cleanly."""
    inside = [
        (max(s, start), min(e, end), cls, score, note) for s, e, cls, score, note in marks if s < end and e > start
    ]
    cuts = sorted({start, end, *(s for s, *_ in inside), *(e for _, e, *_ in inside)})
    segments = []
    for left, right in pairwise(cuts):
        if left == right:
            continue
        active = [m for m in inside if m[0] <= left and right <= m[1]]
        score = next((m[3] for m in active if m[3] is not None), None)
        note = "; ".join(m[4] for m in active if m[4])
        segments.append(Segment(block.text[left:right], tuple(m[2] for m in active), score, note))
    return segments


def _attribution_marks(doc: Document, attribution: Attribution) -> list[tuple[int, int, str, float | None, str]]:
    marks: list[tuple[int, int, str, float | None, str]] = []
    if attribution.source is not None:
        who = attribution.source.entity or ""
        label = "source (uncertain)" if attribution.is_uncertain else "source"
        marks.append((attribution.source.start, attribution.source.end, "source", None, f"{label}: {who}".strip()))
    if attribution.cue is not None:
        marks.append((attribution.cue.start, attribution.cue.end, "cue", None, ""))
    for relay in attribution.via:
        marks.append((relay.source.start, relay.source.end, "via", None, f"via: {relay.source.entity or ''}"))
        if relay.cue is not None:
            marks.append((relay.cue.start, relay.cue.end, "cue", None, ""))
    return marks


def build_view(doc: Document) -> DocumentView:
    """Collect, per block and sentence, the claims, matches and attribution marks a renderer shows."""
    claims_by_sentence = {claim.sentence: claim for claim in doc.claims}
    matches_by_sentence: dict[str, list[Match]] = {}
    for match in doc.matches:
        matches_by_sentence.setdefault(match.sentence, []).append(match)
    marks_by_block: dict[str, list[tuple[int, int, str, float | None, str]]] = {}
    for attribution in doc.attributions:
        block_id = attribution.sentence.split(".", 1)[0]
        marks_by_block.setdefault(block_id, []).extend(_attribution_marks(doc, attribution))
    for claim in doc.claims:
        if claim.label == "check-worthy":
            block_id = claim.sentence.split(".", 1)[0]
            note = f"claim {claim.score:.2f}" + (f": {', '.join(claim.reasons)}" if claim.reasons else "")
            marks_by_block.setdefault(block_id, []).append((claim.start, claim.end, "claim", claim.score, note))

    blocks: list[BlockView] = []
    languages: dict[str, int] = {}
    for block in doc.blocks:
        languages[block.lang] = languages.get(block.lang, 0) + len(block.text)
        marks = marks_by_block.get(block.id, [])
        sentences = [
            SentenceView(
                id=sentence.id,
                text=text,
                segments=_sentence_segments(block, sentence.start, sentence.end, marks),
                claim=claims_by_sentence.get(sentence.id),
                matches=sorted(matches_by_sentence.get(sentence.id, []), key=lambda m: -m.score),
            )
            for sentence, text in block.sentence_texts()
        ]
        blocks.append(BlockView(block, sentences))

    claims = []
    for claim in doc.claims:
        block, sentence = doc.sentence(claim.sentence)
        claims.append(
            ClaimView(claim, block.text[sentence.start : sentence.end], block.text[claim.start : claim.end], block)
        )
    claims.sort(key=lambda view: -view.claim.score)

    matches = sorted(
        (MatchView(match, doc.sentence_text(match.sentence)) for match in doc.matches),
        key=lambda view: (view.match.level != "match", -view.match.score),
    )

    factchecks: dict[str, FactCheckView] = {}
    for item in matches:  # matches are sorted best first, so the first sighting sets level and score
        key = str(item.factcheck.get("id") or item.factcheck.get("review_url"))
        group = factchecks.setdefault(key, FactCheckView(item.factcheck, item.match.level, item.match.score))
        group.sentences.append(item)

    attribution_by_id = {attribution.id: attribution for attribution in doc.attributions}
    speakers = []
    for speaker in doc.speakers:
        view = SpeakerView(speaker)
        for attribution_id in speaker.attributions:
            attribution = attribution_by_id.get(attribution_id)
            if attribution is None:
                continue
            text = doc.block(attribution.sentence.split(".", 1)[0]).text
            view.statements.append(
                StatementView(
                    text[attribution.content.start : attribution.content.end],
                    attribution.confidence,
                    attribution.is_uncertain,
                )
            )
            view.via.extend(
                relay.source.entity or text[relay.source.start : relay.source.end] for relay in attribution.via
            )
        view.via = sorted(set(view.via) - {speaker.name, *speaker.aliases})  # nobody relays themselves
        speakers.append(view)

    return DocumentView(
        doc=doc,
        blocks=blocks,
        claims=claims,
        checkworthy=[view for view in claims if view.claim.label == "check-worthy"],
        matches=matches,
        factchecks=list(factchecks.values()),
        weak=[MatchView(match, doc.sentence_text(match.sentence)) for match in doc.weak_matches],
        speakers=speakers,
        languages=dict(sorted(languages.items(), key=lambda item: -item[1])),
        notes=[f"attribution not available for {language_name(code)} ({code})" for code in doc.attribution_unavailable],
    )


def language_name(code: str) -> str:
    """The English name of a language code ("pl" -> "Polish"), from Babel's CLDR data; the code if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse("en").languages.get(code, code))
    except (UnknownLocaleError, ValueError):
        return code
