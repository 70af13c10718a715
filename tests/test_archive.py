"""The Archive's ways in (open, open_readonly, migrate) and the methods other modules call."""

import hashlib
import sqlite3

import pytest
import sqlite_utils

from pipeline.archive import Archive, ArchiveMissing
from pipeline.archive.migrations import MIGRATIONS
from pipeline.enrich import Enrichment, enrich_article, rows_of
from pipeline.rules import default_rules
from pipeline.runs import run_history

from .test_storage import DORSTEN, KEMPEN, article, citation

ALL_MIGRATIONS = [migration.name for migration in MIGRATIONS._migrations]
LISTED = "1111111111111111"  # the id of the URL a list page linked to
RULES = default_rules()


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.db") as opened:
        yield opened


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_constructor_writes_nothing():
    db = sqlite_utils.Database(memory=True)

    Archive(db)

    assert db.table_names() == []


def test_migrate_is_an_explicit_step():
    archive = Archive(sqlite_utils.Database(memory=True))

    assert (archive.migrate(), archive.migrate()) == (ALL_MIGRATIONS, [])
    assert "article_aliases" in archive.db.table_names()


def test_open_migrates_a_new_archive_and_reopening_applies_nothing(tmp_path):
    with Archive.open(tmp_path / "archive.db") as first:
        applied = first.applied_migrations
    with Archive.open(tmp_path / "archive.db") as again:
        assert (applied, again.applied_migrations) == (ALL_MIGRATIONS, [])


def test_a_read_only_open_never_creates_an_archive(tmp_path):
    with pytest.raises(ArchiveMissing, match="no archive at"):
        Archive.open_readonly(tmp_path / "typo.db")

    assert list(tmp_path.iterdir()) == []


def test_a_read_only_open_reads_while_a_writer_holds_the_write_lock(tmp_path):
    path = tmp_path / "archive.db"
    with Archive.open(path) as writer:
        writer.save_article(article(), [])
        writer.db.execute("BEGIN IMMEDIATE")
        writer.db.execute("update articles set title = 'not yet committed'")
        with Archive.open_readonly(path) as reader:
            seen = (reader.counts()["articles"], reader.db["articles"].get(KEMPEN)["title"])
        writer.db.conn.rollback()

    assert seen == (1, article()["title"])


