"""When the body extraction runs trafilatura's fallbacks: only where its main extractor's text
shows a failure (a navigation dump, or far less text than the page's paragraphs hold)."""

from lxml.html import document_fromstring

from pipeline.extract.body import extract_body, falls_short

ARTICLE = [
    "Die Gemeinde baut die Grundschule am Lindenplatz aus. Vier neue Klassenräume und eine "
    "Mensa sollen bis zum Sommer des nächsten Jahres fertig sein.",
    "Der Rat hat den Plänen am Dienstagabend ohne Gegenstimmen zugestimmt. Die Kosten liegen bei "
    "rund 3,2 Millionen Euro, das Land trägt davon etwa die Hälfte.",
    "Während der Bauzeit lernen zwei Klassen in Containern auf dem Schulhof. Die Eltern wurden "
    "bei einem Abend in der Aula über den Ablauf informiert.",
]
MENU = ["Start", "Rathaus", "Bürgerservice", "Schulen", "Kitas", "Termine", "Kontakt"]


def tree_with(paragraphs: list[str]):
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    return document_fromstring(f"<html><body><article>{html}</article></body></html>")


def test_the_whole_article_is_no_failure():
    assert not falls_short("\n".join(ARTICLE), tree_with(ARTICLE))


def test_no_text_is_a_failure():
    assert falls_short(None, tree_with(ARTICLE))
    assert falls_short("", tree_with(ARTICLE))


def test_mostly_menu_items_are_a_navigation_dump():
    assert falls_short("\n".join([*MENU, ARTICLE[0]]), tree_with(ARTICLE))


def test_subheads_between_long_paragraphs_are_no_navigation_dump():
    text = "\n".join([ARTICLE[0], "Bau ab Juni", ARTICLE[1], "Container", ARTICLE[2]])
    assert not falls_short(text, tree_with(ARTICLE))


def test_a_tenth_of_the_pages_paragraph_text_is_a_failure():
    page = tree_with(ARTICLE * 4)  # 12 paragraphs of about 150 characters each
    first_words = ARTICLE[0][:100]  # less than a tenth of them
    assert falls_short(first_words, page)
    assert not falls_short("\n".join(ARTICLE), page)  # a quarter is a short article, no failure


def test_a_page_of_menus_and_an_article_gives_the_article():
    menu = "".join(f"<li><a href='/{item.lower()}'>{item}</a></li>" for item in MENU)
    html = (f"<html lang='de'><body><nav><ul>{menu}</ul></nav><main><article>"
            "<h1>Grundschule am Lindenplatz wird größer</h1>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE)
            + f"</article></main><footer><ul>{menu}</ul></footer></body></html>")
    text = extract_body(document_fromstring(html), "https://www.gemeinde.example/schule")
    assert text == "\n\n".join(["Grundschule am Lindenplatz wird größer", *ARTICLE])
