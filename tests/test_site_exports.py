"""Exports, Atom feeds, the map's data and the archived view, over HTTP from a real Datasette.

The test archive (tests/test_publish.py) with more: Kempen's stored page links to Dorsten's
(archived under an alias), to pages not archived and to images, two of which the WARC file
holds; Kempen has a second funding with cents.
"""

import csv
import io
import json
import struct
import sys
import urllib.error
import urllib.parse
import urllib.request
import zlib

import feedparser
import pytest

from pipeline.archive import Archive
from pipeline.identity import record_id
from pipeline.rawstore import WarcWriter
from pipeline.site.archived import ARCHIVED_PAGE_POLICY, IMAGE_POLICY
from pipeline.site.exports import SEARCH_COLUMNS
from pipeline.site.serve import default_warc_dir
from tests.test_publish import build_archive, free_port, serving
from tests.test_storage import DORSTEN, HAMM, KEMPEN, article

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

ORIGIN = "https://www.familie-in-nrw.de"
DORSTEN_LINKED = f"{ORIGIN}/archiv-neues-kommunen.html?a=2"
IMAGE_URL = f"{ORIGIN}/bilder/netzwerk.png"
SVG_URL = f"{ORIGIN}/bilder/plan.svg"
# Kempen's page as fetched, with links: to Dorsten (archived), to a page and a site that are
# not, within the page; images: captured (PNG, SVG) and not (a tracker).
KEMPEN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kempen</title>
<script>document.title = "gehackt"</script></head><body>
<h1 id="oben">Kempen: Netzwerk gegen Kinderarmut</h1>
<p>Mehr dazu: <a href="archiv-neues-kommunen.html?a=2">Dorsten plant Maßnahmen</a>,
<a href="/archiv-neues-kommunen.html?a=9#absatz">eine andere Meldung</a>,
<a href="https://www.kempen.de/familie">die Stadt</a> und <a href="#oben">nach oben</a>.</p>
<img src="bilder/netzwerk.png" alt="Das Netzwerk">
<img src="bilder/plan.svg" alt="Plan">
<img src="https://tracker.example/pixel.gif" onerror="alert(2)" alt="Zähler">
</body></html>"""
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def png(width: int = 2, height: int = 1) -> bytes:
    """A small valid PNG (grey pixels), written here: no image file from elsewhere."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG = png()


def build_export_archive(db) -> None:
    """The test archive, Kempen's page with links and images, a second Kempen funding."""
    build_archive(db)
    with WarcWriter(default_warc_dir(db), "bilder") as writer:
        stored = writer.write_response(article()["url"], 200,
                                       [("Content-Type", "text/html; charset=utf-8")],
                                       KEMPEN_PAGE.encode(), "2012-01-24T13:05:00Z")
        writer.write_response(IMAGE_URL, 200, [("Content-Type", "image/png")], PNG,
                              "2012-01-24T13:05:01Z")
        writer.write_response(SVG_URL, 200, [("Content-Type", "image/svg+xml")], SVG,
                              "2012-01-24T13:05:02Z")
    with Archive.open(db) as archive:
        archive.db["articles"].update(KEMPEN, {"warc_file": stored[0], "warc_offset": stored[1],
                                               "fetched_at": "2012-01-24T13:05:00Z"})
        archive.db["article_aliases"].insert({"alias_id": record_id(DORSTEN_LINKED),
                                              "article_id": DORSTEN})
        archive.db["fundings"].insert(
            {"article_id": KEMPEN, "position": 1, "amount_eur": 1234.5, "qualifier": "exact",
             "scope": "yearly", "funder_id": None, "funder_name": "Kreis Viersen",
             "programme": "Frühe Hilfen", "period_start": None, "period_end": None,
             "evidence": "1.234,50 Euro im Jahr"})


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("exports") / "archive.db"
    build_export_archive(db)
    port = free_port()
    start = f"from pipeline.site.serve import serve; serve({str(db)!r}, port={port})"
    yield from serving([sys.executable, "-c", start], port)


def fetch(base: str, path: str, **params) -> tuple[int, dict, bytes]:
    url = f"{base}{path}" + (f"?{urllib.parse.urlencode(params)}" if params else "")
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def kempen_row(base: str, excerpt: str, **changes) -> dict:
    """Kempen's export row as the plain CSV has it."""
    return {
        "Kennung": KEMPEN,
        "Titel": "Kempen: Netzwerk gegen Kinderarmut",
        "Erscheinungsdatum": "2012-01-24",
        "Herausgeber": "Ministerium für Familie, Kinder, Jugend, Kultur und Sport",
        "Adresse des Originals": f"{ORIGIN}/archiv-neues-kommunen.html?a=1",
        "Datensatz im Archiv": f"{base}/archive/articles/{KEMPEN}",
        "Orte": "Kempen",
        "Kreis": "Kreis Viersen",
        "Themen": "Kinderarmut",
        "Förderbeträge (Euro)": "25000; 1234.5",
        "Förderprogramme": "Teilhabe; Frühe Hilfen",
        "Fördergeber": "Landschaftsverband Rheinland; Kreis Viersen",
        "Auszug": excerpt,
        **changes,
    }


