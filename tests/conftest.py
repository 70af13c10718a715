import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from sample_site.server import SampleSite

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_site" / "familie_in_nrw"

# A local copy needs no politeness delays, and failing pages should fail fast.
FAST_CRAWL = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_TIMEOUT": "2",
    "RETRY_TIMES": "1",
    "RETRY_BACKOFF_BASE": "0.1",
    "LOG_LEVEL": "WARNING",
}


@pytest.fixture(scope="session")
def expected_items() -> list[dict]:
    return json.loads((SAMPLE / "expected.json").read_text(encoding="utf-8"))["items"]


@pytest.fixture
def site():
    with SampleSite() as running:
        yield running


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_cli(*args: str, settings: dict | None = None, timeout: float = 120):
    """`familienarchiv ARGS` in its own process, as a nightly job runs it."""
    overrides = [f"--set={name}={value}" for name, value in (settings or {}).items()]
    command = [sys.executable, "-m", "pipeline", *args]
    if args and args[0] == "crawl":
        command += overrides
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture
def crawl(tmp_path, site):
    """Crawl the sample site into tmp_path/archive.db; returns the finished process."""

    def run(*extra: str, start_urls: str | None = None, settings: dict | None = None):
        return run_cli(
            "crawl", "familie_in_nrw",
            f"--db={tmp_path / 'archive.db'}",
            f"--warc-dir={tmp_path / 'warc'}",
            f"--start-urls={start_urls or ','.join(site.start_urls())}",
            *extra,
            settings={**FAST_CRAWL, **(settings or {})},
        )

    return run
