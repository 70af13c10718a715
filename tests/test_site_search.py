"""The search page served by Datasette: hit count, filters, timeline, spelling, the feed."""

import re

import feedparser
import pytest

from tests.search_archive import WORD_FORM_ARTICLES, build_search_archive
from tests.test_publish import get, serve_test_archive
from tests.test_site_http import page

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

KEMPEN, DORSTEN, UNNA, HAMM_KITA, VIERSEN, BOCHUM, KREFELD, HAMM_BUERO = (
    f"a{number:015d}" for number in range(1, 9)
)
HERNE_LOTSEN, LUENEN, AHLEN_WALDKITA, BECKUM_KITA_PLAETZE, BECKUM_KITAPLAETZE, UNNA_CAFE, \
    DINSLAKEN = (f"b{number:015d}" for number in range(1, 8))
LEMGO_GEFLUECHTETE = "b000000000000014"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("suche") / "archive.db"
    build_search_archive(db)
    yield from serve_test_archive(tmp_path_factory, db, build=False)


def search_page(site: str, **params) -> str:
    status, _, html = page(site, "/archive/suche", **params)
    assert status == 200
    return html


@pytest.fixture(scope="module")
def forms_site(tmp_path_factory):
    db = tmp_path_factory.mktemp("wortformen") / "archive.db"
    build_search_archive(db, WORD_FORM_ARTICLES)
    yield from serve_test_archive(tmp_path_factory, db, build=False)


def hit_ids(html: str) -> list[str]:
    return re.findall(r'<li><a href="/archive/articles/([ab]\d{15})">', html)


def word_hit_ids(html: str) -> list[str]:
    """hit_ids up to the hits of a compound's parts alone: what the words themselves find
    (the parts alone are tested by themselves)."""
    return [id_ for id_, meta in re.findall(
        r'<li><a href="/archive/articles/([ab]\d{15})">[^<]*</a>\s*<span class="meta">([^<]*)',
        html) if "enthält nur einen Teil des Suchworts" not in meta]


def test_the_page_counts_the_hits(site):
    html = search_page(site, q="Armut")

    assert '<p class="trefferzahl"><strong>3 Treffer</strong>.</p>' in html
    assert hit_ids(html) == [VIERSEN, KREFELD, KEMPEN]


def test_hits_missing_a_word_are_counted_apart(site):
    html = search_page(site, q="Kita Hamm")

    assert ("<strong>1 Treffer</strong>; dazu 2 Meldungen, die nicht alle Suchwörter enthalten.</p>"
            in html)
    assert hit_ids(html) == [HAMM_KITA, DORSTEN, HAMM_BUERO]
    assert html.count("· enthält nicht alle Suchwörter</span>") == 2


@pytest.mark.parametrize(
    ("filters", "ids", "parts_alone"),
    [
        # After Kinderarmut's hits, those of its parts alone: Viersen's Armut, Dorsten's Kinder.
        ({"kreis": "Kreis Viersen"}, [KEMPEN], [VIERSEN]),
        ({"gemeinde": "Krefeld"}, [KREFELD], []),
        ({"von": "2013", "bis": "2014"}, [KREFELD], [VIERSEN]),
        ({"thema": "netzwerk-kinderarmut"}, [KREFELD, KEMPEN], []),
        ({"herausgeber": "presse"}, [KREFELD], [DORSTEN]),
        ({"foerderung": "mit"}, [KEMPEN], []),
        ({"foerderung": "ohne"}, [KREFELD], [DORSTEN, VIERSEN]),
        ({"foerderung": "100000"}, [], []),
    ],
)
def test_each_filter_of_the_page_narrows_the_hits_and_stays_selected(site, filters, ids,
                                                                     parts_alone):
    html = search_page(site, q="Kinderarmut", **filters)

    assert hit_ids(html) == ids + parts_alone
    assert f"<strong>{len(ids)} Treffer</strong>" in html
    assert html.count("· enthält nur einen Teil des Suchworts</span>") == len(parts_alone)
    for name, value in filters.items():
        if name in ("von", "bis", "gemeinde"):
            assert f'name="{name}" value="{value}"' in html
        else:
            assert f'<option value="{value}" selected>' in html


