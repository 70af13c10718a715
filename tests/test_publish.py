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

from pipeline.archive import Archive
from pipeline.rawstore import WarcWriter
from pipeline.site.serve import (
    ArchiveBusy,
    default_warc_dir,
    fold_wal,
    serve_args,
    templates_path,
)
from tests.test_storage import DORSTEN, HAMM, KEMPEN, MINISTRY, PRESS, article, citation

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

REPO = Path(__file__).resolve().parents[1]


# The Kempen article's page as fetched: a script, an inline handler and a tracking pixel to strip.
KEMPEN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kempen</title>
<script>document.title = "gehackt"</script></head>
<body><h1 onclick="alert(1)">Kempen: Netzwerk gegen Kinderarmut</h1>
<p>Die Stadt baut ein Netz von Hilfen für Kinder aus armen Familien auf.</p>
<img src="https://tracker.example/pixel.gif" onerror="alert(2)"></body></html>"""


def store_kempen_page(warc_dir: Path) -> tuple[str, int]:
    with WarcWriter(warc_dir, "familie_in_nrw") as writer:
        return writer.write_response(
            article()["url"], 200, [("Content-Type", "text/html; charset=utf-8")],
            KEMPEN_PAGE.encode(), "2024-05-01T10:00:00Z",
        )


def add_enrichment(db) -> None:
    """The enrichment tables of docs/architecture.md, a few rows each."""
    db["municipalities"].insert_all(
        [
            {"ags": "05166012", "name": "Kempen", "level": "gemeinde",
             "official_name": "Kempen, Stadt",
             "kind": "Stadt", "kreis_schluessel": "05166", "kreis": "Kreis Viersen",
             "regierungsbezirk": "Düsseldorf", "land": "NRW", "lat": 51.364, "lon": 6.419,
             "einwohner": 34523},
            {"ags": "05562012", "name": "Dorsten", "level": "gemeinde",
             "official_name": "Dorsten, Stadt",
             "kind": "Stadt", "kreis_schluessel": "05562", "kreis": "Kreis Recklinghausen",
             "regierungsbezirk": "Münster", "land": "NRW", "lat": 51.661, "lon": 6.965,
             "einwohner": 74515},
            {"ags": "05915000", "name": "Hamm", "level": "gemeinde",
             "official_name": "Hamm, Stadt",
             "kind": "Kreisfreie Stadt", "kreis_schluessel": "05915", "kreis": "Hamm",
             "regierungsbezirk": "Arnsberg", "land": "NRW", "lat": 51.680, "lon": 7.815,
             "einwohner": 179111},
        ],
        pk="ags",
    )
    db["article_municipalities"].insert_all(
        {"article_id": article_id, "ags": ags, "level": "gemeinde", "name": name,
         "kreis": kreis, "regierungsbezirk": bezirk, "is_main": 1, "signal": "title",
         "evidence": f"{name}:"}
        for article_id, ags, name, kreis, bezirk in [
            (KEMPEN, "05166012", "Kempen", "Kreis Viersen", "Düsseldorf"),
            (DORSTEN, "05562012", "Dorsten", "Kreis Recklinghausen", "Münster"),
            (HAMM, "05915000", "Hamm", "Hamm", "Arnsberg"),
        ]
    )
    db["article_topics"].insert_all(
        [
            {"article_id": KEMPEN, "topic": "kinderarmut", "label": "Kinderarmut",
             "evidence": "Netzwerk gegen Kinderarmut"},
            {"article_id": DORSTEN, "topic": "kita", "label": "Kita und Betreuung",
             "evidence": "Kita-Ausbau"},
        ]
    )
    db["fundings"].insert(
        {"article_id": KEMPEN, "position": 0, "amount_eur": 25000.0, "qualifier": "up to",
         "scope": "total", "funder_id": None, "funder_name": "Landschaftsverband Rheinland",
         "programme": "Teilhabe", "period_start": "2012", "period_end": "2013",
         "evidence": "bis zu 25.000 Euro"}
    )
    db["citation_links"].insert(
        {"article_id": KEMPEN, "position": 0, "linked_article_id": DORSTEN, "reason": "url"}
    )
    db["stories"].insert_all(
        [
            {"article_id": KEMPEN, "story_id": "s1", "relation": "member", "representative": 1},
            {"article_id": HAMM, "story_id": "s1", "relation": "repost", "representative": 0},
            {"article_id": DORSTEN, "story_id": "s2", "relation": "member",
             "representative": 1},
        ],
        pk="article_id",
    )


def build_archive(path: Path) -> None:
    """Three articles with enrichment, and the Kempen page in the WARC directory beside them."""
    warc_file, offset = store_kempen_page(default_warc_dir(path))
    with Archive.open(path) as archive:
        archive.sync_outlets([MINISTRY, PRESS])
        archive.save_article(article(warc_file=warc_file, warc_offset=offset), [citation()])
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
        # Hamm's page was corrected once: its first text is kept as version 1.
        archive.save_article(
            article(id=HAMM, title="Hamm: Familienbüro öffnet bald",
                    body="Das Büro öffnet im Herbst.", published="2019-09-30", year=2019,
                    content_hash="e" * 64, fetched_at="2019-09-30T08:00:00Z"),
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
        add_enrichment(archive.db)
        archive.db.execute("update articles set publisher_kind = 'ministry'")
        archive.refresh_facets()


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
    yield from serve_test_archive(tmp_path_factory)


def serve_test_archive(tmp_path_factory, db: Path | None = None, *, build: bool = True):
    """Build the test archive (unless `build` is false: `db` is built), serve it as
    `familienarchiv serve` does, yield its base URL."""
    db = db or tmp_path_factory.mktemp("published") / "archive.db"
    if build:
        build_archive(db)
    port = free_port()
    start = f"from pipeline.site.serve import serve; serve({str(db)!r}, port={port})"
    yield from serving([sys.executable, "-c", start], port)


def serving(command: list[str], port: int):
    """Run a command that serves the site on `port`; yield its base URL once it answers."""
    server = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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


def test_facets_count_publishers_sources_and_years(base_url):
    _, page = get(base_url, "/archive/articles.json", _labels="on")

    facets = {
        name: {item["label"]: item["count"] for item in facet["results"]}
        for name, facet in page["facet_results"].items()
    }
    assert facets == {
        "publisher_id": {"Familienministerium NRW": 3},
        "publisher_kind": {"ministry": 3},
        "source": {"familie_in_nrw": 3},
        "kreis": {"Hamm": 1, "Kreis Recklinghausen": 1, "Kreis Viersen": 1},
        "municipality": {"Dorsten": 1, "Hamm": 1, "Kempen": 1},
        "year": {2019: 1, 2015: 1, 2012: 1},
    }


@pytest.mark.parametrize(
    ("facet", "counts"),
    [
        ({"_facet": "publisher_name"}, {
            "Ministerium für Familie, Kinder, Jugend, Kultur und Sport": 2,
            "Ministerium für Kinder, Familie, Flüchtlinge und Integration": 1,
        }),
        ({"_facet_array": "cited_outlets"}, {"Rheinische Post": 2, "Westdeutsche Zeitung": 1}),
        ({"_facet_array": "topics"}, {"Kinderarmut": 1, "Kita und Betreuung": 1}),
    ],
    ids=["publisher-name", "cited-outlets", "topics"],
)
def test_further_facets_are_there_on_request(base_url, facet, counts):
    _, page = get(base_url, "/archive/articles.json", **facet)

    name = next(iter(facet.values()))
    results = page["facet_results"][name]["results"]
    assert {item["label"]: item["count"] for item in results} == counts


def test_citations_link_to_their_article(base_url):
    _, rows = get(base_url, "/archive/citations.json", _shape="array", _labels="on")

    assert [row["article_id"] for row in rows] == [
        {"value": KEMPEN, "label": "Kempen: Netzwerk gegen Kinderarmut"}
    ]


def test_fts_internals_are_hidden(base_url):
    _, database = get(base_url, "/archive.json")

    shown = {table["name"] for table in database["tables"] if not table["hidden"]}
    assert shown == {
        "articles", "article_versions", "article_aliases", "citations", "outlets",
        "outlet_names", "crawl_runs", "fetch_errors", "rejected_items", "municipalities",
        "article_municipalities", "article_topics", "fundings", "citation_links", "stories",
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
        "--template-dir", str(templates_path()),
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
    with Archive.open(db) as writer:  # still open: its rows are in the WAL
        writer.save_article(article(), [])

        fold_wal(db)

        immutable = sqlite3.connect(f"{db.as_uri()}?immutable=1", uri=True)
        assert immutable.execute("select id from articles").fetchall() == [(KEMPEN,)]
        immutable.close()


def test_fold_wal_refuses_while_a_writer_is_at_work(tmp_path):
    db = tmp_path / "archive.db"
    with Archive.open(db) as archive:
        archive.db.execute("BEGIN IMMEDIATE")
        archive.db.execute("insert into crawl_runs (spider, started_at) values ('x', 'y')")

        with pytest.raises(ArchiveBusy, match="is being written to"):
            fold_wal(db, timeout=0.05)
        archive.db.rollback()


def test_fold_wal_does_not_create_a_missing_database(tmp_path):
    with pytest.raises(sqlite3.OperationalError):
        fold_wal(tmp_path / "typo.db")

    assert list(tmp_path.iterdir()) == []


def test_the_database_is_served_immutable(tmp_path_factory, tmp_path):
    """Immutable: SQLite opens the file without a journal; no -wal or -shm appears beside it."""
    db = tmp_path / "archive.db"
    served = serve_test_archive(tmp_path_factory, db)
    base = next(served)
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)

    assert article_ids(base, _search="Kinderarmut") == [KEMPEN]
    assert [p.name for p in db.parent.iterdir() if p.name.startswith("archive.db")] == [
        "archive.db"
    ]
    served.close()
