"""Checks the bundled sample fact-check store: shape, types, dates, coverage, no duplicates."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from sift.factchecks.importers.records import build_factcheck
from sift.factchecks.record import VERDICTS, FactCheck

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "sift" / "resources" / "factchecks-sample.jsonl"
SOURCE_NOTE = SAMPLE.with_name("SOURCE-factchecks-sample.md")

#: Every line carries exactly these keys; ``id`` is left out because FactCheck computes it.
FIELDS: dict[str, type | tuple[type, ...]] = {
    "claim": str,
    "claimant": (str, type(None)),
    "claim_date": (str, type(None)),
    "language": str,
    "review_url": str,
    "publisher_name": str,
    "publisher_site": str,
    "review_date": (str, type(None)),
    "title": str,
    "rating": str,
    "verdict": str,
    "image_urls": list,
    "video_urls": list,
}


def _records() -> list[dict[str, Any]]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return _records()


def _is_iso_date(value: str) -> bool:
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10 and dt.date(2000, 1, 1) <= parsed <= dt.date(2025, 12, 31)


def test_every_line_is_a_json_object() -> None:
    for number, line in enumerate(SAMPLE.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"blank line {number}"
        assert isinstance(json.loads(line), dict), f"line {number} is not an object"


def test_fields_are_exactly_the_factcheck_fields_with_right_types(records: list[dict[str, Any]]) -> None:
    assert set(FIELDS) == set(FactCheck.__dataclass_fields__) - {"id"}
    for record in records:
        assert set(record) == set(FIELDS), record.get("review_url")
        for name, kind in FIELDS.items():
            assert isinstance(record[name], kind), (name, record["review_url"])
        for name in ("claim", "language", "review_url", "publisher_name", "publisher_site", "title", "rating"):
            assert record[name].strip() == record[name] and record[name], (name, record["review_url"])
        assert all(isinstance(url, str) for url in record["image_urls"] + record["video_urls"])


def test_records_load_as_factchecks_with_stable_ids(records: list[dict[str, Any]]) -> None:
    ids = {FactCheck.from_dict(record).id for record in records}
    assert len(ids) == len(records)


def test_records_pass_the_importer_gate_unchanged(records: list[dict[str, Any]]) -> None:
    for record in records:
        built = build_factcheck(**record).to_dict()
        built.pop("id")
        assert built == record, record["review_url"]


def test_verdicts_are_normalised(records: list[dict[str, Any]]) -> None:
    assert {record["verdict"] for record in records} <= set(VERDICTS)


def test_dates_are_valid_and_claims_precede_reviews(records: list[dict[str, Any]]) -> None:
    for record in records:
        for name in ("claim_date", "review_date"):
            if record[name] is not None:
                assert _is_iso_date(record[name]), (name, record["review_url"])
        if record["claim_date"] and record["review_date"]:
            assert record["claim_date"] <= record["review_date"], record["review_url"]
    undated = sum(record["review_date"] is None for record in records)
    assert undated * 10 <= len(records), "at most a tenth of the reviews may lack a publication date"


def test_enough_records_in_enough_languages(records: list[dict[str, Any]]) -> None:
    assert len(records) >= 40
    languages = {record["language"] for record in records}
    assert {"en", "fr", "de"} <= languages
    assert all(len(language) == 2 and language.islower() for language in languages)


def test_urls_are_http_with_a_host_matching_the_publisher_site(records: list[dict[str, Any]]) -> None:
    for record in records:
        for url in [record["review_url"], *record["image_urls"], *record["video_urls"]]:
            parsed = urlparse(url)
            assert parsed.scheme in {"http", "https"} and parsed.hostname, url
            assert " " not in url, url
        host = urlparse(record["review_url"]).hostname or ""
        site = record["publisher_site"]
        assert host == site or host.endswith("." + site), (host, site)


def test_no_duplicate_review_url_and_claim(records: list[dict[str, Any]]) -> None:
    keys = [(record["review_url"], " ".join(record["claim"].split())) for record in records]
    assert len(keys) == len(set(keys))


def test_albu_kamal_debunk_is_covered_in_several_languages(records: list[dict[str, Any]]) -> None:
    def text(record: dict[str, Any]) -> str:
        return " ".join([record["claim"], record["title"], record["rating"]])

    albu_kamal = [r for r in records if any(name in text(r) for name in ("Albu Kamal", "Abu Kamal", "Abu-Kamal"))]
    assert any("AC-130" in text(record) for record in albu_kamal)
    game = [r for r in records if "AC-130" in text(r) or "Albu Kamal" in text(r) or "Abu Kamal" in text(r)]
    assert {"en", "fr", "de"} <= {record["language"] for record in game}


def test_source_note_lists_every_review_url(records: list[dict[str, Any]]) -> None:
    note = SOURCE_NOTE.read_text(encoding="utf-8")
    missing = [record["review_url"] for record in records if record["review_url"] not in note]
    assert not missing, missing
