"""A reader's journeys through the German site, in Chromium, on a phone and on a desktop.

From the home page through the article list and a facet to an article and its citation; from
every summary page to the articles behind its rows; to the error page of an unknown record.
At every step: the page is German (lang="de", no English Datasette text outside the marked
experts' part), it has a readable title, and it does not scroll sideways. Each step is saved
as a screenshot under artifacts/screenshots/.
"""

import re
import sqlite3

import pytest

from tests.browsing import VIEWPORTS, browsing, chromium, screenshot, scrolls_sideways, sync_api
from tests.test_publish import build_archive, serve_test_archive
from tests.test_storage import DORSTEN, HAMM, KEMPEN

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

SITE_TITLE = " – Familienarchiv NRW"
# Datasette's English interface, as its templates write it: none of it may reach a reader.
# Phrases are matched as written; single words (last) only as whole words, case-sensitive.
ENGLISH_PHRASES = [
    "rows in", "Apply", "View and edit SQL", "sorted by", "Custom SQL query",
    "Links from other tables", "Record not found", "Table not found", "Database not found",
    "Data license", "Data source", "Powered by", "Advanced export", "Download file",
    "download file", "This data as", "Next page", "Suggested facets", "Queries took", "Run SQL",
    "Query parameters", "remove filter", "- column -", "Sort by", "0 records", "0 results",
    "hidden table", "Error 404", "Facet by this", "expand labels", "stream all rows",
    "JSON shape", "CSV options", "Export CSV", "descending",
]
ENGLISH_WORDS = ["rows", "row", "where", "Query", "Queries", "results", "Error", "Search",
                 "Tables", "Views", "table", "hidden", "Menu", "Log out", "more"]
ENGLISH = re.compile(
    "|".join([*map(re.escape, ENGLISH_PHRASES), *(rf"\b{re.escape(w)}\b" for w in ENGLISH_WORDS)])
)
# What a reader reads on a page, outside the experts' part: the text (also in folded
# <details>), the tab's title and the words of buttons, labels and hints.
READER_TEXT = """(withExperts) => {
  const body = document.body.cloneNode(true);
  const hidden = withExperts ? 'script, style' : '.fachleute, [lang=en], script, style';
  body.querySelectorAll(hidden).forEach((node) => node.remove());
  const words = [document.title, body.textContent];
  body.querySelectorAll('input[type=submit], [aria-label], [title], [placeholder]').forEach(
    (node) => words.push(node.value || '', node.getAttribute('aria-label') || '',
                         node.getAttribute('title') || '', node.getAttribute('placeholder') || ''));
  return words.join('\\n');
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The test archive, Hamm's article first seen today (so "Neu in dieser Woche" lists it)."""
    db = tmp_path_factory.mktemp("journeys") / "archive.db"
    build_archive(db)
    with sqlite3.connect(db) as connection:
        connection.execute(
            "update articles set first_seen_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
            "where id = ?", (HAMM,))
    connection.close()
    yield from serve_test_archive(tmp_path_factory, db, build=False)


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture(params=list(VIEWPORTS))
def page(browser, site, request):
    yield from browsing(browser, site, request, request.param)


def english_on(page, *, with_experts: bool = False) -> list[str]:
    """The English interface phrases on the page, outside the experts' part unless asked."""
    return sorted(set(ENGLISH.findall(page.evaluate(READER_TEXT, with_experts))))


def step(page, request, name: str) -> None:
    """One step of a journey: a German page with a readable title, within the screen's width."""
    screenshot(page, f"{request.node.name}-{name}")
    assert page.evaluate("document.documentElement.lang") == "de"
    assert page.title().endswith(SITE_TITLE)
    assert "select" not in page.title().lower()
    assert english_on(page) == []
    assert not scrolls_sideways(page)


