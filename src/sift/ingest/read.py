"""Reading local input with the size cap enforced before and while reading: files and stdin."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import BinaryIO

from sift.errors import InputError

__all__ = ["read_file", "read_stream", "too_large"]

_CHUNK_BYTES = 1 << 16


def too_large(what: str, max_bytes: int, size: int | None = None) -> InputError:
    """The one message for input over the cap, with its size when known."""
    shown = f"is {size / 1e6:.1f} MB, over" if size is not None else "is over"
    return InputError(f"{what} {shown} the {max_bytes:,}-byte limit; give a smaller page or raise max_bytes (--max-mb)")


def read_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, refusing a missing path, a directory or a file over ``max_bytes``.

    Args:
        path: the file to read (already ``~``-expanded).
        max_bytes: the size cap, checked on the file size before reading and again while reading.

    Returns:
        The file's bytes.

    Raises:
        InputError: missing, a directory or other non-regular file, unreadable, or over the cap.
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path} is a directory; give a page file (.html, .htm, .txt, .md or a .gz of one)")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path} is not a regular file (device, pipe or socket); use '-' to read stdin")
        if info.st_size > max_bytes:
            raise too_large(str(path), max_bytes, info.st_size)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"no such file: {path}; check the path") from None
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}; check its permissions") from None
    if len(data) > max_bytes:
        raise too_large(str(path), max_bytes)
    return data


def read_stream(stream: BinaryIO, max_bytes: int, what: str = "stdin") -> bytes:
    """Everything a binary stream yields, refusing more than ``max_bytes``.

    Raises:
        InputError: the stream holds more than ``max_bytes`` bytes, or reading it failed.
    """
    parts: list[bytes] = []
    size = 0
    try:
        while chunk := stream.read(_CHUNK_BYTES):
            size += len(chunk)
            if size > max_bytes:
                raise too_large(what, max_bytes)
            parts.append(chunk)
    except OSError as error:
        raise InputError(f"cannot read {what}: {error}") from None
    return b"".join(parts)
