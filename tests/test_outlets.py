import re
from datetime import date, datetime

import pytest

from pipeline.datafile import DataFileError, read_toml
from pipeline.outlets import (
    KINDS,
    OutletDataError,
    OutletName,
    OutletRegistry,
)
from pipeline.rules import default_rules

MINISTRY = "nrw-familienministerium"


@pytest.fixture(scope="module")
def registry():
    return default_rules().outlets


def test_shipped_file_loads_every_outlet_with_a_known_kind(registry):
    outlets = list(registry)
    assert len(outlets) == 35
    assert {o.kind for o in outlets} <= set(KINDS)


def test_ministry_is_one_outlet_with_its_names_by_period(registry):
    ministry = registry.get(MINISTRY)
    assert ministry.kind == "ministry"
    assert ministry.domains == (
        "familie-in-nrw.de",
        "familienportal.nrw",
        "mkjfgfi.nrw",
        "mkffi.nrw",
        "mfkjks.nrw.de",
        "mfkjks.nrw",
        "mgffi.nrw.de",
    )
    assert [n.abbreviation for n in ministry.names] == [
        "MFJFG", "MGSFF", "MGFFI", "MFKJKS", "MKFFI", "MKJFGFI",
    ]  # fmt: skip
    assert ministry.names[3] == OutletName(
        "Ministerium für Familie, Kinder, Jugend, Kultur und Sport des Landes Nordrhein-Westfalen",
        "MFKJKS",
        date(2010, 7, 15),
        date(2017, 6, 29),
    )


def test_get_unknown_id_raises_key_error(registry):
    with pytest.raises(KeyError):
        registry.get("no-such-outlet")


@pytest.mark.parametrize(
    ("host_or_url", "outlet_id"),
    [
        ("rp-online.de", "rp-online"),
        ("www.rp-online.de", "rp-online"),
        ("https://www.rp-online.de/nrw/staedte/kempen/netzwerk_aid-123", "rp-online"),
        ("RP-Online.DE", "rp-online"),
        ("http://www.wz.de:8080/lokales/kreis-viersen", "wz"),
        ("lokal.wz.de", "wz"),
        ("wz-newsline.de", "wz"),
        ("https://www.derwesten.de/staedte/essen/x-id1665057.html", "waz"),
        ("waz.de", "waz"),
        ("aachener-zeitung.de", "aachener-zeitung"),
        ("aachener-nachrichten.de", "aachener-nachrichten"),
        ("www.familie-in-nrw.de/archiv-neues-kommunen.html?no_cache=1", MINISTRY),
        ("www.mfkjks.nrw.de", MINISTRY),
        ("mkjfgfi.nrw", MINISTRY),
        ("https://www.land.nrw/de/pressemitteilung/x", "land-nrw"),
        ("www.lvr.de", "lvr"),
        ("lwl.org/pressemitteilungen/mitteilung.php?urlID=12345", "lwl"),
        ("www.leverkusen.com", "stadt-leverkusen"),
        ("leverkusen.de", "stadt-leverkusen"),
        ("radiokiepenkerl.de/artikel/x-702943.html", "radio-kiepenkerl"),
        ("www.kreis-unna.de/nachrichten/n/x/", "kreis-unna"),
    ],
)
def test_by_domain(registry, host_or_url, outlet_id):
    assert registry.by_domain(host_or_url).id == outlet_id


@pytest.mark.parametrize(
    "host_or_url", ["example.org", "wz.de.example.org", "notwz.de", "", "de", "https://nrw.de/"]
)
def test_by_domain_unknown(registry, host_or_url):
    assert registry.by_domain(host_or_url) is None


