"""Guessing what a ``load`` argument is: a URL, ``-`` for stdin, a file path, or the page text itself."""

from __future__ import annotations

import re
from pathlib import Path

from sift.errors import ConfigError, InputError
from sift.ingest.sniff import PAGE_FILE_SUFFIXES

__all__ = ["KINDS", "PAGE_SUFFIXES", "check_kind", "guess_kind"]

KINDS = ("file", "url", "stdin", "text")

#: Suffixes that make a short one-line string a file name even when the file does not exist.
PAGE_SUFFIXES = (*PAGE_FILE_SUFFIXES, ".gz")
#: Schemes that are URLs sift refuses (rather than text that happens to contain a colon).
_REFUSED_SCHEMES = frozenset(
    [
        "file",
        "ftp",
        "ftps",
        "sftp",
        "javascript",
        "vbscript",
        "data",
        "mailto",
        "gopher",
        "ws",
        "wss",
        "blob",
        "about",
        "ssh",
        "telnet",
        "ldap",
        "dict",
        "smb",
        "tftp",
    ]
)
#: ``www.example.org/page``: a web address typed without its scheme.
_HOST_AND_PATH = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}/")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]+):(//)?")
#: A path longer than this is not a path (PATH_MAX on Linux); a short string can be a mistyped one.
_MAX_PATH_CHARS = 4096
_MAX_PATHLIKE_CHARS = 512


def check_kind(kind: str) -> str:
    """``kind`` itself if it is one of :data:`KINDS`; ConfigError otherwise."""
    if kind not in KINDS:
        raise ConfigError(f"unknown input kind {kind!r}; use one of {', '.join(KINDS)}")
    return kind


def _looks_like_path(text: str) -> bool:
    """A short single-line string with a page suffix or a path separator and no spaces."""
    if len(text) > _MAX_PATHLIKE_CHARS or "\n" in text:
        return False
    if text.lower().endswith(PAGE_SUFFIXES):
        return True
    return ("/" in text or "\\" in text) and not any(char.isspace() for char in text)


def _exists(text: str) -> bool:
    try:
        return Path(text).expanduser().exists()
    except (OSError, ValueError):  # name too long, NUL byte: not a path
        return False


def guess_kind(source: str | bytes) -> str:
    """What ``source`` is when the caller did not say.

    Args:
        source: a URL, ``"-"``, a file path, or the page (``str`` or ``bytes``).

    Returns:
        ``"url"`` for an ``http(s)://`` address or another URL scheme (which ``load`` then refuses),
        ``"stdin"`` for ``-``, ``"text"`` for bytes, ``"file"`` for an existing path, else ``"text"``.

    Raises:
        InputError: a short one-line string that looks like a file name but names no file.
    """
    if isinstance(source, bytes):
        return "text"
    token = source.strip()
    if token == "-":
        return "stdin"
    if not token:
        return "text"
    is_token = not any(char.isspace() for char in token)
    scheme = _SCHEME.match(token) if is_token else None
    if scheme and (scheme.group(2) or scheme.group(1).lower() in _REFUSED_SCHEMES):
        return "url"
    if len(token) <= _MAX_PATH_CHARS and "\n" not in token:
        if _exists(token):
            return "file"
        if _looks_like_path(token):
            hint = "add https:// if it is a web address" if _HOST_AND_PATH.match(token) else "check the path"
            raise InputError(f"no such file: {token}; {hint} (or pass kind='text' to analyse it as text)")
    return "text"
