"""The fault campaign: the crawler against a misbehaving site, nothing lost, doubled or altered.

Every case ends with an archive that must hold each article of a clean crawl exactly once and
unaltered (same content hash): at once, after a second night without the fault, or kept from
the night before. Each test records its row of the fault table (`record_property`), which
`bench/faults` prints.
"""

import json
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from pipeline.archive import Archive
from pipeline.identity import canonical_url
from sample_site.faults import FaultySite, Injection, Wire
from sample_site.server import Fault

from .conftest import FAST_CRAWL, ROOT, SAMPLE, run_cli

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

HTML_UTF8 = "text/html; charset=utf-8"
ARCHIVES = {"2488": "/archiv-neues-kommunen.html", "1669": "/archiv-meldungen.html"}


def article_key(url: str) -> str:
    """An article's canonical address without scheme and host: each test's site has its port."""
    parts = urlsplit(canonical_url(url))
    return f"{parts.path}?{parts.query}"


def read(db_path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        return db.execute(sql, params).fetchall()


def archived(db_path) -> list[tuple[str, str]]:
    """(article key, content hash) of every article row."""
    rows = read(db_path, "select canonical_url, content_hash from articles")
    return [(article_key(url), content) for url, content in rows]


def fetch_errors(db_path) -> list[tuple[str, int | None, str]]:
    rows = read(db_path, "select url, status, message from fetch_errors order by id")
    return [(article_key(url), status, message) for url, status, message in rows]


def runs(db_path) -> list[tuple[str | None, str | None]]:
    return read(db_path, "select status, reason from crawl_runs order by id")


ITEMS = json.loads((SAMPLE / "expected.json").read_text("utf-8"))["items"]
# UTF-8 items listed in one archive only: a fault on one link hits one article, and the
# charset faults start from the same encoding.
FAULT_ITEMS = [item for item in ITEMS if item["charset"] == "utf-8" and item["showUid"] != "897"]


def item_path(item: dict) -> str:
    return f"{ARCHIVES[item['originalPid']]}?tx_prnews[showUid]={item['showUid']}"


def item_key(item: dict) -> str:
    return f"{ARCHIVES[item['originalPid']]}?tx_prnews[originalPid]={item['originalPid']}" \
        f"&tx_prnews[showUid]={item['showUid']}"


def item_page(item: dict) -> bytes:
    return (SAMPLE / item["file"]).read_bytes()


@dataclass(frozen=True)
class Tally:
    lost: int  # articles neither archived nor on record as failed: gone without a trace
    duplicated: int  # rows beyond one per article, and rows of no known article
    altered: int  # articles whose content differs from the clean crawl's

    @classmethod
    def of(cls, db_path, baseline: dict[str, str], keys=None) -> "Tally":
        """The tally over `keys` (default: every article of the clean crawl)."""
        keys = set(baseline if keys is None else keys)
        rows = archived(db_path)
        counts = Counter(key for key, _ in rows)
        hashes = dict(rows)
        failed = {key for key, _, _ in fetch_errors(db_path)}
        unknown = sum(key not in baseline for key in counts) if keys == set(baseline) else 0
        return cls(
            lost=sum(1 for key in keys if key not in counts and key not in failed),
            duplicated=sum(max(counts[key] - 1, 0) for key in keys) + unknown,
            altered=sum(1 for key in keys if key in hashes and hashes[key] != baseline[key]),
        )


CLEAN = Tally(lost=0, duplicated=0, altered=0)


def missing(db_path, baseline: dict[str, str]) -> list[str]:
    """Articles of the clean crawl that the archive does not hold (failed ones included)."""
    held = {key for key, _ in archived(db_path)}
    return sorted(set(baseline) - held)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> dict[str, str]:
    """Article key -> content hash, from a clean crawl of the sample."""
    root = tmp_path_factory.mktemp("baseline")
    with FaultySite() as front:
        assert night(front, root).returncode == 0
    return dict(archived(root / "archive.db"))


@pytest.fixture
def front():
    with FaultySite() as running:
        yield running


def night(front: FaultySite, root, start_urls: list[str] | None = None, **settings):
    """One nightly crawl of the front into root/archive.db, in its own process, timed."""
    started = time.perf_counter()
    result = run_cli(
        "crawl", "familie_in_nrw", f"--db={root / 'archive.db'}", f"--warc-dir={root / 'warc'}",
        f"--start-urls={','.join(start_urls or front.start_urls())}",
        settings={**FAST_CRAWL, **settings},
    )
    result.seconds = time.perf_counter() - started
    return result


def report(record_property, fault: str, outcome: str, tally: Tally, seconds: float) -> None:
    """This case's row of the fault table (read by bench/faults from the JUnit XML)."""
    report_rows(record_property, [(fault, outcome, tally)], seconds)


def report_rows(record_property, rows: list[tuple[str, str, Tally]], seconds: float) -> None:
    """Rows of the fault table; a test that tries several faults in one night gives several.

    `seconds` is the fault night's crawl time, for comparison with the clean night's.
    """
    record_property("fault_rows", json.dumps([
        {"fault": fault, "outcome": outcome, "lost": tally.lost, "duplicated": tally.duplicated,
         "altered": tally.altered, "night_seconds": round(seconds, 2)}
        for fault, outcome, tally in rows
    ], ensure_ascii=False))


def outcome_of(result, db_path) -> str:
    messages = "; ".join(sorted({message[:60] for _, _, message in fetch_errors(db_path)}))
    status, reason = runs(db_path)[-1]
    line = f"exit {result.returncode}, run {status}" + (f" ({reason})" if reason else "")
    return line + (f"; fetch errors: {messages}" if messages else "")


def requests_for(front: FaultySite, item: dict) -> int:
    return sum(article_key(front.base_url + target) == item_key(item) for target in front.requests)


def cp1252_page(raw: bytes) -> bytes:
    return raw.decode("utf-8").replace('<meta charset="utf-8">', "").encode("cp1252")


def big_page(raw: bytes, where: bytes) -> bytes:
    """The page with 20 MB of inlined script before `where` (a bundle, as some CMS inline)."""
    blob = b"<script>var bundle = '" + b"A" * 20_000_000 + b"';</script>"
    cut = raw.index(where)
    return raw[:cut] + blob + raw[cut:]


def malformed_page(raw: bytes) -> bytes:
    """The page with its </p> dropped, stray end tags, a <b> never closed, a comment left open."""
    text = raw.decode("utf-8").replace("</p>", "").replace("<body>", "</td></table><body>", 1)
    text = text.replace('<div id="sidebar">', '<b><div id="sidebar"></span>', 1)
    return text.encode() + b"<!-- offen <"


# Faults a retry gets past: each hits its item's first request only.
# The crawl's timeout in the fault nights, and a page slower than it. An ordinary page must come
# well within the timeout: with half a second, the transient night failed twice in about twenty
# runs, its two Retry-After pages recorded as fetch errors (a first attempt lost, so the retry
# met the fault; the cause was not caught in the act).
FAULT_TIMEOUT, SLOWER_THAN_TIMEOUT = "2", 3.0
TRANSIENT = [
    ("HTTP 500 once", lambda raw: Injection(Fault(status=500), times=1)),
    ("HTTP 503 with Retry-After once",
     lambda raw: Injection(Fault(status=503, headers={"Retry-After": "1"}), times=1)),
    ("HTTP 429 with Retry-After once",
     lambda raw: Injection(Fault(status=429, headers={"Retry-After": "1"}), times=1)),
    ("timeout once", lambda raw: Injection(Fault(delay=SLOWER_THAN_TIMEOUT), times=1)),
    ("connection reset once", lambda raw: Injection(wire=Wire.RESET, times=1)),
    ("truncated body once (Content-Length too large)",
     lambda raw: Injection(wire=Wire.TRUNCATE, times=1)),
]
# Faults that last: the item is a fetch error tonight and archived the next night.
LASTING = [
    ("HTTP 500", lambda raw: Injection(Fault(status=500)), (500, "HTTP 500")),
    ("HTTP 503 with Retry-After",
     lambda raw: Injection(Fault(status=503, headers={"Retry-After": "1"})), (503, "HTTP 503")),
    ("HTTP 429", lambda raw: Injection(Fault(status=429)), (429, "HTTP 429")),
    ("timeout", lambda raw: Injection(Fault(delay=SLOWER_THAN_TIMEOUT)),
     (None, "DownloadTimeoutError: ")),
    ("connection reset", lambda raw: Injection(wire=Wire.RESET),
     (None, "DownloadFailedError: ")),
    ("truncated body (Content-Length too large)", lambda raw: Injection(wire=Wire.TRUNCATE),
     (None, "ResponseDataLossError")),
    ("gzip that lies (plain body)",
     lambda raw: Injection(Fault(headers={"Content-Encoding": "gzip"})),
     (None, "BadGzipFile: Not a gzipped file")),
    ("binary content as text/html",
     lambda raw: Injection(Fault(body=random.Random(7).randbytes(40_000))),
     (200, "the page is binary data, not HTML")),
]
# Pages that are odd but readable: each must become its article, unaltered.
ODD_PAGES = [
    ("missing charset (windows-1252, unlabelled)",
     lambda raw: Injection(Fault(body=cp1252_page(raw), headers={"Content-Type": "text/html"}))),
    ("malformed HTML (no </p>, stray end tags, unclosed <b> and comment)",
     lambda raw: Injection(Fault(body=malformed_page(raw)))),
    ("20 MB page (inline script at the end)",
     lambda raw: Injection(Fault(body=big_page(raw, b"</body>")))),
]


def test_a_clean_night_is_the_baseline(front, tmp_path, baseline, record_property):
    result = night(front, tmp_path)

    tally = Tally.of(tmp_path / "archive.db", baseline)
    report(record_property, "none (baseline)", outcome_of(result, tmp_path / "archive.db"),
           tally, result.seconds)
    assert (result.returncode, fetch_errors(tmp_path / "archive.db")) == (0, [])
    assert (tally, missing(tmp_path / "archive.db", baseline)) == (CLEAN, [])


def test_transient_faults_are_retried_away(front, tmp_path, baseline, record_property):
    cases = list(zip(TRANSIENT, FAULT_ITEMS, strict=False))
    for (_, inject), item in cases:
        front.injections[item_path(item)] = inject(item_page(item))

    result = night(front, tmp_path, DOWNLOAD_TIMEOUT=FAULT_TIMEOUT)

    db_path = tmp_path / "archive.db"
    report_rows(record_property, [
        (fault, f"{requests_for(front, item)} requests; "
         + item_outcome(db_path, item, baseline), Tally.of(db_path, baseline, [item_key(item)]))
        for (fault, _), item in cases
    ], result.seconds)
    assert (result.returncode, runs(db_path)) == (0, [("ok", None)])
    assert fetch_errors(db_path) == []
    assert [requests_for(front, item) for _, item in cases] == [2] * len(cases)
    assert (Tally.of(db_path, baseline), missing(db_path, baseline)) == (CLEAN, [])


def test_lasting_faults_are_fetch_errors_and_archived_the_next_night(
    front, tmp_path, baseline, record_property
):
    cases = list(zip(LASTING, FAULT_ITEMS, strict=False))
    for (_, inject, _), item in cases:
        front.injections[item_path(item)] = inject(item_page(item))

    result = night(front, tmp_path, DOWNLOAD_TIMEOUT=FAULT_TIMEOUT)
    db_path = tmp_path / "archive.db"
    errors = fetch_errors(db_path)
    tallies = [Tally.of(db_path, baseline, [item_key(item)]) for _, item in cases]
    outcomes = [item_outcome(db_path, item, baseline) for _, item in cases]
    front.injections.clear()
    next_night = night(front, tmp_path)

    report_rows(record_property, [
        (fault, f"{outcome}; next night: {item_outcome(db_path, item, baseline)}", tally)
        for ((fault, _, _), item), outcome, tally in zip(cases, outcomes, tallies, strict=True)
    ], result.seconds)
    assert (result.returncode, runs(db_path)[0]) == (0, ("ok", None))
    expected = {item_key(item): error for (_, _, error), item in cases}
    assert sorted(
        (key, status, message[: len(expected.get(key, (None, ""))[1])])
        for key, status, message in errors
    ) == sorted((key, *error) for key, error in expected.items())
    assert tallies == [CLEAN] * len(cases)
    assert (next_night.returncode, missing(db_path, baseline)) == (0, [])
    assert (len(fetch_errors(db_path)), Tally.of(db_path, baseline)) == (len(cases), CLEAN)


def test_odd_but_readable_pages_become_their_articles(front, tmp_path, baseline, record_property):
    cases = list(zip(ODD_PAGES, FAULT_ITEMS, strict=False))
    for (_, inject), item in cases:
        front.injections[item_path(item)] = inject(item_page(item))

    result = night(front, tmp_path)

    db_path = tmp_path / "archive.db"
    report_rows(record_property, [
        (fault, item_outcome(db_path, item, baseline),
         Tally.of(db_path, baseline, [item_key(item)]))
        for (fault, _), item in cases
    ], result.seconds)
    assert (result.returncode, fetch_errors(db_path)) == (0, [])
    assert (Tally.of(db_path, baseline), missing(db_path, baseline)) == (CLEAN, [])


def item_outcome(db_path, item: dict, baseline: dict[str, str]) -> str:
    """What became of one article tonight, in a few words."""
    key = item_key(item)
    hashes = [content for k, content in archived(db_path) if k == key]
    errors = [message[:60] for k, _, message in fetch_errors(db_path) if k == key]
    if hashes:
        return "archived" + ("" if hashes == [baseline[key]] else ", altered")
    if errors:
        return "fetch error: " + "; ".join(errors)
    return "not archived, and no fetch error"


# (fault, the item's injection from its page, how the pipeline once mishandled it)
TRICKY_PAGES = [
    ("control character in the page",
     lambda item, raw: Injection(Fault(body=raw.replace(
         b'<div id="sidebar">', b'<div id="sidebar">\x01'))),
     "lxml raises ValueError on the control character when the extractor drops the sidebar; "
     "the pipeline catches only ExtractionError, so the page is neither archived nor in "
     "fetch_errors"),
    ("redirect loop",
     lambda item, raw: Injection(Fault(status=302, headers={"Location": item_path(item)})),
     "the redirect back to the item is dropped by Scrapy's duplicate filter, which calls no "
     "errback: the item is neither archived nor in fetch_errors"),
    ("wrong charset (UTF-8 labelled ISO-8859-1)",
     lambda item, raw: Injection(Fault(headers={"Content-Type": "text/html; charset=iso-8859-1"})),
     "the extractor trusts the header over valid UTF-8 bytes and a UTF-8 meta: the record is "
     "stored as mojibake"),
    ("wrong charset (windows-1252 labelled UTF-8)",
     lambda item, raw: Injection(Fault(body=cp1252_page(raw), headers={"Content-Type": HTML_UTF8})),
     "the extractor decodes invalid UTF-8 with replacement characters instead of falling back "
     "to windows-1252: umlauts become U+FFFD"),
    ("20 MB page (inline script in the head)",
     lambda item, raw: Injection(Fault(body=big_page(raw, b"</head>"))),
     "the extractor cuts pages at 2,000,000 characters before parsing: the article after a "
     "large inline script is lost and an empty record with the site's title is saved in its "
     "place"),
]
TRICKY_ITEMS = dict(zip((fault for fault, _, _ in TRICKY_PAGES), FAULT_ITEMS, strict=False))


@pytest.fixture(scope="module")
def night_of_tricky_pages(tmp_path_factory):
    """One night with each tricky page on its own article: (archive path, the crawl)."""
    root = tmp_path_factory.mktemp("tricky_pages")
    with FaultySite() as front:
        for fault, inject, _ in TRICKY_PAGES:
            item = TRICKY_ITEMS[fault]
            front.injections[item_path(item)] = inject(item, item_page(item))
        result = night(front, root)
    return root / "archive.db", result


@pytest.mark.parametrize("fault", [fault for fault, _, _ in TRICKY_PAGES])
def test_a_tricky_page_is_archived_unaltered_or_on_record(
    fault, night_of_tricky_pages, baseline, record_property
):
    """Each page is archived unaltered, or is on record as a fetch error."""
    db_path, result = night_of_tricky_pages
    item = TRICKY_ITEMS[fault]

    tally = Tally.of(db_path, baseline, [item_key(item)])
    report(record_property, fault, item_outcome(db_path, item, baseline), tally, result.seconds)
    assert (result.returncode, runs(db_path)) == (0, [("ok", None)])
    assert tally == CLEAN


def test_a_malformed_list_page_loses_no_item(front, tmp_path, baseline, record_property):
    listing = (SAMPLE / "lists" / "kommunen-1.html").read_text("utf-8")
    broken = listing.replace("</li>", "").replace("</ul>", "</table></ul>").replace("</html>", "")
    front.site.faults["/archiv-neues-kommunen.html"] = Fault(body=broken.encode() + b"<a href=")

    result = night(front, tmp_path)

    tally = Tally.of(tmp_path / "archive.db", baseline)
    report(record_property, "malformed list page", outcome_of(result, tmp_path / "archive.db"),
           tally, result.seconds)
    assert (result.returncode, fetch_errors(tmp_path / "archive.db")) == (0, [])
    assert tally == CLEAN


def test_robots_txt_5xx_means_crawl_as_usual(front, tmp_path, baseline, record_property):
    front.injections["/robots.txt"] = Injection(Fault(status=503))

    result = night(front, tmp_path)

    tally = Tally.of(tmp_path / "archive.db", baseline)
    report(record_property, "robots.txt 5xx", outcome_of(result, tmp_path / "archive.db"), tally,
           result.seconds)
    assert (result.returncode, runs(tmp_path / "archive.db")) == (0, [("ok", None)])
    assert tally == CLEAN


def go_away(front: FaultySite, how: str) -> None:
    """Make the site misbehave as a whole, as it might between two nights."""
    if how == "robots":
        robots = b"User-agent: *\nDisallow: /\n"
        front.injections["/robots.txt"] = Injection(Fault(body=robots))
    elif how == "all 404":
        front.gone = True
    else:
        front.stop()


@pytest.mark.parametrize("how, reason", [
    ("robots", "robots.txt forbids the pages to crawl (2 requests refused)"),
    ("all 404", "zero items from 2 pages fetched"),
    # The HTTP cache stands in for the refused listings: still no page came from the source.
    ("refused", "unreachable: no page could be fetched"),
])
def test_a_site_that_turns_away_keeps_the_archive(
    how, reason, front, tmp_path, baseline, record_property
):
    db_path = tmp_path / "archive.db"
    assert night(front, tmp_path).returncode == 0
    before = read(db_path, "select * from articles order by id")
    urls = front.start_urls()

    go_away(front, how)
    result = night(front, tmp_path, start_urls=urls)

    tally = Tally.of(db_path, baseline)
    fault = {"robots": "robots.txt disallows all", "all 404": "source disappears (all 404)",
             "refused": "source disappears (connection refused)"}[how]
    report(record_property, fault, outcome_of(result, db_path), tally, result.seconds)
    assert result.returncode == 1
    assert runs(db_path) == [("ok", None), ("failed", reason)]
    assert f"familie_in_nrw: FAILED: {reason}" in result.stderr
    assert read(db_path, "select * from articles order by id") == before
    assert tally == CLEAN


def article_count(db_path) -> int:
    try:
        return read(db_path, "select count(*) from articles")[0][0]
    except sqlite3.OperationalError:
        return 0  # not created yet


def test_sigkill_mid_crawl_then_restart_loses_and_doubles_nothing(
    front, tmp_path, baseline, record_property
):
    db_path = tmp_path / "archive.db"
    for item in ITEMS:
        front.injections[item_path(item)] = Injection(Fault(delay=0.3))
    overrides = [f"--set={name}={value}" for name, value in FAST_CRAWL.items()]
    crawler = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "crawl", "familie_in_nrw", f"--db={db_path}",
         f"--warc-dir={tmp_path / 'warc'}", f"--start-urls={','.join(front.start_urls())}",
         *overrides],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while article_count(db_path) < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    crawler.send_signal(signal.SIGKILL)
    crawler.wait()
    at_kill = article_count(db_path)
    integrity = read(db_path, "PRAGMA integrity_check")

    front.injections.clear()
    result = night(front, tmp_path)

    tally = Tally.of(db_path, baseline)
    report(record_property, "SIGKILL mid-crawl, then restart",
           f"killed after {at_kill} articles; integrity {integrity[0][0]}; "
           + outcome_of(result, db_path), tally, result.seconds)
    assert 5 <= at_kill < len(baseline)
    assert integrity == [("ok",)]
    assert result.returncode == 0, result.stderr
    assert runs(db_path) == [(None, None), ("ok", None)]
    assert tally == CLEAN