def test_a_read_only_open_neither_migrates_nor_changes_the_file(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("create table articles (id text primary key)")  # a pre-migration archive
    db.close()
    before = digest(path)

    with Archive.open_readonly(path) as reader:
        found = (reader.applied_migrations, reader.db.table_names())
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.db.execute("insert into articles values ('x')")

    assert (found, digest(path)) == (([], ["articles"]), before)


def test_the_listed_id_of_an_article_finds_it(archive):
    archive.save_article(article(fetched_at="2024-05-01T10:00:00Z"), [], listed_id=LISTED)

    assert (archive.last_checked(LISTED), archive.article_version(LISTED)) == (
        "2024-05-01T10:00:00Z", article()["modified"]
    )
    assert list(archive.db["article_aliases"].rows) == [
        {"alias_id": LISTED, "article_id": KEMPEN}
    ]


def test_an_article_listed_under_its_own_id_gets_no_alias(archive):
    archive.save_article(article(), [], listed_id=KEMPEN)
    archive.save_article(article(), [], listed_id=None)

    assert archive.counts()["article_aliases"] == 0


def test_an_alias_follows_the_article_it_was_last_listed_for(archive):
    archive.save_article(article(), [], listed_id=LISTED)
    archive.save_article(article(id=DORSTEN, content_hash="c" * 64), [], listed_id=LISTED)

    assert archive.db["article_aliases"].get(LISTED)["article_id"] == DORSTEN


def test_an_unknown_id_has_no_check_and_no_version(archive):
    archive.save_article(article(), [], listed_id=LISTED)

    assert (archive.last_checked("2222222222222222"), archive.article_version("x")) == (
        None, None
    )


def test_the_listed_id_of_a_left_out_item_finds_it(archive):
    archive.record_rejection(
        "3333333333333333", source="rp", url="https://rp-online.de/sport/x",
        checked_at="2024-05-02T10:00:00Z", reason="off topic", listed_id=LISTED,
    )

    assert archive.last_checked(LISTED) == "2024-05-02T10:00:00Z"


def test_saving_an_enrichment_replaces_the_rows_and_the_facets(archive):
    archive.save_article(article(), [])
    kempen = enrich_article({"title": "Kempen: Netzwerk gegen Kinderarmut",
                             "body": "Der LVR fördert es mit 32.000 Euro."}, RULES)
    archive.save_enrichment(KEMPEN, rows_of(KEMPEN, kempen))
    first = archive.db["articles"].get(KEMPEN)
    archive.save_enrichment(KEMPEN, rows_of(KEMPEN, Enrichment((), (), ())))
    cleared = archive.db["articles"].get(KEMPEN)

    assert (first["municipality"], first["kreis"]) == ("Kempen", "Kreis Viersen")
    assert (cleared["municipality"], cleared["topics"]) == (None, "[]")
    assert [archive.counts()[t] for t in ("article_municipalities", "fundings")] == [0, 0]


def test_replacing_enrichments_spares_an_article_changed_since_it_was_read(archive):
    archive.save_article(article(), [])
    archive.save_article(article(id=DORSTEN, content_hash="c" * 64), [])
    kurse = enrich_article({"title": "Kempen: Kurse"}, RULES)
    archive.save_enrichment(KEMPEN, rows_of(KEMPEN, kurse))

    archive.replace_enrichment_of({
        KEMPEN: ("b" * 64, rows_of(KEMPEN, Enrichment((), (), ()))),  # read before a change
        DORSTEN: ("c" * 64, rows_of(DORSTEN, enrich_article({"title": "Dorsten: Kurse"}, RULES))),
    })

    rows = archive.db.query("select article_id, name from article_municipalities order by name")
    assert list(rows) == [{"article_id": DORSTEN, "name": "Dorsten"},
                          {"article_id": KEMPEN, "name": "Kempen"}]
    assert archive.db["articles"].get(DORSTEN)["municipality"] == "Dorsten"


def test_rows_of_articles_no_longer_stored_are_dropped(archive):
    archive.save_article(article(), [])
    kurse = rows_of(KEMPEN, enrich_article({"title": "Kempen: Kurse"}, RULES))
    archive.save_enrichment(KEMPEN, kurse)
    archive.save_enrichment(DORSTEN, rows_of(DORSTEN, enrich_article({"title": "Dorsten: Kurse"},
                                                                     RULES)))

    archive.drop_orphan_enrichment()

    rows = archive.db.query("select article_id from article_municipalities")
    assert list(rows) == [{"article_id": KEMPEN}]


def test_municipalities_are_filled_once_and_refilled_in_place(archive):
    empty = archive.municipalities_filled()
    archive.fill_municipalities(RULES.gazetteer)
    archive.fill_municipalities(RULES.gazetteer)

    assert (empty, archive.municipalities_filled()) == (False, True)
    assert archive.counts()["municipalities"] == 396 + 31 + 1 + 10608 + 15


def test_citation_links_and_story_rows_are_replaced_per_citation_and_per_article(archive):
    link = {"article_id": KEMPEN, "position": 0, "linked_article_id": DORSTEN, "reason": "url"}
    story = {"article_id": KEMPEN, "story_id": "s1", "relation": "member", "representative": 1}
    other = {**story, "article_id": DORSTEN}
    archive.replace_citation_links([(KEMPEN, 0)], [link])
    archive.save_story_members([story, other])
    joined = archive.replace_citation_links([(KEMPEN, 0)], [])
    archive.save_story_members([{**story, "story_id": "s2"}])

    assert (joined, archive.counts()["citation_links"]) == ({KEMPEN, DORSTEN}, 0)
    assert list(archive.db["stories"].rows) == [{**story, "story_id": "s2"}, other]


def test_articles_to_link_carry_their_places_but_not_the_land_and_their_topics(archive):
    archive.save_article(article(), [citation()])
    tags = enrich_article({"title": "Kempen: Netzwerk gegen Kinderarmut in Nordrhein-Westfalen"},
                          RULES)
    archive.save_enrichment(KEMPEN, rows_of(KEMPEN, tags))

    (linkable,) = archive.articles_to_link(ids=[KEMPEN])

    assert (linkable["id"], linkable["places"]) == (KEMPEN, frozenset({"05166012"}))
    assert linkable["topics"] == frozenset({"netzwerk-kinderarmut"})
    assert linkable["canonical_url"] == article()["canonical_url"]
    assert archive.articles_to_link(after="") == [linkable]


def test_only_dated_citations_are_read_for_linking(archive):
    archive.save_article(article(), [citation(0), citation(1, date=None, text="Quelle: dpa")])

    assert [c["position"] for c in archive.citations_to_link([KEMPEN])] == [0]
    assert [c["position"] for c in archive.dated_citations_after(("", -1), 10)] == [0]


def test_run_history_holds_the_last_healthy_runs_newest_first(archive):
    for pages, status in ((10, "ok"), (20, "failed"), (30, "ok"), (40, "ok")):
        run_id = archive.start_run("kommunen", "2024-05-01T10:00:00+00:00")
        archive.finish_run(
            run_id, finished_at="2024-05-01T10:01:00+00:00", status=status, reason=None,
            pages_fetched=pages, items_new=1, items_changed=0, items_unchanged=0, errors=0,
        )

    history = run_history(archive, "kommunen", before_run=4)

    assert [run.pages_fetched for run in history] == [30, 10]


PLACES = ["Kempen", "Dorsten", "Hamm", "Unna", "Lippstadt", "Viersen", "Moers", "Bocholt",
          "Ahlen", "Kleve", "Soest", "Brilon"]


def test_a_merge_step_keeps_what_the_search_index_finds(archive):
    """Each save is a transaction of its own and adds a segment to the index; the merge step
    after a night joins segments and keeps every article findable, an edited one by its new
    words only."""
    for n, place in enumerate(PLACES):
        archive.save_article(article(
            id=f"{n:016x}", title=f"{place}: Netzwerk gegen Kinderarmut",
            canonical_url=f"https://example.org/meldung/{n}", url=f"https://example.org/meldung/{n}",
            content_hash=f"{n:064x}"), [])  # fmt: skip
    archive.save_article(article(
        id=f"{0:016x}", title="Geldern: Netzwerk gegen Kinderarmut",
        canonical_url="https://example.org/meldung/0", url="https://example.org/meldung/0",
        content_hash="f" * 64), [])  # fmt: skip

    archive.merge_search(pages=50)

    def found(word: str) -> list[str]:
        return [row[0] for row in archive.db.execute(
            "select a.id from articles_fts f join articles a on a.rowid = f.rowid "
            "where articles_fts match ? order by a.id", [word])]  # fmt: skip

    assert [found(place) for place in PLACES[1:]] == [[f"{n:016x}"] for n in range(1, 12)]
    assert found("Kempen") == []
    assert found("Geldern") == [f"{0:016x}"]
    assert found("Kinderarmut") == [f"{n:016x}" for n in range(12)]


def test_a_read_only_open_reads_a_closed_wal_archive(tmp_path):
    path = tmp_path / "archive.db"
    with Archive.open(path) as writer:
        writer.save_article(article(), [])
    before = digest(path)

    with Archive.open_readonly(path) as reader:
        found = reader.article_version(KEMPEN)

    assert (found, digest(path)) == (article()["modified"], before)


def test_refreshing_facets_leaves_the_search_index_alone_and_a_text_edit_reindexes(archive):
    archive.save_article(article(title="Kempen: Netzwerk gegen Kinderarmut"), [])
    segments = "select id, block from articles_fts_data order by id"
    before = archive.db.execute(segments).fetchall()

    with archive.writing():
        archive.db.execute("update articles set topics = ?", ['["netzwerk-kinderarmut"]'])

    assert archive.db.execute(segments).fetchall() == before
    with archive.writing():
        archive.db.execute("update articles set title = 'Geldern: Netzwerk gegen Kinderarmut'")
    archive.db.execute("insert into articles_fts (articles_fts) values ('integrity-check')")
    found = "select count(*) from articles_fts where articles_fts match ?"
    assert [archive.db.execute(found, [f"title: {word}"]).fetchone()[0]
            for word in ("Geldern", "Kempen")] == [1, 0]
