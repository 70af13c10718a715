"""The home page's context: the archive's figures and its newest articles."""

from datasette.database import QueryInterrupted

NEWEST = 10
# Each figure may take this long; one that takes longer (a huge archive on a busy server) is
# left off the home page rather than holding it up or failing it.
FIGURE_TIME_LIMIT_MS = 300
# Each figure seeks in an index instead of counting distinct values over every article: the
# outlets and municipalities that have articles, the years one after the other.
FIGURES_SQL = {
    "articles": "select count(*) from articles",
    "outlets": "select count(*) from outlets "
    "where exists (select 1 from articles where articles.publisher_id = outlets.id)",
    "years": "with recursive years(year) as (select min(year) from articles union all "
    "select (select min(year) from articles where year > years.year) from years "
    "where years.year is not null) select count(year) from years",
    "first_year": "select min(year) from articles",
    "last_year": "select max(year) from articles",
}
MUNICIPALITIES_SQL = (
    "select count(*) from municipalities where level = 'gemeinde' and exists "
    "(select 1 from article_municipalities where article_municipalities.ags = municipalities.ags)"
)
NEWEST_SQL = (
    "select id, title, published, publisher_name, municipality from articles "
    "where published is not null order by published desc limit :limit"
)
# An immutable archive's figures hold as long as the server runs: counted once per database.
_immutable_figures: dict[str, dict] = {}


def home_context(db):
    """The figures (articles, outlets, municipalities, years) and the newest articles of `db`."""

    async def figure(sql: str) -> int | None:
        try:
            return (await db.execute(sql, custom_time_limit=FIGURE_TIME_LIMIT_MS)).first()[0]
        except QueryInterrupted:
            return None

    async def figures() -> dict:
        counted = {name: await figure(sql) for name, sql in FIGURES_SQL.items()}
        counted["municipalities"] = (
            await figure(MUNICIPALITIES_SQL)
            if await db.table_exists("article_municipalities") else None
        )
        return counted

    async def context():
        if db.is_mutable:
            counted = await figures()
        else:
            counted = _immutable_figures.get(db.name) or await figures()
            if None not in counted.values():
                _immutable_figures[db.name] = counted
        newest = await db.execute(NEWEST_SQL, {"limit": NEWEST})
        return {"figures": counted, "newest": [dict(row) for row in newest.rows]}

    return context
