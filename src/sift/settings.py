"""Every user-facing setting, declared once: name, default, help, unit, CLI flag and environment variable.

The tables here feed the settings objects (``IngestConfig``, ``ServeSettings``: their fields are
:func:`field_of` these rows), the CLI (``sift.cli.options`` generates each command's options from them) and
the docs test that holds the README to every row. Ground floor: imports nothing from sift, so ``sift --help``
stays fast.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

__all__ = [
    "BATCH",
    "CHECK",
    "DB",
    "INGEST",
    "SERVE",
    "Setting",
    "field_of",
    "settings_of",
]

#: The largest page read (and the largest request body a server takes): 20 MB.
MAX_INPUT_BYTES = 20_000_000
#: Time allowed to fetch a URL: 10 s.
FETCH_TIMEOUT_S = 10.0
DEFAULT_USER_AGENT = "sift/0.1 (news verification workbench)"
#: Longest one page check may run in a server's worker: a page at the analysis budget of 100,000
#: characters takes about 15 s of CPU (tests/e2e/test_bounded_work.py); four times that leaves room for a
#: busy machine.
CHECK_TIMEOUT_S = 60.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Setting:
    """One documented setting.

    ``flag`` and ``scale`` say how the CLI writes it: ``--max-mb 20`` is ``max_bytes=20_000_000`` (``scale``
    1e6, ``cli_unit`` "MB"). ``env`` names the environment variable read when no value is given; a setting
    with ``flag=""`` exists only there (a secret on a command line is visible to ``ps``).
    """

    name: str
    default: Any
    help: str
    unit: str = ""
    env: str | None = None
    flag: str | None = None
    scale: float = 1.0
    cli_unit: str | None = None
    #: the value's type when the default does not say it (a ``None`` default)
    type: type | None = None
    minimum: float | None = None
    maximum: float | None = None

    @property
    def cli_flag(self) -> str:
        """The option as typed: ``flag``, or ``--`` and the name with dashes ("" for environment-only)."""
        return self.flag if self.flag is not None else "--" + self.name.replace("_", "-")

    @property
    def cli_default(self) -> Any:
        """The default in CLI units (20_000_000 bytes -> 20.0 MB)."""
        if self.scale != 1.0 and isinstance(self.default, int | float):
            return self.default / self.scale
        return self.default

    def from_cli(self, value: Any) -> Any:
        """A CLI value in the setting's own unit (MB -> bytes, an int when the default is one)."""
        if value is None or self.scale == 1.0:
            return value
        scaled = value * self.scale
        return round(scaled) if isinstance(self.default, int) else scaled


def field_of(setting: Setting) -> Any:
    """A dataclass field for ``setting`` (its default, and the row itself as metadata)."""
    return dataclasses.field(default=setting.default, metadata={"setting": setting})


def settings_of(cls: type) -> tuple[Setting, ...]:
    """The settings table of a dataclass declared with :func:`field_of`, in field order."""
    return tuple(field.metadata["setting"] for field in dataclasses.fields(cls) if "setting" in field.metadata)


def _rows(*settings: Setting) -> dict[str, Setting]:
    return {setting.name: setting for setting in settings}


#: The store every command that reads fact-checks or documents opens.
DB = Setting(
    name="db",
    default=None,
    type=str,
    help="Store: SQLite path or postgresql:// URL (default: the user data folder's sift.db).",
    env="SIFT_DB",
)

#: How a page is read (``sift.ingest.IngestConfig``).
INGEST = _rows(
    Setting(
        name="max_bytes",
        default=MAX_INPUT_BYTES,
        help="Largest input read, also the cap on gzip-decompressed size.",
        unit="bytes",
        flag="--max-mb",
        scale=1_000_000,
        cli_unit="MB",
        minimum=0.001,
    ),
    Setting(
        name="timeout_s",
        default=FETCH_TIMEOUT_S,
        help="Time allowed for each network step and for the whole URL download.",
        unit="s",
        flag="--timeout",
        cli_unit="seconds",
        minimum=0.1,
    ),
    Setting(
        name="allow_private",
        default=False,
        help="Fetch URLs on private, loopback and link-local addresses (refused by default: SSRF guard).",
    ),
    Setting(name="max_redirects", default=5, help="Redirects followed, each re-checked by the SSRF guard."),
    Setting(name="user_agent", default=DEFAULT_USER_AGENT, help="User-Agent header sent with URL fetches."),
)

