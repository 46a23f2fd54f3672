"""The Document that flows through sift's stages, and its lossless JSON form (schema ``sift/1``).

Every annotation points into its block's ``text`` by ``(start, end)`` character offsets, like a spaCy
``Span``: quoted text is derived from the offsets, never kept as a second copy. The JSON output still
carries a ``text`` next to each span for readers; ``from_json`` checks it against the offsets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from sift.errors import InputError

__all__ = [
    "ARTICLE_ROLES",
    "CLAIM_MATCH_STATES",
    "MATCH_FOUND",
    "MATCH_NONE",
    "SCHEMA",
    "SPEAKER_KINDS",
    "UNCERTAIN_BELOW",
    "Attribution",
    "Block",
    "Claim",
    "Coverage",
    "CoverageDocument",
    "Document",
    "Match",
    "Mention",
    "Outlet",
    "OutletUse",
    "Poster",
    "Relay",
    "Removed",
    "Sentence",
    "Source",
    "Speaker",
]

SCHEMA = "sift/1"

BLOCK_ROLES = ("body", "related", "quote", "caption")
#: Roles of the article itself; the others (related boxes, captions) stand around it and never outrank it.
ARTICLE_ROLES = ("body", "quote")
SOURCE_KINDS = ("file", "url", "stdin", "text")
MATCH_LEVELS = ("match", "possible")
ATTRIBUTION_KINDS = ("direct", "indirect", "mixed", "according-to")
#: Where an outlet profile applies: the page's own site, a relay of an attribution, an outlet speaker.
OUTLET_USES = ("site", "relay", "speaker")
#: Kinds of speaker (the real-page gold's: ``bench/data/README.md``).
SPEAKER_KINDS = ("person", "organisation", "government", "outlet", "anonymous")
#: An attribution below this confidence is shown as uncertain, never as a fact. Chosen by hand on the scale of
#: ``Attribution.confidence`` (the English frame scorer's probability times how surely the source was read, see
#: ``sift.attribution.confidence``); re-check with bench/realpages.py (uncertain_share) when either changes.
UNCERTAIN_BELOW = 0.5
#: Speaker kinds of documents written before kinds replaced roles (``sift/1`` files in stores).
_ROLE_KINDS = {"official body": "organisation", "politician": "person", "person": "person", "outlet": "outlet"}


#: Media types of a ``Source`` that say the page is HTML: ingest marks such input as said-HTML, extract parses it as
#: markup (when a tag is in it), batch reads such records; one table for all of them.
HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True, frozen=True)
class Source:
    """Where the input came from; frozen once ingest has read it."""

    kind: str
    location: str
    sha256: str
    media_type: str = "text/plain"
    encoding: str | None = None
    size_bytes: int = 0
    fetched_at: str | None = None


@dataclass(slots=True)
class Sentence:
    """A sentence as offsets into its block's text (``text == block.text[start:end]``)."""

    id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Poster:
    """Who posted a block that is one post of a forum or comment thread (``sift.extract.posts``).

    The block's text opens with the post's header frame as ``name``, then ``verb`` when the page's header has one
    ("Name sagt: …", "Name said: …"), then a colon ("Name: …" when the header names the poster alone); ``lemma`` is
    the verb's citation form, or ``post``.
    """

    name: str
    verb: str = ""
    lemma: str = "post"

    @property
    def header(self) -> str:
        """The frame the block's text opens with."""
        return f"{self.name} {self.verb}: " if self.verb else f"{self.name}: "


def _poster(data: Any) -> Poster | None:
    """A block's poster as ``to_dict`` writes it (``None`` when absent)."""
    if not data:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise InputError("a block's poster needs a name")
    return Poster(str(data["name"]), str(data.get("verb", "")), str(data.get("lemma", "post")))


