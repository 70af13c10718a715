"""Authors: all of them, without the outlet, an e-mail address or the dateline place."""

import json

import pytest

from pipeline.extract import extract_page
from pipeline.extract.byline import is_byline
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


def organization(name: str) -> dict:
    return {"@type": "Organization", "name": name}


def test_the_outlet_as_json_ld_author_gives_way_to_the_meta_tags_person():
    # JSON-LD names the publisher as author, the meta tag the writer: the person is the author
    head = json_ld(organization("Stadtanzeiger")) + '<meta name="author" content="Anna Muster">'
    assert author_of(head) == "Anna Muster"


def test_an_agency_stays_an_author():
    head = json_ld(person("Anna Muster"), organization("dpa"))
    assert author_of(head) == "Anna Muster, dpa"


@pytest.mark.parametrize("written", [
    "Anna Muster und Ben Beispiel", "Anna Muster, Ben Beispiel", "Anna Muster & Ben Beispiel",
    "Von Anna Muster und Ben Beispiel", "Anna Muster; Ben Beispiel",
])
def test_several_authors_in_one_string(written):
    assert author_of(json_ld(written)) == "Anna Muster, Ben Beispiel"


def test_several_authors_and_an_agency_in_one_string():
    assert author_of(json_ld("Anna Muster und Ben Beispiel, dpa")) == (
        "Anna Muster, Ben Beispiel, dpa")


@pytest.mark.parametrize("written", [
    "Anna Muster, Redakteurin", "Anna Muster (Redakteurin)", "Anna Muster, Leitende Redakteurin",
    "Autorin: Anna Muster",
])
def test_a_job_title_or_a_label_is_not_part_of_the_name(written):
    assert author_of(json_ld(person(written))) == "Anna Muster"


def test_the_same_name_twice_in_different_case_is_one_author():
    assert author_of(json_ld(person("Anna Muster"), person("ANNA MUSTER"))) == "Anna Muster"


def test_every_name_of_a_visible_byline():
    assert author_of(byline="Von Anna Muster und Ben Beispiel") == "Anna Muster, Ben Beispiel"


def test_every_name_of_a_byline_with_the_dateline_place():
    assert author_of(byline="Von Anna Muster und Ben Beispiel, Lille") == (
        "Anna Muster, Ben Beispiel")


@pytest.mark.parametrize("byline", [
    '<span itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author" itemscope '
    'itemtype="https://schema.org/Person"><span itemprop="name">Anna Muster</span></span></span>',
    '<a rel="author" href="/autoren/anna-muster">Anna Muster</a>',
])
def test_a_byline_element_without_von(byline):
    assert author_of(byline=byline) == "Anna Muster"


def test_a_review_or_comment_author_is_not_the_articles():
    review = ('<span itemscope itemtype="https://schema.org/Review"><span itemprop="author">'
              "Ben Beispiel</span></span>")
    assert author_of(byline=f"Von Anna Muster</p>{review}<p>") == "Anna Muster"


def test_only_the_first_bylines_author_links_count():
    teasers = "".join(f'<li><a href="/{n}">Beitrag</a> <a rel="author" href="/autor/{n}">{n}</a>'
                      "</li>" for n in ("Ben Beispiel", "Cora Probe"))
    byline = f'<a rel="author" href="/autor/anna">Anna Muster</a></p><ul>{teasers}</ul><p>'
    assert author_of(byline=byline) == "Anna Muster"


def test_a_link_label_to_the_authors_page_is_no_name():
    link = '<a rel="author" href="/autoren/anna">Alle Beiträge von annam anzeigen →</a>'
    assert author_of(byline=link) is None


@pytest.mark.parametrize("written", [
    "Anna Muster, facebook.com/anna.muster", "Autor/in: Anna Muster", "Anna Muster, Redaktion",
])
def test_a_profile_address_a_label_or_the_desk_is_not_an_author(written):
    assert author_of(json_ld(person(written))) == "Anna Muster"


