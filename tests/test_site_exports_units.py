"""The exports', feeds', map's and archived view's pure parts: cells, names, tiles, times, links."""

import asyncio
import csv
import json
import re
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest

from pipeline.site.archived import german_time, page_links, rewriter
from pipeline.site.exports import (
    EXCEL_CSV,
    MAX_EXPORT_ROWS,
    PLAIN_CSV,
    ExportTooLarge,
    article_pages,
    csv_cell,
    download_name,
    plain_text,
    whole_tie,
)
from pipeline.site.feed import entry_time, feed_title
from pipeline.site.karte import TileConfigError, configured_tiles

ROOT = Path(__file__).resolve().parents[1]
BASEMAP = ROOT / "pipeline" / "site" / "static" / "karte" / "nrw-kreise.geojson"
GAZETTEER = ROOT / "pipeline" / "data" / "gazetteer" / "nrw_gemeinden.csv"


class Arguments(dict):
    """What a renderer reads of a request: its query arguments."""

    @property
    def args(self):
        return self


@pytest.mark.parametrize(
    ("value", "plain", "excel"),
    [
        ("2012-01-24", "2012-01-24", "24.01.2012"),
        ("2009-09-17T16:10:00+02:00", "2009-09-17T16:10:00+02:00", "17.09.2009"),
        ("2012-01", "2012-01", "2012-01"),
        (25000.0, "25000", "25000"),
        (1234.5, "1234.5", "1234,5"),
        (0.25, "0.25", "0,25"),
        ([25000.0, 1234.5], "25000; 1234.5", "25000; 1234,5"),
        (["Kempen", "Kreis Viersen"], "Kempen; Kreis Viersen", "Kempen; Kreis Viersen"),
        (None, "", ""),
        ("=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
        ("-5 Kitas", "-5 Kitas", "'-5 Kitas"),
        ("@Stadt", "@Stadt", "'@Stadt"),
    ],
)
def test_csv_cells_of_each_variant(value, plain, excel):
    assert (csv_cell(value, PLAIN_CSV), csv_cell(value, EXCEL_CSV)) == (plain, excel)


def test_plain_text_drops_the_search_marks_and_line_breaks():
    assert plain_text("Der <mark>Landschaftsverband</mark> gibt\n\ndafür <mark>Geld</mark>.") == (
        "Der Landschaftsverband gibt dafür Geld."
    )


@pytest.mark.parametrize(
    ("table", "query", "arguments", "name"),
    [
        (None, "suche", {"q": "Kinderarmut"}, "familienarchiv-suche-kinderarmut"),
        (None, "suche", {"q": "Fördermittel für Familienbüros"},
         "familienarchiv-suche-foerdermittel-fuer-familienbueros"),
        ("articles", None, {}, "familienarchiv-meldungen"),
        ("articles", None, {"_search": "Kita"}, "familienarchiv-meldungen-kita"),
        (None, "suche", {"q": "../../etc/passwd\"; x"}, "familienarchiv-suche-etc-passwd-x"),
        (None, "suche", {"q": "ÄÖÜ ß " + "lang" * 30},
         "familienarchiv-suche-aeoeue-ss-langlanglanglanglanglanglangla"),
    ],
)
def test_download_names_are_plain_ascii(table, query, arguments, name):
    assert download_name(table, query, Arguments(arguments)) == name


def test_an_export_longer_than_its_bound_is_refused_before_any_row():
    pages = article_pages(None, None, [], {"filtered_table_rows_count": MAX_EXPORT_ROWS + 1})

    with pytest.raises(ExportTooLarge):
        asyncio.run(anext(pages))


@pytest.mark.parametrize(
    ("token", "keys", "continued"),
    [
        ("2024-10-24,0000000000000224", ["id"], "2024-10-24,"),
        ("$null,0000000000000224", ["id"], "$null,"),
        ("Kita~2C Kempen,a1", ["id"], "Kita~2C Kempen,"),
        ("0000000000000224", ["id"], "0000000000000224"),
        ("2012,05166012,3", ["ags", "position"], "2012,,"),
    ],
)
def test_the_first_pages_seam_is_read_again_from_its_sort_value(token, keys, continued):
    assert whole_tie(token, keys) == continued


def test_an_uncounted_export_breaks_off_at_its_bound():
    rows = [{"id": f"{number:016x}"} for number in range(MAX_EXPORT_ROWS)]
    request = SimpleNamespace(path="/archive/articles.export_csv", query_string="")
    pages = article_pages(None, request, rows, {"table": "articles", "next": "weiter",
                                                "filtered_table_rows_count": None})

    async def read():
        first = await anext(pages)
        with pytest.raises(ExportTooLarge):
            await anext(pages)
        return len(first)

    assert asyncio.run(read()) == MAX_EXPORT_ROWS


@pytest.mark.parametrize(
    ("query_title", "search", "title"),
    [
        ("Suche als Atom-Feed", "Kinderarmut", "Familienarchiv NRW – Suche: Kinderarmut"),
        ("Suche als Atom-Feed", " Kita Kempen ", "Familienarchiv NRW – Suche: Kita Kempen"),
        ("Neue Meldungen", None, "Familienarchiv NRW – Neue Meldungen"),
        (None, None, "Familienarchiv NRW"),
    ],
)
def test_feed_titles_name_their_search(query_title, search, title):
    assert feed_title(query_title, search) == title


@pytest.mark.parametrize(
    ("published", "first_seen", "expected"),
    [
        ("2012-01-24", "2024-05-01T10:00:00Z", "2012-01-24T00:00:00+01:00"),
        ("2019-09-30", None, "2019-09-30T00:00:00+02:00"),
        ("2009-09-17T16:10:00+02:00", None, "2009-09-17T16:10:00+02:00"),
        ("2012-01", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00+00:00"),
        (None, "2024-05-01T10:00:00Z", "2024-05-01T10:00:00+00:00"),
    ],
)
def test_entries_are_dated_by_publication(published, first_seen, expected):
    assert entry_time(published, first_seen).isoformat() == expected


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("2012-01-24T13:05:00Z", "24. Januar 2012, 14:05 Uhr"),
        ("2024-05-01T10:00:00Z", "1. Mai 2024, 12:00 Uhr"),
        ("2019-03-31T00:30:00+00:00", "31. März 2019, 01:30 Uhr"),
        ("unbekannt", "unbekannt"),
    ],
)
def test_banner_times_are_german(stored, shown):
    assert german_time(stored) == shown


