"""One archive connection per crawler: the extension opens it, the components share it.

Each check builds a crawler in its own process, where installing Twisted's reactor harms no
other test.
"""


import pytest

from .conftest import run_crawler_script, without_extension

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

WITHOUT_EXTENSION = without_extension(
    "scrapers.archive.OpenArchive", "scrapers.middlewares.SkipUnchangedArticlesMiddleware"
)


def test_the_middleware_and_the_pipeline_share_the_extensions_migrated_archive(tmp_path):
    assert run_crawler_script(SHARED, tmp_path / "archive.db") == (
        "True m014_search_inner_compounds")


def test_without_the_extension_the_components_say_what_is_missing(tmp_path):
    assert run_crawler_script(WITHOUT_EXTENSION, tmp_path / "archive.db") == (
        "the OpenArchive extension is not enabled (scrapers.archive)"
    )
    assert not (tmp_path / "archive.db").exists()
