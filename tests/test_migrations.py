"""An archive written by an older version is upgraded in place, losing nothing."""

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from pipeline.archive import Archive
from pipeline.archive.migrations import MIGRATIONS
from pipeline.identity import record_id

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
