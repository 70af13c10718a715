"""familie-in-nrw.de: the NRW family ministry's news archives (TYPO3 with pr_news)."""

from urllib.parse import urlsplit

import scrapy
from scrapy.linkextractors import LinkExtractor

from pipeline.identity import (
    PRNEWS_ARCHIVE_PATHS,
    canonical_url,
    is_prnews_item,
    prnews_edit_time,
    record_id,
)

from ..items import archived_page, failure_item
from ..middlewares import ARTICLE_ID, LISTED_VERSION

ARCHIVE_PATHS = tuple(PRNEWS_ARCHIVE_PATHS.values())


class FamilieInNrwSpider(scrapy.Spider):
    """Walks both news archives page by page and fetches each news item once.

    Items are found by their URL pattern (`tx_prnews[showUid]`), not by where the link sits,
    so a redesign of the list markup does not lose them. `-a start_urls=URL,URL` crawls a
    mirror or a local copy instead of the live site.
    """

    name = "familie_in_nrw"
    outlet = "nrw-familienministerium"
    allowed_domains = ["familie-in-nrw.de"]
    start_urls = [f"https://www.familie-in-nrw.de{path}" for path in ARCHIVE_PATHS]

    item_links = LinkExtractor(allow=r"tx_prnews(\[|%5B)showUid", canonicalize=False)
    # pr_news paginates with a pointer parameter; following only those links keeps the spider
    # out of calendars whose "next month" links never end.
    page_links = LinkExtractor(allow=r"tx_prnews(\[|%5B)pointer", canonicalize=False)

    def __init__(self, *args, start_urls: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if start_urls:
            self.start_urls = [url.strip() for url in start_urls.split(",") if url.strip()]
            self.allowed_domains = sorted({urlsplit(url).hostname for url in self.start_urls})

    async def start(self):
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.fetch_failed)

    def parse(self, response):
        """A list page: every news item on it, and the other pages of the same archive."""
        for link in self.item_links.extract_links(response):
            yield self.item_request(link.url)
        archive = urlsplit(response.url).path
        for link in self.page_links.extract_links(response):
            if urlsplit(link.url).path == archive:
                yield scrapy.Request(link.url, callback=self.parse, errback=self.fetch_failed)

    def item_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_item,
            errback=self.fetch_failed,
            meta={
                ARTICLE_ID: record_id(canonical_url(url)),
                LISTED_VERSION: prnews_edit_time(url),
            },
        )

    def parse_item(self, response):
        if is_prnews_item(response.url):
            yield archived_page(response)

    def fetch_failed(self, failure):
        """Keep a record of every page that could not be fetched; skipped ones are no failure."""
        item = failure_item(failure)
        if item is not None:
            yield item
