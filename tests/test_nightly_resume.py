"""A crawl killed with SIGKILL and started again finishes the job: no gaps, no duplicates.

The archive is the crawl's state: the restart re-reads the list pages (conditionally) and
fetches only the articles the archive does not hold yet.
"""

import os
import signal
import subprocess
import sys
import time

import pytest
import sqlite_utils

from pipeline.identity import canonical_url
from pipeline.rawstore import read_response
from sample_site.generated import GeneratedSite

from .conftest import FAST_CRAWL, ROOT

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

ARTICLES = 60


def start_crawl(tmp_path, site) -> subprocess.Popen:
    sources = tmp_path / "sources.toml"
    sources.write_text(site.source_entry("lokalzeitung", "list"), "utf-8")
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "crawl", f"--sources-file={sources}",
         f"--db={tmp_path / 'archive.db'}", f"--warc-dir={tmp_path / 'warc'}",
         *(f"--set={key}={value}" for key, value in FAST_CRAWL.items())],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def archived(tmp_path) -> list[str]:
    db = sqlite_utils.Database(tmp_path / "archive.db")
    if not db["articles"].exists():
        return []
    return [row["canonical_url"] for row in db.query("select canonical_url from articles")]


def wait_for(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_killed_crawl_resumes_without_gaps_or_duplicates(tmp_path):
    with GeneratedSite(ARTICLES, delay=0.05) as site:
        first = start_crawl(tmp_path, site)
        wait_for(lambda: len(archived(tmp_path)) >= ARTICLES // 4)
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        before = set(archived(tmp_path))
        fetched_before = len(site.requests)

        second = start_crawl(tmp_path, site)
        out, err = second.communicate(timeout=60)
        refetched = {
            canonical_url(site.base_url + target)
            for target in site.requests[fetched_before:] if "_aid-" in target
        }
        every_article = {canonical_url(site.base_url + path) for path in site.article_paths()}

    assert first.returncode == -signal.SIGKILL
    assert ARTICLES // 4 <= len(before) < ARTICLES
    assert second.returncode == 0, err
    urls = archived(tmp_path)
    assert len(urls) == len(set(urls)) == ARTICLES
    assert set(urls) == every_article
    assert refetched == every_article - before
    counts = f"{ARTICLES - len(before)} new, 0 changed, {len(before)} unchanged"
    assert f"lokalzeitung: ok: {counts}, 0 errors" in out


def test_the_raw_pages_of_a_killed_crawl_stay_readable(tmp_path):
    with GeneratedSite(ARTICLES, delay=0.05) as site:
        crawl = start_crawl(tmp_path, site)
        wait_for(lambda: len(archived(tmp_path)) >= ARTICLES // 4)
        os.kill(crawl.pid, signal.SIGKILL)
        crawl.wait()

    rows = list(sqlite_utils.Database(tmp_path / "archive.db").query(
        "select url, warc_file, warc_offset from articles"
    ))
    assert rows
    for row in rows:
        page = read_response(tmp_path / "warc" / row["warc_file"], row["warc_offset"])
        assert (page.url, page.status) == (row["url"], 200)
