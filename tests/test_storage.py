import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date

import pytest
from datasette.utils import escape_fts

from pipeline.archive import Archive
from pipeline.search import search_variants

KEMPEN = "6b1f0a3c9d2e4f50"
DORSTEN = "0c2d4e6f8a1b3c5d"
HAMM = "9e8d7c6b5a4f3e2d"


def article(**fields) -> dict:
    """A complete record as pipeline.record builds it, with `fields` replaced."""
    return {
        "id": KEMPEN,
        "source": "familie_in_nrw",
        "canonical_url": "https://www.familie-in-nrw.de/archiv-neues-kommunen.html?a=1",
        "url": "https://www.familie-in-nrw.de/archiv-neues-kommunen.html?a=1&L=0",
        "title": "Kempen: Netzwerk gegen Kinderarmut",
        "teaser": "Die Stadt baut ein Netz von Hilfen für Kinder aus armen Familien auf.",
        "body": "Jugendamt, Schulen und Kitas arbeiten künftig enger zusammen.\n\n"
        "Der Landschaftsverband gibt dafür Fördermittel.",
        "published": "2012-01-24",
        "modified": "2012-01-25T13:19:22+01:00",
        "year": 2012,
        "author": None,
        "language": "de",
        "publisher_id": "mkjfgfi",
        "publisher_name": "Ministerium für Familie, Kinder, Jugend, Kultur und Sport",
        "cited_outlets": ["Rheinische Post"],
        "fetched_at": "2024-05-01T10:00:00Z",
        "http_status": 200,
        "content_hash": "a" * 64,
        "warc_file": "familie_in_nrw-20240501100000000000-1.warc.gz",
        "warc_offset": 512,
        **fields,
    }


def citation(position=0, **fields) -> dict:
    return {
        "position": position,
        "text": "Online-Recherche auf www.rp-online.de, 24.01.2012",
        "outlet_id": "rp",
        "outlet_name": "Rheinische Post",
        "domain": "rp-online.de",
        "date": "2012-01-24",
        "usage": "online research",
        **fields,
    }


@dataclass(frozen=True)
class OutletName:
    name: str
    abbreviation: str | None
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class Outlet:
    """Shaped as pipeline.outlets.Outlet (docs/architecture.md)."""

    id: str
    name: str
    kind: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]
    names: tuple[OutletName, ...]


MINISTRY = Outlet(
    "mkjfgfi",
    "Familienministerium NRW",
    "ministry",
    ("mkjfgfi.nrw", "familie-in-nrw.de"),
    ("NRW-Familienministerium",),
    (
        OutletName("Ministerium für Familie, Kinder, Jugend, Kultur und Sport", "MFKJKS",
                   date(2010, 7, 15), date(2017, 6, 29)),
        OutletName("Ministerium für Kinder, Familie, Flüchtlinge und Integration", "MKFFI",
                   date(2017, 6, 30), None),
    ),
)
PRESS = Outlet("rp", "Rheinische Post", "newspaper", ("rp-online.de",), ("RP",), ())


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.db") as archive:
        yield archive


def row(archive, article_id=KEMPEN) -> dict:
    return archive.db["articles"].get(article_id)


def search(archive, query) -> list[str]:
    """Ids matching a reader's query, with the SQL Datasette runs for ?_search=."""
    sql = (
        "select id from articles where rowid in "
        "(select rowid from articles_fts where articles_fts match ?) order by id"
    )
    return [r["id"] for r in archive.db.query(sql, [escape_fts(query)])]


def test_new_archive_has_the_tables_and_no_rows(archive):
    assert archive.counts() == {
        "articles": 0,
        "article_versions": 0,
        "citations": 0,
        "outlets": 0,
        "outlet_names": 0,
        "crawl_runs": 0,
        "fetch_errors": 0,
        "rejected_items": 0,
        "article_aliases": 0,
        "municipalities": 0,
        "article_municipalities": 0,
        "article_topics": 0,
        "fundings": 0,
        "citation_links": 0,
        "stories": 0,
    }


