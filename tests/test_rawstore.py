import logging
import os
import re

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipeline.rawstore import StoredResponse, WarcWriter, iter_responses, read_response

URL = "https://www.familie-in-nrw.de/archiv-neues-kommunen.html?tx_prnews[showUid]=484"
PAGE = "<p>Kempen: Netzwerk gegen Kinderarmut erhält Fördermittel (24.01.2012)</p>".encode()
FETCHED = "2024-05-01T10:00:00Z"


def write(directory, pages, prefix="familie_in_nrw"):
    """Write (url, body) pairs; return the writer's file and each page's offset."""
    with WarcWriter(directory, prefix) as writer:
        offsets = [
            writer.write_response(url, 200, [("Content-Type", "text/html")], body, FETCHED)[1]
            for url, body in pages
        ]
    return directory / writer.file_name, offsets


def test_round_trip_keeps_everything(tmp_path):
    with WarcWriter(tmp_path, "familie_in_nrw") as writer:
        file_name, offset = writer.write_response(
            URL,
            200,
            [("Content-Type", "text/html; charset=utf-8"), ("Server", "Apache")],
            PAGE,
            FETCHED,
            {"source": "familie_in_nrw", "role": "article"},
        )

    assert list(iter_responses([tmp_path])) == [
        StoredResponse(
            url=URL,
            status=200,
            headers=[
                ("Content-Type", "text/html; charset=utf-8"),
                ("Server", "Apache"),
                ("Content-Length", str(len(PAGE))),
            ],
            body=PAGE,
            fetched_at=FETCHED,
            extra={"source": "familie_in_nrw", "role": "article"},
            warc_file=file_name,
            warc_offset=offset,
        )
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Stadt Köln fördert Familienzentren – „Gütesiegel“ für 3 Kitas".encode("windows-1252"),
        b"",
        b"\r\n\r\nWARC/1.1\r\n\x00\xff\x1f\x8b",  # record and gzip look-alikes inside a body
    ],
    ids=["windows-1252", "empty", "binary"],
)
def test_body_bytes_are_stored_untouched(tmp_path, body):
    with WarcWriter(tmp_path, "t") as writer:
        file_name, offset = writer.write_response(URL, 200, [], body, FETCHED)

    assert read_response(tmp_path / file_name, offset).body == body


@pytest.mark.parametrize(
    "headers",
    [
        [("Content-Encoding", "gzip"), ("Content-Length", "17")],
        [("Transfer-Encoding", "chunked")],
        [("content-encoding", "br"), ("content-length", "3"), ("transfer-encoding", "chunked")],
    ],
)
def test_stored_headers_describe_the_decompressed_body(tmp_path, headers):
    with WarcWriter(tmp_path, "t") as writer:
        file_name, offset = writer.write_response(
            URL, 200, [("Content-Type", "text/html"), *headers], PAGE, FETCHED
        )

    assert read_response(tmp_path / file_name, offset).headers == [
        ("Content-Type", "text/html"),
        ("Content-Length", str(len(PAGE))),
    ]


@pytest.mark.parametrize(
    ("fetched_at", "stored"),
    [
        ("2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
        ("2024-05-01T10:00:00+00:00", "2024-05-01T10:00:00Z"),
        ("2024-05-01T12:00:00+02:00", "2024-05-01T10:00:00Z"),
        ("2024-05-01T10:00:00", "2024-05-01T10:00:00Z"),
        ("2024-05-01T10:00:00.250000+00:00", "2024-05-01T10:00:00.250000Z"),
    ],
)
def test_fetch_time_is_stored_in_utc(tmp_path, fetched_at, stored):
    with WarcWriter(tmp_path, "t") as writer:
        file_name, offset = writer.write_response(URL, 200, [], PAGE, fetched_at)

    assert read_response(tmp_path / file_name, offset).fetched_at == stored


@pytest.mark.parametrize("status", [200, 404, 599])  # 599: no standard reason phrase
def test_status_is_kept(tmp_path, status):
    with WarcWriter(tmp_path, "t") as writer:
        file_name, offset = writer.write_response(URL, status, [], PAGE, FETCHED)

    assert read_response(tmp_path / file_name, offset).status == status


def test_file_is_valid_warc_with_warcinfo_first_and_correct_digests(tmp_path):
    path, _ = write(tmp_path, [(URL, PAGE), (URL + "1", b"zweite Seite")])

    checked = []
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream, check_digests=True):
            record.content_stream().read()  # digests are checked once the block is read
            checked.append(
                (record.rec_type, record.rec_headers.protocol, record.digest_checker.passed)
            )
    assert checked == [
        ("warcinfo", "WARC/1.1", True),
        ("response", "WARC/1.1", True),
        ("response", "WARC/1.1", True),
    ]


