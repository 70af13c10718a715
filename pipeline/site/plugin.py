"""Our Datasette plugin: German search, the article page's context, archived pages, robots.txt.

Registered as the `familienarchiv` entry point of the `datasette` group (pyproject.toml).
"""

import codecs
import re
from pathlib import Path

import nh3
from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from ..rawstore import read_response
from ..search import german_fts, german_rank

DATABASE = "archive"
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
# Crawlers may read the article pages (found through the list's pagination) and the site's
# styles; queries, facets, exports and archived copies cost the server work and duplicate the
# originals, so they are off limits. Wildcards and Allow as Google, Bing and others read them.
ROBOTS_TXT = """User-agent: *
Allow: /archive/articles?_next=
Allow: /-/static/
Disallow: /*?
Disallow: /*.json
Disallow: /*.csv
Disallow: /*.atom
Disallow: /-/
Allow: /
"""
# The archived copy is shown, never run: no scripts, no requests to other sites.
ARCHIVED_PAGE_POLICY = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'self'"
)
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
MONTHS_SQL = (
    "select substr(published, 1, 7) as month, count(*) as articles from articles "
    "where published is not null group by month order by month"
)


ENRICHMENT_TABLES = {
    "municipalities": "article_municipalities",
    "topics": "article_topics",
    "fundings": "fundings",
    "story": "stories",
}


def highlighted(snippet: str) -> Markup:
    """A snippet from FTS5's snippet() with its <mark> tags kept and everything else escaped."""
    text = str(escape(snippet)).replace(escape(MARK_OPEN), MARK_OPEN)
    return Markup(text.replace(escape(MARK_CLOSE), MARK_CLOSE))


def sanitised_page(body: bytes, headers: list[tuple[str, str]]) -> str:
    """The stored HTML without scripts, styles, forms, frames or event handlers."""
    return nh3.clean(body.decode(_charset(headers), errors="replace"))


def _charset(headers: list[tuple[str, str]]) -> str:
    """The charset the Content-Type header names, if Python knows it; else UTF-8."""
    for name, value in headers:
        match = re.search(r"charset=([\w-]+)", value) if name.lower() == "content-type" else None
        if match:
            try:
                return codecs.lookup(match.group(1)).name
            except LookupError:
                break
    return "utf-8"


def cite_line(article: dict, record_url: str) -> str:
    """The recommended citation of one record, in German."""
    publisher = article.get("publisher_name") or "Unbekannter Herausgeber"
    published = article.get("published") or "ohne Datum"
    fetched = (article.get("fetched_at") or "")[:10]
    return (
        f"{publisher}: „{article['title']}“, {published[:10]}. "
        f"Original: {article['canonical_url']}. "
        f"Archiviert im Familienarchiv NRW, Datensatz {article['id']}, {record_url} "
        f"(abgerufen am {fetched})."
    )


@hookimpl
def prepare_connection(conn):
    conn.create_function("german_fts", 1, german_fts, deterministic=True)
    conn.create_function("german_rank", 2, german_rank, deterministic=True)


@hookimpl
def render_cell(value, column):
    if column == "snippet" and isinstance(value, str):
        return highlighted(value)
    return None


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name == "page":
        return page_context(request, datasette)
    if view_name == "row" and table == "articles" and database == DATABASE:
        return article_context(request, datasette)
    return {}


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


def page_context(request, datasette):
    """The site's metadata for the custom pages, and the months for the timeline."""

    async def context():
        values = {"site": datasette.metadata()}
        if request.path == "/zeitleiste":
            result = await datasette.get_database(DATABASE).execute(MONTHS_SQL)
            values["months"] = month_series({row["month"]: row["articles"] for row in result.rows})
            values["most"] = max((row["articles"] for row in result.rows), default=1)
        return values

    return context


def article_context(request, datasette):
    """Everything the article page shows beyond the row itself."""

    async def context():
        article_id = request.url_vars["pks"]
        db = datasette.get_database(DATABASE)
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


# Introspection pages that show where the server keeps its files (the database's path, the
# interpreter's source paths in thread stacks): a public archive answers them with 404.
HIDDEN_PATHS = re.compile(r"^/-/(databases|threads)(\.json)?$")


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def hide_internals(scope, receive, send):
            if scope["type"] == "http" and HIDDEN_PATHS.match(scope["path"]):
                await Response.text("Not found", status=404).asgi_send(send)
                return
            await app(scope, receive, send)

        return hide_internals

    return wrap


@hookimpl
def register_routes():
    return [
        (r"^/robots\.txt$", robots_txt),
        (r"^/-/archiviert/(?P<article_id>[^/]+)$", archived_page),
    ]


async def robots_txt():
    return Response.text(ROBOTS_TXT)


async def archived_page(datasette, request):
    article_id = request.url_vars["article_id"]
    db = datasette.get_database(DATABASE)
    rows = await db.execute(
        "select id, title, canonical_url, fetched_at, warc_file, warc_offset from articles "
        "where id = :id",
        {"id": article_id},
    )
    warc_dir = (datasette.plugin_config("familienarchiv") or {}).get("warc_dir")
    if not rows.rows or not warc_dir:
        return Response.html("Keine archivierte Fassung vorhanden.", status=404)
    article = dict(rows.first())
    try:
        stored = read_response(Path(warc_dir) / article["warc_file"], article["warc_offset"])
    except (OSError, ValueError, StopIteration):
        return Response.html("Die archivierte Fassung ist nicht lesbar.", status=404)
    html = await datasette.render_template(
        "archiviert.html",
        {"article": article, "page": Markup(sanitised_page(stored.body, stored.headers))},
        request=request,
    )
    return Response.html(html, headers={"Content-Security-Policy": ARCHIVED_PAGE_POLICY})