def test_an_e_mail_link_in_the_byline_is_not_an_author():
    assert author_of(byline='Von Anna Muster <a href="mailto:a@example.org">a@example.org</a>') \
        == "Anna Muster"


def test_an_institution_with_und_in_its_name_is_one_author():
    head = json_ld(organization("Ministerium für Kinder, Jugend und Familie"))
    assert author_of(head) == "Ministerium für Kinder, Jugend und Familie"


def test_the_outlet_beside_a_person_is_the_publishers_credit():
    assert author_of(json_ld(person("Anna Muster"), organization("Stadtanzeiger"))) == \
        "Anna Muster"


def test_a_byline_naming_more_authors_than_the_meta_tag():
    head = '<meta name="author" content="Anna Muster">'
    assert author_of(head, byline="Von Anna Muster und Ben Beispiel") == (
        "Anna Muster, Ben Beispiel")


@pytest.mark.parametrize("byline", [
    '<span class="article-author">Anna Muster</span>',
    '<div class="byline"><span class="byline__name">Von Anna Muster</span> 12.03.2024</div>',
])
def test_an_author_classed_element(byline):
    assert author_of(byline=byline) == "Anna Muster"


@pytest.mark.parametrize("name", ["Anna Muster", "Über Anna Muster", "Gründerin"])
def test_an_author_box_with_a_biography_gives_only_the_name(name):
    box = ('<div class="author-box"><p>Anna Muster schreibt seit zehn Jahren über Familien und '
           f'Schulen in der Region.</p><strong>{name}</strong> <span>Anna Muster</span></div>')
    assert author_of(byline=f"</p>{box}<p>") == "Anna Muster"


def test_a_label_beside_the_name_in_an_author_element():
    byline = '<div class="author-line"><span>Autor</span><a href="/anna">Anna Muster</a></div>'
    assert author_of(byline=f"</p>{byline}<p>") == "Anna Muster"


def test_a_page_wrapper_classed_for_an_author_is_no_byline():
    links = "".join(f'<li><a href="/{n}">Neue Kurse</a></li>' for n in range(40))
    html = (f'<html lang="de"><head><title>Neue Familienzentren</title></head><body '
            f'class="author-archive"><ul>{links}</ul><article><h1>Neue Familienzentren</h1>'
            f"{BODY}</article></body></html>")
    record = extract_page(html.encode("utf-8"), "https://www.stadtanzeiger.example/a", sites=SITES)
    assert record["author"] is None


@pytest.mark.parametrize("byline", [
    "Von Anna Muster <time>Aktualisiert am 3. März 2024</time>",
    "Von Anna Muster Veröffentlicht 3.3.2024", "Von Anna Muster Stand: 3.3.2024",
    "Von Anna Muster Foto: Ben Beispiel", "Von Anna Muster Lesezeit 3 Minuten",
    "Von Anna Muster Montag, 4. März 2024",
])
def test_the_words_after_the_name_on_a_byline_line_are_not_part_of_it(byline):
    assert author_of(byline=byline) == "Anna Muster"


def test_von_before_a_day_is_no_byline():
    assert author_of(byline="Von Montag an gelten neue Öffnungszeiten") is None


def test_a_desk_alone_stays_the_author():
    assert author_of(json_ld(organization("Redaktion"))) == "Redaktion"


def test_a_desk_gives_way_to_a_byline_name():
    assert author_of(json_ld(organization("Online-Redaktion")), byline="Von Anna Muster") == (
        "Anna Muster")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Von Anna Muster", True),
        ("Von Anna Muster und Ben Beispiel", True),
        ("Text: Carla Probe", True),
        ("Von Anna Muster, 3. März 2024", True),
        ("Von Anna Muster, 3. März 2024, und dann kam die Stadt", False),
        ("Von Montag an gilt die neue Regel.", False),
        ("Von der Stadt Kempen kommt das Geld.", False),
        ("Von Anna Muster stammt die Idee für das Familienbüro.", False),
    ],
)
def test_a_line_that_is_only_a_byline(line, expected):
    assert is_byline(line) is expected
