"""The archive database (sqlite-utils): articles with citations, outlets, crawl runs and errors."""

import json
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from typing import Self

import sqlite_utils

from .migrations import migrate
from .search import search_stems, search_variants

TABLES = (
    "articles", "article_versions", "citations", "outlets", "outlet_names", "crawl_runs",
    "fetch_errors", "rejected_items",
)

# The record as the caller builds it (see docs/architecture.md), in display order.
ARTICLE_FIELDS = {
    "id": str,
    "source": str,
    "title": str,
    "teaser": str,
    "body": str,
    "published": str,
    "modified": str,
    "year": int,
    "author": str,
    "language": str,
    "publisher_id": str,
    "publisher_name": str,
    "cited_outlets": str,  # JSON array of names
    "canonical_url": str,
    "url": str,
    "fetched_at": str,
    "http_status": int,
    "content_hash": str,
    "warc_file": str,
    "warc_offset": int,
    "relevance_score": float,
    "relevance_reason": str,
    "publisher_kind": str,
}
# What an article version keeps of the row it was (plus its citations as JSON).
VERSION_COLUMNS = (
    "title", "teaser", "body", "published", "modified", "author", "content_hash", "fetched_at",
    "warc_file", "warc_offset",
)
CITATION_FIELDS = {
    "position": int,
    "text": str,
    "outlet_id": str,
    "outlet_name": str,
    "domain": str,
    "date": str,
    "usage": str,
}


class _Database(sqlite_utils.Database):
    """sqlite-utils' database, without its probe for ON CONFLICT support.

    The probe writes a scratch table; when that write fails (a full disk, a lock held too long)
    sqlite-utils falls back for the whole connection to an older upsert, which NOT NULL columns
    turn into a silent no-op. Every SQLite since 3.24 supports ON CONFLICT.
    """

    @property
    def supports_on_conflict(self) -> bool:
        return sqlite3.sqlite_version_info >= (3, 24, 0)


