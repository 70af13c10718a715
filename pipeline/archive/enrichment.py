"""What each article is about (municipalities, topics, fundings), the links between articles
(citation_links, stories), and the facet columns copied from them into the articles."""

import json

from .columns import MUNICIPALITY_COLUMNS, PER_ARTICLE
from .linking import LinkRecords

BATCH_SIZE = 1000


class EnrichmentRecords(LinkRecords):
    """The archive's enrichment tables (docs/architecture.md, "Enrichment tables"), and the
    link index that keeps citation links and stories current (LinkRecords).

    Saving an article's enrichment marks it for linking: a new or changed article is saved
    with its enrichment in one transaction, so the next linking finds it.
    """

    def save_enrichment(self, article_id: str, rows: dict[str, list[dict]]) -> None:
        """Replace one article's municipality, topic and funding rows; refresh its facets."""
        with self.writing():
            for table in PER_ARTICLE:
                self.db[table].delete_where("article_id = ?", [article_id])
            self._insert(rows)
            self.refresh_facets([article_id])
            self.mark_for_linking([article_id])

    def replace_enrichment_of(self, enriched: dict[str, tuple[str, dict[str, list[dict]]]],
                              mark: bool = True) -> list[str]:
        """Replace the municipality, topic and funding rows of articles (id -> the content hash
        they were enriched from, their rows) in one transaction; refresh their facets and (mark)
        mark them for linking. The ids whose rows were replaced.

        An article whose stored content no longer has that hash was changed (and enriched) by
        someone else since it was read: its rows stay as they are.
        """
        with self.writing():
            ids = json.dumps(list(enriched))
            current = [
                row["id"] for row in self.db.query(
                    "select id, content_hash from articles where id in "
                    "(select value from json_each(?))", [ids])
                if row["content_hash"] == enriched[row["id"]][0]
            ]
            in_current = "article_id in (select value from json_each(?))"
            for table in PER_ARTICLE:
                self.db.execute(f"delete from {table} where {in_current}", [json.dumps(current)])
            self._insert({table: [row for article_id in current
                                  for row in enriched[article_id][1][table]]
                          for table in PER_ARTICLE})
            self.refresh_facets(current)
            if mark:
                self.mark_for_linking(current)
        return current

    def drop_orphan_enrichment(self) -> None:
        """Remove municipality, topic and funding rows of articles no longer stored (and have
        them unlinked)."""
        with self.writing():
            self.mark_for_linking([row[0] for row in self.db.execute(
                "select article_id from link_articles where article_id not in "
                "(select id from articles)")])
            for table in PER_ARTICLE:
                self.db.execute(
                    f"delete from {table} where article_id not in (select id from articles)"
                )

    def municipalities_filled(self) -> bool:
        return self.db["municipalities"].count > 0

    def fill_municipalities(self, gazetteer) -> None:
        """The gazetteer as a table: NRW municipalities, Kreise and the Land, then the rest."""
        places = [*gazetteer.places.values(), *gazetteer.others]
        rows = ({column: getattr(place, column) for column in MUNICIPALITY_COLUMNS}
                for place in places)  # fmt: skip
        with self.writing():
            self.db["municipalities"].upsert_all(rows, pk="ags", batch_size=BATCH_SIZE)

    def refresh_facets(self, article_ids: list[str] | None = None) -> None:
        """Copy these articles' (default: every article's) main municipality, Kreis and topic
        labels from the enrichment tables into their rows, where the article list facets them."""
        # Only the rows whose facets change: an update re-indexes the article's text for search.
        where, params = ("", []) if article_ids is None else (
            "where id in (select value from json_each(?))", [json.dumps(article_ids)])
        self.db.execute(
            "update articles set municipality = f.municipality, kreis = f.kreis, "
            "topics = f.topics from (select id, "
            "(select name from article_municipalities m where m.article_id = articles.id "
            "and m.is_main order by m.rowid limit 1) as municipality, "
            "(select kreis from article_municipalities m where m.article_id = articles.id "
            "and m.is_main order by m.rowid limit 1) as kreis, "
            "(select json_group_array(label) from (select distinct label from article_topics t "
            f"where t.article_id = articles.id order by label)) as topics from articles {where}) f "
            "where articles.id = f.id and (articles.municipality is not f.municipality "
            "or articles.kreis is not f.kreis or articles.topics is not f.topics)",
            params,
        )

    def _insert(self, rows: dict[str, list[dict]]) -> None:
        # One prepared statement per table: a full enrich inserts millions of these rows.
        for table, table_rows in rows.items():
            if table_rows:
                columns = list(table_rows[0])
                self.db.conn.executemany(
                    f"insert into [{table}] ({', '.join(columns)}) "
                    f"values ({', '.join(':' + column for column in columns)})", table_rows)
