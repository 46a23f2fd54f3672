"""Each supported fact-check format, recognised by content, lands in the store with the right fields."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from sift.factchecks.importers import sniff_format
from sift.factchecks.record import FactCheck
from sift.store import Store, open_store
from sift.store.imports import import_path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MOD_CLAIM = (
    "Images published by the Russian Defence Ministry show US forces helping an Islamic State convoy leave Albu Kamal."
)
MOD_REVIEW = "https://checks.example.org/2017/11/14/mod-evidence-video-game"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "sift.db")) as opened:
        yield opened


def stored(store: Store) -> dict[str, FactCheck]:
    return {fc.review_url: fc for _, fc in store.iter_factchecks()}


def test_json_ld_in_article_html(store: Store) -> None:
    summary = import_path(store, FIXTURES / "claimreview-jsonld.html")
    assert (summary.imported, summary.duplicate, summary.rejected) == (1, 0, 0)
    fc = stored(store)[MOD_REVIEW]
    assert fc == FactCheck(
        claim=MOD_CLAIM,
        review_url=MOD_REVIEW,
        publisher_name="Example Checks",
        rating="False",
        verdict="false",
        language="en",
        claimant="Russian Defence Ministry",
        claim_date="2017-11-14",
        publisher_site="https://checks.example.org",
        review_date="2017-11-14",
        title="No, the ministry's 'irrefutable evidence' is a still from a video game",
        image_urls=["https://social.example.com/mod/images/convoy.jpg"],
    )


def test_microdata_uses_canonical_url_when_the_review_has_none(store: Store) -> None:
    summary = import_path(store, FIXTURES / "claimreview-microdata.html")
    assert summary.imported == 1
    fc = stored(store)["https://verif.example.fr/2017/11/15/convoi-albu-kamal"]
    assert (fc.rating, fc.verdict, fc.language) == ("Faux", "false", "fr")
    assert (fc.publisher_name, fc.claimant) == ("Vérif Exemple", "Ministère russe de la Défense")
    assert fc.claim.startswith("Des images du ministère russe")


def test_rdfa(store: Store) -> None:
    assert import_path(store, FIXTURES / "claimreview-rdfa.html").imported == 1
    fc = stored(store)["https://pruefer.example.de/faktencheck/albu-kamal"]
    assert (fc.publisher_name, fc.rating, fc.verdict, fc.language) == ("Prüfer Beispiel", "Falsch", "false", "de")
    assert fc.claimant == "Russisches Verteidigungsministerium"


def test_datacommons_datafeed(store: Store) -> None:
    summary = import_path(store, FIXTURES / "datafeed.json")
    assert (summary.imported, summary.rejected) == (3, 2)
    assert summary.reasons == [
        f"{FIXTURES / 'datafeed.json'} element 3: ClaimReview 1: missing review URL",
        f"{FIXTURES / 'datafeed.json'} element 4: no ClaimReview in this element",
    ]
    records = stored(store)
    assert records["https://verifica.example.es/bulos/2017/11/convoy"].verdict == "mostly-false"
    numeric = records["https://verifica.example.es/bulos/2017/11/juego"]
    assert (numeric.rating, numeric.verdict) == ("1/5", "false")


def test_a_date_that_is_no_date_rejects_the_row_and_says_which(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text(
        "claim,review_url,publisher_name,rating,claim_date,review_date\n"
        "A bridge fell,https://fc.example.org/1,Example Checks,False,yesterday,2020-05-02\n"
        'A tower rusted,https://fc.example.org/2,Example Checks,False,"May 1, 2020",2020-05-02T09:30:00+02:00\n',
        encoding="utf-8",
    )
    summary = import_path(store, path)
    assert (summary.imported, summary.rejected) == (1, 1)
    assert "claim date 'yesterday' is not a date" in summary.reasons[0]
    kept = stored(store)["https://fc.example.org/2"]
    assert (kept.claim_date, kept.review_date) == ("2020-05-01", "2020-05-02")


def test_claims_search_response(store: Store) -> None:
    summary = import_path(store, FIXTURES / "claims-search.json")
    assert (summary.imported, summary.rejected) == (3, 2)
    assert "claim 2: claimReview 2: missing publisher name" in summary.reasons[0]
    assert "claim 3: claim has no claimReview list" in summary.reasons[1]
    pt = stored(store)["https://verificador.example.pt/2017/11/comboio"]
    assert (pt.language, pt.verdict, pt.publisher_site) == ("pt", "true", "verificador.example.pt")
    it = stored(store)["https://verita.example.it/2017/11/albu-kamal"]
    assert (it.claimant, it.claim_date, it.title) == (
        "Russian Ministry of Defence",
        "2017-11-14",  # the API's timestamp "2017-11-14T00:00:00Z" is stored as its day
        "Le prove del ministero russo? Un videogioco",
    )


def test_csv(store: Store) -> None:
    summary = import_path(store, FIXTURES / "factchecks.csv")
    assert (summary.imported, summary.rejected) == (2, 2)
    assert summary.reasons[0].endswith("factchecks.csv line 4: missing claim text")
    assert "line 5: review URL 'checks.example.org/no-scheme' is not an http(s) URL" in summary.reasons[1]
    fc = stored(store)[MOD_REVIEW]
    assert fc.image_urls == [
        "https://social.example.com/mod/images/convoy.jpg",
        "https://social.example.com/mod/images/2.jpg",
    ]
    assert fc.title == 'No, the ministry\'s "irrefutable evidence" is a still from a video game'
    assert stored(store)["https://pruefer.example.de/faktencheck/albu-kamal"].verdict == "mostly-false"


def test_jsonl_with_factcheck_and_claimreview_lines(store: Store) -> None:
    summary = import_path(store, FIXTURES / "factchecks.jsonl")
    assert (summary.imported, summary.rejected) == (3, 4)
    reasons = [reason.split("factchecks.jsonl ", 1)[1] for reason in summary.reasons]
    assert reasons == [
        "line 5: missing publisher name",
        "line 6: malformed JSON (Expecting value at character 43)",
        "line 7: expected a JSON object, got list",
        "line 8: unknown verdict 'pants' (use one of false, mostly-false, mixed, mostly-true, true, unproven, other)",
    ]
    records = stored(store)
    assert records["https://verif.example.fr/2017/11/15/convoi-albu-kamal"].verdict == "true"
    assert records["https://pruefer.example.de/faktencheck/albu-kamal"].rating == "Falsch"


def test_format_is_sniffed_from_content_not_suffix(store: Store, tmp_path: Path) -> None:
    disguised = tmp_path / "feed.csv"
    shutil.copy(FIXTURES / "datafeed.json", disguised)
    assert import_path(store, disguised).imported == 3
    assert sniff_format(b"\xef\xbb\xbf  <!doctype html>", "x") == "html"
    assert sniff_format(b'{"a": 1}\n{"b": 2}\n', "x") == "jsonl"
    assert sniff_format(b'{\n "dataFeedElement": []\n}', "x") == "json"
    assert sniff_format(b'[{"@type": "ClaimReview"}]', "x") == "json-array"
    assert sniff_format(b"claim,review_url,publisher_name\n", "x") == "csv"


def test_top_level_array_of_claimreviews(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "reviews.json"
    path.write_text(
        '[{"@type": "ClaimReview", "url": "https://a.example.org/1", "claimReviewed": "Claim one",'
        ' "author": {"name": "A"}, "reviewRating": {"alternateName": "Mostly true"}},'
        ' {"@type": "schema:WebPage"}]'
    )
    summary = import_path(store, path)
    assert (summary.imported, summary.rejected) == (1, 1)
    assert store.search_factchecks("claim one")[0].verdict == "mostly-true"


def test_one_record_jsonl_and_arrays_of_records(store: Store, tmp_path: Path) -> None:
    record = {"claim": "Claim one", "review_url": "https://a.example.org/1", "publisher_name": "A", "rating": "Faux"}
    single = tmp_path / "one.jsonl"
    single.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert import_path(store, single).imported == 1
    array = tmp_path / "many.json"
    array.write_text(
        json.dumps([{**record, "review_url": "https://a.example.org/2"}, {"claim": "x", "review_url": ""}])
    )
    summary = import_path(store, array)
    assert (summary.imported, summary.rejected) == (1, 1)
    assert summary.reasons[0].endswith("many.json item 2: missing review URL")
    assert {fc.verdict for fc in store.search_factchecks("claim one")} == {"false"}


def test_label_names_the_source_in_summary_and_reasons(store: Store) -> None:
    summary = import_path(store, FIXTURES / "datafeed.json", label="upload.json")
    assert summary.source == "upload.json"
    assert summary.reasons[0].startswith("upload.json element 3: ")
