"""Settings for reading pages: size cap, fetch timeout, redirect limit, private-network access."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields

from sift.errors import ConfigError

__all__ = ["DEFAULT_USER_AGENT", "IngestConfig", "settings_table"]

DEFAULT_USER_AGENT = "sift/0.1 (news verification workbench)"

#: Ceilings that keep a typo (an extra zero) from turning into an unbounded read or wait.
_MAX_BYTES_CEILING = 1_000_000_000
_TIMEOUT_S_CEILING = 600.0
_MAX_REDIRECTS_CEILING = 20


@dataclass(frozen=True, kw_only=True, slots=True)
class IngestConfig:
    """How ``sift.ingest.load`` reads a page; validated on construction (``ConfigError``).

    The ``help`` and ``unit`` metadata of each field feed CLI ``--help`` and the docs.
    """

    max_bytes: int = field(
        default=20_000_000,
        metadata={"help": "largest input read, also the cap on gzip-decompressed size", "unit": "bytes"},
    )
    timeout_s: float = field(
        default=10.0,
        metadata={"help": "time allowed for each network step and for the whole download", "unit": "s"},
    )
    allow_private: bool = field(
        default=False,
        metadata={"help": "fetch from private, loopback and link-local addresses (off: SSRF guard)", "unit": ""},
    )
    max_redirects: int = field(
        default=5, metadata={"help": "redirects followed, each re-checked by the SSRF guard", "unit": ""}
    )
    user_agent: str = field(
        default=DEFAULT_USER_AGENT, metadata={"help": "User-Agent header sent with URL fetches", "unit": ""}
    )

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


def settings_table() -> list[tuple[str, object, str, str]]:
    """Each setting as (name, default, help, unit), for ``--help`` and the docs."""
    return [(f.name, f.default, f.metadata["help"], f.metadata["unit"]) for f in fields(IngestConfig)]
