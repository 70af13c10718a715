"""An archive written by an older version is upgraded in place, losing nothing."""

import ast
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from pipeline import identity, search
from pipeline.archive import Archive, migrations
from pipeline.archive.connection import Connection
from pipeline.archive.migrations import MIGRATIONS
from pipeline.enrich import link_archive
from pipeline.enrich.similarity import content_stems, content_words
from pipeline.identity import record_id
from pipeline.rules import default_rules
from pipeline.search import EXACT, FORM, german_fts

ROOT = Path(__file__).resolve().parent.parent

# Written by the first release (commit 8883009) from the bundled sample: 15 articles.
V1_ARCHIVE = Path(__file__).parent / "data" / "archive-v1.db"
V1_FOUNDING_ID = "824ae37362f5ef82"
ARTICLE_TEXT = "select canonical_url, title, teaser, body, published, content_hash from articles"


@pytest.fixture
def v1_copy(tmp_path) -> Path:
    copy = tmp_path / "archive.db"
    shutil.copy(V1_ARCHIVE, copy)
    return copy


def rows(path: Path, sql: str) -> list[dict]:
    return sorted(sqlite_utils.Database(path).query(sql), key=lambda row: str(row))


def test_an_old_archive_is_upgraded_with_every_migration(v1_copy):
    with Archive.open(v1_copy) as archive:
        assert archive.applied_migrations == [m.name for m in MIGRATIONS._migrations]
        assert [m.name for m in MIGRATIONS.pending(archive.db)] == []


def test_upgrading_loses_no_article_text_and_no_citation(v1_copy):
    before = rows(V1_ARCHIVE, ARTICLE_TEXT)
    citations_before = rows(V1_ARCHIVE, "select position, text, outlet_id, date from citations")

    Archive.open(v1_copy).close()

    assert rows(v1_copy, ARTICLE_TEXT) == before
    assert rows(v1_copy, "select position, text, outlet_id, date from citations") == (
        citations_before
    )
    assert len(before) == 15


def test_ids_are_rekeyed_and_citations_follow_them(v1_copy):
    with Archive.open(v1_copy) as archive:
        founding = next(archive.db.query(
            "select id, canonical_url from articles where canonical_url like '%showUid]=484%'"
        ))
        cited = [r["article_id"] for r in archive.db["citations"].rows_where("text like ?",
                                                                              ["%rp-online%"])]

    assert founding["id"] == record_id(founding["canonical_url"]) != V1_FOUNDING_ID
    assert founding["id"] in cited
    orphans = sqlite_utils.Database(v1_copy).execute(
        "select count(*) from citations where article_id not in (select id from articles)"
    ).fetchone()[0]
    assert orphans == 0


def test_the_search_index_covers_the_new_stem_column(v1_copy):
    with Archive.open(v1_copy) as archive:
        hits = list(archive.db.query(
            "select title from articles where rowid in "
            "(select rowid from articles_fts where articles_fts match ?)", ["familienzentr"],
        ))
        # "Familienzentren" and "Familienzentrum" share the stem "familienzentr".
        expected = list(archive.db.query(
            "select title from articles where title || teaser || body like '%familienzentr%'"
        ))
        stems = archive.db.execute("select count(*) from articles where search_stems is null")

        assert stems.fetchone()[0] == 0
    assert "search_stems" in sqlite_utils.Database(v1_copy)["articles_fts"].columns_dict
    assert sorted(hits, key=str) == sorted(expected, key=str) != []


def test_opening_twice_applies_nothing_the_second_time(v1_copy):
    Archive.open(v1_copy).close()
    with Archive.open(v1_copy) as archive:
        assert archive.applied_migrations == []


def test_a_new_archive_gets_the_same_schema_as_an_upgraded_one(v1_copy, tmp_path):
    Archive.open(v1_copy).close()
    Archive.open(tmp_path / "new.db").close()
    upgraded, new = sqlite_utils.Database(v1_copy), sqlite_utils.Database(tmp_path / "new.db")

    for table in ("articles", "citations", "crawl_runs", "article_versions", "articles_fts"):
        assert upgraded[table].columns_dict == new[table].columns_dict, table


