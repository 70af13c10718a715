"""The crawl's one archive: opened and migrated once per crawler, shared by its components."""

from scrapy import signals
from scrapy.exceptions import NotConfigured

from pipeline.archive import Archive


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
        extension = cls(Archive.open(path))
        # After spider_closed, where the recorder and the pipeline still write.
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def engine_stopped(self):
        self.archive.close()


def crawl_archive(crawler) -> Archive:
    """The archive the OpenArchive extension opened for this crawler."""
    extension = crawler.get_extension(OpenArchive)
    if extension is None:
        raise NotConfigured("the OpenArchive extension is not enabled (scrapers.archive)")
    return extension.archive
