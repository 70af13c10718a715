"""The page as archived (/-/archiviert/<id>): the stored raw page, sanitised, never run.

Its links lead to the archive's record of the page they name when that page is archived, else
to the original address (absolute); its images come from the WARC file when the crawl captured
them (/-/archiviert/<id>/bild?url=...), else they are left out.
"""

import asyncio
import functools
import json
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from urllib.parse import urldefrag, urlencode, urljoin, urlsplit
from zoneinfo import ZoneInfo

import lxml.html
import nh3
from datasette.utils.asgi import Response
from lxml.etree import ParserError
from markupsafe import Markup
from warcio.archiveiterator import ArchiveIterator

from ..dates import GERMAN_MONTHS
from ..extract.decode import ExtractionError, decode_html
from ..identity import record_id
from ..rawstore import UNREADABLE, read_response
from .guard import MAX_VALUE_CHARS
from .metadata import served_archive

# The archived copy is shown, never run: no scripts, no requests to other sites.
ARCHIVED_PAGE_POLICY = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'self'"
)
# An image from the WARC is shown as an image and nothing else: no script of an SVG, no page.
IMAGE_POLICY = "default-src 'none'; sandbox"
# Raster formats only: an SVG is a document that may carry scripts.
SHOWN_IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp",
                               "image/avif"})
MAX_IMAGE_BYTES = 5_000_000
# Indexing a WARC file reads it whole (about 1 s per 100 MB): larger files are not searched
# for images, and the indexes of the last few files are kept.
MAX_INDEXED_WARC_BYTES = 512_000_000
# Sanitising takes about 0.2 s per MB: the view shows the first 2 MB of a larger page.
MAX_SHOWN_BYTES = 2_000_000
# A page with more links than this has its first ones looked up; the rest lead to the original.
MAX_LOOKED_UP_LINKS = 2_000
# Decoding and sanitising run here, off the event loop, so a large page delays only its own
# visitor; two threads, so a burst of such requests cannot take every core from the others.
SANITISER = ThreadPoolExecutor(max_workers=2, thread_name_prefix="archiviert")
BERLIN = ZoneInfo("Europe/Berlin")
ARCHIVED_IDS_SQL = """
select id as listed, id from articles where id in (select value from json_each(:ids))
union all
select alias_id, article_id from article_aliases
where alias_id in (select value from json_each(:ids))
"""


def sanitised_page(body: bytes, headers: list[tuple[str, str]],
                   rewrite=None) -> str:
    """The stored HTML, decoded as the crawl decodes it, without scripts, styles, forms,
    frames or event handlers; `rewrite(tag, attribute, value)` may change or drop (None) a
    link's href or an image's src. Raises ExtractionError for bytes that are no page."""
    return nh3.clean(decode_html(body[:MAX_SHOWN_BYTES], dict(headers)),
                     attribute_filter=_link_filter(rewrite) if rewrite else None)


def _link_filter(rewrite):
    def keep(tag, attribute, value):
        if (tag, attribute) in (("a", "href"), ("img", "src")):
            return rewrite(tag, attribute, value)
        if (tag, attribute) == ("img", "srcset"):  # other sizes: not looked up, not shown
            return None
        return value

    return keep


def page_links(html: str, page_url: str) -> tuple[list[str], list[str]]:
    """The absolute addresses the page's links and images name, in page order, no fragments."""
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return [], []

    def absolute(values):
        found = (absolute_url(page_url, value) for value in values)
        return list(dict.fromkeys(url for url in found if url))

    return absolute(tree.xpath("//a/@href")), absolute(tree.xpath("//img/@src"))


def absolute_url(page_url: str, value: str) -> str | None:
    """`value` resolved against the page's address, without its fragment; None unless http(s)."""
    try:
        url = urldefrag(urljoin(page_url, value.strip()))[0]
    except ValueError:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


def rewriter(page_url: str, records: dict[str, str], images: set[str], record_path,
             image_path):
    """The rewrite function of `sanitised_page` for a page at `page_url`: a link to an archived
    address (in `records`, address -> article id) leads to `record_path(id)`, any other to the
    absolute original; an image in `images` comes from `image_path(url)`, any other is dropped.
    Links within the page (#...) stay."""

    def rewritten(tag, value):
        if tag == "a" and value.strip().startswith("#"):
            return value
        url = absolute_url(page_url, value)
        if tag == "img":
            return image_path(url) if url in images else None
        if url is None:
            return value if urlsplit(value.strip()).scheme == "mailto" else None
        article = records.get(url)
        return record_path(article) if article else urljoin(page_url, value.strip())

    def rewrite(tag, attribute, value):
        try:
            return rewritten(tag, value)
        except ValueError:  # an address no parser reads ("http://[::1") is left out
            return None

    return rewrite


def german_time(iso_time: str | None) -> str:
    """A UTC time ("2012-01-24T13:05:00Z") as Berlin reads it: "24. Januar 2012, 14:05 Uhr"."""
    try:
        moment = datetime.fromisoformat((iso_time or "").replace("Z", "+00:00"))
    except ValueError:
        return iso_time or ""
    if moment.tzinfo:
        moment = moment.astimezone(BERLIN)
    month = GERMAN_MONTHS[moment.month - 1].capitalize()
    return f"{moment.day}. {month} {moment.year}, {moment:%H:%M} Uhr"