@dataclass(slots=True)
class Block:
    """A run of text with one role and one language: a paragraph of the body, a related snippet, a quote."""

    id: str
    role: str
    text: str
    lang: str = "und"
    lang_confidence: float = 0.0
    sentences: list[Sentence] = field(default_factory=list)
    #: the detected language knows too few of the block's words: likely a language sift does not know, shown
    #: as "language uncertain (looks like <lang>)", and no attribution is claimed on it
    lang_uncertain: bool = False
    #: who posted the block, when it is one post of a thread (its text opens with :attr:`Poster.header`)
    poster: Poster | None = None

    def span_text(self, start: int, end: int) -> str:
        """Text of ``[start, end)``; raises ``ValueError`` when the span is outside the block or reversed."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside block {self.id} of length {len(self.text)}")
        return self.text[start:end]

    @property
    def post_start(self) -> int:
        """Where the block's own text starts: after its poster's header frame ("Alex said: ") when the block is a
        post of a thread, else 0. The header says who posted, not what: attribution reads it as the frame, and a
        claim leaves it out."""
        if self.poster is not None and self.text.startswith(self.poster.header):
            return len(self.poster.header)
        return 0

    def sentence_texts(self) -> Iterator[tuple[Sentence, str]]:
        """Each sentence with its text, in order."""
        for sentence in self.sentences:
            yield sentence, self.text[sentence.start : sentence.end]

    def sentence_containing(self, start: int, end: int) -> Sentence | None:
        """The sentence that wholly contains ``[start, end)`` (strict alignment: no partial overlap)."""
        for sentence in self.sentences:
            if sentence.start <= start and end <= sentence.end:
                return sentence
        return None


@dataclass(slots=True)
class Removed:
    """Text the extractor cut from the page, with the reason, so nothing is silently lost."""

    text: str
    reason: str


@dataclass(slots=True)
class Claim:
    """A scored sentence, with the claim-bearing clause as a span in block offsets.

    ``rank`` orders the page's claims for a reader (1 = check first; near-duplicates share their
    representative's rank); ``duplicate_of`` is the sentence id of the claim this one repeats, ``None`` for a
    representative. A page shows its representatives with ``rank <= 10`` first, the rest one click away.
    """

    sentence: str
    score: float
    label: str
    start: int
    end: int
    reasons: list[str] = field(default_factory=list)
    rank: int = 0
    duplicate_of: str | None = None


@dataclass(slots=True)
class Mention:
    """A span of block text playing a role in an attribution (source, cue, content)."""

    start: int
    end: int
    entity: str | None = None
    lemma: str | None = None


@dataclass(slots=True)
class Relay:
    """An intermediary that passed a statement on ("…, Sputnik reported").

    ``kind`` is the speaker kind its name reads as (``outlet``, ``organisation`` for a press service, …; ``None``
    when it names nothing sift knows), so reports look up and flag as unknown outlets only relays that may be one.
    """

    source: Mention
    cue: Mention | None = None
    kind: str | None = None


@dataclass(slots=True)
class Attribution:
    """Who said what: source and cue may sit in a neighbouring sentence of the same block, or in the block next to
    the content's when a quotation stands as its own paragraph (``frame_block``).

    ``confidence`` (0-1) is how sure sift is that this is a statement by the named source; below
    :data:`UNCERTAIN_BELOW` reports show it as uncertain.
    """

    id: str
    sentence: str
    content: Mention
    kind: str
    source: Mention | None = None
    cue: Mention | None = None
    via: list[Relay] = field(default_factory=list)
    confidence: float = 1.0
    #: the id of the block whose text ``source``, ``cue`` and ``via`` index, when it is not the block of ``sentence``
    #: and ``content`` ("Die Ministerin sagte:" above a paragraph that is one quotation); ``None``: the same block
    frame_block: str | None = None

    @property
    def block_id(self) -> str:
        """The id of the block of ``sentence`` and ``content``."""
        return self.sentence.split(".", 1)[0]

    @property
    def frame_block_id(self) -> str:
        """The id of the block whose text ``source``, ``cue`` and ``via`` index."""
        return self.frame_block or self.block_id

    @property
    def is_uncertain(self) -> bool:
        """Whether reports must show this attribution as uncertain rather than as a fact."""
        return self.confidence < UNCERTAIN_BELOW


@dataclass(slots=True)
class Speaker:
    """One entity quoted in the document, across languages and spellings; ``kind`` is one of :data:`SPEAKER_KINDS`.

    ``confidence`` (0-1) is how sure sift is that the entity really speaks on the page (``sift.attribution.trust``);
    below :data:`UNCERTAIN_BELOW` reports show the speaker as uncertain.
    """

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)
    confidence: float = 1.0

    @property
    def is_uncertain(self) -> bool:
        """Whether the speaker's own confidence is below the uncertain line (see :meth:`shown_as_fact`)."""
        return self.confidence < UNCERTAIN_BELOW

    def shown_as_fact(self, statements: Iterable[Attribution] | Iterable[Any]) -> bool:
        """Whether reports show this speaker as a fact: its own confidence is at or above the uncertain line and so
        is at least one of its ``statements`` (anything with ``is_uncertain``: its attributions, or their views). A
        speaker none of whose statements stands, or with none at all, is a guess. The one rule for reports, the
        real-page bench and ``train/speaker_confidence.py``."""
        return not self.is_uncertain and any(not statement.is_uncertain for statement in statements)