# Written by the release before the archive package (commit 41917fa): the v1 archive opened and
# `familienarchiv enrich`ed, so its enrichment tables were made ad hoc, outside any migration
# (its municipalities table trimmed to the places the articles name, to keep the file small).
V2_ARCHIVE = Path(__file__).parent / "data" / "archive-v2.db"
ENRICHMENT_TABLES = (
    "municipalities", "article_municipalities", "article_topics", "fundings", "citation_links",
    "stories",
)


@pytest.fixture
def v2_copy(tmp_path) -> Path:
    copy = tmp_path / "archive.db"
    shutil.copy(V2_ARCHIVE, copy)
    return copy


def table_shape(db: sqlite_utils.Database, table: str) -> tuple:
    """Columns with types, primary key, NOT NULLs, foreign keys and indexed columns."""
    return (
        [(c.name, c.type, c.notnull, c.is_pk) for c in db[table].columns],
        sorted((fk.column, fk.other_table, fk.other_column) for fk in db[table].foreign_keys),
        sorted(tuple(index.columns) for index in db[table].indexes),
    )


def test_an_archive_with_ad_hoc_enrichment_tables_is_upgraded_in_place(v2_copy):
    before = {t: rows(V2_ARCHIVE, f"select * from {t}") for t in ENRICHMENT_TABLES}
    shapes = {t: table_shape(sqlite_utils.Database(V2_ARCHIVE), t) for t in ENRICHMENT_TABLES}

    with Archive.open(v2_copy) as archive:
        applied = archive.applied_migrations

    assert applied == ["m009_enrichment_tables", "m010_article_aliases", "m011_crawl_limits",
                       "m012_link_index", "m013_search_lemmas_and_compound_parts",
                       "m014_search_inner_compounds",
                       "m015_unplaced_link_index",
                       "m016_search_reindex_on_text_updates", "m017_archive_checks",
                       "m018_search_short_compound_parts",
                       "m019_link_places_by_kreis", "m020_link_index_keeps_stems",
                       "m021_link_index_keeps_topics", "m022_link_index_keeps_steps",
                       "m023_search_hyphenated_compounds",
                       "m024_search_separable_verbs"]
    assert {t: rows(v2_copy, f"select * from {t}") for t in ENRICHMENT_TABLES} == before
    assert {t: table_shape(sqlite_utils.Database(v2_copy), t) for t in ENRICHMENT_TABLES} == shapes
    assert [len(before[t]) for t in ("article_municipalities", "article_topics")] == [14, 37]


def test_a_new_archive_gets_the_enrichment_tables_of_the_release_before(v2_copy, tmp_path):
    Archive.open(tmp_path / "new.db").close()
    released, new = sqlite_utils.Database(V2_ARCHIVE), sqlite_utils.Database(tmp_path / "new.db")

    for table in ENRICHMENT_TABLES:
        assert table_shape(new, table) == table_shape(released, table), table


def test_the_migrations_import_no_live_rules():
    """Frozen: a migration module that imported the project's rules would change with them."""
    tree = ast.parse(Path(migrations.__file__).read_text("utf-8"))
    imported = [
        node.module or "." for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.level or node.module.startswith("pipeline"))
    ]

    assert imported == []


def test_frozen_copies_agree_with_the_rules_they_were_taken_from():
    texts = ("Familienzentren öffnen", "Mütter und Väter", "Straße der Kinderrechte",
             "Ferienbetreuungsangebot und Babybegrüßungsbesuch",
             "Kitagruppen in Modulbauweise beim Jugendamt")
    urls = ("https://www.familie-in-nrw.de/a.html?x=1", "http://kempen.de/Familie")

    assert migrations._search_stems_v2(*texts) == search.search_stems(*texts)
    assert [migrations._record_id_v6(url) for url in urls] == [record_id(url) for url in urls]
    assert migrations.FTS_TOKENIZER_V1 == search.FTS_TOKENIZER
    assert migrations.FTS_COLUMNS_V13 == search.FTS_COLUMNS
    assert migrations._search_lemmas_and_parts_v13(*texts)[0] == search.search_lemmas(*texts)
    assert migrations.SHORT_PARTS_V18 == search.SHORT_PARTS
    assert migrations._search_parts_v18(*texts) == search.search_parts(*texts)
    hyphenated = ("Oster-, Sommer- und Herbstferien", "Stadtteilhelferinnen und -helfer",
                  "Kitaleitungen und -träger", "Der Second-Hand-Laden für Kita- oder Schulkinder",
                  "Größere Kita-Gebäude")
    assert migrations._search_columns_v23(*texts, *hyphenated) == tuple(
        search.search_columns(*texts, *hyphenated).values())
    words = default_rules().story_words.function_words
    assert [{migrations._stem_v20(w) for w in content_words(text, words)} for text in texts] == [
        content_stems(text, words) for text in texts]


