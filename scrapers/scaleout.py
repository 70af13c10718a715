"""Scale-out: several crawler processes (or machines) sharing one queue on scrapy-redis.

Each process runs the same spiders with `familienarchiv crawl --redis URL`; requests go to
one Redis queue and one set of seen fingerprints, so every page is fetched by one process only.
"""

import time

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured


def scale_out_settings(redis_url: str, idle_grace: float = 30.0) -> dict:
    """The settings that make a crawler process one worker of a shared crawl."""
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        # Without it the first process to finish deletes the shared queue and seen set, and the
        # others fetch again what it had fetched.
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": redis_url,
        "SHARED_QUEUE_IDLE_GRACE": idle_grace,
    }


def forget_last_crawl(redis_url: str, spiders: list[str]) -> None:
    """Empty the shared queues and seen sets, so tonight's crawl re-reads every listing.

    Run once before the night's workers start: with SCHEDULER_PERSIST the seen set outlives
    the crawl, and a listing seen last night would not be fetched again.
    """
    client = redis.Redis.from_url(redis_url)
    for spider in spiders:
        client.delete(f"{spider}:requests", f"{spider}:dupefilter")


class SharedQueueIdleGrace:
    """Keeps an idle spider open for a while: another worker may still add to the queue.

    A process whose queue runs dry would otherwise close while its peers are still parsing
    pages that lead to more requests. Enabled by SHARED_QUEUE_IDLE_GRACE (seconds); an idle
    engine looks at the queue again only every 5 seconds, so a grace below that ends it early.
    """

    def __init__(self, crawler, grace: float):
        self.grace = grace
        self.last_busy = time.monotonic()
        crawler.signals.connect(self.busy, signal=signals.spider_opened)
        crawler.signals.connect(self.busy, signal=signals.request_scheduled)
        crawler.signals.connect(self.busy, signal=signals.response_received)
        crawler.signals.connect(self.idle, signal=signals.spider_idle)

    @classmethod
    def from_crawler(cls, crawler):
        grace = crawler.settings.getfloat("SHARED_QUEUE_IDLE_GRACE")
        if grace <= 0:
            raise NotConfigured("not a worker of a shared crawl")
        return cls(crawler, grace)

    def busy(self, *args, **kwargs) -> None:
        self.last_busy = time.monotonic()

    def idle(self, spider) -> None:
        if time.monotonic() - self.last_busy < self.grace:
            raise DontCloseSpider
