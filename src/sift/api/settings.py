"""Settings of ``sift serve``: the rows of ``sift.settings.SERVE``, validated together."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sift.errors import ConfigError
from sift.settings import SERVE, field_of, settings_of

__all__ = ["LOOPBACK_NAMES", "ServeSettings"]

#: The names of this machine a browser uses for a loopback server.
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True, slots=True, kw_only=True)
class ServeSettings:
    """Validated server settings; writes are enabled only with a token or ``insecure_dev``.

    Each field is a row of :data:`sift.settings.SERVE` (default, help, unit, CLI flag, environment variable).
    """

    host: str = field_of(SERVE["host"])
    port: int = field_of(SERVE["port"])
    db: str | None = field_of(SERVE["db"])
    token: str | None = field_of(SERVE["token"])
    read_only: bool = field_of(SERVE["read_only"])
    insecure_dev: bool = field_of(SERVE["insecure_dev"])
    secure_cookies: bool = field_of(SERVE["secure_cookies"])
    max_body_bytes: int = field_of(SERVE["max_body_bytes"])
    allow_private: bool = field_of(SERVE["allow_private"])
    fetch_timeout_s: float = field_of(SERVE["fetch_timeout_s"])
    allowed_hosts: str | None = field_of(SERVE["allowed_hosts"])
    check_workers: int = field_of(SERVE["check_workers"])
    check_timeout_s: float = field_of(SERVE["check_timeout_s"])

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
        if not 0 <= self.check_workers <= 64:
            raise ConfigError(f"--check-workers {self.check_workers} is not between 0 and 64")
        if self.check_timeout_s < 1:
            raise ConfigError(f"--check-timeout {self.check_timeout_s:g} is shorter than 1 s")

    @property
    def host_names(self) -> frozenset[str]:
        """Host names requests may carry (lower case, no port): the allowed hosts, or the loopback names
        and the bound address when none are set; ``"*"`` among them allows any."""
        if self.allowed_hosts:
            names = {name.strip().lower().strip("[]") for name in self.allowed_hosts.split(",")}
        else:
            names = set(LOOPBACK_NAMES)
            if self.host not in ("", "0.0.0.0", "::"):
                names.add(self.host.lower().strip("[]"))
        return frozenset(name for name in names if name)

    @property
    def writes_enabled(self) -> bool:
        """Whether write endpoints exist at all (they still need the token unless insecure_dev)."""
        return not self.read_only

    @classmethod
    def from_env(cls, **overrides: object) -> ServeSettings:
        """Settings from their environment variables (``SIFT_TOKEN``, ``SIFT_DB``) with explicit overrides (CLI flags)
        on top."""
        values: dict[str, object] = {s.name: os.environ.get(s.env) or None for s in settings_of(cls) if s.env}
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)  # type: ignore[arg-type]
