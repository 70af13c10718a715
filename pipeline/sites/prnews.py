"""TYPO3 with the pr_news extension (familie-in-nrw.de and other Länder portals).

What the system does the same on every portal lives here: which query parameters identify a
news record, the record's edit time in its links (`tstamp`), how its item pages look and how to
read them. What differs between portals (their hosts and which archive list each record belongs
to) is configuration: a source's `prnews` table in scrapers/sources.toml (see config.py).
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit
from zoneinfo import ZoneInfo

from lxml import etree
from lxml.html import HtmlElement

from ..dates import find_dates, to_iso
from ..extract.blocks import block_lines, block_text, leaf_blocks
from ..extract.body import source_lines
from ..extract.furniture import is_furniture

BERLIN = ZoneInfo("Europe/Berlin")
# pr_news identifies a news record by these two parameters; everything else in its query
# strings (cHash, tstamp, no_cache, L, rel, pointer) is cache or navigation noise.
KEYS = ("tx_prnews[originalPid]", "tx_prnews[showUid]")
SHOW_UID = "tx_prnews[showUid]"
# Unix seconds of the record's last edit, written into every link to it.
TSTAMP = "tx_prnews[tstamp]"
# Links in the wild carry junk such as "%23tabs-2%23tabs-2" glued to a value: keep the number.
LEADING_DIGITS = re.compile(r"\d+")
# More digits than any Unix time in seconds until the year 5138: not a time.
MAX_TSTAMP_DIGITS = 11
# the news item container; class names drift between template versions ("news-single" also
# finds "news-single-item"); elements without a class are passed over first, which halves the
# cost of this search on every page the registry asks about
# compiled once, and stepping along the attributes, which libxml2 does faster than testing every
# element: every page the extractor reads is asked whether it is a pr_news item
_CONTAINER = etree.XPath('//@class[contains(., "news-single") or contains(., "tx-prnews")]'
                         '/parent::*')
_PORTAL_HABITS = re.compile(r"\(\d{1,2}\.\d{1,2}\.\d{4}\)|\bQuellen?\s*:")
_PR_NEWS_LINK = etree.XPath('//@href[contains(., "tx_prnews")]/parent::a')
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


@dataclass(frozen=True)
class PrNews:
    """One pr_news portal; with no hosts, the system as found on any host (a copy, a mirror)."""

    hosts: tuple[str, ...] = ()  # the portal's domains, subdomains included
    # originalPid -> the path of the archive list the record belongs to, so that links from
    # any list (or any page) to one record canonicalise to one URL
    archive_paths: tuple[tuple[str, str], ...] = ()
    name: str = field(default="prnews", init=False)
    # Its links carry the record's exact edit time: unchanged means equal, not "not newer".
    lists_edit_times: bool = field(default=True, init=False)

    @classmethod
    def portal(cls, hosts: tuple[str, ...], archive_paths: Mapping[str, str]) -> "PrNews":
        """A portal as configured: its domains and its originalPid -> archive path map."""
        return cls(tuple(host.lower() for host in hosts), tuple(sorted(archive_paths.items())))

    def claims(self, url: str) -> bool:
        """The portal's own hosts, or a copy of one of its items (known by its archive path)."""
        if self._on_host(url):
            return True
        if not self.hosts:
            return is_item(url)
        return is_item(url) and urlsplit(url).path in dict(self.archive_paths).values()

    def _on_host(self, url: str | None) -> bool:
        host = (urlsplit(url or "").hostname or "").lower()
        return any(host == domain or host.endswith("." + domain) for domain in self.hosts)

    def item_address(self, url: str) -> tuple[str, str] | None:
        """The path and query that identify a record, or None when the URL is no record link."""
        params = record_params(url)
        if SHOW_UID not in params:
            return None
        pid = params.get("tx_prnews[originalPid]", "")
        path = dict(self.archive_paths).get(pid, urlsplit(url).path or "/")
        return path, urlencode([(key, params[key]) for key in KEYS if key in params], safe="[]")

    def trusts_declared_canonical(self, url: str) -> bool:
        """TYPO3 templates declare the list page as canonical of every news item."""
        return not is_item(url)

    def listed_version(self, url: str) -> str | None:
        return edit_time(url)

    def recognises(self, tree: HtmlElement, url: str | None) -> bool:
        """The portal's own pages, or an item page of the system, known by its markup.

        Other TYPO3 news extensions share the container's class names, so the container must
        also show the system's habits: pr_news links, a teaser ending in "(24.01.2012)",
        "Quellen:".
        """
        if self._on_host(url):
            return True
        containers = _CONTAINER(tree)
        if not containers:
            return False
        if "tx_prnews" in (url or "") or _PR_NEWS_LINK(tree):
            return True
        return bool(_PORTAL_HABITS.search(containers[0].text_content()))

    def read_item(self, tree: HtmlElement, url: str | None) -> Item | None:
        return read_item(tree, url)


def record_params(url: str) -> dict[str, str]:
    """The pr_news parameters of a URL (empty when it is not a news record link)."""
    params = {}
    for key, value in parse_qsl(urlsplit(url or "").query):
        digits = LEADING_DIGITS.match(value.strip())
        if key in (*KEYS, TSTAMP) and digits:
            params[key] = digits.group()
    return params


def is_item(url: str) -> bool:
    return SHOW_UID in record_params(url)


def edit_time(url: str | None) -> str | None:
    """The record's last edit from a link's `tstamp`, as ISO 8601 in Europe/Berlin."""
    tstamp = record_params(url).get(TSTAMP)
    if tstamp is None or len(tstamp) > MAX_TSTAMP_DIGITS:
        return None
    return to_iso(datetime.fromtimestamp(int(tstamp), BERLIN))


def read_item(tree: HtmlElement, url: str | None) -> Item | None:
    """The item's fields, or None when the page has no item container (fall back to generic)."""
    containers = _CONTAINER(tree)
    if not containers:
        return None
    item = Item(modified=edit_time(url))
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
