"""Every configured source crawls its fixture copy end to end through Scrapy's real engine.

One nightly run covers all generic sources at once (as `familienarchiv crawl` does), each
from its own local site; the tests then read the archive, the WARC files and the sites' logs.
"""

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlite_utils

from pipeline.rawstore import iter_responses
from sample_site.server import SampleSite
from scrapers.sources import load_sources

from .conftest import FAST_CRAWL, ROOT

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

GENERIC = [source for source in load_sources() if source.discovery != "prnews"]
NAMES = [source.name for source in GENERIC]
NEWSPAPERS = {source.name for source in GENERIC if source.relevance == "required"}


def expected(name: str) -> dict:
    return json.loads((ROOT / "sample_site" / name / "expected.json").read_text("utf-8"))


def kept(name: str) -> list[dict]:
    """The fixture's items the archive keeps: all, but only the on-topic ones of newspapers."""
    items = expected(name)["items"]
    return [item for item in items if item["on_topic"] or name not in NEWSPAPERS]


def nightly(tmp: Path, sites: dict[str, SampleSite], *names: str):
    """`familienarchiv crawl` over the local copies, as the nightly job runs it."""
    mirrors = [
        f"--mirror={name}={','.join(site.base_url + p for p in expected(name)['start_paths'])}"
        for name, site in sites.items()
    ]
    command = [
        sys.executable, "-m", "pipeline", "crawl", *names,
        f"--db={tmp / 'archive.db'}", f"--warc-dir={tmp / 'warc'}", *mirrors,
        *(f"--set={key}={value}" for key, value in FAST_CRAWL.items()),
    ]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Two nightly runs, back to back, over every generic source's fixture site."""
    tmp = tmp_path_factory.mktemp("nightly")
    sites = {name: SampleSite(ROOT / "sample_site" / name).start() for name in NAMES}
    try:
        first = nightly(tmp, sites, *NAMES)
        first_answers = {name: list(site.answers) for name, site in sites.items()}
        for site in sites.values():
            site.answers.clear()
        second = nightly(tmp, sites, *NAMES)
    finally:
        for site in sites.values():
            site.stop()
    return {
        "tmp": tmp, "sites": sites, "first": first, "second": second,
        "first_answers": first_answers,
        "second_answers": {name: list(site.answers) for name, site in sites.items()},
    }


def records(crawled, name: str) -> dict[str, dict]:
    """The source's articles by URL path and query, as on the live site."""
    db = sqlite_utils.Database(crawled["tmp"] / "archive.db")
    rows = db["articles"].rows_where("source = ?", [name])
    return {_relative(row["url"]): row for row in rows}


def _relative(url: str) -> str:
    parts = urlsplit(url)
    # Lotus Domino links carry a bare ?OpenDocument that names no document
    query = "" if parts.query in ("", "OpenDocument") else f"?{parts.query}"
    return parts.path + query


def test_the_nightly_run_succeeds_with_one_line_per_source(crawled):
    assert crawled["first"].returncode == 0, crawled["first"].stderr
    lines = crawled["first"].stdout.splitlines()
    assert lines == [
        f"{name}: ok: {len(kept(name))} new, 0 changed, 0 unchanged, 0 errors, "
        f"{len(expected(name)['items']) - len(kept(name))} rejected"
        for name in NAMES
    ] + ["archive: 0 citation links, 0 stories with more than one item, 0 re-posts"]


@pytest.mark.parametrize("name", NAMES)
def test_every_article_is_archived_once_with_title_date_and_outlet(crawled, name):
    got = records(crawled, name)

    assert sorted(got) == sorted(item["url"] for item in kept(name))
    for item in kept(name):
        record = got[item["url"]]
        assert record["title"] == item["title"]
        assert record["published"][:10] == item["published"]
        assert record["publisher_id"] == expected(name)["outlet"]


@pytest.mark.parametrize("name", NAMES)
def test_every_body_holds_the_article_text(crawled, name):
    for item in kept(name):
        body = records(crawled, name)[item["url"]]["body"]
        assert body.startswith(item["body_first"]) or f"\n\n{item['body_first']}" in body
        assert body.endswith(item["body_last"]) or f"{item['body_last']}\n\n" in body


@pytest.mark.parametrize("name", NAMES)
def test_newspaper_items_are_marked_for_the_relevance_filter(crawled, name):
    pages = [
        page for page in iter_responses([crawled["tmp"] / "warc"])
        if page.extra["source"] == name and page.extra["role"] == "article"
    ]

    assert len(pages) == len(expected(name)["items"])
    marks = {page.extra.get("relevance") for page in pages}
    assert marks == ({"required"} if name in NEWSPAPERS else {None})


@pytest.mark.parametrize("name", NAMES)
def test_the_second_run_revalidates_listings_and_fetches_no_article(crawled, name):
    articles = {item["url"] for item in expected(name)["items"]}
    answers = crawled["second_answers"][name]

    assert crawled["second"].returncode == 0, crawled["second"].stderr
    assert [target for target, _ in answers if _relative(target) in articles] == []
    assert {status for target, status in answers if target != "/robots.txt"} == {304}
    assert f"{name}: ok: 0 new, 0 changed, {len(articles)} unchanged, 0 errors, 0 rejected" in (
        crawled["second"].stdout
    )


@pytest.mark.parametrize("name", sorted(NEWSPAPERS))
def test_off_topic_newspaper_items_are_left_out_with_a_reason(crawled, name):
    db = sqlite_utils.Database(crawled["tmp"] / "archive.db")
    rejected = {
        _relative(row["url"]): row["reason"]
        for row in db["rejected_items"].rows_where("source = ?", [name])
    }

    assert sorted(rejected) == sorted(
        item["url"] for item in expected(name)["items"] if not item["on_topic"]
    )
    assert all(reason.startswith("not about local family policy") for reason in rejected.values())


def test_each_run_writes_one_crawl_run_row_per_source(crawled):
    db = sqlite_utils.Database(crawled["tmp"] / "archive.db")
    runs = list(db["crawl_runs"].rows_where(order_by="id"))

    assert [(run["spider"], run["status"]) for run in runs] == [
        (name, "ok") for name in NAMES
    ] * 2