def test_reopening_leaves_schema_and_rows_as_they_were(tmp_path):
    with Archive.open(tmp_path / "archive.db") as first:
        first.save_article(article(), [citation()])
        schema, rows = first.db.schema, list(first.db["articles"].rows)

    with Archive.open(tmp_path / "archive.db") as again:
        assert (again.db.schema, list(again.db["articles"].rows)) == (schema, rows)


def test_database_runs_in_wal_mode_with_a_busy_timeout(archive):
    pragmas = [archive.db.journal_mode, archive.db.execute("PRAGMA busy_timeout").fetchone()[0]]

    assert pragmas == ["wal", 30000]


def test_columns_have_explicit_types(archive):
    types = archive.db["articles"].columns_dict

    assert {name: types[name] for name in ("year", "http_status", "warc_offset", "body")} == {
        "year": int,
        "http_status": int,
        "warc_offset": int,
        "body": str,
    }


@pytest.mark.parametrize(
    ("table", "references"),
    [
        ("articles", {("publisher_id", "outlets", "id")}),
        ("citations", {("article_id", "articles", "id"), ("outlet_id", "outlets", "id")}),
        ("outlet_names", {("outlet_id", "outlets", "id")}),
        ("fetch_errors", {("run_id", "crawl_runs", "id")}),
    ],
)
def test_foreign_keys_are_declared(archive, table, references):
    foreign_keys = archive.db[table].foreign_keys

    assert {(fk.column, fk.other_table, fk.other_column) for fk in foreign_keys} == references


def test_articles_are_indexed_for_facets_and_sorting(archive):
    indexed = {tuple(index.columns) for index in archive.db["articles"].indexes}

    assert indexed >= {("published",), ("source",), ("publisher_id",), ("year",)}


def test_a_new_article_is_stored_with_its_citations(archive):
    outcome = archive.save_article(article(), [citation(0), citation(1, text="Quelle: dpa")])

    stored = row(archive)
    assert (outcome, stored["title"], json.loads(stored["cited_outlets"])) == (
        "new",
        "Kempen: Netzwerk gegen Kinderarmut",
        ["Rheinische Post"],
    )
    assert [c["text"] for c in archive.db["citations"].rows_where(order_by="position")] == [
        "Online-Recherche auf www.rp-online.de, 24.01.2012",
        "Quelle: dpa",
    ]


def test_a_new_article_is_first_seen_and_last_checked_when_fetched(archive):
    archive.save_article(article(fetched_at="2024-05-01T10:00:00Z"), [])

    assert (row(archive)["first_seen_at"], row(archive)["last_checked_at"]) == (
        "2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00Z",
    )


def test_saving_the_same_content_again_changes_only_last_checked_at(archive):
    archive.save_article(article(), [citation()])
    before = row(archive)

    outcome = archive.save_article(
        article(fetched_at="2024-06-01T08:00:00Z", url="https://example.org/other", warc_offset=9),
        [],
    )

    assert outcome == "unchanged"
    assert row(archive) == {**before, "last_checked_at": "2024-06-01T08:00:00Z"}
    assert archive.counts()["citations"] == 1


def test_an_older_capture_does_not_move_last_checked_at_back(archive):
    archive.save_article(article(fetched_at="2024-06-01T08:00:00Z"), [])
    archive.save_article(article(fetched_at="2024-05-01T08:00:00Z"), [])

    assert row(archive)["last_checked_at"] == "2024-06-01T08:00:00Z"


def test_changed_content_replaces_the_row_and_its_citations(archive):
    archive.save_article(article(), [citation(0), citation(1)])

    outcome = archive.save_article(
        article(
            title="Kempen: Netzwerk gegen Kinderarmut startet",
            author=None,
            content_hash="b" * 64,
            fetched_at="2024-06-01T08:00:00Z",
        ),
        [citation(0, text="Quelle: Westdeutsche Zeitung vom 22.01.2012", outlet_id=None)],
    )

    stored = row(archive)
    assert (outcome, stored["title"], stored["first_seen_at"], stored["last_checked_at"]) == (
        "changed",
        "Kempen: Netzwerk gegen Kinderarmut startet",
        "2024-05-01T10:00:00Z",
        "2024-06-01T08:00:00Z",
    )
    assert [c["text"] for c in archive.db["citations"].rows] == [
        "Quelle: Westdeutsche Zeitung vom 22.01.2012"
    ]