def test_changed_live_rules_do_not_change_an_old_migration(v1_copy, tmp_path, monkeypatch):
    reference = tmp_path / "reference.db"
    shutil.copy(V1_ARCHIVE, reference)
    Archive.open(reference).close()
    monkeypatch.setattr(search, "search_stems", lambda *texts: "changed")
    monkeypatch.setattr(search, "GERMAN_STEMMER", None)
    monkeypatch.setattr(identity, "record_id", lambda canonical: "changed")

    Archive.open(v1_copy).close()

    every_row = "select id, search_stems, municipality, topics from articles"
    assert rows(v1_copy, every_row) == rows(reference, every_row)


def test_an_old_archive_gets_lemmas_and_compound_parts_in_its_rebuilt_index(v1_copy):
    with Archive.open(v1_copy) as archive:
        def titles(expression: str) -> list[str]:
            return sorted(row["title"] for row in archive.db.query(
                "select title from articles where rowid in "
                "(select rowid from articles_fts where articles_fts match ?)", [expression],
            ))

        missing = archive.db.execute(
            "select count(*) from articles where search_lemmas is null or search_parts is null"
        ).fetchone()[0]
        hebamme, armut = titles('search_parts: "hebamme"'), titles('search_parts: "armut"')

    assert missing == 0
    assert hebamme == ["Kreis Unna: Familienhebammen stärken die Frühen Hilfen"]
    assert armut == ["Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut",
                     "Mönchengladbach: LVR fördert Netzwerk gegen Kinderarmut"]
    columns = sqlite_utils.Database(v1_copy)["articles_fts"].columns_dict
    assert [column for column in columns if column.startswith("search_")] == [
        "search_variants", "search_stems", "search_lemmas", "search_parts"]


def test_an_old_archive_gets_the_compounds_inside_long_compounds_in_its_rebuilt_index(v1_copy):
    with Archive.open(v1_copy) as archive:
        titles = sorted(row["title"] for row in archive.db.query(
            "select title from articles where rowid in (select rowid from articles_fts "
            "where articles_fts match 'search_parts: \"koordinierungsstelle\"')"))

    # "Landeskoordinierungsstelle": its part "Koordinierungsstelle" is a compound itself.
    assert titles == ["Präventionsketten: Land unterstützt weitere Kommunen"]


def test_an_old_archive_gets_compounds_with_a_short_noun_split_in_its_index(v1_copy):
    with Archive.open(v1_copy) as archive:
        def titles(part: str) -> list[str]:
            return sorted(row["title"] for row in archive.db.query(
                "select title from articles where rowid in (select rowid from articles_fts "
                "where articles_fts match ?)", [f'search_parts: "{part}"']))

        amt, bau = titles("amt"), titles("bau")
        stale = [row["id"] for row in archive.db.query(
            "select id, title, teaser, body, search_parts from articles")
            if row["search_parts"] != search.search_parts(row["title"], row["teaser"],
                                                          row["body"])]

    # "Jugendamt", "Jugendämter", "Landesjugendamt"; "Baustein".
    assert amt == [
        "Dormagen: Babybegrüßungsdienst besucht alle Neugeborenen",
        "Familienzentren: Ausbau geht in die nächste Runde",
        "Gelsenkirchen: Familienbegleiterinnen für geflüchtete Familien",
        "Hamm: Ausbau der U3-Betreuung kommt voran",
        "Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut",
        "Mönchengladbach: LVR fördert Netzwerk gegen Kinderarmut"]
    assert bau == ["Krefeld: Familienbüro zieht ins Rathaus"]
    assert stale == []


