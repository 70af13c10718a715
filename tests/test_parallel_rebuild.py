"""`enrich` and `reprocess` on worker processes: every table as a serial run leaves it, progress
lines in a log, and a page or article that fails costs only itself."""

import json
import multiprocessing
import os
import shutil
import sqlite3
from urllib.parse import urlencode

import pytest

from pipeline import enrich as enrich_module
from pipeline import reprocess as reprocess_module
from pipeline.archive import Archive
from pipeline.enrich import enrich_all
from pipeline.rawstore import WarcWriter
from pipeline.reprocess import FAILED, reprocess
from pipeline.rules import default_rules

from .conftest import ROOT, SAMPLE, run_cli
from .test_reprocess_damaged import HOST, ITEMS, flip_byte, write_sample_warc

pytestmark = pytest.mark.slow  # reprocesses and enriches every sample page several times

RULES = default_rules()
FORKED = multiprocessing.get_start_method() == "fork"  # workers inherit the faults planted


def other_sites_pages() -> list[tuple[str, str, bytes]]:
    """(source, URL, HTML) of every article page of the other sample sites."""
    pages = []
    for site in sorted((ROOT / "sample_site").iterdir()):
        if site == SAMPLE or not (site / "routes.json").exists():
            continue
        origin = json.loads((site / "site.json").read_text("utf-8"))["origins"][0]
        for route in json.loads((site / "routes.json").read_text("utf-8")):
            if route["file"].startswith("articles/"):
                query = f"?{urlencode(route['query'])}" if route["query"] else ""
                pages.append((site.name, origin + route["path"] + query,
                              (site / route["file"]).read_bytes()))
    return pages


def write_two_nights(directory):
    """Night 1: every sample site's article pages (50). Night 2: one page unchanged, one changed,
    one listed under an id of its own, one gone (404), and a list page (no article)."""
    write_sample_warc(directory)
    with WarcWriter(directory, "z-other-sites") as writer:
        for source, url, html in other_sites_pages():
            writer.write_response(url, 200, [("Content-Type", "text/html; charset=utf-8")], html,
                                  "2026-01-01T00:00:00Z", {"source": source, "role": "article"})
    second = [(ITEMS[0], (SAMPLE / ITEMS[0]["file"]).read_bytes(), {}, 200),
              (ITEMS[1], (SAMPLE / ITEMS[1]["file"]).read_bytes().replace(
                  b"12.000 Euro", b"15.000 Euro"), {}, 200),
              (ITEMS[2], (SAMPLE / ITEMS[2]["file"]).read_bytes(),
               {"listed_id": "www.familie-in-nrw.de/alte-adresse-2"}, 200),
              (ITEMS[3], b"<html><body>Seite nicht gefunden</body></html>", {}, 404)]
    with WarcWriter(directory, "zz-night-2") as writer:
        for item, html, extra, status in second:
            writer.write_response(
                HOST + item["url"], status,
                [("Content-Type", f"text/html; charset={item['charset']}")], html,
                "2026-01-02T00:00:00Z", {"source": "familie_in_nrw", "role": "article", **extra})
        writer.write_response(HOST + "/archiv-meldungen.html", 200,
                              [("Content-Type", "text/html; charset=utf-8")],
                              b"<html><body><a href='/x'>Meldungen</a></body></html>",
                              "2026-01-02T00:00:00Z", {"source": "familie_in_nrw", "role": "list"})


def tables(path) -> dict[str, list]:
    """Every row of every table, in the order stored (rowid, or the key); not when the
    migrations were applied."""
    with sqlite3.connect(path) as db:
        names = [row[0] for row in db.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
            "and name != '_sqlite_migrations'")]
        return {name: db.execute(f"select * from [{name}]").fetchall() for name in names}


@pytest.fixture(scope="module")
def warc(tmp_path_factory):
    directory = tmp_path_factory.mktemp("two-nights") / "warc"
    write_two_nights(directory)
    return directory


@pytest.fixture(scope="module")
def serial(warc, tmp_path_factory):
    """The serial run: its archive and outcomes."""
    path = tmp_path_factory.mktemp("serial") / "archive.db"
    with Archive.open(path) as archive:
        outcomes = reprocess([warc], archive, RULES, workers=1)
    return path, outcomes


def test_reprocess_on_two_workers_stores_the_rows_a_serial_run_stores(warc, serial, tmp_path):
    serial_path, serial_outcomes = serial
    with Archive.open(tmp_path / "archive.db") as archive:
        outcomes = reprocess([warc], archive, RULES, workers=2)

    assert serial_outcomes == {"new": 50, "unchanged": 2, "changed": 1, "errors": 1}
    assert outcomes == serial_outcomes
    parallel, expected = tables(tmp_path / "archive.db"), tables(serial_path)
    assert list(parallel) == list(expected)
    for name in expected:
        assert parallel[name] == expected[name], name
    # The second night's changes are there: a version, an alias, stories across outlets.
    assert [len(expected[name]) for name in ("articles", "article_versions", "article_aliases")] \
        == [50, 1, 1]
    assert len(expected["stories"]) > 0


