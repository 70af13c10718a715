"""The familie_in_nrw spider crawling the bundled sample through Scrapy's real engine."""

import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils

from pipeline.identity import record_id
from sample_site.server import Fault

from .conftest import COUNTED_CRAWL, ROOT, SAMPLE, founding_body, free_port, run_cli

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

FOUNDING_ID = "484"
def articles(tmp_path) -> dict[str, dict]:
    db = sqlite_utils.Database(tmp_path / "archive.db")
    return {row["id"]: row for row in db["articles"].rows}


def by_show_uid(tmp_path) -> dict[str, dict]:
    rows = articles(tmp_path).values()
    return {re.search(r"showUid\]=(\d+)", row["canonical_url"]).group(1): row for row in rows}


def item_path(item: dict) -> str:
    archive = "archiv-neues-kommunen" if item["originalPid"] == "2488" else "archiv-meldungen"
    return f"/{archive}.html?tx_prnews[showUid]={item['showUid']}"


def item_fetches(site) -> list[str]:
    return [path for path in site.requests if "showUid" in path.replace("%5B", "[")]


def test_first_crawl_archives_every_item_once(tmp_path, site, crawl, expected_items):
    result = crawl(settings=COUNTED_CRAWL)

    assert result.returncode == 0, result.stderr
    assert f"familie_in_nrw: ok: {len(expected_items)} new, 0 changed, 0 unchanged, 0 errors" in (
        result.stdout
    )
    records = by_show_uid(tmp_path)
    assert sorted(records) == sorted(item["showUid"] for item in expected_items)
    assert len(item_fetches(site)) == len(expected_items)


def test_records_match_the_pages(tmp_path, crawl, expected_items):
    assert crawl().returncode == 0
    records = by_show_uid(tmp_path)

    for item in expected_items:
        record = records[item["showUid"]]
        paragraphs = record["body"].split("\n\n")
        assert record["title"] == item["title"]
        assert record["teaser"] == item["teaser"]
        assert record["published"] == item["published"]
        assert (paragraphs[0], paragraphs[-1]) == (item["body_first"], item["body_last"])
        assert len(paragraphs) == item["paragraphs"]
        assert record["http_status"] == 200
        assert record["publisher_id"] == "nrw-familienministerium"


def test_founding_page_becomes_the_seed_record(tmp_path, crawl):
    assert crawl().returncode == 0
    record = by_show_uid(tmp_path)[FOUNDING_ID]
    db = sqlite_utils.Database(tmp_path / "archive.db")

    assert record["title"] == "Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut"
    assert record["teaser"].startswith("Um die Teilhabechancen von Kindern zu verbessern")
    assert record["teaser"].endswith("„Netzwerks gegen Kinderarmut“.")
    assert record["published"] == "2012-01-24"
    assert record["modified"] == "2012-01-25T13:19:22+01:00"
    assert record["body"] == founding_body()
    assert len(record["body"].split("\n\n")) == 4
    for furniture in ("Quellen", "Veranstaltungskalender", "alle Termine", "Familienmanager"):
        assert furniture not in record["body"]
    assert record["publisher_name"] == (
        "Ministerium für Familie, Kinder, Jugend, Kultur und Sport des Landes Nordrhein-Westfalen"
    )
    assert record["language"] == "de"
    citations = list(db["citations"].rows_where("article_id = ?", [record["id"]]))
    assert [
        (c["outlet_id"], c["outlet_name"], c["domain"], c["date"], c["usage"]) for c in citations
    ] == [("rp-online", "Rheinische Post", "rp-online.de", "2012-01-24", "online research")]


def test_sources_are_kept_one_row_each(tmp_path, crawl, expected_items):
    assert crawl().returncode == 0
    db = sqlite_utils.Database(tmp_path / "archive.db")
    records = by_show_uid(tmp_path)

    for item in expected_items:
        article_id = records[item["showUid"]]["id"]
        texts = [
            row["text"]
            for row in db["citations"].rows_where(
                "article_id = ?", [article_id], order_by="position"
            )
        ]
        assert texts == item["sources"], item["showUid"]


def test_windows_1252_page_keeps_umlauts_and_quotes(tmp_path, crawl, expected_items):
    assert crawl().returncode == 0
    records = by_show_uid(tmp_path)
    cp1252 = [item for item in expected_items if item["charset"] == "windows-1252"]

    assert cp1252
    for item in cp1252:
        assert records[item["showUid"]]["title"] == item["title"]
        assert records[item["showUid"]]["body"].startswith(item["body_first"])


def test_second_crawl_fetches_no_unchanged_item_and_adds_no_rows(tmp_path, site, crawl):
    assert crawl(settings=COUNTED_CRAWL).returncode == 0
    first = articles(tmp_path)
    fetched_first = len(item_fetches(site))

    second = crawl(settings=COUNTED_CRAWL)

    assert second.returncode == 0, second.stderr
    assert f"0 new, 0 changed, {len(first)} unchanged, 0 errors" in second.stdout
    assert articles(tmp_path) == first
    assert len(item_fetches(site)) == fetched_first
    runs = list(sqlite_utils.Database(tmp_path / "archive.db")["crawl_runs"].rows)
    assert [(r["items_new"], r["items_unchanged"], r["status"]) for r in runs] == [
        (len(first), 0, "ok"),
        (0, len(first), "ok"),
    ]


