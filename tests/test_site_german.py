"""The German site over HTTP: lang="de", readable titles, German words where Datasette has
English ones, summary rows that link to their articles, the marked experts' part."""

import re

import lxml.html
import pytest

from tests.test_publish import serve_test_archive
from tests.test_site_http import page
from tests.test_storage import DORSTEN, HAMM, KEMPEN

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    yield from serve_test_archive(tmp_path_factory)


def reader_text(html: str) -> str:
    """The page's text outside its scripts, styles and experts' part."""
    document = lxml.html.fromstring(html)
    for node in document.xpath("//script | //style | //*[contains(@class, 'fachleute')]"):
        node.drop_tree()
    return document.text_content()


def title_of(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S)[1]


@pytest.mark.parametrize(
    ("path", "status", "title"),
    [
        ("/", 200, "Start – Familienarchiv NRW"),
        ("/archive", 200, "Tabellen und Auswertungen – Familienarchiv NRW"),
        ("/archive/articles", 200, "Meldungen: 3 Meldungen – Familienarchiv NRW"),
        ("/archive/articles?year=2015", 200, "Meldungen: 1 Meldung – Familienarchiv NRW"),
        ("/archive/outlets/mkjfgfi", 200,
         "Herausgeber und Stellen: Familienministerium NRW – Familienarchiv NRW"),
        ("/archive/foerderung_nach_kreis", 200, "Förderung nach Kreis – Familienarchiv NRW"),
        ("/archive/neue_meldungen", 200, "Neue Meldungen – Familienarchiv NRW"),
        ("/archive/articles/gibt-es-nicht", 404, "Nicht gefunden – Familienarchiv NRW"),
        ("/archive/gibt_es_nicht", 404, "Nicht gefunden – Familienarchiv NRW"),
    ],
)
def test_pages_are_german_with_readable_titles(site, path, status, title):
    answer, _, html = page(site, path)

    assert (answer, title_of(html)) == (status, title)
    assert '<html lang="de">' in html


def test_home_shows_the_figures_and_the_newest_articles(site):
    _, _, html = page(site, "/")

    assert re.findall(r"<strong>(\d+)</strong> (\w+)", html) == [
        ("3", "Meldungen"), ("1", "Herausgeber"), ("3", "Gemeinden"), ("3", "Jahre")]
    newest = html.split('<ol class="meldungsliste neueste">')[1].split("</ol>")[0]
    assert re.findall(r'<a href="/archive/articles/(\w+)">', newest) == [HAMM, DORSTEN, KEMPEN]
    assert "30. September 2019 · Ministerium für Kinder, Familie, Flüchtlinge und Integration" \
        " · Hamm" in newest
    for link in ['href="/archive/suche"', 'href="/archive/karte"', 'href="/zeitleiste"',
                 'href="/ueber"']:
        assert link in html


def test_table_page_in_german(site):
    _, _, html = page(site, "/archive/articles", publisher_kind="ministry")

    assert ('<p class="anzahl"><strong>3 Meldungen</strong> · <span class="filterbeschreibung">'
            "Art des Herausgebers ist Ministerium; sortiert nach Erschienen, absteigend</span>"
            ) in html
    assert "<strong>Art des Herausgebers</strong>\n            : Ministerium" in html
    assert '<input type="submit" value="Filtern">' in html
    assert '<option value="publisher_kind">Art des Herausgebers</option>' in html
    assert "<summary>Für Fachleute: Rohdaten und SQL</summary>" in html
    assert re.findall(r"\brows\b|Apply|sorted by|Powered by|Data license|This data as|CSV options",
                      reader_text(html)) == []


