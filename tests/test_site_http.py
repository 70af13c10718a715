"""The published site over HTTP: German search, article page, archived page, feeds, safety."""

import re
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ElementTree
from email.message import Message

import pytest

from pipeline.search import german_rank
from pipeline.site.archived import sanitised_page
from pipeline.site.pages import month_series
from pipeline.site.plugin import highlighted, robots_txt
from tests.test_publish import get, serve_test_archive
from tests.test_storage import DORSTEN, HAMM, KEMPEN

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    yield from serve_test_archive(tmp_path_factory)


def page(base: str, path: str, **params) -> tuple[int, Message, str]:
    url = f"{base}{path}" + (f"?{urllib.parse.urlencode(params)}" if params else "")
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def search_ids(base: str, query: str) -> list[str]:
    status, rows = get(base, "/archive/suche.json", q=query, _shape="array")
    assert status == 200
    return [row["id"] for row in rows]


@pytest.mark.parametrize(
    ("title", "query", "score"),
    [
        ("Kempen: Netzwerk gegen Kinderarmut", "kinderarmut kempen", 8),
        ("Beratungen für Mütter", "Beratung Mutter", 8),
        ("Beratungen für Mütter", "Beratung Familie", 4),
        ("Hamm: Familienbüro eröffnet", "Kita", 0),
        (None, "Kita", 0),
    ],
)
def test_german_rank_gives_four_for_each_query_word_the_title_has_a_form_of(title, query, score):
    assert german_rank(title, query) == score


@pytest.mark.parametrize(
    ("counts", "series"),
    [
        ({}, []),
        ({"2019-11": 2, "2020-02": 1}, [("2019-11", 2), ("2019-12", 0), ("2020-01", 0),
                                        ("2020-02", 1)]),
        ({"2019-11": 2, "unbekannt": 5}, [("2019-11", 2)]),
    ],
)
def test_month_series_fills_the_empty_months(counts, series):
    assert [(row["month"], row["articles"]) for row in month_series(counts)] == series


def test_highlighted_keeps_marks_and_escapes_the_rest():
    assert highlighted("<b>Kita</b> und <mark>Familie</mark>") == (
        "&lt;b&gt;Kita&lt;/b&gt; und <mark>Familie</mark>"
    )


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/html; charset=utf-8", "<p>Bürgerbüro</p>".encode(), "<p>Bürgerbüro</p>"),
        ("text/html; charset=ISO-8859-1", "<p>Bürgerbüro</p>".encode("latin-1"),
         "<p>Bürgerbüro</p>"),
        ("text/html; charset=x-unknown", "<p>Bürgerbüro</p>".encode(), "<p>Bürgerbüro</p>"),
        ("text/html; charset=punycode", "<p>Bürgerbüro</p>".encode(), "<p>Bürgerbüro</p>"),
        ("text/html", b'<p onclick="x()">A</p><script>x()</script><style>p{}</style>',
         "<p>A</p>"),
        ("text/html", b'<a href="javascript:x()">A</a><iframe src="/"></iframe>',
         '<a rel="noopener noreferrer">A</a>'),
    ],
    ids=["utf-8", "latin-1", "unknown-charset", "punycode-is-no-web-charset",
         "script-style-handler", "javascript-iframe"],
)
def test_sanitised_page_decodes_and_strips_active_content(content_type, body, expected):
    assert sanitised_page(body, [("Content-Type", content_type)]) == expected


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("Kinderarmut", [KEMPEN]),
        ("Beratungen", [HAMM]),  # the text has "Beratung"
        ("Schule", [KEMPEN]),  # the text has "Schulen"
        ("Buero", [HAMM]),
        ("Massnahme", [DORSTEN]),
        ("beschlossen", [DORSTEN]),  # one lemma: "beschließt" and "beschlossen" are "beschließen"
        ("Familie", sorted([DORSTEN, HAMM, KEMPEN])),  # also a part of "Familienbüro"
    ],
)
def test_search_matches_german_word_forms(site, query, ids):
    assert sorted(search_ids(site, query)) == ids


@pytest.mark.parametrize("query", ['"Kita-Ausbau (U3)"', 'foo"', "AND OR (", "NEAR(", "*", ""])
def test_search_with_punctuation_is_answered(site, query):
    status, _ = get(site, "/archive/suche.json", q=query, _shape="array")

    assert status == 200


