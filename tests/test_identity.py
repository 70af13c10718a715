import pytest

from pipeline.identity import canonical_url, is_prnews_item, prnews_edit_time, record_id

FOUNDING = (
    "https://www.familie-in-nrw.de/archiv-neues-kommunen.html"
    "?tx_prnews[originalPid]=2488&tx_prnews[showUid]=484"
)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.familie-in-nrw.de/archiv-neues-kommunen.html?&no_cache=1&L=0"
        "&tx_prnews[showUid]=484&tx_prnews[originalPid]=2488&tx_prnews[tstamp]=1327493962",
        "http://familie-in-nrw.de/archiv-neues-kommunen.html?tx_prnews%5BoriginalPid%5D=2488"
        "&tx_prnews%5BshowUid%5D=484&cHash=5f0c2b1a9d",
        "https://www.familie-in-nrw.de/archiv-neues-kommunen.html?tx_prnews[showUid]=484"
        "&tx_prnews[originalPid]=2488&tx_prnews[rel]=489,488&L=0#tabs-2",
        "https://WWW.familie-in-nrw.de/archiv-neues-kommunen.html?tx_prnews[showUid]=484"
        "%23tabs-2%23tabs-2&tx_prnews[originalPid]=2488",
        # The archive a record belongs to follows from originalPid, not from the linking page.
        "https://www.familie-in-nrw.de/index.php?id=12&tx_prnews[showUid]=484"
        "&tx_prnews[originalPid]=2488&tx_prnews[tstamp]=1327490000",
    ],
)
def test_noisy_links_to_one_item_share_its_canonical_url(url):
    assert canonical_url(url) == FOUNDING
    assert record_id(canonical_url(url)) == record_id(FOUNDING)


def test_another_item_or_archive_is_another_record():
    meldung = FOUNDING.replace("2488", "1669").replace("archiv-neues-kommunen", "archiv-meldungen")
    other_item = FOUNDING.replace("=484", "=485")
    ids = {record_id(canonical_url(url)) for url in (FOUNDING, meldung, other_item)}
    assert len(ids) == 3


def test_record_ids_are_pinned_because_researchers_cite_them():
    assert record_id(FOUNDING) == "9d56a90dd8cfce6c"


def test_other_pages_keep_their_query_and_drop_the_fragment():
    url = "http://127.0.0.1:8002/archiv-meldungen.html?tx_prnews[pointer]=1#top"
    assert canonical_url(url) == "http://127.0.0.1:8002/archiv-meldungen.html?tx_prnews[pointer]=1"
    assert not is_prnews_item(url)


def test_tstamp_is_the_edit_time_in_berlin():
    assert prnews_edit_time(FOUNDING + "&tx_prnews[tstamp]=1327493962") == (
        "2012-01-25T13:19:22+01:00"
    )
    assert prnews_edit_time(FOUNDING) is None