def test_facet_values_show_german_labels(site):
    _, _, html = page(site, "/archive/articles")

    facets = html.split('<aside class="facetten"')[1].split("</aside>")[0]
    assert re.findall(r'<a href="[^"]*">([^<]+)</a> (\d+)</li>', facets) == [
        ("2012", "1"), ("2015", "1"), ("2019", "1"),
        ("Dorsten", "1"), ("Hamm", "1"), ("Kempen", "1"),
        ("Hamm", "1"), ("Kreis Recklinghausen", "1"), ("Kreis Viersen", "1"),
        ("familie-in-nrw.de", "3"),
        ("Ministerium", "3"),
        ("Familienministerium NRW", "3"),
    ]


def test_record_page_in_german(site):
    _, _, html = page(site, "/archive/outlets/mkjfgfi")

    assert '<dt data-column="kind">Art</dt><dd class="col-kind">Ministerium</dd>' in html
    assert ('<a href="/archive/articles?publisher_id=mkjfgfi">3 Meldungen</a> in Meldungen '
            "(Herausgeber)") in html


def test_error_page_in_german(site):
    status, _, html = page(site, "/archive/articles/gibt-es-nicht")

    assert status == 404
    assert '<p class="fehlermeldung">Diesen Datensatz gibt es im Archiv nicht.</p>' in html
    assert "Record not found" not in html


@pytest.mark.parametrize(
    ("path", "links"),
    [
        ("/archive/neue_meldungen", [
            ("/archive/articles/" + HAMM, "Hamm: Familienbüro eröffnet"),
            ("/archive/articles/" + DORSTEN, "Dorsten: Maßnahmen für Familien"),
            ("/archive/articles/" + KEMPEN, "Kempen: Netzwerk gegen Kinderarmut")]),
        ("/archive/mehrere_herausgeber", [
            ("/archive/articles/" + KEMPEN, "Kempen: Netzwerk gegen Kinderarmut")]),
        ("/archive/foerderung_nach_kreis", [
            ("/archive/foerderung_im_kreis?kreis=Kreis+Viersen", "Kreis Viersen")]),
        ("/archive/foerderung_im_kreis?kreis=Kreis+Viersen", [
            ("/archive/articles/" + KEMPEN, "Kempen: Netzwerk gegen Kinderarmut")]),
        ("/archive/monate", [
            ("/archive/articles?published__gte=2012-01-01&amp;published__lt=2012-02-01",
             "Januar 2012"),
            ("/archive/articles?published__gte=2015-03-01&amp;published__lt=2015-04-01",
             "März 2015"),
            ("/archive/articles?published__gte=2019-09-01&amp;published__lt=2019-10-01",
             "September 2019")]),
    ],
    ids=["neue-meldungen", "mehrere-herausgeber", "foerderung", "foerderung-im-kreis", "monate"],
)
def test_every_summary_row_links_to_its_articles(site, path, links):
    _, _, html = page(site, path)

    rows = html.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert [re.findall(r'<a href="([^"]+)">([^<]+)</a>', row) for row in rows] == [
        [link] for link in links]


def test_amounts_and_titles_of_summaries_are_german(site):
    _, _, html = page(site, "/archive/foerderung_nach_kreis")

    assert '<td class="col-amount_eur" data-label="Genannte Fördersummen">25.000\xa0€</td>' in html
    assert "<title>Förderung nach Kreis – Familienarchiv NRW</title>" in html
    assert "select" not in title_of(html)


def test_timeline_bars_link_to_their_months(site):
    _, _, html = page(site, "/zeitleiste")

    assert ('<a href="/archive/articles?published__gte=2015-03-01&amp;published__lt=2015-04-01" '
            'aria-label="März 2015: 1 Meldung"><rect class="month"') in html


def test_datasettes_own_pages_are_the_marked_experts_part(site):
    _, _, html = page(site, "/-/metadata")

    assert ('<p class="fachleute-hinweis">Für Fachleute: Rohdaten und SQL. Diese Seite ist '
            "Datasettes eigene Oberfläche, auf Englisch.</p>") in html
    assert '<section class="content fachleute" lang="en">' in html
