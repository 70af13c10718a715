"""The custom pages' context (/ueber, /zeitleiste): the site's metadata and the timeline."""

import re

MONTHS_SQL = (
    "select substr(published, 1, 7) as month, count(*) as articles from articles "
    "where published is not null group by month order by month"
)


def month_series(counts: dict[str, int]) -> list[dict]:
    """Every month from the first to the last of `counts` ("2015-03"), those without articles as 0.

    A timeline without its empty months would hide the gaps a reader is looking for.
    """
    valid = sorted(month for month in counts if re.fullmatch(r"\d{4}-\d{2}", month or ""))
    if not valid:
        return []
    (year, month), last = map(int, valid[0].split("-")), valid[-1]
    series = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        series.append({"month": key, "articles": counts.get(key, 0)})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series


def page_context(request, datasette, database: str):
    """The site's metadata and the archive's name for the custom pages; months for the timeline."""

    async def context():
        values = {"site": datasette.metadata(), "database": database}
        if request.path == "/zeitleiste":
            result = await datasette.get_database(database).execute(MONTHS_SQL)
            values["months"] = month_series({row["month"]: row["articles"] for row in result.rows})
            values["most"] = max((row["articles"] for row in result.rows), default=1)
        return values

    return context
