"""The verification desk in the store: named tokens and roles, the audit log, and the review state of claims.

A desk works on the check-worthy claims of stored documents: each claim has a review (status, assignee, verdict,
evidence URLs, notes) that people with a reviewer token change. Every write records who did it (the token's
name) in the audit log, in the same transaction as the write itself when the desk owns the write.

The records here are plain data; :class:`DeskStore` is the SQL both backends share (mixed into ``SqlStore``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sift.errors import InputError
from sift.factchecks.record import VERDICTS
from sift.report.reviews import is_link_safe as safe_url

if TYPE_CHECKING:
    from sift.document import Document

__all__ = [
    "AUDIT_ACTIONS",
    "REVIEW_STATUSES",
    "ROLES",
    "AuditEntry",
    "DeskStore",
    "ReviewChange",
    "ReviewNote",
    "ReviewState",
    "TokenRecord",
    "check_name",
    "claim_on",
    "claimreview_jsonld",
    "document_reviews",
    "hash_token",
    "is_publishable",
    "new_token",
    "role_allows",
    "safe_url",
]

#: Roles from least to most trusted; each may do what the roles before it may.
#: reader: read, log in; reviewer: change claim reviews; editor: import fact-checks, delete documents, read the
#: audit log; admin: everything (the server's ``SIFT_TOKEN``; never stored).
ROLES = ("reader", "reviewer", "editor", "admin")
#: The review states of a claim, in the order a desk moves through them.
REVIEW_STATUSES = ("new", "in-progress", "checked", "dismissed")
#: What the audit log records.
AUDIT_ACTIONS = ("check", "review", "import", "delete", "token-add", "token-remove")
#: Limits on what a reviewer types (a note is a paragraph, not a pasted page).
MAX_NOTE_CHARS = 5000
MAX_URL_CHARS = 2000
MAX_EVIDENCE_URLS = 20
MAX_NAME_CHARS = 80


def role_allows(role: str, needed: str) -> bool:
    """Whether ``role`` may do what ``needed`` may (roles are ordered, see :data:`ROLES`)."""
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


def check_name(name: str, what: str = "name") -> str:
    """A token or assignee name: 1-80 printable characters without spaces at the ends.

    Raises:
        InputError: empty, too long or holding control characters.
    """
    name = name.strip()
    if not name or len(name) > MAX_NAME_CHARS or not name.isprintable():
        raise InputError(f"{what} {name!r} must be 1 to {MAX_NAME_CHARS} printable characters")
    return name


class _Record:
    """What the desk's records share: a plain JSON-ready dict (nested records as dicts)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict."""
        return asdict(self)  # type: ignore[call-overload]


@dataclass(slots=True)
class TokenRecord(_Record):
    """A named token (its hash never leaves the store)."""

    name: str
    role: str
    created: str = ""


@dataclass(slots=True)
class AuditEntry(_Record):
    """One write: who (a token's name), when (UTC), what (an action on a target) and its details."""

    seq: int
    at: str
    actor: str
    action: str
    target: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ReviewNote:
    """A note on a claim: who wrote it, what, when."""

    author: str
    text: str
    at: str


