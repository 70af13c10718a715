"""The archive tools on an operator's bad day: damaged archives, killed snapshots, hostile
exports, damaged WARC files and an enrichment run during a crawl (issue 14, findings 9-12).

Each test records its row of the fault table (`report_rows`), which `bench/faults` prints.
"""

import hashlib
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from pipeline.archive import Archive
from pipeline.enrich import enrich_article
from pipeline.rawstore import WarcWriter, iter_responses
from pipeline.reprocess import reprocess
from pipeline.rules import default_rules
from sample_site.server import SampleSite

from .conftest import FAST_CRAWL, ROOT, crawl_the_sample, run_cli
from .test_faults_campaign import CLEAN, Tally, report_rows
from .test_reprocess_damaged import ITEMS, SAMPLE

pytestmark = pytest.mark.slow  # starts a crawl, a server or several processes

# An index no crawl of the sample reads or writes: damage there goes unnoticed by a crawl.
QUIET_INDEX = "idx_article_aliases_article_id"


def articles(db_path) -> list[tuple[str, str]]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        return db.execute("select id, content_hash from articles order by id").fetchall()


def read_rows(db_path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        rows = db.execute(sql).fetchall()
    db.close()
    return rows


def tally_against(db_path, expected: list[tuple[str, str]]) -> Tally:
    """Lost, duplicated and altered articles of db_path against the expected (id, hash) rows."""
    held = articles(db_path) if db_path.exists() else []
    hashes = dict(held)
    wanted = dict(expected)
    return Tally(
        lost=sum(1 for key in wanted if key not in hashes),
        duplicated=len(held) - len(hashes) + sum(1 for key in hashes if key not in wanted),
        altered=sum(1 for key, value in wanted.items() if key in hashes and hashes[key] != value),
    )


def damage_an_index_page(db_path, index: str = QUIET_INDEX) -> None:
    """Overwrite the header of one index page: the file opens and reads as usual elsewhere."""
    with sqlite3.connect(db_path) as db:
        root = db.execute("select rootpage from sqlite_master where name = ?", [index]).fetchone()
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with open(db_path, "r+b") as stream:
        stream.seek((root[0] - 1) * page_size)
        stream.write(bytes(8))


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """An archive of one crawl of the sample (tests copy it before changing anything)."""
    return crawl_the_sample(tmp_path_factory.mktemp("crawled"))


def copy_archive(crawled, tmp_path):
    """A private copy of the crawled archive (one self-contained file)."""
    with sqlite3.connect(crawled / "archive.db") as source, \
            sqlite3.connect(tmp_path / "archive.db") as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
    source.close()
    copy.close()
    return tmp_path / "archive.db"


def test_a_damaged_archive_stops_the_night_and_the_snapshot(crawled, tmp_path, record_property):
    """quick_check before a night and before a snapshot: one clear line naming the file."""
    db_path = copy_archive(crawled, tmp_path)
    before = articles(db_path)
    damage_an_index_page(db_path)
    with SampleSite() as site:
        started = time.perf_counter()
        night = run_cli(
            "crawl", "familie_in_nrw", f"--db={db_path}", f"--warc-dir={tmp_path / 'warc'}",
            f"--start-urls={','.join(site.start_urls())}", settings=FAST_CRAWL,
        )
        seconds = time.perf_counter() - started
    snapshot = run_cli("backup", f"--db={db_path}", f"--snapshot={tmp_path / 'snapshot.db'}")

    report_rows(record_property, [
        ("damaged archive (an index page), the night", f"exit {night.returncode}: " + next(
            (line for line in night.stderr.splitlines() if "FAILED" in line), "")[:120],
         tally_against(db_path, before)),
        ("damaged archive (an index page), a snapshot", f"exit {snapshot.returncode}: "
         + snapshot.stderr.strip()[:100], Tally(0, 0, 0)),
    ], seconds)
    assert night.returncode == 1
    damaged = f"{db_path} is damaged: quick_check: "
    verdicts = [line for line in night.stderr.splitlines() if line.startswith("familie_in_nrw:")]
    assert len(verdicts) == 1 and verdicts[0].startswith(f"familie_in_nrw: FAILED: {damaged}")
    assert night.stdout == ""  # nor is the archive linked after the night
    assert "Traceback" not in night.stderr  # stopped before Scrapy started: one line, no trace
    assert snapshot.returncode == 1
    assert snapshot.stderr.startswith(f"Error: {damaged}")
    assert len(snapshot.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "snapshot.db").exists()
    assert tally_against(db_path, before) == CLEAN


SNAPSHOT_KILLED_AT_1_MB = """
import resource, signal, sys
from pipeline.cli import cli
# The kernel kills the process (SIGXFSZ) at its first write past 1 MB: mid-way in the copy.
signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))
cli(["backup", "--db", sys.argv[1], "--snapshot", sys.argv[2]])
"""


def test_a_snapshot_killed_mid_way_leaves_nothing_at_its_name(crawled, tmp_path, record_property):
    db_path = copy_archive(crawled, tmp_path)
    with sqlite3.connect(db_path) as db:  # bigger than the 1 MB the snapshot may write
        db.execute("create table ballast (data blob)")
        db.executemany("insert into ballast values (randomblob(100000))", [()] * 40)
    db.close()
    dest = tmp_path / "snapshots" / "snapshot.db"
    dest.parent.mkdir()

    started = time.perf_counter()
    killed = subprocess.run([sys.executable, "-c", SNAPSHOT_KILLED_AT_1_MB, db_path, dest],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - started
    left_at_the_name = dest.exists()
    again = run_cli("backup", f"--db={db_path}", f"--snapshot={dest}")

    report_rows(record_property, [
        ("snapshot killed mid-way (SIGXFSZ at 1 MB)",
         f"killed by signal {-killed.returncode}; nothing at the snapshot's name; "
         f"the next snapshot: exit {again.returncode}", tally_against(dest, articles(db_path))),
    ], seconds)
    assert killed.returncode == -signal.SIGXFSZ, killed.stderr
    assert not left_at_the_name
    assert again.returncode == 0, again.stderr
    assert tally_against(dest, articles(db_path)) == CLEAN
    with sqlite3.connect(dest) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    copy.close()


CRAWL_WRITER = """
import sys, time
from pipeline.archive import Archive
from pipeline.rawstore import iter_responses
from pipeline.record import save_page
from pipeline.rules import default_rules

# As the crawl writes: one long-lived connection, one transaction per saved page.
rules = default_rules()
with Archive.open(sys.argv[1]) as archive:
    archive.sync_outlets(rules.outlets)
    print("saving", flush=True)
    for page in iter_responses([sys.argv[2]]):
        save_page(archive, page, rules)
        time.sleep(0.01)
"""


def write_copies(directory, copies: range) -> None:
    """The sample's articles once per copy, each copy under its own article ids."""
    with WarcWriter(directory, "familie_in_nrw") as writer:
        for copy in copies:
            for item in ITEMS:
                url = "https://www.familie-in-nrw.de" + item["url"].replace(
                    "showUid]=", f"showUid]={copy}0")
                writer.write_response(
                    url, 200, [("Content-Type", f"text/html; charset={item['charset']}")],
                    (SAMPLE / item["file"]).read_bytes(), "2026-01-01T00:00:00Z",
                    {"source": "familie_in_nrw", "role": "article"},
                )


def enrichment_rows(db_path) -> dict[str, set]:
    """Each article's municipality and topic rows, as stored."""
    rows: dict[str, set] = {}
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        for (article_id,) in db.execute("select id from articles"):
            rows[article_id] = set()
        for article_id, ags in db.execute("select article_id, ags from article_municipalities"):
            rows.setdefault(article_id, set()).add(("place", ags))
        for article_id, topic in db.execute("select article_id, topic from article_topics"):
            rows.setdefault(article_id, set()).add(("topic", topic))
    db.close()
    return rows


def expected_rows(db_path) -> dict[str, set]:
    """Each article's municipality and topic rows, as enrich_article makes them from its text."""
    rules = default_rules()
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        records = [dict(row) for row in db.execute("select id, title, teaser, body from articles")]
    db.close()
    expected = {}
    for record in records:
        enrichment = enrich_article(record, rules)
        expected[record["id"]] = {("place", tag.ags) for tag in enrichment.municipalities} | {
            ("topic", tag.topic) for tag in enrichment.topics}
    return expected


def test_enrich_during_a_crawl_waits_its_turn_and_wipes_nothing(tmp_path, record_property):
    write_copies(tmp_path / "stored", range(8))
    write_copies(tmp_path / "tonight", range(8, 12))
    db_path = tmp_path / "archive.db"
    with Archive.open(db_path) as archive:
        reprocess([tmp_path / "stored"], archive, default_rules())
    tonight = next((tmp_path / "tonight").iterdir())

    started = time.perf_counter()
    writer = subprocess.Popen([sys.executable, "-c", CRAWL_WRITER, db_path, tonight], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert writer.stdout.readline() == "saving\n"
    enrich_runs = []
    while writer.poll() is None or not enrich_runs:
        enrich_runs.append(run_cli("enrich", f"--db={db_path}"))
    writer_stderr = writer.stderr.read()
    writer.wait(timeout=60)
    seconds = time.perf_counter() - started

    stored, expected = enrichment_rows(db_path), expected_rows(db_path)
    tally = Tally(
        lost=sum(1 for key, rows in expected.items() if rows and not stored.get(key)),
        duplicated=0,
        altered=sum(1 for key, rows in expected.items() if stored.get(key) and stored[key] != rows),
    )
    failed = [run.stderr.strip().splitlines()[-1] for run in enrich_runs if run.returncode]
    report_rows(record_property, [
        ("enrich during a crawl (a concurrent writer process)",
         f"{len(enrich_runs)} enrich runs, {len(failed)} failed"
         + (f" ({failed[0][:60]})" if failed else "") + f"; writer exit {writer.returncode}; "
         f"{len(expected)} articles", tally),
    ], seconds)
    assert failed == []
    assert writer.returncode == 0, writer_stderr
    assert len(expected) == 15 * 12
    assert tally == CLEAN
    assert stored == expected


def test_a_damaged_byte_in_a_crawled_warc_loses_only_its_record(crawled, tmp_path,
                                                                  record_property):
    """One flipped byte inside one article's record: the 14 others are reprocessed."""
    warc = tmp_path / "warc"
    shutil.copytree(crawled / "warc", warc)
    pages = list(iter_responses([warc]))
    article_pages = [page for page in pages if page.extra.get("role") == "article"]
    hit = article_pages[len(article_pages) // 2]
    following = min(page.warc_offset for page in pages
                    if page.warc_file == hit.warc_file and page.warc_offset > hit.warc_offset)
    path = warc / hit.warc_file
    damaged = bytearray(path.read_bytes())
    damaged[(hit.warc_offset + following) // 2] ^= 0x01
    path.write_bytes(bytes(damaged))

    started = time.perf_counter()
    result = run_cli("reprocess", str(warc), f"--db={tmp_path / 'rebuilt.db'}")
    seconds = time.perf_counter() - started

    original = articles(crawled / "archive.db")
    hit_id = next(row[0] for row in read_rows(crawled / "archive.db",
                  "select id, url from articles") if row[1] == hit.url)
    undamaged = [(key, value) for key, value in original if key != hit_id]
    tally = tally_against(tmp_path / "rebuilt.db", undamaged)
    report_rows(record_property, [
        ("reprocess: one flipped byte in one WARC record",
         f"exit {result.returncode}: {result.stdout.strip()}", tally),
    ], seconds)
    assert len(original) == 15
    assert result.stdout == "14 new, 1 unreadable records skipped\n"
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "Error: 1 damaged records could not be read and were skipped; every other record was "
        "reprocessed"
    )
    assert tally == CLEAN


def test_restoring_an_export_takes_nothing_and_plants_nothing(crawled, tmp_path, record_property):
    """A mid-crawl export restored onto the live warc/, then a crafted one with ATTACH and a
    trigger in its manifest: the live files stay, nothing is written or planted."""
    live = tmp_path / "warc"
    shutil.copytree(crawled / "warc", live)
    export = tmp_path / "export"
    assert run_cli("backup", f"--db={crawled / 'archive.db'}", f"--warc-dir={live}",
                   f"--export={export}").returncode == 0
    night_file = sorted(live.iterdir())[0]
    with night_file.open("ab") as growing:  # the crawl appends after the export was taken
        growing.write(b"\x1f\x8b the night goes on")
    live_bytes = night_file.read_bytes()

    started = time.perf_counter()
    onto_live = run_cli("restore", str(export), f"--db={tmp_path / 'restored.db'}",
                        f"--warc-dir={live}")
    planted = tmp_path / "planted.db"
    manifest = json.loads((export / "manifest.json").read_text("utf-8"))
    manifest["schema"] += [f"ATTACH DATABASE '{planted}' AS planted",
                           "CREATE TABLE planted.loot (x)",
                           "CREATE TRIGGER wipe AFTER INSERT ON citations "
                           "BEGIN DELETE FROM articles; END"]
    text = json.dumps(manifest).encode("utf-8")
    (export / "manifest.json").write_bytes(text)
    (export / "manifest.sha256").write_text(f"{hashlib.sha256(text).hexdigest()}  manifest.json")
    crafted = run_cli("restore", str(export), f"--db={tmp_path / 'restored.db'}")
    seconds = time.perf_counter() - started
    triggers = read_rows(tmp_path / "restored.db",
                         "select name from sqlite_master where name = 'wipe'")

    report_rows(record_property, [
        ("restore of a mid-crawl export onto the live warc/",
         f"exit {onto_live.returncode}: {onto_live.stderr.strip()[:110]}",
         Tally(lost=int(night_file.read_bytes() != live_bytes), duplicated=0, altered=0)),
        ("restore of an export with ATTACH and a trigger",
         f"exit {crafted.returncode}; planted file: {planted.exists()}, trigger: {bool(triggers)}",
         tally_against(tmp_path / "restored.db", articles(crawled / "archive.db"))),
    ], seconds)
    assert onto_live.returncode == 1
    assert onto_live.stderr == (
        f"Error: {night_file} exists and differs from the export's: restore never overwrites a "
        "WARC file (restore into another directory)\n"
    )
    assert night_file.read_bytes() == live_bytes
    assert crafted.returncode == 0, crafted.stderr
    assert (planted.exists(), triggers) == (False, [])
    assert tally_against(tmp_path / "restored.db", articles(crawled / "archive.db")) == CLEAN
