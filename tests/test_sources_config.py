"""The source configuration: every entry loads, names a known outlet and has a spider."""

import json

import pytest
from scrapy.spiderloader import SpiderLoader

from pipeline.rules import default_rules
from scrapers.run import enabled_sources, project_settings
from scrapers.sources import SourceConfigError, load_sources
from scrapers.spiders.familie_in_nrw import FamilieInNrwSpider

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
    "source", [s for s in SOURCES if s.discovery != "spider"], ids=lambda source: source.name
)
def test_every_generic_source_has_a_fixture_site_of_its_outlet(source):
    expected = json.loads((ROOT / "sample_site" / source.name / "expected.json").read_text())

    assert expected["outlet"] == source.outlet
    assert len(expected["items"]) >= 3


def test_the_hand_written_spider_agrees_with_its_entry():
    (entry,) = [source for source in SOURCES if source.discovery == "spider"]

    assert spider_loader().load(entry.name) is FamilieInNrwSpider
    assert FamilieInNrwSpider.outlet == entry.outlet
    assert FamilieInNrwSpider.start_urls == list(entry.start_urls)
    assert FamilieInNrwSpider.allowed_domains == list(entry.allowed_domains)


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
         "source stadt_x: discovery must be one of feed, sitemap, list, spider, not 'crawl'"),
        ('relevance = "maybe"',
         "source stadt_x: relevance must be one of required, none, not 'maybe'"),
        ("article_pattern = '(unclosed'",
         "source stadt_x: bad pattern '(unclosed': missing ), unterminated subpattern "
         "at position 0"),
        ("politeness = { delay = 3 }", "source stadt_x: unknown politeness setting(s): delay"),
        ("colour = 'blue'",
         "source stadt_x: Source.__init__() got an unexpected keyword argument 'colour'"),
        ('name = "Stadt X"',
         "source Stadt X: name must be lower-case letters, digits and underscores"),
    ],
)
def test_a_bad_entry_is_refused_with_its_reason(tmp_path, change, message):
    key = change.split(" =")[0]
    lines = [line for line in GOOD.strip().splitlines() if not line.startswith(f"{key} =")]
    path = tmp_path / "sources.toml"
    path.write_text("[[source]]\n" + "\n".join([*lines, change]) + "\n", "utf-8")

    with pytest.raises(SourceConfigError) as error:
        load_sources(path)
    assert str(error.value) == message


def test_a_name_used_twice_is_refused(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(f"[[source]]\n{GOOD}\n[[source]]\n{GOOD}", "utf-8")

    with pytest.raises(SourceConfigError, match="^source names used twice: stadt_x$"):
        load_sources(path)
