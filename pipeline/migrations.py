"""The archive's schema as the history of its changes (sqlite-utils migrations).

Each migration runs once per database, in order, inside a transaction; an archive made by an
older version is upgraded in place when it is opened. Never edit a migration that has shipped:
add a new one.
"""

import json

import sqlite_utils
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("familienarchiv")

# Tables whose article ids follow the articles table when ids are re-keyed: (table, column).
ARTICLE_ID_COLUMNS = (
    ("citations", "article_id"),
    ("article_versions", "article_id"),
    ("article_municipalities", "article_id"),
    ("article_topics", "article_id"),
    ("fundings", "article_id"),
    ("citation_links", "article_id"),
    ("citation_links", "linked_article_id"),
    ("stories", "article_id"),
    ("stories", "story_id"),
)


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the pending migrations; the names of those applied."""
    pending = [migration.name for migration in MIGRATIONS.pending(db)]
    if pending:
        MIGRATIONS.apply(db)
    return pending


@MIGRATIONS()
def m001_initial_schema(db):
    """The first release's tables (an archive made before migrations existed keeps its own)."""
    from .search import FTS_TOKENIZER

    if db["articles"].exists():
        return
    db["outlets"].create(
        {"id": str, "name": str, "kind": str, "domains": str, "aliases": str},
        pk="id",
        not_null=["name", "kind"],
    )
    db["outlet_names"].create(
        {"outlet_id": str, "position": int, "name": str, "abbreviation": str,
         "valid_from": str, "valid_to": str},
        pk=("outlet_id", "position"),
        foreign_keys=[("outlet_id", "outlets", "id")],
        not_null=["name"],
    )
    db["articles"].create(
        {"id": str, "source": str, "title": str, "teaser": str, "body": str, "published": str,
         "modified": str, "year": int, "author": str, "language": str, "publisher_id": str,
         "publisher_name": str, "cited_outlets": str, "canonical_url": str, "url": str,
         "fetched_at": str, "http_status": int, "content_hash": str, "warc_file": str,
         "warc_offset": int, "first_seen_at": str, "last_checked_at": str,
         "search_variants": str},
        pk="id",
        foreign_keys=[("publisher_id", "outlets", "id")],
        not_null=["source", "canonical_url", "url", "fetched_at", "http_status",
                  "content_hash", "warc_file", "warc_offset"],
    )
    db["citations"].create(
        {"article_id": str, "position": int, "text": str, "outlet_id": str, "outlet_name": str,
         "domain": str, "date": str, "usage": str},
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id"), ("outlet_id", "outlets", "id")],
        not_null=["text"],
    )
    db["crawl_runs"].create(
        {"id": int, "spider": str, "started_at": str, "finished_at": str,
         "duration_seconds": float, "status": str, "reason": str, "pages_fetched": int,
         "items_new": int, "items_changed": int, "items_unchanged": int, "errors": int},
        pk="id",
        not_null=["spider", "started_at"],
    )
    db["fetch_errors"].create(
        {"id": int, "run_id": int, "url": str, "status": int, "message": str, "at": str},
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id")],
        not_null=["url", "message", "at"],
    )
    for column in ("published", "source", "publisher_id", "year"):
        db["articles"].create_index([column])
    db["citations"].create_index(["outlet_id"])
    db["fetch_errors"].create_index(["run_id"])
    db["articles"].enable_fts(
        ["title", "teaser", "body", "search_variants"], tokenize=FTS_TOKENIZER,
        create_triggers=True,
    )


@MIGRATIONS()
def m002_search_stems(db):
    """German word stems as a search column, so that word forms find each other."""
    from .search import FTS_COLUMNS, FTS_TOKENIZER, search_stems

    _add_column(db, "articles", "search_stems", str)
    for row in db.query("select id, title, teaser, body from articles"):
        db.execute(
            "update articles set search_stems = ? where id = ?",
            [search_stems(row["title"], row["teaser"], row["body"]), row["id"]],
        )
    db["articles"].disable_fts()
    db["articles"].enable_fts(FTS_COLUMNS, tokenize=FTS_TOKENIZER, create_triggers=True)
    db["articles"].rebuild_fts()


