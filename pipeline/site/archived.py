"""The page as archived (/-/archiviert/<id>): the stored raw page, sanitised, never run."""

import codecs
import re
from pathlib import Path

import nh3
from datasette.utils.asgi import Response
from markupsafe import Markup

from ..rawstore import read_response
from .metadata import served_archive

# The archived copy is shown, never run: no scripts, no requests to other sites.
ARCHIVED_PAGE_POLICY = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'self'"
)


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


async def archived_page(datasette, request):
    article_id = request.url_vars["article_id"]
    database = served_archive(datasette)
    rows = await datasette.get_database(database).execute(
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
        {"article": article, "database": database,
         "page": Markup(sanitised_page(stored.body, stored.headers))},
        request=request,
    )
    return Response.html(html, headers={"Content-Security-Policy": ARCHIVED_PAGE_POLICY})