# The database's disk is full: SQLite answers SQLITE_FULL ("database or disk is full") when a
# write needs a page it cannot get. max_page_count pinned to the current size gives exactly that
# error, on the database alone, in every connection the crawler opens; RLIMIT_FSIZE would
# instead fail every file of the process (WARCs, cache) with EFBIG, which SQLite reports as a
# generic I/O error, and a tmpfs needs privileges the test machine does not have.
FULL_DISK = textwrap.dedent("""\
    import os, sqlite3
    _connect = sqlite3.connect
    def connect(database, *args, **kwargs):
        connection = _connect(database, *args, **kwargs)
        if os.path.abspath(str(database)) == os.environ["FULL_DISK_DB"]:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection
    sqlite3.connect = connect
""")


def full_disk_night(front, root):
    """A crawl of both archives whose database cannot grow by a single page."""
    # No free pages inside the file either: a full disk leaves no room at all.
    with sqlite3.connect(root / "archive.db") as db:
        db.execute("VACUUM")
    (root / "full").mkdir()
    (root / "full" / "sitecustomize.py").write_text(FULL_DISK)
    db_path = root / "archive.db"
    command = [sys.executable, "-m", "pipeline", "crawl", "familie_in_nrw", f"--db={db_path}",
               f"--warc-dir={root / 'warc'}", f"--start-urls={','.join(front.start_urls())}",
               *[f"--set={name}={value}" for name, value in FAST_CRAWL.items()]]
    env = {"PYTHONPATH": str(root / "full"), "FULL_DISK_DB": str(db_path.resolve()),
           "PATH": "/usr/bin:/bin"}
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    result.seconds = time.perf_counter() - started
    return result


