"""Two crawler processes share one scrapy-redis queue: every page is fetched exactly once."""

import shutil
import subprocess
import sys
import time
from collections import Counter

import pytest
import redis
import sqlite_utils

from pipeline.rawstore import iter_responses
from sample_site.generated import GeneratedSite
from scrapers.scaleout import forget_last_crawl

from .conftest import FAST_CRAWL, ROOT, free_port

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

ARTICLES = 200
# A page that takes over FAST_CRAWL's 2 s on a busy machine would be fetched again by the retry,
# which is no fault of the shared queue these tests are about.
PATIENT_CRAWL = {**FAST_CRAWL, "DOWNLOAD_TIMEOUT": "30"}


@pytest.fixture
def redis_url(tmp_path):
    """A real redis-server on 127.0.0.1, without persistence, for this test only."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (scripts/system-deps.d/redis.sh installs it)")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    deadline = time.monotonic() + 10
    while True:
        try:
            redis.Redis.from_url(url).ping()
            break
        except redis.ConnectionError:
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


def worker(tmp_path, redis_url: str, idle_grace: float = 6) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "crawl", f"--sources-file={tmp_path / 'sources.toml'}",
         f"--redis={redis_url}", f"--db={tmp_path / 'archive.db'}",
         f"--warc-dir={tmp_path / 'warc'}",
         *(f"--set={key}={value}" for key, value in PATIENT_CRAWL.items()),
         # one request at a time per worker: the crawl outlasts an idle worker's 5 s poll
         "--set=CONCURRENT_REQUESTS_PER_DOMAIN=1", f"--set=SHARED_QUEUE_IDLE_GRACE={idle_grace}"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_two_processes_fetch_every_page_exactly_once(tmp_path, redis_url):
    # Slow enough that the crawl outlasts the start of the second worker, even on a busy machine.
    with GeneratedSite(ARTICLES, delay=0.12) as site:
        (tmp_path / "sources.toml").write_text(site.source_entry("lokalzeitung", "list"), "utf-8")
        workers = [worker(tmp_path, redis_url), worker(tmp_path, redis_url)]
        outputs = [process.communicate(timeout=120) for process in workers]
        fetched = Counter(site.requests)
        articles = site.article_paths()

    assert [process.returncode for process in workers] == [0, 0], [
        (out, err[-3000:]) for out, err in outputs
    ]
    assert {path: fetched[path] for path in articles} == dict.fromkeys(articles, 1)
    assert max(fetched[target] for target in fetched if target != "/robots.txt") == 1
    per_worker = Counter(
        page.warc_file for page in iter_responses([tmp_path / "warc"])
        if page.extra["role"] == "article"
    )
    assert len(per_worker) == 2 and min(per_worker.values()) > 0
    assert sum(per_worker.values()) == ARTICLES
    assert sqlite_utils.Database(tmp_path / "archive.db")["articles"].count == ARTICLES


def test_the_seen_set_outlives_the_crawl_until_forgotten(tmp_path, redis_url):
    with GeneratedSite(20) as site:
        (tmp_path / "sources.toml").write_text(site.source_entry("lokalzeitung", "list"), "utf-8")
        # a lone worker need not wait for peers
        (out, err) = worker(tmp_path, redis_url, idle_grace=0).communicate(timeout=120)
    client = redis.Redis.from_url(redis_url)
    seen = client.scard("lokalzeitung:dupefilter")

    forget_last_crawl(redis_url, ["lokalzeitung"])

    assert "lokalzeitung: ok: 20 new" in out, err
    assert seen == 20 + 1  # the articles and the one list page
    assert client.keys("lokalzeitung:*") == []