def test_a_link_index_kept_before_m019_finds_a_kreiss_towns_by_its_index(tmp_path):
    """m019 only adds an index: the places kept before it are found by Kreis at once."""
    path = tmp_path / "archive.db"
    with Archive.open(path) as archive, archive.writing():
        archive.db.execute("drop index link_places_kreis")
        archive.db.execute("delete from _sqlite_migrations where name = ?",
                           ["m019_link_places_by_kreis"])  # fmt: skip
        archive.db.conn.executemany(
            "insert into link_places (ags, day, article_id) values (?, ?, ?)",
            [("05166012", "2013-03-01", "kempen"), ("05166", "2013-03-01", "kreis"),
             ("05154008", "2013-03-01", "kleve")])  # fmt: skip

    with Archive.open(path) as archive:
        applied = archive.applied_migrations
        found = [row[0] for row in archive.db.execute(
            "select article_id from link_places indexed by link_places_kreis "
            "where substr(ags, 1, 5) = '05166' and length(ags) = 8 and day = '2013-03-01'")]

    assert applied == ["m019_link_places_by_kreis"]
    assert found == ["kempen"]


def test_a_linked_archive_keeps_its_links_with_the_stems_of_the_words_it_kept(tmp_path):
    """m020: each content word set the link index kept becomes the stems linking compares
    now, so the archive needs no linking again."""
    names = [migration.name for migration in MIGRATIONS._migrations]
    path = tmp_path / "archive.db"
    text = "Die Netzwerke gegen Kinderarmut werden gefördert; das Netzwerk fördert Familien."
    words = content_words(text, default_rules().story_words.function_words)
    with Connection.create(path, names[: names.index("m020_link_index_keeps_stems")]) as old:
        old.db["link_articles"].insert({
            "article_id": "a1", "day": "2012-01-20", "publisher_id": "rp", "host": "rp-online.de",
            "places": "05166016", "local": 1, "words": " ".join(sorted(words)),
            "fingerprint": "f", "shingles": 12, "repost_of": None, "story_id": "a1"})
        old.db["story_pairs"].insert({"first": "a1", "second": "a2"})

    with Archive.open(path) as archive:
        applied = archive.applied_migrations
        kept = list(archive.db.query("select article_id, stems, story_id from link_articles"))
        pairs = list(archive.db.query("select first, second from story_pairs"))

    assert applied == ["m020_link_index_keeps_stems", "m021_link_index_keeps_topics",
                       "m022_link_index_keeps_steps", "m023_search_hyphenated_compounds",
                       "m024_search_separable_verbs"]
    assert kept == [{"article_id": "a1", "stems": " ".join(sorted(content_stems(
        text, default_rules().story_words.function_words))), "story_id": "a1"}]
    assert {"netzwerke", "netzwerk", "gefördert", "fördert"} <= words
    assert {"netzwerk", "ford"} <= set(kept[0]["stems"].split())
    assert pairs == [{"first": "a1", "second": "a2"}]


def test_a_linked_archive_keeps_its_articles_topics_and_links_them_again(tmp_path):
    """m021: the link index keeps each article's topics, filled from article_topics, and every
    article waits for the next linking, which makes its stories anew with them."""
    names = [migration.name for migration in MIGRATIONS._migrations]
    path = tmp_path / "archive.db"
    with Connection.create(path, names[: names.index("m021_link_index_keeps_topics")]) as old:
        for id_ in ("a1", "a2"):
            old.db["articles"].insert({
                "id": id_, "source": "test", "canonical_url": f"https://example.org/{id_}",
                "url": f"https://example.org/{id_}", "fetched_at": "2012-01-20T08:00:00Z",
                "http_status": 200, "content_hash": id_, "warc_file": "w.warc.gz",
                "warc_offset": 0})
            old.db["link_articles"].insert({
                "article_id": id_, "day": "2012-01-20", "publisher_id": "rp",
                "host": "rp-online.de", "places": "05166016", "local": 1, "stems": "netzwerk",
                "fingerprint": id_, "shingles": 12, "repost_of": None, "story_id": "a1"})
        old.db["article_topics"].insert_all([
            {"article_id": "a1", "topic": "willkommensbesuch", "label": "", "evidence": ""},
            {"article_id": "a1", "topic": "familienbuero", "label": "", "evidence": ""}])

    with Archive.open(path) as archive:
        applied = archive.applied_migrations
        kept = list(archive.db.query(
            "select article_id, topics from link_articles order by article_id"))
        waiting, _ = archive.pending_links()

    assert applied == ["m021_link_index_keeps_topics", "m022_link_index_keeps_steps",
                       "m023_search_hyphenated_compounds",
                       "m024_search_separable_verbs"]
    assert kept == [{"article_id": "a1", "topics": "familienbuero willkommensbesuch"},
                    {"article_id": "a2", "topics": ""}]
    assert waiting == ["a1", "a2"]


