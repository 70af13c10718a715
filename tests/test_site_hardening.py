"""The public site under attack (issue 14): hostile pages, queries and URLs take nothing down."""

import asyncio
import http.client
import json
import re
import sqlite3
import threading
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ElementTree

import feedparser
import pytest
from datasette.app import Datasette

import pipeline.site.archived as archived
from pipeline.archive import Archive
from pipeline.rawstore import WarcWriter
from pipeline.search import german_fts, german_rank
from pipeline.site.archived import ARCHIVED_PAGE_POLICY, MAX_SHOWN_BYTES
from pipeline.site.guard import MAX_VALUE_CHARS
from pipeline.site.headers import SITE_POLICY, with_nonce
from pipeline.site.plugin import prepare_connection
from pipeline.site.serve import WARC_DIR_VARIABLE, default_warc_dir, templates_path
from tests.test_publish import build_archive, serve_test_archive
from tests.test_site_http import page
from tests.test_storage import KEMPEN, article

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

PUNYCODE = "a" * 16 + "0001"
LARGE = "a" * 16 + "0002"
# A place whose name from the data is a script link, and one whose key is not a number.
HOSTILE_PLACES = [("05999001", "javascript:alert(1)"), ("x:05999002", "Anderswo")]
PARAGRAPH = "<p>Das Familienbüro berät Eltern und Kinder.</p>\n"


def store_page(writer: WarcWriter, article_id: str, content_type: str, body: bytes,
               archive: Archive) -> None:
    url = f"https://example.org/{article_id}"
    warc_file, offset = writer.write_response(url, 200, [("Content-Type", content_type)], body,
                                              "2024-05-01T10:00:00Z")
    archive.save_article(article(id=article_id, url=url, canonical_url=url, title=article_id,
                                 content_hash=article_id * 4, warc_file=warc_file,
                                 warc_offset=offset), [])


def build_hostile_archive(db) -> None:
    """The test archive, plus a page labelled punycode, a page over the view's bound and places
    with hostile names."""
    build_archive(db)
    with Archive.open(db) as archive, WarcWriter(default_warc_dir(db), "hostile") as writer:
        store_page(writer, PUNYCODE, "text/html; charset=punycode",
                   (PARAGRAPH * 2000).encode(), archive)
        size = MAX_SHOWN_BYTES // len(PARAGRAPH.encode()) + 1000
        store_page(writer, LARGE, "text/html; charset=utf-8", (PARAGRAPH * size).encode(),
                   archive)
        for ags, name in HOSTILE_PLACES:
            archive.db["municipalities"].insert(
                {"ags": ags, "name": name, "level": "gemeinde", "lat": 51.5, "lon": 7.0})
            archive.db["article_municipalities"].insert(
                {"article_id": KEMPEN, "ags": ags, "level": "gemeinde", "name": name,
                 "is_main": 0, "signal": "body", "evidence": name})


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile") / "archive.db"
    build_hostile_archive(db)
    yield from serve_test_archive(tmp_path_factory, db, build=False)


# Finding 1: charsets and the archived view


def test_archived_view_of_a_page_labelled_punycode_reads_it_as_a_browser_does(site):
    status, _, html = page(site, f"/-/archiviert/{PUNYCODE}")

    assert status == 200
    assert html.count("<p>Das Familienbüro berät Eltern und Kinder.</p>") == 2000


def test_archived_view_of_a_large_page_shows_its_start_and_says_so(site):
    status, _, html = page(site, f"/-/archiviert/{LARGE}")

    shown = html.split('<div class="archiviert-seite">')[1].split("<!-- Ende")[0]
    assert status == 200
    assert "Gekürzt: die gespeicherte Seite hat" in html
    assert "hier stehen die ersten 2.000.000." in html
    assert MAX_SHOWN_BYTES - len(PARAGRAPH) < len(shown.encode()) <= MAX_SHOWN_BYTES + 100


def test_archived_view_sanitises_off_the_event_loop(tmp_path, monkeypatch):
    """While one archived page is being sanitised, the server answers other visitors."""
    db = tmp_path / "archive.db"
    build_archive(db)
    monkeypatch.setenv(WARC_DIR_VARIABLE, str(default_warc_dir(db)))
    started, release, threads = threading.Event(), threading.Event(), []
    sanitise = archived.sanitised_page

    def held_sanitiser(*arguments):
        threads.append(threading.current_thread().name)
        started.set()
        release.wait(timeout=30)
        return sanitise(*arguments)

    monkeypatch.setattr(archived, "sanitised_page", held_sanitiser)

    async def visit():
        datasette = Datasette([str(db)], template_dir=str(templates_path()))
        held = asyncio.ensure_future(datasette.client.get(f"/-/archiviert/{KEMPEN}"))
        await asyncio.get_running_loop().run_in_executor(None, started.wait, 30)
        other = await datasette.client.get("/robots.txt")
        still_held = not held.done()
        release.set()
        return other.status_code, still_held, (await held).status_code

    assert asyncio.run(visit()) == (200, True, 200)
    assert [name.startswith("archiviert") for name in threads] == [True]


# Finding 2: no SQL of a visitor's own, bounded requests and functions, map popups


@pytest.mark.parametrize("sql", [
    "select fts3_tokenizer('simple')",
    "select * from pragma_database_list",
    "select length(hex(zeroblob(300000000)))",
    "select german_fts(hex(zeroblob(10000000)))",
    "select 51.5 as lat, 7.0 as lon, '{\"link\": \"javascript:alert(1)\"}' as popup",
])
def test_sql_of_a_visitors_own_is_refused(site, sql):
    status, _, body = page(site, "/archive", sql=sql)

    assert status == 403
    assert "/tmp" not in body and "archive.db" not in body


