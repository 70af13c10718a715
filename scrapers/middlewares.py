"""Downloader middlewares: skip what the archive holds, retry with backoff, keep raw pages."""

import asyncio
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.response import response_status_message

from pipeline.clock import utc_now
from pipeline.rawstore import WarcWriter
from pipeline.record import LISTED_ID

from .archive import crawl_archive
from .rules import crawl_rules

# Request meta keys the spiders set on article requests.
ARTICLE_ID = "article_id"
LISTED_VERSION = "listed_version"
# True: an archived article is not fetched again unless its listed version is newer.
SKIP_IF_ARCHIVED = "skip_if_archived"
# "required" on items that must pass the relevance filter; copied into the WARC record.
RELEVANCE = "relevance"
# Request meta key under which the WARC recorder leaves where it wrote the response.
WARC_RECORD = "warc_record"


class SkipUnchangedArticlesMiddleware:
    """Drops article requests for articles the archive holds as listed.

    Incremental crawls re-read list pages but fetch an article only when it is new or its
    list entry says it was edited since it was archived: where the site's listings name each
    record's exact edit time (pr_news), the listed time differs from the record's; for feeds
    and sitemaps (SKIP_IF_ARCHIVED) the entry's lastmod/updated is later than the archive's
    last check of it.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.archive = crawl_archive(crawler)
        self.sites = crawl_rules(crawler).sites

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        article_id = request.meta.get(ARTICLE_ID)
        if article_id is None or not self._unchanged(request, article_id):
            return None
        self.crawler.stats.inc_value("archive/items_unchanged")
        raise IgnoreRequest(f"archived and unchanged: {request.url}")

    def _unchanged(self, request, article_id: str) -> bool:
        listed = request.meta.get(LISTED_VERSION)
        if self.sites.for_url(request.url).lists_edit_times:
            return listed is not None and self.archive.article_version(article_id) == listed
        return bool(request.meta.get(SKIP_IF_ARCHIVED)) and self._archived_since(article_id, listed)

    def _archived_since(self, article_id: str, listed: str | None) -> bool:
        """Whether the archive holds (or left out) the article since `listed` or earlier."""
        checked = self.archive.last_checked(article_id)
        if checked is None:
            return False
        listed_at = _utc(listed)
        return listed_at is None or listed_at <= _utc(checked)



class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, each one waiting longer than the last (and as long as Retry-After asks)."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX")

    async def process_response(self, request, response):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await asyncio.sleep(self._delay(retry, response.headers.get("Retry-After")))
        return retry

    async def process_exception(self, request, exception):
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await asyncio.sleep(self._delay(retry, None))
        return retry

    def _delay(self, retry, retry_after) -> float:
        attempt = retry.meta.get("retry_times", 1)
        delay = self.backoff_base * 2 ** (attempt - 1)
        return min(max(delay, _seconds(retry_after)), self.backoff_max)


def _utc(stamp: str | None) -> datetime | None:
    """An ISO 8601 day or time as an aware UTC time (a day as its start); None if unreadable."""
    try:
        value = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return None
    return value.replace(tzinfo=value.tzinfo or UTC).astimezone(UTC)


def _seconds(retry_after: bytes | None) -> float:
    """Retry-After as seconds: either a number or an HTTP date."""
    if not retry_after:
        return 0.0
    value = retry_after.decode("latin-1").strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


class WarcRecorderMiddleware:
    """Writes every response, as the application received it, to the crawl's WARC file."""

    def __init__(self, crawler, directory: Path):
        self.crawler = crawler
        self.writer = WarcWriter(directory, prefix=crawler.spidercls.name)
        crawler.signals.connect(self.writer.close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        directory = crawler.settings.get("WARC_DIR")
        if not directory:
            raise NotConfigured("WARC_DIR is not set")
        return cls(crawler, Path(directory))

    def process_response(self, request, response):
        if "cached" in response.flags:
            return response  # a listing the site answered with 304: its copy is on record
        spider = self.crawler.spider
        fetched_at = utc_now()
        extra = {
            "source": spider.name,
            "role": "article" if ARTICLE_ID in request.meta else "page",
        }
        if getattr(spider, "outlet", None):
            extra["outlet"] = spider.outlet
        if request.meta.get(RELEVANCE):
            extra["relevance"] = request.meta[RELEVANCE]
        if request.meta.get(ARTICLE_ID):
            # The archive keeps it as an alias when the page turns out to have another id.
            extra[LISTED_ID] = request.meta[ARTICLE_ID]
        headers = [
            (key.decode("latin-1"), value.decode("latin-1"))
            for key, values in response.headers.items()
            for value in values
        ]
        warc_file, offset = self.writer.write_response(
            response.url, response.status, headers, response.body, fetched_at, extra
        )
        request.meta[WARC_RECORD] = {
            "warc_file": warc_file,
            "warc_offset": offset,
            "fetched_at": fetched_at,
            "headers": headers,
            "extra": extra,
        }
        return response
