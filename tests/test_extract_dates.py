"""Publication and modification dates from bylines, datelines and metadata."""

import pytest

from pipeline.extract import extract_page
from pipeline.rules import default_rules

SITES = default_rules().sites  # the project's sources' publishing systems

BODY = ("<p>Die Stadt baut ihr Angebot für Familien aus. Der Rat hat die Mittel für zwei neue "
        "Familienzentren bewilligt, die im kommenden Jahr eröffnen sollen.</p>"
        "<p>Beide Häuser sollen Beratung, Betreuung und Elternkurse unter einem Dach bündeln "
        "und eng mit den Schulen im Stadtteil zusammenarbeiten.</p>")


def article(byline: str = "", first: str = "", head: str = "", url: str = "") -> dict:
    html = (f'<html lang="de"><head><title>Neue Familienzentren | Stadtanzeiger</title>{head}'
            f'</head><body><nav><a href="/">Start</a></nav><article><h1>Neue Familienzentren</h1>'
            f'<p class="meta">{byline}</p>{first}{BODY}</article></body></html>')
    return extract_page(html.encode("utf-8"), url or "https://www.stadtanzeiger.example/a",
                        sites=SITES)


@pytest.mark.parametrize("byline, published", [
    ("Von Anna Muster, 3. März 2021, 08:15 Uhr", "2021-03-03T08:15:00+01:00"),
    ("Pressemitteilung vom 12.5.2018", "2018-05-12"),
    ("21.11.2007", "2007-11-21"),
    ("30.4.2003", "2003-04-30"),
    ("Mitteilung vom 24.02.06", "2006-02-24"),
    ("28. Oktober 2016", "2016-10-28"),
    ("13 September 2011", "2011-09-13"),
    ("Donnerstag, 17. September 2009, 16:10 Uhr", "2009-09-17T16:10:00+02:00"),
    ("05.07.2018 - 17:22 Uhr", "2018-07-05T17:22:00+02:00"),
    ("30.06.2017 19:20", "2017-06-30T19:20:00+02:00"),
    ("Veröffentlicht am 13.05.2016", "2016-05-13"),
])
def test_byline_date_forms(byline, published):
    assert article(byline)["published"] == published


@pytest.mark.parametrize("dateline, published", [
    ("Köln. 30. September 2015. Der Landschaftsverband fördert das Netzwerk.", "2015-09-30"),
    ("Düsseldorf/Essen, 30. September 2013. Das Land stellt neue Mittel bereit.", "2013-09-30"),
])
def test_dateline_opening_the_first_paragraph(dateline, published):
    assert article(first=f"<p>{dateline}</p>")["published"] == published


@pytest.mark.parametrize("byline, modified", [
    ("Veröffentlicht am 20.08.2015 | UPDATE: 22.08.2015 06:00 Uhr", "2015-08-22T06:00:00+02:00"),
    ("20.08.2015, zuletzt aktualisiert: 06.10.2025", "2025-10-06"),
    ("20. August 2015. Letzte Aktualisierung: 3. Januar 2019", "2019-01-03"),
])
def test_update_stamp_is_modified_not_published(byline, modified):
    record = article(byline)
    assert (record["published"][:10], record["modified"]) == ("2015-08-20", modified)


def article_with_ending(ending: str) -> dict:
    html = ('<html lang="de"><head><title>Neue Familienzentren</title></head><body><article>'
            f"<h1>Neue Familienzentren</h1>{BODY}{ending}</article></body></html>")
    return extract_page(html.encode("utf-8"), "https://www.stadtanzeiger.example/a", sites=SITES)


@pytest.mark.parametrize("ending", [
    "<p>Stand: 01.02.2020</p>",
    "<p>Gedruckt am 01.02.2020</p>",
    '<div class="page-footer">Stand: 01.02.2020</div>',
])
def test_page_stand_or_print_stamp_is_never_the_publication_date(ending):
    assert article_with_ending(ending)["published"] is None


def test_stand_stamp_at_the_headline_is_the_version_time():
    record = article("Stand: 01.02.2020 11:05 Uhr")
    # the page's only date: modified for certain, published as the last resort
    assert (record["modified"], record["published"]) == ("2020-02-01T11:05:00+01:00",
                                                         "2020-02-01T11:05:00+01:00")


def test_date_mentioned_inside_a_sentence_is_not_a_byline():
    first = ("<p>Die Eröffnung ist für den 5. Februar 2024 im Rathaus geplant, sagte die "
             "Sprecherin der Stadt am Rande der Ratssitzung.</p>")
    url = "https://www.stadtanzeiger.example/2016/04/05/neue-familienzentren"
    assert article(first=first, url=url)["published"] == "2016-04-05"


@pytest.mark.parametrize("head, published", [
    ('<script type="application/ld+json">{"@type": "NewsArticle", '
     '"datePublished": "2021-03-03T08:15:00+01:00"}</script>', "2021-03-03T08:15:00+01:00"),
    ('<meta property="article:published_time" content="2019-06-01T10:00:00">',
     "2019-06-01T10:00:00+02:00"),
    ('<meta property="article:published_time" content="2019-10-18T22:04:00Z">',
     "2019-10-19T00:04:00+02:00"),
    ('<meta name="DC.date.issued" content="2014-02-11">', "2014-02-11"),
])
def test_structured_metadata_keeps_time_and_offset(head, published):
    assert article(head=head)["published"] == published


def test_visible_byline_wins_over_metadata():
    head = '<meta property="article:published_time" content="2017-08-21T13:09:00Z">'
    assert article("03.04.2019", head=head)["published"] == "2019-04-03"


