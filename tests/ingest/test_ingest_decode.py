"""decode_bytes and sniffing on hand-made bytes: BOMs, declarations, legacy code pages, binaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from sift.ingest.decode import declared_charset, decode_bytes, normalise_newlines
from sift.ingest.sniff import binary_kind, control_share, sniff_media_type

FRENCH = "Le ministère a précisé que « l’opération » était terminée, a déclaré le porte-parole."
GERMAN = "Das Verteidigungsministerium erklärte, die Aufnahmen zeigten Konvois außerhalb der Stadt."
POLISH = "Rosyjskie ministerstwo obrony opublikowało zdjęcia, które mają dowodzić, że Stany Zjednoczone kłamią."
RUSSIAN = (
    "Министерство обороны России заявило, что получило доказательства поддержки террористов. "
    "Однако снимки оказались кадрами из компьютерной игры, а видео было снято в Ираке в 2016 году."
)
JAPANESE = "ロシア国防省は、米国主導の連合がシリアのテロ組織を支援している証拠を入手したと発表した。"


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (FRENCH, "cp1252", "cp1252"),
        (GERMAN, "latin-1", "cp1252"),
        ("Café crème", "latin-1", "cp1252"),
        (POLISH, "cp1250", "cp1250"),
        (RUSSIAN, "cp1251", "cp1251"),
        (RUSSIAN, "koi8-r", "koi8_r"),
        (JAPANESE, "shift_jis", "cp932"),
        (FRENCH, "utf-8", "utf-8"),
        (FRENCH, "utf-16-le", "utf-16-le"),
        (GERMAN, "utf-16-be", "utf-16-be"),
    ],
)
def test_undeclared_encodings(text: str, codec: str, expected: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == expected


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_wins_and_is_removed(codec: str) -> None:
    decoded = decode_bytes(('<meta charset="iso-8859-1">' + RUSSIAN).encode(codec))
    assert decoded.text == '<meta charset="iso-8859-1">' + RUSSIAN
    assert decoded.encoding == codec.removesuffix("-sig")


def test_declared_meta_charset() -> None:
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    assert decode_bytes((html + RUSSIAN).encode("cp1251")).text.endswith(RUSSIAN)
    assert decode_bytes(f"<meta charset='koi8-r'><p>{RUSSIAN}".encode("koi8-r")).encoding == "koi8-r"


def test_declared_header_charset_first() -> None:
    data = f"<meta charset='utf-8'><p>{RUSSIAN}".encode("cp1251")
    decoded = decode_bytes(data, content_type="text/html; charset=cp1251")
    assert decoded.encoding == "cp1251" and decoded.text.endswith(RUSSIAN)


def test_latin1_label_means_cp1252() -> None:
    decoded = decode_bytes('<meta charset="ISO-8859-1"><p>5 € – “quoted”'.encode("cp1252"))
    assert decoded.text.endswith("5 € – “quoted”")
    assert decoded.encoding == "cp1252"


def test_valid_utf8_beats_a_wrong_legacy_label() -> None:
    decoded = decode_bytes(f'<meta charset="iso-8859-1"><p>{FRENCH}'.encode())
    assert decoded.encoding == "utf-8" and decoded.text.endswith(FRENCH)


def test_utf8_label_on_latin1_bytes() -> None:
    decoded = decode_bytes(f'<meta charset="utf-8"><p>{FRENCH}'.encode("cp1252"))
    assert decoded.text.endswith(FRENCH)


def test_unknown_and_utf16_labels_are_ignored() -> None:
    assert declared_charset(b'<meta charset="no-such-charset">') is None
    assert declared_charset(b'<meta charset="utf-16">') is None
    assert declared_charset(b"<p>", "text/html; charset=x-unknown") is None
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-15"?><p>') == "iso8859-15"


def test_mostly_utf8_keeps_good_text() -> None:
    decoded = decode_bytes(FRENCH.encode() + b" \xff\xfe\x80 " + GERMAN.encode())
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith(FRENCH) and decoded.text.endswith(GERMAN)
    assert decoded.text.count("\ufffd") == 3


def test_no_evidence_falls_back_to_cp1252() -> None:
    assert decode_bytes(b"Price: 5 \x80 only").text == "Price: 5 € only"


def test_never_raises_on_random_bytes() -> None:
    data = bytes((i * 7919 + 13) % 256 for i in range(5000))
    assert isinstance(decode_bytes(data).text, str)


def test_normalise_newlines() -> None:
    assert normalise_newlines("a\r\nb\rc\nd") == "a\nb\nc\nd"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n....", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a....", "a GIF image"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"\x00\x00\x00\x18ftypmp42", "an MP4/MOV/HEIC media file"),
        (b"<html>", None),
        (b"\xff\xfe<\x00h\x00", None),
    ],
)
def test_binary_kind(head: bytes, kind: str | None) -> None:
    assert binary_kind(head) == kind


def test_control_share() -> None:
    assert control_share("plain text\twith tabs\nand newlines\x0c\x0b") == 0
    assert control_share("a\x00b\x01") == 0.5
    assert control_share("") == 0


@pytest.mark.parametrize(
    ("text", "said_html", "media_type"),
    [
        ("<!DOCTYPE html><html>", False, "text/html"),
        ("\n\n  <html lang=en>", False, "text/html"),
        ('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', False, "text/html"),
        ("<div class=post><p>Hello</p></div>", False, "text/html"),
        ("<p>Short fragment", False, "text/html"),
        ("Tuesday, November 14, 2017\n\nRussia: US Directly Supports ISIL", False, "text/plain"),
        ("Temperatures < 5 degrees and a<b comparisons", True, "text/plain"),
        ("Plain intro\n" * 200 + "<br>", True, "text/html"),
        ("Plain intro\n" * 200 + "<br>", False, "text/plain"),
        # issue 17: prose quoting a tag pair is text (read as HTML it was refused as "not readable HTML")
        ("A reader wrote <script>alert(1)</script> in the comments, officials said.", False, "text/plain"),
        ("Intro line <p>First</p><p>Second</p> and more", False, "text/html"),
        ("\ufeff<p>Short fragment after a byte-order mark", False, "text/html"),
    ],
)
def test_sniff_media_type(text: str, said_html: bool, media_type: str) -> None:
    assert sniff_media_type(text, said_html=said_html) == media_type


def test_plain_text_quoting_a_script_tag_is_analysed_as_text(tmp_path: Path) -> None:
    from sift.workbench import Workbench

    path = tmp_path / "note.txt"
    path.write_text(
        "The ministry said on Monday that the bridge was closed. "
        "A reader wrote <script>alert(1)</script> in the comments, officials said.\n",
        encoding="utf-8",
    )
    doc = Workbench(stages=("extract",)).check(str(path))
    assert doc.source.media_type == "text/plain"
    assert "<script>alert(1)</script>" in doc.blocks[0].text
