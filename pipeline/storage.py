"""The archive database (sqlite-utils): articles with citations, outlets, crawl runs and errors."""

import os
import re
from datetime import datetime
from typing import Self

import sqlite_utils

TABLES = ("articles", "citations", "outlets", "outlet_names", "crawl_runs", "fetch_errors")

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
}
# Columns storage fills in itself.
ARTICLE_COLUMNS = {
    **ARTICLE_FIELDS,
    "first_seen_at": str,
    "last_checked_at": str,
    "search_variants": str,
}
ARTICLE_REQUIRED = [
    "source", "canonical_url", "url", "fetched_at", "http_status", "content_hash",
    "warc_file", "warc_offset",
]
CITATION_FIELDS = {
    "position": int,
    "text": str,
    "outlet_id": str,
    "outlet_name": str,
    "domain": str,
    "date": str,
    "usage": str,
}
FTS_COLUMNS = ["title", "teaser", "body", "search_variants"]
# unicode61 folds ä/ö/ü to a/o/u but keeps ß; search_variants covers ss/ae/oe/ue spellings.
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

GERMAN_SPELLING = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)
SHARP_S_SPELLING = str.maketrans({"ß": "ss", "ẞ": "SS"})
WORD_WITH_GERMAN_LETTERS = re.compile(r"\w*[äöüÄÖÜßẞ]\w*")


class Archive:
    """The archive database: articles, citations, outlets, outlet_names, crawl_runs, fetch_errors.

    Foreign keys are declared (Datasette links them) but not enforced: outlets mirror the
    registry and are refreshed by sync_outlets, which may run after articles naming them.
    """

    def __init__(self, path: str | os.PathLike):
        self.db = sqlite_utils.Database(path)
        # Crawler components and the CLI open the same file at once.
        self.db.execute("PRAGMA busy_timeout = 5000")
        self.db.enable_wal()
        self.db.execute("PRAGMA synchronous = NORMAL")  # durable enough in WAL mode
        if not self.db["articles"].exists():
            with self.db.atomic():
                _create_schema(self.db)

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
        with self.db.atomic():
            stored = self._stored_state(record["id"])
            if stored and stored["content_hash"] == record["content_hash"]:
                self.db.execute(
                    "update articles set last_checked_at = max(last_checked_at, ?) where id = ?",
                    [fetched_at, record["id"]],
                )
                return "unchanged"
            row["first_seen_at"] = row["last_checked_at"] = fetched_at
            if stored:
                # Re-processing old captures must not move these backwards (or forwards).
                row["first_seen_at"] = min(stored["first_seen_at"], fetched_at)
                row["last_checked_at"] = max(stored["last_checked_at"], fetched_at)
            row["search_variants"] = search_variants(row["title"], row["teaser"], row["body"])
            self.db["articles"].upsert(row, pk="id")
            self.db["citations"].delete_where("article_id = ?", [record["id"]])
            self.db["citations"].insert_all(
                {"article_id": record["id"], **citation} for citation in citation_rows
            )
        return "changed" if stored else "new"

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
        with self.db.atomic():
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
    ) -> None:
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
                "errors": errors,
            },
        )

    def record_error(
        self, run_id: int | None, url: str, status: int | None, message: str, at: str
    ) -> None:
        self.db["fetch_errors"].insert(
            {"run_id": run_id, "url": url, "status": status, "message": message, "at": at}
        )

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {table: self.db[table].count for table in TABLES}


def search_variants(*texts: str | None) -> str | None:
    """The ss/ae/oe/ue spellings of the words with ß, ä, ö or ü, once each (None if none).

    Two per word where both apply: "Größe" gives "groesse" and "grösse" (which the tokenizer
    folds to "grosse"), so readers find it however they type it.
    """
    variants = {}
    for text in texts:
        for word in WORD_WITH_GERMAN_LETTERS.findall(text or ""):
            for spelling in (word.translate(SHARP_S_SPELLING), word.translate(GERMAN_SPELLING)):
                if spelling != word:
                    variants.setdefault(spelling.lower())
    return " ".join(variants) or None


def _fields(mapping: dict, fields: dict, what: str) -> dict:
    """The known fields of a caller's dict (missing ones None); unknown keys are a bug."""
    unknown = sorted(set(mapping) - set(fields))
    if unknown:
        raise ValueError(f"unknown {what} field(s): {', '.join(unknown)}")
    return {field: mapping.get(field) for field in fields}


def _create_schema(db: sqlite_utils.Database) -> None:
    db["outlets"].create(
        {"id": str, "name": str, "kind": str, "domains": str, "aliases": str},
        pk="id",
        not_null=["name", "kind"],
    )
    db["outlet_names"].create(
        {
            "outlet_id": str,
            "position": int,
            "name": str,
            "abbreviation": str,
            "valid_from": str,
            "valid_to": str,
        },
        pk=("outlet_id", "position"),
        foreign_keys=[("outlet_id", "outlets", "id")],
        not_null=["name"],
    )
    db["articles"].create(
        ARTICLE_COLUMNS,
        pk="id",
        foreign_keys=[("publisher_id", "outlets", "id")],
        not_null=ARTICLE_REQUIRED,
    )
    db["citations"].create(
        {"article_id": str, **CITATION_FIELDS},
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id"), ("outlet_id", "outlets", "id")],
        not_null=["text"],
    )
    db["crawl_runs"].create(
        {
            "id": int,
            "spider": str,
            "started_at": str,
            "finished_at": str,
            "duration_seconds": float,
            "status": str,
            "reason": str,
            "pages_fetched": int,
            "items_new": int,
            "items_changed": int,
            "items_unchanged": int,
            "errors": int,
        },
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
    db["articles"].enable_fts(FTS_COLUMNS, tokenize=FTS_TOKENIZER, create_triggers=True)