def test_file_is_named_after_prefix_time_and_process(tmp_path):
    path, _ = write(tmp_path, [(URL, PAGE)], prefix="familie_in_nrw")

    assert re.fullmatch(rf"familie_in_nrw-\d{{20}}-{os.getpid()}\.warc\.gz", path.name)


def test_no_file_until_the_first_write(tmp_path):
    WarcWriter(tmp_path / "warc", "t").close()

    assert not (tmp_path / "warc").exists()


def test_records_are_on_disk_before_the_writer_closes(tmp_path):
    writer = WarcWriter(tmp_path, "t")
    writer.write_response(URL, 200, [], PAGE, FETCHED)
    writer.write_response(URL + "1", 200, [], PAGE, FETCHED)

    assert [page.url for page in iter_responses([tmp_path])] == [URL, URL + "1"]
    writer.close()


def test_extra_fields_are_named_warc_header_fields(tmp_path):
    with WarcWriter(tmp_path, "t") as writer:
        writer.write_response(URL, 200, [], PAGE, FETCHED, {"source": "lvr", "role": "page"})

    with open(tmp_path / writer.file_name, "rb") as stream:
        response = [record for record in ArchiveIterator(stream)][1]
        fields = [(n, v) for n, v in response.rec_headers.headers if n.startswith("Familien")]
    assert fields == [("Familienarchiv-source", "lvr"), ("Familienarchiv-role", "page")]


@pytest.mark.parametrize("extra", [{"with space": "x"}, {"role": "a\r\nWARC-Type: x"}, {"": "x"}])
def test_extra_fields_that_would_break_the_header_are_refused(tmp_path, extra):
    with WarcWriter(tmp_path, "t") as writer, pytest.raises(ValueError):
        writer.write_response(URL, 200, [], PAGE, FETCHED, extra)


def test_read_response_finds_a_record_by_offset(tmp_path):
    path, offsets = write(tmp_path, [(URL + "0", b"eins"), (URL + "1", b"zwei"), (URL + "2", b"")])

    page = read_response(path, offsets[1])

    assert (page.url, page.body, page.warc_offset) == (URL + "1", b"zwei", offsets[1])


def test_read_response_refuses_the_warcinfo_record(tmp_path):
    path, _ = write(tmp_path, [(URL, PAGE)])

    with pytest.raises(ValueError, match="warcinfo record at offset 0"):
        read_response(path, 0)


def test_iter_reports_the_offsets_read_response_takes(tmp_path):
    path, offsets = write(tmp_path, [(URL + "0", b"eins"), (URL + "1", b"zwei")])

    assert [page.warc_offset for page in iter_responses([path])] == offsets


def test_directories_are_read_in_file_name_order(tmp_path):
    write(tmp_path, [(URL + "b", PAGE)], prefix="b")
    write(tmp_path, [(URL + "a1", PAGE), (URL + "a2", PAGE)], prefix="a")
    (tmp_path / "notes.txt").write_text("keine WARC-Datei")

    assert [page.url for page in iter_responses([tmp_path])] == [URL + "a1", URL + "a2", URL + "b"]


def test_a_record_cut_anywhere_is_skipped_and_the_rest_read(tmp_path):
    path, offsets = write(tmp_path, [(URL + "0", PAGE), (URL + "1", PAGE), (URL + "2", PAGE * 9)])
    whole = path.read_bytes()
    cut_points = range(offsets[-1] + 1, len(whole))

    read = set()
    for cut in cut_points:
        path.write_bytes(whole[:cut])
        read.add(tuple(page.url for page in iter_responses([path])))

    assert read == {(URL + "0", URL + "1")}


def test_a_cut_record_is_reported(tmp_path, caplog):
    path, offsets = write(tmp_path, [(URL + "0", PAGE), (URL + "1", PAGE)])
    path.write_bytes(path.read_bytes()[:-5])

    with caplog.at_level(logging.WARNING, logger="pipeline.rawstore"):
        list(iter_responses([path]))

    assert caplog.messages == [
        f"{path}: skipped a truncated or damaged record "
        f"(gzip member at offset {offsets[1]} has no end)"
    ]