#: ``sift check`` (and ``sift claims``): the store, matching, the claim threshold, comment threads and how the page
#: is read.
CHECK = _rows(
    DB,
    Setting(name="no_match", default=False, help="Skip fact-check matching."),
    Setting(
        name="claim_threshold",
        default=None,
        type=float,
        help="Score from which a sentence is check-worthy (default: the claims stage's).",
        minimum=0.0,
        maximum=1.0,
    ),
    Setting(
        name="comments",
        default=False,
        help="Read a comment thread under an article too: its posters become speakers (by default a thread is read "
        "only when it is the page's content, as on a forum).",
    ),
    Setting(
        name="all_claims",
        default=False,
        help="Terminal: list every scored sentence, near-duplicates included, not just the 10 claims to check first.",
    ),
    INGEST["allow_private"],
    INGEST["max_bytes"],
    INGEST["timeout_s"],
    Setting(
        name="server",
        default=None,
        type=str,
        help="Check on a running `sift serve` at this URL (its models are loaded: no start-up wait); "
        "the server's store and settings apply.",
        env="SIFT_SERVER",
    ),
)

#: ``sift batch``: where the analysis runs, resuming, URL fetching, plus what ``sift check`` takes.
BATCH = _rows(
    DB,
    Setting(
        name="workers",
        default=None,
        type=int,
        help="Analyse on a local Dask cluster of this many processes (needs sift[dask]); default: this process.",
        minimum=1,
    ),
    Setting(
        name="scheduler",
        default=None,
        type=str,
        help="Analyse on an existing Dask cluster at this address (tcp://HOST:PORT); its workers need the store.",
    ),
    Setting(name="retry_failed", default=False, help="Analyse again the pages earlier runs recorded as failed."),
    Setting(name="fetch_concurrency", default=8, help="URL downloads at once, over all hosts.", minimum=1),
    Setting(
        name="host_interval_s",
        default=1.0,
        help="Time between two requests to one host.",
        unit="s",
        flag="--host-interval",
        cli_unit="seconds",
        minimum=0.0,
    ),
    CHECK["no_match"],
    CHECK["claim_threshold"],
    CHECK["comments"],
    INGEST["allow_private"],
    INGEST["max_bytes"],
    INGEST["timeout_s"],
)

#: ``sift serve`` (``sift.api.settings.ServeSettings``).
SERVE = _rows(
    Setting(
        name="host",
        default="127.0.0.1",
        help="Address to bind; keep the loopback default unless a proxy fronts the server.",
    ),
    Setting(name="port", default=8080, help="TCP port."),
    DB,
    Setting(
        name="token",
        default=None,
        type=str,
        help="Admin bearer token: every write (import, delete, reviews); named tokens come from sift tokens add.",
        env="SIFT_TOKEN",
        flag="",
    ),
    Setting(name="read_only", default=False, help="Refuse every write; checks are analysed but not stored."),
    Setting(name="insecure_dev", default=False, help="Allow writes without a token (local development only)."),
    Setting(
        name="secure_cookies",
        default=False,
        help="Mark the web session and CSRF cookies Secure even when the request came over http (behind a TLS proxy).",
    ),
    dataclasses.replace(
        INGEST["max_bytes"],
        name="max_body_bytes",
        help="Largest request body accepted.",
        flag="--max-body-mb",
        minimum=0.01,
    ),
    Setting(name="allow_private", default=False, help="Let /api/check fetch URLs on private/loopback addresses."),
    dataclasses.replace(
        INGEST["timeout_s"],
        name="fetch_timeout_s",
        help="Timeout for fetching a URL submitted to /api/check.",
        flag="--fetch-timeout",
    ),
    Setting(
        name="allowed_hosts",
        default=None,
        type=str,
        help=(
            "Host names clients use to reach the server, comma-separated (default: localhost, 127.0.0.1, ::1 and "
            "the bound address). Other Host headers (DNS rebinding) and writes from other origins are refused."
        ),
        env="SIFT_ALLOWED_HOSTS",
    ),
    Setting(
        name="check_workers",
        default=1,
        help="Page checks analysed at once, each in a worker process (0: in the server process, with no time limit).",
        minimum=0,
        maximum=64,
    ),
    Setting(
        name="check_timeout_s",
        default=CHECK_TIMEOUT_S,
        help="Longest one page check may run in its worker before it is stopped and the request refused.",
        unit="s",
        flag="--check-timeout",
        cli_unit="seconds",
        minimum=1.0,
    ),
)
