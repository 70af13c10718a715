"""The benches' synthetic archives (bench/synthetic_archive.py) are archives the project's own
code would have written: today's schema, the enrichment rows `enrich_article` finds in their text,
the citations the record pipeline parses, the links and stories `link_archive` computes."""

import shutil
import sys

import pytest

from pipeline.archive import Archive
from pipeline.citations import parse_sources
from pipeline.enrich import enrich_article, link_archive, rows_of
from pipeline.extract import extract_page
from pipeline.identity import record_id
from pipeline.reprocess import reprocess
from pipeline.rules import default_rules

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import synthetic_archive  # noqa: E402

# Tagging the paragraph pool takes several seconds.
pytestmark = pytest.mark.slow

ARTICLES = 200
TABLES = ("article_municipalities", "article_topics", "fundings")


@pytest.fixture(scope="module")
def pool():
    return synthetic_archive.Pool.draw(default_rules(), paragraphs=1500)


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory, pool):
    path = tmp_path_factory.mktemp("synthetic") / "archive.db"
    synthetic_archive.build_archive(path, ARTICLES, pool)
    return path


def rows(db, sql: str, params=()) -> list[dict]:
    return [dict(row) for row in db.query(sql, params)]


def links_of(path) -> dict[str, list[tuple]]:
    with Archive.open_readonly(path) as archive:
        return {table: sorted(map(tuple, archive.db.execute(f"select * from {table}")))
                for table in ("citation_links", "stories")}


def test_the_archive_has_todays_schema_and_every_article(archive_path):
    with Archive.open(archive_path) as archive:
        assert archive.applied_migrations == []
        archive.quick_check()
        assert archive.counts()["articles"] == ARTICLES
        assert archive.counts()["stories"] == ARTICLES
        # The search index holds every article: the bulk insert's triggers are back.
        hits = archive.db.execute("select count(*) from articles_fts").fetchone()[0]
        triggers = archive.db.execute(
            "select count(*) from sqlite_master where type = 'trigger' and tbl_name = 'articles'"
        ).fetchone()[0]
        # Every article waits for the first linking, which builds the link index.
        pending = archive.db.execute(
            "select count(distinct article_id) from link_pending").fetchone()[0]
    assert (hits, triggers, pending) == (ARTICLES, 3, ARTICLES)


def test_articles_are_300_to_600_words_about_places_over_15_years(archive_path):
    with Archive.open(archive_path) as archive:
        articles = rows(archive.db, "select body, published, publisher_id, publisher_name "
                                    "from articles")
        places = archive.db.execute(
            "select count(distinct ags) from article_municipalities where level = 'gemeinde'"
        ).fetchone()[0]
    words = [len(article["body"].split()) for article in articles]
    years = {article["published"][:4] for article in articles}
    assert min(words) >= 300 and max(words) <= 600
    assert min(years) >= "2011" and max(years) <= "2025" and len(years) >= 12
    assert places > 100
    assert len({a["publisher_id"] or a["publisher_name"] for a in articles}) > 20


def test_enrichment_rows_are_what_enrich_article_finds(archive_path):
    rules = default_rules()
    with Archive.open(archive_path) as archive:
        articles = rows(archive.db, "select * from articles order by id")
        funded = 0
        for article in articles:
            expected = rows_of(article["id"], enrich_article(article, rules))
            for table in TABLES:
                stored = rows(archive.db, f"select * from {table} where article_id = ? "
                                          "order by rowid", [article["id"]])
                assert stored == expected[table], (article["id"], table)
            funded += bool(expected["fundings"])
    assert funded > 20


def test_citations_are_what_the_record_pipeline_parses(archive_path):
    rules = default_rules()
    with Archive.open(archive_path) as archive:
        citations = rows(archive.db, "select * from citations")
    assert len(citations) > 20
    for citation in citations:
        [parsed] = parse_sources([citation["text"]], rules.outlets, rules.citations)
        assert citation == {"article_id": citation["article_id"], "position": 0,
                            **parsed.__dict__}


def test_links_and_stories_are_what_link_archive_computes(archive_path, tmp_path):
    copy = tmp_path / "linked.db"
    shutil.copy(archive_path, copy)
    with Archive.open(copy) as archive, archive.writing():
        report = link_archive(archive, default_rules())
    assert links_of(archive_path) == links_of(copy)
    # Every kind of link is there: citations followed, re-posts, stories across outlets.
    assert report.citation_links > 10 and report.reposts > 3 and report.stories > 10


def test_a_night_lists_new_changed_and_unchanged_pages_of_one_outlet(archive_path, pool):
    rules = default_rules()
    pages = synthetic_archive.night(archive_path, pool, new=50, changed=4, unchanged=2)
    with Archive.open(archive_path) as archive:
        archived = {row["id"] for row in archive.db.query("select id from articles")}
    ids = [record_id(page.url, rules=rules) for page in pages]
    fresh = [page.lastmod == synthetic_archive.NIGHT_LASTMOD for page in pages]
    assert (len(pages), sum(fresh)) == (56, 54)
    assert [i in archived for i in ids] == [False] * 50 + [True] * 6
    assert {page.url.split("/")[2] for page in pages} == {"www.wz.test"}
    follow_up = extract_page(pages[0].body, pages[0].url, sites=rules.sites)
    [citation] = parse_sources(follow_up["sources"], rules.outlets, rules.citations)
    assert citation.date is not None and citation.outlet_name


def test_warc_pages_reprocess_into_the_generated_ids(tmp_path, pool):
    synthetic_archive.write_warc(tmp_path / "warc", 20, pool)
    generator = synthetic_archive.Generator(99, pool=pool)
    expected = {a.row["id"]: a.row for story in generator.events(20) for a in story}
    with Archive.open(tmp_path / "reprocessed.db") as archive:
        outcomes = reprocess([tmp_path / "warc"], archive, default_rules())
        stored = {row["id"]: row for row in archive.db.query(
            "select id, title, published, publisher_id from articles")}
    assert outcomes == {"new": 20}
    assert {i: (r["title"], r["published"][:10], r["publisher_id"]) for i, r in stored.items()} \
        == {i: (r["title"], r["published"], r["publisher_id"]) for i, r in expected.items()}
