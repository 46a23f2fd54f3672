"""load(): kinds, files, stdin, text, and every bad-input case the CLI must turn into one line."""

from __future__ import annotations

import gzip
import hashlib
import io
from pathlib import Path

import pytest

from sift.errors import ConfigError, FetchError, InputError
from sift.ingest import IngestConfig, guess_kind, load
from sift.ingest.unpack import CappedInflater

SEED = Path(__file__).resolve().parents[2] / "src" / "sift" / "resources" / "seed-albu-kamal.txt"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
PAGE = "<!DOCTYPE html>\r\n<html><head><title>Albu Kamal</title></head>\r\n<body><p>Zürich – café</p></body></html>"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_seed_file_is_read_as_utf8_text() -> None:
    data = SEED.read_bytes()
    doc = load(str(SEED))
    assert doc.id == hashlib.sha256(data).hexdigest()[:16]
    assert doc.source.kind == "file"
    assert doc.source.location == str(SEED)
    assert doc.source.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.source.media_type == "text/plain"
    assert doc.source.encoding == "utf-8"
    assert doc.source.size_bytes == len(data)
    assert doc.source.fetched_at is None
    assert doc.raw == data.decode("utf-8").replace("\r\n", "\n")
    assert "Russian Defense Ministry" in doc.raw
    assert doc.blocks == [] and doc.title is None


def test_html_file_sniffed_and_newlines_normalised(tmp_path: Path) -> None:
    doc = load(str(write(tmp_path, "page.txt", PAGE.encode())))
    assert doc.source.media_type == "text/html"
    assert "\r" not in doc.raw
    assert "Zürich – café" in doc.raw


def test_html_suffix_is_only_a_hint(tmp_path: Path) -> None:
    plain = load(str(write(tmp_path, "notes.html", b"Just words, no markup at all.\n")))
    assert plain.source.media_type == "text/plain"
    late_tag = b"Intro text\n" * 200 + b"<p>para</p>"
    assert load(str(write(tmp_path, "late.html", late_tag))).source.media_type == "text/html"
    assert load(str(write(tmp_path, "late.txt", late_tag))).source.media_type == "text/plain"


def test_gzip_file_sniffed_by_magic_not_suffix(tmp_path: Path) -> None:
    data = gzip.compress(PAGE.encode())
    for name in ("page.html.gz", "page.html"):
        doc = load(str(write(tmp_path, name, data)))
        assert doc.source.media_type == "text/html"
        assert "Zürich" in doc.raw
        assert doc.source.sha256 == hashlib.sha256(data).hexdigest()
        assert doc.source.size_bytes == len(data)


def test_multi_member_gzip(tmp_path: Path) -> None:
    data = gzip.compress(b"first half, ") + gzip.compress(b"second half")
    assert load(str(write(tmp_path, "two.txt.gz", data))).raw == "first half, second half"


def test_text_str_and_bytes() -> None:
    doc = load("The ministry said the convoy left Albu Kamal.")
    assert doc.source.kind == "text"
    assert doc.source.media_type == "text/plain"
    assert doc.source.encoding == "utf-8"
    assert doc.id == hashlib.sha256(doc.raw.encode()).hexdigest()[:16]
    html = load(PAGE.encode("utf-16"))
    assert html.source.kind == "text" and html.source.media_type == "text/html"
    assert html.source.encoding == "utf-16"
    assert "Zürich – café" in html.raw


def test_stdin_reads_bytes_with_cap() -> None:
    doc = load("-", stdin=io.BytesIO(PAGE.encode()))
    assert doc.source.kind == "stdin"
    assert doc.source.location == "-"
    assert doc.source.media_type == "text/html"
    gz = load("-", stdin=io.BytesIO(gzip.compress(b"compressed on stdin")))
    assert gz.raw == "compressed on stdin"
    with pytest.raises(
        InputError, match=r"^stdin is over the 100-byte limit; give a smaller page or raise max_bytes \(--max-mb\)$"
    ):
        load("-", stdin=io.BytesIO(b"x" * 101), config=IngestConfig(max_bytes=100))
    with pytest.raises(InputError, match="stdin is empty"):
        load("-", stdin=io.BytesIO(b""))


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("https://example.org/a", "url"),
        ("HTTP://EXAMPLE.ORG", "url"),
        ("  http://example.org/a\n", "url"),
        ("ftp://example.org/file", "url"),
        ("file:///etc/passwd", "url"),
        ("javascript:alert(1)", "url"),
        ("-", "stdin"),
        (b"-", "text"),
        (b"<p>bytes</p>", "text"),
        ("A sentence with a/b ratio and no file.", "text"),
        ("Note: this is text.", "text"),
        ("https://example.org is a site, said the ministry.", "text"),
        ("line one\nline two.html", "text"),
        ("", "text"),
    ],
)
def test_guess_kind(source: str | bytes, kind: str) -> None:
    assert guess_kind(source) == kind


def test_guess_kind_existing_file(tmp_path: Path) -> None:
    path = write(tmp_path, "page", b"hello")
    assert guess_kind(str(path)) == "file"


@pytest.mark.parametrize("name", ["missing.html", "pages/missing", "missing.txt.gz", "./x.md"])
def test_missing_path_like_string(name: str) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(name)


