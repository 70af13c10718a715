"""One archive connection per crawler: the extension opens it, the components share it.

Each check builds a crawler in its own process, where installing Twisted's reactor harms no
other test.
"""

import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

SHARED = """
import sys
from scrapy.utils.reactor import install_reactor
from scrapy.utils.test import get_crawler
from scrapers.archive import OpenArchive
from scrapers.middlewares import SkipUnchangedArticlesMiddleware
from scrapers.pipelines import ArchivePipeline
from scrapers.run import project_settings
from scrapers.spiders.generic import SourceSpider

settings = project_settings({"ARCHIVE_PATH": sys.argv[1]})
install_reactor(settings["TWISTED_REACTOR"])
crawler = get_crawler(SourceSpider, settings.copy_to_dict())
opened = crawler.get_extension(OpenArchive).archive
users = [SkipUnchangedArticlesMiddleware.from_crawler(crawler),
         ArchivePipeline.from_crawler(crawler)]
print(all(user.archive is opened for user in users), opened.applied_migrations[-1])
"""

WITHOUT_EXTENSION = """
import sys
from scrapy.exceptions import NotConfigured
from scrapy.utils.reactor import install_reactor
from scrapy.utils.test import get_crawler
from scrapers.middlewares import SkipUnchangedArticlesMiddleware
from scrapers.run import project_settings
from scrapers.spiders.generic import SourceSpider

settings = project_settings({"ARCHIVE_PATH": sys.argv[1], "EXTENSIONS": {
    "scrapers.archive.OpenArchive": None}})
install_reactor(settings["TWISTED_REACTOR"])
crawler = get_crawler(SourceSpider, settings.copy_to_dict())
try:
    SkipUnchangedArticlesMiddleware.from_crawler(crawler)
except NotConfigured as error:
    print(error)
"""


def run(script: str, *args) -> str:
    done = subprocess.run([sys.executable, "-c", script, *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_middleware_and_the_pipeline_share_the_extensions_migrated_archive(tmp_path):
    assert run(SHARED, tmp_path / "archive.db") == "True m011_crawl_limits"


def test_without_the_extension_the_components_say_what_is_missing(tmp_path):
    assert run(WITHOUT_EXTENSION, tmp_path / "archive.db") == (
        "the OpenArchive extension is not enabled (scrapers.archive)"
    )
    assert not (tmp_path / "archive.db").exists()
