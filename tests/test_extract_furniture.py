"""Page furniture gives neither the date nor body text."""

import pytest

from pipeline.extract import extract_page
from pipeline.rules import default_rules

SITES = default_rules().sites  # the project's sources' publishing systems

ARTICLE = (
    "<p>Der Kreis richtet ein Familienbüro im Rathaus ein. Eltern erhalten dort Auskunft zu "
    "Betreuung, Elterngeld und Familienbildung aus einer Hand, ohne lange Wege.</p>"
    "<p>Das Büro ist an fünf Tagen in der Woche geöffnet und arbeitet eng mit dem Jugendamt, "
    "den Kitas und den Beratungsstellen im Kreisgebiet zusammen.</p>"
    "<p>Die Kosten von rund 80.000 Euro im Jahr trägt der Kreis zum größten Teil selbst.</p>"
)

TRAPS = {
    "calendar": '<table class="cal"><tr><th>Mo</th><th>Di</th><th>Mi</th><th>Do</th></tr>'
                "<tr><td>1.3.2022</td><td>2.3.2022</td></tr></table>",
    "copyright": "<footer><p>© 2023 Kreisanzeiger · Alle Rechte vorbehalten · 12.12.2023</p>"
                 "</footer>",
    "comments": '<section id="comments"><h3>Kommentare</h3><p>Leserin schrieb am '
                "14.07.2021: Sehr gute Idee!</p></section>",
    "related": '<div class="related-articles"><h3>Weitere Artikel</h3><ul><li>02.02.2020 – '
               "Neue Kita eröffnet</li></ul></div>",
    "cookie": '<div id="cookie-banner">Wir verwenden Cookies. Stand der Erklärung: '
              "01.06.2022</div>",
}
FURNITURE_TEXT = {
    "calendar": "1.3.2022", "copyright": "Alle Rechte vorbehalten", "comments": "Sehr gute Idee",
    "related": "Neue Kita eröffnet", "cookie": "Wir verwenden Cookies",
}


def page(*traps: str, byline: str = "") -> bytes:
    html = ('<html lang="de"><head><title>Familienbüro im Rathaus – Kreisanzeiger</title></head>'
            '<body><nav><ul><li><a href="/">Startseite</a></li><li><a href="/k">Kultur</a></li>'
            '</ul></nav><main><article><h1>Familienbüro im Rathaus</h1>'
            f'<p class="byline">{byline}</p>{ARTICLE}'
            '<div class="share">Teilen: Facebook Twitter E-Mail</div></article>'
            f'{"".join(TRAPS[t] for t in traps)}</main></body></html>')
    return html.encode("utf-8")


@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_no_publication_date_from_furniture(trap):
    url = "https://www.kreisanzeiger.example/familienbuero-im-rathaus"
    assert extract_page(page(trap), url, sites=SITES)["published"] is None


@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_byline_date_wins_over_furniture(trap):
    record = extract_page(page(trap, byline="18.03.2021"), "https://www.kreisanzeiger.example/a",
                          sites=SITES)
    assert record["published"] == "2021-03-18"


@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_body_text_leaves_furniture_out(trap):
    text = extract_page(page(trap), "https://www.kreisanzeiger.example/a", sites=SITES)["text"]
    assert FURNITURE_TEXT[trap] not in text


def test_body_text_is_the_article_paragraphs():
    text = extract_page(page(*TRAPS), "https://www.kreisanzeiger.example/a", sites=SITES)["text"]
    assert text.split("\n\n") == [
        "Der Kreis richtet ein Familienbüro im Rathaus ein. Eltern erhalten dort Auskunft zu "
        "Betreuung, Elterngeld und Familienbildung aus einer Hand, ohne lange Wege.",
        "Das Büro ist an fünf Tagen in der Woche geöffnet und arbeitet eng mit dem Jugendamt, "
        "den Kitas und den Beratungsstellen im Kreisgebiet zusammen.",
        "Die Kosten von rund 80.000 Euro im Jahr trägt der Kreis zum größten Teil selbst.",
    ]


def test_title_is_the_headline_without_site_name():
    assert extract_page(page(), "https://www.kreisanzeiger.example/a", sites=SITES)["title"] == (
        "Familienbüro im Rathaus")


def test_generic_sources_block_is_cut_from_the_text():
    html = page().replace(b"</article>", b"<p>Quelle: Kreis Viersen, Pressestelle</p></article>"
)
    record = extract_page(html, "https://www.kreisanzeiger.example/a", sites=SITES)
    assert (record["sources"], "Quelle" in record["text"]) == (["Kreis Viersen, Pressestelle"],
                                                               False)


@pytest.mark.parametrize("line", [
    "Foto: Stadt Kempen",
    "© dpa",
    "Copyright: Kreisanzeiger",
    "AFP / MARCO MUSTERMANN",
    "Anzeige",
    "Sie sind aktuell nicht eingeloggt.",
])
def test_credit_and_prompt_lines_are_not_body_text(line):
    html = page().replace(b"<p>Das B", f"<p>{line}</p><p>Das B".encode())
    text = extract_page(html, "https://www.kreisanzeiger.example/a", sites=SITES)["text"]
    assert line not in text


def test_text_ends_before_a_late_list_of_other_articles():
    more = "<h3>Weitere Artikel</h3><p>Neue Kita im Nordviertel eröffnet</p>"
    html = page().replace(b"</article>", f"{more}</article>".encode())
    text = extract_page(html, "https://www.kreisanzeiger.example/a", sites=SITES)["text"]
    assert text.endswith("trägt der Kreis zum größten Teil selbst.")


LEAD = ("Eltern bekommen künftig alle Auskünfte an einer Stelle: Der Kreis eröffnet im Frühjahr "
        "ein Familienbüro im Rathaus.")


def page_with_lead(lang: str, lead_class: str = "lead") -> bytes:
    return page().replace(b'lang="de"', f'lang="{lang}"'.encode()).replace(
        b'<p class="byline"></p>', f'<p class="{lead_class}">{LEAD}</p>'.encode())


def test_german_lead_is_teaser_and_first_paragraph():
    record = extract_page(page_with_lead("de"), "https://www.kreisanzeiger.example/a", sites=SITES)
    assert (record["teaser"], record["text"].split("\n\n")[0]) == (LEAD, LEAD)


def test_author_box_is_no_lead():
    record = extract_page(page_with_lead("de", "author-description"),
                          "https://www.kreisanzeiger.example/a", sites=SITES)
    assert record["teaser"] is None
