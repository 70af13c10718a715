"""Hostile sites in the night's crawl: every limit cuts and says so, and the others lose nothing.

One `familienarchiv crawl` night covers a normal source (the LWL fixture copy) and three sources
on a hostile site: an endless pagination, a list page with thousands of links, responses over
the size limit (plain and gzip-bombed), a gzip-bombed sitemap, a redirect to another host and
meta refreshes that cannot be followed. The hostile sources get low limits through their
sources.toml `limits`, so the test needs no large sizes.
"""

import gzip
import json
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from sample_site.server import SampleSite

from .conftest import FAST_CRAWL, ROOT
from .test_faults_campaign import Tally, report_rows

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

LWL = ROOT / "sample_site" / "lwl"
LWL_ITEMS = json.loads((LWL / "expected.json").read_text("utf-8"))["items"]
LINKS_ON_THE_BIG_PAGE = 5_000
MAX_LINKS = 20
MAX_RESPONSE_BYTES = 200_000
MAX_SITEMAP_BYTES = 200_000
ENDLESS_MAX_PAGES = 12
LIST_MAX_DEPTH = 3

ARTICLE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Familienzentrum {n} eröffnet</title></head><body><article><h1>Familienzentrum {n}
eröffnet</h1><p>Das neue Familienzentrum {n} der Stadt bietet Beratung und Kurse für Eltern
und Kinder an. Die Eröffnung fand am Montag mit vielen Gästen statt.</p><p>Träger ist der
örtliche Verein, die Stadt fördert das Angebot in den ersten drei Jahren.</p></article>
</body></html>"""


def html(body: str) -> bytes:
    page = f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'
    return page.encode()


def gzip_bomb(size: int) -> bytes:
    """`size` bytes of XML whitespace, gzipped to a few kB."""
    return gzip.compress(b'<?xml version="1.0"?><urlset>' + b" " * size + b"</urlset>")


class HostileSite:
    """A site on 127.0.0.1 that tries to take the night over; it counts what it was asked for."""

    def __init__(self):
        self.requests: list[str] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.server.shutdown()
        self.server.server_close()

    def answer(self, path: str) -> tuple[int, dict, bytes]:
        if path.startswith("/endless/"):  # every page links to the next, for ever
            n = int(path.rsplit("/", 1)[1])
            return 200, {}, html(f'<a href="/endless/{n + 1}">weiter</a>')
        if path.startswith("/list/"):  # deeper and deeper
            n = int(path.rsplit("/", 1)[1])
            return 200, {}, html(
                f'<a href="/list/{n + 1}">weiter</a> <a href="/artikel/{n}">Artikel</a>'
                '<a href="/links">alle</a> <a href="/artikel/huge">gross</a>'
                '<a href="/artikel/zipped">gepackt</a> <a href="/artikel/elsewhere">weg</a>'
                '<a href="/artikel/refresh-js">js</a> <a href="/artikel/refresh-away">fort</a>'
            )
        if path == "/links":  # thousands of article links on one page
            links = "".join(f'<a href="/artikel/{n}">{n}</a> '
                            for n in range(1000, 1000 + LINKS_ON_THE_BIG_PAGE))  # fmt: skip
            return 200, {}, html(links)
        if path == "/artikel/huge":
            return 200, {}, html("<p>" + "x" * (5 * MAX_RESPONSE_BYTES) + "</p>")
        if path == "/artikel/zipped":  # small on the wire, huge once unzipped
            return 200, {"Content-Encoding": "gzip"}, gzip.compress(b" " * 5 * MAX_RESPONSE_BYTES)
        if path == "/artikel/elsewhere":
            return 302, {"Location": "http://elsewhere.invalid/artikel/1"}, b""
        if path == "/artikel/refresh-js":
            return 200, {}, html('<meta http-equiv="refresh" content="0; url=javascript:go()">')
        if path == "/artikel/refresh-away":
            return 200, {}, html('<meta http-equiv="refresh" content="0; url=http://other.invalid/">')
        if path.startswith("/artikel/"):
            return 200, {}, ARTICLE.format(n=path.rsplit("/", 1)[1]).encode()
        if path == "/sitemap.xml.gz":
            return 200, {"Content-Type": "application/x-gzip"}, gzip_bomb(5 * MAX_SITEMAP_BYTES)
        return 404, {}, html("nicht gefunden")

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                path = urlsplit(self.path).path
                site.requests.append(path)
                status, headers, body = site.answer(path)
                self.send_response(status)
                headers = {"Content-Type": "text/html; charset=utf-8", **headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format, *args):
                pass

        return Handler


def sources_file(tmp_path, hostile: HostileSite, lwl: SampleSite):
    """The night's sources: LWL as configured, and three hostile ones with low limits."""
    path = tmp_path / "sources.toml"
    path.write_text(f"""
[[source]]
name = "lwl"
outlet = "lwl"
discovery = "list"
start_urls = ["{lwl.base_url}/pressemitteilungen/index.php"]
allowed_domains = ["127.0.0.1"]
article_pattern = '^/pressemitteilungen/mitteilung\\.php\\?urlID=\\d+$'
follow_pattern = '^/pressemitteilungen/index\\.php\\?seite=\\d+$'

[[source]]
name = "hostile_endless"
outlet = "kreis-unna"
discovery = "list"
start_urls = ["{hostile.base_url}/endless/1"]
allowed_domains = ["127.0.0.1"]
article_pattern = '^/artikel/\\d+$'
follow_pattern = '^/endless/\\d+$'
limits = {{ max_pages = {ENDLESS_MAX_PAGES} }}

[[source]]
name = "hostile_list"
outlet = "kreis-unna"
discovery = "list"
start_urls = ["{hostile.base_url}/list/1"]
allowed_domains = ["127.0.0.1"]
article_pattern = '^/artikel/[a-z0-9-]+$'
follow_pattern = '^/(list/\\d+|links)$'
[source.limits]
max_depth = {LIST_MAX_DEPTH}
max_links_per_page = {MAX_LINKS}
max_response_bytes = {MAX_RESPONSE_BYTES}

[[source]]
name = "hostile_sitemap"
outlet = "kreis-unna"
discovery = "sitemap"
start_urls = ["{hostile.base_url}/sitemap.xml.gz"]
allowed_domains = ["127.0.0.1"]
article_pattern = '^/artikel/\\d+$'
limits = {{ max_sitemap_bytes = {MAX_SITEMAP_BYTES} }}
""", "utf-8")
    return path


