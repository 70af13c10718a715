"""The home page's context: the archive's figures and its newest articles."""

from datasette.database import QueryInterrupted

NEWEST = 10
# Each figure may take this long; one that takes longer (a huge archive on a busy server) is
# left off the home page rather than holding it up or failing it.
FIGURE_TIME_LIMIT_MS = 300
# Each figure reads one index (articles' own, or article_municipalities' ags).
FIGURES_SQL = {
    "articles": "select count(*) from articles",
    "outlets": "select count(distinct publisher_id) from articles",
    "years": "select count(distinct year) from articles",
    "first_year": "select min(year) from articles",
    "last_year": "select max(year) from articles",
}
MUNICIPALITIES_SQL = (
    "select count(distinct ags) from article_municipalities where level = 'gemeinde'"
)
NEWEST_SQL = (
    "select id, title, published, publisher_name, municipality from articles "
    "where published is not null order by published desc limit :limit"
)


def home_context(db):
    """The figures (articles, outlets, municipalities, years) and the newest articles of `db`."""

    async def figure(sql: str) -> int | None:
        try:
            return (await db.execute(sql, custom_time_limit=FIGURE_TIME_LIMIT_MS)).first()[0]
        except QueryInterrupted:
            return None

    async def context():
        figures = {name: await figure(sql) for name, sql in FIGURES_SQL.items()}
        figures["municipalities"] = (
            await figure(MUNICIPALITIES_SQL)
            if await db.table_exists("article_municipalities") else None
        )
        newest = await db.execute(NEWEST_SQL, {"limit": NEWEST})
        return {"figures": figures, "newest": [dict(row) for row in newest.rows]}

    return context
