"""One read-only view of a finished Document that every renderer (terminal, Markdown, HTML, web UI) draws from.

Building the view once keeps the renderers thin and consistent: the same claim ranking, the same speaker names,
the same highlight segments everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from sift.document import ARTICLE_ROLES, Attribution, Block, Claim, Document, Match, Outlet, Speaker

#: Claims a page shows before "all claims" (terminal ``--all-claims``, a ``<details>`` in HTML and Markdown).
TOP_CLAIMS = 10

__all__ = [
    "CLAIM_MATCH_LABELS",
    "NO_CLAIMS",
    "NO_FACTCHECK",
    "NO_SPEAKERS",
    "TOP_CLAIMS",
    "BlockView",
    "ClaimView",
    "DocumentView",
    "FactCheckView",
    "MatchView",
    "OutletView",
    "Segment",
    "SentenceView",
    "SpeakerView",
    "StatementView",
    "build_view",
    "language_name",
    "ranked_evidence",
]


#: What every report says for a page (or claim) that was looked up and has no levelled match.
NO_FACTCHECK = "No published fact-check found"
#: What a claim list says beside a claim, by its ``match_status`` (nothing when the page was not looked up).
CLAIM_MATCH_LABELS = {
    "match": "fact-checked",
    "possible": "possibly fact-checked",
    "weak": NO_FACTCHECK.lower(),
    "none": NO_FACTCHECK.lower(),
}
#: ... and for a page that was not looked up at all (no fact-check store).
NOT_LOOKED_UP = "Not looked up for fact-checks (no fact-check store)."
#: What every report says under "Who said it" for a page with no speaker (and no note saying why).
NO_SPEAKERS = "No attributed statements found."
#: What a page whose sentences were scored but none flagged says where its claims would be.
NO_CLAIMS = "No sentence reached the check-worthiness threshold."


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

    @property
    def uncertain_note(self) -> str | None:
        """ "language uncertain (looks like Spanish)" when sift is not sure of the block's language, else None."""
        return uncertain_label(self.block.lang) if self.block.lang_uncertain else None


@dataclass(slots=True)
class ClaimView:
    """A claim with its text; a representative also carries the near-duplicates grouped under it."""

    claim: Claim
    sentence_text: str
    span_text: str
    block: Block
    duplicates: list[ClaimView] = field(default_factory=list)
    #: the claim's own fact-check state (:meth:`Document.claim_match_status`): match, possible, weak, none or None
    match_status: str | None = None

    @property
    def match_label(self) -> str:
        """What a claim list says beside the claim: fact-checked, possibly, none found, or nothing (not looked up).

        A weak candidate is no match: the claim says "no published fact-check found", and the candidate shows
        only under the page's collapsed "weak candidates" list.
        """
        return CLAIM_MATCH_LABELS.get(self.match_status or "", "")


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
class OutletView:
    """An outlet with what a reader needs next to its name: the badge, one line per piece of evidence, where it
    appears on the page, and the store's own record of fact-checks naming it."""

    outlet: Outlet
    evidence: list[str]
    where: list[str]
    record: str | None

    @property
    def name(self) -> str:
        return str(self.outlet.profile.get("name") or self.outlet.key)

    @property
    def css_type(self) -> str:
        """The profile type as a CSS class (``state-controlled``, ``state-funded``, … ``unknown``)."""
        return str(self.outlet.profile.get("type") or "unknown")

    @property
    def title(self) -> str:
        """The evidence as one tooltip."""
        return "; ".join(self.evidence)


@dataclass(slots=True)
class StatementView:
    """One statement of a speaker; an uncertain one (below ``sift.document.UNCERTAIN_BELOW``) is shown as such."""

    text: str
    confidence: float
    is_uncertain: bool
    #: the role of the block the statement stands in (``body``, ``quote``, ``related``, ``caption``)
    role: str = "body"


@dataclass(slots=True)
class SpeakerView:
    speaker: Speaker
    statements: list[StatementView] = field(default_factory=list)
    via: list[str] = field(default_factory=list)
    outlet: OutletView | None = None
    via_outlets: dict[str, OutletView] = field(default_factory=dict)

    @property
    def is_uncertain(self) -> bool:
        """Whether the speaker is shown as uncertain (:meth:`sift.document.Speaker.shown_as_fact`): its own confidence
        is below the line (``sift.attribution.trust``) or no statement of it stands (the speaker is then a guess)."""
        return not self.speaker.shown_as_fact(self.statements)

    @property
    def outside(self) -> str | None:
        """The block role (``related``, ``caption``) when no statement of this speaker is in the article itself:
        a "Name: topic" headline in a related box names someone the page does not quote."""
        roles = {statement.role for statement in self.statements}
        if not roles or roles & set(ARTICLE_ROLES):
            return None
        return "related" if "related" in roles else sorted(roles)[0]

    @property
    def outside_label(self) -> str:
        """How renderers say where the speaker stands when not in the article ("" when in it)."""
        return {None: "", "related": "in a related box", "caption": "in a caption"}.get(
            self.outside, "outside the article"
        )