@MIGRATIONS()
def m003_items_rejected(db):
    """Crawl runs count the items the relevance filter left out."""
    _add_column(db, "crawl_runs", "items_rejected", int)


@MIGRATIONS()
def m004_relevance(db):
    """Why an article is in the archive: its relevance score and reason."""
    _add_column(db, "articles", "relevance_score", float)
    _add_column(db, "articles", "relevance_reason", str)


@MIGRATIONS()
def m005_article_versions(db):
    """Earlier versions of articles whose content changed, each with its raw capture."""
    db["article_versions"].create(
        {"article_id": str, "version": int, "title": str, "teaser": str, "body": str,
         "published": str, "modified": str, "author": str, "citations": str,
         "content_hash": str, "fetched_at": str, "warc_file": str, "warc_offset": int,
         "superseded_at": str},
        pk=("article_id", "version"),
        foreign_keys=[("article_id", "articles", "id")],
        not_null=["content_hash", "fetched_at", "superseded_at"],
    )


@MIGRATIONS()
def m006_scheme_free_record_ids(db):
    """Ids no longer depend on http/https and www., so those variants are one record.

    Articles whose old ids now coincide are merged: the most recently checked one stays
    current and the others become versions of it.
    """
    from .identity import record_id

    rows = list(db.query(
        "select id, canonical_url, last_checked_at from articles order by last_checked_at"
    ))
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(record_id(row["canonical_url"]), []).append(row)
    for new_id, group in groups.items():
        *older, current = group
        for row in older:
            _merge_into(db, row["id"], current["id"])
        if current["id"] != new_id:
            _rekey(db, current["id"], new_id)


@MIGRATIONS()
def m007_rejected_items(db):
    """Items the relevance filter left out, so that later nights need not fetch them again."""
    if db["rejected_items"].exists():  # made ad hoc by development builds
        return
    db["rejected_items"].create(
        {"id": str, "source": str, "url": str, "checked_at": str, "reason": str},
        pk="id",
        not_null=["url", "checked_at"],
    )


@MIGRATIONS()
def m008_facet_columns(db):
    """What the article list is faceted by: main municipality, its Kreis, topics, publisher kind.

    Copies of the enrichment tables' answers (kept current by storage.refresh_facets), so that
    facets count one indexed column instead of joining at every page view.
    """
    from .storage import refresh_facets

    for column in ("municipality", "kreis", "topics", "publisher_kind"):
        _add_column(db, "articles", column, str)
    for column in ("municipality", "kreis", "publisher_kind"):
        db["articles"].create_index([column], if_not_exists=True)
    db.execute(
        "update articles set publisher_kind = "
        "(select kind from outlets where outlets.id = articles.publisher_id)"
    )
    refresh_facets(db)


def _add_column(db, table: str, column: str, kind) -> None:
    # Archives written by development builds between two releases may have the column already.
    if column not in db[table].columns_dict:
        db[table].add_column(column, kind)


def _merge_into(db, old_id: str, current_id: str) -> None:
    """Keep a duplicate as a version of the current article, then drop it."""
    row = db["articles"].get(old_id)
    citations = list(db["citations"].rows_where("article_id = ?", [old_id], order_by="position"))
    version = db.execute(
        "select coalesce(max(version), 0) + 1 from article_versions where article_id = ?",
        [current_id],
    ).fetchone()[0]
    db["article_versions"].insert({
        "article_id": current_id, "version": version,
        **{key: row[key] for key in ("title", "teaser", "body", "published", "modified",
                                     "author", "content_hash", "fetched_at", "warc_file",
                                     "warc_offset")},
        "citations": json.dumps(citations, ensure_ascii=False),
        "superseded_at": row["last_checked_at"],
    })
    for table, column in ARTICLE_ID_COLUMNS:
        if table != "article_versions" and db[table].exists():
            db.execute(f"delete from [{table}] where [{column}] = ?", [old_id])
    db["articles"].delete(old_id)


def _rekey(db, old_id: str, new_id: str) -> None:
    db.execute("update articles set id = ? where id = ?", [new_id, old_id])
    for table, column in ARTICLE_ID_COLUMNS:
        if db[table].exists():
            db.execute(f"update [{table}] set [{column}] = ? where [{column}] = ?",
                       [new_id, old_id])
