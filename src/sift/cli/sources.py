"""``sift sources …``: who is behind a site or a name (state ties, owner, quality), and a team's own outlet list."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sift.cli import app

if TYPE_CHECKING:
    from sift.sources.table import SourceTable
    from sift.store import Store

sources_app = typer.Typer(
    name="sources",
    help="Outlet profiles from open data: state media, owner, country, quality; import your team's own list.",
    no_args_is_help=True,
)
app.add_typer(sources_app, name="sources")

Db = Annotated[
    str | None,
    typer.Option("--db", help="Store holding your team's outlets (default: $SIFT_DB or the user data folder)."),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _team_store(db: str | None) -> Store | None:
    """The store to read a team's outlets from, read-only; ``None`` when no ``--db`` and no default store yet."""
    from sift.store import default_location, open_store

    if db is None and not Path(default_location()).exists():
        return None
    return open_store(db, read_only=True)


def _describe(db: str | None, name: str) -> tuple[SourceTable, dict[str, Any] | None]:
    """The table (shipped + the team's outlets) and what it says about ``name`` (with the store's record)."""
    from sift.errors import StoreError
    from sift.sources import open_sources
    from sift.sources.stage import OutletService, describe_outlet

    try:
        store = _team_store(db)
    except StoreError as error:
        if db is not None:
            raise
        print(f"sift: note: {error}; showing the shipped profiles only", file=sys.stderr)
        store = None
    if store is None:
        service = OutletService(open_sources())
        return service.table, describe_outlet(service, name)
    with store:
        service = OutletService.for_store(open_sources(store), store)
        return service.table, describe_outlet(service, name)


@sources_app.command("show")
def show_command(
    name: Annotated[str, typer.Argument(help="An outlet's name (any language or script) or a domain/URL.")],
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Show the profile of an outlet: type, state ties, country, owner, quality, the evidence for each, and how
    many stored fact-checks name it as publisher or claimant.

    Exits 1 when no profile fits NAME.
    """
    table, outlet = _describe(db, name)
    if outlet is None:
        _not_found(table, name)
    assert outlet is not None
    if as_json:
        sys.stdout.write(json.dumps(outlet, ensure_ascii=False, indent=2) + "\n")
        return
    _print_profile(outlet)


def _not_found(table: SourceTable, name: str) -> None:
    candidates = table.candidates(name)
    if len(candidates) > 1:
        listed = "; ".join(f"{p.name} ({p.key}, {table.badge(p)})" for p in candidates[:5])
        message = f"{name!r} fits {len(candidates)} outlets that differ: {listed}; ask for one by its domain"
    else:
        message = f"no profile for {name!r} (not in the shipped data nor your team's outlets)"
    print(f"sift: {message}", file=sys.stderr)
    raise SystemExit(1)


def _record_line(record: dict[str, dict[str, int]] | None) -> str:
    if record is None:
        return "no store"
    parts = [
        f"{sum(counts.values())} as {role} ({', '.join(f'{v} {n}' for v, n in counts.items())})"
        for role, counts in record.items()
        if counts
    ]
    return "; ".join(parts) or "none name it"


def _print_profile(outlet: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    console.print(f"[bold]{_escape(outlet['name'])}[/bold] — {_escape(outlet['badge'])}")
    quality = outlet["quality"]
    rows = [
        ("domains", ", ".join(outlet["domains"]) or "—"),
        ("also named", ", ".join(outlet["aliases"]) or "—"),
        ("country", outlet["country_name"] or "unknown"),
        ("owner", outlet["owner"] or "unknown"),
        ("state-affiliated", "yes" if outlet["state_affiliated"] else "no record of state editorial control"),
        ("quality", "no rating" if quality is None else f"{quality:.2f} (0 lowest … 1 highest)"),
        ("reliability", outlet["reliability"] or "no label"),
        ("found by", f"{outlet['found']['how']} ({outlet['found']['matched']})"),
        ("fact-checks", _record_line(outlet["factchecks"])),
    ]
    for label, value in rows:
        console.print(f"  {label:<17}{value}", markup=False)
    evidence = Table("dataset", "field", "value", title="evidence", title_justify="left", show_lines=False)
    for item in outlet["evidence"]:
        evidence.add_row(item["dataset"], item["field"], str(item["value"]))
    console.print(evidence)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@sources_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="CSV with a header row: name, domains, aliases, country, owner, type…")],
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Import your team's own outlet profiles (CSV), laid over the shipped data wherever they set a value.

    Bad rows are reported and skipped; the good ones are written in one transaction. Importing an outlet
    again (same name) replaces it. Columns: name, domains and aliases (separated by ;), country (two-letter
    code), owner, type (state-controlled, state-funded, public, private, unknown), state_affiliated (yes/no),
    quality (0-1), reliability (your label), note.
    """
    from sift.store import open_store
    from sift.store.imports import import_outlets

    with open_store(db) as store:
        summary = import_outlets(store, file)
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    written = f"{summary.imported} outlets imported ({summary.duplicate} replaced)"
    print(f"{summary.source}: {written}, {summary.rejected} rejected")
    for reason in summary.reasons:
        print(f"rejected: {reason}")
    if summary.rejected > len(summary.reasons):
        print(f"… and {summary.rejected - len(summary.reasons)} more rejected")
