"""The public surface is small and documented: exported names, and every setting in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

import sift
from sift.api.settings import ServeSettings
from sift.ingest import IngestConfig
from sift.settings import BATCH, CHECK, INGEST, SERVE, Setting, settings_of

README = Path(__file__).resolve().parents[2] / "README.md"


def test_exported_members_are_pinned_and_sorted() -> None:
    assert sift.__all__ == ["Document", "Pipeline", "Workbench", "__version__", "check", "open_store"]
    assert sift.__all__ == sorted(sift.__all__)
    for name in sift.__all__:
        assert hasattr(sift, name)


def test_settings_objects_are_their_tables() -> None:
    """Declared once: the server's and the reader's settings objects are made of the table's rows."""
    assert settings_of(ServeSettings) == tuple(SERVE.values())
    assert settings_of(IngestConfig) == tuple(INGEST.values())
    assert ServeSettings(read_only=True).max_body_bytes == IngestConfig().max_bytes == 20_000_000
    assert ServeSettings(read_only=True).fetch_timeout_s == IngestConfig().timeout_s == 10.0


@pytest.mark.parametrize(("command", "table"), [("serve", SERVE), ("check", CHECK), ("batch", BATCH)])
def test_every_setting_is_documented(command: str, table: dict[str, Setting]) -> None:
    """Like datasette's test_docs.py: a setting the README does not name is a setting nobody finds."""
    readme = README.read_text(encoding="utf-8")
    section = readme[readme.index(f"### `sift {command}") :]
    section = section[: section.index("\n### ", 1)] if "\n### " in section[1:] else section
    for setting in table.values():
        name = setting.cli_flag or setting.env
        assert name and f"`{name}" in section, f"{name} is missing from the README's `sift {command}` section"