def test_enrich_on_two_workers_writes_the_rows_a_serial_run_writes(serial, tmp_path):
    for name in ("one", "two"):
        shutil.copy(serial[0], tmp_path / f"{name}.db")
    with Archive.open(tmp_path / "one.db") as archive:
        one = enrich_all(archive, RULES, batch_size=7, workers=1)
    with Archive.open(tmp_path / "two.db") as archive:
        two = enrich_all(archive, RULES, batch_size=7, workers=2)

    assert two == one
    assert (one.articles, one.failed) == (50, 0)
    assert tables(tmp_path / "two.db") == tables(tmp_path / "one.db")
    # Recomputed, the enrichment is what reprocessing stored (rows in another order), and the
    # link index the workers made is the one linking made from the stored rows.
    stored, recomputed = tables(serial[0]), tables(tmp_path / "two.db")
    for name in ("article_municipalities", "article_topics", "fundings", "stories",
                 "citation_links", "link_articles", "link_places", "link_grams", "story_pairs"):
        assert sorted(recomputed[name]) == sorted(stored[name]), name
    assert [len(stored[name]) > 0 for name in ("link_articles", "link_places", "link_grams")] \
        == [True] * 3


def test_the_commands_write_progress_lines_to_a_log(warc, tmp_path):
    db = str(tmp_path / "archive.db")
    reprocessed = run_cli("reprocess", str(warc), f"--db={db}", "--workers=2")
    enriched = run_cli("enrich", f"--db={db}", "--workers=2")

    assert reprocessed.returncode == 0, reprocessed.stderr
    assert reprocessed.stdout == "1 changed, 1 errors, 50 new, 2 unchanged\n"
    # Stderr is no terminal here: the last progress line, after the pages' own warnings.
    last = reprocessed.stderr.splitlines()[-1]
    assert last.startswith("reprocess: 54 article pages, 100%, ")
    assert last.endswith(" article pages/s")
    assert enriched.returncode == 0, enriched.stderr
    assert enriched.stdout.startswith("50 articles: ")
    assert enriched.stderr.startswith("enrich: 50 articles, 100%, ")
    assert enriched.stderr.count("\n") == 1


@pytest.mark.skipif(not FORKED, reason="the workers must inherit the planted fault")
@pytest.mark.parametrize("fault", ["raises", "kills its worker"])
def test_a_page_that_fails_is_counted_and_the_others_are_kept(warc, serial, tmp_path,
                                                              monkeypatch, caplog, fault):
    bad_url = HOST + ITEMS[5]["url"]
    understand = reprocess_module.understand_page

    def faulty(page, rules):
        if page.url == bad_url:
            if fault == "raises":
                raise KeyError("title")
            os._exit(9)
        return understand(page, rules)

    monkeypatch.setattr(reprocess_module, "understand_page", faulty)
    with Archive.open(tmp_path / "archive.db") as archive:
        outcomes = reprocess([warc], archive, RULES, workers=2)

    assert outcomes == {"new": 49, "unchanged": 2, "changed": 1, "errors": 1, FAILED: 1}
    raised_at = f"test_parallel_rebuild.py:{faulty.__code__.co_firstlineno + 3} in faulty"
    reason = f"KeyError: 'title' ({raised_at})" if fault == "raises" else "the worker process died"
    assert f"failed: {bad_url}: {reason}" in caplog.messages
    every_article = "select * from articles where url != ?"
    with sqlite3.connect(tmp_path / "archive.db") as kept, sqlite3.connect(serial[0]) as whole:
        assert kept.execute("select count(*) from articles where url = ?", [bad_url]).fetchone() \
            == (0,)
        assert kept.execute(every_article, [bad_url]).fetchall() \
            == whole.execute(every_article, [bad_url]).fetchall()


def test_damaged_records_are_skipped_with_workers_too(tmp_path):
    warc, offsets = write_sample_warc(tmp_path / "warc")
    flip_byte(warc, (offsets[7] + offsets[8]) // 2)

    result = run_cli("reprocess", str(warc), f"--db={tmp_path / 'archive.db'}", "--workers=2")

    assert result.stdout == "14 new, 1 unreadable records skipped\n"
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "Error: 1 damaged records could not be read and were skipped; every other record was "
        "reprocessed"
    )


@pytest.mark.skipif(not FORKED, reason="the workers must inherit the planted fault")
def test_an_article_whose_enrichment_fails_keeps_its_rows(serial, tmp_path, monkeypatch, caplog):
    shutil.copy(serial[0], tmp_path / "archive.db")
    with sqlite3.connect(serial[0]) as db:  # an article with rows to keep
        [bad_id] = db.execute("select min(article_id) from article_topics").fetchone()
    enrich = enrich_module.enrich_article

    def faulty(record, rules):
        if record["id"] == bad_id:
            raise ValueError("kaputt")
        return enrich(record, rules)

    monkeypatch.setattr(enrich_module, "enrich_article", faulty)
    with Archive.open(tmp_path / "archive.db") as archive:
        report = enrich_all(archive, RULES, batch_size=7, workers=2)

    assert (report.articles, report.failed) == (49, 1)
    assert caplog.messages[0].startswith(f"enrich: article {bad_id} keeps its rows: ValueError: "
                                         "kaputt (test_parallel_rebuild.py:")
    # Its rows are the ones it had; every other article's are recomputed, the same. It is
    # linked from its stored rows: the link index and the links are the same too.
    stored, recomputed = tables(serial[0]), tables(tmp_path / "archive.db")
    assert bad_id in {row[0] for row in recomputed["link_articles"]}
    for name in ("article_municipalities", "article_topics", "fundings", "link_articles",
                 "link_places", "link_grams", "stories", "citation_links"):
        assert sorted(recomputed[name]) == sorted(stored[name]), name