def test_search_ranks_title_hits_before_teaser_hits(site):
    # "Familien" is in Dorsten's title and in Kempen's teaser; Hamm has it only as a part of
    # "Familienbüro", which comes last.
    assert search_ids(site, "Familien") == [DORSTEN, KEMPEN, HAMM]


def test_search_snippet_marks_the_matched_words(site):
    _, rows = get(site, "/archive/suche.json", q="Fördermittel", _shape="array")

    assert [row["snippet"] for row in rows] == [
        "Jugendamt, Schulen und Kitas arbeiten künftig enger zusammen.\n\n"
        "Der Landschaftsverband gibt dafür <mark>Fördermittel</mark>."
    ]


def test_search_page_shows_hits_with_marks_and_a_feed_link(site):
    status, _, html = page(site, "/archive/suche", q="Fördermittel")

    assert status == 200
    assert f'<a href="/archive/articles/{KEMPEN}">Kempen: Netzwerk gegen Kinderarmut</a>' in html
    assert "gibt dafür <mark>Fördermittel</mark>." in html
    assert 'href="/archive/suche_feed.atom?q=F%C3%B6rdermittel"' in html


def test_article_page_shows_the_whole_record(site):
    status, _, html = page(site, f"/archive/articles/{KEMPEN}")

    assert status == 200
    for fragment in [
        "<h1",
        ">Kempen: Netzwerk gegen Kinderarmut</h1>",
        '<dd class="published"><time datetime="2012-01-24">24. Januar 2012</time> (geändert am '
        '<time datetime="2012-01-25T13:19:22+01:00">25.01.2012, 13:19 Uhr</time>)</dd>',
        ">Ministerium für Familie, Kinder, Jugend, Kultur und Sport</a>",
        '<dd class="municipalities">Kempen (Kreis Viersen) – Hauptort</dd>',
        ">Kinderarmut</a>",
        "bis zu 25.000\xa0€ von Landschaftsverband Rheinland (Teilhabe)",
        "<p>Der Landschaftsverband gibt dafür Fördermittel.</p>",
        "<li>Online-Recherche auf www.rp-online.de, 24.01.2012</li>",
        f'<a href="/archive/articles/{HAMM}">Hamm: Familienbüro eröffnet</a>',
        f'href="/-/archiviert/{KEMPEN}"',
    ]:
        assert fragment in html


def test_article_page_has_a_cite_line(site):
    _, _, html = page(site, f"/archive/articles/{KEMPEN}")

    assert (
        '<p class="cite">Ministerium für Familie, Kinder, Jugend, Kultur und Sport: '
        "»Kempen: Netzwerk gegen Kinderarmut«, 24.01.2012. Original: "
        "https://www.familie-in-nrw.de/archiv-neues-kommunen.html?a=1. Archiviert im "
        f"Familienarchiv NRW, Datensatz {KEMPEN}, {site}/archive/articles/{KEMPEN} "
        "(abgerufen am 01.05.2024).</p>"
    ) in html.replace("&#34;", '"')


def test_archived_page_is_served_without_scripts(site):
    status, headers, html = page(site, f"/-/archiviert/{KEMPEN}")

    archived = html.split('<div class="archiviert-seite">')[1].split("<!-- Ende")[0]
    assert status == 200
    assert "<h1>Kempen: Netzwerk gegen Kinderarmut</h1>" in archived
    assert [word for word in ("<script", "gehackt", "onclick", "onerror") if word in archived] == []
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")


def test_archived_page_of_an_article_without_stored_page_is_not_found(site):
    status, _, _ = page(site, f"/-/archiviert/{HAMM}")

    assert status == 404


@pytest.mark.parametrize(
    ("path", "rows"),
    [
        ("/archive/karte.json", [
            {"ags": "05562012", "name": "Dorsten", "kreis": "Kreis Recklinghausen",
             "lat": 51.661, "lon": 6.965, "articles": 1},
            {"ags": "05915000", "name": "Hamm", "kreis": "Hamm", "lat": 51.68, "lon": 7.815,
             "articles": 1},
            {"ags": "05166012", "name": "Kempen", "kreis": "Kreis Viersen", "lat": 51.364,
             "lon": 6.419, "articles": 1},
        ]),
        ("/archive/monate.json", [
            {"month": "2012-01", "articles": 1},
            {"month": "2015-03", "articles": 1},
            {"month": "2019-09", "articles": 1},
        ]),
        ("/archive/foerderung_nach_kreis.json", [
            {"kreis": "Kreis Viersen", "articles": 1, "fundings": 1, "amount_eur": 25000.0},
        ]),
        ("/archive/mehrere_herausgeber.json", [
            {"story_id": "s1", "id": KEMPEN, "title": "Kempen: Netzwerk gegen Kinderarmut",
             "articles": 2,
             "publishers": 2, "publisher_names":
             "Ministerium für Familie, Kinder, Jugend, Kultur und Sport,"
             "Ministerium für Kinder, Familie, Flüchtlinge und Integration",
             "first_published": "2012-01-24", "last_published": "2019-09-30"},
        ]),
        ("/archive/neu_diese_woche.json", []),
    ],
    ids=["karte", "monate", "foerderung", "mehrere-herausgeber", "neu"],
)
def test_canned_queries_answer_the_common_questions(site, path, rows):
    status, answer = get(site, path, _shape="array")

    assert (status, answer) == (200, rows)


