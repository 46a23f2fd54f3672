"""The public surface is small and documented: exported names, and every server setting in the README."""

from __future__ import annotations

from pathlib import Path

import sift
from sift.api.settings import SETTINGS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_exported_members_are_pinned_and_sorted() -> None:
    assert sift.__all__ == ["Document", "Pipeline", "__version__", "check", "open_store"]
    assert sift.__all__ == sorted(sift.__all__)
    for name in sift.__all__:
        assert hasattr(sift, name)


def test_every_server_setting_is_documented() -> None:
    readme = README.read_text(encoding="utf-8")
    for setting in SETTINGS:
        flag = "SIFT_TOKEN" if setting.name == "token" else f"--{setting.name.replace('_', '-')}"
        if setting.name == "max_body_bytes":
            flag = "--max-body-mb"
        if setting.name == "fetch_timeout_s":
            flag = "--fetch-timeout"
        assert flag in readme, f"{flag} is missing from the README's settings table"