class Archive:
    """The archive database: articles, citations, outlets, outlet_names, crawl_runs, fetch_errors.

    Foreign keys are declared (Datasette links them) but not enforced: outlets mirror the
    registry and are refreshed by sync_outlets, which may run after articles naming them.
    """

    def __init__(self, path: str | os.PathLike):
        self.db = _Database(path)
        # Crawler components, crawler processes and the CLI open the same file at once; a
        # writer may hold it while it links the whole archive after a crawl.
        self.db.execute("PRAGMA busy_timeout = 30000")
        self.db.enable_wal()
        self.db.execute("PRAGMA synchronous = NORMAL")  # durable enough in WAL mode
        with self.writing():  # one process migrates; the others wait and find nothing to do
            self.applied_migrations = migrate(self.db)

    @contextmanager
    def writing(self):
        """A transaction that takes the write lock first (BEGIN IMMEDIATE).

        Several crawler processes write one archive; a transaction that reads before it
        writes would fail with "database is locked" when another process wrote in between,
        where this one waits (busy_timeout) for its turn. Inside another `writing()` block it
        is a savepoint of that transaction.
        """
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            with self.db.atomic():
                yield
        except BaseException:
            self.db.conn.rollback()
            raise
        self.db.conn.commit()

    def close(self) -> None:
        """Close the connection; the last one to close folds the WAL back into the file."""
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def save_article(self, record: dict, citations: list[dict]) -> str:
        """Keep one article and its citations: 'new', 'changed' or 'unchanged'.

        An unchanged article (same content_hash) keeps its row as it was, a stable citable
        record; only last_checked_at moves. A changed one is replaced with its citations.
        """
        row = _fields(record, ARTICLE_FIELDS, "article")
        citation_rows = [_fields(c, CITATION_FIELDS, "citation") for c in citations]
        fetched_at = record["fetched_at"]
        with self.writing():
            stored = self._stored_state(record["id"])
            if stored and stored["content_hash"] == record["content_hash"]:
                self.db.execute(
                    "update articles set last_checked_at = max(last_checked_at, ?) where id = ?",
                    [fetched_at, record["id"]],
                )
                return "unchanged"
            row["first_seen_at"] = row["last_checked_at"] = fetched_at
            if stored:
                self._keep_version(record["id"], superseded_at=fetched_at)
                # Re-processing old captures must not move these backwards (or forwards).
                row["first_seen_at"] = min(stored["first_seen_at"], fetched_at)
                row["last_checked_at"] = max(stored["last_checked_at"], fetched_at)
            row["search_variants"] = search_variants(row["title"], row["teaser"], row["body"])
            row["search_stems"] = search_stems(row["title"], row["teaser"], row["body"])
            self.db["articles"].upsert(row, pk="id")
            self.db["citations"].delete_where("article_id = ?", [record["id"]])
            self.db["citations"].insert_all(
                {"article_id": record["id"], **citation} for citation in citation_rows
            )
        return "changed" if stored else "new"

    def _keep_version(self, article_id: str, superseded_at: str) -> None:
        """The stored article, with its citations, becomes its next numbered version."""
        row = self.db["articles"].get(article_id)
        citations = list(
            self.db["citations"].rows_where("article_id = ?", [article_id], order_by="position")
        )
        version = self.db.execute(
            "select coalesce(max(version), 0) + 1 from article_versions where article_id = ?",
            [article_id],
        ).fetchone()[0]
        self.db["article_versions"].insert({
            "article_id": article_id,
            "version": version,
            **{column: row[column] for column in VERSION_COLUMNS},
            "citations": json.dumps(citations, ensure_ascii=False),
            "superseded_at": superseded_at,
        })

    def record_rejection(
        self, article_id: str, *, source: str | None, url: str, checked_at: str, reason: str
    ) -> None:
        """Keep on record that an item was fetched and left out as off-topic."""
        with self.writing():
            self.db["rejected_items"].upsert(
                {"id": article_id, "source": source, "url": url, "checked_at": checked_at,
                 "reason": reason},
                pk="id",
            )

    def last_checked(self, article_id: str) -> str | None:
        """When the article was last fetched: kept in articles, or left out as off-topic."""
        rows = self.db.query(
            "select last_checked_at as at from articles where id = :id "
            "union all select checked_at from rejected_items where id = :id",
            {"id": article_id},
        )
        return max((row["at"] for row in rows), default=None)

    def _stored_state(self, article_id: str) -> dict | None:
        rows = self.db.query(
            "select content_hash, first_seen_at, last_checked_at from articles where id = ?",
            [article_id],
        )
        return next(rows, None)

    def article_version(self, article_id: str) -> str | None:
        """The stored `modified` of an article, None when unknown or not stored."""
        row = next(self.db.query("select modified from articles where id = ?", [article_id]), None)
        return row["modified"] if row else None

    def sync_outlets(self, registry) -> None:
        """Upsert outlets and their dated names from an OutletRegistry (any iterable of Outlet)."""
        with self.writing():
            for outlet in registry:
                self.db["outlets"].upsert(
                    {
                        "id": outlet.id,
                        "name": outlet.name,
                        "kind": outlet.kind,
                        "domains": list(outlet.domains),
                        "aliases": list(outlet.aliases),
                    },
                    pk="id",
                )
                self.db["outlet_names"].delete_where("outlet_id = ?", [outlet.id])
                self.db["outlet_names"].insert_all(
                    {
                        "outlet_id": outlet.id,
                        "position": position,
                        "name": name.name,
                        "abbreviation": name.abbreviation,
                        "valid_from": name.valid_from,
                        "valid_to": name.valid_to,
                    }
                    for position, name in enumerate(outlet.names)
                )

    def start_run(self, spider: str, started_at: str) -> int:
        table = self.db["crawl_runs"].insert({"spider": spider, "started_at": started_at})
        return table.last_pk

    def finish_run(
        self,
        run_id: int,
        *,
        finished_at: str,
        status: str,
        reason: str | None,
        pages_fetched: int,
        items_new: int,
        items_changed: int,
        items_unchanged: int,
        errors: int,
        items_rejected: int = 0,
    ) -> None:
        """Fill in a run's outcome; items_rejected counts items the relevance filter left out."""
        started_at = self.db["crawl_runs"].get(run_id)["started_at"]
        duration = datetime.fromisoformat(finished_at) - datetime.fromisoformat(started_at)
        self.db["crawl_runs"].update(
            run_id,
            {
                "finished_at": finished_at,
                "duration_seconds": duration.total_seconds(),
                "status": status,
                "reason": reason,
                "pages_fetched": pages_fetched,
                "items_new": items_new,
                "items_changed": items_changed,
                "items_unchanged": items_unchanged,
                "items_rejected": items_rejected,
                "errors": errors,
            },
            alter=True,  # archives made before items_rejected existed gain the column
        )

    def record_error(
        self, run_id: int | None, url: str, status: int | None, message: str, at: str
    ) -> None:
        self.db["fetch_errors"].insert(
            {"run_id": run_id, "url": url, "status": status, "message": message, "at": at}
        )

    def optimize_search(self) -> None:
        """Merge the full-text index's segments: searches after a crawl stay fast."""
        with self.writing():
            self.db.execute("insert into articles_fts(articles_fts) values('optimize')")

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {table: self.db[table].count for table in TABLES}


def refresh_facets(db: sqlite_utils.Database, article_id: str | None = None) -> None:
    """Copy an article's (or every article's) main municipality, Kreis and topic labels from
    the enrichment tables into its row, where the article list facets them."""
    if not db["article_municipalities"].exists():
        return
    where, params = ("where id = ?", [article_id]) if article_id else ("", [])
    db.execute(
        "update articles set "
        "municipality = (select name from article_municipalities m where m.article_id = "
        "articles.id and m.is_main order by m.rowid limit 1), "
        "kreis = (select kreis from article_municipalities m where m.article_id = articles.id "
        "and m.is_main order by m.rowid limit 1), "
        "topics = (select json_group_array(label) from (select distinct label from "
        "article_topics t where t.article_id = articles.id order by label)) " + where,
        params,
    )


def _fields(mapping: dict, fields: dict, what: str) -> dict:
    """The known fields of a caller's dict (missing ones None); unknown keys are a bug."""
    unknown = sorted(set(mapping) - set(fields))
    if unknown:
        raise ValueError(f"unknown {what} field(s): {', '.join(unknown)}")
    return {field: mapping.get(field) for field in fields}
