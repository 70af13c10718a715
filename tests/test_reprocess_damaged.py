"""Reprocessing a damaged WARC file: every readable record is reprocessed, the rest counted."""

import gzip
import json
import uuid

import pytest

from pipeline.archive import Archive
from pipeline.rawstore import WarcWriter, iter_responses
from pipeline.reprocess import UNREADABLE, reprocess
from pipeline.rules import default_rules

from .conftest import SAMPLE

pytestmark = pytest.mark.slow  # reprocesses the whole sample several times

ITEMS = json.loads((SAMPLE / "expected.json").read_text("utf-8"))["items"]
HOST = "https://www.familie-in-nrw.de"


def write_sample_warc(directory):
    """The sample's 15 article pages, written as the crawl writes them; (file, offsets)."""
    with WarcWriter(directory, "familie_in_nrw") as writer:
        offsets = [
            writer.write_response(
                HOST + item["url"], 200,
                [("Content-Type", f"text/html; charset={item['charset']}")],
                (SAMPLE / item["file"]).read_bytes(), "2026-01-01T00:00:00Z",
                {"source": "familie_in_nrw", "role": "article"},
            )[1]
            for item in ITEMS
        ]
    return directory / writer.file_name, offsets


def warc_member(rec_type: str, content_type: str, payload: bytes) -> bytes:
    """One gzip member with one hand-made WARC record, as another tool might write it."""
    head = (
        f"WARC/1.1\r\nWARC-Type: {rec_type}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Target-URI: {HOST}/fremd\r\n"
        f"Familienarchiv-Role: article\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + payload + b"\r\n\r\n")


def insert_at(path, offset: int, data: bytes) -> None:
    whole = path.read_bytes()
    path.write_bytes(whole[:offset] + data + whole[offset:])


def flip_byte(path, position: int) -> None:
    whole = bytearray(path.read_bytes())
    whole[position] ^= 0xFF
    path.write_bytes(bytes(whole))


def reprocessed(tmp_path, warc) -> tuple[dict, int]:
    """The outcomes of reprocessing `warc` into a new archive, and its article count."""
    with Archive.open(tmp_path / "rebuilt.db") as archive:
        outcomes = reprocess([warc], archive, default_rules())
        return dict(outcomes), archive.counts()["articles"]


def test_one_flipped_byte_loses_only_its_own_record(tmp_path):
    warc, offsets = write_sample_warc(tmp_path / "warc")
    middle_record = len(offsets) // 2
    flip_byte(warc, (offsets[middle_record] + offsets[middle_record + 1]) // 2)

    outcomes, articles = reprocessed(tmp_path, warc)

    assert outcomes == {"new": 14, UNREADABLE: 1}
    assert articles == 14
    urls = [page.url for page in iter_responses([warc], on_damage=lambda damage: None)]
    assert urls == [HOST + item["url"] for index, item in enumerate(ITEMS)
                    if index != middle_record]


def test_flipped_bytes_in_the_first_and_last_records(tmp_path):
    warc, offsets = write_sample_warc(tmp_path / "warc")
    flip_byte(warc, offsets[0] + 40)
    flip_byte(warc, warc.stat().st_size - 3)  # in the last member's trailer (its CRC-32)
    damages = []

    urls = [page.url for page in iter_responses([warc], on_damage=damages.append)]

    assert urls == [HOST + item["url"] for item in ITEMS[1:-1]]
    assert [(damage.file, damage.offset) for damage in damages] == [
        (warc, offsets[0]), (warc, offsets[-1])
    ]


def test_a_gzip_member_that_is_no_warc_record_is_skipped(tmp_path):
    warc, offsets = write_sample_warc(tmp_path / "warc")
    insert_at(warc, offsets[3], gzip.compress(b"PK\x03\x04 kein WARC, sondern etwas anderes"))

    outcomes, articles = reprocessed(tmp_path, warc)

    assert outcomes == {"new": 15, UNREADABLE: 1}
    assert articles == 15


def test_unusual_records_are_skipped_or_counted_and_the_rest_read(tmp_path):
    warc, offsets = write_sample_warc(tmp_path / "warc")
    insert_at(warc, offsets[5], b"".join([
        warc_member("x-unbekannt", "text/plain", b"ein Typ, den niemand kennt"),
        warc_member("resource", "text/plain", b"eine Datei"),
        warc_member("response", "text/dns", b"20260101000000\nexample. 3600 IN A 192.0.2.1\n"),
        warc_member("response", "application/http; msgtype=response", b"kaputt\r\n\r\n<p>"),
        gzip.compress(b""),
    ]))

    outcomes, articles = reprocessed(tmp_path, warc)

    # Records of other types are no pages; responses without a readable HTTP message and an
    # empty member are counted, each once.
    assert outcomes == {"new": 15, UNREADABLE: 3}
    assert articles == 15
