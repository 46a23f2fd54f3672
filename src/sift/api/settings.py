"""Settings of ``sift serve``, declared once: the CLI flags, the environment and the docs all read this table."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sift.errors import ConfigError

__all__ = ["SETTINGS", "ServeSettings"]


@dataclass(frozen=True, slots=True)
class Setting:
    """One documented setting: its name, default, unit and help."""

    name: str
    default: object
    help: str


#: Every setting of the server (feeds ``sift serve --help`` and the README table; a test checks both).
SETTINGS = (
    Setting("host", "127.0.0.1", "Address to bind; keep the loopback default unless a proxy fronts the server."),
    Setting("port", 8080, "TCP port."),
    Setting("db", None, "Store: SQLite path or postgresql:// URL (default: the user data dir's sift.db)."),
    Setting("token", None, "Bearer token required for writes (import, delete); read from SIFT_TOKEN."),
    Setting("read_only", False, "Refuse every write; no token needed."),
    Setting("insecure_dev", False, "Allow writes without a token (local development only)."),
    Setting("max_body_bytes", 20_000_000, "Largest request body accepted, in bytes."),
    Setting("allow_private", False, "Let /api/check fetch URLs on private/loopback addresses."),
    Setting("fetch_timeout_s", 10.0, "Timeout for fetching a URL submitted to /api/check, in seconds."),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ServeSettings:
    """Validated server settings; writes are enabled only with a token or ``insecure_dev``."""

    host: str = "127.0.0.1"
    port: int = 8080
    db: str | None = None
    token: str | None = None
    read_only: bool = False
    insecure_dev: bool = False
    max_body_bytes: int = 20_000_000
    allow_private: bool = False
    fetch_timeout_s: float = 10.0

    def __post_init__(self) -> None:
        if not self.read_only and not self.insecure_dev and not self.token:
            raise ConfigError(
                "writes are enabled but no token is set: export SIFT_TOKEN=<secret>, "
                "or start with --read-only (no writes) or --insecure-dev (local testing only)"
            )
        if self.token is not None and len(self.token) < 8:
            raise ConfigError("SIFT_TOKEN is too short: use at least 8 characters")
        if not 0 < self.port < 65536:
            raise ConfigError(f"--port {self.port} is not a TCP port")
        if self.max_body_bytes < 1024:
            raise ConfigError("max_body_bytes must be at least 1024")

    @property
    def writes_enabled(self) -> bool:
        """Whether write endpoints exist at all (they still need the token unless insecure_dev)."""
        return not self.read_only

    @classmethod
    def from_env(cls, **overrides: object) -> ServeSettings:
        """Settings from ``SIFT_TOKEN``/``SIFT_DB`` with explicit overrides (CLI flags) on top."""
        values: dict[str, object] = {"token": os.environ.get("SIFT_TOKEN") or None, "db": os.environ.get("SIFT_DB")}
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)  # type: ignore[arg-type]