@pytest.mark.parametrize(
    ("text", "outlet_id"),
    [
        ("Rheinische Post", "rp-online"),
        ("RP ONLINE", "rp-online"),
        ("rheinische post", "rp-online"),
        ("laut WZ", "wz"),
        ("Westdeutsche Zeitung vom 22.01.2012", "wz"),
        ("Westdeutsche Allgemeine Zeitung", "waz"),
        ("Der Landschaftsverband Rheinland fördert", "lvr"),
        ("vom Landesverband Rheinland (LVR)", "lvr"),
        ("das Landesjugendamt Rheinland", "lvr"),
        ("LWL-Landesjugendamt Westfalen", "lwl"),
        ("Landschaftsverband Westfalen-Lippe", "lwl"),
        ("Staatskanzlei des Landes Nordrhein-Westfalen", "land-nrw"),
        ("das NRW-Familienministerium", MINISTRY),
        ("das Familienministerium", MINISTRY),
        ("MGFFI", MINISTRY),
        ("Ministerium für Generationen, Familie, Frauen und Integration des Landes NRW", MINISTRY),
        ("das Bundesfamilienministerium", "bmfsfj"),
        ("(dpa/lnw)", "dpa"),
        ("Düsseldorf (epd).", "epd"),
        ("Autor: Max Muster/dapd", "dapd"),
        ("KNA", "kna"),
        ("Kölner Stadt-Anzeiger", "ksta"),
        ("Neue Ruhr Zeitung", "nrz"),
        ("Westfälische Nachrichten", "wn"),
        ("Pressemitteilung der Stadt Moers", "stadt-moers"),
        ("Bertelsmann Stiftung", "bertelsmann-stiftung"),
        # The first name in the text wins.
        ("WDR und WAZ berichten", "wdr"),
    ],
)
def test_by_name(registry, text, outlet_id):
    assert registry.by_name(text).id == outlet_id


@pytest.mark.parametrize(
    "text",
    ["im Rheinland", "Landesverbandstag", "Kurpfalz", "Sportpresse", "Expressionismus", "Arp"],
)
def test_by_name_not_inside_other_words(registry, text):
    assert registry.by_name(text) is None


@pytest.mark.parametrize(
    ("text", "outlet_id"),
    [
        ("Online-Recherche auf www.rp-online.de, 24.01.2012", "rp-online"),
        ("Online-Recherche auf rp-online.de", "rp-online"),
        ("siehe http://www.wz.de/lokales/kreis-viersen/kempen/x-1.1079058", "wz"),
        ("Quelle: Westdeutsche Zeitung", "wz"),
        # A written domain wins over a name elsewhere in the text.
        ("WAZ-Bericht, gefunden auf www.lvr.de", "lvr"),
    ],
)
def test_resolve(registry, text, outlet_id):
    assert registry.resolve(text).id == outlet_id


def test_resolve_nothing_known(registry):
    assert registry.resolve("Eigene Recherche auf www.example.org") is None


@pytest.mark.parametrize(
    ("day", "abbreviation"),
    [
        (date(1998, 6, 9), "MFJFG"),
        (date(2002, 11, 11), "MFJFG"),
        (date(2002, 11, 12), "MGSFF"),
        (date(2005, 6, 23), "MGSFF"),
        (date(2005, 6, 24), "MGFFI"),
        (date(2010, 7, 14), "MGFFI"),
        (date(2010, 7, 15), "MFKJKS"),
        (date(2012, 1, 24), "MFKJKS"),
        (date(2017, 6, 29), "MFKJKS"),
        (date(2017, 6, 30), "MKFFI"),
        (date(2022, 6, 28), "MKFFI"),
        (date(2022, 6, 29), "MKJFGFI"),
        (date(2030, 1, 1), "MKJFGFI"),
    ],
)
def test_name_on_each_period_boundary(registry, day, abbreviation):
    names = {n.abbreviation: n.name for n in registry.get(MINISTRY).names}
    assert registry.name_on(MINISTRY, day) == names[abbreviation]


def test_name_on_the_founding_page(registry):
    assert registry.name_on(MINISTRY, datetime(2012, 1, 24, 12, 0)) == (
        "Ministerium für Familie, Kinder, Jugend, Kultur und Sport des Landes Nordrhein-Westfalen"
    )


