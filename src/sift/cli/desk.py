"""``sift tokens …`` and ``sift audit``: the desk's named tokens and the log of every write.

Tokens are made here, on the machine that holds the store, and shown once; the store keeps only their SHA-256.
Writes made from this command line are logged as ``local:<user>`` (whoever can open the store file).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

from sift.cli import app
from sift.cli.factchecks import AsJson, Db, Limit, Offset, print_json

if TYPE_CHECKING:
    from sift.store.desk import AuditEntry

__all__ = ["local_actor", "print_records"]

tokens_app = typer.Typer(
    name="tokens",
    help="Named tokens for the server (roles: reader, reviewer, editor); SIFT_TOKEN stays the admin token.",
    no_args_is_help=True,
)
app.add_typer(tokens_app, name="tokens")


def print_records(records: Sequence[Any], as_json: bool, row: Callable[[Any], str], empty: str) -> None:
    """Records as a JSON list (``to_dict()`` each) or one tab-separated line each, ``empty`` when there are none."""
    if as_json:
        print_json([record.to_dict() for record in records])
        return
    for record in records:
        print(row(record))
    if not records:
        print(empty)


def local_actor() -> str:
    """The name the audit log gives a write made from this command line: ``local:<login name>``."""
    import getpass

    try:
        return f"local:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name (some containers)
        return "local"


@tokens_app.command("add")
def add_command(
    name: Annotated[str, typer.Argument(help="Who holds the token; every write they make is logged under it.")],
    role: Annotated[
        str,
        typer.Option("--role", help="reader (read), reviewer (+ review claims), editor (+ import, delete, audit log)."),
    ] = "reviewer",
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Make a named token and print its secret once (only its hash is stored)."""
    from sift.store import open_store
    from sift.store.desk import hash_token, new_token

    secret = new_token()
    with open_store(db) as store:
        record = store.add_token(name, role, hash_token(secret), actor=local_actor())
    if as_json:
        print_json({**record.to_dict(), "token": secret})
        return
    print(f"token for {record.name} ({record.role}); shown once, keep it secret:")
    print(secret)


@tokens_app.command("list")
def list_command(db: Db = None, as_json: AsJson = False) -> None:
    """List the named tokens (names, roles, when made; never the secrets)."""
    from sift.store import open_store

    with open_store(db, read_only=True) as store:
        records = store.list_tokens()
    print_records(
        records, as_json, lambda r: f"{r.name}\t{r.role}\t{r.created}", "no named tokens (sift tokens add NAME)"
    )


@tokens_app.command("remove")
def remove_command(
    name: Annotated[str, typer.Argument(help="The token's name.")],
    db: Db = None,
) -> None:
    """Remove a named token; its web sessions end at their next request."""
    from sift.errors import InputError
    from sift.store import open_store

    with open_store(db) as store:
        if not store.remove_token(name, actor=local_actor()):
            raise InputError(f"no token named {name!r} (sift tokens list shows them)")
    print(f"removed token {name}")


@app.command("audit")
def audit_command(
    actor: Annotated[str | None, typer.Option("--actor", help="Only this token name.")] = None,
    action: Annotated[
        str | None, typer.Option("--action", help="Only this action (review, import, delete, token-add, token-remove).")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """The audit log: every write (import, delete, review change, token change), who and when, latest first."""
    import json

    from sift.store import open_store

    with open_store(db, read_only=True) as store:
        entries = store.list_audit(actor=actor, action=action, limit=limit, offset=offset)

    def row(entry: AuditEntry) -> str:
        detail = json.dumps(entry.detail, ensure_ascii=False) if entry.detail else ""
        return f"{entry.at}\t{entry.actor}\t{entry.action}\t{entry.target}\t{detail}"

    print_records(entries, as_json, row, "no audit entries")