def test_the_filters_offer_the_places_topics_outlets_and_funding(site):
    html = search_page(site, q="Kinderarmut")

    assert '<option value="Kreis Viersen">Kreis Viersen</option>' in html
    assert '<option value="Krefeld">' in html  # a Gemeinde of the list
    assert '<option value="netzwerk-kinderarmut">Netzwerk gegen Kinderarmut</option>' in html
    assert re.findall(r'<option value="(stadt|presse)"', html) == ["presse", "stadt"]
    assert '<option value="1000000">ab 1 Mio. €</option>' in html


def test_the_timeline_shows_hits_per_year_linked_to_that_year(site):
    html = search_page(site, q="Armut", kreis="Kreis Viersen")
    bars = re.findall(
        r'<a class="jahr" href="([^"]+)"[^>]*>(\d{4})</a>\s*<span class="balken">'
        r'<span style="width: (\d+)%"></span></span>\s*<span class="anzahl">(\d+)</span>', html)

    assert bars == [
        ("/archive/suche?q=Armut&amp;von=2012&amp;bis=2012&amp;kreis=Kreis+Viersen", "2012",
         "100", "1"),
        ("/archive/suche?q=Armut&amp;von=2013&amp;bis=2013&amp;kreis=Kreis+Viersen", "2013",
         "100", "1"),
    ]
    assert hit_ids(search_page(site, q="Armut", von="2013", bis="2013",
                               kreis="Kreis Viersen")) == [VIERSEN]


def test_a_typo_gets_a_suggestion_and_its_hits(site):
    html = search_page(site, q="Kinderamut")

    assert ('<p class="vorschlag">Keine Treffer für „Kinderamut“. Meinten Sie '
            '<a href="/archive/suche?q=Kinderarmut">Kinderarmut</a>? '
            'Die Treffer dafür stehen unten.</p>') in html
    # Kinderarmut's two hits, then those of one of its parts alone
    assert hit_ids(html) == [KREFELD, KEMPEN, DORSTEN, VIERSEN]


def test_a_compound_that_finds_nothing_lists_the_hits_of_its_parts_alone(site):
    # No article has a Kita and a Bericht: Viersen's "Sozialbericht" first, then the two Kitas.
    html = search_page(site, q="Kitabericht")

    assert ("<strong>0 Treffer</strong>; dazu 3 Meldungen, die nur Teile des Suchworts oder "
            "ein sinnverwandtes Wort enthalten.</p>") in html
    assert hit_ids(html) == [VIERSEN, HAMM_KITA, DORSTEN]
    assert html.count("· enthält nur einen Teil des Suchworts</span>") == 3
    assert "vorschlag" not in html
    status, rows = get(site, "/archive/suche.json", q="Kitabericht", _shape="array")
    assert [(row["id"], row["passung"]) for row in rows] == [
        (VIERSEN, "ein Teil des Suchworts"), (HAMM_KITA, "ein Teil des Suchworts"),
        (DORSTEN, "ein Teil des Suchworts")]


def test_nothing_found_says_so_in_german(site):
    html = search_page(site, q="Xylofonkonzert")

    assert '<p class="trefferzahl"><strong>0 Treffer</strong>.</p>' in html
    assert '<p class="zero-results">Keine Treffer.</p>' in html
    assert "vorschlag" not in html


def test_the_json_lists_each_hit_with_how_it_matched(site):
    status, rows = get(site, "/archive/suche.json", q="Armut", _shape="array")

    assert status == 200
    assert [(row["id"], row["passung"], row["municipality"]) for row in rows] == [
        (VIERSEN, "Wort", "Viersen"), (KREFELD, "Wortteil", "Krefeld"),
        (KEMPEN, "Wortteil", "Kempen")]


