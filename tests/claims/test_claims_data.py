"""The CheckThat-format reader used by the train and bench scripts."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sift.claims.data import available_languages, read_split
from sift.errors import InputError


def test_reads_plain_and_gzipped_splits(tmp_path: Path) -> None:
    (tmp_path / "en-dev.tsv").write_text("id\ttext\tlabel\tlang\n1\tTaxes rose 5%.\tYes\ten\n2\tHello.\tNo\ten\n")
    with gzip.open(tmp_path / "fr-dev.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write("id\ttext\tlabel\tlang\n7\tLe chômage a baissé.\tYes\tfr\n")
    assert available_languages(tmp_path, "dev") == ["en", "fr"]
    split = read_split(tmp_path, "en", "dev")
    assert split.texts == ("Taxes rose 5%.", "Hello.") and split.labels == (True, False)
    assert read_split(tmp_path, "fr", "dev").ids == ("7",)


def test_missing_and_malformed_files_raise(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no de-test"):
        read_split(tmp_path, "de", "test")
    (tmp_path / "en-test.tsv").write_text("id\ttext\tlabel\tlang\n1\tonly two\n")
    with pytest.raises(InputError, match="4 TAB-separated"):
        read_split(tmp_path, "en", "test")


@pytest.mark.shared_data
def test_shared_checkthat_counts(shared_data: Path) -> None:
    folder = shared_data / "checkworthiness" / "checkthat2024-t1"
    if not folder.is_dir():
        pytest.skip(f"{folder} absent")
    split = read_split(folder, "en", "dev-test")
    assert len(split.texts) == 318 and sum(split.labels) == 108
    assert available_languages(folder, "train") == ["ar", "en", "nl"]