@dataclass(slots=True)
class DocumentView:
    """What renderers draw. ``claims`` holds every group representative in rank order (near-duplicates in their
    ``duplicates``), ``checkworthy`` those labelled check-worthy, ``top_claims`` the first :data:`TOP_CLAIMS` of
    them: what a page shows by default, the full list one click away."""

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
    outlets: list[OutletView] = field(default_factory=list)
    site_outlet: OutletView | None = None
    #: Relays no profile was found for, as written (the report says sift does not know them).
    unknown_relays: list[str] = field(default_factory=list)
    #: what sift could not do on this page ("attribution not available for Polish (pl)")
    notes: list[str] = field(default_factory=list)
    #: languages sift is not sure of ("language uncertain (looks like Spanish)"), the page's first
    language_notes: list[str] = field(default_factory=list)

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

    @property
    def speakers_note(self) -> str:
        """What the speakers section says when it lists nobody: why (no attribution for the language), or none found."""
        return "; ".join(self.notes) or NO_SPEAKERS

    @property
    def top_claims(self) -> list[ClaimView]:
        """The check-worthy claims a page shows first."""
        return self.checkworthy[:TOP_CLAIMS]

    @property
    def duplicate_count(self) -> int:
        """Scored sentences grouped under another one."""
        return sum(len(item.duplicates) for item in self.claims)


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


#: How the evidence's datasets are named to a reader.
DATASET_NAMES = {
    "asd-state-media": "State Media Matrix (ASD/GMF)",
    "lin2023": "Lin et al. 2023 quality",
    "idiap-reliability": "idiap/Wikipedia reliability",
    "sift-curated": "sift curated",
    "team": "your team",
}


#: Evidence order for a reader: the team's own word, then state ties, ratings, and sift's curated names last.
_DATASET_ORDER = {"team": 0, "asd-state-media": 1, "lin2023": 2, "idiap-reliability": 3, "sift-curated": 4}