def test_the_feed_follows_the_filters(site):
    html = search_page(site, q="Kinderarmut", kreis="Kreis Viersen")
    link = re.search(r'<a class="atom" href="([^"]+)">Atom-Feed dieser Suche</a>', html)[1]
    assert link == "/archive/suche_feed.atom?q=Kinderarmut&amp;kreis=Kreis+Viersen"

    status, _, body = page(site, "/archive/suche_feed.atom", q="Kinderarmut",
                           kreis="Kreis Viersen")
    feed = feedparser.parse(body)

    assert status == 200
    # Only the hits the page counts: not Viersen's "Armut", a part of the word alone.
    assert [entry.title for entry in feed.entries] == ["Kempen: Netzwerk gegen Kinderarmut startet"]
    unfiltered = feedparser.parse(page(site, "/archive/suche_feed.atom", q="Kinderarmut")[2])
    assert [entry.title for entry in unfiltered.entries] == [
        "Krefeld: Kinderarmut bleibt hoch", "Kempen: Netzwerk gegen Kinderarmut startet"]


def test_the_feed_leaves_out_the_hits_lacking_a_word(site):
    html = search_page(site, q="Kita Hamm", von="2019")
    assert ("<strong>1 Treffer</strong>; dazu 1 Meldung, die nicht alle Suchwörter enthält.</p>"
            in html)
    assert hit_ids(html) == [HAMM_KITA, HAMM_BUERO]

    feed = feedparser.parse(page(site, "/archive/suche_feed.atom", q="Kita Hamm", von="2019")[2])

    assert [entry.title for entry in feed.entries] == ["Hamm: Die Kita am Markt wird größer"]


@pytest.mark.parametrize("value", ["x" * 501, "Kita " * 101])
def test_overlong_input_is_refused_before_any_search(site, value):
    status, _, body = page(site, "/archive/suche", q=value)

    assert status == 400
    assert body == "Ein Suchbegriff oder Filter ist zu lang (höchstens 500 Zeichen)."


def test_many_words_and_odd_filters_are_answered(site):
    query = " ".join(["Kinderamut"] * 8 + ["Hebamen"] * 4)
    html = search_page(site, q=query, foerderung="viel", von="gestern", bis="'; drop")

    assert "<strong>0 Treffer</strong>" in html
    assert 'name="bis" value="&#39;; drop"' in html


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("Babylotsin", [HERNE_LOTSEN]),  # "Babylotsen": the other gender
        # then "Kita-Plätze" in two articles
        ("Kitaplätze", [BECKUM_KITAPLAETZE, LEMGO_GEFLUECHTETE, BECKUM_KITA_PLAETZE]),
        ("Waldkindergarten", [AHLEN_WALDKITA, LEMGO_GEFLUECHTETE, BECKUM_KITAPLAETZE,
                              BECKUM_KITA_PLAETZE]),
        ("Unnaer", [UNNA_CAFE]),  # "Unna"
        ('"NRW schafft Chancen"', [DINSLAKEN]),  # "kinderstark"
    ],
)
def test_the_page_finds_other_forms_compounds_synonyms_and_places(forms_site, query, ids):
    html = search_page(forms_site, q=query)

    assert word_hit_ids(html) == ids


def test_a_hit_by_a_noun_of_the_same_meaning_says_so(forms_site):
    html = search_page(forms_site, q="Shoppingcenter")

    assert hit_ids(html) == ["b000000000000028"]  # "Einkaufszentrum"
    assert html.count("· enthält ein sinnverwandtes Wort</span>") == 1



def test_a_word_typed_alone_found_by_its_parts_apart_says_so_on_its_row(site):
    # Viersen's article has "Armut" and its "Sozialbericht", not the word "Armutsbericht".
    html = search_page(site, q="Armutsbericht")

    assert html.count("· enthält Teile des Suchworts oder ein sinnverwandtes Wort</span>") == 1
    assert "· enthält nicht alle Suchwörter</span>" not in html
    status, rows = get(site, "/archive/suche.json", q="Armutsbericht", _shape="array")
    assert [(row["id"], row["passung"]) for row in rows][0] == (VIERSEN, "Teile oder sinnverwandt")