def test_missing_file_with_explicit_kind(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^no such file: .*missing\.html; check the path$"):
        load(str(tmp_path / "missing.html"), kind="file")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load(str(tmp_path))


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", r"is empty \(0 bytes\)"), (b"  \n\t\r\n  ", "holds only whitespace"), (b"\xef\xbb\xbf \n", "whitespace")],
)
def test_empty_and_blank_files(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load(str(write(tmp_path, "blank.txt", data)))


def test_empty_text() -> None:
    with pytest.raises(InputError, match="only whitespace"):
        load(" \n ", kind="text")
    with pytest.raises(InputError, match="empty"):
        load(b"")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (PNG, "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(64), "executable"),
        (bytes(range(256)) * 8, "binary data"),
        (b"text\x00with\x00nul\x00bytes\x00" * 10, "binary data"),
        (gzip.compress(gzip.compress(b"twice")), "gzip data compressed twice"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load(str(write(tmp_path, "image.html", data)))


def test_oversized_file_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(60_000_000)  # sparse: 60 MB on paper, nothing on disk

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened although its size is over the cap")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(
        InputError, match=r"huge\.html is 60\.0 MB, over the 20,000,000-byte limit; .* raise max_bytes \(--max-mb\)$"
    ):
        load(str(path))


def test_small_cap(tmp_path: Path) -> None:
    path = write(tmp_path, "page.txt", b"x" * 11)
    with pytest.raises(InputError, match="over the 10-byte limit"):
        load(str(path), config=IngestConfig(max_bytes=10))
    with pytest.raises(InputError, match="over the 10-byte limit"):
        load("x" * 11, kind="text", config=IngestConfig(max_bytes=10))


def test_invalid_utf8_decodes_with_replacement(tmp_path: Path) -> None:
    doc = load(str(write(tmp_path, "bad.txt", "Zürich café ".encode() + b"\xff\xfe\x80 end")))
    assert doc.source.encoding == "utf-8"
    assert doc.raw.startswith("Zürich café ")
    assert "\ufffd" in doc.raw
    assert doc.raw.endswith(" end")


def test_latin1_text(tmp_path: Path) -> None:
    text = "Größere Übungen für Bäcker, café crème à la française."
    doc = load(str(write(tmp_path, "latin1.txt", text.encode("latin-1"))))
    assert doc.raw == text
    assert doc.source.encoding == "cp1252"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_bom_files(tmp_path: Path, codec: str) -> None:
    data = PAGE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = load(str(write(tmp_path, "bom.html", data)))
    assert doc.raw == PAGE.replace("\r\n", "\n")
    assert doc.source.media_type == "text/html"


def test_truncated_gzip(tmp_path: Path) -> None:
    data = gzip.compress(PAGE.encode() * 50)
    with pytest.raises(InputError, match="truncated"):
        load(str(write(tmp_path, "cut.html.gz", data[: len(data) // 2])))


def test_corrupt_gzip(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="corrupt compressed data"):
        load(str(write(tmp_path, "bad.html.gz", b"\x1f\x8b\x08\x00garbage-garbage-garbage")))


def test_gzip_bomb(tmp_path: Path) -> None:
    bomb = gzip.compress(b" " * 5_000_000)
    assert len(bomb) < 10_000
    with pytest.raises(InputError, match=r"expands to more than 1,000,000 bytes"):
        load(str(write(tmp_path, "bomb.html.gz", bomb)), config=IngestConfig(max_bytes=1_000_000))


def test_bad_kind_and_bytes_for_file() -> None:
    with pytest.raises(ConfigError, match="unknown input kind 'pdf'"):
        load("x", kind="pdf")
    with pytest.raises(InputError, match="must be given as a str"):
        load(b"page.html", kind="file")


def test_refused_scheme_is_a_fetch_error() -> None:
    with pytest.raises(FetchError, match="unsupported URL scheme 'file'"):
        load("file:///etc/passwd")


def test_messages_are_one_line(tmp_path: Path) -> None:
    for source in ("missing.html", str(tmp_path), "ftp://x/y"):
        with pytest.raises((InputError, FetchError)) as caught:
            load(source)
        assert "\n" not in str(caught.value)


def test_str_with_lone_surrogate_and_bom() -> None:
    doc = load("\ufeffbroken \ud83d surrogate", kind="text")
    assert doc.raw == "broken \ufffd surrogate"
    doc.raw.encode("utf-8")  # every later writer can encode it


def test_str_with_nul_bytes_is_binary() -> None:
    with pytest.raises(InputError, match="binary data"):
        load("a\x00b\x00c\x00d", kind="text")


def test_web_address_without_scheme_gets_a_hint() -> None:
    with pytest.raises(
        InputError, match=r"^no such file: www\.example\.org/news/1; add https:// if it is a web address"
    ):
        load("www.example.org/news/1")


def test_gzip_members_split_anywhere() -> None:
    data = gzip.compress(b"first half, ") + gzip.compress(b"second half")
    for cut in range(1, len(data)):
        inflater = CappedInflater(1000)
        inflater.feed(data[:cut])
        inflater.feed(data[cut:])
        assert inflater.finish() == b"first half, second half"