def test_a_linked_archive_links_every_article_again_to_find_the_steps_of_its_titles(tmp_path):
    """m022: the link index gets a column for the steps a title names, empty until the next
    linking, for which every article waits; that linking fills it from the titles."""
    names = [migration.name for migration in MIGRATIONS._migrations]
    path = tmp_path / "archive.db"
    with Connection.create(path, names[: names.index("m022_link_index_keeps_steps")]) as old:
        for id_, title in (("a1", "Rat beschließt Familienbüro"), ("a2", "Familienbüro eröffnet")):
            old.db["articles"].insert({
                "id": id_, "source": "test", "canonical_url": f"https://example.org/{id_}",
                "url": f"https://example.org/{id_}", "fetched_at": "2012-01-20T08:00:00Z",
                "http_status": 200, "content_hash": id_, "warc_file": "w.warc.gz",
                "warc_offset": 0, "title": title, "published": "2012-01-20"})
            old.db["link_articles"].insert({
                "article_id": id_, "day": "2012-01-20", "publisher_id": "rp",
                "host": "rp-online.de", "places": "05166016", "local": 1, "stems": "netzwerk",
                "topics": "", "fingerprint": id_, "shingles": 12, "repost_of": None,
                "story_id": "a1"})

    with Archive.open(path) as archive:
        applied = archive.applied_migrations
        before = list(archive.db.query("select steps from link_articles order by article_id"))
        waiting, _ = archive.pending_links()
        link_archive(archive, default_rules(), changed_only=True)
        after = list(archive.db.query(
            "select article_id, steps from link_articles order by article_id"))

    assert applied == ["m022_link_index_keeps_steps", "m023_search_hyphenated_compounds",
                       "m024_search_separable_verbs"]
    assert before == [{"steps": ""}, {"steps": ""}]
    assert waiting == ["a1", "a2"]
    assert after == [{"article_id": "a1", "steps": "decision"},
                     {"article_id": "a2", "steps": "opening"}]


def found(archive, expression: str) -> list[str]:
    """The ids of the articles the search index matches with an FTS5 expression."""
    return [row["id"] for row in archive.db.query(
        "select id from articles where rowid in (select rowid from articles_fts "
        "where articles_fts match ?)", [expression])]


def archive_before(path, migration: str, texts: dict, stored: dict) -> None:
    """An archive at `path` migrated up to `migration`, holding the texts (id: title, body) with
    the search columns `stored`, and a table that records each article the migrations rewrite."""
    names = [name.name for name in MIGRATIONS._migrations]
    with Connection.create(path, names[: names.index(migration)]) as old:
        for id_, (title, body) in texts.items():
            old.db["articles"].insert({
                "id": id_, "source": "test", "canonical_url": f"https://example.org/{id_}",
                "url": f"https://example.org/{id_}", "fetched_at": "2012-01-20T08:00:00Z",
                "http_status": 200, "content_hash": id_, "warc_file": "w.warc.gz",
                "warc_offset": 0, "title": title, "body": body, **stored[id_]})
        old.db.execute("CREATE TABLE rewritten (id TEXT)")
        old.db.execute("CREATE TRIGGER rewrites AFTER UPDATE ON articles BEGIN "
                       "INSERT INTO rewritten (id) VALUES (new.id); END")