@dataclass(frozen=True)
class DiskFull:
    front: FaultySite
    root: object
    before: list[tuple]  # article rows after the first night
    full: subprocess.CompletedProcess  # the night with the full disk
    after: list[tuple]  # article rows after it
    integrity: list[tuple]
    tally: Tally  # after the full night


@pytest.fixture(scope="module")
def disk_full(tmp_path_factory, baseline):
    """A night on one archive, then a night on both with the database's disk full."""
    root = tmp_path_factory.mktemp("disk_full")
    db_path = root / "archive.db"
    with FaultySite() as front:
        assert night(front, root, start_urls=front.start_urls()[:1]).returncode == 0
        rows = "select * from articles order by id"
        before = read(db_path, rows)
        full = full_disk_night(front, root)
        yield DiskFull(front, root, before, full, read(db_path, rows),
                       read(db_path, "PRAGMA integrity_check"), Tally.of(db_path, baseline))


def test_disk_full_leaves_the_archive_intact_and_the_next_night_completes_it(
    disk_full, baseline, record_property
):
    result = night(disk_full.front, disk_full.root)

    db_path = disk_full.root / "archive.db"
    tally = Tally.of(db_path, baseline)
    report(record_property, "disk full (database), the night after",
           f"integrity {disk_full.integrity[0][0]}, earlier rows unchanged; "
           + outcome_of(result, db_path), tally, result.seconds)
    assert (disk_full.after, disk_full.integrity) == (disk_full.before, [("ok",)])
    assert result.returncode == 0, result.stderr
    assert (tally, missing(db_path, baseline)) == (CLEAN, [])


def test_disk_full_is_a_clear_error(disk_full, record_property):
    full = disk_full.full
    report(record_property, "disk full (database)",
           f"exit {full.returncode}: " + next(
               (line for line in full.stderr.splitlines() if "FAILED" in line), full.stderr[-80:]
           ) + "; not archived that night, all archived the night after",
           disk_full.tally, full.seconds)

    assert full.returncode == 1
    assert "familie_in_nrw: FAILED: the archive database is full" in full.stderr


def test_save_article_on_a_full_database_raises_rather_than_reports_new(tmp_path):
    archive = Archive.open(tmp_path / "archive.db")
    pages = archive.db.execute("PRAGMA page_count").fetchone()[0]
    archive.db.execute(f"PRAGMA max_page_count = {pages}")
    record = {"id": "neu", "source": "familie_in_nrw", "canonical_url": "https://x.invalid/1",
              "url": "https://x.invalid/1", "fetched_at": "2026-01-01T00:00:00Z",
              "http_status": 200, "content_hash": "h", "warc_file": "w", "warc_offset": 0,
              "title": "Titel", "body": "Text " * 5000}

    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        archive.save_article(record, [])