def test_an_article_and_its_citations_are_saved_together_or_not_at_all(archive):
    with pytest.raises(sqlite3.IntegrityError):
        archive.save_article(article(), [citation(0), citation(1, text=None)])

    assert (archive.counts()["articles"], archive.counts()["citations"]) == (0, 0)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"titel": "Tippfehler"}, "unknown article field(s): titel"),
        ({"search_variants": "vom Aufrufer"}, "unknown article field(s): search_variants"),
    ],
)
def test_unknown_fields_are_refused(archive, fields, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        archive.save_article(article(**fields), [])


def test_other_articles_keep_their_citations(archive):
    archive.save_article(article(), [citation()])
    archive.save_article(article(id=DORSTEN, content_hash="c" * 64), [citation()])
    archive.save_article(article(content_hash="d" * 64), [])

    assert [c["article_id"] for c in archive.db["citations"].rows] == [DORSTEN]


@pytest.mark.parametrize(
    ("modified", "expected"),
    [("2012-01-25T13:19:22+01:00", "2012-01-25T13:19:22+01:00"), (None, None)],
)
def test_article_version_is_the_stored_edit_time(archive, modified, expected):
    archive.save_article(article(modified=modified), [])

    assert archive.article_version(KEMPEN) == expected


def test_article_version_of_an_unknown_article_is_none(archive):
    assert archive.article_version("ffffffffffffffff") is None


@pytest.fixture
def searchable(archive):
    archive.save_article(article(), [])
    archive.save_article(
        article(
            id=DORSTEN,
            title="Dorsten: Maßnahmen für Familien",
            teaser="Der Rat beschließt den Kita-Ausbau (U3) und eine Familienkarte.",
            body="Größere Spielplätze folgen im Sommer.",
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
            content_hash="d" * 64,
        ),
        [],
    )
    return archive


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("Kinderarmut", [KEMPEN]),
        ("kinderarmut", [KEMPEN]),
        ("Fördermittel", [KEMPEN]),
        ("Fordermittel", [KEMPEN]),
        ("Foerdermittel", [KEMPEN]),
        ("Maßnahmen", [DORSTEN]),
        ("Massnahmen", [DORSTEN]),
        ("Grössere", [DORSTEN]),
        ("Groessere", [DORSTEN]),
        ("Buero", [HAMM]),
        ("Familien", [DORSTEN, KEMPEN]),
        ("Kita-Ausbau (U3)", [DORSTEN]),
        ('"Kita-Ausbau (U3)"', [DORSTEN]),
        ("Kinderarmut Rathaus", []),
    ],
)
def test_search_finds_german_spellings(searchable, query, ids):
    assert search(searchable, query) == ids


@pytest.mark.parametrize("query", ['foo"', "AND OR (", "NEAR(", "*", "-", ")", "^"])
def test_search_with_punctuation_does_not_fail(searchable, query):
    assert search(searchable, query) == []


def test_search_follows_changes(archive):
    archive.save_article(article(), [])
    archive.save_article(article(title="Kempen: Familienzentrum", teaser="", body="",
                                 content_hash="e" * 64), [])

    assert (search(archive, "Kinderarmut"), search(archive, "Familienzentrum")) == ([], [KEMPEN])


def test_search_variants_are_filled_by_storage(archive):
    archive.save_article(article(title="Maßnahmen", teaser=None, body="Fördermittel für Kitas"),
                         [])

    assert row(archive)["search_variants"] == "massnahmen foerdermittel fuer"


@pytest.mark.parametrize(
    ("texts", "variants"),
    [
        (["Maßnahmen"], "massnahmen"),
        (["Größe"], "grösse groesse"),
        (["Übergänge zur Schule"], "uebergaenge"),
        (["Förderung", "förderung und FÖRDERUNG"], "foerderung"),
        (["Straße", None, ""], "strasse"),
        (["Netzwerk gegen Kinderarmut"], None),
        ([None], None),
    ],
)
def test_search_variants(texts, variants):
    assert search_variants(*texts) == variants


