"""Our Datasette plugin: German search, the site's metadata and pages, robots.txt, safeguards.

Registered as the `familienarchiv` entry point of the `datasette` group (pyproject.toml). The
archive may be served under any file name: every hook asks Datasette for its name.
"""

import re

import datasette_atom
from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from ..search import (
    german_fts,
    german_parts,
    german_rank,
    german_spellings,
    german_words,
    read_search_data,
)
from .archived import archived_image, archived_page
from .article import article_context
from .exports import export_renderers
from .feed import render_atom
from .guard import MAX_VALUE_CHARS, guarded
from .headers import secured
from .home import home_context
from .karte import map_file, map_page, site_tiles, tile_sources
from .labels import formatted
from .metadata import served_archive, site_metadata
from .pages import page_context
from .suche import search_context
from .templating import prepare

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
# Crawlers may read the article pages (found through the list's pagination) and the site's
# styles; queries, facets, exports and archived copies cost the server work and duplicate the
# originals, so they are off limits. Wildcards and Allow as Google, Bing and others read them.
ROBOTS_TXT = """User-agent: *
Allow: {articles}?_next=
Allow: /-/static/
Disallow: /*?
Disallow: /*.json
Disallow: /*.csv
Disallow: /*.atom
Disallow: /*.export_
Disallow: /-/
Allow: /
"""
# Introspection pages that show where the server keeps its files (the database's path, the
# interpreter's source paths in thread stacks): a public archive answers them with 404.
HIDDEN_PATHS = re.compile(r"^/-/(databases|threads)(\.json)?$")


def highlighted(snippet: str) -> Markup:
    """A snippet from FTS5's snippet() with its <mark> tags kept and everything else escaped."""
    text = str(escape(snippet)).replace(escape(MARK_OPEN), MARK_OPEN)
    return Markup(text.replace(escape(MARK_CLOSE), MARK_CLOSE))


def bounded(function):
    """`function` with each text argument cut to MAX_VALUE_CHARS: no input makes it slow."""

    def call(*arguments):
        return function(*(value[:MAX_VALUE_CHARS] if isinstance(value, str) else value
                          for value in arguments))

    return call


def robots_txt(articles_path: str) -> str:
    """robots.txt for an archive whose article list is at `articles_path` ("/archive/articles")."""
    return ROBOTS_TXT.format(articles=articles_path)


@hookimpl
def get_metadata(datasette):
    archive = served_archive(datasette)
    return site_metadata(archive, datasette.urls.database(archive)) if archive else {}


@hookimpl
def prepare_connection(conn):
    conn.create_function("german_fts", 1, bounded(german_fts), deterministic=True)
    conn.create_function("german_fts", 2, bounded(german_fts), deterministic=True)
    conn.create_function("german_words", 1, bounded(german_words), deterministic=True)
    conn.create_function("german_parts", 1, bounded(german_parts), deterministic=True)
    conn.create_function("german_spellings", 1, bounded(german_spellings), deterministic=True)
    conn.create_function("german_rank", 2, bounded(german_rank), deterministic=True)


@hookimpl
def render_cell(value, column):
    if column == "snippet" and isinstance(value, str):
        return highlighted(value)
    # Dates, amounts and stored English values as German readers write them.
    return formatted(column, value)


@hookimpl
def prepare_jinja2_environment(env, datasette):
    prepare(env, datasette)


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    archive = served_archive(datasette)
    if view_name == "page":
        return page_context(request, datasette, archive)
    if view_name == "row" and table == "articles" and database == archive:
        return article_context(request, datasette.get_database(archive))
    if request and request.path == datasette.urls.table(archive, "suche"):
        return search_context(request, datasette.get_database(archive))
    if view_name == "index" and archive:
        return home_context(datasette.get_database(archive))
    return {}


# Last, so that ours is the .atom renderer datasette-atom's would otherwise be; then the exports.
@hookimpl(trylast=True)
def register_output_renderer():
    return [{"extension": "atom", "render": render_atom,
             "can_render": datasette_atom.can_render_atom}, *export_renderers()]


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def hide_internals(scope, receive, send):
            if scope["type"] == "http" and HIDDEN_PATHS.match(scope["path"]):
                await Response.text("Not found", status=404).asgi_send(send)
                return
            await app(scope, receive, send)

        return secured(guarded(hide_internals), lambda: tile_sources(datasette))

    return wrap


@hookimpl
def register_routes():
    return [
        (r"^/robots\.txt$", robots_txt_view),
        (r"^/-/archiviert/(?P<article_id>[^/]+)$", archived_page),
        (r"^/-/archiviert/(?P<article_id>[^/]+)/bild$", archived_image),
        # Before Datasette's own routes: the map page answers the `karte` query's address.
        (r"^/(?P<database>[^/.]+)/karte$", map_page),
        (r"^/-/karte/(?P<name>karte\.js|nrw-kreise\.geojson)$", map_file),
    ]


@hookimpl
def startup(datasette):
    site_tiles(datasette)  # a tile address the site cannot use stops the start, with its reason
    # Not in the first reader's request, where it ran into the SQL time limit on a busy machine.
    read_search_data()


async def robots_txt_view(datasette):
    return Response.text(robots_txt(datasette.urls.table(served_archive(datasette), "articles")))
