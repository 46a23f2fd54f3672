"""Typer options generated from the settings tables of :mod:`sift.settings`, so a flag is declared once.

``@with_settings(*CHECK.values())`` adds one option per row to a command (flag, help with unit, default in
CLI units, range) and hands the command one ``settings`` dict in the rows' own units (``--max-mb 5`` arrives
as ``max_bytes=5_000_000``). :func:`option` gives the ``Annotated`` type of a single row for a hand-written
parameter.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer

from sift.settings import Setting

__all__ = ["option", "with_settings"]

F = TypeVar("F", bound=Callable[..., Any])


def option(setting: Setting) -> Any:
    """``Annotated[type, typer.Option(...)]`` for one setting, in CLI units."""
    kind: type = setting.type or type(setting.default)
    if setting.scale != 1.0:
        kind = float
    unit = setting.cli_unit or setting.unit
    help_text = f"{setting.help.rstrip('.')}, in {unit}." if unit else setting.help
    if setting.env:
        help_text += f" Env: {setting.env}."
    info = typer.Option(setting.cli_flag, help=help_text, min=setting.minimum, max=setting.maximum)
    return Annotated[kind | None if setting.default is None else kind, info]


def with_settings(*settings: Setting) -> Callable[[F], F]:
    """Add an option per setting (environment-only rows are skipped) to a command taking ``settings: dict``."""
    shown = [setting for setting in settings if setting.cli_flag]

    def decorate(func: F) -> F:
        hints = typing.get_type_hints(func, include_extras=True)
        kept = [
            parameter.replace(annotation=hints.get(parameter.name, parameter.annotation))
            for parameter in inspect.signature(func).parameters.values()
            if parameter.name != "settings"
        ]
        added = [
            inspect.Parameter(s.name, inspect.Parameter.KEYWORD_ONLY, default=s.cli_default, annotation=option(s))
            for s in shown
        ]

        @functools.wraps(func)
        def command(**values: Any) -> Any:
            chosen = {setting.name: setting.from_cli(values.pop(setting.name)) for setting in shown}
            return func(**values, settings=chosen)

        parameters = [*kept, *added]
        command.__signature__ = inspect.Signature(parameters, return_annotation=None)  # type: ignore[attr-defined]
        command.__annotations__ = {parameter.name: parameter.annotation for parameter in parameters}
        del command.__wrapped__  # typer must read the generated signature, not the function's own
        return command  # type: ignore[return-value]

    return decorate