PAGE = "https://www.familie-in-nrw.de/archiv/kempen.html?a=1"


def test_page_links_are_absolute_without_fragments():
    html = ('<a href="dorsten.html#teil">D</a><a href="#oben">O</a><a href="mailto:a@b.de">M</a>'
            '<a href="https://example.org/x">E</a><a href="dorsten.html">D2</a>'
            '<img src="/bilder/kita.png"><img src="data:image/png;base64,AAAA">')

    assert page_links(html, PAGE) == (
        ["https://www.familie-in-nrw.de/archiv/dorsten.html", PAGE, "https://example.org/x"],
        ["https://www.familie-in-nrw.de/bilder/kita.png"],
    )


@pytest.mark.parametrize(
    ("tag", "value", "rewritten"),
    [
        ("a", "dorsten.html", "/archive/articles/D"),
        ("a", "dorsten.html#teil", "/archive/articles/D"),
        ("a", "hamm.html#teil", "https://www.familie-in-nrw.de/archiv/hamm.html#teil"),
        ("a", "#oben", "#oben"),
        ("a", "mailto:info@kempen.de", "mailto:info@kempen.de"),
        ("a", "ftp://example.org/datei", None),
        ("a", "http://[::1", None),
        ("a", "[::1]", "https://www.familie-in-nrw.de/archiv/[::1]"),
        ("img", "http://[::1/bild.png", None),
        ("img", "/bilder/kita.png", "/bild?url=https://www.familie-in-nrw.de/bilder/kita.png"),
        ("img", "https://tracker.example/pixel.gif", None),
    ],
)
def test_links_lead_to_the_archive_or_the_original_and_images_to_the_warc(tag, value, rewritten):
    rewrite = rewriter(PAGE, {"https://www.familie-in-nrw.de/archiv/dorsten.html": "D"},
                       {"https://www.familie-in-nrw.de/bilder/kita.png"},
                       lambda record: f"/archive/articles/{record}",
                       lambda url: f"/bild?url={url}")

    assert rewrite(tag, {"a": "href", "img": "src"}[tag], value) == rewritten


