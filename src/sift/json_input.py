"""Reading JSON nobody vetted (imports, request bodies): nesting and size limits, lone surrogates replaced.

Why: Python's ``json`` raises ``RecursionError`` on deep nesting, ijson's prefixed parsers grow with the
square of the depth (a 200 KB file of ``[`` reached 23 GB), sift's own walkers recurse, and a lone
surrogate (``"\\ud800"``) decodes fine but cannot be encoded again when the record is stored. Every JSON
value from outside therefore goes through :func:`parse_json` (in memory) or :func:`scan_json_stream`
(files streamed with ijson, their nesting checked in one vectorised pass before ijson reads them), and strings through
:func:`clean_text`.
"""

from __future__ import annotations

import json
import re
from typing import Any, BinaryIO

from sift.errors import InputError
from sift.settings import MAX_INPUT_BYTES

__all__ = [
    "MAX_JSON_BYTES",
    "MAX_JSON_DEPTH",
    "JSONLimitError",
    "clean_text",
    "clean_value",
    "parse_json",
    "scan_json_stream",
]

#: Deepest nesting of arrays and objects accepted. ClaimReview feeds and JSON-LD nest about 8 levels, a
#: ``sift/1`` document 5; 64 leaves room for any real file and keeps every walker's recursion shallow.
MAX_JSON_DEPTH = 64
#: Largest JSON text parsed in memory at once (a request body, a JSONL line, a JSON-LD block, a file of no
#: streamable shape): the input cap of :mod:`sift.settings`.
MAX_JSON_BYTES = MAX_INPUT_BYTES
#: Bytes :func:`scan_json_stream` looks at per step.
SCAN_CHUNK_BYTES = 256 << 10
_QUOTE, _BACKSLASH = ord('"'), ord("\\")
_OPEN, _CLOSE = [ord("["), ord("{")], [ord("]"), ord("}")]

#: Code points no stored text may hold: lone surrogates (unencodable as UTF-8) and NUL (PostgreSQL text
#: refuses it). Both become U+FFFD, as undecodable bytes do in :mod:`sift.ingest.decode`.
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


class JSONLimitError(InputError):
    """Well-formed JSON past a limit (nesting depth, size): refused whole, with the limit named."""


def clean_text(text: str) -> str:
    """``text`` with lone surrogates and NUL characters replaced by U+FFFD (unchanged when it has none)."""
    return _UNSTORABLE.sub("\ufffd", text) if _UNSTORABLE.search(text) else text


def clean_value(value: Any, *, what: str = "input", max_depth: int = MAX_JSON_DEPTH) -> Any:
    """A parsed JSON value with every string (and key) cleaned by :func:`clean_text`.

    Raises:
        JSONLimitError: the value nests deeper than ``max_depth``.
    """
    return _clean(value, 0, what, max_depth)


def _clean(value: Any, depth: int, what: str, max_depth: int) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if not isinstance(value, dict | list):
        return value
    if depth >= max_depth:
        raise _too_deep(what, max_depth)
    if isinstance(value, list):
        return [_clean(item, depth + 1, what, max_depth) for item in value]
    return {clean_text(key): _clean(item, depth + 1, what, max_depth) for key, item in value.items()}


def _too_deep(what: str, max_depth: int) -> JSONLimitError:
    return JSONLimitError(f"{what}: JSON nested more than {max_depth} levels deep (sift reads at most {max_depth})")


def parse_json(text: str | bytes, *, what: str = "input", max_depth: int = MAX_JSON_DEPTH, strict: bool = True) -> Any:
    """Parse one JSON text held in memory, within the limits, strings cleaned.

    Args:
        text: the JSON text (bytes are read as UTF-8, with or without a BOM).
        what: how messages name it, at their start ("request body", "feed.jsonl line 3").
        max_depth: deepest nesting accepted.
        strict: refuse control characters inside strings (``False`` for JSON-LD in pages, which has them).

    Raises:
        JSONLimitError: longer than :data:`MAX_JSON_BYTES` or nested deeper than ``max_depth``.
        InputError: not valid JSON (or not UTF-8).
    """
    if len(text) > MAX_JSON_BYTES:
        raise JSONLimitError(f"{what}: JSON longer than {MAX_JSON_BYTES:,} bytes (sift parses at most that at once)")
    try:
        value = json.loads(text.decode("utf-8-sig") if isinstance(text, bytes) else text, strict=strict)
    except RecursionError:  # the C decoder's own guard, hit long before memory or time would be
        raise _too_deep(what, max_depth) from None
    except json.JSONDecodeError as error:
        raise InputError(f"{what}: malformed JSON ({error.msg} at character {error.pos})") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{what}: not UTF-8 ({error.reason} at byte {error.start})") from None
    return clean_value(value, what=what, max_depth=max_depth)


def _backslash_runs(slashes: Any, carried: int) -> tuple[Any, Any]:
    """For each backslash position (sorted): the length of the run it ends, and where that run starts.

    ``carried`` backslashes ended the previous chunk: a run starting at position 0 continues them.
    """
    import numpy as np

    first = np.ones(len(slashes), dtype=bool)
    first[1:] = np.diff(slashes) != 1
    starts = np.maximum.accumulate(np.where(first, slashes, 0))
    return slashes - starts + 1 + np.where(starts == 0, carried, 0), starts


def scan_json_stream(handle: BinaryIO, *, what: str = "input", max_depth: int = MAX_JSON_DEPTH) -> int:
    """The deepest nesting of a JSON file, checked in one pass over its bytes before ijson reads it.

    ijson's item parser grows with the square of the depth, so a file is refused before it is parsed.
    The scan is vectorised (numpy, 256 KiB at a time): a quote opens or closes a string unless the run of
    backslashes right before it is odd, and brackets outside strings count. It does not check the syntax
    (ijson does, while streaming).

    Returns:
        The deepest nesting seen.

    Raises:
        JSONLimitError: nested deeper than ``max_depth``.
    """
    import numpy as np

    steps = np.zeros(256, dtype=np.int8)
    steps[[ord("["), ord("{")]], steps[[ord("]"), ord("}")]] = 1, -1
    depth = deepest = 0
    in_string = False  # a string left open by the previous chunk
    carried = 0  # backslashes that ended the previous chunk
    while chunk := handle.read(SCAN_CHUNK_BYTES):
        data = np.frombuffer(chunk, dtype=np.uint8)
        quotes = np.flatnonzero(data == _QUOTE)
        slashes = np.flatnonzero(data == _BACKSLASH)
        runs, _ = _backslash_runs(slashes, carried)
        if len(quotes) and (len(slashes) or carried):
            last = np.searchsorted(slashes, quotes) - 1  # the last backslash before each quote
            clamped = np.maximum(last, 0)
            touching = (last >= 0) & (slashes[clamped] == quotes - 1) if len(slashes) else quotes < 0
            escapes = np.where(touching, runs[clamped] if len(slashes) else 0, np.where(quotes == 0, carried, 0))
            quotes = quotes[escapes % 2 == 0]
        brackets = np.flatnonzero(steps[data])
        outside = brackets[(np.searchsorted(quotes, brackets) + in_string) % 2 == 0]
        if len(outside):
            levels = depth + np.cumsum(steps[data[outside]], dtype=np.int64)
            deepest = max(deepest, int(levels.max()))
            depth = int(levels[-1])
            if deepest > max_depth:
                raise _too_deep(what, max_depth)
        in_string = bool((len(quotes) + in_string) % 2)
        carried = int(runs[-1]) if len(slashes) and slashes[-1] == len(data) - 1 else 0
    return deepest
