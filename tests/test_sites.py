"""The publishing-system registry: which system a URL or a page belongs to, and its rules."""

from urllib.parse import urlsplit

import pytest

from pipeline.extract import extract_page
from pipeline.extract.decode import decode_html
from pipeline.extract.parse import parse_html
from pipeline.identity import canonical_url, record_id
from pipeline.rules import SOURCES_FILE, default_rules, load_rules
from pipeline.sites import GENERIC, SiteRegistry
from pipeline.sites.prnews import PrNews, edit_time, is_item

from .conftest import ROOT, SAMPLE

LIVE = "https://www.familie-in-nrw.de"
FOUNDING = (f"{LIVE}/archiv-neues-kommunen.html?tx_prnews[showUid]=484"
            "&tx_prnews[originalPid]=2488&tx_prnews[tstamp]=1327493962")
# A record of the Kommunen archive (pid 2488), linked from the Meldungen list.
CROSS_LISTED = (f"{LIVE}/archiv-meldungen.html?tx_prnews[showUid]=897"
                "&tx_prnews[originalPid]=2488&tx_prnews[tstamp]=1443768425")
FAMILIE_IN_NRW = PrNews.portal(("familie-in-nrw.de",), {
    "2488": "/archiv-neues-kommunen.html", "1669": "/archiv-meldungen.html",
})
OTHER_PORTAL = PrNews.portal(("familie.sachsen.example",), {"31": "/aktuelles/archiv.html"})
# The sources of another sources file: a pr_news portal and a site read from its feed.
OTHER_SOURCES = """
[[source]]
name = "familie_sachsen"
outlet = "land-nrw"
discovery = "prnews"
start_urls = ["https://www.familie.sachsen.example/aktuelles/archiv.html"]
allowed_domains = ["familie.sachsen.example"]
prnews = { archive_paths = { 31 = "/aktuelles/archiv.html" } }

[[source]]
name = "stadt_x"
outlet = "land-nrw"
discovery = "feed"
start_urls = ["https://www.stadt-x.example/feed.xml"]
allowed_domains = ["stadt-x.example"]
article_pattern = "/news/"
"""
SITES = default_rules().sites  # the project's sources file's


@pytest.fixture
def other_rules(tmp_path):
    """The shipped rules with the sites of another sources file."""
    sources = tmp_path / "sources.toml"
    sources.write_text(OTHER_SOURCES, "utf-8")
    return load_rules(sources_file=sources)


def tree_of(path) -> object:
    return parse_html(decode_html(path.read_bytes(), None))


def test_the_configured_portal_claims_its_hosts_links():
    for url in (FOUNDING, f"{LIVE}/archiv-meldungen.html?tx_prnews[pointer]=1",
                "http://familie-in-nrw.de/impressum.html"):
        assert SITES.for_url(url) == FAMILIE_IN_NRW, url


def test_a_copy_of_the_portal_is_known_by_its_archive_paths():
    copy = CROSS_LISTED.replace(LIVE, "http://127.0.0.1:8002")

    assert SITES.for_url(copy) == FAMILIE_IN_NRW
    assert canonical_url(copy) == (
        "http://127.0.0.1:8002/archiv-neues-kommunen.html"
        "?tx_prnews[originalPid]=2488&tx_prnews[showUid]=897"
    )


def test_a_pr_news_link_on_an_unknown_host_gets_the_systems_rules_without_a_portals_map():
    url = ("https://news.example.org/index.php?id=9&tx_prnews[showUid]=12"
           "&tx_prnews[originalPid]=2488&cHash=abc")

    assert SITES.for_url(url) == PrNews()
    assert canonical_url(url) == (
        "https://news.example.org/index.php?tx_prnews[originalPid]=2488&tx_prnews[showUid]=12"
    )


@pytest.mark.parametrize("url", [
    "https://rp-online.de/nrw/staedte/kempen/netzwerk_aid-1",
    "http://127.0.0.1:8002/archiv-meldungen.html?tx_prnews[pointer]=1",
    "not a url",
])
def test_an_unknown_site_falls_back_to_generic(url):
    assert SITES.for_url(url) is GENERIC
    assert GENERIC.item_address(url) is None
    assert GENERIC.trusts_declared_canonical(url)


def test_the_default_rules_know_the_portals_of_the_projects_sources_file():
    assert default_rules().sites == SiteRegistry.load(SOURCES_FILE)
    assert SITES.portals == (FAMILIE_IN_NRW,)


