"""A made-up local news site of any size, for scale-out tests and the crawl benchmark.

Article n lives at /lokales/<ort>/<slug>_aid-<n> and carries OpenGraph and JSON-LD metadata;
list pages /nachrichten/?seite=<k> (PER_PAGE articles each, the first at /nachrichten/),
an RSS feed of the newest at /feed.rss, and a sitemap index /sitemap.xml with one sitemap of
up to SITEMAP_SIZE articles each. Pages are made on request, so 10,000 articles cost no memory.
"""

from __future__ import annotations

import datetime
import json
import re
import time
from collections.abc import Mapping
from html import escape

from .server import HTML, Response, SampleSite, error_page, not_modified, with_validators

PER_PAGE = 50
SITEMAP_SIZE = 1000
FEED_SIZE = 30
PLACES = ["kempen", "viersen", "grefrath", "moers", "unna", "kamen", "stolberg", "bochum"]
TOPICS = [
    ("Familienzentrum erhält Gütesiegel",
     "Die Kita an der {n}. Straße ist jetzt Familienzentrum. Eltern finden dort Beratung, "
     "Kurse der Familienbildung und eine offene Sprechstunde."),
    ("Netzwerk gegen Kinderarmut wächst",
     "Dem Netzwerk gegen Kinderarmut haben sich {n} weitere Partner angeschlossen, darunter "
     "Sportvereine, Grundschulen und die Tafel."),
    ("Neue Plätze in der Kindertagespflege",
     "Das Jugendamt meldet {n} zusätzliche Plätze in der Kindertagespflege für Kinder unter "
     "drei Jahren."),
    ("Familienbüro erweitert Sprechzeiten",
     "Das Familienbüro im Rathaus berät künftig auch am Samstagvormittag. Im vergangenen Jahr "
     "kamen {n} Familien zur Beratung."),
]
START = datetime.date(2020, 1, 1)


def article_path(n: int) -> str:
    place = PLACES[n % len(PLACES)]
    slug = re.sub(r"[^a-z]+", "-", TOPICS[n % len(TOPICS)][0].lower()
                  .replace("ü", "ue").replace("ä", "ae").replace("ö", "oe")).strip("-")
    return f"/lokales/{place}/{place}-{slug}_aid-{n}"


def article_date(n: int) -> datetime.date:
    return START + datetime.timedelta(days=n % 1500)


def article_page(n: int) -> bytes:
    place = PLACES[n % len(PLACES)].title()
    topic, paragraph = TOPICS[n % len(TOPICS)]
    title = f"{place}: {topic} ({n})"
    published = article_date(n).isoformat() + "T08:00:00+01:00"
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": published, "author": [{"@type": "Person", "name": "Lokalredaktion"}]}
    paragraphs = [
        paragraph.format(n=n),
        f"Die Stadt {place} unterstützt das Vorhaben aus ihrem Haushalt mit {n * 10} Euro.",
        "Weitere Informationen gibt es im Rathaus und auf der Internetseite der Stadt.",
    ]
    body = "\n".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{escape(title)}'
        f'</title>\n<meta property="og:title" content="{escape(title)}">\n'
        f'<script type="application/ld+json">{json.dumps(meta, ensure_ascii=False)}</script>'
        f'</head>\n<body><header><a href="/">Lokalzeitung</a> <a href="/nachrichten/">'
        f'Nachrichten</a></header>\n<main><article><h1>{escape(title)}</h1>\n{body}\n</article>'
        f'</main><footer><a href="/impressum/">Impressum</a></footer></body></html>\n'
    ).encode()


