"""Furniture inside the article column stays out of the body; the lead goes in."""

import pytest

from pipeline.extract import extract_page
from pipeline.rules import default_rules

SITES = default_rules().sites  # the project's sources' publishing systems

PARAGRAPHS = [
    "Der Kreis richtet ein Familienbüro im Rathaus ein. Eltern erhalten dort Auskunft zu "
    "Betreuung, Elterngeld und Familienbildung aus einer Hand, ohne lange Wege.",
    "Das Büro ist an fünf Tagen in der Woche geöffnet und arbeitet eng mit dem Jugendamt, "
    "den Kitas und den Beratungsstellen im Kreisgebiet zusammen.",
    "Die Kosten von rund 80.000 Euro im Jahr trägt der Kreis zum größten Teil selbst, den Rest "
    "übernimmt das Land aus seinem Programm für Familienzentren.",
    "Im Herbst soll eine zweite Anlaufstelle im Süden des Kreises folgen, sobald dort passende "
    "Räume gefunden sind.",
]
LEAD = ("Eltern sollen Hilfe künftig an einem Ort finden: Der Kreis eröffnet ein Familienbüro "
        "im Rathaus.")


def record(inside: str = "", after: str = "", head: str = "", lead: str = "",
           above: str = "") -> dict:
    paragraphs = [f"<p>{p}</p>" for p in PARAGRAPHS]
    html = ('<html lang="de"><head><title>Familienbüro im Rathaus – Kreisanzeiger</title>'
            f'{head}</head><body><main><article>{above}<h1>Familienbüro im Rathaus</h1>{lead}'
            f'{paragraphs[0]}{paragraphs[1]}{inside}{paragraphs[2]}{paragraphs[3]}{after}'
            '</article></main></body></html>')
    return extract_page(html.encode("utf-8"), "https://www.kreisanzeiger.example/familienbuero",
                        sites=SITES)


def body(**parts) -> str:
    return record(**parts)["text"]


@pytest.mark.parametrize("placeholder", [
    "<div><p>Externer Inhalt nicht verfügbar</p><p>Deine Privatsphäre-Einstellungen verhindern "
    "das Laden und Anzeigen aller externen Inhalte und sozialer Netzwerke.</p><p>Zur Anzeige "
    "aktiviere bitte die Einstellungen in den Privatsphäre-Einstellungen.</p></div>",
    "<p>Um diesen Inhalt zu sehen, müssen Sie der Einbindung zustimmen und ihn laden.</p>",
])
def test_consent_placeholders_are_not_body(placeholder):
    text = body(inside=placeholder)
    assert "Privatsphäre" not in text and "zustimmen" not in text
    assert PARAGRAPHS[2][:40] in text


@pytest.mark.parametrize("credit", [
    "<p>Max Muster/Getty Images</p>", "<p>ANNA MUSTER/AFP via Getty Images</p>",
    "<p>Foto: Stadt Musterstadt</p>",
])
def test_picture_credit_lines_are_not_body(credit):
    text = body(inside=credit)
    assert "Getty" not in text and "Foto:" not in text


@pytest.mark.parametrize("caption", [
    "<p>02:57 Min. Verfügbar bis 06.05.2024.</p>", "<p>Stand: 22.04.2024, 06:00 Uhr</p>",
    "<p>05.08.2024, 20:59 Uhr</p>",
])
def test_video_durations_and_lone_stamps_are_not_body(caption):
    assert "2024" not in body(inside=caption)


@pytest.mark.parametrize("ending", [
    "<p>Wie hat Ihnen dieser Artikel gefallen?</p><p>Sehr gut</p><p>Gut</p><p>Schlecht</p>",
    "<p>Unterstützen Sie unseren Journalismus</p><p>Mit einem Abo lesen Sie alle Artikel.</p>",
    "<p>Über die Autorin</p><p>Anna Muster schreibt seit 2010 über Familienpolitik.</p>",
    "<p>Ihre Meinung ist uns wichtig. Schreiben Sie uns an leserbriefe@example.org</p>",
])
def test_rating_widgets_appeals_and_author_bios_end_the_body(ending):
    text = body(after=ending)
    assert text.endswith(PARAGRAPHS[3])


def test_repeated_kicker_headline_and_byline_are_not_body():
    above = "<p>Familienbüro im Rathaus</p><p>Von Anna Muster</p>"
    text = body(above=above, head='<meta name="author" content="Anna Muster">')
    assert text.startswith(PARAGRAPHS[0][:30])


def test_author_name_alone_under_the_text_is_not_body():
    text = body(after="<p>Anna Muster</p>", head='<meta name="author" content="Anna Muster">')
    assert "Anna Muster" not in text


def test_classless_lead_that_the_description_repeats_opens_the_body():
    head = f'<meta name="description" content="{LEAD}">'
    result = record(lead=f"<div><span>{LEAD}</span></div>", head=head)
    assert (result["teaser"], result["text"].split("\n\n")[0]) == (LEAD, LEAD)


