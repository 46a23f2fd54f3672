"""Settings for reading pages: size cap, fetch timeout, redirect limit, private-network access."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sift.errors import ConfigError
from sift.settings import DEFAULT_USER_AGENT, INGEST, field_of

__all__ = ["DEFAULT_USER_AGENT", "IngestConfig"]

#: Ceilings that keep a typo (an extra zero) from turning into an unbounded read or wait.
_MAX_BYTES_CEILING = 1_000_000_000
_TIMEOUT_S_CEILING = 600.0
_MAX_REDIRECTS_CEILING = 20


@dataclass(frozen=True, kw_only=True, slots=True)
class IngestConfig:
    """How ``sift.ingest.load`` reads a page; validated on construction (``ConfigError``).

    Each field is a row of :data:`sift.settings.INGEST` (default, help, unit, CLI flag).
    """

    max_bytes: int = field_of(INGEST["max_bytes"])
    timeout_s: float = field_of(INGEST["timeout_s"])
    allow_private: bool = field_of(INGEST["allow_private"])
    max_redirects: int = field_of(INGEST["max_redirects"])
    user_agent: str = field_of(INGEST["user_agent"])

    def __post_init__(self) -> None:
        _check_int("max_bytes", self.max_bytes, 1, _MAX_BYTES_CEILING)
        _check_int("max_redirects", self.max_redirects, 0, _MAX_REDIRECTS_CEILING)
        timeout = self.timeout_s
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout):
            raise ConfigError(f"timeout_s must be a number of seconds, got {timeout!r}")
        if not 0 < timeout <= _TIMEOUT_S_CEILING:
            raise ConfigError(f"timeout_s must be in (0, {_TIMEOUT_S_CEILING:g}] seconds, got {timeout!r}")
        if not isinstance(self.allow_private, bool):
            raise ConfigError(f"allow_private must be True or False, got {self.allow_private!r}")
        agent = self.user_agent
        if not isinstance(agent, str) or not agent.strip() or not agent.isprintable():
            raise ConfigError(f"user_agent must be a non-empty single line of printable text, got {agent!r}")


def _check_int(name: str, value: object, low: int, high: int) -> None:
    """Raise ConfigError unless ``value`` is an int (not a bool) within ``[low, high]``."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"{name} must be an integer from {low} to {high}, got {value!r}")