class GeneratedSite(SampleSite):
    """The made-up site on a local port; `delay` slows every article page by that many seconds."""

    def __init__(self, articles: int, host: str = "127.0.0.1", port: int = 0, delay: float = 0.0):
        super().__init__(host=host, port=port)
        self.articles = articles
        self.delay = delay

    def _load(self) -> None:
        pass  # nothing to read: every page is made on request

    def article_paths(self) -> list[str]:
        return [article_path(n) for n in range(1, self.articles + 1)]

    def source_entry(self, name: str, discovery: str) -> str:
        """The running site as a [[source]] of a sources file (scrapers/sources.toml's format),
        found through its list pages or its sitemap."""
        entry = {
            "list": f'start_urls = ["{self.base_url}/nachrichten/"]\n'
                    "follow_pattern = '^/nachrichten/\\?seite=\\d+$'",
            "sitemap": f'start_urls = ["{self.base_url}/sitemap.xml"]',
        }[discovery]
        return (
            f'[[source]]\nname = "{name}"\noutlet = "rp-online"\ndiscovery = "{discovery}"\n'
            f'{entry}\nallowed_domains = ["{self.host}"]\n'
            "article_pattern = '^/lokales/[a-z]+/[a-z-]+_aid-\\d+$'\n"
        )

    def answer(self, target: str, request_headers: Mapping[str, str] | None = None) -> Response:
        self.requests.append(target)
        response = self._page(target)
        fault = self.faults.get(target)
        response = with_validators(response if fault is None else fault.apply(response))
        if not_modified(response, request_headers or {}):
            response = Response(304, {"ETag": response.headers["ETag"]}, b"")
        self.answers.append((target, response.status))
        return response

    def _page(self, target: str) -> Response:
        article = re.fullmatch(r"/lokales/[a-z]+/[a-z-]+_aid-(\d+)", target)
        if article and 1 <= int(article.group(1)) <= self.articles:
            time.sleep(self.delay)
            return Response(200, {"Content-Type": HTML}, article_page(int(article.group(1))))
        listing = self._listing(target)
        if listing is None:
            return Response(404, {"Content-Type": HTML}, error_page(404))
        content_type, body = listing
        return Response(200, {"Content-Type": content_type}, body.encode())

    def _listing(self, target: str) -> tuple[str, str] | None:
        if target == "/robots.txt":
            return "text/plain", "User-agent: *\nDisallow: /suche/\n"
        if target == "/feed.rss":
            return "application/rss+xml", self._feed()
        if target == "/sitemap.xml":
            return "application/xml", self._sitemap_index()
        page = re.fullmatch(r"/nachrichten/(?:\?seite=(\d+))?", target)
        if page:
            return HTML, self._list_page(int(page.group(1) or 1))
        sitemap = re.fullmatch(r"/sitemaps/(\d+)\.xml", target)
        if sitemap:
            return "application/xml", self._sitemap(int(sitemap.group(1)))
        return None

    def _newest(self, first: int, count: int) -> range:
        """Article numbers from the newest, the first-th of them onwards (0-based)."""
        top = self.articles - first
        return range(top, max(top - count, 0), -1)

    def _list_page(self, page: int) -> str:
        numbers = self._newest((page - 1) * PER_PAGE, PER_PAGE)
        links = "\n".join(f'<li><a href="{article_path(n)}">Meldung {n}</a></li>' for n in numbers)
        pages = -(-self.articles // PER_PAGE)
        pager = f'<a href="/nachrichten/?seite={page + 1}">weiter</a>' if page < pages else ""
        return f"<html><body><h1>Nachrichten</h1><ul>{links}</ul>{pager}</body></html>"

    def _feed(self) -> str:
        items = "".join(
            f"<item><title>Meldung {n}</title><link>{self.base_url}{article_path(n)}</link></item>"
            for n in self._newest(0, FEED_SIZE)
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'

    def _sitemap_index(self) -> str:
        count = -(-self.articles // SITEMAP_SIZE)
        entries = "".join(
            f"<sitemap><loc>{self.base_url}/sitemaps/{k}.xml</loc></sitemap>"
            for k in range(1, count + 1)
        )
        return f'<?xml version="1.0"?><sitemapindex xmlns="{SITEMAP_NS}">{entries}</sitemapindex>'

    def _sitemap(self, k: int) -> str:
        first = (k - 1) * SITEMAP_SIZE + 1
        entries = "".join(
            f"<url><loc>{self.base_url}{article_path(n)}</loc>"
            f"<lastmod>{article_date(n).isoformat()}</lastmod></url>"
            for n in range(first, min(first + SITEMAP_SIZE, self.articles + 1))
        )
        return f'<?xml version="1.0"?><urlset xmlns="{SITEMAP_NS}">{entries}</urlset>'


SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
