"""One page in, one record out: title, dates, author, language, clean body, teaser, sources.

The Scrapy pipeline, the re-process command and `python -m pipeline.extract` all call
`extract_page`, so a page gives the same record however it was obtained. The publishing systems'
item readers (pipeline/sites/, which build on the helpers here) are passed in, not imported.
"""

from collections.abc import Mapping
from typing import Protocol
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .authors import choose_authors
from .body import extract_body, paragraphs, split_sources, with_lead, without_repeats
from .byline import headline_zone, zone_dates
from .decode import ExtractionError, decode_html
from .language import page_language
from .lead import find_lead
from .metadata import is_live_page, read_metadata
from .outlets import OutletPages, default_outlet_pages
from .parse import CONTROL_CHARACTERS, parse_html
from .published import modified_date, page_day, published_date
from .title import choose_title, clean, heading_text

__all__ = ["ExtractionError", "OutletPages", "extract_page", "FIELDS"]

FIELDS = ("url", "title", "published", "modified", "author", "language", "text", "teaser",
          "sources", "canonical")


class ItemReader(Protocol):
    """A publishing system's reader (pipeline.sites): the item's fields, or None."""

    def read_item(self, tree: HtmlElement, url: str | None): ...


class SiteReaders(Protocol):
    """Which system's reader knows a page: the rules' site registry (pipeline.sites)."""

    def for_page(self, tree: HtmlElement, url: str | None) -> ItemReader: ...


def extract_page(
    raw: bytes, url: str, headers: Mapping[str, str] | None = None, *, sites: SiteReaders,
    outlets: OutletPages | None = None,
) -> dict:
    """The record of one fetched page; raises ExtractionError for empty or binary input.

    `sites` (the rules' site registry) finds the publishing system whose reader knows the page;
    `outlets` the per-outlet rules (default: the project's pipeline/data/outlet_pages.toml).
    """
    tree = parse_html(decode_html(raw, headers))
    outlets = outlets or default_outlet_pages()
    rule = outlets.rule_for(url)
    try:
        record = _generic(tree, url, outlets.drop_for(url), outlets.box_headings,
                          rule.title if rule else None)
        _apply_site_reader(record, sites.for_page(tree, url).read_item(tree, url))
    except ExtractionError:
        raise
    except ValueError as error:  # lxml refuses some content (e.g. a control character)
        raise ExtractionError(f"the page cannot be processed: {error}") from error
    return _without_control_characters(record)


def _without_control_characters(record: dict) -> dict:
    """Character references such as &#1; become control characters only after parsing."""
    def clean(value):
        if isinstance(value, str):
            return CONTROL_CHARACTERS.sub("", value)
        if isinstance(value, list):
            return [clean(item) for item in value]
        return value

    return {key: clean(value) for key, value in record.items()}


def _generic(tree, url: str, drop: tuple[str, ...], box_headings: frozenset[str],
             title_source: str | None) -> dict:
    meta = read_metadata(tree)
    share_title = next((t for t, source in meta.titles if source == "meta:og:title"), None)
    title, heading = choose_title(tree, [t for t, _ in meta.titles], meta.site_name, share_title,
                                  box_headings)
    zone = headline_zone(tree, heading)
    live = is_live_page(meta, url, title or "")
    if live:  # the visible headline is the latest entry's; the page's own is structured
        title = next((clean(t) for t, source in meta.titles if source == "jsonld:headline"),
                     title)
    if title_source:  # the outlet's own headline field (outlet_pages.toml), when the page has it
        title = next((named for t, source in meta.titles
                      if source == title_source and (named := clean(t))), title)
    language = meta.language
    local = language == "de" or _german_host(url)
    found = zone_dates(zone, page_day(meta, url))
    stamps = [m for m in zone.near(found) if m.role == "stand"]
    published = published_date(tree, meta, found, stamps, url, local, live)
    modified = modified_date(meta, found, stamps, local)
    # trafilatura cleans its own copy of the tree: the metadata steps above saw it whole
    teaser = find_lead(heading, tree, meta.descriptions)
    author = choose_authors(meta, zone, url, tree)
    # the heading's whole text (kicker and all) and the byline open some bodies
    text = without_repeats(extract_body(tree, url, drop),
                           [title, heading_text(heading), *(author or "").split(", ")])
    if local:  # a German article's lead (Vorspann) is its first paragraph
        text = with_lead(text, teaser)
    text, sources = split_sources(text)
    return {
        "url": url,
        "title": title,
        "published": published,
        "modified": modified,
        "author": author,
        "language": language or page_language(text),
        "text": text,
        "teaser": teaser,
        "sources": sources,
        "canonical": meta.canonical,
    }


def _apply_site_reader(record: dict, item) -> None:
    """The fields a publishing system's reader found win over the generic ones."""
    if item is None:
        return
    record.update(
        title=item.title or record["title"],
        teaser=item.teaser,
        published=item.published or record["published"],
        modified=item.modified or record["modified"],
        author=None,
        language=record["language"] or "de",
        text=paragraphs(item.paragraphs) or record["text"],
        sources=item.sources,
    )


def _german_host(url: str) -> bool:
    host = urlsplit(url or "").hostname or ""
    return host.endswith((".de", ".at", ".ch"))
