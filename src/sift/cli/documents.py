"""``sift documents …``: count, list, search and show the analysed documents in the store, and the pages that failed."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from sift.cli import app
from sift.cli.factchecks import AsJson, Db, Lang, Limit, Offset, print_json
from sift.errors import InputError

if TYPE_CHECKING:
    from sift.store.base import DocumentSummary

documents_app = typer.Typer(
    name="documents",
    help="The analysed documents: stats, list, full-text search, show one, and pages that failed in a batch run.",
    no_args_is_help=True,
)
app.add_typer(documents_app, name="documents")


def _print_documents(items: list[DocumentSummary], as_json: bool, title: str) -> None:
    if as_json:
        print_json([item.to_dict() for item in items])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    table.add_column("id", no_wrap=True)
    table.add_column("lang", no_wrap=True)
    table.add_column("title / source", ratio=1, overflow="fold")
    table.add_column("stored", no_wrap=True)
    for item in items:
        table.add_row(item.id, item.language, f"{item.title or '(untitled)'}\n{item.location}", item.updated[:16])
    Console().print(table)


def _show(query: str, lang: str | None, limit: int, offset: int, db: str | None, as_json: bool, title: str) -> None:
    from sift.store import open_store

    with open_store(db, read_only=True) as store:
        items = store.list_documents(query, limit=limit, offset=offset, language=lang)
    _print_documents(items, as_json, title)


@documents_app.command("stats")
def stats_command(db: Db = None, as_json: AsJson = False) -> None:
    """Count stored documents by language, and pages recorded as failed."""
    from sift.store import open_store

    with open_store(db, read_only=True) as store:
        stats = store.document_stats()
    if as_json:
        print_json(stats.to_dict())
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"{stats.documents} documents, {stats.failed} failed pages")
    table = Table("language", "documents")
    for language, count in stats.languages.items():
        table.add_row(language, str(count))
    console.print(table)


@documents_app.command("list")
def list_command(
    lang: Lang = None, limit: Limit = 20, offset: Offset = 0, db: Db = None, as_json: AsJson = False
) -> None:
    """List stored documents, newest first."""
    _show("", lang, limit, offset, db, as_json, "documents")


@documents_app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help="Words that must all occur in the title, source or text.")],
    lang: Lang = None,
    limit: Limit = 20,
    offset: Offset = 0,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Full-text search over titles, sources and text (case and accents ignored), best match first."""
    if not query.strip():
        raise InputError("the search query is empty: give a few words, or use `sift documents list`")
    _show(query, lang, limit, offset, db, as_json, f"documents matching {query!r}")


@documents_app.command("show")
def show_command(
    document_id: Annotated[str, typer.Argument(help="The document's id (`sift documents list` shows them).")],
    db: Db = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the sift/1 document (as sift check -f json).")] = False,
) -> None:
    """One stored document: title, source, date, languages, claims with their fact-check levels, speakers, and where
    else its story runs now, as `sift check` and the web UI show a page."""
    from sift.report import render
    from sift.report.terminal import print_summary
    from sift.store import open_store
    from sift.store.stories import StoredStoryIndex
    from sift.stories.coverage import stored_coverage

    with open_store(db, read_only=True) as store:
        doc = store.get_document(document_id.strip())
        if doc is None:
            raise InputError(
                f"no document with id {document_id!r} in {store.location}; `sift documents list` shows the ids"
            )
        # where else its story runs as the store holds it now (a batch run stores pages without coverage)
        doc.coverage = stored_coverage(doc.id, StoredStoryIndex(store)) or doc.coverage
    if as_json:
        sys.stdout.write(render(doc, "json"))
        return
    print_summary(doc, heading=f"stored document {doc.id}")


@documents_app.command("failures")
def failures_command(limit: Limit = 20, offset: Offset = 0, db: Db = None, as_json: AsJson = False) -> None:
    """Pages a batch run could not read, analyse or store, with the reason (latest first)."""
    from sift.store import open_store

    with open_store(db, read_only=True) as store:
        failures = store.list_failures(limit=limit, offset=offset)
    if as_json:
        print_json([failure.to_dict() for failure in failures])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="failed pages (sift batch --retry-failed tries them again)")
    table.add_column("source", overflow="fold")
    table.add_column("reason", ratio=1, overflow="fold")
    table.add_column("tries", no_wrap=True)
    for failure in failures:
        table.add_row(failure.key, failure.reason, str(failure.attempts))
    Console().print(table)
