"""Readers during a crawl: a separate connection sees a consistent archive at every moment.

One crawl of the sample, stretched by a delay on every item, runs in its own process while a
thread reads the archive in a loop (one read transaction per pass) and the test itself holds a
read open across WAL checkpoints, then takes a snapshot and an export. The tests then judge
what was seen and what the backups hold.
"""

import json
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import pytest

from pipeline.archive.backup import export, rebuild, snapshot
from pipeline.rawstore import read_response
from sample_site.server import Fault, SampleSite

from .conftest import FAST_CRAWL, ROOT, SAMPLE

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

TABLES = ("articles", "citations", "crawl_runs", "fetch_errors")
ARCHIVES = {"2488": "/archiv-neues-kommunen.html", "1669": "/archiv-meldungen.html"}
ITEMS = json.loads((SAMPLE / "expected.json").read_text("utf-8"))["items"]
# Columns a later save of the same unchanged article may move.
MOVING = {"last_checked_at"}


@dataclass
class Seen:
    passes: int = 0
    counts: list[dict[str, int]] = field(default_factory=list)
    # (article id, citations stored with it) for every article seen in a pass
    citations: list[tuple[str, int]] = field(default_factory=list)
    rows: dict[str, list[dict]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


@dataclass
class CheckpointTrial:
    before: dict[str, int]  # counts in the reader's transaction before the checkpoints
    results: list[tuple[int, int, int]]  # (busy, log frames, checkpointed frames) per checkpoint
    after: dict[str, int]  # counts in the same transaction after them and more crawl writes
    outside: dict[str, int]  # counts in a new transaction afterwards


def connect(db_path) -> sqlite3.Connection:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None, timeout=5)
    db.row_factory = sqlite3.Row
    return db


def counts(db) -> dict[str, int]:
    return {table: db.execute(f"select count(*) from {table}").fetchone()[0] for table in TABLES}


def read_pass(db, seen: Seen) -> None:
    """One consistent look at the archive: every table within the same read transaction."""
    db.execute("BEGIN")
    try:
        seen.counts.append(counts(db))
        per_article = Counter(row[0] for row in db.execute("select article_id from citations"))
        for row in db.execute("select * from articles"):
            seen.citations.append((row["id"], per_article[row["id"]]))
            seen.rows.setdefault(row["id"], []).append(dict(row))
    finally:
        db.execute("COMMIT")
    seen.passes += 1


def read_until(db_path, stop: threading.Event, seen: Seen) -> None:
    while not stop.is_set() and not db_path.exists():
        time.sleep(0.005)
    db = connect(db_path)
    try:
        while not stop.is_set():
            try:
                read_pass(db, seen)
                time.sleep(0.002)  # many passes, but room for the crawler and the test
            except sqlite3.OperationalError as error:  # the schema is not there yet
                if "no such table" not in str(error):
                    seen.errors.append(str(error))
                time.sleep(0.005)
    finally:
        db.close()


def checkpoint_during_a_read(db_path) -> CheckpointTrial:
    """Hold a read open while checkpoints run and the crawl writes on, then look again."""
    reader = connect(db_path)
    checkpointer = sqlite3.connect(db_path, isolation_level=None, timeout=0.2)
    reader.execute("BEGIN")
    before = counts(reader)
    results = [
        tuple(checkpointer.execute(f"PRAGMA wal_checkpoint({mode})").fetchone())
        for mode in ("PASSIVE", "TRUNCATE")
    ]
    deadline = time.monotonic() + 20
    while article_count(db_path) <= before["articles"] and time.monotonic() < deadline:
        time.sleep(0.01)  # until the crawl has saved more articles than this read sees
    after = counts(reader)
    reader.execute("COMMIT")
    outside = counts(reader)
    reader.close()
    checkpointer.close()
    return CheckpointTrial(before, results, after, outside)


def article_count(db_path) -> int:
    try:
        with connect(db_path) as db:
            return db.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.fixture(scope="module")