@dataclass(slots=True)
class ReviewState(_Record):
    """The desk's review of one claim of a stored document."""

    document_id: str
    sentence_id: str
    status: str = "new"
    assignee: str | None = None
    verdict: str | None = None
    evidence_urls: list[str] = field(default_factory=list)
    notes: list[ReviewNote] = field(default_factory=list)
    claim: str = ""
    language: str = "und"
    updated: str = ""
    updated_by: str = ""
    #: the document's title, filled by the queue (not stored with the review)
    title: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewChange:
    """What a reviewer changes on a claim; ``None`` leaves a field as it is. Validates on construction.

    ``assignee=""`` unassigns, ``verdict=""`` clears the verdict, ``evidence_urls`` replaces the list, ``note``
    appends one note written by the acting token.
    """

    status: str | None = None
    assignee: str | None = None
    verdict: str | None = None
    evidence_urls: tuple[str, ...] | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in REVIEW_STATUSES:
            raise InputError(f"unknown review status {self.status!r}: use one of {', '.join(REVIEW_STATUSES)}")
        if self.verdict and self.verdict not in VERDICTS:
            raise InputError(f"unknown verdict {self.verdict!r}: use one of {', '.join(VERDICTS)}")
        if self.assignee:
            check_name(self.assignee, "assignee")
        if self.evidence_urls is not None:
            if len(self.evidence_urls) > MAX_EVIDENCE_URLS:
                raise InputError(f"at most {MAX_EVIDENCE_URLS} evidence URLs per claim")
            for url in self.evidence_urls:
                if len(url) > MAX_URL_CHARS or not safe_url(url):
                    raise InputError(f"evidence URL {url[:80]!r} is not an http(s) URL")
        if self.note is not None and len(self.note) > MAX_NOTE_CHARS:
            raise InputError(f"a note holds at most {MAX_NOTE_CHARS} characters, got {len(self.note)}")

    @property
    def empty(self) -> bool:
        """Whether the change changes nothing."""
        return all(getattr(self, name) is None for name in self.__dataclass_fields__) or (
            self.note is not None
            and not self.note.strip()
            and all(getattr(self, name) is None for name in ("status", "assignee", "verdict", "evidence_urls"))
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewChange:
        """A change from a JSON object (the API's PATCH body).

        Raises:
            InputError: unknown members or values of the wrong type.
        """
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise InputError(f"unknown review fields: {', '.join(sorted(unknown))}")
        for name in ("status", "assignee", "verdict", "note"):
            if data.get(name) is not None and not isinstance(data[name], str):
                raise InputError(f"{name} must be a string")
        urls = data.get("evidence_urls")
        if urls is not None and (not isinstance(urls, list) or not all(isinstance(url, str) for url in urls)):
            raise InputError("evidence_urls must be a list of URLs")
        return cls(
            status=data.get("status"),
            assignee=data.get("assignee"),
            verdict=data.get("verdict"),
            evidence_urls=None if urls is None else tuple(url.strip() for url in urls if url.strip()),
            note=data.get("note"),
        )


_REVIEW_COLUMNS = (
    "r.document_id, r.sentence_id, r.status, r.assignee, r.verdict, r.evidence_urls, r.notes, r.claim, "
    "r.language, r.updated, r.updated_by"
)


def _review(row: Sequence[Any], title: str | None = None) -> ReviewState:
    notes = [ReviewNote(**note) for note in json.loads(row[6])]
    return ReviewState(*row[:5], json.loads(row[5]), notes, *row[7:11], title=title)  # type: ignore[misc]


def checkworthy_claims(doc: Document) -> Iterable[tuple[str, str, str]]:
    """``(sentence_id, claim text, language)`` of each check-worthy claim of a document."""
    for claim in doc.claims:
        if claim.label == "check-worthy":
            block, _ = doc.sentence(claim.sentence)
            yield claim.sentence, block.text[claim.start : claim.end], block.lang


def claim_on(doc: Document, sentence_id: str) -> tuple[str, str] | None:
    """``(claim text, language)`` of the claim on a sentence of ``doc``; ``None`` when the sentence has none."""
    claim = next((claim for claim in doc.claims if claim.sentence == sentence_id), None)
    if claim is None:
        return None
    block, _ = doc.sentence(sentence_id)
    return block.text[claim.start : claim.end], block.lang


def document_reviews(store: Any, doc: Document) -> list[ReviewState]:
    """The review of every check-worthy claim of a stored ``doc`` (``new`` when never touched) and of any other
    claim that has one, in reading order."""
    stored = {state.sentence_id: state for state in store.list_reviews(doc.id)}
    order = {sentence.id: number for number, (_, sentence, _) in enumerate(doc.iter_sentences())}
    states = []
    for claim in doc.claims:
        if claim.sentence in stored or claim.label == "check-worthy":
            text, lang = claim_on(doc, claim.sentence) or ("", "und")
            states.append(stored.get(claim.sentence) or ReviewState(doc.id, claim.sentence, claim=text, language=lang))
    return sorted(states, key=lambda state: order.get(state.sentence_id, len(order)))


def is_publishable(state: ReviewState) -> bool:
    """Whether a review may be published as a ClaimReview: the claim is ``checked`` and has a verdict."""
    return state.status == "checked" and bool(state.verdict)


def claimreview_jsonld(state: ReviewState, *, review_url: str, publisher: str) -> dict[str, Any]:
    """A checked claim's review as one schema.org ClaimReview JSON-LD object, which ``sift factchecks import``
    reads back as a fact-check (the desk's own checks are matched on the next page).

    Raises:
        InputError: the claim is not checked with a verdict (see :func:`is_publishable`).
    """
    from sift.factchecks.export import claimreview_node
    from sift.factchecks.record import FactCheck

    if not is_publishable(state):
        raise InputError(
            f"claim {state.sentence_id} is {state.status}{' with a verdict' if state.verdict else ' without a verdict'}"
            ": only a checked claim with a verdict is published as a ClaimReview"
        )
    record = FactCheck(
        claim=state.claim,
        review_url=review_url,
        publisher_name=publisher,
        rating=(state.verdict or "").replace("-", " ").capitalize(),
        verdict=state.verdict or "other",
        language=state.language,
        review_date=state.updated[:10] or None,
    )
    return {"@context": "https://schema.org", **claimreview_node(record)}


class DeskStore:
    """Tokens, audit log and claim reviews, written once for both SQL backends (a mixin of ``SqlStore``)."""

    # provided by SqlStore
    _execute: Any
    _reading: Any
    _writing: Any

    def _audit(self, actor: str, action: str, target: str, detail: dict[str, Any], at: str) -> None:
        self._execute(
            "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)",
            (at, actor, action, target, json.dumps(detail, ensure_ascii=False, sort_keys=True)),
        )

    # ---- tokens -----------------------------------------------------------------------------------

    def add_token(self, name: str, role: str, token_hash: str, *, actor: str) -> TokenRecord:
        """Store a named token by the hash of its secret (the secret itself is never stored).

        Raises:
            InputError: a bad name or role, or the name is taken.
            StoreError: the store refused the write.
        """
        from sift.store.sql import _now

        name = check_name(name, "token name")
        if role not in ROLES[:-1]:
            raise InputError(f"unknown role {role!r}: use one of {', '.join(ROLES[:-1])}")
        now = _now()
        with self._writing("add a token to"):
            if self._execute("SELECT 1 FROM desk_tokens WHERE name = ?", (name,)).fetchone():
                raise InputError(f"a token named {name!r} exists: remove it first or pick another name")
            self._execute(
                "INSERT INTO desk_tokens (name, role, token_hash, created) VALUES (?, ?, ?, ?)",
                (name, role, token_hash, now),
            )
            self._audit(actor, "token-add", name, {"role": role}, now)
        return TokenRecord(name, role, now)

    def remove_token(self, name: str, *, actor: str) -> bool:
        """Remove a named token; ``True`` if it existed. Its web sessions end at their next request."""
        from sift.store.sql import _now

        now = _now()
        with self._writing("remove a token from"):
            cursor = self._execute("DELETE FROM desk_tokens WHERE name = ?", (name,))
            if cursor.rowcount:
                self._audit(actor, "token-remove", name, {}, now)
        return bool(cursor.rowcount)

    def list_tokens(self) -> list[TokenRecord]:
        """The named tokens, by name (no secrets, no hashes)."""
        with self._reading("read"):
            rows = self._execute("SELECT name, role, created FROM desk_tokens ORDER BY name").fetchall()
        return [TokenRecord(*row) for row in rows]

    def token_by_hash(self, token_hash: str) -> TokenRecord | None:
        """The token whose secret hashes to ``token_hash``, or ``None``."""
        with self._reading("read"):
            row = self._execute(
                "SELECT name, role, created FROM desk_tokens WHERE token_hash = ?", (token_hash,)
            ).fetchone()
        return TokenRecord(*row) if row else None

    # ---- audit ------------------------------------------------------------------------------------

    def record_audit(self, actor: str, action: str, target: str, detail: dict[str, Any] | None = None) -> None:
        """Append one entry to the audit log (for writes the desk does not own: imports, deletes)."""
        from sift.store.sql import _now

        with self._writing("write the audit log of"):
            self._audit(actor, action, target, detail or {}, _now())

    def list_audit(
        self, *, actor: str | None = None, action: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[AuditEntry]:
        """Audit entries, latest first, optionally by one actor or action.

        Raises:
            InputError: a bad page.
        """
        from sift.store.sql import _check_page

        _check_page(limit, offset)
        clauses, params = [], []
        for column, value in (("actor", actor), ("action", action)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._reading("read"):
            rows = self._execute(
                f"SELECT seq, at, actor, action, target, detail FROM audit_log {where} ORDER BY seq DESC "
                "LIMIT ? OFFSET ?",
                (*params, limit, offset),
            ).fetchall()
        return [AuditEntry(int(row[0]), *row[1:5], json.loads(row[5])) for row in rows]

    # ---- claim reviews ----------------------------------------------------------------------------

    def queue_claims(self, doc: Document) -> int:
        """Put the check-worthy claims of a stored document on the desk as ``new`` (kept reviews stay as they are).

        Returns:
            How many claims were queued.
        """
        if not any(claim.label == "check-worthy" for claim in doc.claims):
            return 0
        with self._writing("queue claims in"):
            return self._queue_rows(doc)

    def _queue_rows(self, doc: Document) -> int:
        """Insert ``new`` reviews for a document's check-worthy claims, inside the open write transaction."""
        from sift.store.sql import _now

        now = _now()
        count = 0
        for sentence, text, lang in checkworthy_claims(doc):
            self._execute(
                "INSERT INTO claim_reviews (document_id, sentence_id, status, evidence_urls, notes, claim, "
                "language, updated, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (document_id, sentence_id) DO NOTHING",
                (doc.id, sentence, "new", "[]", "[]", text, lang, now, ""),
            )
            count += 1
        return count

    def get_review(self, document_id: str, sentence_id: str) -> ReviewState | None:
        """The stored review of one claim, or ``None`` (never reviewed or queued)."""
        with self._reading("read"):
            row = self._execute(
                f"SELECT {_REVIEW_COLUMNS} FROM claim_reviews r WHERE r.document_id = ? AND r.sentence_id = ?",
                (document_id, sentence_id),
            ).fetchone()
        return _review(row) if row else None

    def list_reviews(self, document_id: str) -> list[ReviewState]:
        """Every stored review of a document's claims, by sentence id."""
        with self._reading("read"):
            rows = self._execute(
                f"SELECT {_REVIEW_COLUMNS} FROM claim_reviews r WHERE r.document_id = ? ORDER BY r.sentence_id",
                (document_id,),
            ).fetchall()
        return [_review(row) for row in rows]

    def update_review(
        self, document_id: str, sentence_id: str, change: ReviewChange, *, actor: str, claim: str, language: str
    ) -> ReviewState:
        """Apply a reviewer's change to a claim's review and log it, in one transaction.

        ``claim`` and ``language`` describe the claim (the caller read them from the document).

        Raises:
            StoreError: the store refused the write.
        """
        from sift.store.sql import _now

        now = _now()
        with self._writing("review a claim in"):
            row = self._execute(
                f"SELECT {_REVIEW_COLUMNS} FROM claim_reviews r WHERE r.document_id = ? AND r.sentence_id = ?",
                (document_id, sentence_id),
            ).fetchone()
            state = _review(row) if row else ReviewState(document_id, sentence_id)
            detail: dict[str, Any] = {"sentence": sentence_id}
            if change.status is not None and change.status != state.status:
                detail["status"] = [state.status, change.status]
                state.status = change.status
            if change.assignee is not None and (change.assignee.strip() or None) != state.assignee:
                detail["assignee"] = change.assignee.strip() or None
                state.assignee = change.assignee.strip() or None
            if change.verdict is not None and (change.verdict or None) != state.verdict:
                detail["verdict"] = change.verdict or None
                state.verdict = change.verdict or None
            if change.evidence_urls is not None and list(change.evidence_urls) != state.evidence_urls:
                detail["evidence_urls"] = list(change.evidence_urls)
                state.evidence_urls = list(change.evidence_urls)
            if change.note is not None and change.note.strip():
                state.notes.append(ReviewNote(actor, change.note.strip(), now))
                detail["note"] = True
            state.claim, state.language, state.updated, state.updated_by = claim, language, now, actor
            self._execute(
                "INSERT INTO claim_reviews (document_id, sentence_id, status, assignee, verdict, evidence_urls, notes, "
                "claim, language, updated, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (document_id, sentence_id) DO UPDATE SET status = excluded.status, "
                "assignee = excluded.assignee, verdict = excluded.verdict, evidence_urls = excluded.evidence_urls, "
                "notes = excluded.notes, claim = excluded.claim, language = excluded.language, "
                "updated = excluded.updated, updated_by = excluded.updated_by",
                (
                    document_id,
                    sentence_id,
                    state.status,
                    state.assignee,
                    state.verdict,
                    json.dumps(state.evidence_urls, ensure_ascii=False),
                    json.dumps([asdict(note) for note in state.notes], ensure_ascii=False),
                    claim,
                    language,
                    now,
                    actor,
                ),
            )
            self._audit(actor, "review", document_id, detail, now)
        return state

    def review_queue(
        self,
        *,
        status: str | None = None,
        assignee: str | None = None,
        language: str | None = None,
        story: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[ReviewState]:
        """Claim reviews across stored documents, oldest change first (the desk works from the front).

        ``story`` keeps the claims of one story's documents (a merged story's old id reads as the story it went
        into, as ``sift stories show`` does).

        Raises:
            InputError: an unknown status or a bad page.
        """
        from sift.store.sql import _check_page

        _check_page(limit, offset)
        if status is not None and status not in REVIEW_STATUSES:
            raise InputError(f"unknown review status {status!r}: use one of {', '.join(REVIEW_STATUSES)}")
        clauses, params = [], []
        for column, value in (("r.status", status), ("r.assignee", assignee), ("r.language", language)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        with self._reading("read"):
            if story:
                # a merged story's old id leads straight to the live one (merges re-point older redirects)
                clauses.append(
                    "r.document_id IN (SELECT id FROM story_documents WHERE story = "
                    "COALESCE((SELECT new FROM story_redirects WHERE old = ?), ?))"
                )
                params += [story, story]
            where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
            rows = self._execute(
                f"SELECT {_REVIEW_COLUMNS}, d.title FROM claim_reviews r JOIN documents d ON d.id = r.document_id "
                f"{where} ORDER BY r.updated, r.document_id, r.sentence_id LIMIT ? OFFSET ?",
                (*params, limit, offset),
            ).fetchall()
        return [_review(row[:11], row[11]) for row in rows]

    def review_counts(self) -> dict[str, int]:
        """How many claims of stored documents are in each review status (every status present, 0 when none)."""
        with self._reading("read"):
            rows = self._execute(
                "SELECT r.status, COUNT(*) FROM claim_reviews r JOIN documents d ON d.id = r.document_id "
                "GROUP BY r.status"
            ).fetchall()
        found = {str(status): int(count) for status, count in rows}
        return {status: found.get(status, 0) for status in REVIEW_STATUSES}


def new_token() -> str:
    """A fresh token secret: 32 random bytes, URL-safe (shown once by ``sift tokens add``)."""
    import secrets

    return "sift_" + secrets.token_urlsafe(32)


def hash_token(secret: str) -> str:
    """The SHA-256 of a token secret, as stored. Secrets are 256 random bits, so a fast hash is enough (no
    dictionary to guess from) and lets a request find its token by one indexed lookup."""
    import hashlib

    return hashlib.sha256(secret.strip().encode("utf-8")).hexdigest()
