"""A journalist's journeys in a real browser, on a phone and a desktop: the map offline, the
archived page's links and images, a search downloaded as CSV.

Every step is saved as a screenshot under artifacts/screenshots/ (tests/browsing.py).
"""

import csv
import io
import re
from pathlib import Path

import pytest

from tests.browsing import browsing, chromium, screenshot, scrolls_sideways, sync_api
from tests.test_publish import serve_test_archive
from tests.test_site_exports import (
    FOERDERMITTEL_EXCERPT,
    IMAGE_URL,
    PNG,
    build_export_archive,
    kempen_row,
)
from tests.test_storage import DORSTEN, HAMM, KEMPEN

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

TITLES = {"Kempen": "Kempen: Netzwerk gegen Kinderarmut",
          "Dorsten": "Dorsten: Maßnahmen für Familien", "Hamm": "Hamm: Familienbüro eröffnet"}
RECORDS = {"Kempen": KEMPEN, "Dorsten": DORSTEN, "Hamm": HAMM}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("journey") / "archive.db"
    build_export_archive(db)
    yield from serve_test_archive(tmp_path_factory, db, build=False)


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture(params=["phone", "desktop"])
def page(browser, site, request):
    yield from browsing(browser, site, request, request.param)


def step(page, request, name: str, *, checks_width: bool = True) -> None:
    """A journey step: its screenshot, and no sideways scrolling at this viewport.

    The article page and the search page have layouts of their own (meldung.html,
    suche.html, issue 15's other parts): their width is checked by those parts' journeys."""
    screenshot(page, f"{request.node.name}-{name}")
    assert not (checks_width and scrolls_sideways(page))


def test_the_map_works_offline_and_leads_to_a_places_articles(page, request):
    page.goto("/archive/karte")

    sync_api.expect(page.locator("path.ort")).to_have_count(3)
    sync_api.expect(page.locator("path.grundkarte-kreis")).to_have_count(53)
    sync_api.expect(page.locator("path.grundkarte-land")).to_have_count(1)
    page.wait_for_load_state("networkidle")
    step(page, request, "karte")
    assert page.foreign_requests == []
    assert page.locator("#karte img").count() == 0  # no tiles: none configured

    # The busiest place lies on top; here each has one article, so any marker will do.
    page.locator("path.ort").last.click()
    popup = page.locator(".leaflet-popup-content .ort-popup")
    sync_api.expect(popup.locator(".ort-meldungen")).to_have_text("1 Meldung")
    name = popup.locator("strong").inner_text()
    assert name in TITLES
    step(page, request, "popup")

    popup.locator("a", has_text="Meldungen ansehen").click()
    sync_api.expect(page).to_have_url(re.compile(r"/archive/articles\?_through="))
    sync_api.expect(page.get_by_text(TITLES[name]).first).to_be_visible()
    sync_api.expect(page.locator(f'a[href="/archive/articles/{RECORDS[name]}"]').first
                    ).to_be_visible()
    step(page, request, "meldungen-des-orts")
    assert page.foreign_requests == []


def test_the_archived_pages_links_lead_into_the_archive_and_its_images_show(page, request):
    page.goto(f"/-/archiviert/{KEMPEN}")

    image = page.locator(".archiviert-seite img[alt='Das Netzwerk']")
    sync_api.expect(image).to_have_js_property("naturalWidth", 2)
    sync_api.expect(page.locator(".archiviert-hinweis time")).to_have_text(
        "24. Januar 2012, 14:05 Uhr")
    step(page, request, "archiviert")
    assert page.foreign_requests == []
    with page.expect_response(lambda response: "/bild?" in response.url) as served:
        page.reload()
    assert (served.value.body(), IMAGE_URL in served.value.url.replace("%3A", ":").replace(
        "%2F", "/")) == (PNG, True)

    page.locator(".archiviert-seite a", has_text="Dorsten plant Maßnahmen").click()
    sync_api.expect(page).to_have_url(re.compile(rf"/archive/articles/{DORSTEN}$"))
    sync_api.expect(page.locator("h1")).to_have_text(TITLES["Dorsten"])
    step(page, request, "verlinkte-meldung", checks_width=False)


def test_a_search_downloads_as_csv(page, request, site):
    page.goto("/archive/suche?q=Fördermittel")
    sync_api.expect(page.locator("ol.treffer li")).to_have_count(1)
    step(page, request, "suche")

    with page.expect_download() as download:
        page.locator("p.exporte a.export-csv").click()
    assert download.value.suggested_filename == "familienarchiv-suche-foerdermittel.csv"
    text = Path(download.value.path()).read_bytes().decode("utf-8")
    assert list(csv.DictReader(io.StringIO(text, newline=""))) == [
        kempen_row(site, FOERDERMITTEL_EXCERPT, **{"Passung zur Suche": "Wort"})]
