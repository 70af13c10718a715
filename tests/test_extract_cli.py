"""`python -m pipeline.extract`: one JSON line out per line in, in order, failures included."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.extract import FIELDS

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = ROOT / "sample_site" / "familie_in_nrw" / "items" / "484.html"


def run(requests: list[dict]) -> list[dict]:
    stdin = "".join(json.dumps(r) + "\n" for r in requests)
    result = subprocess.run([sys.executable, "-m", "pipeline.extract"], input=stdin.encode(),
                            capture_output=True, cwd=ROOT, check=True, timeout=60)
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def test_founding_page_line():
    url = ("https://www.familie-in-nrw.de/archiv-neues-kommunen.html?tx_prnews[showUid]=484"
           "&tx_prnews[originalPid]=2488&tx_prnews[tstamp]=1327493962")
    [line] = run([{"url": url, "path": str(FOUNDING)}])
    assert {k: line[k] for k in ("url", "title", "published", "modified", "sources")} == {
        "url": url,
        "title": "Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut",
        "published": "2012-01-24",
        "modified": "2012-01-25T13:19:22+01:00",
        "sources": ["Online-Recherche auf www.rp-online.de, 24.01.2012"],
    }


def test_every_line_has_every_field_and_no_error():
    [line] = run([{"url": "https://example.org/a", "path": str(FOUNDING)}])
    assert sorted(line) == sorted(FIELDS)


def test_failures_keep_their_line_and_the_order(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    lines = run([
        {"url": "u1", "path": str(empty)},
        {"url": "u2", "path": str(tmp_path / "missing.html")},
        {"url": "u3", "path": str(binary)},
        {"url": "u4", "path": str(FOUNDING)},
    ])
    assert [(line["url"], line.get("error"), line["title"]) for line in lines] == [
        ("u1", "the page is empty", None),
        ("u2", f"FileNotFoundError: [Errno 2] No such file or directory: "
               f"'{tmp_path / 'missing.html'}'", None),
        ("u3", "the page is binary data, not HTML", None),
        ("u4", None, "Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut"),
    ]


def test_error_line_has_nulls_and_empty_sources(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    [line] = run([{"url": "u1", "path": str(empty)}])
    assert line == {**dict.fromkeys(FIELDS), "url": "u1", "sources": [],
                    "error": "the page is empty"}


def test_malformed_request_line_still_gets_a_line():
    result = subprocess.run([sys.executable, "-m", "pipeline.extract"], input=b"not json\n",
                            capture_output=True, cwd=ROOT, check=True, timeout=60)
    line = json.loads(result.stdout)
    assert (line["url"], line["error"].split(":")[0]) == (None, "JSONDecodeError")


def test_pseudo_url_does_not_crash():
    [line] = run([{"url": "xhttps://hard::example", "path": str(FOUNDING)}])
    assert line["title"] == "Kempen: Projekt „KK“ – Netzwerk gegen Kinderarmut"
