"""One archive connection per crawler: the extension opens it, the components share it.

Each check builds a crawler in its own process, where installing Twisted's reactor harms no
other test.
"""

import pytest

from pipeline.archive import Archive

from .conftest import run_crawler_script, without_extension
from .test_faults_archive_tools import damage_an_index_page
from .test_storage import article

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
        "True m024_search_separable_verbs")


def test_without_the_extension_the_components_say_what_is_missing(tmp_path):
    assert run_crawler_script(WITHOUT_EXTENSION, tmp_path / "archive.db") == (
        "the OpenArchive extension is not enabled (scrapers.archive)"
    )
    assert not (tmp_path / "archive.db").exists()


OPEN_DAMAGED = """
import sys
from scrapy.utils.reactor import install_reactor
from scrapy.utils.test import get_crawler
from pipeline.archive import ArchiveDamaged
from scrapers.archive import OpenArchive
from scrapers.run import project_settings
from scrapers.spiders.generic import SourceSpider

settings = project_settings({"ARCHIVE_PATH": sys.argv[1], "ARCHIVE_CHECKED": sys.argv[2]})
install_reactor(settings["TWISTED_REACTOR"])
try:
    crawler = get_crawler(SourceSpider, settings.copy_to_dict())
    print("opened", crawler.get_extension(OpenArchive).archive.db["articles"].count)
except ArchiveDamaged as error:
    print("refused:", str(error).split(" is damaged: ")[1].split(":")[0])
"""


def test_a_crawler_checks_the_archive_unless_its_command_did(tmp_path):
    """Each crawler reads the whole file for quick_check, unless the crawl command checked it
    once for all of them (ARCHIVE_CHECKED): a night reads it once."""
    path = tmp_path / "archive.db"
    with Archive.open(path) as archive:
        archive.save_article(article(), [])
    damage_an_index_page(path)

    assert run_crawler_script(OPEN_DAMAGED, path, "False") == "refused: quick_check"
    assert run_crawler_script(OPEN_DAMAGED, path, "True") == "opened 1"