FOERDERMITTEL_EXCERPT = ("Jugendamt, Schulen und Kitas arbeiten künftig enger zusammen. "
                         "Der Landschaftsverband gibt dafür Fördermittel.")
KEMPEN_TEASER = "Die Stadt baut ein Netz von Hilfen für Kinder aus armen Familien auf."


def test_search_csv_is_a_download_with_the_columns_a_journalist_needs(site):
    status, headers, body = fetch(site, "/archive/suche.export_csv", q="Fördermittel")

    text = body.decode("utf-8")
    assert (status, headers["Content-Type"]) == (200, "text/csv; charset=utf-8")
    assert headers["Content-Disposition"] == (
        'attachment; filename="familienarchiv-suche-foerdermittel.csv"')
    assert not body.startswith(b"\xef\xbb\xbf")
    assert list(csv.DictReader(io.StringIO(text, newline=""))) == [
        kempen_row(site, FOERDERMITTEL_EXCERPT, **{"Passung zur Suche": "Wort"})]
    assert "<mark>" not in text and "</mark>" not in text
    assert text.count("\r\n") == 2 and text.replace("\r\n", "").count("\n") == 0


def test_excel_csv_has_semicolons_a_bom_german_dates_and_decimal_commas(site):
    status, headers, body = fetch(site, "/archive/suche.export_excel", q="Fördermittel")

    assert status == 200
    assert headers["Content-Disposition"] == (
        'attachment; filename="familienarchiv-suche-foerdermittel-excel.csv"')
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows == [
        [heading for _, heading in SEARCH_COLUMNS],
        list(kempen_row(site, FOERDERMITTEL_EXCERPT, **{
            "Erscheinungsdatum": "24.01.2012", "Förderbeträge (Euro)": "25000; 1234,5",
            "Passung zur Suche": "Wort"}).values()),
    ]
    assert body.count(b"\r\n") == 2


def test_the_article_list_exports_every_page_in_its_order(site):
    _, headers, body = fetch(site, "/archive/articles.export_csv", _size="1")

    rows = list(csv.DictReader(io.StringIO(body.decode(), newline="")))
    assert headers["Content-Disposition"] == 'attachment; filename="familienarchiv-meldungen.csv"'
    assert [row["Kennung"] for row in rows] == [HAMM, DORSTEN, KEMPEN]
    assert rows[2] == kempen_row(site, KEMPEN_TEASER)


@pytest.mark.parametrize(
    ("params", "ids"),
    [
        ({"year": "2015"}, [DORSTEN]),
        ({"kreis": "Kreis Viersen"}, [KEMPEN]),
        ({"_search": "Familienbüro"}, [HAMM]),
        ({"_through": json.dumps({"table": "article_municipalities", "column": "ags",
                                  "value": "05562012"})}, [DORSTEN]),
        ({"_sort": "published", "_size": "2"}, [KEMPEN, DORSTEN, HAMM]),
    ],
    ids=["year", "kreis", "search", "place", "sorted-in-pages"],
)
def test_an_export_keeps_the_lists_filters(site, params, ids):
    _, _, body = fetch(site, "/archive/articles.export_json", **params)

    assert [record["kennung"] for record in json.loads(body)] == ids


@pytest.mark.parametrize("sort", ["_sort", "_sort_desc"])
def test_a_list_sorted_by_a_column_with_ties_exports_each_article_once(site, sort):
    # Every article has language "de": Datasette's pages tie on it from the first seam on.
    _, _, body = fetch(site, "/archive/articles.export_json", _size="1", **{sort: "language"})

    assert sorted(record["kennung"] for record in json.loads(body)) == sorted(
        [KEMPEN, DORSTEN, HAMM])


