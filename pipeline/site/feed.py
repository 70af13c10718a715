"""Atom feeds of the archive's articles: dated by publication, linking to the archive's record.

The feed queries (metadata.yml) name each entry `tag:familienarchiv,<year>:<article id>`; the
article's publication date, record and original address are read by that id, so every feed
query gets them without repeating the SQL. A feed without entries is a feed, not an error.
"""

import json
import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from datasette.utils.asgi import Response
from lxml import etree

# Written with lxml: feedgen 1.0 drops the rel of an entry's links, and an entry needs two.
ATOM = "http://www.w3.org/2005/Atom"
SITE_TITLE = "Familienarchiv NRW"
# The search's feed and the page whose results it carries (the feed's rel=alternate).
SEARCH_FEED, SEARCH_PAGE = "suche_feed", "suche"
ENTRY_ID = re.compile(r"^tag:familienarchiv,\d{4}:(?P<article>.+)$")
# A publication day without a time is that day in the publishers' time zone.
PUBLISHERS_ZONE = ZoneInfo("Europe/Berlin")
ARTICLES_SQL = (
    "select id, published, first_seen_at, canonical_url from articles "
    "where id in (select value from json_each(:ids))"
)


def feed_title(query_title: str | None, search: str | None) -> str:
    """"Familienarchiv NRW – Suche: Kinderarmut" for a search, else the query's title."""
    if search is not None:
        return f"{SITE_TITLE} – Suche: {search.strip()}"
    return f"{SITE_TITLE} – {query_title}" if query_title else SITE_TITLE


def entry_time(published: str | None, first_seen_at: str | None) -> datetime:
    """When an entry appeared: its publication (a day at midnight in Berlin), else its first
    archiving (UTC) for an article whose date is unknown or only a month."""
    for value, zone in ((published, PUBLISHERS_ZONE), (first_seen_at, UTC)):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except (AttributeError, ValueError):
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=zone)
    return datetime.now(UTC)


async def render_atom(datasette, request, columns, rows, database, query_name):
    """The feed of `rows` (atom_id, atom_title, ... columns) as Atom."""
    ids = {row["atom_id"]: match["article"] for row in rows
           if (match := ENTRY_ID.match(str(row["atom_id"])))}
    found = await datasette.get_database(database).execute(
        ARTICLES_SQL, {"ids": json.dumps(list(ids.values()))})
    articles = {article["id"]: article for article in found.rows}
    query = (datasette.metadata(database=database).get("queries") or {}).get(query_name)
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    _child(feed, "id", request.url)
    _child(feed, "title", feed_title(query.get("title") if isinstance(query, dict) else None,
                                     request.args.get("q") if query_name == SEARCH_FEED
                                     else None))
    updated = _child(feed, "updated")
    _child(feed, "link", href=request.url, rel="self")
    page = (f"{datasette.urls.table(database, SEARCH_PAGE)}?{request.query_string}"
            if query_name == SEARCH_FEED else request.full_path.replace(".atom", "", 1))
    _child(feed, "link", href=datasette.absolute_url(request, page), rel="alternate")
    times = []
    for row in rows:
        article = articles.get(ids.get(row["atom_id"]))
        entry = _child(feed, "entry")
        _child(entry, "id", str(row["atom_id"]))
        _child(entry, "title", str(row["atom_title"]))
        moment = entry_time(article["published"] if article else None,
                            article["first_seen_at"] if article else row["atom_updated"])
        times.append(moment)
        _child(entry, "updated", moment.isoformat())
        if article:
            _child(entry, "published", moment.isoformat())
            _child(entry, "link", rel="alternate", type="text/html", href=datasette.absolute_url(
                request, datasette.urls.row(database, "articles", article["id"])))
            _child(entry, "link", rel="related", type="text/html", href=article["canonical_url"])
        if "atom_author_name" in columns and row["atom_author_name"]:
            _child(_child(entry, "author"), "name", row["atom_author_name"])
        if "atom_content" in columns and row["atom_content"]:
            _child(entry, "content", row["atom_content"], type="text")
    updated.text = max(times, default=datetime.now(UTC)).isoformat()
    return Response(etree.tostring(feed, xml_declaration=True, encoding="utf-8",
                                   pretty_print=True).decode(),
                    content_type="application/xml; charset=utf-8")


def _child(parent, name: str, text: str | None = None, **attributes):
    element = etree.SubElement(parent, f"{{{ATOM}}}{name}", attributes)
    element.text = text
    return element
