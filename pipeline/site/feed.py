"""Atom feeds that may be empty: a search without hits is a feed without entries, not an error."""

from datetime import UTC, datetime

import datasette_atom
from datasette.utils.asgi import Response
from feedgen.feed import FeedGenerator


def render_atom(datasette, request, sql, columns, rows, database, table, query_name,
                view_name, data):
    """datasette-atom's feed; for no rows (where it fails) a feed with no entries."""
    if rows:
        return datasette_atom.render_atom(datasette, request, sql, columns, rows, database,
                                          table, query_name, view_name, data)
    return Response(empty_feed(request.url, _feed_title(datasette, database, query_name, sql)),
                    content_type="application/xml; charset=utf-8")


def empty_feed(url: str, title: str) -> str:
    """An Atom feed without entries at `url`, updated now (Atom requires a time)."""
    feed = FeedGenerator()
    feed.id(url)
    feed.link(href=url, rel="self")
    feed.title(title)
    feed.updated(datetime.now(UTC))
    return feed.atom_str(pretty=True).decode()


def _feed_title(datasette, database: str, query_name: str | None, sql: str) -> str:
    query = (datasette.metadata(database=database).get("queries") or {}).get(query_name)
    return (query.get("title") if isinstance(query, dict) else None) or sql
