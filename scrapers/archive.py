"""The crawl's one archive: opened and migrated once per crawler, shared by its components."""

from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from pipeline.archive import Archive, ArchiveDamaged

# The crawl stat of a night stopped because the archive failed quick_check.
ARCHIVE_DAMAGED = "archive/archive_damaged"


class OpenArchive:
    """Opens the archive at ARCHIVE_PATH when the crawler starts and closes it when it stops.

    The skip middleware, the run recorder and the item pipeline all use this one connection
    (`crawl_archive`), so a crawler migrates once and holds one connection, not three.
    """

    def __init__(self, archive: Archive):
        self.archive = archive

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("ARCHIVE_PATH")
        if not path:
            raise NotConfigured("ARCHIVE_PATH is not set")
        if Path(path).exists() and not crawler.settings.getbool("ARCHIVE_CHECKED"):
            _check(path, crawler.stats)
        extension = cls(Archive.open(path))
        # After spider_closed, where the recorder and the pipeline still write.
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def engine_stopped(self):
        self.archive.close()


def _check(path: str, stats) -> None:
    """Stop the night before it starts when the archive fails quick_check: crawling into a
    damaged file would only add to the damage. The run's verdict says why, in one line."""
    with Archive.open_readonly(path) as existing:
        try:
            existing.quick_check()
        except ArchiveDamaged as error:
            stats.set_value(ARCHIVE_DAMAGED, True)
            stats.set_value("archive/status", "failed")
            stats.set_value("archive/reason", str(error))
            raise


def crawl_archive(crawler) -> Archive:
    """The archive the OpenArchive extension opened for this crawler."""
    extension = crawler.get_extension(OpenArchive)
    if extension is None:
        raise NotConfigured("the OpenArchive extension is not enabled (scrapers.archive)")
    return extension.archive
