import pytest

from pipeline.citations import Citation, parse_sources
from pipeline.rules import default_rules

WORDS = default_rules().citations

MFKJKS = "Ministerium für Familie, Kinder, Jugend, Kultur und Sport des Landes Nordrhein-Westfalen"
MGFFI = (
    "Ministerium für Generationen, Familie, Frauen und Integration des Landes Nordrhein-Westfalen"
)
RP_ONLINE_2012 = Citation(
    text="Online-Recherche auf www.rp-online.de, 24.01.2012",
    outlet_id="rp-online",
    outlet_name="Rheinische Post",
    domain="rp-online.de",
    date="2012-01-24",
    usage="online research",
)


@pytest.fixture(scope="module")
def registry():
    return default_rules().outlets

@pytest.mark.parametrize(
    "lines",
    [
        ["Online-Recherche auf www.rp-online.de, 24.01.2012"],
        ["Quellen: Online-Recherche auf www.rp-online.de, 24.01.2012"],
        ["Quellen:", "Online-Recherche auf www.rp-online.de, 24.01.2012", ""],
        ["  quelle :  Online-Recherche auf www.rp-online.de, 24.01.2012  "],
    ],
)
def test_founding_page_source_with_or_without_label(registry, lines):
    assert parse_sources(lines, registry, WORDS) == [RP_ONLINE_2012]


@pytest.mark.parametrize(
    ("line", "citation"),
    [
        (
            "Quelle: Westdeutsche Zeitung vom 22.01.2012",
            Citation(
                "Westdeutsche Zeitung vom 22.01.2012",
                "wz",
                "Westdeutsche Zeitung",
                None,
                "2012-01-22",
                "newspaper article",
            ),
        ),
        (
            "Quelle: Staatskanzlei des Landes Nordrhein-Westfalen vom 03.07.2013",
            Citation(
                "Staatskanzlei des Landes Nordrhein-Westfalen vom 03.07.2013",
                "land-nrw",
                "Staatskanzlei des Landes Nordrhein-Westfalen",
                None,
                "2013-07-03",
                "press release",
            ),
        ),
        (
            "Pressemitteilung der Stadt Moers vom 20.01.2012",
            Citation(
                "Pressemitteilung der Stadt Moers vom 20.01.2012",
                "stadt-moers",
                "Stadt Moers",
                None,
                "2012-01-20",
                "press release",
            ),
        ),
        (
            "Quelle: Westdeutsche Zeitung",
            Citation(
                "Westdeutsche Zeitung",
                "wz",
                "Westdeutsche Zeitung",
                None,
                None,
                "newspaper article",
            ),
        ),
        (
            "Quelle: Kreis Unna. (PK)",
            Citation("Kreis Unna. (PK)", "kreis-unna", "Kreis Unna", None, None, "press release"),
        ),
        (
            "Quelle: http://www.wz.de/lokales/kreis-viersen/kempen/kampf-1.1079058",
            Citation(
                "http://www.wz.de/lokales/kreis-viersen/kempen/kampf-1.1079058",
                "wz",
                "Westdeutsche Zeitung",
                "wz.de",
                None,
                "newspaper article",
            ),
        ),
    ],
)
def test_one_source(registry, line, citation):
    assert parse_sources([line], registry, WORDS) == [citation]


def test_published_stamp_before_the_label_dates_a_source_without_date(registry):
    line = "Veröffentlicht: 05.09.2013 // Quelle: Landschaftsverband Rheinland"
    assert parse_sources([line], registry, WORDS) == [
        Citation(
            "Landschaftsverband Rheinland",
            "lvr",
            "Landschaftsverband Rheinland",
            None,
            "2013-09-05",
            "press release",
        )
    ]


def test_editor_line_is_not_a_source(registry):
    lines = [
        "Quelle: Staatskanzlei des Landes Nordrhein-Westfalen vom 03.07.2013",
        "Redaktion: Erika Beispiel",
    ]
    assert [c.outlet_id for c in parse_sources(lines, registry, WORDS)] == ["land-nrw"]


@pytest.mark.parametrize(
    ("line", "text", "outlet_id", "outlet_name"),
    [
        ("Quelle: dpa", "dpa", "dpa", "Deutsche Presse-Agentur"),
        ("(dpa/lnw)", "(dpa/lnw)", "dpa", "Deutsche Presse-Agentur"),
        ("Düsseldorf (epd).", "Düsseldorf (epd).", "epd", "Evangelischer Pressedienst"),
        ("Autor: Max Muster/dapd", "Max Muster/dapd", "dapd", "dapd Nachrichtenagentur"),
        ("KNA", "KNA", "kna", "Katholische Nachrichten-Agentur"),
    ],
)
def test_agency_markers(registry, line, text, outlet_id, outlet_name):
    assert parse_sources([line], registry, WORDS) == [
        Citation(text, outlet_id, outlet_name, None, None, "agency report")
    ]


