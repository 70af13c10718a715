import pytest

from pipeline.identity import canonical_url, record_id
from pipeline.sites.prnews import is_item

FOUNDING = (
    "https://www.familie-in-nrw.de/archiv-neues-kommunen.html"
    "?tx_prnews[originalPid]=2488&tx_prnews[showUid]=484"
)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.familie-in-nrw.de/archiv-neues-kommunen.html?&no_cache=1&L=0"
        "&tx_prnews[showUid]=484&tx_prnews[originalPid]=2488&tx_prnews[tstamp]=1327493962",
        "https://www.familie-in-nrw.de/archiv-neues-kommunen.html?tx_prnews%5BoriginalPid%5D=2488"
        "&tx_prnews%5BshowUid%5D=484&cHash=5f0c2b1a9d",
        "https://www.familie-in-nrw.de/archiv-neues-kommunen.html?tx_prnews[showUid]=484"
        "&tx_prnews[originalPid]=2488&tx_prnews[rel]=489,488&L=0#tabs-2",
        "https://WWW.familie-in-nrw.de/archiv-neues-kommunen.html?tx_prnews[showUid]=484"
        "%23tabs-2%23tabs-2&tx_prnews[originalPid]=2488",
        # The archive a record belongs to follows from originalPid, not from the linking page.
        "https://www.familie-in-nrw.de:443/index.php?id=12&tx_prnews[showUid]=484"
        "&tx_prnews[originalPid]=2488&tx_prnews[tstamp]=1327490000",
    ],
)
def test_noisy_links_to_one_item_share_its_canonical_url(url):
    assert canonical_url(url) == FOUNDING


@pytest.mark.parametrize(
    "variant",
    [
        "http://familie-in-nrw.de/archiv-neues-kommunen.html?tx_prnews[showUid]=484"
        "&tx_prnews[originalPid]=2488",
        "http://www.familie-in-nrw.de/archiv-neues-kommunen.html?tx_prnews[showUid]=484"
        "&tx_prnews[originalPid]=2488",
    ],
)
def test_scheme_and_www_variants_are_one_record(variant):
    assert record_id(variant) == record_id(FOUNDING)


ARTICLE = "https://www.rp-online.de/nrw/staedte/kempen/netzwerk-gegen-kinderarmut_aid-1234567"


@pytest.mark.parametrize(
    "variant",
    [
        ARTICLE + "?utm_source=twitter&utm_medium=social&fbclid=IwAR0abc",
        ARTICLE + "#comments",
        ARTICLE + "/amp",
        ARTICLE + "?amp",
        ARTICLE + "?outputType=amp",
        ARTICLE + "?print=1",
        "https://m.rp-online.de/nrw/staedte/kempen/netzwerk-gegen-kinderarmut_aid-1234567",
        "https://amp.rp-online.de/nrw/staedte/kempen/netzwerk-gegen-kinderarmut_aid-1234567",
        "https://www.rp-online.de/amp/nrw/staedte/kempen/netzwerk-gegen-kinderarmut_aid-1234567",
        "http://rp-online.de/nrw/staedte/kempen/netzwerk-gegen-kinderarmut_aid-1234567",
    ],
)
def test_tracking_amp_print_and_mobile_variants_are_one_record(variant):
    assert record_id(variant) == record_id(ARTICLE)


def test_a_same_site_rel_canonical_is_followed():
    amp = "https://www.wz.de/nrw/kreis-viersen/kempen/kita-ausbau_aid-42?amp=1"
    declared = "/nrw/kreis-viersen/kempen-und-grefrath/kita-ausbau_aid-42"
    assert canonical_url(amp, declared) == (
        "https://www.wz.de/nrw/kreis-viersen/kempen-und-grefrath/kita-ausbau_aid-42"
    )


def test_a_rel_canonical_to_another_site_is_ignored():
    page = "https://www.kreis-unna.de/nachrichten/n/familienbuero-eroeffnet/"
    assert canonical_url(page, "https://www.example-cms.com/default/") == page


def test_meaningful_query_parameters_are_kept_in_a_stable_order():
    url = "https://www.lwl.org/pressemitteilungen/mitteilung.php?urlID=12345&lang=de"
    assert canonical_url(url) == (
        "https://www.lwl.org/pressemitteilungen/mitteilung.php?lang=de&urlID=12345"
    )
    assert record_id(url) != record_id(url.replace("45", "46"))


def test_another_item_or_archive_is_another_record():
    meldung = FOUNDING.replace("2488", "1669").replace("archiv-neues-kommunen", "archiv-meldungen")
    other_item = FOUNDING.replace("=484", "=485")
    ids = {record_id(url) for url in (FOUNDING, meldung, other_item)}
    assert len(ids) == 3


def test_record_ids_are_pinned_because_researchers_cite_them():
    assert record_id(FOUNDING) == "f9080f273ac60913"


def test_other_pages_keep_their_query_and_port_and_drop_the_fragment():
    url = "http://127.0.0.1:8002/archiv-meldungen.html?tx_prnews[pointer]=1#top"
    assert canonical_url(url) == "http://127.0.0.1:8002/archiv-meldungen.html?tx_prnews[pointer]=1"
    assert not is_item(url)


def test_typo3_print_pages_are_the_page_but_other_types_are_not():
    page = "https://www.kamp-lintfort.de/de/aktuelles/familienbuero/?id=12"
    assert canonical_url(page + "&type=98") == canonical_url(page)
    assert canonical_url(page + "&type=1") != canonical_url(page)


@pytest.mark.parametrize(
    ("url", "declared"),
    [
        # TYPO3 templates declare the list page as canonical of every news item.
        (FOUNDING + "&tx_prnews[tstamp]=1", "https://www.familie-in-nrw.de/archiv-neues-kommunen.html"),
        ("https://www.leverkusen.com/presse/db/presse.php?view=00025166", "/presse/db/presse.php"),
        ("https://www.kreis-unna.de/nachrichten/n/familienbuero/", "https://www.kreis-unna.de/"),
        ("https://www.kreis-unna.de/nachrichten/n/familienbuero/", "javascript:void(0)"),
    ],
)
def test_a_canonical_that_would_merge_articles_is_ignored(url, declared):
    assert canonical_url(url, declared) == canonical_url(url)