def test_json_export_is_an_array_of_objects(site):
    status, headers, body = fetch(site, "/archive/suche.export_json", q="Familienbüro")

    assert (status, headers["Content-Type"]) == (200, "application/json; charset=utf-8")
    records = json.loads(body)
    # Hamm's Familienbüro, then the page's hits with only a part of the word ("Familie"),
    # each with how it matched
    assert [(record["kennung"], record["passung"]) for record in records] == [
        (HAMM, "Wort"), (DORSTEN, "ein Teil des Suchworts"), (KEMPEN, "ein Teil des Suchworts")]
    assert records[0] == {
        "kennung": HAMM,
        "titel": "Hamm: Familienbüro eröffnet",
        "erschienen": "2019-09-30",
        "herausgeber": "Ministerium für Kinder, Familie, Flüchtlinge und Integration",
        "original": f"{ORIGIN}/archiv-neues-kommunen.html?a=1",
        "archiv": f"{site}/archive/articles/{HAMM}",
        "orte": ["Hamm"],
        "kreise": ["Hamm"],
        "themen": [],
        "foerderbetraege_eur": [],
        "foerderprogramme": [],
        "foerdergeber": [],
        "auszug": "Das Büro ist montags geöffnet.",
        "passung": "Wort",
    }


def test_a_search_without_hits_exports_the_headings_only(site):
    _, _, body = fetch(site, "/archive/suche.export_csv", q="Zzzyxwort")

    assert body.decode() == ",".join(heading for _, heading in SEARCH_COLUMNS) + "\r\n"
    assert json.loads(fetch(site, "/archive/suche.export_json", q="Zzzyxwort")[2]) == []


@pytest.mark.parametrize("path", ["/archive/citations.export_csv",
                                  "/archive/foerderung_nach_kreis.export_excel"])
def test_lists_of_other_things_are_not_exported_as_articles(site, path):
    status, _, body = fetch(site, path)

    assert status == 400
    assert "Nur Listen von Meldungen lassen sich so exportieren." in body.decode()


def test_search_feed_is_titled_with_its_query_and_dated_by_publication(site):
    feed = feedparser.parse(fetch(site, "/archive/suche_feed.atom", q="Kinderarmut")[2])

    entry = feed.entries[0]
    assert (feed.bozo, feed.feed.title) == (False, "Familienarchiv NRW – Suche: Kinderarmut")
    assert feed.feed.link == f"{site}/archive/suche?q=Kinderarmut"
    assert (entry.updated, entry.published) == ("2012-01-24T00:00:00+01:00",
                                                "2012-01-24T00:00:00+01:00")
    assert entry.link == f"{site}/archive/articles/{KEMPEN}"
    assert [(link.rel, link.href) for link in entry.links] == [
        ("alternate", f"{site}/archive/articles/{KEMPEN}"),
        ("related", f"{ORIGIN}/archiv-neues-kommunen.html?a=1"),
    ]
    assert len(feed.entries) == 1


def test_feed_of_new_articles_dates_each_by_its_publication(site):
    feed = feedparser.parse(fetch(site, "/archive/neue_meldungen.atom")[2])

    assert feed.feed.title == "Familienarchiv NRW – Neue Meldungen"
    assert feed.feed.link == f"{site}/archive/neue_meldungen"
    assert feed.feed.updated == "2019-09-30T00:00:00+02:00"
    assert [(entry.title, entry.updated, entry.link) for entry in feed.entries] == [
        ("Hamm: Familienbüro eröffnet", "2019-09-30T00:00:00+02:00",
         f"{site}/archive/articles/{HAMM}"),
        ("Dorsten: Maßnahmen für Familien", "2015-03-02T00:00:00+01:00",
         f"{site}/archive/articles/{DORSTEN}"),
        ("Kempen: Netzwerk gegen Kinderarmut", "2012-01-24T00:00:00+01:00",
         f"{site}/archive/articles/{KEMPEN}"),
    ]


def archived_part(html: str) -> str:
    return html.split('<div class="archiviert-seite">')[1].split("<!-- Ende")[0]


def image_path(url: str) -> str:
    return f"/-/archiviert/{KEMPEN}/bild?{urllib.parse.urlencode({'url': url})}"


def test_archived_links_lead_to_the_archive_or_the_original(site):
    status, headers, body = fetch(site, f"/-/archiviert/{KEMPEN}")

    page = archived_part(body.decode())
    assert (status, headers["Content-Security-Policy"]) == (200, ARCHIVED_PAGE_POLICY)
    assert [link.split('"')[0].replace("&amp;", "&") for link in page.split('href="')[1:]] == [
        f"/archive/articles/{DORSTEN}",
        f"{ORIGIN}/archiv-neues-kommunen.html?a=9#absatz",
        "https://www.kempen.de/familie",
        "#oben",
    ]
    assert [word for word in ("<script", "gehackt", "onerror", "tracker.example") if word in page
            ] == []


def test_archived_images_come_from_the_warc_or_are_left_out(site):
    _, _, body = fetch(site, f"/-/archiviert/{KEMPEN}")

    images = [tag.split(">")[0] for tag in archived_part(body.decode()).split("<img")[1:]]
    assert [image.replace("&amp;", "&") for image in images] == [
        f' src="{image_path(IMAGE_URL)}" alt="Das Netzwerk"',
        ' alt="Plan"',
        ' alt="Zähler"',
    ]