def test_a_portal_of_another_sources_file_is_found_and_its_map_applies(other_rules):
    url = ("https://www.familie.sachsen.example/presse.html?tx_prnews[showUid]=7"
           "&tx_prnews[originalPid]=31&tx_prnews[tstamp]=1702000000")

    assert other_rules.sites.portals == (OTHER_PORTAL,)  # the feed source is no portal
    assert other_rules.sites.for_url(url) == OTHER_PORTAL
    assert canonical_url(url, rules=other_rules) == (
        "https://www.familie.sachsen.example/aktuelles/archiv.html"
        "?tx_prnews[originalPid]=31&tx_prnews[showUid]=7"
    )
    # rules are passed in, not registered: the default rules still know only their own portals
    assert SITES.for_url(url) == PrNews()
    assert canonical_url(url).startswith("https://www.familie.sachsen.example/presse.html?")
    assert record_id(url, rules=other_rules) != record_id(url)


def test_one_portals_map_does_not_apply_to_another_portal(other_rules):
    url = "https://www.familie.sachsen.example/presse.html?tx_prnews[showUid]=7" \
          "&tx_prnews[originalPid]=2488"

    assert urlsplit(canonical_url(url, rules=other_rules)).path == "/presse.html"


def test_lookup_by_page_finds_the_portal_by_host_and_the_system_by_markup():
    founding = tree_of(SAMPLE / "items" / "484.html")

    assert SITES.for_page(founding, FOUNDING) == FAMILIE_IN_NRW
    assert SITES.for_page(founding, "http://127.0.0.1:8765/kopie.html").name == "prnews"
    assert SITES.for_page(founding, None).name == "prnews"
    assert PrNews().recognises(founding, None)


def test_a_page_without_the_systems_markup_is_generic():
    press_release = next((ROOT / "sample_site" / "lwl" / "articles").glob("*.html"))
    other_typo3 = parse_html(
        '<html><body><div class="news-single-item"><h2>Sommerfest</h2>'
        "<p>Am Samstag feiert der Verein sein Sommerfest.</p></div></body></html>"
    )

    assert SITES.for_page(tree_of(press_release), "https://www.lwl.org/x") is GENERIC
    assert SITES.for_page(other_typo3, "https://verein.example/news.html") is GENERIC


def test_record_id_is_the_id_of_the_canonical_url():
    assert record_id(FOUNDING) == record_id(canonical_url(FOUNDING)) == "f9080f273ac60913"
    assert record_id(CROSS_LISTED) == record_id(CROSS_LISTED.replace("meldungen", "neues-kommunen"))


def test_record_id_follows_a_trusted_declared_canonical():
    listed = "https://www.wz.de/nrw/kreis-viersen/kempen/kita-ausbau_aid-42?amp=1"
    declared = "/nrw/kreis-viersen/kempen-und-grefrath/kita-ausbau_aid-42"

    assert record_id(listed, declared) == record_id(f"https://www.wz.de{declared}")
    assert record_id(listed, declared) != record_id(listed)


def test_a_pr_news_records_id_ignores_the_list_page_its_template_declares_canonical():
    assert record_id(FOUNDING, f"{LIVE}/archiv-neues-kommunen.html") == record_id(FOUNDING)


def test_the_listing_version_is_the_records_edit_time():
    assert FAMILIE_IN_NRW.lists_edit_times and not GENERIC.lists_edit_times
    assert FAMILIE_IN_NRW.listed_version(FOUNDING) == "2012-01-25T13:19:22+01:00"
    assert SITES.for_url(FOUNDING).listed_version(FOUNDING.replace("%5B", "[")) == (
        "2012-01-25T13:19:22+01:00"
    )
    assert GENERIC.listed_version(FOUNDING) is None
    assert edit_time(FOUNDING.replace("&tx_prnews[tstamp]=1327493962", "")) is None


@pytest.mark.parametrize(("tstamp", "version"), [
    ("1327493962", "2012-01-25T13:19:22+01:00"),
    ("1343743200", "2012-07-31T16:00:00+02:00"),  # summer time
    ("1327493962%23tabs-2%23tabs-2", "2012-01-25T13:19:22+01:00"),
    ("", None),
    ("abc", None),
    ("999999999999999", None),  # no Unix time in seconds
])
def test_the_edit_time_of_a_link(tstamp, version):
    assert edit_time(f"{LIVE}/a.html?tx_prnews[showUid]=1&tx_prnews[tstamp]={tstamp}") == version


def test_the_reader_and_the_listing_agree_on_the_version():
    """The skip middleware compares the listed version with the record's: they must agree."""
    record = extract_page((SAMPLE / "items" / "484.html").read_bytes(), FOUNDING, sites=SITES)

    assert record["modified"] == FAMILIE_IN_NRW.listed_version(FOUNDING)


def test_only_record_links_are_items():
    assert is_item(FOUNDING)
    assert not is_item(f"{LIVE}/archiv-meldungen.html?tx_prnews[pointer]=1")
    assert not is_item(f"{LIVE}/a.html?tx_prnews[showUid]=abc")
