"""Batch inputs: a directory tree of pages, a JSONL file, a WARC archive, a list of URLs.

Each input yields :class:`~sift.batch.pages.Page` records keyed by source (and :class:`BadRecord` for a line or
record that is not a page: reported and skipped, never the end of the run) and counts its pages cheaply when it
can, for the progress bar.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol
from urllib.parse import urlsplit

from sift.batch.pages import BadRecord, Page
from sift.dates import iso_day
from sift.document import HTML_MEDIA_TYPES
from sift.errors import InputError
from sift.ingest import page_suffix_is_html, page_suffix_is_markdown
from sift.ingest.read import read_file
from sift.ingest.sniff import PAGE_FILE_SUFFIXES

__all__ = [
    "DirectoryInput",
    "Input",
    "JsonlInput",
    "UrlListInput",
    "WarcInput",
    "open_inputs",
    "url_key",
]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
#: Media types of WARC records read as pages; images, scripts and the rest of a crawl are not pages.
PAGE_MEDIA_TYPES = (*HTML_MEDIA_TYPES, "text/plain")


class Input(Protocol):
    """One batch input: its pages in order, how many (when cheap to know) and what it passed over."""

    name: str
    #: records read that are not pages (a crawl's images, redirects, non-2xx responses), counted while reading
    ignored: int
    #: records passed over because an earlier one had the same key (a URL listed twice), counted while reading
    duplicates: int

    def count(self) -> int | None: ...

    def __iter__(self) -> Iterator[Page | BadRecord]: ...


def _is_hidden(name: str) -> bool:
    """A name starting with "." (``.git``, ``.cache``, ``.DS_Store``, an editor's ``.page.html.swp``): never a page
    of the corpus, so a directory walk neither reads it nor descends into it."""
    return name.startswith(".")


def _has_page_suffix(name: str) -> bool:
    lower = name.lower().removesuffix(".gz")
    return lower.endswith(PAGE_FILE_SUFFIXES)  # a directory walk reads these (also under .gz), nothing else


def _is_page_file(name: str) -> bool:
    """A file a directory walk reads: a page suffix, and not hidden (a page file named on the command line is read
    whatever its name)."""
    return _has_page_suffix(name) and not _is_hidden(name)


def _walk(root: Path) -> Iterator[tuple[str, list[str]]]:
    """``(folder, file names)`` under ``root`` in path order, hidden folders and files left out."""
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not _is_hidden(name))
        yield folder, sorted(name for name in names if not _is_hidden(name))


@dataclass(slots=True)
class DirectoryInput:
    """Every page file under a directory (``.html .htm .xhtml .txt .md``, and ``.gz`` of those), in name order;
    hidden names (starting with ".") are passed over, as other files are.

    The key of a page is its absolute path: a rerun over the same tree skips what is stored; a tree moved
    elsewhere is new to sift.
    """

    root: Path
    max_bytes: int
    ignored: int = 0
    duplicates: int = 0
    name: str = field(init=False)

    def __post_init__(self) -> None:
        self.name = str(self.root)

    def files(self) -> Iterator[Path]:
        """Page files under the root, sorted by path (symbolic links to directories are not followed)."""
        if _has_page_suffix(self.root.name) and self.root.is_file():
            yield self.root.absolute()
            return
        for folder, names in _walk(self.root):
            for name in names:
                if _is_page_file(name):
                    yield (Path(folder) / name).absolute()

    def count(self) -> int:
        return sum(1 for _ in self.files())

    def _passed_over(self) -> int:
        """Files under the root that are no pages (a PDF, an image, a stylesheet) and hidden files and folders
        (``.git/``, ``.DS_Store``; a hidden folder counts once, unread): counted, so a run says so."""
        if self.root.is_file():
            return 0
        passed = 0
        for _, subfolders, names in os.walk(self.root):
            passed += sum(1 for name in subfolders if _is_hidden(name))
            subfolders[:] = [name for name in subfolders if not _is_hidden(name)]
            passed += sum(1 for name in names if not _is_page_file(name))
        return passed

    def __iter__(self) -> Iterator[Page | BadRecord]:
        self.ignored = self._passed_over()
        for path in self.files():
            location = str(path)
            try:
                data = read_file(path, self.max_bytes)
            except InputError as error:
                yield BadRecord(location, location, str(error))
                continue
            yield Page(
                location,
                location,
                "file",
                data,
                said_html=page_suffix_is_html(location),
                said_markdown=page_suffix_is_markdown(location),
            )


def _open_text(path: Path) -> IO[bytes]:
    """The file's bytes, gunzipped when its name ends in ``.gz``."""
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _optional_text(record: dict[str, object], name: str) -> str | None:
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{name}' must be a string, not {type(value).__name__}")
    return value.strip()


@dataclass(slots=True)
class JsonlInput:
    """One page per line: ``{"url": …, "html" | "text": …, "published": …, "title": …}`` (``url`` optional).

    A page is keyed by :func:`url_key` of its ``url`` (shown as given), or by ``file:line`` (the file's absolute
    path) without one. ``title`` and ``published`` (a day, ISO or a timestamp), when given, replace what extraction
    finds. A line that is not such an object is a bad record; a line given again (a file concatenated twice, a crawl
    exported with overlaps) is read once and counted in ``duplicates``.
    """

    path: Path
    max_bytes: int
    ignored: int = 0
    duplicates: int = 0
    name: str = field(init=False)

    def __post_init__(self) -> None:
        self.path = self.path.absolute()  # keys and failures name the file the same from any working folder
        self.name = str(self.path)

    def _lines(self) -> Iterator[tuple[int, bytes, bool]]:
        """``(line number, line, given before)`` of every non-blank line (a line is known again by 16 bytes of its
        hash: a million lines cost tens of megabytes, not their pages)."""
        seen: set[bytes] = set()
        with _open_text(self.path) as handle:
            for number, line in enumerate(handle, 1):
                stripped = line.strip()
                if stripped:
                    digest = hashlib.sha256(stripped).digest()[:16]
                    yield number, line, digest in seen
                    seen.add(digest)

    def count(self) -> int:
        return sum(1 for *_, repeated in self._lines() if not repeated)

    def __iter__(self) -> Iterator[Page | BadRecord]:
        self.duplicates = 0
        try:
            for number, line, repeated in self._lines():
                if repeated:
                    self.duplicates += 1
                else:
                    yield self._page(line, number)
        except (OSError, EOFError) as error:  # a truncated .gz, a vanished file: the lines read so far stand
            yield BadRecord(f"{self.path}:end", str(self.path), f"{self.path}: cannot read further: {error}")

    def _page(self, line: bytes, number: int) -> Page | BadRecord:
        where = f"{self.path}:{number}"
        if len(line) > self.max_bytes:
            return BadRecord(
                where, where, f"{where}: line is {len(line):,} bytes, over the {self.max_bytes:,}-byte limit"
            )
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError(f"a JSON {type(record).__name__}, not an object")
            url = _optional_text(record, "url")
            html, text = _optional_text(record, "html"), _optional_text(record, "text")
            title = _optional_text(record, "title")
            published = iso_day(_optional_text(record, "published"), "'published'")
        except (ValueError, UnicodeDecodeError) as error:
            return BadRecord(where, where, f"{where}: not a page record ({error})")
        body = html if html is not None else text
        if body is None:
            return BadRecord(url or where, url or where, f"{where}: no 'html' or 'text' to analyse")
        key = where if url is None else _url_record_key(url)
        if key is None:
            return BadRecord(where, where, f"{where}: 'url' is not an http(s) URL: {url[:100]!r}")
        return Page(
            key=key,
            location=url or where,
            kind="url" if url else "text",
            data=body.encode("utf-8", "replace"),
            said_html=html is not None,
            title=title,
            published=published,
        )


def _url_record_key(url: str) -> str | None:
    """The key of a JSONL record's ``url``: :func:`url_key`, or the URL as written when it holds white space (scraper
    exports keep "…/my page.html" unescaped: the page is in the record, nothing is fetched); ``None`` when it is no
    http(s) URL with a host."""
    key = url_key(url)
    if key is not None or not any(char.isspace() for char in url):
        return key
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # an unclosed IPv6 bracket
        return None
    return url if parts.scheme.lower() in _DEFAULT_PORTS and parts.netloc.strip() else None


_CONTROL_CHAR_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _cut_short(record: Any) -> str | None:
    """Why a record whose payload was read to its end is incomplete, or ``None``: a plain ``.warc`` cut inside a
    payload gives the bytes that are there without an error, and the page would be stored truncated."""
    left = getattr(record.raw_stream, "limit", 0)  # bytes of the record's declared length not yet read
    if not left:
        return None
    missing = left - len(record.raw_stream.read(left))  # what is left (trailing bytes the decoder did not need)
    return f"the archive ends inside this record ({missing:,} bytes missing: truncated?)" if missing else None


@dataclass(slots=True)
class WarcInput:
    """The HTML and text responses of a WARC (or ARC) archive, ``.gz`` or not, keyed by WARC record id.

    Records that are no page (requests, metadata, images, scripts, non-2xx responses) are counted in
    ``ignored``; a record whose payload cannot be read is a bad record. A damaged archive ends that input
    with a bad record naming the offset: the records before it stand.
    """

    path: Path
    max_bytes: int
    ignored: int = 0
    duplicates: int = 0
    name: str = field(init=False)

    def __post_init__(self) -> None:
        self.path = self.path.absolute()  # keys and failures name the file the same from any working folder
        self.name = str(self.path)

    def count(self) -> None:
        return None  # counting would mean reading (and gunzipping) the whole archive twice

    def __iter__(self) -> Iterator[Page | BadRecord]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        records = None
        try:
            with self.path.open("rb") as stream:
                records = ArchiveIterator(stream, arc2warc=True)
                reading = iter(records)
                while True:
                    try:
                        record = next(reading, None)
                    # warcio meets a malformed record with whatever its parser trips on (a response record without
                    # WARC-Target-URI is an AttributeError inside warcio): the archive's framing is lost from there
                    # on. Only warcio's reading is caught so: an error of sift's own is no damaged archive.
                    except (AttributeError, KeyError, TypeError) as error:
                        problem = f"a malformed record (the WARC reader failed: {type(error).__name__})"
                        yield self._unreadable(records, problem)
                        return
                    if record is None:
                        break
                    page = self._page(record, records)
                    if page is None:
                        self.ignored += 1
                    else:
                        yield page
                rest = _unread_rest(stream, records.offset)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
            yield self._unreadable(records, str(error) or type(error).__name__)
            return
        if rest:  # warcio ends quietly inside a gzip member cut short: the records after it are lost
            where = f"{self.path}@{records.offset}"
            yield BadRecord(
                where, str(self.path), f"{where}: the archive ends inside a record ({rest:,} bytes unread: truncated?)"
            )

    def _unreadable(self, records: Any, problem: str) -> BadRecord:
        where = f"{self.path}@{records.offset if records is not None else 0}"
        return BadRecord(where, str(self.path), f"{where}: the archive is unreadable from here on: {problem}")

    def _page(self, record: Any, records: Any) -> Page | BadRecord | None:
        """The page in a record, ``None`` for a record that is no page; offsets are read only for messages
        (asking warcio for one reads the record to its end)."""
        headers = record.rec_headers
        uri = headers.get_header("WARC-Target-URI")
        if uri and _CONTROL_CHAR_RE.search(uri):
            # bytes of a damaged gzip member read as a record's headers (a URI never holds control characters):
            # the archive's framing is lost here, and the record is no page to skip quietly
            raise ValueError("a record's headers are damaged (control characters in its WARC-Target-URI)")
        kind = record.rec_type
        if kind not in ("response", "resource"):
            return None
        key = headers.get_header("WARC-Record-ID")
        http = record.http_headers
        if kind == "response":
            if http is None or not str(http.get_statuscode() or "").startswith("2"):
                return None
            content_type = http.get_header("Content-Type")
        else:
            content_type = headers.get_header("Content-Type")
        media_type = (content_type or "").split(";", 1)[0].strip().lower()
        if media_type not in PAGE_MEDIA_TYPES:
            return None
        try:
            data = record.content_stream().read(self.max_bytes + 1)
            problem = f"over the {self.max_bytes:,}-byte limit" if len(data) > self.max_bytes else _cut_short(record)
        except Exception as error:  # warcio surfaces a damaged payload as zlib, chunking or I/O errors
            problem = f"payload unreadable: {type(error).__name__}: {error}"
        if problem is not None or not uri or not key:
            where = f"{self.path}@{records.get_record_offset()}"
            problem = problem or "a response record without WARC-Target-URI or WARC-Record-ID"
            return BadRecord(key or where, uri or where, f"{where}: {uri or 'record'}: {problem}")
        return Page(
            key=key,
            location=uri,
            kind="url",
            data=data,
            said_html=media_type in HTML_MEDIA_TYPES,
            content_type=content_type,
            fetched_at=headers.get_header("WARC-Date"),
        )


def _unread_rest(stream: IO[bytes], offset: int) -> int:
    """Bytes of the archive after the last record warcio read (trailing blank lines of a plain WARC aside)."""
    size = os.fstat(stream.fileno()).st_size
    if offset >= size:
        return 0
    stream.seek(offset)
    tail = stream.read(64)
    return 0 if len(tail) < 64 and not tail.strip() else size - offset


#: Ports a URL key leaves out: the scheme's own.
_DEFAULT_PORTS = {"http": 80, "https": 443}


def url_key(url: str) -> str | None:
    """The key of a listed URL: scheme and host in lower case, without the scheme's default port or a ``#fragment``
    (the same request), ``/`` for an empty path; ``None`` when it is no http(s) URL with a host.

    Two lines of a URL list with one key are one page: read once, keyed once in the store.
    """
    if any(char.isspace() for char in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # an unclosed IPv6 bracket
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    user, at, hostport = parts.netloc.rpartition("@")
    hostport = hostport.lower()
    try:
        if parts.port == _DEFAULT_PORTS[scheme]:
            hostport = hostport.rsplit(":", 1)[0]
    except ValueError:  # a port that is no number: left as written, the fetch says what is wrong with it
        pass
    query = f"?{parts.query}" if parts.query else ""
    return f"{scheme}://{user}{at}{hostport}{parts.path or '/'}{query}"


@dataclass(slots=True)
class UrlListInput:
    """One http(s) URL per line (blank lines and ``#`` comments skipped), fetched during the run.

    A page is keyed by :func:`url_key` of its URL (the stored location is the URL after redirects); a URL listed
    again (same key) is read once and counted in ``duplicates``.
    """

    path: Path
    ignored: int = 0
    duplicates: int = 0
    name: str = field(init=False)

    def __post_init__(self) -> None:
        self.path = self.path.absolute()  # keys and failures name the file the same from any working folder
        self.name = str(self.path)

    def _lines(self) -> Iterator[tuple[int, str]]:
        with _open_text(self.path) as handle:
            for number, raw in enumerate(handle, 1):
                line = raw.decode("utf-8", "replace").strip()
                if line and not line.startswith("#"):
                    yield number, line

    def _entries(self) -> Iterator[tuple[int, str, str | None, bool]]:
        """``(line number, URL as listed, its key or None when it is no URL, listed before)`` of every line."""
        seen: set[str] = set()
        for number, url in self._lines():
            key = url_key(url)
            repeated = key is not None and key in seen
            if key is not None:
                seen.add(key)
            yield number, url, key, repeated

    def count(self) -> int:
        return sum(1 for *_, repeated in self._entries() if not repeated)

    def __iter__(self) -> Iterator[Page | BadRecord]:
        self.duplicates = 0
        for number, url, key, repeated in self._entries():
            if key is None:
                where = f"{self.path}:{number}"
                yield BadRecord(where, where, f"{where}: not an http(s) URL: {url[:100]!r}")
            elif repeated:
                self.duplicates += 1
            else:
                yield Page(key, key, "url")


def open_inputs(paths: Sequence[str], *, urls: str | None = None, max_bytes: int) -> list[Input]:
    """The inputs named on the command line, checked before anything runs.

    Args:
        paths: directories, ``.jsonl`` files, ``.warc``/``.warc.gz`` archives or single page files.
        urls: a file of URLs (``--urls``).
        max_bytes: the largest page read.

    Raises:
        InputError: a path is missing, or of no kind sift reads as a batch input.
    """
    inputs: list[Input] = []
    for given in paths:
        path = Path(given).expanduser()
        lower = path.name.lower()
        if not path.exists():
            raise InputError(f"no such file or directory: {given}; check the path")
        if path.is_dir() or (path.is_file() and _has_page_suffix(lower)):
            inputs.append(DirectoryInput(path, max_bytes))
        elif path.is_file() and lower.endswith(JSONL_SUFFIXES):
            inputs.append(JsonlInput(path, max_bytes))
        elif path.is_file() and lower.endswith(WARC_SUFFIXES):
            inputs.append(WarcInput(path, max_bytes))
        else:
            raise InputError(
                f"{given} is not a batch input: give a directory of pages, a .jsonl file, a .warc(.gz) archive, "
                "a page file (.html .htm .txt .md, or .gz of one), or a URL list with --urls"
            )
    if urls is not None:
        path = Path(urls).expanduser()
        if not path.is_file():
            raise InputError(f"no such URL list: {urls}; --urls takes a text file with one URL per line")
        inputs.append(UrlListInput(path))
    if not inputs:
        raise InputError("nothing to analyse: give a directory, a .jsonl or .warc file, or --urls FILE")
    return inputs
