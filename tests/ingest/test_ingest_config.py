"""IngestConfig validates on construction and documents every setting."""

from __future__ import annotations

import dataclasses

import pytest

from sift.errors import ConfigError
from sift.ingest import IngestConfig
from sift.settings import INGEST, settings_of


def test_defaults() -> None:
    config = IngestConfig()
    assert config.max_bytes == 20_000_000
    assert config.timeout_s == 10
    assert config.allow_private is False
    assert config.max_redirects == 5
    assert config.user_agent.startswith("sift/")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"max_bytes": 0}, "max_bytes must be an integer"),
        ({"max_bytes": -5}, "max_bytes must be an integer"),
        ({"max_bytes": 1.5}, "max_bytes must be an integer"),
        ({"max_bytes": True}, "max_bytes must be an integer"),
        ({"max_bytes": 10**12}, "max_bytes must be an integer"),
        ({"timeout_s": 0}, "timeout_s must be in"),
        ({"timeout_s": -1.0}, "timeout_s must be in"),
        ({"timeout_s": float("nan")}, "timeout_s must be a number"),
        ({"timeout_s": "10"}, "timeout_s must be a number"),
        ({"max_redirects": -1}, "max_redirects must be an integer"),
        ({"max_redirects": 100}, "max_redirects must be an integer"),
        ({"allow_private": "yes"}, "allow_private must be True or False"),
        ({"user_agent": ""}, "user_agent must be"),
        ({"user_agent": "a\r\nX-Injected: 1"}, "user_agent must be"),
    ],
)
def test_invalid_values(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        IngestConfig(**changes)  # type: ignore[arg-type]


def test_frozen_and_keyword_only() -> None:
    config = IngestConfig(max_bytes=1000, timeout_s=2.5, max_redirects=0, allow_private=True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.max_bytes = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        IngestConfig(1000)  # type: ignore[misc]
    with pytest.raises(ConfigError):
        dataclasses.replace(config, max_redirects=-1)


def test_settings_table_documents_every_field() -> None:
    table = settings_of(IngestConfig)
    assert [row.name for row in table] == [f.name for f in dataclasses.fields(IngestConfig)]
    assert table == tuple(INGEST.values())
    assert all(row.help for row in table)
