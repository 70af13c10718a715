"""The archive's one timestamp format: UTC, to the second, with a Z (as WARC-Date has it)."""

from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
