"""Raw pages in WARC files (warcio): write them during a crawl, read them back for reprocessing.

Each file starts with a `warcinfo` record, then holds one `response` record per fetched page,
each its own gzip member. The stored HTTP body is the one the application received (already
decompressed), so the stored headers drop Content-Encoding and Transfer-Encoding and carry the
true Content-Length.

Our own fields (`extra`, e.g. the source name or the page's role) are WARC header fields named
`Familienarchiv-<Key>`: the WARC spec allows extension fields, keeps `WARC-` for its own names,
and a project prefix tells our fields apart from any other tool's.
"""

import datetime
import http
import io
import logging
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParserException
from warcio.warcwriter import WARCWriter

logger = logging.getLogger(__name__)

EXTRA_PREFIX = "Familienarchiv-"
# A header field name is an RFC 9110 token; keys outside it would corrupt the record header.
FIELD_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
# Describe the body as stored, not as it travelled.
TRANSPORT_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
CHUNK_SIZE = 1 << 16
GZIP_WBITS = 16 + zlib.MAX_WBITS  # zlib's way of saying "gzip framing"
GZIP_MAGIC = b"\x1f\x8b\x08"  # ID1, ID2 and CM (deflate): how every gzip member begins
# What reading a record that is no readable WARC response raises (warcio's own error, a member
# with no record in it, a response without an HTTP message or with a broken status line).
UNREADABLE = (ArchiveLoadFailed, StatusAndHeadersParserException, StopIteration, AttributeError,
              ValueError)


@dataclass(frozen=True)
class StoredResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: str  # ISO 8601 UTC, from WARC-Date
    extra: dict[str, str]
    warc_file: str  # file name, relative to the WARC directory
    warc_offset: int


