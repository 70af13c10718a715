"""The site under any database file name: `serve --db snapshot.db` serves what archive.db does."""

import re
import shutil
import sys
import urllib.request
from contextlib import ExitStack, contextmanager

import pytest
from datasette.app import Datasette

from pipeline.site.metadata import served_archive, site_metadata
from pipeline.site.plugin import robots_txt
from tests.test_publish import build_archive, free_port, serving
from tests.test_storage import KEMPEN

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

NAMES = ["archive", "snapshot"]


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """One archive served twice, as archive.db and as snapshot.db: {name: base URL}.

    The copies share their bytes and WARC files, so their pages may differ only by the name.
    """
    first = tmp_path_factory.mktemp("archive") / "archive.db"
    build_archive(first)
    second = tmp_path_factory.mktemp("snapshot") / "snapshot.db"
    shutil.copyfile(first, second)
    shutil.copytree(first.parent / "warc", second.parent / "warc")
    commands = {
        "archive": [sys.executable, "-c", "from pipeline.site.serve import serve; "
                    f"serve({str(first)!r}, port={{port}})"],
        # The command line a reader of the issue typed.
        "snapshot": [sys.executable, "-m", "pipeline", "serve", f"--db={second}",
                     "--port={port}"],
    }
    with ExitStack() as stack:
        bases = {}
        for name, command in commands.items():
            port = free_port()
            command = [part.format(port=port) for part in command]
            bases[name] = stack.enter_context(contextmanager(serving)(command, port))
        yield bases


def fetch(base: str, path: str) -> str:
    with urllib.request.urlopen(base + path, timeout=10) as response:
        assert response.status == 200
        return response.read().decode()


def with_name_neutral(page: str, name: str, base: str) -> str:
    """The page with the database's name, its colour, the server's address, timings and script
    nonces (new on every response) taken out."""
    page = page.replace(base, "BASE")
    page = re.sub(r'<script nonce="[\w-]+"', "<script", page)
    page = re.sub(rf"\b{name}\b", "DB", page)
    page = re.sub(r"border-left: 10px solid #[0-9a-f]{6}", "border-left: 10px solid", page)
    return re.sub(r"Queries took [\d.]+ms", "Queries took", page)


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("/", "Suche in allen Meldungen"),
        ("/{db}/suche?q=Kinderarmut", "Atom-Feed dieser Suche"),
        ("/{db}/suche.json?q=F%C3%B6rdermittel&_shape=array", "Kempen: Netzwerk gegen Kinderarmut"),
        (f"/{{db}}/articles/{KEMPEN}", "<h2>Diesen Datensatz zitieren</h2>"),
        (f"/-/archiviert/{KEMPEN}", "<strong>Archivierte Fassung</strong>"),
        ("/{db}/articles", "Name des Herausgebers am Erscheinungstag"),
        ("/{db}/foerderung_nach_kreis", "Förderung nach Kreis"),
        ("/{db}/neu_diese_woche", "Neu in dieser Woche"),
        ("/{db}/mehrere_herausgeber", "Geschichten mit mehr als einem Herausgeber"),
        ("/{db}/karte", "Karte der Gemeinden"),
        ("/{db}/monate.json?_shape=array", '"month": "2019-09"'),
        ("/zeitleiste", "Zeitleiste: Meldungen je Monat"),
        ("/ueber", 'Die <a href="/DB/suche">Suche</a>'),
        ("/{db}/neue_meldungen.atom", "<title>Hamm: Familienbüro eröffnet</title>"),
        ("/{db}/suche_feed.atom?q=Familienb%C3%BCro", "<title>Hamm: Familienbüro eröffnet</title>"),
        ("/robots.txt", "Allow: /DB/articles?_next="),
    ],
    ids=["home", "search", "search-json", "article", "archived", "articles", "funding-by-kreis",
         "new-this-week", "several-publishers", "map", "months", "timeline", "about",
         "new-feed", "search-feed", "robots"],
)
def test_a_page_is_the_same_under_either_file_name(sites, path, label):
    pages = {
        name: with_name_neutral(fetch(base, path.format(db=name)), name, base)
        for name, base in sites.items()
    }

    assert label in pages["archive"]
    assert pages["snapshot"] == pages["archive"]


def test_the_search_page_is_ours_under_another_name(sites):
    html = fetch(sites["snapshot"], "/snapshot/suche?q=Kinderarmut")

    assert '<form class="suche" action="/snapshot/suche" method="get">' in html
    assert f'<a href="/snapshot/articles/{KEMPEN}">Kempen: Netzwerk gegen Kinderarmut</a>' in html
    assert "<textarea" not in html  # not Datasette's SQL editor


def test_the_archived_page_keeps_its_policy_under_another_name(sites):
    with urllib.request.urlopen(f"{sites['snapshot']}/-/archiviert/{KEMPEN}") as response:
        policy = response.headers["Content-Security-Policy"]

    assert policy.startswith("default-src 'none'")


def test_site_metadata_keys_the_archive_by_its_name():
    metadata = site_metadata("snapshot", "/snapshot")

    assert list(metadata["databases"]) == ["snapshot"]
    assert "archive" not in metadata
    assert set(metadata["databases"]["snapshot"]["queries"]) == {
        "suche", "suche_feed", "neue_meldungen", "neu_diese_woche", "foerderung_nach_kreis",
        "mehrere_herausgeber", "karte", "monate", "foerderung_im_kreis",
    }
    assert '<form class="suche" action="/snapshot/suche" method="get">' in (
        metadata["description_html"]
    )
    assert "{" not in metadata["description_html"]


def test_the_served_archive_is_the_database_datasette_serves(tmp_path):
    db, other = tmp_path / "nightly-copy.db", tmp_path / "other.db"
    build_archive(db)
    shutil.copyfile(db, other)

    assert served_archive(Datasette([], immutables=[str(db)])) == "nightly-copy"
    # Datasette's own default database, should someone serve more than one file.
    assert served_archive(Datasette([], immutables=[str(db), str(other)])) == "nightly-copy"


def test_robots_txt_names_the_article_list_it_lets_crawlers_page_through():
    assert "Allow: /snapshot/articles?_next=\n" in robots_txt("/snapshot/articles")
