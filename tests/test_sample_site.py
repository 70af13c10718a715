"""The bundled copy of familie-in-nrw.de and the local server that serves it, over real HTTP."""

import datetime
import json
import re
import signal
import subprocess
import sys
import urllib.request
from urllib.error import HTTPError
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from sample_site.server import DEFAULT_ROOT, Fault, SampleSite

from .conftest import ROOT, founding_blocks

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

EXPECTED = json.loads((DEFAULT_ROOT / "expected.json").read_text("utf-8"))["items"]
ROUTES = json.loads((DEFAULT_ROOT / "routes.json").read_text("utf-8"))
LIST_PAGES = [r for r in ROUTES if r["file"].startswith("lists/")]
FOUNDING = "/archiv-neues-kommunen.html?tx_prnews[showUid]=484"


def fetch(url: str, timeout: float = 5) -> tuple[int, str, bytes]:
    """Status, Content-Type and body of a GET, error statuses included."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def page_file(name: str) -> bytes:
    return (DEFAULT_ROOT / name).read_bytes()


def text(element) -> str:
    return " ".join(element.text_content().split())


def news_item(entry: dict):
    raw = page_file(entry["file"]).decode(entry["charset"])
    return lxml.html.fromstring(raw).find_class("news-single-item")[0]


def german(iso_day: str) -> str:
    return datetime.date.fromisoformat(iso_day).strftime("%d.%m.%Y")


@pytest.mark.parametrize(
    ("target", "file"),
    [
        (
            "/archiv-neues-kommunen.html?&no_cache=1&L=0&tx_prnews[showUid]=484"
            "&tx_prnews[originalPid]=2488&tx_prnews[tstamp]=1327493962",
            "items/484.html",
        ),
        (
            "/archiv-neues-kommunen.html?tx_prnews%5BshowUid%5D=484&tx_prnews%5BoriginalPid%5D=2488",
            "items/484.html",
        ),
        (
            "/archiv-neues-kommunen.html?L=0&tx_prnews[rel]=489,488&tx_prnews[showUid]=484"
            "&cHash=ea2192f2052587859aba95c29abd5a0d%23tabs-2%23tabs-2",
            "items/484.html",
        ),
        (
            "/archiv-meldungen.html?tx_prnews[showUid]=897&tx_prnews[originalPid]=2488",
            "items/897.html",
        ),
        (
            "/archiv-neues-kommunen.html?tx_prnews[showUid]=897&tx_prnews[originalPid]=2488",
            "items/897.html",
        ),
        ("/archiv-neues-kommunen.html", "lists/kommunen-1.html"),
        ("/archiv-neues-kommunen.html?no_cache=1&tx_prnews[pointer]=1", "lists/kommunen-2.html"),
        ("/archiv-meldungen.html?tx_prnews%5Bpointer%5D=1", "lists/meldungen-2.html"),
        ("/index.php?id=1234", "pages/handlungsbereiche.html"),
        (
            "/vertiefungstext-familienbueros-nrw+M5bc82a5b88f.html",
            "pages/vertiefungstext-familienbueros.html",
        ),
        (
            "/vertiefungstext-familienbueros-nrw%2BM5bc82a5b88f.html",
            "pages/vertiefungstext-familienbueros.html",
        ),
        (
            "/veranstaltungskalender.html?tx_cal_controller[getdate]=20210707",
            "pages/veranstaltungskalender.html",
        ),
        ("/", "pages/startseite.html"),
    ],
)
def test_request_is_routed_to_its_page_whatever_the_noise(site, target, file):
    assert fetch(site.base_url + target) == (200, "text/html; charset=utf-8", page_file(file))


@pytest.mark.parametrize(
    "target", ["/gibt-es-nicht.html", "/index.php?id=9999", "/index.php", "/archiv-meldungen"]
)
def test_unknown_page_is_404(site, target):
    assert fetch(site.base_url + target) == (404, "text/html; charset=utf-8", page_file("404.html"))


def test_robots_txt_shuts_out_backend_and_search(site):
    assert fetch(site.base_url + "/robots.txt") == (
        200,
        "text/plain; charset=utf-8",
        b"User-agent: *\nDisallow: /typo3/\nDisallow: /suche/\n",
    )


def test_windows_1252_item_is_labelled_latin_1(site):
    status, content_type, body = fetch(
        site.base_url + "/archiv-neues-kommunen.html?tx_prnews[showUid]=153"
    )

    assert (status, content_type) == (200, "text/html; charset=iso-8859-1")
    assert b'content="text/html; charset=iso-8859-1"' in body


def test_windows_1252_item_holds_quotes_that_latin_1_lacks(site):
    body = fetch(site.base_url + "/archiv-neues-kommunen.html?tx_prnews[showUid]=153")[2]

    assert b"\x84Familienzentrum NRW\x93" in body  # „…“ in windows-1252
    assert b" \x96 " in body and b"gro\xdfer" in body and b"M\xfcnster" in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")


def test_fault_status_answers_with_an_error_page(site):
    site.faults[FOUNDING] = Fault(status=500)

    status, content_type, body = fetch(site.base_url + FOUNDING + "&cHash=abc&L=0")

    assert (status, content_type) == (500, "text/html; charset=utf-8")
    assert b"<h1>500 Internal Server Error</h1>" in body


def test_fault_key_matches_percent_encoded_requests(site):
    site.faults[FOUNDING] = Fault(status=503, headers={"Retry-After": "120"})

    with pytest.raises(HTTPError) as error:
        urllib.request.urlopen(
            site.base_url + "/archiv-neues-kommunen.html?"
            "tx_prnews%5BshowUid%5D=484&tx_prnews%5BoriginalPid%5D=2488"
        )

    assert (error.value.code, error.value.headers["Retry-After"]) == (503, "120")


def test_fault_on_a_list_page_leaves_items_and_other_list_pages_alone(site):
    site.faults["/archiv-neues-kommunen.html"] = Fault(status=500)

    statuses = [
        fetch(site.base_url + target)[0]
        for target in [
            "/archiv-neues-kommunen.html?cHash=0815",
            FOUNDING,
            "/archiv-neues-kommunen.html?tx_prnews[pointer]=1",
        ]
    ]

    assert statuses == [500, 200, 200]


def test_fault_body_replaces_the_page(site):
    edited = page_file("items/484.html").replace(b"rund 70", b"rund 80")
    site.faults[FOUNDING] = Fault(body=edited)

    assert fetch(site.base_url + FOUNDING + "&tx_prnews[tstamp]=1327600000") == (
        200,
        "text/html; charset=utf-8",
        edited,
    )


def test_fault_body_adds_a_page_the_site_lacks(site):
    site.faults["/neu.html"] = Fault(body=b"<html><body>neu</body></html>")

    assert fetch(site.base_url + "/neu.html") == (
        200,
        "text/html; charset=utf-8",
        b"<html><body>neu</body></html>",
    )


def test_fault_delay_lets_the_client_time_out(site):
    site.faults[FOUNDING] = Fault(delay=1.0)

    with pytest.raises(TimeoutError):
        fetch(site.base_url + FOUNDING, timeout=0.2)


def test_request_log_lists_every_target_in_order(site):
    targets = ["/robots.txt", "/archiv-meldungen.html?tx_prnews%5Bpointer%5D=1", "/nix", "/"]
    for target in targets:
        fetch(site.base_url + target)

    assert site.requests == targets


def test_start_urls_are_the_first_list_pages(site):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", site.base_url)
    assert site.start_urls() == [
        site.base_url + "/archiv-neues-kommunen.html",
        site.base_url + "/archiv-meldungen.html",
    ]
    assert site.start_url("meldungen") == site.base_url + "/archiv-meldungen.html"
    assert site.start_url() == site.base_url + "/archiv-neues-kommunen.html"


def test_a_copy_names_its_start_pages_in_site_json_or_starts_at_its_home_page(tmp_path):
    (tmp_path / "routes.json").write_text("[]", "utf-8")
    with SampleSite(ROOT / "tests" / "data" / "prnews_portal") as portal, \
            SampleSite(tmp_path) as plain:
        assert portal.start_urls() == [portal.base_url + "/aktuelles/archiv.html",
                                       portal.base_url + "/presse/meldungen.html"]
        assert plain.start_urls() == [plain.base_url + "/"]


def test_base_url_needs_a_running_site():
    with pytest.raises(RuntimeError, match="not running"):
        SampleSite().base_url  # noqa: B018


def test_command_line_serves_until_interrupted():
    server = subprocess.Popen(
        [sys.executable, "-m", "sample_site.server", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        base_url = server.stdout.readline().strip()
        status = fetch(base_url + "/robots.txt")[0]
    finally:
        server.send_signal(signal.SIGINT)
        returncode = server.wait(timeout=30)  # a guard against hanging, not a speed test
        server.stdout.close()

    assert (status, returncode) == (200, 0)


def test_every_route_file_exists():
    assert [r["file"] for r in ROUTES if not (DEFAULT_ROOT / r["file"]).is_file()] == []


def test_all_links_are_relative():
    absolute = []
    for page in sorted(DEFAULT_ROOT.rglob("*.html")):
        tree = lxml.html.fromstring(page.read_bytes())
        for link in tree.xpath("//@href | //@src | //@action"):
            if urlsplit(link).scheme or link.startswith("/"):
                absolute.append((page.name, link))

    assert absolute == []


@pytest.mark.parametrize("entry", EXPECTED, ids=[e["showUid"] for e in EXPECTED])
def test_expected_title_teaser_and_sources_are_on_the_page(entry):
    shown = text(news_item(entry))

    assert f"{entry['title']} {entry['teaser']} ({german(entry['published'])})" in shown
    assert all(source in shown for source in entry["sources"])


@pytest.mark.parametrize("entry", EXPECTED, ids=[e["showUid"] for e in EXPECTED])
def test_expected_body_matches_the_page(entry):
    teaser = f"{entry['teaser']} ({german(entry['published'])})"
    body = [
        text(p)
        for p in news_item(entry).xpath("p[@class='bodytext']")
        if text(p) != teaser and not text(p).startswith("Quelle")
    ]

    assert (body[0], body[-1], len(body)) == (
        entry["body_first"],
        entry["body_last"],
        entry["paragraphs"],
    )


def test_every_tstamp_is_later_than_the_publication_day():
    berlin = ZoneInfo("Europe/Berlin")
    early = [
        e["showUid"]
        for e in EXPECTED
        if datetime.datetime.fromtimestamp(int(e["tstamp"]), berlin).date().isoformat()
        <= e["published"]
    ]

    assert early == []


def list_url(route: dict) -> str:
    query = urlencode(route["query"], safe="[]")
    return route["path"] + (f"?{query}" if query else "")


def item_links(site) -> list[tuple[str, str]]:
    """(list page, item link) for every link in a news list entry of every list page."""
    links = []
    for route in LIST_PAGES:
        tree = lxml.html.fromstring(fetch(site.base_url + list_url(route))[2])
        for href in tree.xpath("//div[@class='news-list-item']//a/@href"):
            links.append((list_url(route), href))
    return links


def test_list_pages_link_every_item_with_its_tstamp(site):
    found = {}
    for page, href in item_links(site):
        query = parse_qs(urlsplit(href).query)
        key = tuple(query[f"tx_prnews[{name}]"][0] for name in ("showUid", "originalPid", "tstamp"))
        found.setdefault(key, set()).add(page)

    assert found == {
        (e["showUid"], e["originalPid"], e["tstamp"]): set(e["linked_from"]) for e in EXPECTED
    }


def test_every_item_link_reaches_its_page(site):
    reached = {}
    for _, href in item_links(site):
        uid = parse_qs(urlsplit(href).query)["tx_prnews[showUid]"][0]
        reached.setdefault(uid, set()).add(fetch(urljoin(site.base_url + "/", href))[2])

    assert reached == {e["showUid"]: {page_file(e["file"])} for e in EXPECTED}


@pytest.mark.parametrize("route", LIST_PAGES, ids=[r["file"] for r in LIST_PAGES])
def test_pagination_reaches_every_page_of_the_archive(site, route):
    tree = lxml.html.fromstring(fetch(site.base_url + list_url(route))[2])
    browse = {"/" + href for href in tree.xpath("//div[@class='news-list-browse']//a/@href")}

    assert browse | {list_url(route)} == {
        list_url(r) for r in LIST_PAGES if r["path"] == route["path"]
    }


def test_one_item_is_listed_in_both_archives():
    both = [
        e["showUid"]
        for e in EXPECTED
        if {urlsplit(u).path for u in e["linked_from"]}
        == {"/archiv-neues-kommunen.html", "/archiv-meldungen.html"}
    ]

    assert both == ["897"]


def test_founding_item_is_described_as_its_page_writes_it():
    teaser, *body, sources = founding_blocks()
    founding = next(e for e in EXPECTED if e["showUid"] == "484")

    assert founding == {
        **founding,
        "originalPid": "2488",
        "tstamp": "1327493962",
        "title": "Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut",
        "teaser": teaser.removesuffix(" (24.01.2012)"),
        "published": "2012-01-24",
        "body_first": body[0],
        "body_last": body[-1],
        "paragraphs": 4,
        "sources": [sources.removeprefix("Quellen:").strip()],
    }
