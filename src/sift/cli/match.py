"""``sift match``: look a claim up in the fact-check store, in any language."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Annotated

import typer

from sift.cli import app
from sift.settings import DB

if TYPE_CHECKING:
    from sift.match.index import FactCheckSource
    from sift.match.matcher import Hit

__all__ = ["match"]


@app.command("match")
def match(
    text: Annotated[str, typer.Argument(help="The claim or sentence to look up (any language).")],
    lang: Annotated[str, typer.Option("--lang", help="Language code of TEXT, or 'auto' to guess it.")] = "auto",
    k: Annotated[int, typer.Option("-k", "--k", min=1, max=100, help="How many fact-checks to list.")] = 10,
    db: Annotated[
        str | None,
        typer.Option("--db", help=f"{DB.help.rstrip('.')}; or a .jsonl file of fact-checks. Env: {DB.env}."),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="When TEXT was said or published (YYYY-MM-DD): nearby fact-checks rank higher."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Rank published fact-checks that may cover TEXT, with verdict, publisher, date, level and URL."""
    from sift.dates import parse_date
    from sift.errors import InputError
    from sift.lexicon.languages import LANGUAGE_CODE
    from sift.workbench import Workbench

    if lang != "auto" and not re.fullmatch(LANGUAGE_CODE, lang):
        raise InputError(f"--lang {lang[:20]!r} is no language code: give an ISO 639 code (en, fr, de…) or auto")
    said = parse_date(date)
    if date is not None and said is None:
        raise InputError(f"--date {date!r} is not a date; write it as YYYY-MM-DD")
    bench = Workbench(_open(db), stages=("match",))
    hits = bench.search(text, lang=None if lang == "auto" else lang, k=k, date=said)
    if as_json:
        typer.echo(json.dumps([hit.to_dict() for hit in hits], ensure_ascii=False, indent=2))
        return
    from sift.match.browse import is_namesake

    # a short query is a keyword when some fact-check names it; otherwise it is a (short) claim no check covers
    _print_table(text, hits, keyword=any(is_namesake(hit) for hit in hits))


def _open(db: str | None) -> FactCheckSource:
    """The store named by ``--db``; a ``.jsonl`` file is loaded into memory (handy before any import)."""
    if db is not None and db.endswith(".jsonl"):
        from pathlib import Path

        from sift.store.memory import MemoryStore

        return MemoryStore.from_jsonl(Path(db))
    from sift.cli.check import open_existing_store

    return open_existing_store(db)


def _print_table(text: str, hits: list[Hit], *, keyword: bool = False) -> None:
    """The hits as a table; a keyword query (``bucha``) is no claim, so it lists the fact-checks naming it rather
    than saying no fact-check covers it (their scores say how far each is from the words alone)."""
    from rich.console import Console
    from rich.table import Table

    from sift.report.view import NO_FACTCHECK

    console = Console()
    if not any(hit.level for hit in hits) and not keyword:
        console.print(f"[bold]{NO_FACTCHECK}[/bold] for this text in the fact-check store.")
    if not hits:
        if keyword:
            console.print(f"[bold]No stored fact-check names[/bold] {text[:80]}")
        return
    if keyword:
        title = f"Fact-checks naming {text[:80]!r} first (a keyword, not a claim: scores are of the words alone)"
    elif any(hit.level for hit in hits):
        title = f"Fact-checks for: {text[:80]}"
    else:
        title = f"Weak candidates (below the possible level) for: {text[:80]}"
    table = Table(title=title, show_lines=True)
    for column in ("#", "level", "score", "verdict", "publisher", "date", "claim", "URL"):
        table.add_column(column, overflow="fold")
    for rank, hit in enumerate(hits, 1):
        fc = hit.factcheck
        table.add_row(
            str(rank),
            hit.level or "-",
            f"{hit.score:.2f}",
            fc.rating or fc.verdict,
            fc.publisher_name,
            fc.review_date or fc.claim_date or "",
            fc.claim,
            fc.review_url,
        )
    console.print(table)
