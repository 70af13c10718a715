"""The headline, not the <title> with site name and section appended."""

import pytest

from pipeline.extract import extract_page
from pipeline.rules import default_rules

SITES = default_rules().sites  # the project's sources' publishing systems

PARAGRAPH = ("<p>Der Jugendhilfeausschuss hat den Ausbau der Frühen Hilfen beschlossen. Ab dem "
             "Herbst besuchen Familienhebammen alle Familien mit Neugeborenen im Stadtgebiet.</p>")


def title_of(head: str, body: str) -> str | None:
    html = f'<html lang="de"><head>{head}</head><body>{body}{PARAGRAPH}</body></html>'
    return extract_page(html.encode("utf-8"), "https://www.example.org/a", sites=SITES)["title"]


@pytest.mark.parametrize("head, body, title", [
    ("<title>Frühe Hilfen starten | Nachrichten | Stadtblatt</title>",
     "<h1>Frühe Hilfen starten</h1>", "Frühe Hilfen starten"),
    ("<title>Frühe Hilfen starten – Stadtblatt</title>",
     '<h1 class="site-title">Stadtblatt</h1><h2 class="entry-title">Frühe Hilfen starten</h2>',
     "Frühe Hilfen starten"),
    ('<meta property="og:title" content="Frühe Hilfen: Hebammen besuchen Familien">'
     "<title>Frühe Hilfen | Stadtblatt</title>",
     "<h1>Frühe Hilfen: Hebammen besuchen alle Familien</h1>",
     "Frühe Hilfen: Hebammen besuchen alle Familien"),
    ('<meta property="og:title" content="Kita-Gipfel &amp;#8222;Mehr Pl&auml;tze&amp;#8220;">',
     "", "Kita-Gipfel „Mehr Plätze“"),
    ("<title>Stadtblatt » Archiv » Familienpass wird digital</title>",
     "<h1>Stadtblatt</h1>", "Familienpass wird digital"),
    ("<title>Familienpass wird digital - Stadtblatt</title>", "", "Familienpass wird digital"),
    # a short headline after a section in the page title is not taken for the site's name
    ("<title>Blog - Neue Elternkurse</title>", '<h1><a href="/blog">Neue Elternkurse</a></h1>',
     "Neue Elternkurse"),
    # a sidebar widget's heading
    ("<title>Stadtblatt</title>", '<h1>Familienpass wird digital</h1><section class="widget">'
     '<h2 class="widget-title">Neueste Beiträge</h2></section>', "Familienpass wird digital"),
])
def test_headline_choice(head, body, title):
    assert title_of(head, body) == title


def test_headline_kept_whole_when_it_contains_a_dash():
    head = "<title>Kita-Ausbau – die nächsten Schritte | Stadtblatt</title>"
    assert title_of(head, "<h1>Kita-Ausbau – die nächsten Schritte</h1>") == (
        "Kita-Ausbau – die nächsten Schritte")


def test_headline_is_not_repeated_as_first_paragraph():
    html = ("<html><head><title>Frühe Hilfen starten | Stadtblatt</title></head><body><article>"
            f"<h1>Frühe Hilfen starten</h1>{PARAGRAPH}</article></body></html>")
    text = extract_page(html.encode("utf-8"), "https://www.example.org/a", sites=SITES)["text"]
    assert text.startswith("Der Jugendhilfeausschuss")


OG = '<meta property="og:title" content="{}">'


@pytest.mark.parametrize("share, title", [
    # the share title is the headline alone: the kicker is not part of it
    ("Hebammen besuchen alle Familien", "Hebammen besuchen alle Familien"),
    # the share title carries kicker and headline: its separator joins them
    ("Frühe Hilfen: Hebammen besuchen alle Familien",
     "Frühe Hilfen: Hebammen besuchen alle Familien"),
    ("Frühe Hilfen / Hebammen besuchen alle Familien",
     "Frühe Hilfen / Hebammen besuchen alle Familien"),
    # another kicker in the share title: the visible headline alone
    ("Neues Angebot: Hebammen besuchen alle Familien", "Hebammen besuchen alle Familien"),
])
def test_kicker_in_its_own_element_is_not_glued_to_the_headline(share, title):
    body = ('<h1><span class="kicker">Frühe Hilfen</span>'
            '<span class="headline">Hebammen besuchen alle Familien</span></h1>')
    assert title_of(OG.format(share), body) == title


def test_kicker_as_text_before_the_headline_text():
    body = "<h1><span>Frühe Hilfen</span>Hebammen besuchen alle Familien</h1>"
    assert title_of("", body) == "Hebammen besuchen alle Familien"