@dataclass(slots=True)
class Match:
    """A published fact-check that covers a sentence's claim (``level`` set), or a weak candidate (``level`` None).

    ``score`` is the matcher's estimate of the probability that the fact-check covers the claim.
    """

    sentence: str
    factcheck: dict[str, Any]
    score: float
    level: str | None
    evidence: str = ""


#: ``Document.match_status`` values: at least one levelled match, or none (the page was looked up and no
#: published fact-check in the store reaches ``possible``). ``None`` means matching did not run (no store).
MATCH_FOUND = "found"
MATCH_NONE = "none"
#: A claim's own state (``claims[].match_status`` in ``sift/1`` JSON), consistent with the page's: ``"match"`` or
#: ``"possible"`` (its best levelled hit; the page is then ``"found"``), ``"weak"`` (no levelled hit, one of the
#: page's weak candidates is its best), ``"none"`` (no published fact-check found). ``None`` when matching did not
#: run. "none" also covers a sentence the match stage skipped for a claim score under ``match.claim_min_score``
#: (0.3, below every check-worthy claim).
CLAIM_MATCH_STATES = ("match", "possible", "weak", "none")


@dataclass(slots=True)
class CoverageDocument:
    """Another document of the page's story, as the store knows it (``source`` is where it was read from)."""

    id: str
    title: str | None = None
    site: str | None = None
    lang: str = "und"
    published: str | None = None
    source: str | None = None


@dataclass(slots=True)
class Coverage:
    """Where else the page's story runs: the other documents of its story in the store.

    ``story`` is the id of the story the page belongs (or would belong) to; ``languages`` counts the story's
    documents per language, the page included; ``first_seen`` is the story's earliest day; ``factchecks``
    are the fact-checks matched in any of its documents.
    """

    story: str
    documents: list[CoverageDocument] = field(default_factory=list)
    languages: dict[str, int] = field(default_factory=dict)
    first_seen: str | None = None
    factchecks: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class OutletUse:
    """One place an outlet appears: ``ref`` is ``site``, a relay (``a1.via0``) or a speaker id (``sp1``)."""

    kind: str
    ref: str
    text: str


@dataclass(slots=True)
class Outlet:
    """An outlet the page names or is published on, with its profile and where it applies.

    ``profile`` is the outlet profile's JSON shape (``sift.sources.Profile.to_dict()``), ``badge`` its one-line
    label ("state-controlled media, Russia"), ``found`` how it was recognised (domain, name, domain name,
    within). ``factchecks`` counts the stored fact-checks that name it, by role and verdict
    (``{"publisher": {"false": 2}, "claimant": {...}}``), when a store was attached.
    """

    key: str
    badge: str
    found: str
    profile: dict[str, Any]
    uses: list[OutletUse] = field(default_factory=list)
    factchecks: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(slots=True)
