"""The article page's context: the record, its enrichment, versions and citation line."""

from .formatting import quoted, short_date

ENRICHMENT_QUERIES = {
    "municipalities": "select name, kreis, regierungsbezirk, level, is_main "
    "from article_municipalities where article_id = :id order by is_main desc, name",
    "topics": "select topic, label from article_topics where article_id = :id order by label",
    "fundings": "select amount_eur, qualifier, scope, funder_name, programme, period_start, "
    "period_end from fundings where article_id = :id order by position",
    "story": "select a.id, a.title, a.published, a.publisher_name from stories mine "
    "join stories other on other.story_id = mine.story_id and other.article_id != mine.article_id "
    "join articles a on a.id = other.article_id where mine.article_id = :id order by a.published",
}
ENRICHMENT_TABLES = {
    "municipalities": "article_municipalities",
    "topics": "article_topics",
    "fundings": "fundings",
    "story": "stories",
}


def cite_line(article: dict, record_url: str) -> str:
    """The recommended citation of one record, in German: the title in »…« (its own quotation
    marks as ‚…‘), dates as 24.01.2012."""
    publisher = article.get("publisher_name") or "Unbekannter Herausgeber"
    published = short_date(article.get("published")) or "ohne Datum"
    fetched = short_date(article.get("fetched_at"))
    return (
        f"{publisher}: {quoted(article['title'])}, {published}. "
        f"Original: {article['canonical_url']}. "
        f"Archiviert im Familienarchiv NRW, Datensatz {article['id']}, {record_url} "
        f"(abgerufen am {fetched})."
    )


def article_context(request, db):
    """Everything the article page shows beyond the row itself, read from `db`."""

    async def context():
        article_id = request.url_vars["pks"]
        rows = await db.execute("select * from articles where id = :id", {"id": article_id})
        if not rows.rows:
            return {}
        article = dict(rows.first())
        context = {"article": article, "cite": cite_line(article, request.url)}
        citations = await db.execute(
            "select text, outlet_name, date, usage from citations where article_id = :id "
            "order by position",
            {"id": article_id},
        )
        context["citations"] = [dict(row) for row in citations.rows]
        versions = await db.execute(
            "select version, title, fetched_at, superseded_at from article_versions "
            "where article_id = :id order by version desc",
            {"id": article_id},
        ) if await db.table_exists("article_versions") else None
        context["versions"] = [dict(row) for row in versions.rows] if versions else []
        for name, sql in ENRICHMENT_QUERIES.items():
            present = await db.table_exists(ENRICHMENT_TABLES[name])
            rows = (await db.execute(sql, {"id": article_id})).rows if present else []
            context[name] = [dict(row) for row in rows]
        return context

    return context
