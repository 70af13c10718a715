import json
import shutil
import signal
import socket
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import lxml.html
import pytest

from pipeline.rules import DATA_DIR
from sample_site.server import SampleSite

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_site" / "familie_in_nrw"
# The founding page as the bundled sample serves it: its text is the real seed page's.
FOUNDING_PAGE = SAMPLE / "items" / "484.html"

# A local copy needs no politeness delays, and failing pages should fail fast.
FAST_CRAWL = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_TIMEOUT": "2",
    "RETRY_TIMES": "1",
    "RETRY_BACKOFF_BASE": "0.1",
    "LOG_LEVEL": "WARNING",
}
# A fault-free crawl whose fetches a test counts: a timeout no busy machine reaches. With
# FAST_CRAWL's 2 s, meant for the fault tests, a fresh clone's first crawl once timed out on
# three pages and fetched them again on retry (18 fetches for 15 items).
COUNTED_CRAWL = {**FAST_CRAWL, "DOWNLOAD_TIMEOUT": "30"}


def founding_blocks() -> list[str]:
    """The founding item's text blocks as the fixture page writes them, whitespace folded:
    the teaser with its date, the four body paragraphs, then the `Quellen:` block."""
    tree = lxml.html.fromstring(FOUNDING_PAGE.read_bytes())
    blocks = tree.xpath('//div[@class="news-single-item"]/p[@class="bodytext"]')
    return [" ".join(block.text_content().split()) for block in blocks]


def founding_body() -> str:
    """The four body paragraphs the founding record must hold, as the archive joins them."""
    teaser, *body, sources = founding_blocks()
    assert teaser.endswith("(24.01.2012)") and sources.startswith("Quellen:")
    return "\n\n".join(body)


def founding_page_text() -> str:
    """Everything a reader sees on the founding page, sidebar and calendar included."""
    return lxml.html.fromstring(FOUNDING_PAGE.read_bytes()).text_content()


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


def crawl_the_sample(root: Path) -> Path:
    """One night's crawl of the bundled sample into root/archive.db and root/warc/; root."""
    with SampleSite() as site:
        result = run_cli(
            "crawl", "familie_in_nrw", f"--db={root / 'archive.db'}",
            f"--warc-dir={root / 'warc'}", f"--start-urls={','.join(site.start_urls())}",
            settings=FAST_CRAWL,
        )
    assert result.returncode == 0, result.stderr
    return root


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


class Runaway(Exception):
    """Work that ran far past any plausible time: a catastrophic regex, an endless loop."""


@contextmanager
def runaway_guard(seconds: float = 10.0):
    """Interrupt the block after `seconds`: a guard against runaway work, not a speed test
    (speed is measured in bench/). The bound is generous on purpose, so a busy machine passes."""

    def interrupt(signum, frame):
        raise Runaway(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_crawler_script(script: str, *args) -> str:
    """Run a script that builds a crawler in its own process (installing Twisted's reactor there
    harms no other test); its printed output."""
    done = subprocess.run([sys.executable, "-c", script, *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def without_extension(extension: str, component: str) -> str:
    """A script that builds `component` (module.Class) on a crawler whose `extension` is off and
    prints the NotConfigured message it raises (argv[1]: the archive path)."""
    module, name = component.rsplit(".", 1)
    return f"""
import sys
from scrapy.exceptions import NotConfigured
from scrapy.utils.reactor import install_reactor
from scrapy.utils.test import get_crawler
from {module} import {name}
from scrapers.run import project_settings
from scrapers.spiders.generic import SourceSpider

settings = project_settings({{"ARCHIVE_PATH": sys.argv[1], "EXTENSIONS": {{"{extension}": None}}}})
install_reactor(settings["TWISTED_REACTOR"])
crawler = get_crawler(SourceSpider, settings.copy_to_dict())
try:
    {name}.from_crawler(crawler)
except NotConfigured as error:
    print(error)
"""


def copied_data(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """The shipped rules data directory, copied, with one line of one file changed."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    text = (data / name).read_text("utf-8")
    assert old in text
    (data / name).write_text(text.replace(old, new), "utf-8")
    return data