def ranked_evidence(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Evidence in reading order (the team's, state ties, ratings, then sift's curated names)."""
    return sorted(evidence, key=lambda item: _DATASET_ORDER.get(str(item.get("dataset")), len(_DATASET_ORDER)))


def _outlet_view(outlet: Outlet, uncertain: frozenset[str] = frozenset()) -> OutletView:
    """``uncertain``: the ids of speakers shown as uncertain; an outlet quoted only as such is marked so here too."""
    profile = outlet.profile
    evidence = []
    for item in ranked_evidence(profile.get("evidence", [])):
        dataset = str(item.get("dataset"))
        evidence.append(f"{DATASET_NAMES.get(dataset, dataset)}: {item.get('field')} = {item.get('value')}")
    where = []
    for use in outlet.uses:
        label = {"site": "this page's site", "relay": "relay", "speaker": "quoted"}.get(use.kind, use.kind)
        if use.kind == "speaker" and use.ref in uncertain:
            label = "quoted (uncertain)"
        where.append(label if use.kind == "site" else f"{label} “{use.text}”")
    record = None
    if outlet.factchecks:
        parts = []
        for role in ("publisher", "claimant"):
            counts = outlet.factchecks.get(role) or {}
            if counts:
                verdicts = ", ".join(f"{verdict} {n}" for verdict, n in sorted(counts.items(), key=lambda i: -i[1]))
                parts.append(f"{sum(counts.values())} as {role} ({verdicts})")
        record = "stored fact-checks: " + ("; ".join(parts) if parts else "none name it")
    return OutletView(outlet, evidence, list(dict.fromkeys(where)), record)


def _outlets(doc: Document) -> tuple[list[OutletView], dict[tuple[str, str], OutletView], list[str]]:
    """Outlet views, the view for each use ``(kind, ref)``, and the relays nobody has a profile for that may be
    outlets (a press service or a person who passed a statement on is no unknown outlet)."""
    by_id = {attribution.id: attribution for attribution in doc.attributions}
    uncertain = frozenset(
        speaker.id
        for speaker in doc.speakers
        if not speaker.shown_as_fact(by_id[a] for a in speaker.attributions if a in by_id)
    )
    views = [_outlet_view(outlet, uncertain) for outlet in doc.outlets]
    by_use = {(use.kind, use.ref): view for view in views for use in view.outlet.uses}
    unknown = []
    for attribution in doc.attributions:
        text = doc.block(attribution.frame_block_id).text
        for index, relay in enumerate(attribution.via):
            if ("relay", f"{attribution.id}.via{index}") not in by_use and relay.kind in (None, "outlet"):
                unknown.append(relay.source.entity or text[relay.source.start : relay.source.end])
    return views, by_use, list(dict.fromkeys(unknown))


def _claim_views(doc: Document) -> list[ClaimView]:
    """Representatives in rank order, each with its near-duplicates (documents without ranks: by score)."""
    views = {}
    for claim in doc.claims:
        block, sentence = doc.sentence(claim.sentence)
        views[claim.sentence] = ClaimView(
            claim,
            block.text[sentence.start : sentence.end],
            block.text[claim.start : claim.end],
            block,
            match_status=doc.claim_match_status(claim.sentence),
        )
    ordered = sorted(views.values(), key=lambda view: (view.claim.rank == 0, view.claim.rank, -view.claim.score))
    representatives = []
    for view in ordered:
        leader = views.get(view.claim.duplicate_of or "")
        if leader is None or leader.claim.duplicate_of is not None:
            representatives.append(view)
        else:
            leader.duplicates.append(view)
    return representatives


def build_view(doc: Document) -> DocumentView:
    """Collect, per block and sentence, the claims, matches and attribution marks a renderer shows."""
    claims_by_sentence = {claim.sentence: claim for claim in doc.claims}
    matches_by_sentence: dict[str, list[Match]] = {}
    for match in doc.matches:
        matches_by_sentence.setdefault(match.sentence, []).append(match)
    marks_by_block: dict[str, list[tuple[int, int, str, float | None, str]]] = {}
    for attribution in doc.attributions:
        # source, cue and relays are marked in their own block (the one next to a lent quotation's)
        marks_by_block.setdefault(attribution.frame_block_id, []).extend(_attribution_marks(doc, attribution))
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

    claims = _claim_views(doc)

    matches = sorted(
        (MatchView(match, doc.sentence_text(match.sentence)) for match in doc.matches),
        key=lambda view: (view.match.level != "match", -view.match.score),
    )

    factchecks: dict[str, FactCheckView] = {}
    for item in matches:  # matches are sorted best first, so the first sighting sets level and score
        key = str(item.factcheck.get("id") or item.factcheck.get("review_url"))
        group = factchecks.setdefault(key, FactCheckView(item.factcheck, item.match.level, item.match.score))
        group.sentences.append(item)

    outlets, outlet_uses, unknown_relays = _outlets(doc)
    attribution_by_id = {attribution.id: attribution for attribution in doc.attributions}
    speakers = []
    for speaker in doc.speakers:
        view = SpeakerView(speaker, outlet=outlet_uses.get(("speaker", speaker.id)))
        for attribution_id in speaker.attributions:
            attribution = attribution_by_id.get(attribution_id)
            if attribution is None:
                continue
            block = doc.block(attribution.block_id)
            text = block.text
            view.statements.append(
                StatementView(
                    text[attribution.content.start : attribution.content.end],
                    attribution.confidence,
                    attribution.is_uncertain,
                    block.role,
                )
            )
            framed = doc.block(attribution.frame_block_id).text
            for index, relay in enumerate(attribution.via):
                who = relay.source.entity or framed[relay.source.start : relay.source.end]
                view.via.append(who)
                relayed = outlet_uses.get(("relay", f"{attribution.id}.via{index}"))
                if relayed is not None:
                    view.via_outlets.setdefault(who, relayed)
        view.via = sorted(set(view.via) - {speaker.name, *speaker.aliases})  # nobody relays themselves
        speakers.append(view)
    # the article's speakers first, those shown as facts before the uncertain ones; stable otherwise
    speakers.sort(key=lambda view: (view.outside is not None, view.is_uncertain))

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
        outlets=outlets,
        site_outlet=outlet_uses.get(("site", "site")),
        unknown_relays=unknown_relays,
        notes=[
            *(f"attribution not available for {language_name(code)} ({code})" for code in doc.attribution_unavailable),
            *_uncertain_attribution_notes(doc),
        ],
        language_notes=language_notes(doc),
    )


def uncertain_label(code: str) -> str:
    """What a report says of a language sift is not sure of: "language uncertain (looks like Spanish)"."""
    return f"language uncertain (looks like {language_name(code)})"


def _uncertain_blocks(doc: Document) -> dict[str, int]:
    """How many blocks of each detected language are ``lang_uncertain``, the page's language first."""
    counts: dict[str, int] = {}
    for block in sorted(doc.blocks, key=lambda block: block.lang != doc.language):
        if block.lang_uncertain:
            counts[block.lang] = counts.get(block.lang, 0) + 1
    return counts


def language_notes(doc: Document) -> list[str]:
    """The page's language when sift is not sure of it, then other languages it is not sure of in some blocks."""
    notes = []
    for code, blocks in _uncertain_blocks(doc).items():
        if code == doc.language and doc.language_uncertain:
            notes.append(uncertain_label(code))
        else:
            notes.append(f"{uncertain_label(code)} in {blocks} block{'' if blocks == 1 else 's'}")
    return notes


def _uncertain_attribution_notes(doc: Document) -> list[str]:
    """Why nobody is quoted in blocks whose language sift is not sure of (the attribution stage skips them)."""
    return [
        f"no attribution claimed on text whose language is uncertain (looks like {language_name(code)})"
        for code in _uncertain_blocks(doc)
    ]


def language_name(code: str) -> str:
    """The English name of a language code ("pl" -> "Polish"), from Babel's CLDR data; the code if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse("en").languages.get(code, code))
    except (UnknownLocaleError, ValueError):
        return code