@pytest.mark.parametrize(("params", "status"), [
    ({"_where": "1=1"}, 403),
    ({"_search": "Familie " * 1000}, 414),
    ({"_search": "Familie " * (MAX_VALUE_CHARS // 8 + 1)}, 400),
    ({"body__contains": "%a" * (MAX_VALUE_CHARS // 2 + 1)}, 400),
    ({"_search": "Famil*", "_searchmode": "raw"}, 400),
], ids=["where", "long-query-string", "long-search", "long-like-pattern", "raw-search"])
def test_table_requests_that_ask_too_much_are_refused(site, params, status):
    assert page(site, "/archive/articles.json", **params)[0] == status


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_requests_other_than_reads_are_refused_before_their_body_is_read(site, method):
    # Only the headers are sent, announcing a megabyte: the answer must come without the body
    # (sending it as well raced the server's early answer into a broken pipe).
    connection = http.client.HTTPConnection(urllib.parse.urlsplit(site).netloc, timeout=10)
    connection.putrequest(method, "/archive/suche")
    connection.putheader("Content-Type", "application/x-www-form-urlencoded")
    connection.putheader("Content-Length", "1000002")
    connection.endheaders()
    refused = connection.getresponse()
    connection.close()

    assert (refused.status, refused.headers["Allow"]) == (405, "GET, HEAD")


def test_a_search_just_within_the_bounds_is_answered(site):
    query = ("Familienbüro " * 100)[:MAX_VALUE_CHARS]

    assert page(site, "/archive/suche.json", q=query)[0] == 200


def test_search_functions_read_a_bounded_prefix_of_their_input():
    connection = sqlite3.connect(":memory:")
    prepare_connection(connection)
    huge = "Familienzentrum Kempen " * 100_000

    fts, rank = connection.execute("select german_fts(?), german_rank(?, ?)",
                                   [huge, huge, huge]).fetchone()

    prefix = huge[:MAX_VALUE_CHARS]
    assert (fts, rank) == (german_fts(prefix), german_rank(prefix, prefix))


def test_map_popups_link_only_to_places_on_this_site(site):
    status, _, html = page(site, "/archive/karte")

    places = json.loads(html.split('id="karte-orte">')[1].split("</script>")[0])
    links = {place["name"]: urllib.parse.urlsplit(place["link"]) for place in places}
    assert status == 200
    assert {name: (link.path, json.loads(urllib.parse.parse_qs(link.query)["_through"][0]))
            for name, link in links.items() if name in ("javascript:alert(1)", "Anderswo")} == {
        "javascript:alert(1)": ("/archive/articles", {
            "table": "article_municipalities", "column": "ags", "value": "05999001"}),
        "Anderswo": ("/archive/articles", {
            "table": "article_municipalities", "column": "ags", "value": "x:05999002"}),
    }
    assert {link.path for link in links.values()} == {"/archive/articles"}


# Finding 3: security headers on every page


@pytest.mark.parametrize("path", [
    "/", "/archive", "/archive/articles", "/archive/articles.json", "/archive/suche?q=Kita",
    f"/archive/articles/{KEMPEN}", "/ueber", "/zeitleiste", "/robots.txt",
    "/-/static/app.css", "/archive/neue_meldungen.atom", "/archive/karte", "/no-such-page",
    "/-/databases.json", "/archive/articles.json?_searchmode=raw",
])
def test_every_response_carries_the_security_headers(site, path):
    _, headers, html = page(site, path)

    policy = headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([\w-]+)'", policy).group(1)
    assert policy == SITE_POLICY.format(nonce=nonce, tile_sources="")
    assert (headers["X-Frame-Options"], headers["X-Content-Type-Options"]) == ("DENY", "nosniff")
    assert headers["Referrer-Policy"] in ("no-referrer", "same-origin")
    scripts = re.findall(r"<script[^>]*>", html)
    assert [tag for tag in scripts if f'nonce="{nonce}"' not in tag] == []


def test_the_archived_view_keeps_its_stricter_policy(site):
    _, headers, html = page(site, f"/-/archiviert/{KEMPEN}")

    assert headers.get_all("Content-Security-Policy") == [ARCHIVED_PAGE_POLICY]
    assert (headers["X-Frame-Options"], headers["X-Content-Type-Options"]) == ("DENY", "nosniff")


def test_with_nonce_marks_script_tags_only():
    html = b'<script>a()</script><SCRIPT src="/x.js"></SCRIPT><scripts>&lt;script&gt;'

    assert with_nonce(html, "n1") == (
        b'<script nonce="n1">a()</script><script nonce="n1" src="/x.js"></SCRIPT>'
        b"<scripts>&lt;script&gt;"
    )


# Finding 4: a search feed without hits


def test_search_feed_without_hits_is_an_empty_atom_feed(site):
    status, headers, body = page(site, "/archive/suche_feed.atom", q="Zzzyxwort")

    feed = feedparser.parse(body)
    assert (status, headers["Content-Type"]) == (200, "application/xml; charset=utf-8")
    assert (feed.bozo, feed.feed.title, feed.entries) == (
        False, "Familienarchiv NRW – Suche: Zzzyxwort", [])
    assert ElementTree.fromstring(body).tag == "{http://www.w3.org/2005/Atom}feed"


def test_search_feed_with_hits_reads_in_a_feed_reader(site):
    feed = feedparser.parse(page(site, "/archive/suche_feed.atom", q="Familienbüro")[2])

    assert (feed.bozo, [entry.title for entry in feed.entries]) == (
        False, ["Hamm: Familienbüro eröffnet"])
