"""Item pipelines: thin adapters from Scrapy items to the plain-Python archive."""

import logging
import sqlite3

from scrapy import signals
from scrapy.utils.defer import deferred_from_coro

from pipeline.clock import utc_now
from pipeline.extract import ExtractionError
from pipeline.identity import record_id
from pipeline.rawstore import StoredResponse
from pipeline.record import LISTED_ID, NotRelevant, PageNotArchived, save_page
from pipeline.rules import Rules

from .archive import crawl_archive
from .extensions import RUN_ID_STAT
from .items import FetchFailure
from .rules import crawl_rules

logger = logging.getLogger(__name__)


class ArchivePipeline:
    """Turns each fetched page into a record in the archive; keeps failures on record."""

    def __init__(self, crawler, rules: Rules):
        self.crawler = crawler
        self.stats = crawler.stats
        self.rules = rules
        self.archive = crawl_archive(crawler)
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawl_rules(crawler))

    def open_spider(self):
        self.archive.sync_outlets(self.rules.outlets)

    def process_item(self, item):
        if isinstance(item, FetchFailure):
            self._record_error(item.url, item.status, item.message, item.at)
        elif isinstance(item, StoredResponse):
            self._archive(item)
        return item

    def request_dropped(self, request):
        """A redirect back to a page already asked for is dropped by the duplicate filter,
        without an errback: a redirect loop, which must be on record like any failure."""
        chain = request.meta.get("redirect_urls")
        if chain:
            loop = " -> ".join([*chain, request.url])
            self._record_error(chain[0], None, f"redirect loop: {loop}", utc_now())

    def _archive(self, page: StoredResponse):
        try:
            outcome = save_page(self.archive, page, self.rules)
        except sqlite3.OperationalError as error:
            if "full" not in str(error):
                raise
            # Nothing more can be kept tonight; stop rather than fetch pages that would be lost.
            logger.error("the archive database is full: %s (%s)", error, page.url)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_full"))
            return
        except NotRelevant as reason:
            self._record_rejection(page, str(reason))
            return
        except (ExtractionError, PageNotArchived) as error:
            self._record_error(page.url, page.status, str(error), page.fetched_at)
            return
        self.stats.inc_value(f"archive/items_{outcome}")

    def _record_rejection(self, page: StoredResponse, reason: str):
        logger.info("left out: %s: %s", page.url, reason)
        self.stats.inc_value("archive/items_rejected")
        self.archive.record_rejection(
            record_id(page.url, rules=self.rules), source=page.extra.get("source"),
            url=page.url, checked_at=page.fetched_at, reason=reason,
            listed_id=page.extra.get(LISTED_ID),
        )

    def _record_error(self, url, status, message, at):
        logger.warning("not archived: %s: %s", url, message)
        self.stats.inc_value("archive/errors")
        self.archive.record_error(self.stats.get_value(RUN_ID_STAT), url, status, message, at)
