"""`make demo`'s job end to end: crawl the sample, then search it in a real Datasette."""

import json
import subprocess
import time
import urllib.parse
import urllib.request

import pytest

from pipeline.identity import record_id
from pipeline.site import serve as publish

from .conftest import free_port, run_cli

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture
def demo_archive(tmp_path):
    db = tmp_path / "demo" / "archive.db"
    site_port = free_port()
    result = run_cli(
        "demo", "--no-serve", f"--db={db}", f"--warc-dir={tmp_path / 'demo' / 'warc'}",
        f"--site-port={site_port}",
    )
    assert result.returncode == 0, result.stderr
    assert "familie_in_nrw: ok: 15 new, 0 changed, 0 unchanged, 0 errors" in result.stdout
    return db, site_port


@pytest.fixture
def datasette(demo_archive):
    db, _ = demo_archive
    port = free_port()
    publish.fold_wal(db)
    server = subprocess.Popen(
        publish.serve_args(db, port=port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            get_json(base + "/-/versions.json")
            break
        except OSError:
            assert server.poll() is None, server.stderr.read().decode()
            assert time.monotonic() < deadline, "Datasette did not start"
            time.sleep(0.2)
    yield base
    server.terminate()
    server.wait(timeout=10)


def search(base: str, query: str) -> list[dict]:
    params = urllib.parse.urlencode({"_search": query, "_shape": "array", "_col": "title"})
    return get_json(f"{base}/archive/articles.json?{params}")


def test_search_for_kinderarmut_finds_the_kempen_item(demo_archive, datasette):
    _, site_port = demo_archive
    kempen = record_id(
        f"http://127.0.0.1:{site_port}/archiv-neues-kommunen.html"
        "?tx_prnews[showUid]=484&tx_prnews[originalPid]=2488"
    )

    hits = search(datasette, "Kinderarmut")

    assert kempen in [hit["id"] for hit in hits]
    assert "Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut" in [hit["title"] for hit in hits]


def test_search_folds_umlauts_and_sharp_s(datasette):
    assert search(datasette, "Fordermittel") == search(datasette, "Fördermittel") != []
    assert search(datasette, "Begruessungspaket") == search(datasette, "Begrüßungspaket") != []
    assert search(datasette, "Ermassigungen") == search(datasette, "Ermäßigungen") != []


def test_the_article_page_is_served_with_its_labels(demo_archive, datasette):
    hits = search(datasette, "Kempen Kinderarmut")
    with urllib.request.urlopen(f"{datasette}/archive/articles/{hits[0]['id']}") as response:
        page = response.read().decode("utf-8")

    assert "Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut" in page
    assert "Name des Herausgebers am Erscheinungstag" in page


def test_the_article_list_is_faceted_by_municipality_kreis_and_kind(datasette):
    page = get_json(f"{datasette}/archive/articles.json?_facet_array=topics")
    facets = {
        name: {item["value"]: item["count"] for item in facet["results"]}
        for name, facet in page["facet_results"].items()
    }

    assert facets["publisher_kind"] == {"ministry": 15}
    assert facets["municipality"]["Kempen"] == 1
    assert facets["kreis"]["Kreis Viersen"] == 1
    assert facets["topics"]["Netzwerk gegen Kinderarmut"] == 2
