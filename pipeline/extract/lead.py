"""The lead (standfirst) under the headline, which generic body extraction often drops."""

import re

from lxml.html import HtmlElement

from .blocks import block_text
from .furniture import is_furniture

# class/id tokens of a lead; matched per token so "teaser-list" or "lead-image" do not count
_LEAD_TOKEN = re.compile(
    r"(?:^|[-_])(?:abstract|summary|lead|leadtext|intro|teaser|standfirst|dek|excerpt|"
    r"subtitle|subline|subheadline|vorspann|anreisser)(?:[-_]{1,2}(?:text|bold|article))?$",
    re.I,
)
# blocks that carry such a class without being the article's lead
_NOT_LEAD = re.compile(r"author|bio|hidden|product|portlet|photo|image|card|list", re.I)
# how many levels above the headline the article header may reach
_HEADER_LEVELS = 4
MIN_LEAD, MAX_LEAD = 40, 700
_LEAD_TAGS = {"p", "div", "h2", "h3", "strong"}


def find_lead(heading: HtmlElement | None) -> str | None:
    """The first lead-classed block near the headline, after it in page order."""
    if heading is None:
        return None
    scope = heading
    for _ in range(_HEADER_LEVELS):
        if scope.getparent() is None:
            break
        scope = scope.getparent()
    after = False
    for element in scope.iter():
        if element is heading:
            after = True
        elif after and _is_lead(element):
            return block_text(element)
    return None


def _is_lead(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str) or element.tag not in _LEAD_TAGS:
        return False
    words = f"{element.get('class', '')} {element.get('id', '')}"
    if _NOT_LEAD.search(words) or not any(_LEAD_TOKEN.search(w) for w in words.split()):
        return False
    return MIN_LEAD <= len(block_text(element)) <= MAX_LEAD and not is_furniture(element)
