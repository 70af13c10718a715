"""Run spiders in one Scrapy process and report each source's verdict."""

from dataclasses import dataclass

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader


@dataclass(frozen=True)
class SourceResult:
    spider: str
    status: str  # "ok" | "failed"
    reason: str | None
    stats: dict

    def line(self) -> str:
        """One line for a person reading the night's log."""
        if self.status != "ok":
            return f"{self.spider}: FAILED: {self.reason}"
        counts = ", ".join(
            f"{self.stats.get(f'archive/items_{kind}', 0)} {kind}"
            for kind in ("new", "changed", "unchanged")
        )
        errors = self.stats.get("archive/errors", 0)
        return f"{self.spider}: ok: {counts}, {errors} errors"


def project_settings(overrides: dict | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


def spider_names(settings: Settings) -> list[str]:
    return sorted(SpiderLoader.from_settings(settings).list())


def run_crawl(spiders: list[str], settings: Settings, spider_args: dict | None = None):
    """Crawl the given spiders concurrently; one SourceResult per spider, in the given order."""
    process = CrawlerProcess(settings)
    crawlers = []
    for name in spiders:
        crawler = process.create_crawler(name)
        crawlers.append(crawler)
        process.crawl(crawler, **(spider_args or {}))
    process.start()
    return [
        _result(name, crawler.stats.get_stats())
        for name, crawler in zip(spiders, crawlers, strict=True)
    ]


def _result(spider: str, stats: dict) -> SourceResult:
    status = stats.get("archive/status")
    if status is None:  # the run never reached its end: the recorder did not see it close
        return SourceResult(spider, "failed", "the crawl did not finish", stats)
    return SourceResult(spider, status, stats.get("archive/reason"), stats)
