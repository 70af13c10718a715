"""Run spiders in one Scrapy process and report each source's verdict.

`familienarchiv crawl` (pipeline/cli.py) is the nightly job built on this: every enabled source
of scrapers/sources.toml at once, one crawl-run row each.
"""

from dataclasses import dataclass
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from .sources import load_sources
from .spiders.configured import spider_class


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
        rejected = self.stats.get("archive/items_rejected", 0)
        return f"{self.spider}: ok: {counts}, {errors} errors, {rejected} rejected"


def project_settings(overrides: dict | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


def spider_names(settings: Settings) -> list[str]:
    return sorted(SpiderLoader.from_settings(settings).list())


def enabled_sources() -> list[str]:
    """The names of the sources a nightly crawl covers, in the configuration's order."""
    return [source.name for source in load_sources() if source.enabled]


def run_crawl(
    spiders: list,
    settings: Settings,
    spider_args: dict | None = None,
    start_urls: dict[str, str] | None = None,
):
    """Crawl the given spiders (names or classes) concurrently; one SourceResult each, in order.

    `start_urls` maps a spider to its own comma-separated start URLs (a mirror, a local copy);
    it wins over a `start_urls` in spider_args, which applies to every spider.
    """
    process = CrawlerProcess(settings)
    crawlers = []
    for spider in spiders:
        crawler = process.create_crawler(spider)
        crawlers.append(crawler)
        name = crawler.spidercls.name
        args = dict(spider_args or {})
        if start_urls and name in start_urls:
            args["start_urls"] = start_urls[name]
        process.crawl(crawler, **args)
    process.start()
    return [_result(crawler.spidercls.name, crawler.stats.get_stats()) for crawler in crawlers]


def _result(spider: str, stats: dict) -> SourceResult:
    status = stats.get("archive/status")
    if status is None:  # the run never reached its end: the recorder did not see it close
        return SourceResult(spider, "failed", "the crawl did not finish", stats)
    return SourceResult(spider, status, stats.get("archive/reason"), stats)


def select_spiders(names: list[str], sources_file: Path | None = None) -> list:
    """Spider names of the project's sources, or spider classes made from another file's."""
    if sources_file is None:
        return names or enabled_sources()
    sources = load_sources(sources_file)
    chosen = [s for s in sources if s.name in names] if names else [s for s in sources if s.enabled]
    return [spider_class(source) for source in chosen]