def test_hidden_separator_between_kicker_and_headline_is_not_read():
    body = ('<h1><span class="overline">Frühe Hilfen</span><span class="visually-hidden"> - '
            '</span><span class="title-text">Hebammen besuchen alle Familien</span></h1>')
    assert title_of(OG.format("Hebammen besuchen alle Familien"), body) == (
        "Hebammen besuchen alle Familien")


def test_headline_with_a_visible_colon_keeps_its_own_characters():
    body = "<h1><b>Elterns’ Brief:</b> Neue Kurse im Familienzentrum</h1>"
    share = "Elterns' Brief: Neue Kurse im Familienzentrum"
    assert title_of(OG.format(share), body) == "Elterns’ Brief: Neue Kurse im Familienzentrum"


def test_heading_in_a_breadcrumb_trail_is_not_the_headline():
    body = ('<ul class="breadcrumb"><li class="breadcrumb-item"><h1>Hebammen besuchen Familien'
            '</h1></li></ul><article><h2><span class="article-kicker">Frühe Hilfen</span>'
            '<span class="article-headline">Hebammen besuchen Familien</span></h2></article>')
    share = "Frühe Hilfen: Hebammen besuchen Familien"
    assert title_of(OG.format(share), body) == "Frühe Hilfen: Hebammen besuchen Familien"


def test_soft_hyphens_and_zero_width_characters_are_dropped():
    body = "<h1>Fa\u00admi\u00adli\u00aden\u200bzentrum er\u00f6ff\u00adnet\ufeff</h1>"
    assert title_of("", body) == "Familienzentrum eröffnet"


def test_kicker_and_headline_line_is_not_left_in_the_body():
    html = ('<html lang="de"><head><title>Stadtblatt</title></head><body><article><h1><span>'
            '12.03.2024</span>Hebammen besuchen alle Familien</h1>'
            f'{PARAGRAPH}</article></body></html>')
    record = extract_page(html.encode("utf-8"), "https://www.example.org/a", sites=SITES)
    assert record["title"] == "Hebammen besuchen alle Familien"
    assert record["text"].startswith("Der Jugendhilfeausschuss")


@pytest.mark.parametrize("form", [
    '<div id="respond" class="comment-respond"><h2 id="reply-title">Kommentar</h2></div>',
    '<form action="/kommentar"><h2>Kommentar schreiben</h2></form>',
])
def test_a_comment_form_heading_is_not_the_headline(form):
    head = '<meta property="og:title" content="Frühe Hilfen starten im Herbst">'
    body = f'<h2 class="entry-title">Frühe Hilfen starten im Herbst</h2>{form}'
    assert title_of(head, body) == "Frühe Hilfen starten im Herbst"


@pytest.mark.parametrize("box", ["Ansprechpartner", "Kontakt", "Nächste Termine"])
def test_a_side_box_heading_is_not_the_headline(box):
    """A municipal page whose only heading opens its contact or event box: <title> is right."""
    head = "<title>Frühe Hilfen starten im Herbst</title>"
    body = f'<div class="box"><h2 class="text__headline">{box}</h2><p>Rathaus, Zimmer 4</p></div>'
    assert title_of(head, body) == "Frühe Hilfen starten im Herbst"


def test_a_side_box_heading_before_the_headline_is_passed_over():
    head = "<title>Stadtblatt</title>"
    body = ('<aside><h2 class="headline">Ansprechpartner</h2></aside>'
            "<h1>Frühe Hilfen starten im Herbst</h1>")
    assert title_of(head, body) == "Frühe Hilfen starten im Herbst"


def test_a_subhead_is_not_the_headline():
    head = "<title>Frühe Hilfen starten im Herbst | Stadtblatt</title>"
    body = ("<h1>Frühe Hilfen starten im Herbst</h1><p>Die Stadt plant viel.</p>"
            "<h2>Was die Familien erwartet</h2>")
    assert title_of(head, body) == "Frühe Hilfen starten im Herbst"


@pytest.mark.parametrize("share, heading, title", [
    # the heading shows the label: it stays, in its own element or in the heading's text
    ("Frühe Hilfen starten", "<h1><span>Thema:</span> Frühe Hilfen starten</h1>",
     "Thema: Frühe Hilfen starten"),
    ("Frühe Hilfen starten", "<h1>Thema: Frühe Hilfen starten</h1>",
     "Thema: Frühe Hilfen starten"),
    # only the share title has it: not added
    ("Thema: Frühe Hilfen starten", "<h1>Frühe Hilfen starten</h1>", "Frühe Hilfen starten"),
])
def test_a_thema_prefix_is_the_headlines_own(share, heading, title):
    head = f'<meta property="og:title" content="{share}"><title>{share} | Stadtblatt</title>'
    assert title_of(head, heading) == title


