import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from pipeline.publish import ArchiveBusy, fold_wal, metadata_path, serve_args
from pipeline.storage import Archive
from tests.test_storage import DORSTEN, HAMM, KEMPEN, MINISTRY, PRESS, article, citation

REPO = Path(__file__).resolve().parents[1]


def build_archive(path: Path) -> None:
    with Archive(path) as archive:
        archive.sync_outlets([MINISTRY, PRESS])
        archive.save_article(article(), [citation()])
        archive.save_article(
            article(
                id=DORSTEN,
                title="Dorsten: Maßnahmen für Familien",
                teaser="Der Rat beschließt den Kita-Ausbau (U3).",
                body="Eine Familienkarte folgt.",
                published="2015-03-02",
                year=2015,
                publisher_name="Ministerium für Familie, Kinder, Jugend, Kultur und Sport",
                cited_outlets=["Rheinische Post", "Westdeutsche Zeitung"],
                content_hash="c" * 64,
            ),
            [],
        )
        archive.save_article(
            article(
                id=HAMM,
                title="Hamm: Familienbüro eröffnet",
                teaser="Eltern finden Beratung im Rathaus.",
                body="Das Büro ist montags geöffnet.",
                published="2019-09-30",
                year=2019,
                publisher_name="Ministerium für Kinder, Familie, Flüchtlinge und Integration",
                cited_outlets=[],
                content_hash="d" * 64,
            ),
            [],
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"datasette exited: {server.stderr.read().decode()}")
        try:
            urllib.request.urlopen(f"{base}/-/versions.json", timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError("datasette did not answer within 30 s")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    db = tmp_path_factory.mktemp("published") / "archive.db"
    build_archive(db)
    port = free_port()
    start = f"from pipeline.publish import serve; serve({str(db)!r}, port={port})"
    server = subprocess.Popen(
        [sys.executable, "-c", start],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, server)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()


def get(base: str, path: str, **params) -> tuple[int, object]:
    url = f"{base}{path}?{urllib.parse.urlencode(params)}"
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, None


def article_ids(base: str, **params) -> list[str]:
    status, rows = get(base, "/archive/articles.json", _shape="array", _col="title", **params)
    assert status == 200
    return [row["id"] for row in rows]


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("Kinderarmut", [KEMPEN]),
        ("Massnahmen", [DORSTEN]),
        ("Maßnahmen", [DORSTEN]),
        ("Foerdermittel", [KEMPEN]),
        ("Buero", [HAMM]),
    ],
)
def test_search_finds_the_expected_articles(base_url, query, ids):
    assert article_ids(base_url, _search=query) == ids


@pytest.mark.parametrize("query", ['"Kita-Ausbau (U3)"', 'foo"', "AND OR (", "NEAR(", "*"])
def test_search_with_punctuation_is_answered(base_url, query):
    status, _ = get(base_url, "/archive/articles.json", _shape="array", _search=query)

    assert status == 200


def test_articles_are_listed_newest_first(base_url):
    assert article_ids(base_url) == [HAMM, DORSTEN, KEMPEN]


def test_facets_count_publishers_years_and_cited_outlets(base_url):
    _, page = get(base_url, "/archive/articles.json")

    facets = {
        name: {str(item["value"]): item["count"] for item in facet["results"]}
        for name, facet in page["facet_results"].items()
    }
    assert facets == {
        "publisher_name": {
            "Ministerium für Familie, Kinder, Jugend, Kultur und Sport": 2,
            "Ministerium für Kinder, Familie, Flüchtlinge und Integration": 1,
        },
        "year": {"2019": 1, "2015": 1, "2012": 1},
        "cited_outlets": {"Rheinische Post": 2, "Westdeutsche Zeitung": 1},
    }


def test_citations_link_to_their_article(base_url):
    _, rows = get(base_url, "/archive/citations.json", _shape="array", _labels="on")

    assert [row["article_id"] for row in rows] == [
        {"value": KEMPEN, "label": "Kempen: Netzwerk gegen Kinderarmut"}
    ]


def test_fts_internals_are_hidden(base_url):
    _, database = get(base_url, "/archive.json")

    shown = {table["name"] for table in database["tables"] if not table["hidden"]}
    assert shown == {
        "articles", "citations", "outlets", "outlet_names", "crawl_runs", "fetch_errors"
    }


def test_table_page_shows_column_descriptions(base_url):
    with urllib.request.urlopen(f"{base_url}/archive/articles", timeout=10) as response:
        html = response.read().decode()

    assert 'data-column-description="Name des Herausgebers am Erscheinungstag"' in html


def test_metadata_is_served(base_url):
    _, metadata = get(base_url, "/-/metadata.json")

    assert (metadata["title"], metadata["license"]) == (
        "Familienarchiv NRW",
        "Datensätze: CC BY 4.0 (Texte: © die jeweiligen Herausgeber)",
    )


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/archive/articles/-/insert", json.dumps({"row": {"id": "x"}}).encode()),
        ("GET", "/archive.json?" + urllib.parse.urlencode({"sql": "delete from articles"}), None),
        ("GET", "/archive.db", None),
    ],
    ids=["insert-api", "sql-delete", "download"],
)
def test_writes_and_downloads_are_refused(base_url, method, path, body):
    request = urllib.request.Request(
        base_url + path, data=body, method=method, headers={"Content-Type": "application/json"}
    )

    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)

    assert refused.value.code in (400, 403, 404, 405)
    assert article_ids(base_url) == [HAMM, DORSTEN, KEMPEN]


def test_serve_args_are_the_datasette_command_line(tmp_path):
    assert serve_args(tmp_path / "archive.db", port=9000) == [
        sys.executable, "-m", "datasette", "serve", "-i", str(tmp_path / "archive.db"),
        "--metadata", str(metadata_path()),
        "--host", "127.0.0.1", "--port", "9000",
        "--setting", "sql_time_limit_ms", "1000",
        "--setting", "max_returned_rows", "1000",
        "--setting", "default_page_size", "50",
        "--setting", "suggest_facets", "off",
        "--setting", "allow_download", "off",
        "--setting", "default_cache_ttl", "3600",
        "--setting", "truncate_cells_html", "400",
    ]  # fmt: skip


def test_serve_args_without_immutable_open_the_file_normally(tmp_path):
    args = serve_args(tmp_path / "archive.db", immutable=False)

    assert args[:5] == [sys.executable, "-m", "datasette", "serve", str(tmp_path / "archive.db")]


def test_fold_wal_puts_all_rows_in_the_file_immutable_readers_see(tmp_path):
    db = tmp_path / "archive.db"
    with Archive(db) as writer:  # still open: its rows are in the WAL
        writer.save_article(article(), [])

        fold_wal(db)

        immutable = sqlite3.connect(f"{db.as_uri()}?immutable=1", uri=True)
        assert immutable.execute("select id from articles").fetchall() == [(KEMPEN,)]
        immutable.close()


def test_fold_wal_refuses_while_a_writer_is_at_work(tmp_path):
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        archive.db.execute("BEGIN IMMEDIATE")
        archive.db.execute("insert into crawl_runs (spider, started_at) values ('x', 'y')")

        with pytest.raises(ArchiveBusy, match="is being written to"):
            fold_wal(db, timeout=0.05)
        archive.db.rollback()


def test_fold_wal_does_not_create_a_missing_database(tmp_path):
    with pytest.raises(sqlite3.OperationalError):
        fold_wal(tmp_path / "typo.db")

    assert list(tmp_path.iterdir()) == []
