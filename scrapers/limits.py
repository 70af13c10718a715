"""Crawl limits: what a hostile or runaway site is cut to, and the count of every cut.

The limits are settings (scrapers/settings.py) a source may override (sources.toml `limits`).
Scrapy enforces most of them itself; this module counts each cut under `limits/<name>` in the
crawler's stats, which the run recorder (scrapers/extensions.py) writes into the run's row.
"""

import logging

from scrapy import Request
from scrapy.exceptions import NotConfigured

from pipeline.runs import LIMIT_ENDS

logger = logging.getLogger(__name__)

CUT_STAT = "limits/"
# Scrapy's own count of requests its depth limit dropped.
DEPTH_CUT_STAT = "depth/request_ignored_count"


def record_cut(crawler, limit: str, url: str, detail: str) -> None:
    """Count one cut of `limit` (a sources.toml limit name) and say so in the log."""
    crawler.stats.inc_value(CUT_STAT + limit)
    logger.warning("cut by %s: %s: %s", limit, url, detail)


def cuts(stats: dict, finish_reason: str) -> dict[str, int]:
    """Every limit that cut the run, and how often (from the crawler's stats)."""
    found = {key.removeprefix(CUT_STAT): count for key, count in stats.items()
             if key.startswith(CUT_STAT) and count}  # fmt: skip
    if stats.get(DEPTH_CUT_STAT):
        found["max_depth"] = stats[DEPTH_CUT_STAT]
    if finish_reason in LIMIT_ENDS:
        found[LIMIT_ENDS[finish_reason]] = 1
    return dict(sorted(found.items()))


def is_size_cut(failure) -> bool:
    """Whether a failed download was cut by DOWNLOAD_MAXSIZE (while downloading or unzipping).

    Scrapy says so only in its messages: a cancelled download "larger than download max size",
    an ignored response that "exceeded DOWNLOAD_MAXSIZE" when decompressed.
    """
    message = failure.getErrorMessage()
    return "larger than download max size" in message or "exceeded DOWNLOAD_MAXSIZE" in message


class LinkLimitMiddleware:
    """Follows at most CRAWL_MAX_LINKS_PER_PAGE links of one page; the rest are a recorded cut."""

    def __init__(self, crawler, limit: int):
        self.crawler = crawler
        self.limit = limit

    @classmethod
    def from_crawler(cls, crawler):
        limit = crawler.settings.getint("CRAWL_MAX_LINKS_PER_PAGE")
        if limit <= 0:
            raise NotConfigured("CRAWL_MAX_LINKS_PER_PAGE is not set")
        return cls(crawler, limit)

    async def process_spider_output(self, response, result):
        taken = 0
        async for output in result:
            if response is not None and isinstance(output, Request):
                if taken == self.limit:
                    # Not reading on: a page of a million links would cost the night its memory.
                    record_cut(self.crawler, "max_links_per_page", response.url,
                               f"more than {self.limit} links; the rest not followed")
                    return
                taken += 1
            yield output