class Document:
    """The page being analysed and every annotation the stages add to it.

    ``raw`` is the decoded input (HTML or text) that extraction reads; it is not part of the JSON form.
    """

    id: str
    source: Source
    raw: str = ""
    title: str | None = None
    published: str | None = None
    language: str = "und"
    #: the main language's body text is mostly words its dictionary does not know (see ``Block.lang_uncertain``)
    language_uncertain: bool = False
    site: str | None = None
    author: str | None = None
    blocks: list[Block] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    #: languages of analysed blocks that the attribution stage cannot read (ISO 639-1 codes, sorted)
    attribution_unavailable: list[str] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    #: the best candidates under the ``possible`` level (``level`` None), shown collapsed as "weak candidates"
    weak_matches: list[Match] = field(default_factory=list)
    #: ``"found"``, ``"none"`` ("no published fact-check found") or ``None`` when matching did not run
    match_status: str | None = None
    coverage: Coverage | None = None
    outlets: list[Outlet] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)

    # ---- navigation -------------------------------------------------------------------------------

    def block(self, block_id: str) -> Block:
        """The block with this id; ``KeyError`` if absent."""
        for block in self.blocks:
            if block.id == block_id:
                return block
        raise KeyError(block_id)

    def sentence(self, sentence_id: str) -> tuple[Block, Sentence]:
        """The block and sentence for an id such as ``b0.s3``; ``KeyError`` if absent."""
        block = self.block(sentence_id.split(".", 1)[0])
        for sentence in block.sentences:
            if sentence.id == sentence_id:
                return block, sentence
        raise KeyError(sentence_id)

    def sentence_text(self, sentence_id: str) -> str:
        """Text of a sentence by id."""
        block, sentence = self.sentence(sentence_id)
        return block.text[sentence.start : sentence.end]

    def claim_match_status(self, sentence_id: str) -> str | None:
        """The fact-check state of one sentence: one of :data:`CLAIM_MATCH_STATES`, ``None`` if matching did not run."""
        if self.match_status is None:
            return None
        levels = {match.level for match in self.matches if match.sentence == sentence_id}
        for level in MATCH_LEVELS:
            if level in levels:
                return level
        if any(match.sentence == sentence_id for match in self.weak_matches):
            return "weak"
        return MATCH_NONE

    def iter_sentences(self, roles: tuple[str, ...] = BLOCK_ROLES) -> Iterator[tuple[Block, Sentence, str]]:
        """Every sentence of blocks with one of ``roles``, with its block and text, in document order."""
        for block in self.blocks:
            if block.role in roles:
                for sentence, text in block.sentence_texts():
                    yield block, sentence, text

    # ---- JSON -------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The ``sift/1`` JSON object, with derived ``text`` next to every span."""
        return _document_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Serialise to a JSON string (UTF-8 safe, non-ASCII kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild from the ``sift/1`` object; raises ``InputError`` on a wrong schema or shape."""
        try:
            return _document_from_dict(data)
        except InputError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise InputError(f"not a valid sift/1 document: {type(error).__name__}: {error}") from None

    @classmethod
    def from_json(cls, text: str | bytes) -> Document:
        """Parse a JSON string produced by :meth:`to_json`."""
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise InputError(f"not valid JSON: {error}") from None
        if not isinstance(data, dict):
            raise InputError("not a valid sift/1 document: top level is not an object")
        return cls.from_dict(data)


# ---- serialisation helpers -----------------------------------------------------------------------


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}


def _mention_to_dict(mention: Mention | None, text: str) -> dict[str, Any] | None:
    if mention is None:
        return None
    return _drop_none(
        {
            "text": text[mention.start : mention.end],
            "span": [mention.start, mention.end],
            "entity": mention.entity,
            "lemma": mention.lemma,
        }
    )


def _mention_from_dict(data: dict[str, Any] | None) -> Mention | None:
    if data is None:
        return None
    start, end = data["span"]
    return Mention(int(start), int(end), data.get("entity"), data.get("lemma"))


def _block_of(document: Document, sentence_id: str) -> Block:
    return document.block(sentence_id.split(".", 1)[0])


def _document_to_dict(doc: Document) -> dict[str, Any]:
    source = doc.source
    attributions = []
    for attribution in doc.attributions:
        text = _block_of(doc, attribution.sentence).text
        framed = doc.block(attribution.frame_block_id).text  # the text source, cue and relays index
        attributions.append(
            _drop_none(
                {
                    "id": attribution.id,
                    "sentence": attribution.sentence,
                    "kind": attribution.kind,
                    "frame_block": attribution.frame_block,
                    "source": _mention_to_dict(attribution.source, framed),
                    "cue": _mention_to_dict(attribution.cue, framed),
                    "content": _mention_to_dict(attribution.content, text),
                    "via": [
                        _drop_none(
                            {
                                **(_mention_to_dict(relay.source, framed) or {}),
                                "cue": _mention_to_dict(relay.cue, framed),
                                "kind": relay.kind,
                            }
                        )
                        for relay in attribution.via
                    ],
                    "confidence": attribution.confidence,
                }
            )
        )
    return {
        "schema": SCHEMA,
        "id": doc.id,
        "source": {
            "kind": source.kind,
            "location": source.location,
            "sha256": source.sha256,
            "media_type": source.media_type,
            "encoding": source.encoding,
            "size_bytes": source.size_bytes,
            "fetched_at": source.fetched_at,
        },
        "title": doc.title,
        "published": doc.published,
        "language": doc.language,
        "language_uncertain": doc.language_uncertain,
        "site": doc.site,
        "author": doc.author,
        "blocks": [
            {
                "id": block.id,
                "role": block.role,
                "lang": block.lang,
                "lang_confidence": block.lang_confidence,
                "lang_uncertain": block.lang_uncertain,
                "text": block.text,
                "sentences": [
                    {"id": s.id, "start": s.start, "end": s.end, "text": text} for s, text in block.sentence_texts()
                ],
                **({"poster": asdict(block.poster)} if block.poster is not None else {}),
            }
            for block in doc.blocks
        ],
        "removed": [{"text": r.text, "reason": r.reason} for r in doc.removed],
        "claims": [
            {
                "sentence": claim.sentence,
                "score": claim.score,
                "label": claim.label,
                "reasons": list(claim.reasons),
                "rank": claim.rank,
                "duplicate_of": claim.duplicate_of,
                "span": [claim.start, claim.end],
                "text": _block_of(doc, claim.sentence).text[claim.start : claim.end],
                "match_status": doc.claim_match_status(claim.sentence),
            }
            for claim in doc.claims
        ],
        "attributions": attributions,
        "speakers": [
            {
                "id": speaker.id,
                "name": speaker.name,
                "kind": speaker.kind,
                "aliases": list(speaker.aliases),
                "languages": list(speaker.languages),
                "attributions": list(speaker.attributions),
                "confidence": speaker.confidence,
            }
            for speaker in doc.speakers
        ],
        "attribution_unavailable": list(doc.attribution_unavailable),
        "matches": [_match_to_dict(match) for match in doc.matches],
        "match_status": doc.match_status,
        "weak_matches": [_match_to_dict(match) for match in doc.weak_matches],
        "coverage": _coverage_to_dict(doc.coverage),
        "outlets": [
            {
                "key": outlet.key,
                "badge": outlet.badge,
                "found": outlet.found,
                "profile": outlet.profile,
                "uses": [{"kind": use.kind, "ref": use.ref, "text": use.text} for use in outlet.uses],
                "factchecks": {role: dict(counts) for role, counts in outlet.factchecks.items()},
            }
            for outlet in doc.outlets
        ],
        "timings_ms": dict(doc.timings_ms),
    }


def _coverage_to_dict(coverage: Coverage | None) -> dict[str, Any] | None:
    if coverage is None:
        return None
    return {
        "story": coverage.story,
        "documents": [
            {"id": d.id, "title": d.title, "site": d.site, "lang": d.lang, "published": d.published, "source": d.source}
            for d in coverage.documents
        ],
        "languages": dict(coverage.languages),
        "first_seen": coverage.first_seen,
        "factchecks": [dict(factcheck) for factcheck in coverage.factchecks],
    }


def _coverage_from_dict(data: dict[str, Any] | None) -> Coverage | None:
    if data is None:
        return None
    return Coverage(
        story=str(data["story"]),
        documents=[
            CoverageDocument(
                id=str(d["id"]),
                title=d.get("title"),
                site=d.get("site"),
                lang=d.get("lang", "und"),
                published=d.get("published"),
                source=d.get("source"),
            )
            for d in data.get("documents", [])
        ],
        languages={str(k): int(v) for k, v in data.get("languages", {}).items()},
        first_seen=data.get("first_seen"),
        factchecks=[dict(f) for f in data.get("factchecks", [])],
    )


def _check_text(block: Block, start: int, end: int, expected: str | None, what: str) -> None:
    if expected is not None and block.span_text(start, end) != expected:
        raise InputError(f"not a valid sift/1 document: {what} text does not match its offsets")


def _document_from_dict(data: dict[str, Any]) -> Document:
    if data.get("schema") != SCHEMA:
        raise InputError(f"not a sift/1 document (schema is {data.get('schema')!r})")
    source_data = data["source"]
    doc = Document(
        id=str(data["id"]),
        source=Source(
            kind=source_data["kind"],
            location=source_data["location"],
            sha256=source_data["sha256"],
            media_type=source_data.get("media_type", "text/plain"),
            encoding=source_data.get("encoding"),
            size_bytes=int(source_data.get("size_bytes", 0)),
            fetched_at=source_data.get("fetched_at"),
        ),
        title=data.get("title"),
        published=data.get("published"),
        language=data.get("language", "und"),
        language_uncertain=bool(data.get("language_uncertain", False)),
        site=data.get("site"),
        author=data.get("author"),
        timings_ms={str(k): float(v) for k, v in data.get("timings_ms", {}).items()},
    )
    for block_data in data.get("blocks", []):
        block = Block(
            id=block_data["id"],
            role=block_data["role"],
            text=block_data["text"],
            lang=block_data.get("lang", "und"),
            lang_confidence=float(block_data.get("lang_confidence", 0.0)),
            lang_uncertain=bool(block_data.get("lang_uncertain", False)),
            poster=_poster(block_data.get("poster")),
        )
        for s in block_data.get("sentences", []):
            _check_text(block, s["start"], s["end"], s.get("text"), f"sentence {s['id']}")
            block.sentences.append(Sentence(s["id"], int(s["start"]), int(s["end"])))
        doc.blocks.append(block)
    doc.removed = [Removed(r["text"], r["reason"]) for r in data.get("removed", [])]
    for c in data.get("claims", []):
        start, end = c["span"]
        _check_text(_block_of(doc, c["sentence"]), start, end, c.get("text"), f"claim on {c['sentence']}")
        duplicate_of = c.get("duplicate_of")
        doc.claims.append(
            Claim(
                c["sentence"],
                float(c["score"]),
                c["label"],
                int(start),
                int(end),
                list(c.get("reasons", [])),
                int(c.get("rank", 0)),
                None if duplicate_of is None else str(duplicate_of),
            )
        )
    for a in data.get("attributions", []):
        content = _mention_from_dict(a["content"])
        assert content is not None
        doc.attributions.append(
            Attribution(
                id=a["id"],
                sentence=a["sentence"],
                content=content,
                kind=a["kind"],
                source=_mention_from_dict(a.get("source")),
                cue=_mention_from_dict(a.get("cue")),
                via=[
                    Relay(
                        source=Mention(int(v["span"][0]), int(v["span"][1]), v.get("entity"), v.get("lemma")),
                        cue=_mention_from_dict(v.get("cue")),
                        kind=v.get("kind"),
                    )
                    for v in a.get("via", [])
                ],
                confidence=float(a.get("confidence", 1.0)),
                frame_block=a.get("frame_block"),
            )
        )
    doc.speakers = [
        Speaker(
            id=s["id"],
            name=s["name"],
            kind=s["kind"] if "kind" in s else _ROLE_KINDS.get(s["role"], "anonymous"),
            aliases=list(s.get("aliases", [])),
            languages=list(s.get("languages", [])),
            attributions=list(s.get("attributions", [])),
            confidence=float(s.get("confidence", 1.0)),
        )
        for s in data.get("speakers", [])
    ]
    doc.attribution_unavailable = [str(code) for code in data.get("attribution_unavailable", [])]
    doc.matches = [_match_from_dict(m) for m in data.get("matches", [])]
    doc.weak_matches = [_match_from_dict(m) for m in data.get("weak_matches", [])]
    status = data.get("match_status")
    if status not in (None, MATCH_FOUND, MATCH_NONE):
        raise InputError(f"not a valid sift/1 document: match_status {status!r} is not 'found', 'none' or null")
    doc.match_status = status
    doc.coverage = _coverage_from_dict(data.get("coverage"))
    doc.outlets = [
        Outlet(
            key=o["key"],
            badge=o["badge"],
            found=o["found"],
            profile=dict(o["profile"]),
            uses=[OutletUse(u["kind"], u["ref"], u["text"]) for u in o.get("uses", [])],
            factchecks={
                str(role): {str(v): int(n) for v, n in counts.items()}
                for role, counts in o.get("factchecks", {}).items()
            },
        )
        for o in data.get("outlets", [])
    ]
    return doc


def _match_to_dict(match: Match) -> dict[str, Any]:
    return {
        "sentence": match.sentence,
        "factcheck": match.factcheck,
        "score": match.score,
        "level": match.level,
        "evidence": match.evidence,
    }


def _match_from_dict(m: dict[str, Any]) -> Match:
    return Match(m["sentence"], dict(m["factcheck"]), float(m["score"]), m.get("level"), m.get("evidence", ""))