class WarcWriter:
    """Appends response records to one WARC file per writer, created on the first write."""

    def __init__(self, directory: Path, prefix: str):
        self.directory = Path(directory)
        self.prefix = prefix
        self._file = None
        self._writer = None
        self.file_name: str | None = None

    def write_response(
        self,
        url: str,
        status: int,
        headers: Iterable[tuple[str, str]],
        body: bytes,
        fetched_at: str,
        extra: dict[str, str] | None = None,
    ) -> tuple[str, int]:
        """Store one response; return (file name, offset) to find it again."""
        if self._writer is None:
            self._open()
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=_http_headers(status, headers, len(body)),
            warc_headers_dict=_warc_headers(fetched_at, extra or {}),
        )
        return self.file_name, self._write(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = self._writer = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _open(self) -> None:
        now = datetime.datetime.now(datetime.UTC)
        self.file_name = f"{self.prefix}-{now:%Y%m%d%H%M%S%f}-{os.getpid()}.warc.gz"
        self.directory.mkdir(parents=True, exist_ok=True)
        # Open across many writes, closed by close(); "x": never touch another writer's file.
        self._file = open(self.directory / self.file_name, "xb")  # noqa: SIM115
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.1")
        info = {"software": "familienarchiv", "format": "WARC File Format 1.1"}
        self._write(self._writer.create_warcinfo_record(self.file_name, info))

    def _write(self, record) -> int:
        offset = self._file.tell()
        # warcio flushes the gzip member and the file after each record, so a killed crawl
        # loses at most the record being written.
        self._writer.write_record(record)
        return offset


def _http_headers(status: int, headers: Iterable[tuple[str, str]], length: int):
    kept = [(name, value) for name, value in headers if name.lower() not in TRANSPORT_HEADERS]
    kept.append(("Content-Length", str(length)))
    try:
        reason = http.HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    return StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1")


def _warc_headers(fetched_at: str, extra: dict[str, str]) -> dict[str, str]:
    fields = {"WARC-Date": _warc_date(fetched_at)}
    for key, value in extra.items():
        if not FIELD_NAME.fullmatch(key) or "\n" in value or "\r" in value:
            raise ValueError(f"extra field {key!r}={value!r} cannot be a WARC header field")
        fields[EXTRA_PREFIX + key] = value
    return fields


def _warc_date(timestamp: str) -> str:
    """ISO 8601 in UTC with a Z, as WARC-Date wants it; naive times are taken as UTC."""
    moment = datetime.datetime.fromisoformat(timestamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Damage:
    """A stretch of a WARC file that held no readable record, from `offset` to the next one."""

    file: Path
    offset: int
    reason: str


def log_damage(damage: Damage) -> None:
    logger.warning("%s: skipped a truncated or damaged record (%s)", damage.file, damage.reason)


def iter_responses(
    paths: Iterable[Path], on_damage: Callable[[Damage], None] = log_damage
) -> Iterator[StoredResponse]:
    """Response records of WARC files, and of all *.warc.gz in directories, in name order.

    A record that cannot be read (damaged bytes, a crawl killed mid-write, a gzip member that
    holds no WARC record, a response without an HTTP message) is handed to `on_damage` and
    reading goes on with the next whole record.
    """
    for path in warc_files(paths):
        with open(path, "rb") as stream:
            for offset, member in _gzip_members(stream, path, on_damage):
                try:
                    record = _parse(member)
                    # Other records (warcinfo, request, metadata...) hold no page.
                    response = _stored(record, path.name, offset) \
                        if record.rec_type == "response" else None
                except UNREADABLE as error:
                    on_damage(Damage(path, offset, f"not a readable WARC response: {error!r}"))
                    continue
                if response is not None:
                    yield response


def read_response(path: Path, offset: int) -> StoredResponse:
    """The response record at `offset` of a WARC file."""
    path = Path(path)
    with open(path, "rb") as stream:
        stream.seek(offset)
        member, size = _inflate_member(stream, offset)
    if size is None:
        raise ValueError(f"{path} ends before offset {offset}")
    record = _parse(member)
    if record.rec_type != "response":
        raise ValueError(f"{path} has a {record.rec_type} record at offset {offset}")
    return _stored(record, path.name, offset)


def warc_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The WARC files named, and all *.warc.gz in the directories named, in reading order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(path.glob("*.warc.gz"))
        else:
            yield path


class TruncatedMember(Exception):
    """A gzip member that ends before its trailer."""


def _gzip_members(stream, path: Path, on_damage) -> Iterator[tuple[int, bytes]]:
    """(offset, decompressed bytes) of each whole gzip member of a seekable stream.

    Every record is its own member and a member is whole only with its trailer (CRC-32 and
    length), so a cut or damaged member is told from a good one wherever the fault. After one,
    reading resumes at the next offset where a member inflates whole: the damaged stretch is one
    `Damage`, the records after it are read as usual.
    """
    offset, damage = 0, None
    while True:
        stream.seek(offset)
        try:
            member, size = _inflate_member(stream, offset)
        except (TruncatedMember, zlib.error) as error:
            damage = damage or Damage(path, offset, str(error))
            offset = _next_gzip_magic(stream, offset + 1)
            if offset is not None:
                continue
            size = None
        if damage is not None:
            on_damage(damage)
            damage = None
        if size is None:  # the end of the file
            return
        yield offset, member
        offset += size


def _inflate_member(stream, offset: int) -> tuple[bytes, int | None]:
    """The member starting at the stream's position and its size; (b"", None) at the end."""
    inflater = zlib.decompressobj(wbits=GZIP_WBITS)
    parts, consumed = [], 0
    pending = stream.read(CHUNK_SIZE)
    if not pending:
        return b"", None
    while not inflater.eof:
        if not pending:
            pending = stream.read(CHUNK_SIZE)
        if not pending:
            raise TruncatedMember(f"gzip member at offset {offset} has no end")
        parts.append(inflater.decompress(pending))
        consumed += len(pending) - len(inflater.unused_data)
        pending = inflater.unused_data
    return b"".join(parts), consumed


def _next_gzip_magic(stream, start: int) -> int | None:
    """The first offset from `start` where a gzip member could begin, None if there is none."""
    stream.seek(start)
    position, tail = start, b""
    while chunk := stream.read(CHUNK_SIZE):
        found = (tail + chunk).find(GZIP_MAGIC)
        if found >= 0:
            return position - len(tail) + found
        tail = chunk[-(len(GZIP_MAGIC) - 1):]
        position += len(chunk)
    return None


def _parse(member: bytes):
    return next(iter(ArchiveIterator(io.BytesIO(member))))


def _stored(record, file_name: str, offset: int) -> StoredResponse:
    warc = record.rec_headers
    return StoredResponse(
        url=warc.get_header("WARC-Target-URI"),
        status=int(record.http_headers.get_statuscode()),
        headers=list(record.http_headers.headers),
        body=record.content_stream().read(),
        fetched_at=warc.get_header("WARC-Date"),
        extra={
            name.removeprefix(EXTRA_PREFIX): value
            for name, value in warc.headers
            if name.startswith(EXTRA_PREFIX)
        },
        warc_file=file_name,
        warc_offset=offset,
    )