def test_a_kicker_on_its_own_line_before_a_line_break_is_dropped_when_the_metadata_says_so():
    # the kicker is the heading's own text, the headline follows a <br>: no element to tell them
    # apart, so only a metadata title equal to the part after the break shows it is a kicker
    body = "<h1>Frühe Hilfen<br>Hebammen besuchen alle Familien</h1>"
    assert title_of(OG.format("Hebammen besuchen alle Familien"), body) == (
        "Hebammen besuchen alle Familien")


def test_a_headline_broken_over_two_lines_stays_whole():
    body = "<h1>Hebammen besuchen<br>alle Familien im Stadtgebiet</h1>"
    assert title_of(OG.format("Hebammen besuchen alle Familien im Stadtgebiet"), body) == (
        "Hebammen besuchen alle Familien im Stadtgebiet")


def test_a_kicker_glued_to_the_headline_in_the_headings_text():
    # "Frühe Hilfen" and the headline in one text, no separator: the share title, which is the
    # tail of the heading after a short kicker, is the headline
    body = "<h1>Frühe Hilfen <strong>Hebammen besuchen alle Familien</strong></h1>"
    assert title_of(OG.format("Hebammen besuchen alle Familien"), body) == (
        "Hebammen besuchen alle Familien")


def test_a_headline_inside_a_page_builder_widget_keeps_its_own_dash():
    # page builders wrap every block in "...-widget" classes: the headline is one of them
    head = ('<meta property="og:title" content="Kita-Ausbau - die nächsten Schritte - Stadtblatt">'
            '<meta property="og:site_name" content="Stadtblatt">')
    body = ('<div class="elementor-widget elementor-widget-heading"><h1 class="elementor-heading'
            '-title">Kita-Ausbau – die nächsten Schritte</h1></div>')
    assert title_of(head, body) == "Kita-Ausbau – die nächsten Schritte"


@pytest.mark.parametrize("head", [
    # a share title cut short with an ellipsis: the full headline from JSON-LD
    ('<meta property="og:title" content="Hebammen besuchen alle Familien mit…">'
     '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
     '"Hebammen besuchen alle Familien mit Neugeborenen"}</script>'),
    ('<meta property="og:title" content="Hebammen besuchen alle Familien mit ...">'
     "<title>Hebammen besuchen alle Familien mit Neugeborenen | Stadtblatt</title>"),
])
def test_a_truncated_share_title_gives_way_to_the_whole_headline(head):
    assert title_of(head, "") == "Hebammen besuchen alle Familien mit Neugeborenen"


@pytest.mark.parametrize("page_title", [
    "Stadtblatt: Hebammen besuchen alle Familien",
    "Stadtblatt · Hebammen besuchen alle Familien",
    "Hebammen besuchen alle Familien\u00a0|\u00a0Stadtblatt",
    "Hebammen besuchen alle Familien – Stadtblatt – Nachrichten aus dem Kreis Beispielstadt",
])
def test_the_site_name_before_or_after_the_headline_is_cut(page_title):
    head = (f'<meta property="og:site_name" content="Stadtblatt"><title>{page_title}</title>')
    assert title_of(head, "") == "Hebammen besuchen alle Familien"


def test_a_subtitle_in_the_heading_after_the_headline_is_not_the_headline():
    # the first part is what the metadata calls the title, the longer second part a subtitle
    body = ('<h1><span class="title">Frühe Hilfen starten</span><span class="subtitle">Ab Herbst '
            "besuchen Familienhebammen alle Familien mit Neugeborenen</span></h1>")
    assert title_of(OG.format("Frühe Hilfen starten"), body) == "Frühe Hilfen starten"


def test_a_byline_inside_the_heading_is_not_part_of_the_headline():
    body = "<h1>Frühe Hilfen starten <small>Von Anna Muster</small></h1>"
    assert title_of(OG.format("Frühe Hilfen starten"), body) == "Frühe Hilfen starten"


def test_a_json_ld_headline_cut_to_a_length_limit_gives_way_to_the_whole_one():
    whole = ("Familienhebammen besuchen ab dem Herbst alle Familien mit Neugeborenen im ganzen "
             "Stadtgebiet und im Umland")
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            f'"{whole[:85]}"}}</script><title>{whole} | Stadtblatt</title>')
    assert title_of(head, "") == whole
