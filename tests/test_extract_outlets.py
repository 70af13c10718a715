"""Page furniture rules as data: per-outlet selectors and the side boxes of municipal pages,
on pages written for these tests in the markup the outlets and town halls use."""

import pytest
from lxml.html import document_fromstring

from pipeline.datafile import DataFileError
from pipeline.extract import extract_page
from pipeline.extract.outlets import OutletPages, default_outlet_pages, side_boxes_xpath
from pipeline.sites import SOURCES_FILE, SiteRegistry

SITES = SiteRegistry.load(SOURCES_FILE)
PARAGRAPHS = [
    "Die Landesregierung will die Altersgrenze für Beamte im Einsatzdienst anheben. Die "
    "Gewerkschaften halten dagegen und verweisen auf die hohe Belastung im Schichtdienst.",
    "Am Montag hört der Landtag dazu Sachverständige an. Die Stellungnahmen der Verbände liegen "
    "bereits vor und fallen überwiegend kritisch aus.",
    "Eine Entscheidung wird im Sommer erwartet, wenn der Ausschuss den Entwurf abschließend "
    "berät und die Anhörung ausgewertet hat.",
]
BODY = "\n\n".join(PARAGRAPHS)


def page(inside: str, before: str = "") -> bytes:
    """An article with `inside` between its second and third paragraph."""
    first, second, third = (f"<p class='text'>{p}</p>" for p in PARAGRAPHS)
    return ("<html lang='de'><head><title>Altersgrenze soll steigen</title></head><body><main>"
            f"<article>{before}<h1>Altersgrenze soll steigen</h1>{first}{second}{inside}{third}"
            "</article></main></body></html>").encode()


# a broadcaster's player box and picture caption inside the text, as wdr.de sets them
PLAYER_BOX = (
    "<div class='mediaCon'><div class='media'><img src='/bild.jpg' alt=''></div>"
    "<div class='mediaInfo'><div class='infotext'><h2 class='mediaTitle'>Altersgrenze soll "
    "steigen | aktuelle stunde</h2><p class='mediaAdditionalInfo'><span class='mediaDuration'>"
    "03:12 Min.</span> <span class='mediaExpiry'>Verfügbar bis 30.06.2024</span></p></div>"
    "</div></div>")
CAPTION = ("<div class='mediaCon'><picture><img src='/demo.jpg' alt=''></picture>"
           "<div class='mediaInfo'><p class='infotext'>Protest vor dem Landtag in Düsseldorf"
           "</p></div></div>")


def test_broadcaster_player_titles_and_captions_leave_the_body():
    record = extract_page(page(CAPTION, before=PLAYER_BOX),
                          "https://www1.wdr.de/nachrichten/altersgrenze-100.html", sites=SITES)
    assert record["text"] == BODY


def test_the_rule_holds_only_on_its_outlets_hosts():
    text = extract_page(page(CAPTION), "https://www.beispielsender.example/altersgrenze.html",
                        sites=SITES)["text"]
    assert "Protest vor dem Landtag in Düsseldorf" in text


NEWSLETTER = (
    "<div class='not-prose grid'><section aria-label='Newsletter Anmeldung' class='col-span-3'>"
    "<h3>Landespolitik kompakt von Erika Beispiel, Leiterin der Landesredaktion</h3>"
    "<p>Was in Düsseldorf entschieden wird - jeden Freitag im Postfach.</p>"
    "<form action='/newsletter'><input type='email' name='mail'></form></section></div>")


@pytest.mark.parametrize("host", ["www.braunschweiger-zeitung.de", "www.waz.de"])
def test_a_regional_papers_newsletter_box_leaves_the_body(host):
    record = extract_page(page(NEWSLETTER), f"https://{host}/politik/article1/alter.html",
                          sites=SITES)
    assert record["text"] == BODY


# the regional paper's other boxes inside the text: a teaser card under its heading, a list of
# other articles (bold label, link) under a heading, an appeal list, a tag box
TEASER_CARD = ("<h4 class='uppercase'>Auch interessant</h4><div class='not-prose font-sans'>"
               "<a href='/politik/article2/pension.html'><h3>Pensionen: Was Beamte erwartet</h3>"
               "<p>Von Max Beispiel</p></a></div>")
LINK_LIST = ("<h3 class='expressive-heading-xl'>Hintergründe aus dem Landtag – für Sie recherchiert"
             "</h3><ul><li><strong>Haushalt: </strong><a data-track-v2-parent='Link List' "
             "href='/politik/article3/haushalt.html'>Land plant Kürzungen bei Zuschüssen</a></li>"
             "<li><strong>Schule: </strong><a href='/politik/article4/schule.html'>Neue Stellen "
             "für Lehrkräfte</a></li></ul>")
APPEALS = ("<ul><li>Nachrichten aufs Handy? Hier geht es zur <strong>neuen Zeitungs-App</strong>"
           " – für <a href='/app'>Android und iOS</a>.</li><li>Den Tag kompakt: Der "
           "<strong>Newsletter</strong> – <a href='/newsletter'>hier entlang</a>.</li></ul>")