def test_an_edited_item_is_fetched_again_and_updated(tmp_path, site, crawl, expected_items):
    assert crawl().returncode == 0
    item = next(i for i in expected_items if i["showUid"] == FOUNDING_ID)
    list_page = "/archiv-neues-kommunen.html"
    listing = urllib.request.urlopen(site.base_url + list_page).read()
    site.faults[list_page] = Fault(body=listing.replace(b"1327493962", b"1327600000"))
    page = (SAMPLE / "items" / "484.html").read_bytes()
    site.faults[item_path(item)] = Fault(
        body=page.replace("rund 70 Fachkräfte".encode(), "rund 80 Fachkräfte".encode())
    )

    result = crawl()

    assert result.returncode == 0, result.stderr
    assert "0 new, 1 changed" in result.stdout
    record = by_show_uid(tmp_path)[FOUNDING_ID]
    assert "rund 80 Fachkräfte" in record["body"]
    assert record["modified"] == "2012-01-26T18:46:40+01:00"
    (version,) = sqlite_utils.Database(tmp_path / "archive.db")["article_versions"].rows
    assert (version["article_id"], version["version"]) == (record["id"], 1)
    assert "rund 70 Fachkräfte" in version["body"]
    assert version["modified"] == "2012-01-25T13:19:22+01:00"


def test_an_error_and_a_timeout_are_recorded_and_the_rest_kept(
    tmp_path, site, crawl, expected_items
):
    broken, slow = expected_items[1], expected_items[2]
    site.faults[item_path(broken)] = Fault(status=500)
    site.faults[item_path(slow)] = Fault(delay=4)

    # FAST_CRAWL's timeout of 2 s. With 1 s, one CI run asked for the broken item once, not twice:
    # most likely its first attempt was lost to the timeout on a busy machine, as the fault
    # nights saw with half a second (test_faults_campaign). Not caught in the act.
    result = crawl()

    assert result.returncode == 0, result.stderr
    assert f"{len(expected_items) - 2} new, 0 changed, 0 unchanged, 2 errors" in result.stdout
    assert set(by_show_uid(tmp_path)) == (
        {i["showUid"] for i in expected_items} - {broken["showUid"], slow["showUid"]}
    )
    db = sqlite_utils.Database(tmp_path / "archive.db")
    errors = {
        re.search(r"showUid(?:\]|%5D)=(\d+)", row["url"]).group(1): (row["status"], row["message"])
        for row in db["fetch_errors"].rows
    }
    assert errors[broken["showUid"]] == (500, "HTTP 500")
    assert errors[slow["showUid"]][0] is None
    assert errors[slow["showUid"]][1].startswith("DownloadTimeoutError: Getting http")
    assert errors[slow["showUid"]][1].endswith("took longer than 2.0 seconds.")
    (run,) = db["crawl_runs"].rows
    assert (run["errors"], run["status"]) == (2, "ok")
    # RETRY_TIMES=1: each failing item was asked for twice, every other item once.
    fetches = [re.search(r"showUid(?:\]|%5D)=(\d+)", path).group(1) for path in item_fetches(site)]
    assert (fetches.count(broken["showUid"]), fetches.count(slow["showUid"])) == (2, 2)


def test_failed_sources_give_a_nonzero_exit_and_a_reason(tmp_path, site, crawl):
    unreachable = crawl(start_urls=f"http://127.0.0.1:{free_port()}/archiv.html")
    robots = crawl(start_urls=f"{site.base_url}/suche/?q=familie")
    nothing = crawl(start_urls=f"{site.base_url}/veranstaltungskalender.html")

    assert unreachable.returncode == robots.returncode == nothing.returncode == 1
    assert "familie_in_nrw: FAILED: unreachable: no page could be fetched" in unreachable.stderr
    assert "familie_in_nrw: FAILED: robots.txt forbids the pages to crawl" in robots.stderr
    assert "familie_in_nrw: FAILED: zero items from 1 pages fetched" in nothing.stderr
    runs = sqlite_utils.Database(tmp_path / "archive.db")["crawl_runs"].rows
    assert [run["status"] for run in runs] == ["failed", "failed", "failed"]


def test_reprocessing_the_raw_pages_gives_identical_records(tmp_path, crawl):
    assert crawl().returncode == 0

    result = run_cli("reprocess", str(tmp_path / "warc"), f"--db={tmp_path / 'rebuilt.db'}")

    assert result.returncode == 0, result.stderr
    crawled = sqlite_utils.Database(tmp_path / "archive.db")
    rebuilt = sqlite_utils.Database(tmp_path / "rebuilt.db")
    for table, order in (("articles", "id"), ("citations", "article_id, position")):
        assert list(rebuilt[table].rows_where(order_by=order)) == list(
            crawled[table].rows_where(order_by=order)
        )
    assert rebuilt["articles"].count > 0


def test_scrapy_crawl_keeps_working_for_scrapy_users(tmp_path, site):
    scrapy = Path(sys.executable).parent / "scrapy"
    result = subprocess.run(
        [str(scrapy), "crawl", "familie_in_nrw", "-a", f"start_urls={site.start_url()}",
         "-s", f"ARCHIVE_PATH={tmp_path / 'archive.db'}", "-s", f"WARC_DIR={tmp_path / 'warc'}",
         "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )

    assert result.returncode == 0, result.stderr
    founding = record_id(f"{site.base_url}/archiv-neues-kommunen.html?tx_prnews[showUid]=484"
                         "&tx_prnews[originalPid]=2488")
    assert founding in articles(tmp_path)