@pytest.mark.parametrize("line", ["Autor: Max Muster", "Foto: Erika Beispiel/Stadt Kempen"])
def test_people_lines_without_an_agency_are_no_sources(registry, line):
    assert parse_sources([line], registry, WORDS) == []


@pytest.mark.parametrize(
    ("line", "texts", "outlet_ids", "dates"),
    [
        (
            "Quellen: Rheinische Post; Westdeutsche Zeitung, 24.01.2012",
            ["Rheinische Post", "Westdeutsche Zeitung, 24.01.2012"],
            ["rp-online", "wz"],
            [None, "2012-01-24"],
        ),
        (
            "Rheinische Post / WAZ / www.wz.de",
            ["Rheinische Post", "WAZ", "www.wz.de"],
            ["rp-online", "waz", "wz"],
            [None, None, None],
        ),
        (
            "Rheinische Post, 23.01.2012, WAZ, 24.01.2012",
            ["Rheinische Post, 23.01.2012", "WAZ, 24.01.2012"],
            ["rp-online", "waz"],
            ["2012-01-23", "2012-01-24"],
        ),
        (
            "Kempener Stadtbote; Rheinische Post",
            ["Kempener Stadtbote", "Rheinische Post"],
            [None, "rp-online"],
            [None, None],
        ),
        # A comma before a detail of the same source does not start a new one.
        (
            "Rheinische Post, Lokalteil Kempen, 24.01.2012",
            ["Rheinische Post, Lokalteil Kempen, 24.01.2012"],
            ["rp-online"],
            ["2012-01-24"],
        ),
        # Nor do the commas inside a ministry's name.
        (
            "Pressemitteilung des Ministeriums für Familie, Kinder, Jugend, Kultur und Sport, "
            "12.03.2012",
            [
                "Pressemitteilung des Ministeriums für Familie, Kinder, Jugend, Kultur und Sport, "
                "12.03.2012"
            ],
            ["nrw-familienministerium"],
            ["2012-03-12"],
        ),
    ],
)
def test_several_sources_on_one_line(registry, line, texts, outlet_ids, dates):
    citations = parse_sources([line], registry, WORDS)
    assert [(c.text, c.outlet_id, c.date) for c in citations] == list(
        zip(texts, outlet_ids, dates, strict=True)
    )


@pytest.mark.parametrize(
    ("day", "name"),
    [
        ("3.5.2008", MGFFI),
        ("24.01.2012", MFKJKS),
    ],
)
def test_ministry_named_as_on_the_sources_date(registry, day, name):
    [citation] = parse_sources([f"Quelle: NRW-Familienministerium, {day}"], registry, WORDS)
    assert citation.outlet_name == name


def test_ministry_without_date_gets_its_canonical_name(registry):
    [citation] = parse_sources(["Quelle: Familienministerium"], registry, WORDS)
    assert citation.outlet_name == "Familienministerium des Landes Nordrhein-Westfalen"


@pytest.mark.parametrize(
    ("line", "citation"),
    [
        (
            "Quelle: Kempener Stadtbote vom 22.01.2012",
            Citation(
                "Kempener Stadtbote vom 22.01.2012",
                None,
                "Kempener Stadtbote",
                None,
                "2012-01-22",
                None,
            ),
        ),
        (
            "Online-Recherche auf www.kempener-stadtbote.de, 24.01.2012",
            Citation(
                "Online-Recherche auf www.kempener-stadtbote.de, 24.01.2012",
                None,
                None,
                "kempener-stadtbote.de",
                "2012-01-24",
                "online research",
            ),
        ),
        (
            "Pressemitteilung des Fördervereins Kinderglück vom 3.4.2012",
            Citation(
                "Pressemitteilung des Fördervereins Kinderglück vom 3.4.2012",
                None,
                "Fördervereins Kinderglück",
                None,
                "2012-04-03",
                "press release",
            ),
        ),
    ],
)
def test_unknown_outlet_keeps_the_name_as_written(registry, line, citation):
    assert parse_sources([line], registry, WORDS) == [citation]


@pytest.mark.parametrize("text", ["z.B. im Jugendamt", "Kinder.Die Stadt"])
def test_abbreviations_and_missing_spaces_are_no_domains(registry, text):
    [citation] = parse_sources([f"Quelle: {text}"], registry, WORDS)
    assert citation.domain is None


def test_no_lines_no_citations(registry):
    assert parse_sources([], registry, WORDS) == []
