"""The ``sift`` command line: one typer app, one module per command group.

Only typer, click and sift's light modules are imported here so that ``sift --help`` starts fast;
each command imports the heavy libraries it needs when it runs.
"""

from __future__ import annotations

import os
import sys

import typer
from typer.exceptions import TyperException

from sift.errors import SiftError

__all__ = ["app", "main"]

app = typer.Typer(
    name="sift",
    help="Multilingual news verification workbench: what a page says, who said it, and what is already fact-checked.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module registers its commands on ``app`` (or adds a sub-app) when imported.
COMMAND_MODULES = (
    "check",
    "claims",
    "match",
    "factchecks",
    "sources",
    "documents",
    "stories",
    "serve",
    "batch",
    "desk",
    "review",
)


def _register_commands() -> None:
    import importlib

    for module in COMMAND_MODULES:
        try:
            importlib.import_module(f"sift.cli.{module}")
        except ModuleNotFoundError as error:
            if error.name != f"sift.cli.{module}":
                raise


def fail(message: str, code: int = 2) -> None:
    """Print one error line on stderr and exit (never a traceback)."""
    print(f"sift: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: runs the app and turns every error into one line and an exit code."""
    from sift.machine_cache import cached_compiles

    _register_commands()
    command = typer.main.get_command(app)
    try:
        # huge patterns that modules compile when imported (extraction's cue tables, spaCy's tokenizer exceptions,
        # packaging's version specifiers: 0.1 s of a cold check) come compiled from the machine cache
        with cached_compiles():
            code = command.main(args=argv, prog_name="sift", standalone_mode=False)
    except typer.Exit as exit_:
        raise SystemExit(exit_.exit_code) from None
    except typer.Abort:
        fail("aborted", 130)
    except TyperException as error:  # usage errors: typer prints the message and a usage hint
        show = getattr(error, "show", None)
        if callable(show):
            show()
        else:
            print(f"sift: error: {error}", file=sys.stderr)
        raise SystemExit(getattr(error, "exit_code", 2)) from None
    except SiftError as error:
        fail(str(error))
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except BrokenPipeError:
        raise SystemExit(0) from None
    except Exception as error:
        if os.environ.get("SIFT_DEBUG"):
            raise
        fail(f"internal error: {type(error).__name__}: {error} (set SIFT_DEBUG=1 for a traceback)", 1)
    raise SystemExit(code if isinstance(code, int) else 0)
