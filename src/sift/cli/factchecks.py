"""``sift factchecks …``: import, export, list, search and count the stored fact-checks."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from sift.cli import app
from sift.cli.options import option
from sift.errors import ConfigError, InputError
from sift.settings import DB

if TYPE_CHECKING:
    from sift.factchecks.record import FactCheck, ImportSummary

factchecks_app = typer.Typer(
    name="factchecks",
    help="The fact-check store: import ClaimReview/feeds/JSONL/CSV, export, list, search, stats.",
    no_args_is_help=True,
)
app.add_typer(factchecks_app, name="factchecks")

#: Rows per table in ``stats`` (largest first); ``--json`` has them all.
STATS_ROWS = 25

Db = option(DB)
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Lang = Annotated[str | None, typer.Option("--lang", help="Only this language code (en, fr, de…).")]
Verdict = Annotated[str | None, typer.Option("--verdict", help="Only this verdict (false, mostly-false, mixed…).")]
Publisher = Annotated[str | None, typer.Option("--publisher", help="Only this publisher name (exact).")]
Limit = Annotated[int, typer.Option("-n", "--limit", help="How many to show (1-1000).")]
Offset = Annotated[int, typer.Option("--offset", help="How many to skip.")]


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _print_summaries(summaries: list[ImportSummary], as_json: bool) -> None:
    if as_json:
        print_json([summary.to_dict() for summary in summaries])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("source", "imported", "updated", "duplicate", "stale", "rejected", title="fact-check import")
    for summary in summaries:
        counts = (summary.imported, summary.updated, summary.duplicate, summary.stale, summary.rejected)
        table.add_row(str(summary.source), *(str(count) for count in counts))
    console = Console()
    console.print(table)
    for summary in summaries:
        for reason in summary.reasons:
            console.print(f"rejected: {reason}", markup=False, highlight=False, soft_wrap=True)
        if summary.rejected > len(summary.reasons):
            console.print(f"… and {summary.rejected - len(summary.reasons)} more rejected in {summary.source}")


def _print_factchecks(records: list[FactCheck], as_json: bool, title: str) -> None:
    if as_json:
        print_json([record.to_dict() for record in records])
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=True)
    table.add_column("verdict / rating", max_width=24)
    table.add_column("lang", no_wrap=True)
    table.add_column("publisher", max_width=18)
    table.add_column("reviewed", no_wrap=True)
    table.add_column("claim / review", ratio=1, overflow="fold")
    for record in records:
        verdict = Text(record.verdict, style="bold")
        verdict.append(f"\n{record.rating}", style="dim")
        claim = Text(record.claim)
        claim.append(f"\n{record.review_url}", style="dim")
        table.add_row(verdict, record.language, record.publisher_name, (record.review_date or "")[:10], claim)
    Console().print(table)


@factchecks_app.command("import")
def import_command(
    sources: Annotated[list[Path], typer.Argument(help="Files to import; their format is read from their content.")],
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Import fact-checks: ClaimReview HTML, DataFeed / claims:search JSON, JSONL or CSV.

    Each file is one transaction; bad records are skipped with a reason. A file that cannot be read at all
    is reported and the others still import; the exit code is then 2.
    """
    from sift.factchecks.record import ImportSummary
    from sift.store import open_store
    from sift.store.imports import import_path

    summaries: list[ImportSummary] = []
    failures: list[str] = []
    from sift.cli.desk import local_actor

    with open_store(db) as store:
        for source in sources:
            try:
                summaries.append(summary := import_path(store, source))
                store.record_audit(local_actor(), "import", str(source), summary.counts())
            except InputError as error:
                failures.append(str(error))
                summaries.append(ImportSummary(source=str(source), reasons=[f"not imported: {error}"]))
    _print_summaries(summaries, as_json)
    if failures:
        raise InputError(
            f"{len(failures)} of {len(sources)} files could not be imported (nothing from them was written); "
            f"first: {failures[0]}"
        )