@functools.lru_cache(maxsize=4)
def image_index(warc_file: Path, size: int, modified: float) -> dict[str, int]:
    """The captured images of a WARC file (size and time key the cache): address -> offset."""
    index = {}
    with open(warc_file, "rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if content_type.split(";")[0].strip().lower() in SHOWN_IMAGE_TYPES:
                index.setdefault(record.rec_headers.get_header("WARC-Target-URI"),
                                 records.get_record_offset())
    return index


def captured_images(warc_file: Path) -> dict[str, int]:
    """image_index of `warc_file`, or none for a file too large to read whole."""
    try:
        status = warc_file.stat()
    except OSError:
        return {}
    if status.st_size > MAX_INDEXED_WARC_BYTES:
        return {}
    try:
        return image_index(warc_file, status.st_size, status.st_mtime)
    except (OSError, *UNREADABLE):
        return {}


def read_page(warc_file: Path, offset: int):
    """The stored page at `offset` of `warc_file`: its HTML (decoded, unsanitised, cut at
    MAX_SHOWN_BYTES), the addresses its links and images name, and its full size."""
    stored = read_response(warc_file, offset)
    html = decode_html(stored.body[:MAX_SHOWN_BYTES], dict(stored.headers))
    links, images = page_links(html, stored.url)
    return stored, links[:MAX_LOOKED_UP_LINKS], images, len(stored.body)


async def archived_records(database, links: list[str]) -> dict[str, str]:
    """Which of `links` are archived: address -> article id (by its id or an alias)."""
    ids = {}
    for url in links:
        try:
            ids[url] = record_id(url)
        except ValueError:
            continue
    rows = await database.execute(ARCHIVED_IDS_SQL, {"ids": json.dumps(list(set(ids.values())))})
    found = {row["listed"]: row["id"] for row in rows.rows}
    return {url: found[listed] for url, listed in ids.items() if listed in found}


async def stored_article(datasette, article_id: str):
    """The article's row and its WARC file's path; (None, None) without a stored page."""
    rows = await datasette.get_database(served_archive(datasette)).execute(
        "select id, title, canonical_url, fetched_at, warc_file, warc_offset from articles "
        "where id = :id",
        {"id": article_id},
    )
    warc_dir = (datasette.plugin_config("familienarchiv") or {}).get("warc_dir")
    if not rows.rows or not warc_dir or not rows.first()["warc_file"]:
        return None, None
    article = dict(rows.first())
    return article, Path(warc_dir) / Path(article["warc_file"]).name


async def archived_page(datasette, request):
    article, warc_file = await stored_article(datasette, request.url_vars["article_id"])
    if article is None:
        return Response.html("Keine archivierte Fassung vorhanden.", status=404)
    database = served_archive(datasette)
    loop = asyncio.get_running_loop()
    try:
        stored, links, images, stored_bytes = await loop.run_in_executor(
            SANITISER, read_page, warc_file, article["warc_offset"])
        records = await archived_records(datasette.get_database(database), links)
        captured = await loop.run_in_executor(SANITISER, captured_images, warc_file)
        image_route = datasette.urls.path(f"/-/archiviert/{article['id']}/bild")
        rewrite = rewriter(
            stored.url, records, {url for url in images if url in captured},
            lambda record: datasette.urls.row(database, "articles", record),
            lambda url: f"{image_route}?{urlencode({'url': url})}",
        )
        page = await loop.run_in_executor(
            SANITISER, sanitised_page, stored.body, stored.headers, rewrite)
    except (OSError, ExtractionError, *UNREADABLE):
        return Response.html("Die archivierte Fassung ist nicht lesbar.", status=404)
    html = await datasette.render_template(
        "archiviert.html",
        {"article": article, "database": database, "page": Markup(page),
         "fetched": german_time(article["fetched_at"]),
         "shown_bytes": MAX_SHOWN_BYTES if stored_bytes > MAX_SHOWN_BYTES else None,
         "stored_bytes": stored_bytes},
        request=request,
    )
    return Response.html(html, headers={"Content-Security-Policy": ARCHIVED_PAGE_POLICY})


async def archived_image(datasette, request):
    """An image the archived page shows, from the WARC file of that page."""
    article, warc_file = await stored_article(datasette, request.url_vars["article_id"])
    url = request.args.get("url") or ""
    if article is None or len(url) > MAX_VALUE_CHARS:
        return Response.text("Kein archiviertes Bild.", status=404)
    loop = asyncio.get_running_loop()
    offset = (await loop.run_in_executor(SANITISER, captured_images, warc_file)).get(url)
    if offset is None:
        return Response.text("Kein archiviertes Bild.", status=404)
    try:
        stored = await loop.run_in_executor(SANITISER, read_response, warc_file, offset)
    except (OSError, *UNREADABLE):
        return Response.text("Kein archiviertes Bild.", status=404)
    content_type = dict((name.lower(), value) for name, value in stored.headers).get(
        "content-type", "").split(";")[0].strip().lower()
    if (stored.status != 200 or content_type not in SHOWN_IMAGE_TYPES
            or len(stored.body) > MAX_IMAGE_BYTES):
        return Response.text("Kein archiviertes Bild.", status=404)
    return Response(stored.body, content_type=content_type, headers={
        "Content-Security-Policy": IMAGE_POLICY, "Content-Disposition": "inline",
        "Cache-Control": "max-age=86400",
    })
