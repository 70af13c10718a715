"""Incremental crawls: an article whose feed or sitemap entry moved on is fetched again."""

import json
import subprocess
import sys
import urllib.request

import pytest

from sample_site.server import Fault, SampleSite

from .conftest import FAST_CRAWL, ROOT

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

LATER = "2030-01-01T00:00:00+01:00"  # after any crawl these tests make


def expected(name: str) -> dict:
    return json.loads((ROOT / "sample_site" / name / "expected.json").read_text("utf-8"))


def nightly(tmp_path, name: str, site: SampleSite) -> subprocess.CompletedProcess:
    start = expected(name)["start_paths"]
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "crawl", name, f"--db={tmp_path / 'archive.db'}",
         f"--warc-dir={tmp_path / 'warc'}",
         f"--mirror={name}={','.join(site.base_url + path for path in start)}",
         *(f"--set={key}={value}" for key, value in FAST_CRAWL.items())],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )


@pytest.mark.parametrize(
    ("name", "listing", "version", "article"),
    [
        # an Atom entry's <updated>
        ("aachener_zeitung", "/lokales/feed.atom", "2022-08-22T06:00:00+02:00",
         "/lokales/eschweiler/eschweiler-willkommensbesuche-fuer-neugeborene_aid-98123456"),
        # a sitemap entry's <lastmod>
        ("waz", "/sitemaps/news-2024-01.xml", "2024-01-18T05:45:00+01:00",
         "/staedte/essen/essen-kitas-im-norden-bekommen-mehr-plaetze-id240112233.html"),
    ],
)
def test_only_the_article_whose_entry_moved_on_is_fetched_again(
    tmp_path, name, listing, version, article
):
    articles = {item["url"] for item in expected(name)["items"]}
    with SampleSite(ROOT / "sample_site" / name) as site:
        assert nightly(tmp_path, name, site).returncode == 0
        body = urllib.request.urlopen(site.base_url + listing).read()
        site.faults[listing] = Fault(body=body.replace(version.encode(), LATER.encode()))
        site.requests.clear()

        second = nightly(tmp_path, name, site)

    assert second.returncode == 0, second.stderr
    assert [target for target in site.requests if target in articles] == [article]
