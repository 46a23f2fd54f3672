"""``sift review …``: the desk's review of claims in stored documents, from the command line.

Changes made here are logged as ``local:<user>`` (see ``sift audit``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from sift.cli import app
from sift.cli.desk import local_actor, print_records
from sift.cli.factchecks import AsJson, Db, Lang, Limit, Offset, print_json

if TYPE_CHECKING:
    from sift.store.desk import ReviewState

review_app = typer.Typer(
    name="review",
    help="Review the check-worthy claims of stored documents: list, queue, set status/verdict/notes, export.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")

DocumentId = Annotated[str, typer.Argument(help="A stored document's id (sift documents list).")]
SentenceId = Annotated[str, typer.Argument(help="The claim's sentence id, e.g. b3.s0.")]


def _line(state: ReviewState) -> str:
    return f"{state.sentence_id}\t{state.status}\t{state.verdict or '-'}\t{state.assignee or '-'}\t{state.claim}"


def _document(store: object, document_id: str):  # type: ignore[no-untyped-def]
    from sift.errors import InputError

    doc = store.get_document(document_id)  # type: ignore[attr-defined]
    if doc is None:
        raise InputError(f"no stored document has the id {document_id!r} (sift documents list)")
    return doc


@review_app.command("list")
def list_command(
    document_id: DocumentId,
    markdown: Annotated[bool, typer.Option("--md", help="Print Markdown.")] = False,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """The review of each check-worthy claim of a stored document."""
    from sift.report.reviews import render_reviews_markdown
    from sift.store import open_store
    from sift.store.desk import document_reviews

    with open_store(db, read_only=True) as store:
        doc = _document(store, document_id)
        states = document_reviews(store, doc)
    if as_json:
        print_json([state.to_dict() for state in states])
    elif markdown:
        print(render_reviews_markdown(doc.title, [state.to_dict() for state in states]), end="")
    else:
        for state in states:
            print(
                f"{state.sentence_id}\t{state.status}\t{state.verdict or '-'}\t{state.assignee or '-'}\t{state.claim}"
            )


@review_app.command("queue")
def queue_command(
    status: Annotated[str | None, typer.Option("--status", help="new, in-progress, checked or dismissed.")] = "new",
    assignee: Annotated[str | None, typer.Option("--assignee", help="Only claims assigned to this name.")] = None,
    lang: Lang = None,
    story: Annotated[str | None, typer.Option("--story", help="Only claims of this story's documents.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Claims across stored documents by review status, least recently changed first."""
    from sift.store import open_store

    with open_store(db, read_only=True) as store:
        items = store.review_queue(
            status=status, assignee=assignee, language=lang, story=story, limit=limit, offset=offset
        )
    print_records(items, as_json, lambda i: f"{i.document_id}\t{_line(i)}", "no claims match")


@review_app.command("set")
def set_command(
    document_id: DocumentId,
    sentence_id: SentenceId,
    status: Annotated[str | None, typer.Option("--status", help="new, in-progress, checked or dismissed.")] = None,
    verdict: Annotated[str | None, typer.Option("--verdict", help="false, mostly-false, mixed, … ('' clears).")] = None,
    assignee: Annotated[str | None, typer.Option("--assignee", help="Who works on it ('' unassigns).")] = None,
    evidence: Annotated[
        list[str] | None, typer.Option("--evidence", help="An evidence URL (repeat; replaces the list).")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="A note to append.")] = None,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Change a claim's review (logged in the audit log)."""
    from sift.errors import InputError
    from sift.store import open_store
    from sift.store.desk import ReviewChange, claim_on

    change = ReviewChange(
        status=status,
        verdict=verdict,
        assignee=assignee,
        evidence_urls=None if evidence is None else tuple(evidence),
        note=note,
    )
    if change.empty:
        raise InputError("nothing to change: give --status, --verdict, --assignee, --evidence or --note")
    with open_store(db) as store:
        doc = _document(store, document_id)
        found = claim_on(doc, sentence_id)
        if found is None:
            raise InputError(f"document {document_id} has no claim on sentence {sentence_id!r} (sift review list)")
        state = store.update_review(
            document_id, sentence_id, change, actor=local_actor(), claim=found[0], language=found[1]
        )
    print_records([state], as_json, _line, "")


@review_app.command("export")
def export_command(
    document_id: DocumentId,
    sentence_id: SentenceId,
    review_url: Annotated[str, typer.Option("--review-url", help="Where the review is published.")],
    publisher: Annotated[str, typer.Option("--publisher", help="Who publishes it.")] = "sift verification desk",
    db: Db = None,
) -> None:
    """Print a checked claim's review as schema.org ClaimReview JSON-LD (sift factchecks import reads it)."""
    from sift.errors import InputError
    from sift.store import open_store
    from sift.store.desk import claimreview_jsonld, safe_url

    if not safe_url(review_url):
        raise InputError(f"--review-url {review_url!r} is not an http(s) URL")
    with open_store(db, read_only=True) as store:
        _document(store, document_id)
        state = store.get_review(document_id, sentence_id)
    if state is None:
        raise InputError(f"claim {sentence_id} of {document_id} has no review yet (sift review set … --status checked)")
    print_json(claimreview_jsonld(state, review_url=review_url, publisher=publisher))
