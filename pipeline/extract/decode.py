"""Bytes to text the way browsers do it (WHATWG encoding sniffing)."""

import unicodedata
from collections.abc import Mapping

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


def decode_html(raw: bytes, headers: Mapping[str, str] | None = None) -> str:
    """Decode raw page bytes: BOM, then HTTP charset, then meta/XML declaration, then sniffing."""
    _check_not_binary(raw)
    encoding, bom = read_bom(raw)
    if encoding:
        return _decode(raw[len(bom):], encoding)
    encoding = http_content_type_encoding(_content_type(headers))
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
    declared = html_body_declared_encoding(raw)
    if declared and declared.startswith(_WIDE):
        declared = "utf-8"
    if declared and declared != "utf-8" and _is_multibyte_utf8(raw):
        # the page was re-saved as UTF-8 but kept its old single-byte declaration
        return "utf-8"
    if declared:
        return declared
    return "utf-8" if _is_utf8(raw) else "cp1252"


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_multibyte_utf8(raw: bytes) -> bool:
    return not raw.isascii() and _is_utf8(raw)


def _decode(raw: bytes, encoding: str) -> str:
    try:
        text = raw.decode(encoding, errors="replace")
    except LookupError:
        text = raw.decode("utf-8", errors="replace")
    return unicodedata.normalize("NFC", text)


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
