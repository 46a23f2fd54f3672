"""Import published fact-checks from files, recognised by their content (never by their suffix).

Formats: fact-check article HTML with schema.org ClaimReview (JSON-LD, microdata, RDFa); the DataCommons
ClaimReview ``DataFeed`` JSON; a Fact Check Tools API ``claims:search`` response; JSON-LD ClaimReview
objects or arrays; JSONL and CSV with the FactCheck field names (see :mod:`.tabular`). Importers only read:
they yield records and one-line rejection reasons, and never touch a store (:mod:`sift.store.imports` writes
them, one transaction per file).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sift.errors import InputError
from sift.factchecks.record import FactCheck
from sift.json_input import parse_json

__all__ = ["read_factchecks", "sniff_format"]

#: Bytes read to recognise a file's format.
SNIFF_BYTES = 65536
FORMATS = ("html", "json", "json-array", "jsonl", "csv")


def sniff_format(head: bytes, label: str) -> str:
    """The format of a file from its first bytes: one of ``FORMATS``.

    Raises:
        InputError: empty, binary, or none of the supported formats.
    """
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not text:
        raise InputError(f"{label}: the file is empty")
    if b"\x00" in head:
        raise InputError(f"{label}: binary file (NUL bytes); expected HTML, JSON, JSONL or CSV")
    if text.startswith(b"<"):
        return "html"
    if text.startswith(b"["):
        return "json-array"
    if text.startswith(b"{"):
        first, newline, rest = text.partition(b"\n")
        if newline and rest.lstrip().startswith(b"{") and _is_object(first):
            return "jsonl"
        return "json"
    header = text.split(b"\n", 1)[0].decode("utf-8", errors="replace")
    if "claim" in header and "," in header:
        return "csv"
    raise InputError(
        f"{label}: not a recognised fact-check file: expected ClaimReview HTML, DataFeed/claims:search/JSON-LD "
        "JSON, JSONL, or CSV with a header row (claim,review_url,publisher_name,…)"
    )


def _is_object(line: bytes) -> bool:
    try:
        return isinstance(parse_json(line), dict)
    except InputError:
        return False


def read_factchecks(path: Path, label: str | None = None) -> Iterator[FactCheck | str]:
    """Every record of a file as a FactCheck, or a one-line rejection reason, streamed.

    Args:
        path: the file to read.
        label: how messages name the file (default: the path).

    Raises:
        InputError: the file is missing, unreadable, of an unknown format, or malformed as a whole.
    """
    name = label or str(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder; pass the files in it") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read it: {error.strerror}") from None
    kind = sniff_format(head, name)
    if kind == "html":
        from sift.factchecks.importers.pages import read_html

        yield from read_html(path.read_bytes(), name)
    elif kind in ("json", "json-array"):
        from sift.factchecks.importers.feeds import read_json

        yield from read_json(path, name, is_array=kind == "json-array")
    elif kind == "jsonl":
        from sift.factchecks.importers.tabular import read_jsonl

        yield from read_jsonl(path, name)
    else:
        from sift.factchecks.importers.tabular import read_csv

        yield from read_csv(path, name)