def test_json_ld_date_modified():
    head = ('<script type="application/ld+json">{"@graph": [{"@type": "Article", '
            '"datePublished": "2021-03-03", "dateModified": "2021-03-05T09:00:00+01:00"}]}'
            '</script>')
    record = article(head=head)
    assert (record["published"], record["modified"]) == ("2021-03-03", "2021-03-05T09:00:00+01:00")


def test_url_date_when_the_page_has_none():
    url = "https://www.stadtanzeiger.example/2016/04/05/neue-familienzentren"
    assert article(url=url)["published"] == "2016-04-05"


def test_author_from_byline():
    assert article("Von Anna Muster, 3. März 2021, 08:15 Uhr")["author"] == "Anna Muster"


def json_ld(published: str) -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", '
            f'"datePublished": "{published}"}}</script>')


@pytest.mark.parametrize("byline", [
    "21.03.2024",                   # the day only: the structured time is kept
    "21.03.2024, 16:45 Uhr",        # a later time that day: the last update
    "21.03.2024, 08:15 Uhr",        # the UTC clock shown as if it were local time
])
def test_structured_timestamp_wins_over_a_visible_date_of_the_same_day(byline):
    record = article(byline, head=json_ld("2024-03-21T08:15:00Z"))
    assert record["published"] == "2024-03-21T09:15:00+01:00"


def test_article_published_time_gives_the_time_to_a_day_only_byline():
    head = '<meta property="article:published_time" content="2024-03-21T10:05:00+01:00">'
    assert article("Von Anna Muster, 21. März 2024", head=head)["published"] == \
        "2024-03-21T10:05:00+01:00"


def test_visible_time_wins_over_a_structured_day_without_time():
    record = article("21.03.2024, 16:45 Uhr", head=json_ld("2024-03-21"))
    assert record["published"] == "2024-03-21T16:45:00+01:00"


@pytest.mark.parametrize("line", [
    "Video: 02:57 Min. Verfügbar bis 06.05.2024",
    "Sendung: Lokalzeit, 24.04.2024, 15:10 Uhr",
])
def test_video_and_broadcast_dates_are_not_the_publication(line):
    record = article(line, first="<p>Stand: 22.04.2024, 06:00 Uhr</p>",
                     head=json_ld("2024-04-22"))
    assert record["published"] == "2024-04-22"


def test_byline_day_without_year_is_placed_by_the_page_date():
    record = article("Von Anna Muster, 14. Februar, 9.30 Uhr", head=json_ld("2024-02-14"))
    assert record["published"] == "2024-02-14T09:30:00+01:00"


@pytest.mark.parametrize("marker, url", [
    ("Neue Kita eröffnet +++ Rat stimmt zu", ""),
    ("Neue Kita eröffnet", "https://www.stadtanzeiger.example/liveticker-familien"),
])
def test_live_ticker_keeps_the_structured_date_and_headline(marker, url):
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Familien im Kreis: alle Neuigkeiten", "datePublished": "2023-10-07T09:53:36+02:00"}'
            "</script>")
    html = (f'<html lang="de"><head><title>Familien im Kreis</title>{head}</head><body><article>'
            f'<h1>{marker}</h1><p class="meta">18.07.2024, 11:08 Uhr</p>{BODY}</article>'
            "</body></html>")
    record = extract_page(html.encode("utf-8"), url or "https://www.stadtanzeiger.example/a",
                          sites=SITES)
    assert (record["title"], record["published"]) == ("Familien im Kreis: alle Neuigkeiten",
                                                      "2023-10-07T09:53:36+02:00")


def test_json_ld_date_published_wins_over_a_print_issue_meta_date():
    head = '<meta name="date" content="2024-03-22">' + json_ld("2024-03-21T18:15:00+01:00")
    assert article(head=head)["published"] == "2024-03-21T18:15:00+01:00"


def test_a_modified_or_stand_time_is_not_given_as_published():
    head = json_ld("2024-03-21T08:15:00+01:00")
    record = article("21.03.2024, 08:15 Uhr | Stand: 21.03.2024, 17:40 Uhr", head=head)
    assert (record["published"], record["modified"]) == ("2024-03-21T08:15:00+01:00",
                                                         "2024-03-21T17:40:00+01:00")


def spanish_page(lang: str) -> dict:
    """A page whose only date is a Spanish weekday dateline, which only dateparser reads."""
    body = "<p>" + "El ayuntamiento abre dos centros nuevos para las familias del barrio. " * 4
    html = (f'<html lang="{lang}"><head><title>Centros familiares</title></head><body><main>'
            '<div class="meta"><p class="published-date">jueves 2 de abril de 2020</p></div>'
            f'<h1 class="title">Nuevos centros familiares</h1>{body}</p></main></body></html>')
    return extract_page(html.encode("utf-8"), "https://www.diario.example/noticia", sites=SITES)


@pytest.mark.parametrize("lang", ["es", "es-MX", "es_VE"])
def test_dateline_in_the_pages_declared_language(lang):
    assert spanish_page(lang)["published"] == "2020-04-02"


def test_a_pages_date_does_not_depend_on_the_pages_read_before():
    alone = spanish_page("de")["published"]
    spanish_page("es")  # the same dateline, read as Spanish
    assert alone != "2020-04-02"  # German and English do not read a Spanish dateline
    assert spanish_page("de")["published"] == alone


def test_htmldate_gets_its_own_date_parser_back():
    import htmldate.extractors

    library_parser = htmldate.extractors.get_external_parser
    spanish_page("es")
    assert htmldate.extractors.get_external_parser is library_parser
