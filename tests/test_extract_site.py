"""familie-in-nrw.de site rule, checked against the sample copy and the founding page."""

import json
from pathlib import Path

import pytest

from pipeline.extract import extract_page
from pipeline.rules import default_rules

from .conftest import founding_body

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_site" / "familie_in_nrw"
FOUNDING_URL = ("https://www.familie-in-nrw.de/archiv-neues-kommunen.html?&no_cache=1&L=0"
                "&tx_prnews[showUid]=484&tx_prnews[originalPid]=2488&tx_prnews[tstamp]=1327493962")
SITES = default_rules().sites  # the project's sources' publishing systems
ITEMS = json.loads((SAMPLE / "expected.json").read_text(encoding="utf-8"))["items"]


def founding_raw() -> bytes:
    return (SAMPLE / "items" / "484.html").read_bytes()


def windows_1252_twin() -> bytes:
    text = founding_raw().decode("utf-8").replace('<meta charset="utf-8">',
                                                  '<meta charset="iso-8859-1">')
    return text.encode("cp1252")


@pytest.fixture(params=["utf-8", "windows-1252"])
def founding(request) -> dict:
    raw = founding_raw() if request.param == "utf-8" else windows_1252_twin()
    return extract_page(raw, FOUNDING_URL, sites=SITES)


def test_founding_page_title(founding):
    assert founding["title"] == "Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut"


def test_founding_page_teaser_without_its_date(founding):
    assert founding["teaser"] == (
        "Um die Teilhabechancen von Kindern zu verbessern und Kinderarmut zu vermeiden, plant die"
        " Stadt Kempen die Einrichtung eines „Netzwerks gegen Kinderarmut“.")


def test_founding_page_text_is_exactly_the_four_paragraphs(founding):
    assert founding["text"] == founding_body()


def test_founding_page_dates_language_author_sources(founding):
    assert {k: founding[k] for k in ("published", "modified", "author", "language", "sources")} == {
        "published": "2012-01-24",
        "modified": "2012-01-25T13:19:22+01:00",
        "author": None,
        "language": "de",
        "sources": ["Online-Recherche auf www.rp-online.de, 24.01.2012"],
    }


def test_rule_applies_by_markup_on_a_local_copy():
    record = extract_page(founding_raw(), "http://127.0.0.1:8765/archiv-neues-kommunen.html"
                          "?tx_prnews[showUid]=484&tx_prnews[originalPid]=2488", sites=SITES)
    assert (record["title"], record["published"], record["modified"]) == (
        "Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut", "2012-01-24", None)


@pytest.mark.parametrize("item", ITEMS, ids=[i["showUid"] for i in ITEMS])
def test_sample_item_fields(item):
    raw = (SAMPLE / item["file"]).read_bytes()
    record = extract_page(raw, "http://127.0.0.1:8765" + item["url"], sites=SITES)
    paragraphs = record["text"].split("\n\n")
    got = (record["title"], record["teaser"], record["published"], record["sources"],
           paragraphs[0], paragraphs[-1], len(paragraphs))
    assert got == (item["title"], item["teaser"], item["published"], item["sources"],
                   item["body_first"], item["body_last"], item["paragraphs"])


MARKUP_DRIFT = """<html lang="de"><head><title>familie-in-nrw.de</title></head><body>
<div id="header"><p>Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und
Integration</p></div>
<div class="news-single"><div class="inner"><h3>Hamm: Neue Elternkurse im Stadtteil</h3>
<div class="news-single-teaser">Die Familienbildungsstätte bietet ab Herbst drei neue Kurse an.
 (05.09.2013)</div>
<div class="text"><p>Die Kurse sind kostenlos und finden abends statt.</p>
<p>Anmeldungen nimmt das Familienbüro entgegen.</p></div>
<p><b>Quelle:</b> Pressemitteilung der Stadt Hamm vom 04.09.2013</p>
<div class="backlink"><a href="#">&lt;&lt; zurück</a></div></div></div>
<table><tr><th>Mo</th><th>Di</th><th>Mi</th></tr><tr><td>1.10.2013</td></tr></table>
</body></html>"""


def test_rule_survives_markup_drift():
    record = extract_page(MARKUP_DRIFT.encode("utf-8"), "https://www.familie-in-nrw.de/x.html",
                          sites=SITES)
    assert {k: record[k] for k in ("title", "teaser", "published", "text", "sources")} == {
        "title": "Hamm: Neue Elternkurse im Stadtteil",
        "teaser": "Die Familienbildungsstätte bietet ab Herbst drei neue Kurse an.",
        "published": "2013-09-05",
        "text": "Die Kurse sind kostenlos und finden abends statt.\n\n"
                "Anmeldungen nimmt das Familienbüro entgegen.",
        "sources": ["Pressemitteilung der Stadt Hamm vom 04.09.2013"],
    }


def test_page_of_the_portal_without_item_container_uses_generic_path():
    raw = (SAMPLE / "pages" / "vertiefungstext-familienbueros.html").read_bytes()
    record = extract_page(raw, "https://www.familie-in-nrw.de/vertiefungstext-familienbueros-nrw"
                          "+M5bc82a5b88f.html", sites=SITES)
    assert record["teaser"] is None and record["text"]


def test_other_typo3_news_pages_take_the_generic_path():
    html = ('<html lang="de"><head><title>Neue Ratsvorsitzende | Landeskirche</title></head>'
            '<body><div class="news-single-item"><h1>Neue Ratsvorsitzende</h1>'
            "<p>Von Eva Beispiel</p><p>Die Synode hat eine neue Vorsitzende gewählt. Sie tritt "
            "ihr Amt im Januar an und leitet künftig die Sitzungen des Rates.</p></div>"
            "</body></html>")
    record = extract_page(html.encode("utf-8"), "https://www.landeskirche.example/news/1",
                          sites=SITES)
    # the site rule would set no author: the portal's items are unsigned
    assert (record["title"], record["author"]) == ("Neue Ratsvorsitzende", "Eva Beispiel")