@factchecks_app.command("load-sample")
def load_sample_command(db: Db = None, as_json: AsJson = False) -> None:
    """Load the bundled sample fact-checks (loading twice adds nothing)."""
    from sift.sample import load_sample
    from sift.store import open_store

    with open_store(db) as store:
        summary = load_sample(store)
    _print_summaries([summary], as_json)


@contextmanager
def _output(out: Path | None) -> Iterator[TextIO]:
    """stdout, or ``out`` written via a temporary file renamed at the end (never a half-written file)."""
    if out is None:
        yield sys.stdout
        return
    if out.is_dir():
        raise ConfigError(f"--out {out} is a folder; give a file name")
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            yield handle
        tmp.replace(out)
    except OSError as error:
        raise ConfigError(f"cannot write {out}: {error.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)


@factchecks_app.command("export")
def export_command(
    format: Annotated[
        str | None,
        typer.Option("--format", help="claimreview (JSON-LD DataFeed; default) or jsonl (default for --out *.jsonl)."),
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", help="File to write (default: stdout).")] = None,
    db: Db = None,
) -> None:
    """Export every stored fact-check as a ClaimReview DataFeed (JSON-LD) or JSONL."""
    from sift.factchecks.export import EXPORT_FORMATS, write_factchecks
    from sift.store import open_store

    if format is None:  # "--out all.jsonl" means JSON lines, as "sift check --out report.html" means HTML
        format = "jsonl" if out is not None and out.suffix.lower() == ".jsonl" else "claimreview"
    if format not in EXPORT_FORMATS:
        raise ConfigError(f"--format {format!r} is not supported: use one of {', '.join(EXPORT_FORMATS)}")
    with open_store(db, read_only=True) as store, _output(out) as handle:
        count = write_factchecks((record for _, record in store.iter_factchecks()), handle, format)
    if out is not None:
        print(f"sift: wrote {count} fact-checks to {out}", file=sys.stderr)


def _show_factchecks(query: str, filters: dict[str, Any], db: str | None, as_json: bool, title: str) -> None:
    from sift.store import open_store

    with open_store(db, read_only=True) as store:
        records = store.search_factchecks(query, **filters)
    _print_factchecks(records, as_json, title)


@factchecks_app.command("list")
def list_command(
    lang: Lang = None,
    verdict: Verdict = None,
    publisher: Publisher = None,
    limit: Limit = 20,
    offset: Offset = 0,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """List stored fact-checks, newest review first."""
    filters = {"language": lang, "verdict": verdict, "publisher": publisher, "limit": limit, "offset": offset}
    _show_factchecks("", filters, db, as_json, "fact-checks")


@factchecks_app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help="Words that must all occur (case and accents ignored).")],
    lang: Lang = None,
    verdict: Verdict = None,
    publisher: Publisher = None,
    limit: Limit = 20,
    offset: Offset = 0,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Plain text search over claims, titles, claimants and publishers (semantic matching is `sift check`)."""
    if not query.strip():
        raise InputError("the search query is empty: give a few words, or use `sift factchecks list`")
    filters = {"language": lang, "verdict": verdict, "publisher": publisher, "limit": limit, "offset": offset}
    _show_factchecks(query, filters, db, as_json, f"fact-checks matching {query!r}")


@factchecks_app.command("stats")
def stats_command(db: Db = None, as_json: AsJson = False) -> None:
    """Count stored fact-checks by language, verdict and publisher."""
    from sift.store import open_store

    with open_store(db, read_only=True) as store:
        stats = store.factcheck_stats()
    if as_json:
        print_json(stats.to_dict())
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(
        f"{stats.total} fact-checks, reviewed {stats.first_review_date or '?'} to {stats.last_review_date or '?'}"
    )
    for title, counts in (
        ("language", stats.by_language),
        ("verdict", stats.by_verdict),
        ("publisher", stats.by_publisher),
    ):
        table = Table(title, "count")
        for key, count in list(counts.items())[:STATS_ROWS]:
            table.add_row(key, str(count))
        if len(counts) > STATS_ROWS:
            table.add_row(
                f"… {len(counts) - STATS_ROWS} more (see --json)", str(sum(list(counts.values())[STATS_ROWS:]))
            )
        console.print(table)
