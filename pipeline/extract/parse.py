"""Text to one lxml tree, bounded in size and depth."""

import re

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from .decode import ExtractionError

# Beyond this many characters a page is furniture, data or an attack: articles are far shorter.
MAX_CHARS = 2_000_000
# ... and beyond this many elements: real article pages have a few thousand (5,500 at most in
# the eval corpora); every later step costs time per element.
MAX_ELEMENTS = 30_000
_PARSER = HTMLParser(huge_tree=False, remove_comments=True, remove_pis=True)
# counted inside libxml2: iterating the tree in Python builds an element object per node
_COUNT_ELEMENTS = etree.XPath("count(descendant-or-self::*)")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)
# C0 control characters other than tab and line breaks (and DEL): never text, and lxml refuses
# them in some operations.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What an oversized page can lose first: inline scripts and styles (JSON-LD stays: it carries
# the dates) and comments.
_BULK = re.compile(
    r"<script(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style[^>]*>.*?</style\s*>|<!--.*?-->",
    re.I | re.S,
)


def parse_html(text: str) -> HtmlElement:
    """Parse a decoded page once; every later step reads (a copy of) this tree."""
    if len(text) > MAX_CHARS:
        text = _BULK.sub("", text)
    text = CONTROL_CHARACTERS.sub("", _XML_DECLARATION.sub("", _truncate(text, MAX_CHARS), count=1))
    tree = _parse(text)
    elements = int(_COUNT_ELEMENTS(tree))
    if elements > MAX_ELEMENTS:
        tree = _parse(_truncate(text, len(text) * MAX_ELEMENTS // elements))
    return tree


def _parse(text: str) -> HtmlElement:
    if not text.strip():
        raise ExtractionError("the page has no content")
    try:
        tree = document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"the page cannot be parsed as HTML: {exc}") from exc
    if tree is None or not len(tree):
        raise ExtractionError("the page has no HTML content")
    return tree


def _truncate(text: str, limit: int) -> str:
    """Cut an oversized page at a tag boundary before the limit."""
    if len(text) <= limit:
        return text
    cut = text.rfind("<", 0, limit)
    return text[: cut if cut > 0 else limit]