def open_facet(page, column: str):
    """The facet of `column`, unfolded if the phone layout folded it."""
    facet = page.locator(f"details.facet-info[data-column={column}]")
    if facet.get_attribute("open") is None:
        facet.locator("summary").click()
    return facet


def test_from_home_through_a_facet_to_an_article_and_its_citation(page, request):
    page.goto("/")
    sync_api.expect(page.locator("h1")).to_have_text("Familienarchiv NRW")
    sync_api.expect(page.locator("ul.kennzahlen li")).to_have_text(
        ["3 Meldungen", "1 Herausgeber", "3 Gemeinden", "3 Jahre (2012–2019)"])
    step(page, request, "1-start")

    page.locator("ul.kennzahlen a", has_text="Meldungen").click()
    sync_api.expect(page.locator("h1")).to_have_text("Meldungen")
    step(page, request, "2-meldungen")

    open_facet(page, "year").locator("a", has_text="2015").click()
    sync_api.expect(page).to_have_url(re.compile(r"/archive/articles\?year=2015$"))
    results = page.locator("table.meldungen tbody tr")
    sync_api.expect(results).to_have_count(1)
    # The results begin on the first screen, not below the facets and column descriptions.
    assert results.first.bounding_box()["y"] < page.viewport_size["height"]
    sync_api.expect(page.locator("p.anzahl")).to_contain_text(
        "1 Meldung · Jahr ist 2015; sortiert nach Erschienen, absteigend")
    step(page, request, "3-facette")

    results.first.locator("a").click()
    sync_api.expect(page.locator("h1")).to_have_text("Dorsten: Maßnahmen für Familien")
    sync_api.expect(page.locator("dd.published")).to_have_text(
        "2. März 2015 (geändert am 25.01.2012, 13:19 Uhr)")
    step(page, request, "4-meldung")

    cite = page.locator("p.cite")
    cite.scroll_into_view_if_needed()
    sync_api.expect(cite).to_contain_text(
        "Ministerium für Familie, Kinder, Jugend, Kultur und Sport: "
        "»Dorsten: Maßnahmen für Familien«, 02.03.2015.")
    step(page, request, "5-zitat")


@pytest.mark.parametrize(
    ("path", "title", "article"),
    [
        ("/archive/neu_diese_woche", "Neu in dieser Woche", HAMM),
        ("/archive/neue_meldungen", "Neue Meldungen", HAMM),
        ("/archive/mehrere_herausgeber", "Geschichten mit mehr als einem Herausgeber", KEMPEN),
    ],
    ids=["neu-diese-woche", "neue-meldungen", "mehrere-herausgeber"],
)
def test_every_row_of_a_summary_leads_to_its_article(page, request, path, title, article):
    page.goto(path)
    sync_api.expect(page.locator("h1")).to_have_text(title)
    rows = page.locator("table.zusammenfassung tbody tr")
    assert rows.count() >= 1
    for row in rows.all():
        sync_api.expect(row.locator("a[href*='/archive/articles/']")).to_have_count(1)
    step(page, request, "1-uebersicht")

    page.locator(f"table.zusammenfassung a[href$='/archive/articles/{article}']").click()
    sync_api.expect(page).to_have_url(re.compile(f"/archive/articles/{article}$"))
    sync_api.expect(page.locator("p.cite")).to_contain_text(f"Datensatz {article}")
    step(page, request, "2-meldung")


def test_funding_by_kreis_leads_to_the_funded_articles(page, request):
    page.goto("/archive/foerderung_nach_kreis")
    sync_api.expect(page.locator("table.zusammenfassung tbody tr")).to_have_text(
        [re.compile(r"Kreis Viersen\s+1\s+1\s+25\.000\s€")])
    step(page, request, "1-kreise")

    page.locator("table.zusammenfassung a", has_text="Kreis Viersen").click()
    sync_api.expect(page.locator("h1")).to_have_text("Geförderte Meldungen eines Kreises")
    step(page, request, "2-kreis")

    page.locator("table.zusammenfassung a", has_text="Kempen: Netzwerk gegen Kinderarmut").click()
    sync_api.expect(page).to_have_url(re.compile(f"/archive/articles/{KEMPEN}$"))
    step(page, request, "3-meldung")


