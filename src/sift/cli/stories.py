"""``sift stories …``: the stories of the documents in a store (``list``, ``show``)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Annotated, Any

import typer

from sift.cli import app
from sift.cli.options import option
from sift.errors import InputError
from sift.settings import DB

stories_app = typer.Typer(
    name="stories",
    help="Stories across languages: which stored documents tell the same story, and where else it runs.",
    no_args_is_help=True,
)
app.add_typer(stories_app, name="stories")

Db = option(DB)
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _day(value: str | None) -> float | None:
    """``--since`` as a day number; one clear line when it is not a date."""
    if value is None:
        return None
    from sift.stories.features import day_number

    try:
        return day_number(dt.date.fromisoformat(value))
    except ValueError:
        raise InputError(f"--since {value!r} is not a date; use YYYY-MM-DD") from None


@stories_app.command("list")
def list_command(
    db: Db = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only stories seen on or after this day (YYYY-MM-DD).")
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only stories with a document in this language.")] = None,
    limit: Annotated[int, typer.Option("-n", "--limit", help="How many stories to show (newest first).")] = 50,
    as_json: AsJson = False,
) -> None:
    """The stories of the stored documents, newest first, with their languages and outlets."""
    from sift.store import open_store
    from sift.store.stories import StoredStoryIndex
    from sift.stories.view import story_summary

    if limit < 1:
        raise InputError(f"--limit must be at least 1, got {limit}")
    with open_store(db, read_only=True) as store:
        index = StoredStoryIndex(store)
        stories = index.list(since=_day(since), lang=lang)[:limit]
        summaries = [story_summary(story, index) for story in stories]
    if as_json:
        _print_json({"stories": summaries})
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("story", "last seen", "docs", "languages", "outlets", "title", title=f"{len(summaries)} stories")
    for story in summaries:
        table.add_row(
            story["id"],
            story["last_seen"],
            str(len(story["documents"])),
            " ".join(f"{lang}:{n}" for lang, n in story["languages"].items()),
            ", ".join(story["sites"]) or "-",
            story["title"] or "-",
        )
    Console().print(table)


@stories_app.command("show")
def show_command(
    story_id: Annotated[str, typer.Argument(help="A story id (a merged story's old id works too).")],
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """One story: its documents by date, the claims that recur across them and the fact-checks matched."""
    from sift.encoders import load_encoder
    from sift.store import open_store
    from sift.store.stories import StoredStoryIndex
    from sift.stories.view import story_view

    with open_store(db, read_only=True) as store:
        index = StoredStoryIndex(store)
        story = index.get(story_id)
        if story is None:
            raise InputError(f"no story with id {story_id!r} in {store.location}; `sift stories list` shows them")
        view = story_view(story, index, load_encoder())
    view.pop("timeline")
    if as_json:
        _print_json(view)
        return
    _print_story(view)


def _print_story(view: dict[str, Any]) -> None:
    from rich.console import Console

    console = Console(highlight=False)
    languages = ", ".join(f"{lang} {n}" for lang, n in view["languages"].items())
    console.print(f"[bold]{view['title'] or view['id']}[/bold]", markup=True)
    console.print(f"story {view['id']} · {view['first_seen']} – {view['last_seen']} · {languages}", markup=False)
    for doc in view["documents"]:
        where = doc["site"] or doc["source"] or ""
        console.print(
            f"  {doc['published'] or '?':10}  {doc['lang']}  {doc['title'] or doc['id']}  ({where})", markup=False
        )
    if view["claims"]:
        console.print("claims made in more than one document:", markup=False)
        for claim in view["claims"]:
            console.print(
                f"  [{len(claim['documents'])} docs, {'/'.join(claim['languages'])}] {claim['text']}", markup=False
            )
    if view["factchecks"]:
        console.print("fact-checks matched in its documents:", markup=False)
        for factcheck in view["factchecks"]:
            verdict = factcheck.get("rating") or factcheck.get("verdict") or ""
            console.print(
                f"  {verdict}: {factcheck.get('claim', factcheck['id'])} {factcheck.get('review_url', '')}",
                markup=False,
            )
    else:
        console.print("no fact-check matched in its documents (sift does not know of one)", markup=False)
