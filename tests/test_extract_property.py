"""Random and truncated HTML never raises anything but ExtractionError, and always gets its line."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import FIELDS, ExtractionError, extract_page
from pipeline.extract.__main__ import process_line
from pipeline.rules import default_rules

SITES = default_rules().sites  # the project's sources' publishing systems

PAGE = ('<html lang="de"><head><meta charset="utf-8"><title>Kita-Ausbau | Stadt</title>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Kita-Ausbau",'
        ' "datePublished": "2020-05-04"}</script></head><body><nav><a href="/">Start</a></nav>'
        '<article><h1>Kita-Ausbau</h1><p class="byline">Von Eva Beispiel, 4. Mai 2020</p>'
        "<p>Die Stadt schafft 120 neue Plätze für Kinder unter drei Jahren.</p>"
        '<p class="bodytext"><strong>Quellen:</strong><br/>Stadtanzeiger vom 04.05.2020</p>'
        "</article><footer>© 2020</footer></body></html>").encode()

TAGS = st.sampled_from(["<p>", "</p>", "<div class='x'>", "</div>", "<h1>", "</h1>", "<br/>",
                        "<table><tr><td>", "<script>", "</script>", "<!--", "-->", "<time ",
                        "datetime='2020-13-45'>", "<meta charset='bogus'>", "&#x", "\x00",
                        "Stand: 01.02.2020", "Quelle:", "(24.01.2012)", "<html>", "</html>"])
FRAGMENTS = st.lists(st.one_of(TAGS, st.text(max_size=20)), max_size=40).map("".join)


def check(raw: bytes) -> None:
    try:
        record = extract_page(raw, "https://example.org/a", sites=SITES)
    except ExtractionError:
        return
    assert sorted(record) == sorted(FIELDS)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes(raw):
    check(raw)


@settings(max_examples=60, deadline=None)
@given(FRAGMENTS)
def test_random_tag_soup(html):
    check(html.encode("utf-8", errors="surrogatepass"))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=len(PAGE)))
def test_truncated_page(cut):
    check(PAGE[:cut])


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=500))
def test_command_always_yields_its_line(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("page") / "page.html"
    path.write_bytes(raw)
    record = process_line(json.dumps({"url": "https://example.org/a", "path": str(path)}), SITES)
    assert (record["url"], set(FIELDS) <= set(record)) == ("https://example.org/a", True)


def test_deeply_nested_page_returns_a_record():
    raw = ("<html><body>" + "<div>" * 5000 + "<p>tief</p>" + "</div>" * 5000
           + "</body></html>").encode()
    assert sorted(extract_page(raw, "https://example.org/a", sites=SITES)) == sorted(FIELDS)