def test_feed_of_new_items_is_atom(site):
    status, headers, body = page(site, "/archive/neue_meldungen.atom")

    titles = [entry.find(f"{ATOM}title").text for entry in
              ElementTree.fromstring(body).iter(f"{ATOM}entry")]
    assert (status, headers["Content-Type"]) == (200, "application/xml; charset=utf-8")
    assert titles == [
        "Hamm: Familienbüro eröffnet", "Dorsten: Maßnahmen für Familien",
        "Kempen: Netzwerk gegen Kinderarmut",
    ]


def test_feed_of_a_search_lists_its_hits(site):
    _, _, body = page(site, "/archive/suche_feed.atom", q="Familienbüro")

    entries = list(ElementTree.fromstring(body).iter(f"{ATOM}entry"))
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [
        "Hamm: Familienbüro eröffnet"
    ]


def test_timeline_page_draws_a_bar_per_month(site):
    status, _, html = page(site, "/zeitleiste")

    assert status == 200
    assert html.count('<rect class="month"') == 93  # 2012-01 to 2019-09
    assert "<title>März 2015: 1 Meldung</title>" in html
    assert "<title>April 2015: 0 Meldungen</title>" in html


def test_about_page_documents_feeds_and_exports(site):
    status, _, html = page(site, "/ueber")

    assert status == 200
    for fragment in ["/archive/neue_meldungen.atom", "/archive/suche_feed.atom?q=",
                     "/archive/articles.json", "_shape=array", "Datenlizenz Deutschland"]:
        assert fragment in html


def test_metadata_carries_the_gazetteer_and_thesaurus_attributions(site):
    _, metadata = get(site, "/-/metadata.json")

    assert (
        "Datenquelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem "
        "GV-ISys, Stand 31.12.2019; Datenlizenz Deutschland – Namensnennung – Version 2.0 "
        "(www.govdata.de/dl-de/by-2-0)."
    ) in metadata["source"]
    assert metadata["source"].endswith(
        "Sinnverwandte Wörter der Suche: OpenThesaurus (www.openthesaurus.de), LGPL 2.1")


def test_robots_txt_keeps_crawlers_off_queries_and_exports(site):
    status, _, text = page(site, "/robots.txt")

    assert (status, text) == (200, robots_txt("/archive/articles"))


@pytest.mark.parametrize(
    ("name", "value"),
    [("sql_time_limit_ms", 1000), ("suggest_facets", False), ("allow_download", False)],
)
def test_public_limits_are_in_force(site, name, value):
    _, settings = get(site, "/-/settings.json")

    assert settings[name] == value


def test_article_page_keeps_every_field_with_its_description(site):
    _, _, html = page(site, f"/archive/articles/{KEMPEN}")

    fields = html.split('<details class="alle-felder">')[1]
    _, table = get(site, "/archive/articles.json", _size=1)
    assert re.findall(r'data-column="(\w+)"', fields) == table["columns"]
    assert 'data-column-description="Name des Herausgebers am Erscheinungstag"' in fields


def test_article_page_lists_earlier_versions(site):
    status, _, html = page(site, f"/archive/articles/{HAMM}")

    assert status == 200
    assert "<h2>Frühere Fassungen</h2>" in html
    assert (f'<a href="/archive/article_versions/{HAMM},1">Fassung 1</a>: '
            "Hamm: Familienbüro öffnet bald (abgerufen 30.09.2019, ersetzt 01.05.2024)") in html


@pytest.mark.parametrize("path", ["/-/databases.json", "/-/databases", "/-/threads.json"])
def test_introspection_that_shows_server_paths_is_not_served(site, path):
    status, _, body = page(site, path)

    assert status == 404
    assert "/tmp" not in body and "archive.db" not in body