def test_a_month_of_the_timeline_leads_to_its_articles(page, request):
    page.goto("/zeitleiste")
    months = page.locator("ul.monate li")
    sync_api.expect(months).to_have_text(
        ["Januar 2012: 1 Meldung", "März 2015: 1 Meldung", "September 2019: 1 Meldung"])
    step(page, request, "1-zeitleiste")

    months.locator("a", has_text="März 2015").click()
    sync_api.expect(page).to_have_url(
        re.compile(r"/archive/articles\?published__gte=2015-03-01&published__lt=2015-04-01$"))
    sync_api.expect(page.locator("table.meldungen tbody tr")).to_have_count(1)
    step(page, request, "2-monat")

    page.locator("table.meldungen a", has_text="Dorsten").click()
    sync_api.expect(page).to_have_url(re.compile(f"/archive/articles/{DORSTEN}$"))
    step(page, request, "3-meldung")


def test_an_unknown_record_gets_a_german_error_page(page, request):
    response = page.goto("/archive/articles/gibt-es-nicht")

    assert response.status == 404
    sync_api.expect(page.locator("h1")).to_have_text("Nicht gefunden")
    sync_api.expect(page.locator("p.fehlermeldung")).to_have_text(
        "Diesen Datensatz gibt es im Archiv nicht.")
    step(page, request, "1-fehler")

    page.locator("section.content a", has_text="Startseite").click()
    sync_api.expect(page.locator("h1")).to_have_text("Familienarchiv NRW")
    step(page, request, "2-start")


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/archive", "Tabellen und Auswertungen"),
        ("/archive/outlets/mkjfgfi", "Familienministerium NRW"),
        ("/archive/municipalities", "Gemeinden"),
        ("/archive/fundings", "Förderungen"),
        ("/archive/citations", "Quellenangaben"),
        ("/archive/article_topics?topic=kinderarmut", "Themen der Meldungen"),
        ("/archive/article_municipalities?ags=05166012", "Orte der Meldungen"),
        ("/archive/monate", "Meldungen je Monat"),
        ("/archive/karte", "Karte der Gemeinden"),
        ("/archive/suche?q=Kinderarmut", "Suche"),
        (f"/archive/articles/{HAMM}", "Hamm: Familienbüro eröffnet"),
        ("/ueber", "Über das Familienarchiv NRW"),
    ],
)
def test_every_page_a_reader_reaches_is_german_and_fits_the_screen(page, request, path, heading):
    page.goto(path)

    sync_api.expect(page.locator("h1")).to_have_text(heading)
    step(page, request, "seite")


def test_the_experts_part_is_marked_and_leads_to_the_raw_tables(page, request):
    page.goto("/archive")
    experts = page.locator("details.fachleute")
    experts.locator("summary").click()
    sync_api.expect(experts.locator("summary")).to_have_text("Für Fachleute: Rohdaten und SQL")
    step(page, request, "1-fachleute")

    experts.locator("a", has_text="Metadaten").click()
    sync_api.expect(page.locator(".fachleute-hinweis")).to_have_text(
        "Für Fachleute: Rohdaten und SQL. Diese Seite ist Datasettes eigene Oberfläche, "
        "auf Englisch.")
    assert page.locator("section.content").get_attribute("lang") == "en"
    step(page, request, "2-datasette")


def test_datasettes_english_is_only_in_the_experts_part(page, request):
    page.goto("/archive/fundings")

    assert english_on(page, with_experts=True) == [
        "CSV options", "Export CSV", "JSON shape", "download file", "expand labels"]
    assert english_on(page) == []
    step(page, request, "fachleute")