def test_the_banner_gives_the_capture_time_in_german(site):
    _, _, body = fetch(site, f"/-/archiviert/{KEMPEN}")

    assert ('abgerufen am <time datetime="2012-01-24T13:05:00Z">24. Januar 2012, 14:05 Uhr'
            "</time>") in body.decode()


def test_a_captured_image_is_served_with_its_type_and_safe_headers(site):
    status, headers, body = fetch(site, image_path(IMAGE_URL))

    assert (status, headers["Content-Type"], body) == (200, "image/png", PNG)
    assert headers["Content-Security-Policy"] == IMAGE_POLICY
    assert headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [image_path(SVG_URL), image_path("https://tracker.example/pixel.gif"),
     image_path(f"{ORIGIN}/archiv-neues-kommunen.html?a=1"),
     f"/-/archiviert/{HAMM}/bild?url={urllib.parse.quote(IMAGE_URL)}",
     f"/-/archiviert/{KEMPEN}/bild"],
    ids=["svg", "not-captured", "a-page", "article-without-page", "no-url"],
)
def test_only_captured_raster_images_are_served(site, path):
    status, _, body = fetch(site, path)

    assert (status, body.decode()) == (404, "Kein archiviertes Bild.")


def places_of_map(html: str) -> list[dict]:
    return json.loads(html.split('id="karte-orte">')[1].split("</script>")[0])


def through(ags: str) -> str:
    value = json.dumps({"table": "article_municipalities", "column": "ags", "value": ags},
                       separators=(",", ":"))
    return f"/archive/articles?{urllib.parse.urlencode({'_through': value})}"


def test_the_map_page_brings_its_places_and_base_layer_and_no_other_host(site):
    status, headers, body = fetch(site, "/archive/karte")

    html = body.decode()
    assert status == 200
    assert "img-src 'self' data:;" in headers["Content-Security-Policy"]
    assert places_of_map(html) == [
        {"name": "Dorsten", "kreis": "Kreis Recklinghausen", "lat": 51.661, "lon": 6.965,
         "meldungen": 1, "link": through("05562012")},
        {"name": "Hamm", "kreis": "Hamm", "lat": 51.68, "lon": 7.815, "meldungen": 1,
         "link": through("05915000")},
        {"name": "Kempen", "kreis": "Kreis Viersen", "lat": 51.364, "lon": 6.419,
         "meldungen": 1, "link": through("05166012")},
    ]
    assert f'<a href="{through("05166012").replace("&", "&amp;")}">Kempen</a> (Kreis Viersen)' \
        in html.replace("&#34;", '"')
    settings = json.loads(html.split('id="karte-einstellungen">')[1].split("</script>")[0])
    assert settings == {"grundkarte": "/-/karte/nrw-kreise.geojson", "kacheln": None}
    status, headers, layer = fetch(site, settings["grundkarte"])
    assert (status, headers["Content-Type"]) == (200, "application/geo+json")
    assert len(json.loads(layer)["features"]) == 54
    assert fetch(site, "/-/karte/karte.js")[1]["Content-Type"] == "text/javascript; charset=utf-8"


def test_a_places_link_lists_its_articles(site):
    _, _, body = fetch(site, through("05166012").replace("/articles?", "/articles.json?")
                       + "&_shape=array&_col=title")

    assert json.loads(body) == [{"id": KEMPEN, "title": "Kempen: Netzwerk gegen Kinderarmut"}]


@pytest.fixture(scope="module")
def site_with_tiles(tmp_path_factory):
    db = tmp_path_factory.mktemp("tiles") / "archive.db"
    build_archive(db)
    port = free_port()
    start = (
        "import os; os.environ.update(FAMILIENARCHIV_TILE_URL="
        "'https://{s}.tiles.example.org/nrw/{z}/{x}/{y}.png', "
        "FAMILIENARCHIV_TILE_ATTRIBUTION='<b>Karten</b> © Beispiel'); "
        f"from pipeline.site.serve import serve; serve({str(db)!r}, port={port})"
    )
    yield from serving([sys.executable, "-c", start], port)


def test_configured_tiles_reach_the_map_and_its_policy(site_with_tiles):
    _, headers, body = fetch(site_with_tiles, "/archive/karte")

    html = body.decode()
    settings = json.loads(html.split('id="karte-einstellungen">')[1].split("</script>")[0])
    assert settings["kacheln"] == {"url": "https://{s}.tiles.example.org/nrw/{z}/{x}/{y}.png",
                                   "namensnennung": "&lt;b&gt;Karten&lt;/b&gt; © Beispiel"}
    assert "img-src 'self' data: https://*.tiles.example.org;" in (
        headers["Content-Security-Policy"])