def crawl_with_readers(tmp_path_factory):
    """(what the reader saw, the checkpoint trial, final rows by id, final citations by id)."""
    root = tmp_path_factory.mktemp("concurrent")
    db_path = root / "archive.db"
    seen, stop = Seen(), threading.Event()
    with SampleSite() as site:
        for item in ITEMS:
            path = f"{ARCHIVES[item['originalPid']]}?tx_prnews[showUid]={item['showUid']}"
            site.faults[path] = Fault(delay=0.25)
        crawler = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "crawl", "familie_in_nrw", f"--db={db_path}",
             f"--warc-dir={root / 'warc'}", f"--start-urls={','.join(site.start_urls())}",
             *[f"--set={name}={value}" for name, value in FAST_CRAWL.items()]],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        reader = threading.Thread(target=read_until, args=(db_path, stop, seen))
        reader.start()
        deadline = time.monotonic() + 30
        while article_count(db_path) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        trial = checkpoint_during_a_read(db_path)
        # Backups taken while the crawl writes on.
        snapshot(db_path, root / "snapshot.db")
        export(db_path, root / "warc", root / "export")
        _, stderr = crawler.communicate(timeout=60)
        stop.set()
        reader.join()
    assert crawler.returncode == 0, stderr
    with connect(db_path) as db:
        final = {row["id"]: dict(row) for row in db.execute("select * from articles")}
        cited = Counter(row[0] for row in db.execute("select article_id from citations"))
    rebuild(root / "export", root / "rebuilt.db")
    return seen, trial, final, cited


def backup_of(crawl_with_readers, tmp_path_factory, name: str) -> dict[str, int]:
    """Articles of a backup taken mid-crawl, with their citation counts."""
    path = tmp_path_factory.getbasetemp() / "concurrent0" / name
    with connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        cited = Counter(row[0] for row in db.execute("select article_id from citations"))
        return {row[0]: cited[row[0]] for row in db.execute("select id from articles")}


def test_the_reader_ran_while_articles_were_being_saved(crawl_with_readers):
    seen, _, final, _ = crawl_with_readers

    article_counts = {c["articles"] for c in seen.counts}
    assert seen.errors == []
    assert len(final) == 15
    assert len(article_counts) >= 5  # it saw the archive at many stages, not once at the end
    assert max(article_counts) == 15


def test_no_article_is_ever_seen_without_all_its_citations(crawl_with_readers):
    seen, _, _, cited = crawl_with_readers

    incomplete = [(article, n) for article, n in seen.citations if n != cited[article]]
    assert incomplete == []
    assert sum(cited.values()) > 0


@pytest.mark.parametrize("table", TABLES)
def test_counts_only_grow(crawl_with_readers, table):
    seen, _, _, _ = crawl_with_readers

    series = [c[table] for c in seen.counts]
    assert series == sorted(series)


def test_every_row_seen_is_the_row_the_crawl_ends_with(crawl_with_readers):
    seen, _, final, _ = crawl_with_readers

    def settled(row: dict) -> dict:
        return {column: value for column, value in row.items() if column not in MOVING}

    differing = [
        article for article, rows in seen.rows.items()
        if any(settled(row) != settled(final[article]) for row in rows)
    ]
    assert differing == []
    assert set(seen.rows) == set(final)


def test_a_checkpoint_does_not_change_what_an_open_read_sees(crawl_with_readers):
    _, trial, _, _ = crawl_with_readers

    assert trial.after == trial.before
    assert trial.outside["articles"] > trial.before["articles"]


def test_a_truncating_checkpoint_waits_for_the_open_read(crawl_with_readers):
    _, trial, _, _ = crawl_with_readers

    passive, truncate = trial.results
    assert passive[0] == 0  # PASSIVE never waits: it copies what no reader still needs
    assert truncate[0] == 1  # TRUNCATE gives up (busy) rather than pull pages from under a read


@pytest.mark.parametrize("backup", ["snapshot.db", "rebuilt.db"])
def test_a_backup_taken_during_the_crawl_holds_only_whole_articles(
    crawl_with_readers, tmp_path_factory, backup
):
    _, trial, final, cited = crawl_with_readers

    articles = backup_of(crawl_with_readers, tmp_path_factory, backup)

    assert trial.before["articles"] <= len(articles) < len(final)
    assert articles == {article: cited[article] for article in articles}


def test_an_export_taken_during_the_crawl_holds_the_raw_page_of_each_record(
    crawl_with_readers, tmp_path_factory
):
    root = tmp_path_factory.getbasetemp() / "concurrent0"
    with connect(root / "rebuilt.db") as db:
        records = db.execute("select url, warc_file, warc_offset from articles").fetchall()

    pages = [read_response(root / "export" / "warc" / file, offset) for _, file, offset in records]
    assert [page.url for page in pages] == [url for url, _, _ in records]
    assert records


def test_after_the_crawl_a_full_checkpoint_succeeds_and_the_archive_is_sound(
    crawl_with_readers, tmp_path_factory
):
    seen, _, _, _ = crawl_with_readers
    db_path = tmp_path_factory.getbasetemp() / "concurrent0" / "archive.db"

    with sqlite3.connect(db_path, isolation_level=None) as db:
        assert db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone() == (0, 0, 0)
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert seen.passes > 0
