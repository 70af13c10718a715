"""The map of the places the articles name (/<archive>/karte), offline first.

The map draws its own base layer, the outline of NRW and its Kreise bundled with the site
(static/karte/nrw-kreise.geojson, built by scripts/build_basemap.py), so it asks no other host
for anything. Production may add map tiles from a tile server: `tile_url` and
`tile_attribution` in the plugin's configuration (metadata.yml, from the environment), checked
at start-up; the site's Content-Security-Policy then allows images from that host only.
Each place's popup names it, counts its articles and links to them on this site.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from datasette.utils.asgi import Response
from markupsafe import escape

from .metadata import served_archive

PLUGIN = "familienarchiv"
QUERY = "karte"
# The map's own files, served at /-/karte/<name> (Datasette serves the static files of plugin
# packages only, and ours is a module).
MAP_FILES_DIR = Path(__file__).with_name("static") / "karte"
MAP_FILES = {"karte.js": "text/javascript; charset=utf-8",
             "nrw-kreise.geojson": "application/geo+json"}
# An https address with {z}, {x} and {y}, optionally a {s} subdomain and Leaflet's {r}; no
# quotes, spaces or angle brackets (it goes into a header and a page).
TILE_URL = re.compile(
    r"^https://(?P<host>(\{s\}\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?)/[^\s\"'<>\\]*$"
)
TILE_PLACEHOLDERS = re.compile(r"\{([^}]*)\}")
REQUIRED_PLACEHOLDERS = {"z", "x", "y"}
ALLOWED_PLACEHOLDERS = REQUIRED_PLACEHOLDERS | {"s", "r"}
MAX_ATTRIBUTION_CHARS = 300


class TileConfigError(ValueError):
    """The plugin configuration names map tiles the site cannot use safely."""


@dataclass(frozen=True)
class Tiles:
    url: str  # Leaflet's URL template
    attribution: str  # plain text, shown on the map
    source: str  # the Content-Security-Policy source of the tile host ("https://*.tile.x.org")


def configured_tiles(config: dict | None) -> Tiles | None:
    """The tiles `config` (the plugin's configuration) names; None for none.

    Raises TileConfigError for an address that is no https URL template of {z}/{x}/{y} or
    for tiles without attribution (every tile provider's licence asks for one)."""
    url = (config or {}).get("tile_url")
    if not url:
        return None
    match = TILE_URL.match(url) if isinstance(url, str) else None
    placeholders = set(TILE_PLACEHOLDERS.findall(url)) if match else set()
    if not match or not REQUIRED_PLACEHOLDERS <= placeholders <= ALLOWED_PLACEHOLDERS:
        raise TileConfigError(
            f"tile_url must be an https URL template with {{z}}, {{x}} and {{y}}: {url!r}")
    attribution = (config.get("tile_attribution") or "").strip()
    if not attribution or len(attribution) > MAX_ATTRIBUTION_CHARS:
        raise TileConfigError(
            f"tile_url needs a tile_attribution of 1 to {MAX_ATTRIBUTION_CHARS} characters")
    return Tiles(url, attribution, "https://" + match["host"].replace("{s}", "*"))


def site_tiles(datasette) -> Tiles | None:
    return configured_tiles(datasette.plugin_config(PLUGIN))


def tile_sources(datasette) -> str:
    """The tile host as an extra image source of the site's policy: " https://..." or ""."""
    tiles = site_tiles(datasette)
    return f" {tiles.source}" if tiles else ""


def articles_of_place(datasette, database: str, ags: str) -> str:
    """The article list of the archive filtered to those naming the place `ags`."""
    through = json.dumps({"table": "article_municipalities", "column": "ags", "value": ags},
                         separators=(",", ":"))
    return f"{datasette.urls.table(database, 'articles')}?{urlencode({'_through': through})}"


def map_places(rows, link) -> list[dict]:
    """The places of the `karte` query's rows as the map draws them, `link(ags)` their link."""
    return [
        {"name": row["name"], "kreis": row["kreis"], "lat": row["lat"], "lon": row["lon"],
         "meldungen": row["articles"], "link": link(row["ags"])}
        for row in rows
    ]


async def map_page(datasette, request):
    database = served_archive(datasette)
    if request.url_vars["database"] != database:
        return Response.html("Nicht gefunden.", status=404)
    query = await datasette.get_canned_query(database, QUERY, request.actor)
    result = await datasette.get_database(database).execute(query["sql"])
    places = map_places(result.rows,
                        lambda ags: articles_of_place(datasette, database, ags))
    tiles = site_tiles(datasette)
    settings = {
        "grundkarte": datasette.urls.path("/-/karte/nrw-kreise.geojson"),
        "kacheln": tiles and {"url": tiles.url, "namensnennung": str(escape(tiles.attribution))},
    }
    html = await datasette.render_template(
        "karte.html",
        {"database": database, "places": places, "settings": settings,
         "script": datasette.urls.path("/-/karte/karte.js")},
        request=request,
    )
    return Response.html(html)


async def map_file(request):
    """One of MAP_FILES (the route admits no other name)."""
    name = request.url_vars["name"]
    return Response((MAP_FILES_DIR / name).read_bytes(), content_type=MAP_FILES[name],
                    headers={"Cache-Control": "max-age=86400"})