def test_outlets_and_their_names_are_synced(archive):
    archive.sync_outlets([MINISTRY, PRESS])

    assert list(archive.db["outlets"].rows_where(order_by="id")) == [
        {
            "id": "mkjfgfi",
            "name": "Familienministerium NRW",
            "kind": "ministry",
            "domains": '["mkjfgfi.nrw", "familie-in-nrw.de"]',
            "aliases": '["NRW-Familienministerium"]',
        },
        {
            "id": "rp",
            "name": "Rheinische Post",
            "kind": "newspaper",
            "domains": '["rp-online.de"]',
            "aliases": '["RP"]',
        },
    ]
    assert list(archive.db["outlet_names"].rows) == [
        {
            "outlet_id": "mkjfgfi",
            "position": 0,
            "name": "Ministerium für Familie, Kinder, Jugend, Kultur und Sport",
            "abbreviation": "MFKJKS",
            "valid_from": "2010-07-15",
            "valid_to": "2017-06-29",
        },
        {
            "outlet_id": "mkjfgfi",
            "position": 1,
            "name": "Ministerium für Kinder, Familie, Flüchtlinge und Integration",
            "abbreviation": "MKFFI",
            "valid_from": "2017-06-30",
            "valid_to": None,
        },
    ]


def test_syncing_again_replaces_an_outlets_names(archive):
    archive.sync_outlets([MINISTRY])
    renamed = Outlet(MINISTRY.id, "Familienministerium", "ministry", (), (),
                     (OutletName("Familienministerium", None, None, None),))

    archive.sync_outlets([renamed])

    assert (archive.counts()["outlets"], [n["name"] for n in archive.db["outlet_names"].rows]) == (
        1,
        ["Familienministerium"],
    )


def test_synced_outlets_satisfy_the_foreign_keys(archive):
    archive.sync_outlets([MINISTRY, PRESS])
    archive.save_article(article(), [citation()])

    assert archive.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_crawl_run_is_started_and_finished(archive):
    run_id = archive.start_run("familie_in_nrw", "2024-05-01T10:00:00+00:00")

    archive.finish_run(
        run_id,
        finished_at="2024-05-01T10:02:30.500000+00:00",
        status="ok",
        reason=None,
        pages_fetched=40,
        items_new=12,
        items_changed=1,
        items_unchanged=25,
        errors=2,
    )

    assert archive.db["crawl_runs"].get(run_id) == {
        "id": run_id,
        "spider": "familie_in_nrw",
        "started_at": "2024-05-01T10:00:00+00:00",
        "finished_at": "2024-05-01T10:02:30.500000+00:00",
        "duration_seconds": 150.5,
        "status": "ok",
        "reason": None,
        "pages_fetched": 40,
        "items_new": 12,
        "items_changed": 1,
        "items_unchanged": 25,
        "errors": 2,
        "items_rejected": 0,
        "cuts": None,
    }


def test_each_run_gets_its_own_id(archive):
    ids = [archive.start_run("familie_in_nrw", "2024-05-01T10:00:00Z") for _ in range(3)]

    assert ids == [1, 2, 3]


@pytest.mark.parametrize("run_id", [None, 1])
def test_fetch_errors_are_recorded(archive, run_id):
    archive.start_run("familie_in_nrw", "2024-05-01T10:00:00Z")

    archive.record_error(
        run_id, "https://example.org/x", 503, "Service Unavailable", "2024-05-01T10:01:00Z"
    )

    assert list(archive.db["fetch_errors"].rows) == [
        {
            "id": 1,
            "run_id": run_id,
            "url": "https://example.org/x",
            "status": 503,
            "message": "Service Unavailable",
            "at": "2024-05-01T10:01:00Z",
        }
    ]


def test_a_second_connection_sees_each_save(tmp_path):
    path = tmp_path / "archive.db"
    with Archive.open(path) as writer, Archive.open(path) as reader:
        seen = [reader.article_version(KEMPEN)]
        writer.save_article(article(modified="2012-01-25T13:19:22+01:00"), [])
        seen.append(reader.article_version(KEMPEN))
        edited = article(modified="2013-02-01T09:00:00+01:00", content_hash="f" * 64)
        writer.save_article(edited, [])
        seen.append(reader.article_version(KEMPEN))

    assert seen == [None, "2012-01-25T13:19:22+01:00", "2013-02-01T09:00:00+01:00"]
