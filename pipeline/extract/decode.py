"""Bytes to text the way browsers do it (WHATWG encoding sniffing)."""

import codecs
import unicodedata
from collections.abc import Mapping

import webencodings
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
)


class ExtractionError(ValueError):
    """The page cannot be read as HTML: empty, binary or undecodable bytes."""


# A meta tag cannot truthfully declare a UTF-16/32 encoding: the tag itself was read as ASCII
# (WHATWG prescan: such a declaration means UTF-8).
_WIDE = ("utf-16", "utf-32")
_SNIFF_BYTES = 8192
# Labels (as w3lib normalises them) under which valid multi-byte UTF-8 is a mislabelled page.
_SINGLE_BYTE = ("cp1252", "latin_1", "iso8859-15", "iso8859_15", "ascii")
# Scrapy's DOWNLOAD_WARNSIZE: larger pages are no news item (some inline 20 MB of script, which
# still passes); the bound keeps one hostile page from holding a worker.
MAX_PAGE_BYTES = 32 * 1024 * 1024


def _python_codec(label: str) -> str | None:
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# Python's codec for each WHATWG label -> the codec a browser uses for it ("iso-8859-1" is read
# as windows-1252). Only these decode a page: Python knows many more (punycode, idna, utf-7...),
# some quadratic, none of them a web charset.
WEB_CODECS = {
    _python_codec(label): _python_codec(webencodings.lookup(label).codec_info.name)
    for label in webencodings.LABELS
    if _python_codec(label) and _python_codec(webencodings.lookup(label).codec_info.name)
}


def web_codec(label: str | None) -> str | None:
    """The Python codec a browser decodes a page labelled `label` with; None if no web charset."""
    return WEB_CODECS.get(_python_codec(label)) if label else None


def decode_html(raw: bytes, headers: Mapping[str, str] | None = None) -> str:
    """Decode raw page bytes: BOM, then HTTP charset, then meta/XML declaration, then sniffing.

    Labels that are no web charset are ignored, as browsers do.
    """
    _check_size(raw)
    encoding, bom = read_bom(raw)
    if encoding:
        return _decode(raw[len(bom):], encoding)
    encoding = web_codec(http_content_type_encoding(_content_type(headers)))
    if encoding:
        return _decode(raw, _unless_contradicted(raw, encoding))
    return _decode(raw, _declared_or_sniffed(raw))


def _unless_contradicted(raw: bytes, label: str) -> str:
    """The HTTP label, unless the bytes prove it wrong (servers are misconfigured more often
    than pages): valid multi-byte UTF-8 is UTF-8 whatever the label says, and bytes that are not
    UTF-8 under a UTF-8 label fall back to the page's own declaration or windows-1252."""
    if label == "utf-8" and not _is_utf8(raw):
        fallback = _declared_or_sniffed(raw)
        return fallback if fallback != "utf-8" else "cp1252"
    if label in _SINGLE_BYTE and _is_multibyte_utf8(raw):
        return "utf-8"
    return label


def _content_type(headers: Mapping[str, str] | None) -> str | None:
    for name, value in (headers or {}).items():
        if name.lower() == "content-type":
            return value.decode("latin-1") if isinstance(value, bytes) else value
    return None


def _declared_or_sniffed(raw: bytes) -> str:
    declared = web_codec(_body_declared_encoding(raw))
    if declared and declared.startswith(_WIDE):
        declared = "utf-8"
    if declared and declared != "utf-8" and _is_multibyte_utf8(raw):
        # the page was re-saved as UTF-8 but kept its old single-byte declaration
        return "utf-8"
    if declared:
        return declared
    return "utf-8" if _is_utf8(raw) else "cp1252"


def _body_declared_encoding(raw: bytes) -> str | None:
    """The encoding the page's meta tags declare. w3lib 2.6's reader (frostwork, in Rust)
    panics on a page that ends right after "<meta" (a truncated download); such an
    unfinished last tag declares nothing, so the page is read again up to its last ">"."""
    try:
        return html_body_declared_encoding(raw)
    except BaseException as error:  # pyo3's PanicException derives from BaseException only
        if type(error).__name__ != "PanicException":
            raise
        return html_body_declared_encoding(raw[: raw.rfind(b">") + 1])


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_multibyte_utf8(raw: bytes) -> bool:
    return not raw.isascii() and _is_utf8(raw)


def _decode(raw: bytes, encoding: str) -> str:
    return unicodedata.normalize("NFC", raw.decode(encoding, errors="replace"))


def _check_size(raw: bytes) -> None:
    if len(raw) > MAX_PAGE_BYTES:
        raise ExtractionError(
            f"the page has {len(raw):,} bytes, more than the {MAX_PAGE_BYTES:,} read as HTML"
        )
    _check_not_binary(raw)


def _check_not_binary(raw: bytes) -> None:
    if not raw.strip():
        raise ExtractionError("the page is empty")
    head = raw[:_SNIFF_BYTES]
    if read_bom(head)[0] is None and _looks_binary(head):
        raise ExtractionError("the page is binary data, not HTML")


def _looks_binary(head: bytes) -> bool:
    # control bytes that never occur in text (WHATWG MIME sniffing's "binary data byte" set)
    controls = sum(head.count(b) for b in (*range(0, 9), 11, *range(14, 27), *range(28, 32)))
    return controls > len(head) // 100 + 1
