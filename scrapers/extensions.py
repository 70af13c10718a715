"""Extensions: one crawl-run row per spider run, with its verdict and the limits that cut it."""


from scrapy import signals

from pipeline.clock import utc_now
from pipeline.runs import RunSummary, assess, run_history

from .archive import crawl_archive
from .limits import cuts

RUN_ID_STAT = "archive/run_id"


class CrawlRunRecorder:
    """Opens a crawl_runs row when a spider starts and fills it in when the spider closes."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.archive = None  # the crawl's archive, known once every extension is built
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        self.archive = crawl_archive(self.crawler)
        run_id = self.archive.start_run(spider.name, utc_now())
        self.crawler.stats.set_value(RUN_ID_STAT, run_id)

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats
        summary = RunSummary(
            pages_fetched=_pages_fetched(stats),
            items_new=stats.get_value("archive/items_new", 0),
            items_changed=stats.get_value("archive/items_changed", 0),
            items_unchanged=stats.get_value("archive/items_unchanged", 0),
            errors=stats.get_value("archive/errors", 0),
            robots_forbidden=stats.get_value("robotstxt/forbidden", 0),
            finish_reason=reason,
            items_rejected=stats.get_value("archive/items_rejected", 0),
            cuts=cuts(stats.get_stats(), reason),
        )
        run_id = stats.get_value(RUN_ID_STAT)
        status, why = assess(summary, run_history(self.archive, spider.name, run_id))
        stats.set_value("archive/status", status)
        stats.set_value("archive/reason", why)
        self.archive.finish_run(
            run_id,
            finished_at=utc_now(),
            status=status,
            reason=why,
            pages_fetched=summary.pages_fetched,
            items_new=summary.items_new,
            items_changed=summary.items_changed,
            items_unchanged=summary.items_unchanged,
            items_rejected=summary.items_rejected,
            errors=summary.errors,
            cuts=summary.cuts,
        )


def _pages_fetched(stats) -> int:
    """Responses from the source itself: not robots.txt, which says nothing about whether the
    source is up, nor pages the HTTP cache stood in for when the download failed."""
    responses = stats.get_value("downloader/response_count", 0)
    stand_ins = stats.get_value("robotstxt/response_count", 0) + stats.get_value(
        "httpcache/errorrecovery", 0
    )
    return max(responses - stand_ins, 0)
