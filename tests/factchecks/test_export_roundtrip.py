"""Export writes valid ClaimReview JSON-LD / JSONL, and export → import gives back identical records."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sift.factchecks.export import claimreview_node, write_claimreview_feed, write_factchecks, write_jsonl
from sift.factchecks.record import FactCheck
from sift.sample import load_sample, sample_path
from sift.store import Store, open_store
from sift.store.imports import import_path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "source.db")) as store:
        for name in ("claimreview-jsonld.html", "datafeed.json", "claims-search.json", "factchecks.csv"):
            import_path(store, FIXTURES / name)
        load_sample(store)
        yield store


def records_of(store: Store) -> list[FactCheck]:
    return sorted((record for _, record in store.iter_factchecks()), key=lambda record: record.id)


@pytest.mark.parametrize("format", ["claimreview", "jsonl"])
def test_export_then_import_gives_identical_records(filled: Store, tmp_path: Path, format: str) -> None:
    out = tmp_path / f"export.{format}"
    with out.open("w", encoding="utf-8") as handle:
        count = write_factchecks((record for _, record in filled.iter_factchecks()), handle, format)
    assert count == filled.count_factchecks() > 55
    with open_store(str(tmp_path / "fresh.db")) as fresh:
        summary = import_path(fresh, out)
        assert (summary.imported, summary.duplicate, summary.rejected) == (count, 0, 0)
        assert records_of(fresh) == records_of(filled)


def test_claimreview_feed_shape(filled: Store) -> None:
    buffer = io.StringIO()
    write_claimreview_feed((record for _, record in filled.iter_factchecks()), buffer)
    feed = json.loads(buffer.getvalue())
    assert (feed["@context"], feed["@type"]) == ("https://schema.org", "DataFeed")
    for element in feed["dataFeedElement"]:
        assert element["@type"] == "DataFeedItem"
        (review,) = element["item"]
        assert review["@type"] == "ClaimReview"
        assert review["url"].startswith("http") and review["claimReviewed"]
        assert review["author"]["@type"] == "Organization" and review["author"]["name"]
        assert review["reviewRating"]["@type"] == "Rating"
        assert "alternateName" in review["reviewRating"]


def test_claimreview_node_fields() -> None:
    record = FactCheck(
        claim="The convoy left Albu Kamal under US protection",
        review_url="https://checks.example.org/1",
        publisher_name="Example Checks",
        rating="Mostly false",
        verdict="mostly-false",
        language="en",
        claimant="Ministry",
        claim_date="2017-11-14",
        publisher_site="https://checks.example.org",
        review_date="2017-11-15",
        title="Headline",
        image_urls=["https://img.example.org/a.jpg"],
        video_urls=["https://video.example.org/v"],
    )
    assert claimreview_node(record) == {
        "@type": "ClaimReview",
        "url": "https://checks.example.org/1",
        "claimReviewed": "The convoy left Albu Kamal under US protection",
        "headline": "Headline",
        "datePublished": "2017-11-15",
        "inLanguage": "en",
        "author": {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example.org"},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Ministry"},
            "datePublished": "2017-11-14",
            "appearance": [
                {"@type": "ImageObject", "contentUrl": "https://img.example.org/a.jpg"},
                {"@type": "VideoObject", "contentUrl": "https://video.example.org/v"},
            ],
        },
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "Mostly false",
            "ratingValue": 2,
            "bestRating": 5,
            "worstRating": 1,
        },
    }


def test_jsonl_is_the_sample_format() -> None:
    first = json.loads(sample_path().read_text(encoding="utf-8").splitlines()[0])
    buffer = io.StringIO()
    write_jsonl([FactCheck.from_dict(first)], buffer)
    assert set(json.loads(buffer.getvalue())) == set(FactCheck.__dataclass_fields__)


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        write_factchecks([], io.StringIO(), "xml")