def test_an_archive_indexes_the_compounds_its_articles_write_with_hyphens(tmp_path, monkeypatch):
    """m023: an article that writes a compound with hyphens gets its search columns anew and
    is found by the compound as one word; an article that writes none is not rewritten."""
    path = tmp_path / "archive.db"
    texts = {"h1": ("Ferienspiele im Familienzentrum", "In den Oster-, Sommer- und Herbstferien "
                    "öffnet auch der Second-Hand-Laden am Markt länger."),
             "h2": ("Rat beschließt neue Spielplätze", "Die Stadt baut drei Spielplätze.")}
    with monkeypatch.context() as before:  # the columns as the search stored them before m023
        before.setattr(search, "hyphen_compounds", lambda texts: {})
        stored = {id_: search.search_columns(title, None, body)
                  for id_, (title, body) in texts.items()}
    archive_before(path, "m023_search_hyphenated_compounds", texts, stored)

    with Archive.open(path) as archive:
        applied = archive.applied_migrations
        rewritten = [row["id"] for row in archive.db.query("select id from rewritten")]
        columns = {row["id"]: {column: row[column] for column in stored["h1"]}
                   for row in archive.db.query("select * from articles order by id")}

        osterferien, secondhandladen = (found(archive, german_fts(query, EXACT))
                                        for query in ("Osterferien", "Secondhandladen"))

    assert applied == ["m023_search_hyphenated_compounds",
                       "m024_search_separable_verbs"]
    assert rewritten == ["h1"]
    assert columns == {id_: search.search_columns(title, None, body)
                       for id_, (title, body) in texts.items()}
    assert columns["h1"] != stored["h1"]
    assert osterferien == secondhandladen == ["h1"]


# Imports first, then opens the archive at the moment given: every process at once.
OPEN_ARCHIVE = (
    "import sys, time; from pipeline.archive import Archive; "
    "time.sleep(max(0, float(sys.argv[2]) - time.time())); archive = Archive.open(sys.argv[1]); "
    "print(archive.db.journal_mode, len(archive.db.table_names()) > 0); archive.close()")


@pytest.mark.slow
def test_processes_creating_one_new_archive_at_once_all_open_it(tmp_path):
    """Crawler processes started together on a new archive: the ones that wait for another's
    write lock are not told "database is locked" when they ask for write-ahead logging."""
    for attempt in range(8):
        path, start = tmp_path / f"archive-{attempt}.db", time.time() + 1.5
        processes = [subprocess.Popen([sys.executable, "-c", OPEN_ARCHIVE, str(path), str(start)],
                                      cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True) for _ in range(3)]  # fmt: skip
        results = [(process.communicate(timeout=60), process.returncode) for process in processes]
        assert [(out, code) for (out, _), code in results] == [("wal True\n", 0)] * 3, [
            err[-500:] for (_, err), _ in results]


def test_an_archive_indexes_the_verbs_its_articles_split(tmp_path, monkeypatch):
    """m024: an article that splits a verb ("stockt ... auf") gets the verb among its lemmas,
    as the search now stores them, and is found by it; an article that splits none is not
    rewritten."""
    path = tmp_path / "archive.db"
    texts = {"v1": ("Kempen stockt die Mittel auf", "Die Stadt schafft die Gebühren für das "
                    "zweite Kind ab, und der Kreis stockt um 1,5 Millionen Euro auf."),
             "v2": ("Rat beschließt neue Spielplätze", "Die Stadt baut drei Spielplätze.")}
    with monkeypatch.context() as before:  # the columns as the search stored them before m024
        before.setattr(search, "separable_verbs", lambda texts: {})
        stored = {id_: search.search_columns(title, None, body)
                  for id_, (title, body) in texts.items()}
    archive_before(path, "m024_search_separable_verbs", texts, stored)

    with Archive.open(path) as archive:
        applied = archive.applied_migrations
        rewritten = [row["id"] for row in archive.db.query("select id from rewritten")]
        lemmas = {row["id"]: row["search_lemmas"]
                  for row in archive.db.query("select id, search_lemmas from articles")}

        aufstocken, abschaffen = (found(archive, german_fts(query, FORM))
                                  for query in ("aufstocken", "abschaffen"))

    assert applied == ["m024_search_separable_verbs"]
    assert rewritten == ["v1"]
    assert lemmas == {id_: search.search_columns(title, None, body)["search_lemmas"]
                      for id_, (title, body) in texts.items()}
    assert lemmas["v1"].split()[-2:] == ["aufstocken", "abschaffen"]
    assert aufstocken == abschaffen == ["v1"]
