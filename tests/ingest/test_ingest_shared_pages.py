"""Every real page of the shared extraction set loads as UTF-8 HTML (the benchmark's input, as a floor)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sift.ingest import load

PAGES = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "extraction" / "scrapinghub" / "html"


@pytest.mark.shared_data
def test_scrapinghub_pages_load_as_utf8_html() -> None:
    if not PAGES.is_dir():
        pytest.skip(f"shared data not found at {PAGES.resolve()}")
    files = sorted(PAGES.glob("*.html.gz"))
    assert len(files) == 181
    docs = [load(str(path), kind="file") for path in files]
    assert all(doc.source.media_type == "text/html" for doc in docs)
    assert all(doc.source.encoding == "utf-8" for doc in docs)
    for path, doc in zip(files, docs, strict=True):
        assert doc.raw == gzip.decompress(path.read_bytes()).decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    assert len({doc.id for doc in docs}) == len(docs)
