"""The home page's context: the archive's figures and its newest articles."""

NEWEST = 10
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

    async def context():
        figures = {}
        for name, sql in FIGURES_SQL.items():
            figures[name] = (await db.execute(sql)).first()[0]
        figures["municipalities"] = (
            (await db.execute(MUNICIPALITIES_SQL)).first()[0]
            if await db.table_exists("article_municipalities") else 0
        )
        newest = await db.execute(NEWEST_SQL, {"limit": NEWEST})
        return {"figures": figures, "newest": [dict(row) for row in newest.rows]}

    return context
