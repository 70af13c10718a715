"""Page furniture: the parts of a page around the article (navigation, calendars, footers...)."""

import functools
import re
from copy import deepcopy

from lxml import etree
from lxml.html import HtmlElement

# no "form": ASP.NET pages wrap the whole page in one
FURNITURE_TAGS = {"nav", "footer", "aside", "menu", "select", "button", "noscript"}
# a block holding the headline, the article or this many paragraphs wraps the page, whatever
# its class says ("sidebar-right", "nav-open" on a page wrapper)
_WRAPPER_PARAGRAPHS = 12
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


def is_furniture(element: HtmlElement, stop: HtmlElement | None = None,
                 memo: dict | None = None) -> bool:
    """True when the element or an ancestor (below `stop`) is navigation, sidebar, footer...

    `memo` keeps answers per element across calls for the same tree.
    """
    if element is None or element is stop:
        return False
    if memo is not None and element in memo:
        return memo[element]
    answer = _is_furniture_node(element) or is_furniture(element.getparent(), stop, memo)
    if memo is not None:
        memo[element] = answer
    return answer


# class/id tokens of the furniture that carries dates of other things: the comment section,
# related-article lists, calendars, cookie banners, the site footer (not a post's own footer)
_DATED_TOKEN = re.compile(
    r"^(?:comments|comment-?list|comments-area|kommentare|.*cookie.*|.*consent.*|"
    r"(?:.*[-_])?related(?:[-_].*)?|.*calendar.*|.*kalender.*|(?:site|page|global)?[-_]?footer)$",
    re.I,
)


def without_dated_furniture(tree: HtmlElement) -> HtmlElement:
    """A copy of the page without the furniture whose dates are not the article's."""
    copy = deepcopy(tree)
    doomed = [n for n in copy.iter() if _is_dated_furniture(n)]
    for node in doomed:
        if node.getparent() is not None:
            node.drop_tree()
    return copy


def _is_dated_furniture(node: HtmlElement) -> bool:
    if not isinstance(node.tag, str) or node.tag in ("html", "body"):
        return False
    if node.tag in ("nav", "aside") or (node.tag == "table" and _looks_like_calendar(node)):
        return True
    dated = node.tag == "footer" or _names_dated(node.get("class", ""), node.get("id", ""))
    return dated and not _wraps_page(node) and _OUTSIDE_ARTICLE(node)


_OUTSIDE_ARTICLE = etree.XPath("not(ancestor::article)")


@functools.lru_cache(maxsize=4096)
def _names_dated(classes: str, ident: str) -> bool:
    """Whether a class or id word names dated furniture, judged once per class string."""
    return any(_DATED_TOKEN.match(word) for word in f"{classes} {ident}".split())


def _is_furniture_node(node: HtmlElement) -> bool:
    if not isinstance(node.tag, str) or node.tag in ("html", "body"):
        return False
    if node.tag in FURNITURE_TAGS or node.get("role") in ("navigation", "complementary"):
        return True
    if node.tag == "table" and _looks_like_calendar(node):
        return True
    return _names_furniture(node.get("class", ""), node.get("id", "")) and not _wraps_page(node)


# counted inside libxml2: a page wrapper holds thousands of elements, each a Python object
# when found with findall
_PARAGRAPHS = etree.XPath("count(.//p)")


def _wraps_page(node: HtmlElement) -> bool:
    if node.find(".//h1") is not None or node.find(".//article") is not None:
        return True
    return _PARAGRAPHS(node) >= _WRAPPER_PARAGRAPHS


@functools.lru_cache(maxsize=4096)
def _names_furniture(classes: str, ident: str) -> bool:
    """Whether a class or id word names furniture; pages repeat the same few class strings on
    thousands of elements, so each is judged once."""
    return any(_is_furniture_word(word) for word in f"{classes} {ident}".split())


def _is_furniture_word(word: str) -> bool:
    # "content-sidebar-wrap", "has-sidebar", "main-with-nav": layout wrappers around the article
    return bool(_FURNITURE_WORDS.search(word)) and not _LAYOUT_WORDS.search(word)


_WEEKDAY_ROW = re.compile(r"\bMo\b.*\bDi\b.*\bMi\b|\bMon?\b.*\bTue?\b.*\bWed?\b", re.S)


def _looks_like_calendar(table: HtmlElement) -> bool:
    head = " ".join(table.itertext())[:300]
    return bool(_WEEKDAY_ROW.search(head))
