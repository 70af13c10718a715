"""A second pr_news portal is one sources-file entry: crawled end to end with no code of its own.

The portal (tests/data/prnews_portal, pages of our own making) files its records under two
archives: originalPid 31 under /aktuelles/archiv.html, 47 under /presse/meldungen.html. Record
7 belongs to the first and is listed in both.
"""

import urllib.request

import pytest
import sqlite_utils

from pipeline.identity import record_id
from sample_site.server import Fault, SampleSite

from .conftest import COUNTED_CRAWL, ROOT, run_cli

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

PORTAL = ROOT / "tests" / "data" / "prnews_portal"
ENTRY = """
[[source]]
name = "familie_sachsen"
outlet = "land-nrw"
discovery = "prnews"
start_urls = {start_urls}
allowed_domains = ["127.0.0.1"]

[source.prnews.archive_paths]
31 = "/aktuelles/archiv.html"
47 = "/presse/meldungen.html"
"""
# showUid -> (title, published, the record's last edit from the links' tstamp)
EXPECTED = {
    "3": ("Zwickau: Familienbüro öffnet im Rathaus", "2023-11-14", "2023-11-14T23:13:20+01:00"),
    "5": ("Bautzen: Lokales Bündnis für Familie gegründet", "2023-11-25",
          "2023-11-26T13:00:00+01:00"),
    "7": ("Görlitz: Netzwerk Frühe Hilfen erweitert", "2023-12-07", "2023-12-08T02:46:40+01:00"),
    "8": ("Land fördert Familienzentren mit zwei Millionen Euro", "2023-12-19",
          "2023-12-19T16:33:20+01:00"),
}
ARCHIVE_OF = {"3": "/aktuelles/archiv.html", "5": "/aktuelles/archiv.html",
              "7": "/aktuelles/archiv.html", "8": "/presse/meldungen.html"}
PID_OF = {"/aktuelles/archiv.html": "31", "/presse/meldungen.html": "47"}


@pytest.fixture
def portal():
    with SampleSite(PORTAL) as running:
        yield running


@pytest.fixture
def crawl(tmp_path, portal):
    """`familienarchiv crawl` of the portal, configured only in a sources file of its own."""
    sources = tmp_path / "sources.toml"
    start_urls = "[" + ", ".join(f'"{url}"' for url in portal.start_urls()) + "]"
    sources.write_text(ENTRY.format(start_urls=start_urls), "utf-8")

    def run():
        return run_cli("crawl", "familie_sachsen", f"--sources-file={sources}",
                       f"--db={tmp_path / 'archive.db'}", f"--warc-dir={tmp_path / 'warc'}",
                       settings=COUNTED_CRAWL)

    return run


def canonical(portal, uid: str) -> str:
    """The record's URL as the archive must know it: its own archive's path, two parameters."""
    archive = ARCHIVE_OF[uid]
    return (f"{portal.base_url}{archive}"
            f"?tx_prnews[originalPid]={PID_OF[archive]}&tx_prnews[showUid]={uid}")


def records(tmp_path) -> dict[str, dict]:
    rows = sqlite_utils.Database(tmp_path / "archive.db")["articles"].rows
    return {row["id"]: row for row in rows}


def item_fetches(portal) -> list[str]:
    return [target for target in portal.requests if "showUid" in target]


def test_every_record_is_archived_once_under_its_canonical_url_and_id(tmp_path, portal, crawl):
    result = crawl()

    assert result.returncode == 0, result.stderr
    assert "familie_sachsen: ok: 4 new, 0 changed, 0 unchanged, 0 errors" in result.stdout
    archived = records(tmp_path)
    assert {row["canonical_url"] for row in archived.values()} == {
        canonical(portal, uid) for uid in EXPECTED
    }
    for uid, (title, published, modified) in EXPECTED.items():
        row = archived[record_id(canonical(portal, uid))]
        assert (row["title"], row["published"], row["modified"]) == (title, published, modified)
        assert row["source"] == "familie_sachsen"
    # record 7, listed in both archives, was fetched once
    assert len(item_fetches(portal)) == 4


def test_the_sources_and_body_come_from_the_systems_reader(tmp_path, portal, crawl):
    assert crawl().returncode == 0
    row = records(tmp_path)[record_id(canonical(portal, "8"))]
    db = sqlite_utils.Database(tmp_path / "archive.db")

    assert row["teaser"] == ("Das Land stellt im kommenden Jahr zwei Millionen Euro für den "
                             "Ausbau von Familienzentren bereit.")
    assert row["body"] == ("Gefördert werden vor allem Zentren in ländlichen Regionen.\n\n"
                           "Anträge können die Landkreise bis Ende März stellen.")
    assert [c["text"] for c in db["citations"].rows_where("article_id = ?", [row["id"]])] == [
        "Pressemitteilung des Sozialministeriums, 19.12.2023"
    ]


def test_the_next_night_fetches_only_the_record_whose_listed_edit_time_changed(
    tmp_path, portal, crawl
):
    assert crawl().returncode == 0
    first = records(tmp_path)
    fetched = len(item_fetches(portal))

    unchanged = crawl()

    assert unchanged.returncode == 0, unchanged.stderr
    assert "0 new, 0 changed, 4 unchanged, 0 errors" in unchanged.stdout
    assert len(item_fetches(portal)) == fetched
    assert records(tmp_path) == first

    listing = urllib.request.urlopen(portal.start_url("presse")).read()
    portal.faults["/presse/meldungen.html"] = Fault(
        body=listing.replace(b"1703000000", b"1703100000")
    )
    page = (PORTAL / "items" / "8.html").read_bytes()
    portal.faults["/presse/meldungen.html?tx_prnews[showUid]=8"] = Fault(
        body=page.replace(b"zwei Millionen", b"drei Millionen")
    )

    edited = crawl()

    assert edited.returncode == 0, edited.stderr
    assert "0 new, 1 changed, 3 unchanged, 0 errors" in edited.stdout
    assert len(item_fetches(portal)) == fetched + 1
    row = records(tmp_path)[record_id(canonical(portal, "8"))]
    assert row["modified"] == "2023-12-20T20:20:00+01:00"
    assert "drei Millionen" in row["teaser"]


def test_reprocessing_with_the_sources_file_rebuilds_identical_records(tmp_path, crawl):
    assert crawl().returncode == 0
    sources = tmp_path / "sources.toml"

    result = run_cli("reprocess", str(tmp_path / "warc"), f"--db={tmp_path / 'rebuilt.db'}",
                     f"--sources-file={sources}")

    assert result.returncode == 0, result.stderr
    crawled = sqlite_utils.Database(tmp_path / "archive.db")
    rebuilt = sqlite_utils.Database(tmp_path / "rebuilt.db")
    for table, order in (("articles", "id"), ("citations", "article_id, position")):
        assert list(rebuilt[table].rows_where(order_by=order)) == list(
            crawled[table].rows_where(order_by=order)
        )
    assert rebuilt["articles"].count == len(EXPECTED)
