"""One rules object per crawler: the extension loads it from the settings, the components share it.

Each check that builds a crawler does so in its own process, where installing Twisted's reactor
harms no other test.
"""

import shutil

import pytest
from scrapy.settings import Settings

from pipeline.identity import canonical_url
from pipeline.rules import DATA_DIR, default_rules
from pipeline.sites import SiteRegistry
from scrapers.rules import rules_for

from .conftest import run_crawler_script, without_extension

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

PORTAL = """
[[source]]
name = "familie_sachsen"
outlet = "land-nrw"
discovery = "prnews"
start_urls = ["https://www.familie.sachsen.example/aktuelles/archiv.html"]
allowed_domains = ["familie.sachsen.example"]
prnews = { archive_paths = { 31 = "/aktuelles/archiv.html" } }
"""
# Record 7 of the portal's archive 31, as linked from its press list.
LISTED = ("https://www.familie.sachsen.example/presse.html?tx_prnews[showUid]=7"
          "&tx_prnews[originalPid]=31&tx_prnews[tstamp]=1702000000")
FILED = ("https://www.familie.sachsen.example/aktuelles/archiv.html?tx_prnews[showUid]=7"
         "&tx_prnews[originalPid]=31&cHash=abc")

CRAWLER = """
import sys
from scrapy import Request
from scrapy.utils.reactor import install_reactor
from scrapy.utils.test import get_crawler
from pipeline.identity import record_id
from pipeline.rules import default_rules, load_rules
from scrapers.middlewares import SkipUnchangedArticlesMiddleware
from scrapers.pipelines import ArchivePipeline
from scrapers.rules import crawl_rules
from scrapers.run import project_settings
from scrapers.sources import load_sources
from scrapers.spiders.configured import spider_class

archive, sources_file, listed, filed = sys.argv[1:]
overrides = {"ARCHIVE_PATH": archive}
if sources_file:
    overrides["SOURCES_FILE"] = sources_file
settings = project_settings(overrides)
install_reactor(settings["TWISTED_REACTOR"])
spider = spider_class(load_sources(sources_file)[0]) if sources_file else None
"""

SHARED = CRAWLER + """
crawler = get_crawler(spider, settings.copy_to_dict())
rules = crawl_rules(crawler)
source_spider = crawler.spidercls.from_crawler(crawler)
users = [source_spider.rules, ArchivePipeline.from_crawler(crawler).rules]
middleware = SkipUnchangedArticlesMiddleware.from_crawler(crawler)
request = source_spider.article_request(listed)
fingerprints = {crawler.request_fingerprinter.fingerprint(Request(url)) for url in (listed, filed)}
print(all(user is rules for user in users), middleware.sites is rules.sites,
      rules.sites == load_rules(sources_file=sources_file).sites,
      request.meta["article_id"] == record_id(listed, rules=rules) != record_id(listed),
      middleware.sites.for_url(listed).lists_edit_times, len(fingerprints))
"""

DEFAULT = CRAWLER + """
from scrapers.spiders.generic import SourceSpider
crawler = get_crawler(SourceSpider, settings.copy_to_dict())
print(crawl_rules(crawler) is default_rules())
"""

WITHOUT_EXTENSION = without_extension(
    "scrapers.rules.CrawlRules", "scrapers.pipelines.ArchivePipeline"
)


def test_every_component_names_records_by_the_sources_file_the_settings_give(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(PORTAL, "utf-8")

    # the spider, the pipeline and the skip middleware share one rules object; the spider's
    # ARTICLE_ID is the portal's, and its two links to record 7 are one request
    assert run_crawler_script(SHARED, tmp_path / "archive.db", sources, LISTED, FILED) == (
        "True True True True True 1"
    )


def test_without_a_sources_file_the_crawl_uses_the_shipped_rules_read_once(tmp_path):
    assert run_crawler_script(DEFAULT, tmp_path / "archive.db", "", LISTED, FILED) == "True"


def test_without_the_extension_the_components_say_what_is_missing(tmp_path):
    assert run_crawler_script(WITHOUT_EXTENSION, tmp_path / "archive.db") == (
        "the CrawlRules extension is not enabled (scrapers.rules)"
    )


def test_the_settings_name_the_data_directory_and_the_sources_file(tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    noise = data_dir / "url_noise.toml"
    noise.write_text(noise.read_text("utf-8").replace('"ref", ', '"ref", "sessionid", '), "utf-8")
    sources = tmp_path / "sources.toml"
    sources.write_text(PORTAL, "utf-8")
    url = "https://www.kempen.de/meldung?id=7&sessionid=abc"

    own_data = rules_for(Settings({"RULES_DATA_DIR": str(data_dir)}))
    own_sources = rules_for(Settings({"SOURCES_FILE": str(sources)}))

    assert canonical_url(url, rules=own_data) == "https://www.kempen.de/meldung?id=7"
    assert own_data.sites == default_rules().sites
    assert canonical_url(url, rules=own_sources) == url
    assert own_sources.sites == SiteRegistry.load(sources) != default_rules().sites
    assert rules_for(Settings({"SOURCES_FILE": None})) is default_rules()
