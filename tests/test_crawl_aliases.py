"""An article whose own URL differs from the listed one is not fetched again the next night.

A list page links to two articles under URLs the archive does not keep them by: one page
declares a (trusted) canonical URL of its own, the other redirects. Two nightly runs through
Scrapy's real engine against a local site; the second must fetch neither article again.
"""

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import sqlite_utils

from .conftest import FAST_CRAWL, ROOT

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

LISTED_CANONICAL = "/news/kita-zentrum-eroeffnet"
CANONICAL = "/artikel/kita-zentrum-eroeffnet-2024"
LISTED_REDIRECT = "/news/familienbuero-zieht-um"
REDIRECT_TARGET = "/artikel/familienbuero-zieht-um"
ARTICLE_PATHS = {LISTED_CANONICAL, CANONICAL, LISTED_REDIRECT, REDIRECT_TARGET}

LIST_PAGE = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Neuigkeiten</title></head><body><h1>Neuigkeiten</h1><ul>
<li><a href="{LISTED_CANONICAL}">Kita-Zentrum eröffnet</a></li>
<li><a href="{LISTED_REDIRECT}">Familienbüro zieht um</a></li>
</ul></body></html>"""


def article_page(title: str, day: str, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>{title}</title>{link}<meta property="og:title" content="{title}">
<meta property="og:type" content="article"></head><body><main><article>
<h1>{title}</h1><time datetime="{day}T09:00:00Z">{day}</time>
<p>Die Stadt Kempen hat ein neues Angebot für Familien geschaffen. Eltern finden dort Beratung,
Kurse und offene Treffs für Kinder aller Altersgruppen, an fünf Tagen in der Woche.</p>
<p>Das Angebot wird vom Land Nordrhein-Westfalen gefördert und vom Jugendamt begleitet. Die
Bürgermeisterin dankte allen Beteiligten für ihre Arbeit in den vergangenen Monaten.</p>
<p>Weitere Informationen gibt es im Rathaus und auf der Internetseite der Stadt.</p>
</article></main></body></html>"""


PAGES = {
    "/news/": LIST_PAGE,
    LISTED_CANONICAL: article_page("Kita-Zentrum eröffnet", "2024-03-01", canonical=CANONICAL),
    CANONICAL: article_page("Kita-Zentrum eröffnet", "2024-03-01", canonical=CANONICAL),
    REDIRECT_TARGET: article_page("Familienbüro zieht um", "2024-03-02"),
}


class Site(ThreadingHTTPServer):
    """The local site: the pages above, one redirect, and every path asked for."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.asked: list[str] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.asked.append(self.path)
        if self.path == LISTED_REDIRECT:
            self.send_response(301)
            self.send_header("Location", REDIRECT_TARGET)
            self.end_headers()
            return
        page = PAGES.get(self.path)
        self.send_response(200 if page else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write((page or "nicht gefunden").encode("utf-8"))

    def log_message(self, format, *args):
        pass


def nightly(tmp_path, site: Site) -> subprocess.CompletedProcess:
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f"""[[source]]
name = "kempen_news"
outlet = "nrw-familienministerium"
discovery = "list"
start_urls = ["{site.base_url}/news/"]
allowed_domains = ["127.0.0.1"]
article_pattern = '^/news/[a-z-]+$'
""",
        "utf-8",
    )
    command = [
        sys.executable, "-m", "pipeline", "crawl", f"--sources-file={sources}",
        f"--db={tmp_path / 'archive.db'}", f"--warc-dir={tmp_path / 'warc'}",
        *(f"--set={key}={value}" for key, value in FAST_CRAWL.items()),
    ]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def two_nights(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("aliases")
    site = Site()
    threading.Thread(target=site.serve_forever, daemon=True).start()
    try:
        first = nightly(tmp_path, site)
        first_asked, site.asked = site.asked, []
        second = nightly(tmp_path, site)
    finally:
        site.shutdown()
        site.server_close()
    return {
        "tmp": tmp_path, "base": site.base_url,
        "first": (first, first_asked), "second": (second, site.asked),
    }


def test_the_first_night_keeps_both_articles_under_their_own_urls(two_nights):
    first, asked = two_nights["first"]
    db = sqlite_utils.Database(two_nights["tmp"] / "archive.db")

    assert first.stdout.splitlines()[0] == (
        "kempen_news: ok: 2 new, 0 changed, 0 unchanged, 0 errors, 0 rejected"
    ), first.stderr
    assert {LISTED_CANONICAL, LISTED_REDIRECT, REDIRECT_TARGET} <= set(asked)
    urls = sorted(row["canonical_url"] for row in db["articles"].rows)
    assert urls == sorted(two_nights["base"] + path for path in (CANONICAL, REDIRECT_TARGET))


def test_the_second_night_fetches_neither_article_again(two_nights):
    second, asked = two_nights["second"]

    assert second.stdout.splitlines()[0] == (
        "kempen_news: ok: 0 new, 0 changed, 2 unchanged, 0 errors, 0 rejected"
    ), second.stderr
    assert "/news/" in asked
    assert ARTICLE_PATHS.isdisjoint(asked)


def test_nothing_is_kept_twice(two_nights):
    db = sqlite_utils.Database(two_nights["tmp"] / "archive.db")

    assert (db["articles"].count, db["article_versions"].count, db["article_aliases"].count) == (
        2, 0, 2
    )
    orphans = db.execute(
        "select count(*) from article_aliases where article_id not in (select id from articles)"
    ).fetchone()[0]
    assert orphans == 0
