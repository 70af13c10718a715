"""Articles with their citations and earlier versions, the ids they were listed under, and
the items left out as off-topic."""

import json

from ..search import search_columns
from .columns import ARTICLE_FIELDS, CITATION_FIELDS, VERSION_COLUMNS, known_fields

# The ids a request may name an article by: its own, or an alias that points to it.
KNOWN_IDS = (
    "select :id union select article_id from article_aliases where alias_id = :id"
)


class ArticleRecords:
    """The archive's articles, article_versions, citations, article_aliases, rejected_items."""

    def save_article(
        self, record: dict, citations: list[dict], listed_id: str | None = None,
        search: dict | None = None,
    ) -> str:
        """Keep one article and its citations: 'new', 'changed' or 'unchanged'.

        An unchanged article (same content_hash) keeps its row as it was, a stable citable
        record; only last_checked_at moves. A changed one is replaced with its citations.
        `listed_id` is the id the crawl requested the page under, kept as an alias when the
        page's own canonical link or a redirect gave it another id. `search`: the record's
        `search_columns`, when the caller made them already (a worker process, say).
        """
        row = known_fields(record, ARTICLE_FIELDS, "article")
        citation_rows = [known_fields(c, CITATION_FIELDS, "citation") for c in citations]
        fetched_at = record["fetched_at"]
        with self.writing():
            self._keep_alias(listed_id, record["id"])
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
            if search is None:
                search = search_columns(row["title"], row["teaser"], row["body"])
            row.update(search)
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

    def _keep_alias(self, alias_id: str | None, article_id: str) -> None:
        if alias_id and alias_id != article_id:
            self.db["article_aliases"].upsert(
                {"alias_id": alias_id, "article_id": article_id}, pk="alias_id"
            )

    def record_rejection(
        self, article_id: str, *, source: str | None, url: str, checked_at: str, reason: str,
        listed_id: str | None = None,
    ) -> None:
        """Keep on record that an item was fetched and left out as off-topic."""
        with self.writing():
            self._keep_alias(listed_id, article_id)
            self.db["rejected_items"].upsert(
                {"id": article_id, "source": source, "url": url, "checked_at": checked_at,
                 "reason": reason},
                pk="id",
            )

    def last_checked(self, article_id: str) -> str | None:
        """When the article was last fetched: kept in articles, or left out as off-topic.

        `article_id` may be an id the article was listed under (an alias).
        """
        rows = self.db.query(
            f"select last_checked_at as at from articles where id in ({KNOWN_IDS}) "
            f"union all select checked_at from rejected_items where id in ({KNOWN_IDS})",
            {"id": article_id},
        )
        return max((row["at"] for row in rows), default=None)

    def article_version(self, article_id: str) -> str | None:
        """The stored `modified` of an article (or of the one an alias points to), else None."""
        row = next(
            self.db.query(
                f"select modified from articles where id in ({KNOWN_IDS}) "
                "order by id = :id desc limit 1",
                {"id": article_id},
            ),
            None,
        )
        return row["modified"] if row else None

    def _stored_state(self, article_id: str) -> dict | None:
        rows = self.db.query(
            "select content_hash, first_seen_at, last_checked_at from articles where id = ?",
            [article_id],
        )
        return next(rows, None)

    def article_texts(self, after: str = "", limit: int = -1) -> list[dict]:
        """What enrichment and linking read (id, content hash, title, teaser, body, published,
        publisher, canonical URL) of the articles whose ids follow `after`, in id order, at most
        `limit` (-1: all)."""
        return list(self.db.query(
            "select id, content_hash, title, teaser, body, published, publisher_id, canonical_url "
            "from articles where id > ? order by id limit ?",
            [after, limit],
        ))