@pytest.mark.parametrize("day", [None, date(1998, 6, 8)])
def test_name_on_outside_all_periods_is_the_canonical_name(registry, day):
    assert registry.name_on(MINISTRY, day) == "Familienministerium des Landes Nordrhein-Westfalen"


def test_name_on_an_outlet_without_periods(registry):
    assert registry.name_on("lvr", date(2012, 1, 24)) == "Landschaftsverband Rheinland"


def test_load_a_researchers_file(tmp_path):
    path = tmp_path / "outlets.toml"
    path.write_text(
        '[[outlet]]\nid = "kempen-blog"\nname = "Kempener Blog"\nkind = "portal"\n'
        'domains = ["www.kempen-blog.de"]\naliases = ["KB"]\n',
        encoding="utf-8",
    )
    registry = OutletRegistry.load(path)
    assert [o.id for o in registry] == ["kempen-blog"]
    assert registry.by_domain("kempen-blog.de").name == "Kempener Blog"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[outlet]]\nid = "x"\nname = "X\n', "Illegal character '\\n' (at line 3, column 10)"),
        (
            "[[outlet]]\nid = 1 2\n",
            "Expected newline or end of document after a statement (at line 2, column 8)",
        ),
        ('[[outlet]]\nid = "x"\nkind = "newspaper"\n', '[[outlet]] 1 ("x"): missing key "name"'),
        (
            '[[outlet]]\nid = "x"\nname = "X"\nkind = "blog"\n',
            "[[outlet]] 1 (\"x\"): kind 'blog' is not one of ministry, state government, "
            "regional body, newspaper, broadcaster, municipality, agency, portal, foundation",
        ),
        (
            '[[outlet]]\nid = "x"\nname = "X"\nkind = "portal"\n'
            '[[outlet.names]]\nname = "Y"\nvalid_from = "2010"\n',
            '[[outlet]] 1 ("x") [[names]] 1 ("Y") valid_from: expected a date (YYYY-MM-DD), '
            "got '2010'",
        ),
        (
            '[[outlet]]\nid = "x"\nname = "X"\nkind = "portal"\n'
            '[[outlet.names]]\nname = "Y"\nvalid_from = 2010-01-01\nvalid_to = 2009-01-01\n',
            '[[outlet]] 1 ("x") [[names]] 1 ("Y"): ends before it starts',
        ),
        (
            '[[outlet]]\nid = "x"\nname = "X"\nkind = "portal"\ndomains = ["x.de"]\n'
            '[[outlet]]\nid = "y"\nname = "Y"\nkind = "portal"\ndomains = ["x.de"]\n',
            "domain 'x.de' used by 'x' and 'y'",
        ),
        (
            '[[outlet]]\nid = "x"\nname = "X"\nkind = "portal"\n'
            '[[outlet]]\nid = "x"\nname = "Y"\nkind = "portal"\n',
            "id 'x' used by 'x' and 'x'",
        ),
        (
            '[[outlet]]\nid = "x"\nname = "X"\nkind = "portal"\naliases = ["Z"]\n'
            '[[outlet]]\nid = "y"\nname = "z"\nkind = "portal"\n',
            "name 'z' used by 'x' and 'y'",
        ),
    ],
)
def test_a_bad_file_gives_an_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "outlets.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(OutletDataError) as raised:
        OutletRegistry.load(path)
    assert str(raised.value) == f"{path}: {message}"


def test_a_missing_file_gives_an_error_naming_it(tmp_path):
    path = tmp_path / "missing.toml"
    with pytest.raises(OutletDataError, match="missing.toml"):
        OutletRegistry.load(path)


def test_every_rules_file_names_itself_when_it_cannot_be_read(tmp_path):
    broken = tmp_path / "topics.toml"
    broken.write_text("[[topic]\n", encoding="utf-8")

    with pytest.raises(DataFileError, match=f"^{re.escape(str(broken))}: "):
        read_toml(broken)


def test_an_id_is_in_the_registry_when_it_lists_that_outlet(registry):
    assert ("lvr" in registry, "kempen-blog" in registry) == (True, False)