@pytest.mark.parametrize(
    ("config", "source"),
    [
        ({}, None),
        ({"tile_url": None}, None),
        ({"tile_url": "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
          "tile_attribution": "© OpenStreetMap"}, "https://*.tile.openstreetmap.org"),
        ({"tile_url": "https://karten.example.de:8443/nrw/{z}/{x}/{y}{r}.png",
          "tile_attribution": "Land NRW"}, "https://karten.example.de:8443"),
    ],
)
def test_configured_tiles_give_the_policy_their_host(config, source):
    tiles = configured_tiles(config)

    assert (tiles.source if tiles else None) == source


@pytest.mark.parametrize(
    "config",
    [
        {"tile_url": "http://tiles.example.org/{z}/{x}/{y}.png", "tile_attribution": "x"},
        {"tile_url": "https://tiles.example.org/{z}/{x}.png", "tile_attribution": "x"},
        {"tile_url": "https://tiles.example.org/{z}/{x}/{y}.png?k={key}",
         "tile_attribution": "x"},
        {"tile_url": "https://tiles.example.org/{z}/{x}/{y}.png\"; script-src *",
         "tile_attribution": "x"},
        {"tile_url": "https://*.example.org/{z}/{x}/{y}.png", "tile_attribution": "x"},
        {"tile_url": "javascript:alert(1)//{z}/{x}/{y}", "tile_attribution": "x"},
        {"tile_url": "https://tiles.example.org/{z}/{x}/{y}.png"},
        {"tile_url": "https://tiles.example.org/{z}/{x}/{y}.png", "tile_attribution": "x" * 301},
        {"tile_url": ["https://tiles.example.org/{z}/{x}/{y}.png"], "tile_attribution": "x"},
    ],
    ids=["http", "no-y", "other-placeholder", "quote", "wildcard", "javascript",
         "no-attribution", "long-attribution", "not-text"],
)
def test_tile_addresses_the_site_cannot_use_are_refused(config):
    with pytest.raises(TileConfigError):
        configured_tiles(config)


def test_the_bundled_base_layer_outlines_nrw_and_every_kreis():
    layer = json.loads(BASEMAP.read_text(encoding="utf-8"))
    with GAZETTEER.open(encoding="utf-8") as rows:
        kreise = {row["kreis_schluessel"] for row in csv.DictReader(rows)}

    land, *rest = layer["features"]
    assert (land["properties"]["ebene"], land["geometry"]["type"]) == ("land", "Polygon")
    assert sorted(feature["properties"]["schluessel"] for feature in rest) == sorted(kreise)
    assert len(rest) == 53
    assert "Datenlizenz Deutschland – Namensnennung – Version 2.0" in layer["attribution"]
    longitudes, latitudes = zip(*land["geometry"]["coordinates"][0], strict=True)
    # NRW reaches from 5.87° to 9.46° E and from 50.32° to 52.53° N.
    assert [round(value, 1) for value in (min(longitudes), max(longitudes), min(latitudes),
                                          max(latitudes))] == [5.8, 9.4, 50.3, 52.5]



def test_the_export_links_name_the_lists_address_with_each_ending():
    templates = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "pipeline" / "site"
                                                                  / "templates"),
                                   autoescape=True)
    request = SimpleNamespace(path="/archive/suche", query_string="q=Kita&_sort=x%22y")

    html = templates.get_template("_exporte.html").render(request=request)

    assert re.findall(r'class="(export-\w+)" href="([^"]+)"', html) == [
        ("export-csv", "/archive/suche.export_csv?q=Kita&amp;_sort=x%22y"),
        ("export-excel", "/archive/suche.export_excel?q=Kita&amp;_sort=x%22y"),
        ("export-json", "/archive/suche.export_json?q=Kita&amp;_sort=x%22y"),
    ]
