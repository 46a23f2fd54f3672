"""Batch inputs: what each kind yields as pages, what it reports as bad records, and what it passes over."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from batch_corpus import page_html, warc_bytes, write_pages

from sift.batch.inputs import DirectoryInput, JsonlInput, UrlListInput, WarcInput, open_inputs, url_key
from sift.batch.pages import BadRecord, Page, document_id
from sift.errors import InputError

MB = 1_000_000


def test_a_directory_yields_its_page_files_in_path_order(tmp_path: Path) -> None:
    paths = write_pages(tmp_path / "corpus", 6)
    (tmp_path / "corpus" / "a" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "corpus" / "a" / "style.css").write_text("body {}")
    source = DirectoryInput(tmp_path / "corpus", MB)
    pages = list(source)
    assert source.count() == 6
    assert [page.key for page in pages] == sorted(str(path.absolute()) for path in paths)
    assert all(isinstance(page, Page) and page.kind == "file" and page.key == page.location for page in pages)
    assert source.ignored == 2  # the PDF and the stylesheet: counted, so the run's summary says so
    by_name = {Path(page.key).name: page for page in pages}
    assert by_name["page-0001.html"].said_html and by_name["page-0002.html.gz"].said_html
    assert not by_name["page-0000.txt"].said_html
    assert by_name["page-0002.html.gz"].data[:2] == b"\x1f\x8b"  # bytes as read: gunzip is ingest's job


def test_a_directory_reads_every_page_suffix_ingest_reads(tmp_path: Path) -> None:
    # one table of page suffixes (ingest's): a walk passed over .markdown and .shtml pages that `sift check` reads
    (tmp_path / "notes.markdown").write_text("# Council vote\n\nThe council voted on Tuesday.")
    (tmp_path / "old.shtml").write_text("<html><body><p>An old page.</p></body></html>")
    source = DirectoryInput(tmp_path, MB)
    assert sorted(Path(page.key).name for page in source) == ["notes.markdown", "old.shtml"]
    assert source.ignored == 0


def test_a_directory_walk_passes_over_hidden_folders_and_files(tmp_path: Path) -> None:
    # a user trial: a corpus under git read .git/ (and an editor's backup, a macOS .DS_Store) as pages
    paths = write_pages(tmp_path / "corpus", 2)
    for hidden in (".git/objects", ".cache"):
        (tmp_path / "corpus" / hidden).mkdir(parents=True)
        (tmp_path / "corpus" / hidden / "page.html").write_text(page_html(7))
    (tmp_path / "corpus" / "a" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "corpus" / "a" / ".draft.html").write_text(page_html(8))
    source = DirectoryInput(tmp_path / "corpus", MB)
    assert [page.key for page in source] == sorted(str(path.absolute()) for path in paths)
    assert source.count() == 2
    assert source.ignored == 4  # .git and .cache (once each, unread), .DS_Store and .draft.html
    (named,) = open_inputs([str(tmp_path / "corpus" / "a" / ".draft.html")], max_bytes=MB)
    assert [page.key for page in named] == [str(tmp_path / "corpus" / "a" / ".draft.html")]  # named: read


def test_a_markdown_file_is_said_to_be_markdown(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# Title\n\n- An item.\n")
    (tmp_path / "page.txt").write_text("# Not markdown\n")
    markdown, text = DirectoryInput(tmp_path, MB)
    assert isinstance(markdown, Page) and markdown.said_markdown and not markdown.said_html
    assert isinstance(text, Page) and not text.said_markdown


def test_a_page_over_the_cap_is_a_bad_record_not_the_end(tmp_path: Path) -> None:
    (tmp_path / "big.html").write_text("x" * 2000)
    (tmp_path / "small.txt").write_text("A short page with words.")
    items = list(DirectoryInput(tmp_path, 1000))
    assert isinstance(items[0], BadRecord) and "limit" in items[0].reason
    assert isinstance(items[1], Page)


def test_a_single_page_file_is_an_input(tmp_path: Path) -> None:
    (path,) = write_pages(tmp_path, 1)
    (source,) = open_inputs([str(path)], max_bytes=MB)
    assert [page.key for page in source] == [str(path.absolute())]


def test_jsonl_lines_become_pages_and_bad_lines_bad_records(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": "https://news.example.org/1", "html": page_html(1), "title": "Given title"}),
        json.dumps({"text": "A text page without a URL.", "published": "2017-11-14"}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://news.example.org/3"}),
        json.dumps({"url": "ftp://news.example.org/4", "text": "words"}),
        json.dumps({"url": "https://news.example.org/5", "text": 42}),
    ]
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    source = JsonlInput(path, MB)
    items = list(source)
    assert source.count() == 7
    first, second, *bad = items
    assert isinstance(first, Page) and first.key == first.location == "https://news.example.org/1"
    assert first.kind == "url" and first.said_html and first.title == "Given title"
    assert isinstance(second, Page) and second.key == f"{path}:2" and second.kind == "text"
    assert second.published == "2017-11-14" and second.data == b"A text page without a URL."
    assert all(isinstance(item, BadRecord) for item in bad)
    reasons = [item.reason for item in bad]
    assert f"{path}:4: not a page record" in reasons[0]
    assert "not an object" in reasons[1]
    assert "no 'html' or 'text'" in reasons[2]
    assert "not an http(s) URL" in reasons[3]
    assert "must be a string" in reasons[4]


def test_a_jsonl_date_is_stored_as_a_day_and_a_line_whose_date_is_no_date_is_bad(tmp_path: Path) -> None:
    path = tmp_path / "dated.jsonl"
    lines = [
        {"text": "A page dated by a timestamp.", "published": "2017-11-14T09:30:00Z"},
        {"text": "A page dated in words.", "published": "not a date"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines))
    first, second = JsonlInput(path, MB)
    assert isinstance(first, Page) and first.published == "2017-11-14"
    assert isinstance(second, BadRecord) and "'published' 'not a date' is not a date" in second.reason


def test_jsonl_keys_are_the_same_from_any_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "feed.jsonl").write_text(json.dumps({"text": "A text page without a URL."}))
    monkeypatch.chdir(tmp_path)
    (near,) = JsonlInput(Path("feeds/feed.jsonl"), MB)
    monkeypatch.chdir(tmp_path / "feeds")
    (here,) = JsonlInput(Path("feed.jsonl"), MB)
    assert near.key == here.key == f"{tmp_path / 'feeds' / 'feed.jsonl'}:1"


def test_a_jsonl_line_given_again_is_read_once_and_urls_are_keyed_as_a_url_list_keys_them(tmp_path: Path) -> None:
    page = json.dumps({"url": "HTTPS://News.Example.org:443/1#comments", "html": page_html(1)})
    other = json.dumps({"url": "https://news.example.org/1", "html": page_html(2)})  # the same URL, fetched again
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join([page, other, page, f"  {page}  ", other]) + "\n")
    source = JsonlInput(path, MB)
    assert source.count() == 2
    first, second = list(source)  # before: five pages, the same one analysed three times
    assert source.duplicates == 3
    assert isinstance(first, Page) and isinstance(second, Page)
    assert first.key == second.key == "https://news.example.org/1"  # as UrlListInput keys it
    assert first.location == "HTTPS://News.Example.org:443/1#comments"  # shown as given
    assert first.content_hash != second.content_hash  # two versions of one URL are two documents
    (no_host,) = JsonlInput(_write(tmp_path / "bad.jsonl", {"url": "https://", "text": "words"}), MB)
    assert isinstance(no_host, BadRecord) and "not an http(s) URL" in no_host.reason
    # a scraper's export may keep a space in a URL: the page is in the record, keyed by the URL as written
    (spaced,) = JsonlInput(_write(tmp_path / "spaced.jsonl", {"url": "https://x.org/my page", "text": "words"}), MB)
    assert isinstance(spaced, Page) and spaced.key == spaced.location == "https://x.org/my page"


def _write(path: Path, record: dict[str, str]) -> Path:
    path.write_text(json.dumps(record))
    return path


def test_warc_responses_are_pages_and_the_rest_is_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        warc_bytes(
            [
                ("request", "https://news.example.org/a", 0, "", b""),
                ("response", "https://news.example.org/a", 200, "text/html; charset=utf-8", page_html(1).encode()),
                ("response", "https://news.example.org/logo.png", 200, "image/png", b"\x89PNG"),
                ("response", "https://news.example.org/gone", 404, "text/html", b"<p>Not found</p>"),
                ("response", "https://news.example.org/b", 200, "text/plain", b"A plain text page."),
            ]
        )
    )
    source = WarcInput(path, MB)
    items = list(source)
    assert [item.location for item in items] == ["https://news.example.org/a", "https://news.example.org/b"]
    assert all(isinstance(item, Page) and item.key.startswith("<urn:uuid:") for item in items)
    assert items[0].said_html and items[0].content_type == "text/html; charset=utf-8" and items[0].fetched_at
    assert items[0].data == page_html(1).encode()
    assert source.ignored == 3 and source.count() is None


def test_a_damaged_warc_reports_where_and_keeps_what_came_before(tmp_path: Path) -> None:
    good = warc_bytes([("response", "https://news.example.org/a", 200, "text/html", page_html(1).encode())])
    second = warc_bytes([("response", "https://news.example.org/b", 200, "text/html", page_html(2).encode())])
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(good + second[:40] + b"\x00" * 30 + second[70:])  # a gzip member with zeros in its middle
    items = list(WarcInput(path, MB))
    assert isinstance(items[0], Page)
    assert isinstance(items[-1], BadRecord) and "unreadable from here on" in items[-1].reason
    assert items[-1].key == f"{path}@{len(good)}"


def test_a_record_whose_headers_are_damaged_ends_the_archive_with_a_bad_record(tmp_path: Path) -> None:
    # a damaged gzip member can be read as a record whose headers are compressed bytes: never skip it quietly
    good = warc_bytes([("response", "https://news.example.org/a", 200, "text/html", page_html(1).encode())])
    damaged = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: \x1f\x8b\x08]RKS\x10g\r\n"
        b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    )
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(good + gzip.compress(damaged))
    items = list(WarcInput(path, MB))
    assert isinstance(items[0], Page) and len(items) == 2
    assert isinstance(items[1], BadRecord) and "unreadable from here on" in items[1].reason
    assert items[1].key == f"{path}@{len(good)}"


def test_a_response_record_without_a_target_uri_ends_the_archive_with_a_bad_record(tmp_path: Path) -> None:
    # warcio trips over it inside its own parser (an AttributeError): the page before it still counts
    good = warc_bytes(
        [("response", "https://news.example.org/a", 200, "text/html", page_html(1).encode())], gzipped=False
    )
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>No address</p>"
    no_uri = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n"
    ) % (len(http), http)
    path = tmp_path / "no-uri.warc"
    path.write_bytes(good + no_uri)
    items = list(WarcInput(path, MB))
    assert isinstance(items[0], Page) and len(items) == 2
    assert isinstance(items[1], BadRecord) and "malformed record" in items[1].reason


def test_a_truncated_warc_gz_says_so_instead_of_ending_quietly(tmp_path: Path) -> None:
    first = warc_bytes([("response", "https://news.example.org/a", 200, "text/html", page_html(1).encode())])
    second = warc_bytes([("response", "https://news.example.org/b", 200, "text/html", page_html(2).encode())])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(first + second[: len(second) // 2])
    items = list(WarcInput(path, MB))
    assert isinstance(items[0], Page) and len(items) == 2
    assert isinstance(items[1], BadRecord) and "truncated" in items[1].reason
    assert items[1].key == f"{path}@{len(first)}"
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(first + second)
    assert all(isinstance(item, Page) for item in WarcInput(whole, MB))


def test_a_plain_warc_cut_inside_a_page_reports_the_page_instead_of_storing_it_cut(tmp_path: Path) -> None:
    # warcio gives the bytes that are there without an error: the page was stored with half its text (review33)
    first = warc_bytes(
        [("response", "https://news.example.org/a", 200, "text/html", page_html(1).encode())], gzipped=False
    )
    second = warc_bytes(
        [("response", "https://news.example.org/b", 200, "text/html", page_html(2).encode())], gzipped=False
    )
    path = tmp_path / "cut.warc"
    path.write_bytes(first + second[: len(second) - 40])
    items = list(WarcInput(path, MB))
    assert isinstance(items[0], Page) and len(items) == 2
    assert (
        isinstance(items[1], BadRecord)
        and "the archive ends inside this record (36 bytes missing" in items[1].reason  # 4 of the 40: the record end
    )
    whole = tmp_path / "whole.warc"
    whole.write_bytes(first + second)
    assert [isinstance(item, Page) for item in WarcInput(whole, MB)] == [True, True]


def test_url_lists_skip_comments_and_report_lines_that_are_no_urls(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("# a crawl\nhttps://news.example.org/a\n\nnot a url\nfile:///etc/passwd\nhttp://b.example.org/x\n")
    source = UrlListInput(path)
    items = list(source)
    assert source.count() == 4
    assert [item.key for item in items if isinstance(item, Page)] == [
        "https://news.example.org/a",
        "http://b.example.org/x",
    ]
    assert all(page.data is None for page in items if isinstance(page, Page))
    assert [item.key for item in items if isinstance(item, BadRecord)] == [f"{path}:4", f"{path}:5"]


def test_a_url_listed_again_is_read_once_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    listed = [
        "https://news.example.org/a",
        "HTTPS://News.Example.org:443/a#comments",  # the same request
        "https://news.example.org/a?page=2",  # another page
        "http://news.example.org",
        "http://news.example.org:80/",
        "https://news.example.org/A",  # paths are case-sensitive
        "https://news.example.org/a",
    ]
    path.write_text("\n".join(listed) + "\n")
    source = UrlListInput(path)
    assert source.count() == 4
    pages = list(source)
    assert [page.key for page in pages] == [
        "https://news.example.org/a",
        "https://news.example.org/a?page=2",
        "http://news.example.org/",
        "https://news.example.org/A",
    ]
    assert all(isinstance(page, Page) and page.location == page.key for page in pages)
    assert source.duplicates == 3
    assert list(source) == pages and source.duplicates == 3  # read again: counted again, not added up


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://User:Pw@Example.ORG:8443/x?q=A#f", "https://User:Pw@example.org:8443/x?q=A"),
        ("http://[::1]:80/p", "http://[::1]/p"),
        ("https://example.org:99999999/", "https://example.org:99999999/"),
        ("http://[::1/", None),
        ("ftp://example.org/", None),
        ("https:///path", None),
        ("https://exa mple.org/", None),
    ],
)
def test_url_keys_ignore_what_does_not_change_the_request(url: str, key: str | None) -> None:
    assert url_key(url) == key


@pytest.mark.parametrize(
    ("name", "needle"),
    [("missing", "no such file or directory"), ("notes.pdf", "not a batch input")],
)
def test_open_inputs_refuses_what_it_cannot_read(tmp_path: Path, name: str, needle: str) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=needle):
        open_inputs([str(tmp_path / name)], max_bytes=MB)
    with pytest.raises(InputError, match="nothing to analyse"):
        open_inputs([], max_bytes=MB)
    with pytest.raises(InputError, match="no such URL list"):
        open_inputs([], urls=str(tmp_path / "none.txt"), max_bytes=MB)


def test_document_ids_depend_on_source_and_bytes() -> None:
    assert document_id("/a.html", "0" * 64) == document_id("/a.html", "0" * 64)
    assert document_id("/a.html", "0" * 64) != document_id("/b.html", "0" * 64)
    assert document_id("/a.html", "0" * 64) != document_id("/a.html", "1" * 64)
    assert len(document_id("k", "h")) == 16
