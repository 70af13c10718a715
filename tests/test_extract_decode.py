"""Charset rules: bytes are decoded as a browser would (WHATWG), umlauts and quotes intact."""

import codecs

import pytest

from pipeline.extract import ExtractionError, extract_page
from pipeline.extract.decode import MAX_PAGE_BYTES, decode_html, web_codec
from pipeline.rules import default_rules

SITES = default_rules().sites  # the project's sources' publishing systems

TITLE = "Größere Spielplätze für „Kinder“ – Köln"


def page(charset_meta: str = "", body: str = TITLE) -> str:
    return (f"<html><head>{charset_meta}<title>{body} | Stadt</title></head>"
            f"<body><h1>{body}</h1></body></html>")


@pytest.mark.parametrize("meta", [
    '<meta charset="iso-8859-1">',
    '<meta charset="latin1">',
    '<meta charset="ascii">',
    '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    '<meta charset="windows-1252">',
])
def test_latin1_labels_mean_windows_1252(meta):
    raw = page(meta).encode("cp1252")
    assert TITLE in decode_html(raw)


def test_utf8_bom_wins_over_meta_declaration():
    raw = codecs.BOM_UTF8 + page('<meta charset="windows-1252">').encode("utf-8")
    assert TITLE in decode_html(raw)


def test_utf16_bom_decodes_without_declaration():
    raw = codecs.BOM_UTF16_LE + page().encode("utf-16-le")
    assert TITLE in decode_html(raw)


def test_http_header_wins_over_meta_declaration():
    raw = page('<meta charset="utf-8">').encode("cp1252")
    text = decode_html(raw, {"Content-Type": "text/html; charset=ISO-8859-1"})
    assert TITLE in text


def test_meta_declaration_used_without_header():
    raw = page('<meta charset="windows-1252">').encode("cp1252")
    assert TITLE in decode_html(raw, {"Content-Type": "text/html"})


@pytest.mark.parametrize("meta", ['<meta charset="no-such-charset">', ""])
def test_unknown_or_missing_label_falls_back_to_sniffing_cp1252(meta):
    raw = page(meta).encode("cp1252")
    assert TITLE in decode_html(raw)


@pytest.mark.parametrize("meta", ['<meta charset="no-such-charset">', ""])
def test_unknown_or_missing_label_falls_back_to_sniffing_utf8(meta):
    raw = page(meta).encode("utf-8")
    assert TITLE in decode_html(raw)


def test_page_resaved_as_utf8_keeps_its_text_despite_old_latin1_declaration():
    raw = page('<meta charset="iso-8859-1">').encode("utf-8")
    assert TITLE in decode_html(raw)


def test_meta_declaring_utf16_is_read_as_utf8():
    raw = page('<meta charset="utf-16">').encode("utf-8")
    assert TITLE in decode_html(raw)


def test_decomposed_umlauts_come_out_composed():
    raw = page(body="Mu\u0308nster").encode("utf-8")
    assert "Münster" in decode_html(raw)


def test_extract_page_title_from_windows_1252_page():
    raw = page('<meta charset="iso-8859-1">').encode("cp1252")
    assert extract_page(raw, "https://example.org/a", sites=SITES)["title"] == TITLE


@pytest.mark.parametrize("raw, message", [
    (b"", "the page is empty"),
    (b"  \n\t ", "the page is empty"),
    (bytes(range(256)) * 40, "the page is binary data, not HTML"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 50,
     "the page is binary data, not HTML"),
])
def test_empty_or_binary_input_raises_extraction_error(raw, message):
    with pytest.raises(ExtractionError) as info:
        extract_page(raw, "https://example.org/a", sites=SITES)
    assert str(info.value) == message


@pytest.mark.parametrize("label", ["punycode", "idna", "utf-7", "rot13", "unicode_escape"])
def test_python_codecs_that_are_no_web_charset_are_ignored(label):
    raw = page(body="Größere Spielplätze").encode("utf-8")

    text = decode_html(raw, {"Content-Type": f"text/html; charset={label}"})

    assert "Größere Spielplätze" in text


def test_meta_declaring_punycode_is_ignored():
    raw = page('<meta charset="punycode">').encode("cp1252")
    assert TITLE in decode_html(raw)


@pytest.mark.parametrize(("label", "codec"), [
    ("ISO-8859-1", "cp1252"), ("latin1", "cp1252"), ("us-ascii", "cp1252"),
    ("Shift_JIS", "cp932"), ("utf-16", "utf-16-le"), ("windows-1250", "cp1250"),
    ("punycode", None), ("x-no-such", None), (None, None),
])
def test_web_codec_follows_the_whatwg_labels(label, codec):
    assert web_codec(label) == codec


def test_a_page_over_the_size_bound_is_refused():
    raw = page(body="x" * MAX_PAGE_BYTES).encode("utf-8")

    with pytest.raises(ExtractionError, match=r"more than the 33,554,432 read as HTML"):
        decode_html(raw, {"Content-Type": "text/html; charset=punycode"})


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_page_cut_off_right_after_a_meta_tags_name_is_sniffed(encoding):
    # (round 51) w3lib 2.6's meta reader panics on a body that ends right after "<meta" (a
    # download cut off) before any declaration; such a page declares nothing
    raw = '<html lang="de"><head><title>Grüße aus Kempen</title><meta'.encode(encoding)
    assert "Grüße aus Kempen" in decode_html(raw)