def read(db_path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


@pytest.fixture(scope="module")
def night(tmp_path_factory):
    """One night over the four sources; the process, the archive and what the sites were asked."""
    tmp = tmp_path_factory.mktemp("hostile")
    with HostileSite() as hostile, SampleSite(LWL) as lwl:
        command = [
            sys.executable, "-m", "pipeline", "crawl", f"--db={tmp / 'archive.db'}",
            f"--warc-dir={tmp / 'warc'}", f"--sources-file={sources_file(tmp, hostile, lwl)}",
            *(f"--set={key}={value}" for key, value in FAST_CRAWL.items()),
        ]
        started = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
        seconds = time.perf_counter() - started
        asked = list(hostile.requests)
    rows = read(tmp / "archive.db", "select spider, status, reason, cuts from crawl_runs")
    runs = {spider: (status, reason, json.loads(cuts or "{}"))
            for spider, status, reason, cuts in rows}  # fmt: skip
    return {"result": result, "db": tmp / "archive.db", "runs": runs, "asked": asked,
            "seconds": seconds}  # fmt: skip


def lwl_articles(db_path) -> set[str]:
    rows = read(db_path, "select url from articles where source = 'lwl'")
    return {urlsplit(url).path + "?" + urlsplit(url).query for (url,) in rows}


def fetch_errors(db_path) -> list[tuple[str, int | None, str]]:
    rows = read(db_path, "select url, status, message from fetch_errors order by id")
    return [(urlsplit(url).path, status, message) for url, status, message in rows]


def test_under_hostile_sites_the_normal_source_archives_every_article(night, record_property):
    expected = {item["url"] for item in LWL_ITEMS}
    kept = lwl_articles(night["db"])
    lost = len(expected - kept)

    report_rows(record_property, [(
        "hostile sites in the night (endless list, 5,000 links, huge and gzip-bombed "
        "responses, gzip-bombed sitemap)",
        "; ".join(f"{spider}: {status}" + (f" ({reason})" if reason else "")
                  for spider, (status, reason, _) in sorted(night["runs"].items())),
        Tally(lost=lost, duplicated=0, altered=0),
    )], night["seconds"])
    assert kept == expected
    assert night["runs"]["lwl"] == ("ok", None, {})
    assert "lwl: ok: 3 new" in night["result"].stdout


def test_every_cut_is_in_the_hostile_runs_rows_and_fails_their_verdict(night):
    runs = night["runs"]

    assert runs["hostile_endless"][2] == {"max_pages": 1}
    assert runs["hostile_list"][2] == {
        "max_depth": runs["hostile_list"][2].get("max_depth"),
        "max_links_per_page": 1,
        "max_response_bytes": 2,
    }
    assert runs["hostile_list"][2]["max_depth"] >= 1
    assert runs["hostile_sitemap"][2] == {"max_sitemap_bytes": 1}
    for spider in ("hostile_endless", "hostile_list", "hostile_sitemap"):
        status, reason, _ = runs[spider]
        assert (status, reason.split(":")[0]) == ("failed", "cut by crawl limits")
        assert f"{spider}: FAILED: cut by crawl limits" in night["result"].stderr
    assert night["result"].returncode == 1


def test_the_limits_bound_what_the_hostile_site_is_asked(night):
    asked = night["asked"]
    endless_pages = [path for path in asked if path.startswith("/endless/")]
    list_pages = [path for path in asked if path.startswith("/list/")]
    numbered_articles = [path for path in asked
                         if path.startswith("/artikel/") and path.rsplit("/", 1)[1].isdigit()]

    # robots.txt counts as a page; Scrapy stops at the count with a few requests in flight.
    assert ENDLESS_MAX_PAGES - 1 <= len(endless_pages) < 2 * ENDLESS_MAX_PAGES
    # The start page is at depth 0.
    assert sorted(list_pages) == [f"/list/{n}" for n in range(1, LIST_MAX_DEPTH + 2)]
    # The big page's first MAX_LINKS links, and one article per list page.
    assert len(numbered_articles) <= MAX_LINKS + LIST_MAX_DEPTH + 1


def on_record(night, cases: list[tuple[str, str]]) -> list[tuple[str, str, Tally]]:
    """Fault-table rows: each (fault, path) is lost unless it is on record as a fetch error."""
    errors = {path: message for path, _, message in fetch_errors(night["db"])}
    return [(fault, f"fetch error: {errors[path][:90]}" if path in errors else "no trace",
             Tally(lost=int(path not in errors), duplicated=0, altered=0))
            for fault, path in cases]  # fmt: skip


def test_responses_over_the_size_limit_are_fetch_errors(night, record_property):
    errors = {path: (status, message) for path, status, message in fetch_errors(night["db"])}

    report_rows(record_property, on_record(night, [
        ("response over max_response_bytes", "/artikel/huge"),
        ("gzip-bombed response (over max_response_bytes unzipped)", "/artikel/zipped"),
    ]), night["seconds"])
    assert "max size" in errors["/artikel/huge"][1]
    assert "DOWNLOAD_MAXSIZE" in errors["/artikel/zipped"][1]


def test_unfollowable_redirects_are_fetch_errors_with_their_target(night, record_property):
    errors = {path: (status, message) for path, status, message in fetch_errors(night["db"])}

    report_rows(record_property, on_record(night, [
        ("redirect to another host", "/artikel/elsewhere"),
        ("meta refresh to javascript:", "/artikel/refresh-js"),
        ("meta refresh to another host", "/artikel/refresh-away"),
    ]), night["seconds"])
    assert errors["/artikel/elsewhere"] == (
        302, "UnfollowableRedirect: HTTP 302 redirect to another host: "
             "http://elsewhere.invalid/artikel/1")
    assert errors["/artikel/refresh-js"] == (
        200, "UnfollowableRedirect: meta refresh to no web page: javascript:go()")
    assert errors["/artikel/refresh-away"] == (
        200, "UnfollowableRedirect: meta refresh to another host: http://other.invalid/")
