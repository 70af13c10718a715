"""A journalist's search in Chromium, on a phone and on a desktop: "Kinderarmut", narrowed to a
Kreis and a year, to the article; a typo, then the "Meinten Sie" spelling. Every step is German,
within the screen's width, and saved as a screenshot under artifacts/screenshots/."""

import re

import pytest

from tests import test_journey_pages as journeys
from tests.browsing import sync_api
from tests.search_archive import build_search_archive
from tests.test_publish import serve_test_archive

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

# The journeys' browser and their page on each viewport (fixtures: on this module's site), and
# the checks of each step.
browser, page, step = journeys.browser, journeys.page, journeys.step


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("suchreise") / "archive.db"
    build_search_archive(db)
    yield from serve_test_archive(tmp_path_factory, db, build=False)


def search_for(page, words: str) -> None:
    page.goto("/archive/suche")
    page.locator("form.suche input[name=q]").fill(words)
    page.locator("form.suche input[type=submit][value=Suchen]").click()


def hits(page):
    return page.locator("ol.treffer > li > a")


def test_search_narrowed_by_kreis_and_year_to_the_article(page, request):
    search_for(page, "Kinderarmut")
    # The two hits, then those with one part of the word alone (Kinder, Armut).
    sync_api.expect(page.locator("p.trefferzahl")).to_have_text(
        "2 Treffer; dazu 2 Meldungen, die nur Teile des Suchworts oder ein sinnverwandtes Wort "
        "enthalten.")
    sync_api.expect(hits(page)).to_have_text(["Krefeld: Kinderarmut bleibt hoch",
                                             "Kempen: Netzwerk gegen Kinderarmut startet",
                                             "Dorsten: Zwölf Kitas öffnen im Sommer",
                                             "Viersen: Weniger Armut in Familien"])
    sync_api.expect(page.locator("ol.zeitleiste a.jahr")).to_have_text(["2012", "2014"])
    step(page, request, "1-suche")

    page.locator("select[name=kreis]").select_option("Kreis Viersen")
    page.locator("input[type=submit][value=Filtern]").click()
    sync_api.expect(page).to_have_url(re.compile(r"kreis=Kreis\+Viersen"))
    sync_api.expect(page.locator("p.trefferzahl")).to_have_text(
        "1 Treffer; dazu 1 Meldung, die nur Teile des Suchworts oder ein sinnverwandtes Wort "
        "enthält.")
    step(page, request, "2-kreis")

    page.locator("ol.zeitleiste a.jahr", has_text="2012").click()
    sync_api.expect(page).to_have_url(re.compile(r"von=2012&bis=2012&kreis=Kreis\+Viersen"))
    sync_api.expect(page.locator("input[name=von]")).to_have_value("2012")
    sync_api.expect(hits(page)).to_have_text(["Kempen: Netzwerk gegen Kinderarmut startet"])
    step(page, request, "3-jahr")

    hits(page).first.click()
    sync_api.expect(page.locator("h1")).to_have_text("Kempen: Netzwerk gegen Kinderarmut startet")
    step(page, request, "4-meldung")


def test_a_typo_then_the_suggested_spelling(page, request):
    search_for(page, "Kinderamut")
    suggestion = page.locator("p.vorschlag a")
    sync_api.expect(suggestion).to_have_text("Kinderarmut")
    sync_api.expect(hits(page)).to_have_count(4)
    step(page, request, "1-tippfehler")

    suggestion.click()
    sync_api.expect(page.locator("form.suche input[name=q]")).to_have_value("Kinderarmut")
    sync_api.expect(page.locator("p.trefferzahl")).to_have_text(
        "2 Treffer; dazu 2 Meldungen, die nur Teile des Suchworts oder ein sinnverwandtes Wort "
        "enthalten.")
    sync_api.expect(page.locator("p.vorschlag")).to_have_count(0)
    step(page, request, "2-vorschlag")
