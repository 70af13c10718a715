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
