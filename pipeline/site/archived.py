"""The page as archived (/-/archiviert/<id>): the stored raw page, sanitised, never run."""

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nh3
from datasette.utils.asgi import Response
from markupsafe import Markup

from ..extract.decode import ExtractionError, decode_html
from ..rawstore import read_response
from .metadata import served_archive

# The archived copy is shown, never run: no scripts, no requests to other sites.
ARCHIVED_PAGE_POLICY = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'self'"
)
# Sanitising takes about 0.2 s per MB: the view shows the first 2 MB of a larger page.
MAX_SHOWN_BYTES = 2_000_000
# Decoding and sanitising run here, off the event loop, so a large page delays only its own
# visitor; two threads, so a burst of such requests cannot take every core from the others.
SANITISER = ThreadPoolExecutor(max_workers=2, thread_name_prefix="archiviert")


def sanitised_page(body: bytes, headers: list[tuple[str, str]]) -> str:
    """The stored HTML, decoded as the crawl decodes it, without scripts, styles, forms,
    frames or event handlers. Raises ExtractionError for bytes that are no page."""
    return nh3.clean(decode_html(body[:MAX_SHOWN_BYTES], dict(headers)))


def read_sanitised(warc_file: Path, offset: int) -> tuple[str, int]:
    """The stored page at `offset` of `warc_file`, sanitised, and its full size in bytes."""
    stored = read_response(warc_file, offset)
    return sanitised_page(stored.body, stored.headers), len(stored.body)


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
        page, stored_bytes = await asyncio.get_running_loop().run_in_executor(
            SANITISER, read_sanitised, Path(warc_dir) / article["warc_file"],
            article["warc_offset"],
        )
    except (OSError, ExtractionError, ValueError, StopIteration):
        return Response.html("Die archivierte Fassung ist nicht lesbar.", status=404)
    html = await datasette.render_template(
        "archiviert.html",
        {"article": article, "database": database, "page": Markup(page),
         "shown_bytes": MAX_SHOWN_BYTES if stored_bytes > MAX_SHOWN_BYTES else None,
         "stored_bytes": stored_bytes},
        request=request,
    )
    return Response.html(html, headers={"Content-Security-Policy": ARCHIVED_PAGE_POLICY})
