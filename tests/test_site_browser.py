"""The site in a real browser: Playwright driving Debian's Chromium (no browser download).

Each test saves a screenshot of the page it ends on under artifacts/screenshots/.
"""

import re

import pytest

from tests.browsing import browsing, chromium, sync_api
from tests.test_publish import serve_test_archive
from tests.test_storage import KEMPEN

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    yield from serve_test_archive(tmp_path_factory)


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="module")
def snapshot_site(tmp_path_factory):
    """The same archive in a file with another name, as `serve --db snapshot.db` publishes it."""
    yield from serve_test_archive(tmp_path_factory, tmp_path_factory.mktemp("copy") / "snapshot.db")


@pytest.fixture
def page(browser, site, request):
    yield from browsing(browser, site, request)


@pytest.fixture
def snapshot_page(browser, snapshot_site, request):
    yield from browsing(browser, snapshot_site, request)


def test_search_from_the_home_page_shows_highlighted_hits(page):
    page.goto("/")
    page.fill("#suche-q", "Fördermittel")
    page.press("#suche-q", "Enter")

    hits = page.locator("ol.treffer li")
    sync_api.expect(hits).to_have_count(1)
    sync_api.expect(hits.locator("mark")).to_have_text("Fördermittel")


def test_open_an_article_from_the_search(page):
    page.goto("/archive/suche?q=Kinderarmut")
    page.click("ol.treffer li a")

    sync_api.expect(page.locator("h1")).to_have_text("Kempen: Netzwerk gegen Kinderarmut")
    sync_api.expect(page.locator("p.cite")).to_contain_text(f"Datensatz {KEMPEN}")
    assert page.url.endswith(f"/archive/articles/{KEMPEN}")


def test_archived_page_runs_no_script(page):
    page.goto(f"/archive/articles/{KEMPEN}")
    page.click("a.archived")

    sync_api.expect(page.locator(".archiviert-seite h1")).to_have_text(
        "Kempen: Netzwerk gegen Kinderarmut"
    )
    assert page.title() == "Archiviert: Kempen: Netzwerk gegen Kinderarmut – Familienarchiv NRW"


def test_click_a_facet_filters_the_articles(page):
    page.goto("/archive/articles")
    page.locator(".facet-info[data-column=year] a", has_text="2015").click()

    sync_api.expect(page).to_have_url(f"{page.url.split('?')[0]}?year=2015")
    sync_api.expect(page.locator("table.rows-and-columns tbody tr")).to_have_count(1)


def test_map_shows_markers_for_the_municipalities(page):
    page.goto("/archive/karte")

    sync_api.expect(page.locator(".leaflet-marker-icon")).to_have_count(3)


def test_map_popup_links_to_the_places_articles_on_this_site(page):
    page.goto("/archive/karte")
    page.locator(".leaflet-marker-icon").first.click()

    link = page.locator(".leaflet-popup-content a")
    sync_api.expect(link).to_have_attribute("href",
                                            re.compile(r"^article_municipalities\?ags=\d+$"))
    link.click()
    sync_api.expect(page).to_have_url(re.compile(r"/archive/article_municipalities\?ags=\d+$"))


@pytest.mark.parametrize("path", [
    "/", "/archive", "/archive/articles", "/archive/karte", "/archive/municipalities",
    "/archive/suche?q=Kinderarmut", f"/archive/articles/{KEMPEN}", "/zeitleiste", "/ueber",
])
def test_pages_work_within_their_content_security_policy(page, path):
    refused = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.goto(path)
    page.wait_for_load_state("networkidle")

    assert refused == []


def test_timeline_shows_a_bar_per_month(page):
    page.goto("/zeitleiste")

    sync_api.expect(page.locator("svg.timeline rect.month")).to_have_count(93)
    sync_api.expect(page.locator("svg.timeline rect.month[height='200.0']")).to_have_count(3)


def test_follow_the_atom_link_of_a_search(page):
    page.goto("/archive/suche?q=Familienbüro")
    with page.expect_response(lambda response: ".atom" in response.url) as feed:
        page.click("a.atom")

    body = feed.value.text()
    assert feed.value.headers["content-type"] == "application/xml; charset=utf-8"
    assert body.count("<entry>") == 1
    assert "<title>Hamm: Familienbüro eröffnet</title>" in body


def test_search_article_and_archived_page_under_another_file_name(snapshot_page):
    snapshot_page.goto("/")
    snapshot_page.fill("#suche-q", "Kinderarmut")
    snapshot_page.press("#suche-q", "Enter")
    snapshot_page.click("ol.treffer li a")

    sync_api.expect(snapshot_page.locator("h1")).to_have_text("Kempen: Netzwerk gegen Kinderarmut")
    assert snapshot_page.url.endswith(f"/snapshot/articles/{KEMPEN}")
    snapshot_page.click("a.archived")
    sync_api.expect(snapshot_page.locator(".archiviert-seite h1")).to_have_text(
        "Kempen: Netzwerk gegen Kinderarmut"
    )
