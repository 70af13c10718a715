"""The generic spiders: one configured source each, finding articles by feed, sitemap or list.

A source (scrapers/sources.py) says where to start and which URLs are articles; the spider
classes themselves are made per source in scrapers/spiders/configured.py.
"""

from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.utils.gz import gunzip
from scrapy.utils.response import get_base_url
from scrapy.utils.sitemap import Sitemap
from w3lib.html import strip_html5_whitespace
from w3lib.url import safe_url_string

from pipeline.identity import record_id
from pipeline.rules import Rules

from ..items import archived_page, failure_item
from ..limits import is_size_cut, record_cut
from ..middlewares import ARTICLE_ID, LISTED_VERSION, RELEVANCE, SKIP_IF_ARCHIVED
from ..rules import crawl_rules
from ..sources import Source, compile_pattern

GZIP_MAGIC = b"\x1f\x8b"


class SourceSpider(scrapy.Spider):
    """What every generic spider does: start, request articles, keep pages and failures.

    `-a start_urls=URL,URL` crawls a mirror or a local copy instead of the live site.
    """

    source: Source  # set on each configured subclass

    def __init__(self, *args, start_urls: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = list(self.source.start_urls)
        self.allowed_domains = list(self.source.allowed_domains)
        if start_urls:
            self.start_urls = [url.strip() for url in start_urls.split(",") if url.strip()]
            self.allowed_domains = sorted({urlsplit(url).hostname for url in self.start_urls})
        self.article_path = compile_pattern(self.source.article_pattern)
        follow = self.source.follow_pattern
        self.follow_path = compile_pattern(follow) if follow else None

    @property
    def outlet(self) -> str:
        return self.source.outlet

    @property
    def rules(self) -> Rules:
        """The crawl's rules, which name each article as the archive will (scrapers/rules.py)."""
        return crawl_rules(self.crawler)

    def is_article(self, url: str) -> bool:
        return self.article_path.search(path_of(url)) is not None

    def is_followed(self, url: str) -> bool:
        """A list page or sitemap to read: the source's follow_pattern, if it has one, says."""
        return self.follow_path is not None and self.follow_path.search(path_of(url)) is not None

    async def start(self):
        for url in self.start_urls:
            yield self.listing_request(url)

    def listing_request(self, url: str) -> scrapy.Request:
        """A feed, sitemap or list page: re-read on every crawl (conditionally, see cache.py)."""
        return scrapy.Request(url, callback=self.parse, errback=self.fetch_failed)

    def article_request(self, url: str, listed: str | None = None) -> scrapy.Request:
        meta = {
            ARTICLE_ID: record_id(url, rules=self.rules),
            LISTED_VERSION: listed,
            SKIP_IF_ARCHIVED: True,
        }
        if self.source.relevance == "required":
            meta[RELEVANCE] = "required"
        return scrapy.Request(
            url, callback=self.parse_article, errback=self.fetch_failed, meta=meta
        )

    def parse_article(self, response):
        yield archived_page(response)

    def fetch_failed(self, failure):
        """Keep a record of every page that could not be fetched; skipped ones are no failure."""
        if is_size_cut(failure):
            record_cut(self.crawler, "max_response_bytes", failure.request.url,
                       failure.getErrorMessage())
        item = failure_item(failure)
        if item is not None:
            yield item


class FeedSpider(SourceSpider):
    """RSS 2.0 and Atom feeds: each entry whose link is an article; Atom `updated` as version."""

    def parse(self, response):
        feed = response.selector
        feed.remove_namespaces()
        for entry in feed.xpath("//item | //entry"):
            url = entry.xpath("link/@href").get() or entry.xpath("link/text()").get("")
            url = response.urljoin(url.strip())
            if self.is_article(url):
                yield self.article_request(url, entry.xpath("updated/text()").get())
        for url in feed.xpath("/feed/link[@rel='next']/@href").getall():
            yield self.listing_request(response.urljoin(url))


class SitemapSpider(SourceSpider):
    """XML sitemaps, sitemap indexes and Google News sitemaps; `lastmod` as version.

    A source's follow_pattern, when set, limits which sitemaps of an index are read.
    """

    def parse(self, response):
        body = response.body
        if body.startswith(GZIP_MAGIC):
            limit = self.settings.getint("CRAWL_MAX_SITEMAP_BYTES")
            try:
                body = gunzip(body, max_size=limit)
            except ValueError as error:  # Scrapy's "decompressed beyond max_size"
                record_cut(self.crawler, "max_sitemap_bytes", response.url, str(error))
                return
        sitemap = Sitemap(body)
        for entry in sitemap:
            url = response.urljoin(entry["loc"])
            if sitemap.type == "sitemapindex":
                if self.source.follow_pattern is None or self.is_followed(url):
                    yield self.listing_request(url)
            elif self.is_article(url):
                yield self.article_request(url, entry.get("lastmod") or None)


class ListSpider(SourceSpider):
    """List pages: links matching article_pattern are articles, follow_pattern pagination."""

    def parse(self, response):
        for url in page_links(response):
            if self.is_article(url):
                yield self.article_request(url)
            elif self.is_followed(url):
                yield self.listing_request(url)


def page_links(response) -> Iterator[str]:
    """The page's web links (<a>, <area>) as absolute URLs, in order, one at a time.

    Lazily, unlike Scrapy's LinkExtractor, which builds every link first (a page of a million
    links: 40 s, bench/links): the crawl stops reading at CRAWL_MAX_LINKS_PER_PAGE.
    """
    base = get_base_url(response)
    for element in response.selector.root.iter("a", "area"):
        href = element.get("href")
        if not href:
            continue
        url = safe_url_string(urljoin(base, strip_html5_whitespace(href)), response.encoding)
        if urlsplit(url).scheme in ("http", "https"):
            yield url


def path_of(url: str) -> str:
    """The path and query of a URL: what patterns match, so they fit mirrors on other hosts."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