TAGS = ("<div class='not-prose mb-4'><h4 class='not-prose'>Mehr lesen über</h4><ul>"
        "<li><a href='/thema/beamte'>Beamte</a></li><li><a href='/thema/landtag'>Landtag</a>"
        "</li></ul></div>")


def test_a_regional_papers_teasers_link_lists_and_appeals_leave_the_body():
    record = extract_page(page(TEASER_CARD + LINK_LIST + APPEALS + TAGS),
                          "https://www.waz.de/politik/article1/alter.html", sites=SITES)
    assert record["text"] == BODY


def test_a_list_with_bold_labels_and_links_stays_on_other_hosts():
    text = extract_page(page(LINK_LIST), "https://www.kreisblatt.example/alter.html",
                        sites=SITES)["text"]
    assert "Land plant Kürzungen bei Zuschüssen" in text


def headline_page(head: str, heading: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html lang='de'><head>{head}</head><body><main><article><header>{heading}"
            f"</header>{paragraphs}</article></main></body></html>").encode()


# a search-engine headline in <h1>, <title> and JSON-LD; the headline the page shows, kicker
# and all, in og:title and a display heading
SEO_HEAD = ("<title>Altersgrenze für Beamte - Gewerkschaften gegen späteren Ruhestand</title>"
            "<meta property='og:title' content='Streit im Landtag: Beamte sollen länger "
            "arbeiten'><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"headline\": \"Altersgrenze für Beamte - Gewerkschaften gegen späteren "
            "Ruhestand\"}</script>")
SEO_HEADING = ("<h1>Altersgrenze für Beamte - Gewerkschaften gegen späteren "
               "Ruhestand</h1><h2><span data-cy='kicker'>Streit im Landtag</span> "
               "<span>Beamte sollen länger arbeiten</span></h2>")


def test_an_outlets_headline_is_the_metadata_title_its_rule_names():
    record = extract_page(headline_page(SEO_HEAD, SEO_HEADING),
                          "https://rp-online.de/nrw/landespolitik/altersgrenze_aid-1.html",
                          sites=SITES)
    assert record["title"] == "Streit im Landtag: Beamte sollen länger arbeiten"
    assert record["text"] == BODY  # the display heading, kicker and all, is no paragraph


def test_other_hosts_keep_the_generic_headline():
    record = extract_page(headline_page(SEO_HEAD, SEO_HEADING),
                          "https://www.kreisblatt.example/altersgrenze.html", sites=SITES)
    assert record["title"] == "Altersgrenze für Beamte - Gewerkschaften gegen späteren Ruhestand"


def test_an_outlet_page_without_the_named_title_keeps_the_generic_one():
    head = "<title>Beamte sollen länger arbeiten - waz.de</title>"
    record = extract_page(headline_page(head, "<h1>Beamte sollen länger arbeiten</h1>"),
                          "https://www.waz.de/politik/article1/alter.html", sites=SITES)
    assert record["title"] == "Beamte sollen länger arbeiten"


MUNICIPAL_PARAGRAPHS = [
    "Der Kreis richtet ein Familienbüro im Rathaus ein. Eltern erhalten dort Auskunft zu "
    "Betreuung, Elterngeld und Familienbildung aus einer Hand, ohne lange Wege.",
    "Das Büro ist an fünf Tagen in der Woche geöffnet und arbeitet eng mit dem Jugendamt, den "
    "Kitas und den Beratungsstellen im Kreisgebiet zusammen.",
    "Die Kosten von rund 80.000 Euro im Jahr trägt der Kreis zum größten Teil selbst, den Rest "
    "übernimmt das Land aus seinem Programm für Familienzentren.",
]


def event(day: str, title: str, text: str) -> str:
    return f"<div class='item'><p class='date'>{day}</p><h3>{title}</h3><p>{text}</p></div>"


EVENTS = ("<div class='box'><h2>Termine</h2>"
          + event("15.03.2024, 15:00 Uhr", "Familiencafé im Stadtteilzentrum",
                  "Eltern mit kleinen Kindern treffen sich im Stadtteilzentrum zum Austausch bei "
                  "Kaffee und Kuchen. Eine Fachkraft der Familienberatung beantwortet Fragen.")
          + event("22.03.2024, 10:00 Uhr", "Vorlesestunde in der Stadtbücherei",
                  "Ehrenamtliche lesen Geschichten für Kinder ab vier Jahren vor. Die Teilnahme "
                  "ist kostenlos, eine Anmeldung ist nicht nötig.")
          + "</div>")
SERVICE = ("<div class='box'><h2>Bürgerservice</h2><p>Das Kreishaus ist montags bis freitags "
           "von 8 bis 12 Uhr geöffnet, donnerstags zusätzlich von 14 bis 18 Uhr.</p><ul>"
           "<li><a href='/elterngeld'>Elterngeld beantragen</a></li>"
           "<li><a href='/kita'>Kita-Platz anmelden</a></li></ul></div>")


