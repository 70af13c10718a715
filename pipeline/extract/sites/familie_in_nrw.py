"""familie-in-nrw.de (TYPO3 pr_news): title, teaser with its date, body, `Quellen:` block."""

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from lxml.html import HtmlElement

from ...dates import find_dates, to_iso
from ..blocks import block_lines, block_text, leaf_blocks
from ..body import source_lines
from ..furniture import is_furniture
from ..stamps import from_unix

HOST = "familie-in-nrw.de"
# the news item container; class names drift between template versions
_CONTAINER = ('//*[contains(@class, "news-single-item") or contains(@class, "news-single")'
              ' or contains(@class, "tx-prnews")]')
_PORTAL_HABITS = re.compile(r"\(\d{1,2}\.\d{1,2}\.\d{4}\)|\bQuellen?\s*:")
_PR_NEWS_LINK = '//a[contains(@href, "tx_prnews")]'
_HEADINGS = {"h1", "h2", "h3", "h4"}
_SOURCE_LABEL = re.compile(r"^\s*Quellen?\s*:\s*", re.I)
_BACKLINK = re.compile(r"^\s*(?:<<\s*)?zurück\b", re.I)
_ASIDE = re.compile(r"img|image|caption|foto|photo|bild|related|verwandt", re.I)
_TRAILING_DATE = re.compile(r"\s*\(?\s*$")


@dataclass
class Item:
    """The fields a pr_news item page gives directly."""

    title: str | None = None
    teaser: str | None = None
    published: str | None = None
    modified: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def applies(tree: HtmlElement, url: str) -> bool:
    """The portal's own host, or a copy of one of its item pages, known by its markup.

    Other TYPO3 news extensions share the container's class names, so the container must also
    show the portal's habits: pr_news links, a teaser ending in "(24.01.2012)", "Quellen:".
    """
    host = (urlsplit(url).hostname or "") if url else ""
    if host == HOST or host.endswith("." + HOST):
        return True
    containers = tree.xpath(_CONTAINER)
    if not containers:
        return False
    if "tx_prnews" in (url or "") or tree.xpath(_PR_NEWS_LINK):
        return True
    return bool(_PORTAL_HABITS.search(containers[0].text_content()))


def read_item(tree: HtmlElement, url: str) -> Item | None:
    """The item's fields, or None when the page has no item container (fall back to generic)."""
    containers = tree.xpath(_CONTAINER)
    if not containers:
        return None
    item = Item(modified=record_tstamp(url))
    container = containers[0]
    blocks = [b for b in leaf_blocks(container)
              if block_text(b) and not _is_aside(b, container)]
    rest = _take_title(blocks, item)
    rest = _take_teaser(rest, item)
    _take_body(rest, item)
    return item


def _is_aside(block: HtmlElement, container: HtmlElement) -> bool:
    """Image captions, related-item lists and other furniture inside the item container."""
    node = block
    while node is not None and node is not container:
        if _ASIDE.search(node.get("class") or "") or node.tag == "figure":
            return True
        node = node.getparent()
    return is_furniture(block, stop=container)


def _take_title(blocks: list[HtmlElement], item: Item) -> list[HtmlElement]:
    for index, block in enumerate(blocks[:3]):
        if block.tag in _HEADINGS:
            item.title = block_text(block)
            return blocks[index + 1:]
    return blocks


def _take_teaser(blocks: list[HtmlElement], item: Item) -> list[HtmlElement]:
    """The first block ending in a bracketed date is the teaser; the date is the item's date."""
    for index, block in enumerate(blocks[:2]):
        text = block_text(block)
        dates = find_dates(text)
        if dates and not text[dates[-1].end:].strip(" )."):
            item.teaser = _TRAILING_DATE.sub("", text[: dates[-1].start]) or None
            item.published = to_iso(dates[-1].value)
            return blocks[index + 1:]
        if "teaser" in (block.get("class") or ""):
            item.teaser = text
            return blocks[index + 1:]
    return blocks


def _take_body(blocks: list[HtmlElement], item: Item) -> None:
    """Paragraphs up to the `Quellen:` block, whose lines are the sources; then stop."""
    for index, block in enumerate(blocks):
        text = block_text(block)
        if _BACKLINK.match(text):
            return
        if _SOURCE_LABEL.match(text):
            lines = source_lines(block_lines(block))
            follower = blocks[index + 1: index + 2]
            if not lines and follower and not _BACKLINK.match(block_text(follower[0])):
                lines = source_lines(block_lines(follower[0]))
            item.sources = lines
            return
        item.paragraphs.append(text)


def record_tstamp(url: str) -> str | None:
    """`tx_prnews[tstamp]` (Unix seconds of the record's last edit) as a Europe/Berlin datetime."""
    query = parse_qs(urlsplit(url or "").query)
    values = query.get("tx_prnews[tstamp]", [])
    if not values or not values[0].strip().isdigit() or len(values[0].strip()) > 11:
        return None
    return to_iso(from_unix(int(values[0].strip())))
