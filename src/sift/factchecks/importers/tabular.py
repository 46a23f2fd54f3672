"""Line-oriented fact-check files: JSONL and CSV whose keys/columns are the FactCheck field names.

Columns: ``claim``, ``review_url`` and ``publisher_name`` are required; ``rating``, ``verdict`` (derived
from ``rating`` when empty), ``language``, ``claimant``, ``claim_date``, ``publisher_site``, ``review_date``,
``title``, ``image_urls`` and ``video_urls`` are optional (in CSV the URL lists are separated by spaces or
``|``; in JSONL they are arrays). ``id`` is ignored: it is always derived from review URL + claim.
A JSONL line may also be a ClaimReview JSON-LD object. Files are read line by line (bounded memory).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from sift.errors import InputError
from sift.factchecks.importers.claimreview import claimreview_to_factcheck, find_claimreviews
from sift.factchecks.importers.records import build_factcheck
from sift.factchecks.record import FactCheck
from sift.json_input import MAX_JSON_BYTES, parse_json

__all__ = ["COLUMNS", "REQUIRED_COLUMNS", "factcheck_from_fields", "read_csv", "read_jsonl"]

REQUIRED_COLUMNS = ("claim", "review_url", "publisher_name")
COLUMNS = (
    *REQUIRED_COLUMNS,
    "rating",
    "verdict",
    "language",
    "claimant",
    "claim_date",
    "publisher_site",
    "review_date",
    "title",
    "image_urls",
    "video_urls",
)
_LIST_SEPARATOR = re.compile(r"[\s|]+")


def _not_utf8(label: str, error: UnicodeDecodeError) -> InputError:
    return InputError(f"{label}: not UTF-8 text ({error.reason} at byte {error.start}); re-save it as UTF-8")


def _url_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value if item]
    return [item for item in _LIST_SEPARATOR.split(str(value or "")) if item]


def factcheck_from_fields(row: dict[str, Any]) -> FactCheck:
    """A FactCheck from a row or object keyed by the FactCheck field names (see the module docstring).

    Raises:
        InputError: a required field is missing or a value is invalid.
    """
    fields = {name: row.get(name) for name in COLUMNS if name not in ("image_urls", "video_urls")}
    return build_factcheck(
        **fields, image_urls=_url_list(row.get("image_urls")), video_urls=_url_list(row.get("video_urls"))
    )


def _jsonl_record(data: Any) -> list[FactCheck]:
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object, got {type(data).__name__}")
    nodes = list(find_claimreviews(data))
    return [claimreview_to_factcheck(node) for node in nodes] if nodes else [factcheck_from_fields(data)]


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Each line of a binary file, or ``None`` for a line longer than ``max_bytes`` (skipped, never held whole)."""
    while line := handle.readline(max_bytes + 1):
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield None


def read_jsonl(path: Path, label: str) -> Iterator[FactCheck | str]:
    """Each line of a JSONL file as a FactCheck, or a rejection reason string.

    A line that is malformed, nested too deep or too long is rejected alone: the file's other lines count.

    Raises:
        InputError: the file is not UTF-8.
    """
    offset = 0
    with path.open("rb") as handle:
        for number, line in enumerate(_lines(handle, MAX_JSON_BYTES), start=1):
            what = f"{label} line {number}"
            if line is None:
                yield f"{what}: longer than {MAX_JSON_BYTES:,} bytes; skipped"
                continue
            try:
                text = line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                error.start += offset
                raise _not_utf8(label, error) from None
            offset += len(line)
            if not text.strip():
                continue
            try:
                yield from _jsonl_record(parse_json(text, what=what))
            except InputError as error:
                yield str(error) if str(error).startswith(what) else f"{what}: {error}"


def read_csv(path: Path, label: str) -> Iterator[FactCheck | str]:
    """Each row of a CSV file with a header row as a FactCheck, or a rejection reason string.

    Raises:
        InputError: the header lacks a required column, the CSV is malformed, or the file is not UTF-8.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, strict=True)
            header = [name.strip() for name in reader.fieldnames or []]
            missing = [name for name in REQUIRED_COLUMNS if name not in header]
            if missing:
                raise InputError(
                    f"{label}: CSV header lacks {', '.join(missing)}; the columns are {', '.join(COLUMNS)}"
                )
            reader.fieldnames = header
            for row in reader:
                try:
                    yield factcheck_from_fields(row)
                except InputError as error:
                    yield f"{label} line {reader.line_num}: {error}"
    except csv.Error as error:
        raise InputError(
            f"{label}: malformed CSV after line {reader.line_num} ({error}); nothing from this file was imported"
        ) from None
    except UnicodeDecodeError as error:
        raise _not_utf8(label, error) from None