def press_release(side: str, article_end: str = "") -> dict:
    text = "".join(f"<p>{p}</p>" for p in MUNICIPAL_PARAGRAPHS)
    html = ("<html lang='de'><head><title>Familienbüro im Rathaus - Kreis Musterland</title>"
            "</head><body><header><nav><a href='/'>Start</a></nav></header><div class='row'>"
            f"<div class='col-md-8'><h1>Familienbüro im Rathaus</h1><p class='datum'>12.03.2024"
            f"</p>{text}{article_end}</div><div class='col-md-4'>{side}</div></div>"
            "<footer>Impressum</footer></body></html>")
    return extract_page(html.encode("utf-8"),
                        "https://www.kreis-musterland.example/nachrichten/n/familienbuero/",
                        sites=SITES)


@pytest.mark.parametrize("side", [EVENTS + SERVICE, SERVICE + EVENTS])
def test_municipal_event_teasers_and_service_boxes_leave_the_body(side):
    assert press_release(side)["text"] == "\n\n".join(MUNICIPAL_PARAGRAPHS)


def test_a_contact_heading_inside_the_release_stays():
    contact = "<h2>Kontakt</h2><p>Fragen beantwortet das Familienbüro unter 02303 27-1234.</p>"
    text = press_release(EVENTS, article_end=contact)["text"]
    assert text.endswith("Fragen beantwortet das Familienbüro unter 02303 27-1234.")
    assert "Familiencafé" not in text


def test_side_boxes_are_known_by_the_whole_name_of_their_opening_heading():
    tree = document_fromstring(
        "<html><body>"
        "<div id='named'><h3>  NÄCHSTE \n Termine </h3><p>Sommerfest am Rathaus</p></div>"
        "<section id='contact'><h5>Kontakt</h5><p>Telefon 02303 27-0</p></section>"
        "<div id='longer-name'><h2>Termine im Mai</h2><p>Kreistag</p></div>"
        "<div id='two-names'><h2>Termine|Service</h2><p>Kreistag</p></div>"
        "<div id='not-first'><p>Vorne</p><h2>Termine</h2></div>"
        "<aside id='with-headline'><h4>Service</h4><h1>Neues Familienbüro</h1></aside>"
        "<div id='h6'><h6>Service</h6><p>Formulare</p></div>"
        "</body></html>")
    boxes = tree.xpath(side_boxes_xpath(["Nächste Termine", "Kontakt", "Termine", "Service"]))
    assert [box.get("id") for box in boxes] == ["named", "contact"]


def test_the_shipped_rules_load():
    rules = default_outlet_pages()
    assert [rule.name for rule in rules.rules] == [
        "WDR", "FUNKE (WAZ, Braunschweiger Zeitung)", "Rheinische Post"]
    assert rules.rule_for("https://www.rp-online.de/nrw/x.html").title == "meta:og:title"
    assert rules.rule_for("https://www.example.org/x.html") is None
    assert rules.drop_for("https://www1.wdr.de/x.html")[1:] == rules.rules[0].drop
    assert rules.drop_for("https://www.example.org/x.html") == (rules.side_boxes,)


def rules_file(tmp_path, outlet: str, headings: str = '["Termine"]'):
    path = tmp_path / "outlet_pages.toml"
    path.write_text(f"side_box_headings = {headings}\n[[outlet]]\n{outlet}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("outlet", "message"), [
    ('name = "Kreisblatt"\nhosts = ["kreisblatt.example"]\ndrop = ["//div[@class="]',
     "[[outlet]] 1 (\"Kreisblatt\") drop: '//div[@class=' is no XPath"),
    ('name = "Kreisblatt"\nhosts = ["kreisblatt.example"]\ndrop = ["//aside"]\nselector = "x"',
     'unknown key "selector"'),
    ('name = "Kreisblatt"\nhosts = []\ndrop = ["//aside"]', "hosts: expected a non-empty list"),
    ('name = "Kreisblatt"\nhosts = ["kreisblatt.example"]\ntitle = "h1"',
     'title: expected one of jsonld:headline, itemprop:headline, meta:og:title'),
    ('name = "Kreisblatt"\nhosts = ["kreisblatt.example"]', "a rule needs drop or title"),
])
def test_a_broken_rule_is_named_with_its_outlet(tmp_path, outlet, message):
    with pytest.raises(DataFileError) as problem:
        OutletPages.load(rules_file(tmp_path, outlet))
    assert message in str(problem.value)
    assert str(tmp_path) in str(problem.value)


@pytest.mark.parametrize("heading", ["Bürger's Service", "Termine | Service"])
def test_a_side_box_heading_with_a_quote_or_a_bar_is_refused(tmp_path, heading):
    outlet = 'name = "Kreisblatt"\nhosts = ["kreisblatt.example"]\ndrop = ["//aside"]'
    with pytest.raises(DataFileError, match=r"holds a quote \(\'\) or a bar \(\|\)"):
        OutletPages.load(rules_file(tmp_path, outlet, headings=f'["{heading}"]'))
