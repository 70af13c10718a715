"""The source configuration: every entry loads, names a known outlet and has a spider."""

import json

import pytest
from scrapy.spiderloader import SpiderLoader

from pipeline.rules import default_rules, load_rules
from pipeline.sites.config import SiteConfigError, sites_in
from pipeline.sites.prnews import PrNews
from scrapers.run import enabled_sources, project_settings
from scrapers.sources import SourceConfigError, load_sources
from scrapers.spiders.prnews import PrNewsSpider

from .conftest import ROOT

SOURCES = load_sources()
ISSUE_SOURCES = [
    "familie_in_nrw", "mkjfgfi_nrw", "land_nrw", "lvr", "lwl", "rp_online", "wz", "waz",
    "aachener_zeitung", "kreis_unna", "moenchengladbach", "kamp_lintfort",
]


def spider_loader() -> SpiderLoader:
    return SpiderLoader.from_settings(project_settings())


def test_every_source_of_the_issue_is_configured_and_enabled():
    assert [source.name for source in SOURCES] == ISSUE_SOURCES
    assert enabled_sources() == ISSUE_SOURCES


@pytest.mark.parametrize("source", SOURCES, ids=lambda source: source.name)
def test_every_source_names_an_outlet_of_the_registry(source):
    assert default_rules().outlets.get(source.outlet).id == source.outlet


@pytest.mark.parametrize("source", SOURCES, ids=lambda source: source.name)
def test_every_source_has_a_spider_with_its_politeness(source):
    spider = spider_loader().load(source.name)

    assert spider.name == source.name
    assert (spider.custom_settings or {}) == source.custom_settings()


@pytest.mark.parametrize(
    "source", [s for s in SOURCES if s.discovery != "prnews"], ids=lambda source: source.name
)
def test_every_generic_source_has_a_fixture_site_of_its_outlet(source):
    expected = json.loads((ROOT / "sample_site" / source.name / "expected.json").read_text())

    assert expected["outlet"] == source.outlet
    assert len(expected["items"]) >= 3


def test_the_pr_news_portal_is_a_configured_source_like_the_others():
    (entry,) = [source for source in SOURCES if source.discovery == "prnews"]
    spider = spider_loader().load(entry.name)(start_urls=None)

    assert isinstance(spider, PrNewsSpider)
    assert spider.outlet == entry.outlet == "nrw-familienministerium"
    assert spider.start_urls == list(entry.start_urls)
    assert spider.allowed_domains == list(entry.allowed_domains) == ["familie-in-nrw.de"]


def test_newspapers_and_only_newspapers_need_the_relevance_filter():
    registry = default_rules().outlets

    for source in SOURCES:
        newspaper = registry.get(source.outlet).kind == "newspaper"
        assert (source.relevance == "required") == newspaper, source.name


GOOD = """
name = "stadt_x"
outlet = "kreis-unna"
discovery = "list"
start_urls = ["https://example.org/news/"]
allowed_domains = ["example.org"]
article_pattern = '^/news/\\d+$'
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ('discovery = "crawl"',
         "source stadt_x discovery: expected one of feed, sitemap, list, prnews, got 'crawl'"),
        ('relevance = "maybe"',
         "source stadt_x relevance: expected one of required, none, got 'maybe'"),
        ("article_pattern = '(unclosed'",
         "source stadt_x: article_pattern: '(unclosed' is no regular expression RE2 accepts: "
         "missing ): (unclosed"),
        ("politeness = { delay = 3 }", 'source stadt_x [politeness]: unknown key "delay"'),
        ("colour = 'blue'", 'source stadt_x: unknown key "colour"'),
        ('name = "Stadt X"',
         "source Stadt X: name must be lower-case letters, digits and underscores"),
        ("prnews = { archive_paths = { 12 = '/archiv.html' } }",
         'source stadt_x: a prnews table needs discovery = "prnews"'),
    ],
)
def test_a_bad_entry_is_refused_with_its_reason(tmp_path, change, message):
    path = write_entry(tmp_path, GOOD, change)

    with pytest.raises(SourceConfigError) as error:
        load_sources(path)
    assert str(error.value) == f"{path}: {message}"


def write_entry(tmp_path, entry: str, change: str):
    """A sources file with one entry, `change` replacing the entry's line of the same key."""
    key = change.split(" =")[0]
    lines = [line for line in entry.strip().splitlines() if not line.startswith(f"{key} =")]
    path = tmp_path / "sources.toml"
    path.write_text("[[source]]\n" + "\n".join([*lines, change]) + "\n", "utf-8")
    return path


def test_a_name_used_twice_is_refused(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(f"[[source]]\n{GOOD}\n[[source]]\n{GOOD}", "utf-8")

    with pytest.raises(SourceConfigError) as error:
        load_sources(path)
    assert str(error.value) == f"{path}: source names used twice: stadt_x"


PORTAL = """
name = "familie_x"
outlet = "nrw-familienministerium"
discovery = "prnews"
start_urls = ["https://www.familie-x.example/archiv.html"]
allowed_domains = ["familie-x.example"]
prnews = { archive_paths = { 12 = "/archiv.html" } }
"""


def test_a_pr_news_portal_needs_no_article_pattern_and_gets_its_site(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(f"[[source]]\n{PORTAL}", "utf-8")

    (source,) = load_sources(path)

    assert source.article_pattern is None
    assert source.discovery == "prnews"
    assert sites_in(path) == [PrNews.portal(("familie-x.example",), {"12": "/archiv.html"})]
    assert load_rules(sources_file=path).sites.portals == tuple(sites_in(path))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("prnews = { archive_paths = { 12 = 'archiv.html' } }",
         "source familie_x: prnews.archive_paths: 12 = 'archiv.html': expected a page id "
         "(digits) = a path starting with /"),
        ("prnews = { archive_paths = { neu = '/archiv.html' } }",
         "source familie_x: prnews.archive_paths: neu = '/archiv.html': expected a page id "
         "(digits) = a path starting with /"),
        ("prnews = { archive_paths = ['/archiv.html'] }",
         "source familie_x: prnews.archive_paths must be a table of originalPid = path"),
        ("prnews = { archive = { 12 = '/archiv.html' } }",
         "source familie_x: unknown prnews setting(s): archive"),
        ("prnews = '/archiv.html'", "source familie_x: prnews must be a table"),
    ],
)
def test_a_bad_pr_news_entry_is_refused_naming_the_file_and_entry(tmp_path, change, message):
    path = write_entry(tmp_path, PORTAL, change)

    with pytest.raises(SourceConfigError) as by_the_crawl:
        load_sources(path)
    with pytest.raises(SiteConfigError) as by_the_pipeline:
        sites_in(path)
    assert str(by_the_crawl.value) == str(by_the_pipeline.value) == f"{path}: {message}"
