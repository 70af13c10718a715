"""Authors: all of them, without the outlet, an e-mail address or the dateline place."""

import json

import pytest

from pipeline.extract import extract_page
from pipeline.rules import default_rules

SITES = default_rules().sites  # the project's sources' publishing systems

BODY = ("<p>Die Stadt baut ihr Angebot für Familien aus. Der Rat hat die Mittel für zwei neue "
        "Familienzentren bewilligt, die im kommenden Jahr eröffnen sollen.</p>"
        "<p>Beide Häuser sollen Beratung, Betreuung und Elternkurse unter einem Dach bündeln "
        "und eng mit den Schulen im Stadtteil zusammenarbeiten.</p>")


def author_of(head: str = "", byline: str = "", site: str = "Stadtanzeiger") -> str | None:
    html = (f'<html lang="de"><head><title>Neue Familienzentren</title>'
            f'<meta property="og:site_name" content="{site}">{head}</head><body><article>'
            f'<h1>Neue Familienzentren</h1><p class="byline">{byline}</p>{BODY}</article>'
            "</body></html>")
    return extract_page(html.encode("utf-8"), "https://www.stadtanzeiger.example/a",
                        sites=SITES)["author"]


def json_ld(*authors) -> str:
    article = {"@type": "NewsArticle", "author": list(authors)}
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


def person(name: str) -> dict:
    return {"@type": "Person", "name": name}


def test_every_json_ld_author_not_only_the_first():
    head = json_ld(person("Anna Muster"), person("Ben Beispiel")) + \
        '<meta name="author" content="Anna Muster">'
    assert author_of(head) == "Anna Muster, Ben Beispiel"


def test_newsroom_codes_after_names_are_dropped():
    head = json_ld(person("Anna Muster (amu)"), person("Ben Beispiel (bbe.)"))
    assert author_of(head) == "Anna Muster, Ben Beispiel"


def test_an_e_mail_address_is_not_part_of_the_name():
    assert author_of('<meta name="author" content="Anna Muster anna.muster@example.org">') == \
        "Anna Muster"


def test_an_e_mail_address_alone_is_no_author():
    assert author_of('<meta name="author" content="redaktion@example.org">',
                     byline="Von Anna Muster") == "Anna Muster"


@pytest.mark.parametrize("outlet, site", [
    ("STADTANZEIGER.example", "Stadtanzeiger"),
    ("SA", "Stadt Anzeiger"),
    ("Stadtanzeiger", "Stadtanzeiger"),
])
def test_the_outlet_as_author_gives_way_to_the_byline(outlet, site):
    head = f'<meta name="author" content="{outlet}">'
    assert author_of(head, byline="Von Anna Muster", site=site) == "Anna Muster"


def test_the_outlet_stays_the_author_without_a_byline():
    assert author_of('<meta name="author" content="Stadtanzeiger">') == "Stadtanzeiger"


def test_the_dateline_place_is_not_an_author():
    assert author_of(byline="Von Anna Muster, Lille") == "Anna Muster"
