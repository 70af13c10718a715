"""The lead (standfirst) under the headline, which generic body extraction often drops."""

import html
import re

from lxml import etree
from lxml.html import HtmlElement

from .blocks import BLOCK_TAGS, block_text
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
# a teaser box of another article is mostly its link text
_LINKED_SHARE = 0.5
# how much text (a dateline, "Berlin. ") a lead may carry besides the page's description
_DATELINE_SLACK = 40
# the description's opening words looked up in the page text
_PROBE_CHARS = 40
_TEXT_HOLDING = etree.XPath("descendant::text()[contains(., $probe)]")  # compiled once
_ELLIPSIS = ("…", "...")
# a lead opened by its dateline: the place (a few capitalised words, "am", "an der" between),
# perhaps an agency in brackets, then a full stop, a middle dot or a dash ("Essen. Drei ...",
# "Neuss · Was ...", "Düsseldorf (dpa) – Der ...")
_DATELINE = re.compile(
    r"^[A-ZÄÖÜ][\w'’-]+(?:\s(?:am|an|im|in|ob|bei|der|den|[A-ZÄÖÜ][\w'’-]+)){0,3}"
    r"(?:\s*\([^()]{1,30}\))?\s*(?:\.|·|[-–—])\s+[„\"»A-ZÄÖÜ0-9]")


def find_lead(heading: HtmlElement | None, tree: HtmlElement | None = None,
              descriptions: list[str] = ()) -> str | None:
    """The lead: a lead-classed block after the headline, else the visible block that repeats
    the page's own description (a classless first paragraph, a wire lead with its dateline),
    else a first block after the headline that opens with a dateline."""
    return (_classed_lead(heading)
            or (_described_lead(tree, descriptions) if tree is not None else None)
            or _dateline_lead(heading))


def _classed_lead(heading: HtmlElement | None) -> str | None:
    """The first lead-classed block near the headline, after it in page order."""
    if heading is None:
        return None
    after = False
    for element in _header_of(heading).iter(heading.tag, *_LEAD_TAGS):  # filtered in libxml2
        if element is heading:
            after = True
        elif after and _is_lead(element):
            return block_text(element)
    return None


def _dateline_lead(heading: HtmlElement | None) -> str | None:
    """The first block of a lead's length after the headline (picture captions passed over),
    when it opens with a dateline: a wire-style lead whose markup and description say nothing
    of it. Only the first: a later paragraph with a dateline is the body's."""
    if heading is None:
        return None
    after = False
    for element in _header_of(heading).iter(heading.tag, *_LEAD_TAGS):
        if element is heading:
            after = True
            continue
        text = block_text(element) if after else ""
        if (MIN_LEAD <= len(text) <= MAX_LEAD and not is_furniture(element)
                and not _in_caption(element)):
            return text if _DATELINE.match(text) and not _teases_another_page(
                element, text) else None
    return None


def _header_of(heading: HtmlElement) -> HtmlElement:
    """The element _HEADER_LEVELS above the headline (or the root): where its lead stands."""
    scope = heading
    for _ in range(_HEADER_LEVELS):
        if scope.getparent() is None:
            break
        scope = scope.getparent()
    return scope


def _is_lead(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str) or element.tag not in _LEAD_TAGS:
        return False
    words = f"{element.get('class', '')} {element.get('id', '')}"
    if _NOT_LEAD.search(words) or not any(_LEAD_TOKEN.search(w) for w in words.split()):
        return False
    text = block_text(element)
    return (MIN_LEAD <= len(text) <= MAX_LEAD and not is_furniture(element)
            and not _teases_another_page(element, text))


def _teases_another_page(element: HtmlElement, text: str) -> bool:
    """A box with a heading of its own or mostly link text points to another article."""
    if element.find(".//h2") is not None or element.find(".//h3") is not None:
        return True
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return linked > _LINKED_SHARE * len(text)


def _described_lead(tree: HtmlElement, descriptions: list[str]) -> str | None:
    """The first visible block in <body> that holds the description and little else."""
    body = tree.find(".//body")
    for description in dict.fromkeys(" ".join(html.unescape(d).split()) for d in descriptions):
        truncated = description.endswith(_ELLIPSIS)
        wanted = _norm(description.rstrip("….").strip()) if truncated else _norm(description)
        if body is None or len(wanted) < MIN_LEAD:
            continue
        probe = description[:_PROBE_CHARS]
        for piece in _TEXT_HOLDING(body, probe=probe):
            block = _block_of(piece.getparent())
            if block is None or is_furniture(block) or _in_caption(block):
                continue
            text = block_text(block)
            if _holds(_norm(text), wanted, truncated) and len(text) <= MAX_LEAD:
                return text
    return None


def _in_caption(block: HtmlElement) -> bool:
    """A picture's caption: some pages give the opening picture's caption as the description."""
    return block.tag == "figcaption" or any(
        ancestor.tag in ("figcaption", "figure") for ancestor in block.iterancestors())


def _holds(text: str, wanted: str, truncated: bool) -> bool:
    if truncated:
        return wanted in text and len(text) <= MAX_LEAD
    return wanted in text and len(text) <= len(wanted) + _DATELINE_SLACK


def _block_of(element: HtmlElement | None) -> HtmlElement | None:
    while element is not None and element.tag not in BLOCK_TAGS:
        element = element.getparent()
    return element if element is not None and element.tag not in ("body", "article",
                                                                   "section") else None


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()
