"""Random and truncated pages through the record builder: only the documented errors, and
never a record with a mangled field (property-based, hypothesis)."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import ExtractionError
from pipeline.rawstore import StoredResponse
from pipeline.record import PageNotArchived, build_record
from pipeline.rules import default_rules

from .conftest import SAMPLE

URL = ("http://127.0.0.1:8002/archiv-neues-kommunen.html"
       "?tx_prnews[showUid]=484&tx_prnews[originalPid]=2488")
PAGES = [path.read_bytes() for path in sorted((SAMPLE / "items").glob("*.html"))]
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)")
# NUL and lone surrogates: SQLite, JSON exports and Atom feeds cannot carry them faithfully.
MANGLED = re.compile(r"[\x00\ud800-\udfff]")
# Other C0 controls and DEL: invalid in XML (the Atom feed), never text.
CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
TEXT_FIELDS = ("title", "teaser", "body", "author", "language", "publisher_name")

TAGS = st.sampled_from([
    "<p>", "</p>", "<div class='text'>", "</div>", "<h1>", "</h1>", "<br/>", "<title>",
    "</title>", "<script>", "</script>", "<!--", "-->", "<meta charset='koi8-r'>", "&#0;",
    "&#xD800;", "&auml;", "\x00", "Quellen:", "Online-Recherche auf www.rp-online.de",
    "(24.01.2012)", "31.02.2012", "Stand: 01.02.2020", "<html>", "</html>", "<body>",
])
SOUP = st.lists(st.one_of(TAGS, st.text(max_size=30)), max_size=50).map("".join)
BYTES = st.binary(max_size=3000)
CHARSETS = st.sampled_from([None, "utf-8", "iso-8859-1", "windows-1252", "utf-16", "bogus"])


def page(body: bytes, charset: str | None = None) -> StoredResponse:
    content_type = "text/html" + (f"; charset={charset}" if charset else "")
    return StoredResponse(
        url=URL, status=200, headers=[("Content-Type", content_type)], body=body,
        fetched_at="2026-01-01T00:00:00Z", extra={"source": "familie_in_nrw",
                                                  "outlet": "nrw-familienministerium"},
        warc_file="familie_in_nrw-1.warc.gz", warc_offset=1234,
    )


def check(stored: StoredResponse) -> None:
    """build_record raises only its documented errors, or gives a well-formed record."""
    try:
        record, citations = build_record(stored, default_rules())
    except (ExtractionError, PageNotArchived):
        return
    for field in TEXT_FIELDS:
        value = record[field]
        assert value is None or (isinstance(value, str) and not MANGLED.search(value)
                                 and not CONTROL.search(value)), field
    assert record["title"] is None or "\n" not in record["title"]
    assert record["published"] is None or ISO_DAY.fullmatch(record["published"][:10])
    assert record["year"] == (int(record["published"][:4]) if record["published"] else None)
    modified = record["modified"]
    assert modified is None or ISO_DAY.fullmatch(modified) or ISO_TIME.fullmatch(modified)
    assert re.fullmatch(r"[0-9a-f]{64}", record["content_hash"])
    assert (record["http_status"], record["warc_file"], record["warc_offset"]) == (
        200, "familie_in_nrw-1.warc.gz", 1234)
    assert [c["position"] for c in citations] == list(range(len(citations)))
    for citation in citations:
        assert citation["text"].strip() and not MANGLED.search(citation["text"])


SLOW_OK = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW_OK
@given(st.sampled_from(PAGES), st.floats(0, 1), CHARSETS)
def test_truncated_sample_pages(raw, fraction, charset):
    check(page(raw[: int(len(raw) * fraction)], charset))


@SLOW_OK
@given(BYTES, CHARSETS)
def test_random_bytes(raw, charset):
    check(page(raw, charset))


@SLOW_OK
@given(SOUP, st.sampled_from(["utf-8", "windows-1252", "utf-16"]), CHARSETS)
def test_tag_soup(text, encoding, charset):
    check(page(text.encode(encoding, errors="ignore"), charset))


@SLOW_OK
@given(st.sampled_from(PAGES), st.integers(0, 10_000), BYTES.filter(bool).map(lambda b: b[:200]))
def test_sample_pages_with_garbage_spliced_in(raw, at, garbage):
    at = at % len(raw)
    check(page(raw[:at] + garbage + raw[at:]))


@pytest.mark.parametrize("control", [b"\x01", b"\x1b", b"\x7f", b"&#1;", b"&#x1b;"])
def test_control_characters_do_not_reach_the_record(control):
    raw = (SAMPLE / "items" / "484.html").read_bytes()
    at = raw.index(b"Das Aufwachsen")

    record, _ = build_record(page(raw[:at] + control + raw[at:], "utf-8"), default_rules())

    assert record["body"].startswith("Das Aufwachsen in Armut")
    assert not CONTROL.search(record["body"])


def test_a_control_character_in_the_furniture_raises_only_documented_errors():
    raw = (SAMPLE / "items" / "484.html").read_bytes()
    at = raw.index(b'<div id="sidebar">') + len(b'<div id="sidebar">')

    check(page(raw[:at] + b"\x01" + raw[at:], "utf-8"))


def test_an_error_status_is_not_archived():
    stored = page(PAGES[0])
    error = StoredResponse(**{**stored.__dict__, "status": 503})

    try:
        build_record(error, default_rules())
    except PageNotArchived as raised:
        assert str(raised) == "HTTP status 503"
    else:
        raise AssertionError("a 503 page became a record")
