"""Page furniture: the parts of a page around the article (navigation, calendars, footers...)."""

import re
from copy import deepcopy

from lxml.html import HtmlElement

FURNITURE_TAGS = {"nav", "footer", "aside", "form", "menu", "select", "button", "noscript"}
# class/id words of the blocks that surround an article on news and press pages
_FURNITURE_WORDS = re.compile(
    r"comment|kommentar|related|verwandt|sidebar|cookie|consent|gdpr|banner|footer|"
    r"\bnav|navigation|menu|breadcrumb|calendar|kalender|termine|share|sharing|social|"
    r"newsletter|paywall|subscribe|abo-|promo|recommend|empfehl|weitere|more-?articles|"
    r"widget|ticker|most-?read|meistgelesen|toplist|login|overlay|modal|popup|skip",
    re.I,
)
_LAYOUT_WORDS = re.compile(r"content|main|wrap|container|layout|^has-|^with-|^no-|open|toggle",
                           re.I)


def is_furniture(element: HtmlElement, stop: HtmlElement | None = None) -> bool:
    """True when the element or an ancestor (below `stop`) is navigation, sidebar, footer..."""
    node = element
    while node is not None and node is not stop:
        if _is_furniture_node(node):
            return True
        node = node.getparent()
    return False


def without_furniture(tree: HtmlElement) -> HtmlElement:
    """A copy of the page with navigation, sidebars, footers, calendars... removed."""
    copy = deepcopy(tree)
    for node in [n for n in copy.iter() if _is_furniture_node(n)]:
        if node.getparent() is not None:
            node.drop_tree()
    return copy


def _is_furniture_node(node: HtmlElement) -> bool:
    if not isinstance(node.tag, str) or node.tag in ("html", "body"):
        return False
    if node.tag in FURNITURE_TAGS or node.get("role") in ("navigation", "complementary"):
        return True
    if node.tag == "table" and _looks_like_calendar(node):
        return True
    return any(_is_furniture_word(word) for word in _words(node))


def _words(node: HtmlElement) -> list[str]:
    return f"{node.get('class', '')} {node.get('id', '')}".split()


def _is_furniture_word(word: str) -> bool:
    # "content-sidebar-wrap", "has-sidebar", "main-with-nav": layout wrappers around the article
    return bool(_FURNITURE_WORDS.search(word)) and not _LAYOUT_WORDS.search(word)


_WEEKDAY_ROW = re.compile(r"\bMo\b.*\bDi\b.*\bMi\b|\bMon?\b.*\bTue?\b.*\bWed?\b", re.S)


def _looks_like_calendar(table: HtmlElement) -> bool:
    head = " ".join(table.itertext())[:300]
    return bool(_WEEKDAY_ROW.search(head))