def test_wire_lead_with_dateline_is_found_by_the_description():
    head = f'<meta property="og:description" content="{LEAD}">'
    result = record(lead=f"<div><p>Musterstadt. {LEAD}</p></div>", head=head)
    assert result["teaser"] == f"Musterstadt. {LEAD}"


def test_a_picture_caption_the_structured_description_repeats_is_no_lead():
    caption = ("Im Rathaus berät künftig ein Familienbüro Eltern aus dem ganzen Kreis, hier bei "
               "der Eröffnung am Montag.")
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "description": '
            f'"{caption}"}}</script><meta property="og:description" content="{LEAD}">')
    above = (f'<figure><img src="/eroeffnung.jpg" alt=""><figcaption><div class="caption">'
             f"<span>{caption}</span></div></figcaption></figure>")
    lead = f'<div class="copy-lg"><span>Musterstadt.</span> <span>{LEAD}</span></div>'
    result = record(above=above, head=head, lead=lead)
    assert result["teaser"] == f"Musterstadt. {LEAD}"
    assert result["text"].split("\n\n")[:2] == [f"Musterstadt. {LEAD}", PARAGRAPHS[0]]


@pytest.mark.parametrize("dateline", [
    "<span>Musterstadt.</span> ", "Musterstadt · ", "Musterstadt (dpa) – ",
    "Mülheim an der Ruhr. ",
])
def test_a_lead_opened_by_a_dateline_is_the_lead_without_a_description(dateline):
    head = '<meta name="description" content="Der Kreis hat ein neues Angebot für Eltern.">'
    lead = f'<div class="copy-lg">{dateline}<span>{LEAD}</span></div>'
    result = record(head=head, lead=lead)
    opening = f"{' '.join(dateline.replace('<span>', '').replace('</span>', '').split())} {LEAD}"
    assert (result["teaser"], result["text"].split("\n\n")[0]) == (opening, opening)


def test_a_picture_caption_before_a_dateline_lead_is_passed_over():
    above_lead = ('<figure><img src="/rathaus.jpg" alt=""><figcaption>Das Rathaus, in dem das '
                  "Familienbüro im Herbst seine Räume bezieht.</figcaption></figure>")
    result = record(lead=f"{above_lead}<p>Musterstadt. {LEAD}</p>")
    assert result["teaser"] == f"Musterstadt. {LEAD}"


def test_a_dateline_paragraph_after_the_first_one_is_no_lead():
    result = record(lead=f"<p>{PARAGRAPHS[3]}</p><p>Musterstadt. {LEAD}</p>")
    assert result["teaser"] is None


def test_a_description_only_in_the_head_is_no_lead():
    result = record(head=f'<meta name="description" content="{LEAD}">')
    assert result["teaser"] is None


def test_teaser_box_of_another_article_is_not_the_lead():
    box = ('<div class="teaser"><h2><a href="/anderes">Neue Kita im Norden eröffnet</a></h2>'
           "<p>Die Stadt hat eine neue Kita mit 80 Plätzen im Norden eröffnet.</p></div>")
    result = record(inside=box)
    assert result["teaser"] is None


@pytest.mark.parametrize("subhead", ["Mehr Geld für die Kitas", "Weitere Schritte sind geplant"])
def test_a_subhead_that_starts_like_a_list_label_does_not_cut_the_body(subhead):
    text = body(after=f"<h3>{subhead}</h3><p>Der Kreis will die Zuschüsse für die Kitas im "
                      "kommenden Jahr noch einmal deutlich erhöhen und neue Stellen schaffen.</p>")
    assert text.endswith("neue Stellen schaffen.")


def test_a_paywall_box_inside_the_text_does_not_end_it():
    box = ("<div class='promo'><p>Lesen Sie jetzt weiter mit Plus: alle Artikel für 0,99 Euro."
           "</p><a href='/abo'>Jetzt testen</a></div>")
    text = body(inside=box)
    assert text.endswith(PARAGRAPHS[3]) and "Jetzt testen" not in text


@pytest.mark.parametrize("pointer", [
    "<p>Lest den Originalartikel auf Englisch hier.</p>",
    "<p><a href='https://example.com/original'>Lesen Sie den Originalbeitrag auf Englisch</a></p>",
])
def test_a_translated_articles_link_to_its_original_is_not_body(pointer):
    text = body(after=pointer)
    assert "Original" not in text
    assert text.endswith(PARAGRAPHS[3])


def test_a_sentence_about_original_articles_stays():
    sentence = "<p>Die Originalartikel der Agentur waren kürzer als die gedruckte Fassung.</p>"
    assert body(after=sentence).endswith("Die Originalartikel der Agentur waren kürzer als die "
                                         "gedruckte Fassung.")
