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
            _check(path, full_check_days(crawler.settings), crawler.stats)
        extension = cls(Archive.open(path))
        # After spider_closed, where the recorder and the pipeline still write.
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def engine_stopped(self):
        self.archive.close()


class FullCheckDaysError(ValueError):
    """ARCHIVE_FULL_CHECK_DAYS is not a whole number of days in range."""


def full_check_days(settings) -> int:
    """ARCHIVE_FULL_CHECK_DAYS: a whole number of days from 0 (every night) to 366."""
    value = settings.get("ARCHIVE_FULL_CHECK_DAYS")
    try:
        days = int(str(value).strip())
    except ValueError:
        days = -1
    if not 0 <= days <= 366:
        raise FullCheckDaysError(f"ARCHIVE_FULL_CHECK_DAYS must be a whole number of days from 0 "
                            f"(every night) to 366, not {value!r}")
    return days


def _check(path: str, full_every_days: int, stats) -> None:
    """Stop the night before it starts when the archive fails its check (pipeline.archive.
    checks): crawling into a damaged file would only add to the damage. The run's verdict says
    why, in one line."""
    try:
        Archive.check_before_night(path, full_every_days)
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
