"""TYPO3 pr_news portals (familie-in-nrw.de and its kind): archive lists walked page by page."""

from urllib.parse import urlsplit

from scrapy.linkextractors import LinkExtractor

from pipeline.sites import prnews

from ..items import archived_page
from .generic import SourceSpider


class PrNewsSpider(SourceSpider):
    """Walks a portal's archive lists page by page and fetches each news record once.

    Records are found by their link pattern (`tx_prnews[showUid]`), not by where the link sits,
    so a redesign of the list markup does not lose them; each link's `tstamp` is the record's
    listed version. The source's `prnews` settings say which archive each record belongs to.
    """

    item_links = LinkExtractor(allow=r"tx_prnews(\[|%5B)showUid", canonicalize=False)
    # pr_news paginates with a pointer parameter; following only those links keeps the spider
    # out of calendars whose "next month" links never end.
    page_links = LinkExtractor(allow=r"tx_prnews(\[|%5B)pointer", canonicalize=False)

    def is_article(self, url: str) -> bool:
        return prnews.is_item(url)

    def parse(self, response):
        """A list page: every news record on it, and the other pages of the same archive."""
        for link in self.item_links.extract_links(response):
            yield self.article_request(link.url, prnews.edit_time(link.url))
        archive = urlsplit(response.url).path
        for link in self.page_links.extract_links(response):
            if urlsplit(link.url).path == archive:
                yield self.listing_request(link.url)

    def parse_article(self, response):
        if prnews.is_item(response.url):
            yield archived_page(response)
